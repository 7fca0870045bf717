#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace SchoolSuite {

class Session;
class ScrapRequestsModel;

// Scrapping requests: a clerk asks (tag and reason), the principal approves (note, disposal)
// or rejects (note). Buttons follow the session's permissions; the service checks them too.
class ScrapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ScrapWidget(const Session &session, QWidget *parent = nullptr);

    ScrapRequestsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *requestButton() const { return m_request; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QComboBox *filterCombo() const { return m_filter; }

public slots:
    void reload();
    // The actions without their dialogs; false (and the message shown) when refused.
    bool requestScrap(const QString &tagOrId, const QString &reason);
    bool approveCurrent(const QString &note, const QString &disposal);
    bool rejectCurrent(const QString &note);

signals:
    void changed(); // a request was made or decided (the value report may change)

private:
    void askRequest();
    void askApprove();
    void askReject();
    void updateButtons();
    QString currentId() const;
    void showMessage(const QString &text, bool error);

    const Session &m_session;
    ScrapRequestsModel *m_model;
    QTableView *m_view;
    QComboBox *m_filter;
    QPushButton *m_request;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_message;
};

} // namespace SchoolSuite
