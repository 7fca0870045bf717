#pragma once

#include "library/circulation/circulation.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QGroupBox;
class QTimer;

namespace SchoolSuite {

class Session;
class LoansModel;
class HoldsModel;
class DeskLogModel;

// The circulation desk (借阅台): one scan field that always has the focus. A reader's card
// (学籍号 or 工号) selects the reader; book barcodes then lend to them; a book with no reader
// selected, or in return mode, is returned. Every scan gets a big green or red answer and a line
// in the session's list; nothing a scanner types at full speed is dropped (the scan is handled
// before the next key event is read).
class CirculationDesk : public QWidget
{
    Q_OBJECT

public:
    explicit CirculationDesk(const Session &session, QWidget *parent = nullptr);
    ~CirculationDesk() override;

    Circulation &circulation() { return *m_circulation; }
    QLineEdit *scanField() const { return m_scan; }
    QPushButton *returnModeButton() const { return m_returnMode; }
    QString feedbackText() const;
    QLabel *feedbackLabel() const { return m_feedback; }
    std::optional<Patron> currentPatron() const { return m_patron; }
    LoansModel *loansModel() const { return m_loans; }
    HoldsModel *holdsModel() const { return m_holds; }
    DeskLogModel *logModel() const { return m_log; }
    LoansModel *doubleLendsModel() const { return m_double; }
    QTableView *loansView() const { return m_loansView; }

public slots:
    void scan(const QString &text);
    void clearPatron();
    void renewSelected();
    void refreshDoubleLends();

signals:
    // After every scan: ok false when it was refused.
    void scanProcessed(bool ok, const QString &scan);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override; // Esc: next reader

private:
    void buildUi();
    QWidget *buildPatronPanel();
    QWidget *buildSidePanel();
    void onReturnPressed();
    void lend(const QString &barcode);
    void giveBack(const QString &barcode);
    bool selectPatron(const Patron &patron); // false: the reader may not borrow
    void refreshPatron();
    void showFeedback(const QString &text, const QString &color);
    void refuse(const QString &scan, const QString &message);
    void focusScan();
    void watchKeys(QWidget *widget);
    void openLists(bool clearance);

    const Session &m_session;
    std::unique_ptr<Circulation> m_circulation;
    std::optional<Patron> m_patron;
    QLineEdit *m_scan = nullptr;
    QPushButton *m_returnMode = nullptr;
    QPushButton *m_nextReader = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_patronName = nullptr;
    QLabel *m_patronDetail = nullptr;
    QLabel *m_patronCounts = nullptr;
    QPushButton *m_renew = nullptr;
    QTableView *m_loansView = nullptr;
    QTableView *m_holdsView = nullptr;
    QGroupBox *m_doubleBox = nullptr;
    QTableView *m_doubleView = nullptr;
    QLabel *m_doubleNone = nullptr;
    QTimer *m_doubleTimer = nullptr;
    LoansModel *m_loans = nullptr;
    HoldsModel *m_holds = nullptr;
    DeskLogModel *m_log = nullptr;
    LoansModel *m_double = nullptr;
};

} // namespace SchoolSuite
