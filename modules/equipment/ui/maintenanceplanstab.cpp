// The maintenance tab: the due list and the plans.
#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/ui/recorddialog.h"
#include "core/ui/listpage.h"
#include "equipment/maintenance/maintenancemodels.h"
#include "maintenancedialogs.h"
#include "maintenancetab.h"

#include <QAction>
#include <QCheckBox>
#include <QTableView>
#include <QToolBar>

namespace SchoolSuite {

QWidget *MaintenanceTab::buildDue()
{
    m_duePage = new ListPage(QStringLiteral("equipment/maintenance-due"), m_due, this);
    m_duePage->setObjectName(QStringLiteral("due"));
    QToolBar *bar = m_duePage->toolBar();
    m_done = bar->addAction(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("Mark done…"));
    m_done->setObjectName(QStringLiteral("markDone"));
    m_showAll = new QCheckBox(tr("Show all planned, not only due"));
    m_showAll->setObjectName(QStringLiteral("showAll"));
    bar->addWidget(m_showAll);
    connect(m_done, &QAction::triggered, this, &MaintenanceTab::markDone);
    connect(m_showAll, &QCheckBox::toggled, m_due, &MaintenanceDueModel::setShowAll);
    connect(m_duePage, &ListPage::currentChanged, this, &MaintenanceTab::updateActions);
    connect(m_duePage, &ListPage::activated, this, [this] {
        if (m_done->isEnabled())
            markDone();
    });
    return m_duePage;
}

QWidget *MaintenanceTab::buildPlans()
{
    m_plansPage = new ListPage(QStringLiteral("equipment/maintenance-plans"), m_plans, this);
    m_plansPage->setObjectName(QStringLiteral("plans"));
    m_plansPage->setIdRole(MaintenancePlansModel::IdRole);
    QToolBar *bar = m_plansPage->toolBar();
    m_addPlan = bar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add plan…"));
    m_addPlan->setObjectName(QStringLiteral("addPlan"));
    m_editPlan = bar->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"));
    m_editPlan->setObjectName(QStringLiteral("editPlan"));
    m_pausePlan
        = bar->addAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("Pause"));
    m_pausePlan->setObjectName(QStringLiteral("pausePlan"));
    connect(m_addPlan, &QAction::triggered, this, &MaintenanceTab::addPlan);
    connect(m_editPlan, &QAction::triggered, this, &MaintenanceTab::editPlan);
    connect(m_pausePlan, &QAction::triggered, this, &MaintenanceTab::togglePlanActive);
    connect(m_plansPage, &ListPage::currentChanged, this, &MaintenanceTab::updateActions);
    connect(m_plansPage, &ListPage::activated, this, [this] {
        if (m_editPlan->isEnabled())
            editPlan();
    });
    return m_plansPage;
}

RecordDialog *MaintenanceTab::markDone()
{
    const QModelIndex index = m_duePage->currentSourceIndex();
    if (!index.isValid() || !m_done->isEnabled())
        return nullptr;
    return watch(MaintenanceDialogs::markDone(m_session, this, m_due->due(index.row())));
}

RecordDialog *MaintenanceTab::addPlan()
{
    if (!m_addPlan->isEnabled())
        return nullptr;
    MaintenancePlan plan;
    plan.startsOn = QDate::currentDate();
    return watch(MaintenanceDialogs::editPlan(m_session, this, plan));
}

RecordDialog *MaintenanceTab::editPlan()
{
    const QModelIndex index = m_plansPage->currentSourceIndex();
    if (!index.isValid() || !m_editPlan->isEnabled())
        return nullptr;
    return watch(MaintenanceDialogs::editPlan(m_session, this, m_plans->plan(index.row())));
}

void MaintenanceTab::togglePlanActive()
{
    const QModelIndex index = m_plansPage->currentSourceIndex();
    if (!index.isValid() || !m_pausePlan->isEnabled())
        return;
    const MaintenancePlan plan = m_plans->plan(index.row());
    try {
        MaintenanceService(m_session).setPlanActive(plan.id, !plan.active);
        afterChange();
    } catch (const Error &e) {
        showWarning(this, tr("Maintenance plans"), e.message());
    }
}

} // namespace SchoolSuite
