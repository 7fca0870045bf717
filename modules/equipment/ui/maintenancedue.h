#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace SchoolSuite {

class LocalStore;
class Session;

// The home page's maintenance card: overdue and due-soon maintenance and unfinished repairs,
// at most a few lines each, with "Nothing due" when all is done. Hidden for a session that may
// not see equipment. Clicking "Open maintenance" asks the shell to show the maintenance tab.
class MaintenanceDueWidget : public QFrame
{
    Q_OBJECT

public:
    MaintenanceDueWidget(LocalStore &store, const Session &session, QWidget *parent = nullptr);

    int overdueCount() const { return m_overdue; }
    int dueSoonCount() const { return m_dueSoon; }
    int openRepairCount() const { return m_openRepairs; }
    bool isNothingDue() const { return m_overdue + m_dueSoon + m_openRepairs == 0; }
    QStringList lines() const; // the text of the lines shown, for tests

public slots:
    void reload();

signals:
    void openRequested();

private:
    void clearLines();
    void addLine(const QString &text, bool warning);

    LocalStore &m_store;
    const Session &m_session;
    QLabel *m_summary;
    QVBoxLayout *m_lines;
    QList<QLabel *> m_lineLabels;
    int m_overdue = 0;
    int m_dueSoon = 0;
    int m_openRepairs = 0;
};

} // namespace SchoolSuite
