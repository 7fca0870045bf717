#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QTabWidget;

namespace SchoolSuite {

class DetailPane;
class ListPage;
class LocalStore;
class MaintenanceDueModel;
class MaintenancePlansModel;
class RecordDialog;
class RepairsModel;
class Session;

// The Maintenance tab of the equipment page: repair tickets (list, detail, report a fault, send
// for repair, done), the due list of planned maintenance (mark done) and the plans.
class MaintenanceTab : public QWidget
{
    Q_OBJECT

public:
    MaintenanceTab(LocalStore &store, const Session &session, QWidget *parent = nullptr);

    RepairsModel *repairsModel() const { return m_repairs; }
    MaintenanceDueModel *dueModel() const { return m_due; }
    MaintenancePlansModel *plansModel() const { return m_plans; }
    ListPage *repairsPage() const { return m_repairsPage; }
    ListPage *duePage() const { return m_duePage; }
    ListPage *plansPage() const { return m_plansPage; }
    QTabWidget *views() const { return m_views; }
    void showDueList();

public slots:
    void reload();
    RecordDialog *reportFault();
    RecordDialog *editRepair();
    RecordDialog *startRepair();
    RecordDialog *finishRepair();
    RecordDialog *markDone();
    RecordDialog *addPlan();
    RecordDialog *editPlan();
    void togglePlanActive();

signals:
    void changed();

private:
    QWidget *buildRepairs();
    QWidget *buildDue();
    QWidget *buildPlans();
    void updateActions();
    void afterChange();
    RecordDialog *watch(RecordDialog *dialog);

    LocalStore &m_store;
    const Session &m_session;
    RepairsModel *m_repairs;
    MaintenanceDueModel *m_due;
    MaintenancePlansModel *m_plans;
    QTabWidget *m_views = nullptr;
    ListPage *m_repairsPage = nullptr;
    ListPage *m_duePage = nullptr;
    ListPage *m_plansPage = nullptr;
    DetailPane *m_repairDetail = nullptr;
    QCheckBox *m_unfinished = nullptr;
    QCheckBox *m_showAll = nullptr;
    QAction *m_report = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_start = nullptr;
    QAction *m_finish = nullptr;
    QAction *m_done = nullptr;
    QAction *m_addPlan = nullptr;
    QAction *m_editPlan = nullptr;
    QAction *m_pausePlan = nullptr;
};

} // namespace SchoolSuite
