#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace SchoolSuite {

class ConflictsModel;
class Database;
class Session;
class SyncController;
class SyncHistoryModel;
struct SyncResult;

// The Sync page: where this computer stands with the district (enrolled or not, the last sync,
// what waits to be sent), "Sync now", the open conflicts with both values (restore the other
// value or keep the current one), rows that could not be applied, a held bulk delete to confirm,
// and the history of sync runs.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    SyncPage(SyncController &controller,
             Database &db,
             const Session &session,
             QWidget *parent = nullptr);

    // One line for the status bar and the home page: offline / syncing / pending / last sync.
    static QString statusLine(const SyncController &controller);

    QPushButton *syncButton() const { return m_syncNow; }
    QLabel *stateLabel() const { return m_state; }
    QTableView *conflictsView() const { return m_conflictsView; }
    QTableView *historyView() const { return m_historyView; }
    ConflictsModel *conflictsModel() const { return m_conflicts; }
    QTabWidget *tabs() const { return m_tabs; }

    // Restores the lost value of the conflict in the given row (what the Restore button does).
    bool restoreRow(int row);
    bool keepRow(int row);

public slots:
    void reload();

private:
    void updateState();
    void updateButtons();
    void showProblems();
    int currentConflictRow() const;

    SyncController &m_controller;
    Database &m_db;
    const Session &m_session;
    QLabel *m_state;
    QLabel *m_detail;
    QPushButton *m_syncNow;
    QWidget *m_heldBox;
    QLabel *m_heldText;
    QPushButton *m_confirm;
    QTabWidget *m_tabs;
    ConflictsModel *m_conflicts;
    QTableView *m_conflictsView;
    QPushButton *m_restore;
    QPushButton *m_keep;
    SyncHistoryModel *m_history;
    QTableView *m_historyView;
    QTableView *m_problemsView;
};

} // namespace SchoolSuite
