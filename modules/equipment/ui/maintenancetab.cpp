// The maintenance tab: the repair tickets. The due list and plans are in maintenanceplanstab.cpp.
#include "maintenancetab.h"

#include "core/auth/session.h"
#include "core/people/ui/recorddialog.h"
#include "core/ui/detailpane.h"
#include "core/ui/listfilterproxy.h"
#include "core/ui/listpage.h"
#include "equipment/maintenance/maintenancemodels.h"
#include "equipment/register/equipmentservice.h"
#include "maintenancedialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace SchoolSuite {

MaintenanceTab::MaintenanceTab(LocalStore &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_repairs(new RepairsModel(session, this))
    , m_due(new MaintenanceDueModel(session, this))
    , m_plans(new MaintenancePlansModel(session, this))
{
    setObjectName(QStringLiteral("maintenanceTab"));
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("maintenanceViews"));
    m_views->addTab(buildRepairs(), tr("Repairs"));
    m_views->addTab(buildDue(), tr("Due"));
    m_views->addTab(buildPlans(), tr("Plans"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);
    reload();
}

QWidget *MaintenanceTab::buildRepairs()
{
    m_repairsPage = new ListPage(QStringLiteral("equipment/repairs"), m_repairs, this);
    m_repairsPage->setObjectName(QStringLiteral("repairs"));
    m_repairsPage->setIdRole(RepairsModel::IdRole);
    m_repairsPage->setSortRole(RepairsModel::SortRole);
    QToolBar *bar = m_repairsPage->toolBar();
    m_report
        = bar->addAction(QIcon::fromTheme(QStringLiteral("dialog-warning")), tr("Report a fault…"));
    m_report->setObjectName(QStringLiteral("reportFault"));
    m_start
        = bar->addAction(QIcon::fromTheme(QStringLiteral("tools-wizard")), tr("Send for repair…"));
    m_start->setObjectName(QStringLiteral("startRepair"));
    m_finish
        = bar->addAction(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("Repair done…"));
    m_finish->setObjectName(QStringLiteral("finishRepair"));
    m_edit = bar->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"));
    m_edit->setObjectName(QStringLiteral("editRepair"));
    m_unfinished = new QCheckBox(tr("Unfinished only"));
    m_unfinished->setObjectName(QStringLiteral("unfinishedOnly"));
    bar->addWidget(m_unfinished);
    connect(m_report, &QAction::triggered, this, &MaintenanceTab::reportFault);
    connect(m_start, &QAction::triggered, this, &MaintenanceTab::startRepair);
    connect(m_finish, &QAction::triggered, this, &MaintenanceTab::finishRepair);
    connect(m_edit, &QAction::triggered, this, &MaintenanceTab::editRepair);
    connect(m_unfinished, &QCheckBox::toggled, m_repairs, &RepairsModel::setUnfinishedOnly);
    connect(m_repairsPage, &ListPage::currentChanged, this, &MaintenanceTab::updateActions);

    m_repairDetail = new DetailPane(this);
    m_repairsPage->setDetail(m_repairDetail, [this](const QModelIndex &index) {
        if (!index.isValid()) {
            m_repairDetail->showPlaceholder(tr("Select a repair to see the details."));
            return;
        }
        const RepairTicket &t = m_repairs->ticket(index.row());
        m_repairDetail->setHeading(QStringLiteral("%1 (%2)").arg(t.itemName, t.itemTag),
                                   MaintenanceService::repairStatusTitle(t.status));
        QString itemStatus = t.itemStatus;
        bool ok = false;
        const AssetStatus status = AssetKeys::statusFromKey(t.itemStatus, &ok);
        if (ok)
            itemStatus = AssetKeys::statusTitle(status);
        m_repairDetail->setRows(
            {{QStringLiteral("fault"), tr("Fault"), t.fault},
             {QStringLiteral("reported"),
              tr("Reported"),
              tr("%1 by %2").arg(t.reportedOn.toString(Qt::ISODate), t.reportedBy)},
             {QStringLiteral("itemStatus"), tr("Item status"), itemStatus},
             {QStringLiteral("vendor"), tr("Vendor"), t.vendor},
             {QStringLiteral("cost"), tr("Cost (yuan)"), RepairsModel::yuan(t.costFen)},
             {QStringLiteral("resolution"), tr("Resolution"), t.resolution},
             {QStringLiteral("resolvedOn"),
              tr("Resolved on"),
              t.resolvedOn.isValid() ? t.resolvedOn.toString(Qt::ISODate) : QString()}});
    });
    return m_repairsPage;
}

void MaintenanceTab::reload()
{
    m_repairs->reload();
    m_due->reload();
    m_plans->reload();
    m_views->setTabText(m_views->indexOf(m_duePage),
                        m_due->rowCount() > 0 ? tr("Due (%1)").arg(m_due->rowCount()) : tr("Due"));
    updateActions();
}

void MaintenanceTab::showDueList()
{
    m_views->setCurrentWidget(m_duePage);
}

void MaintenanceTab::updateActions()
{
    const bool edit = m_session.can(Permission::EquipmentEdit);
    const QModelIndex repair = m_repairsPage->currentSourceIndex();
    const QString status = repair.isValid() ? m_repairs->ticket(repair.row()).status : QString();
    m_report->setEnabled(m_session.can(Permission::EquipmentBook));
    m_edit->setEnabled(edit && repair.isValid());
    m_start->setEnabled(edit && status == QLatin1String("open"));
    m_finish->setEnabled(edit && repair.isValid() && status != QLatin1String("done"));
    m_done->setEnabled(edit && m_duePage->currentSourceIndex().isValid());
    m_addPlan->setEnabled(edit);
    const QModelIndex plan = m_plansPage->currentSourceIndex();
    m_editPlan->setEnabled(edit && plan.isValid());
    m_pausePlan->setEnabled(edit && plan.isValid());
    if (plan.isValid())
        m_pausePlan->setText(m_plans->plan(plan.row()).active ? tr("Pause") : tr("Resume"));
}

RecordDialog *MaintenanceTab::watch(RecordDialog *dialog)
{
    connect(dialog, &QDialog::accepted, this, &MaintenanceTab::afterChange);
    return dialog;
}

void MaintenanceTab::afterChange()
{
    reload();
    emit changed();
}

RecordDialog *MaintenanceTab::reportFault()
{
    if (!m_report->isEnabled())
        return nullptr;
    return watch(MaintenanceDialogs::reportFault(m_session, this));
}

RecordDialog *MaintenanceTab::editRepair()
{
    const QModelIndex index = m_repairsPage->currentSourceIndex();
    if (!index.isValid() || !m_edit->isEnabled())
        return nullptr;
    return watch(MaintenanceDialogs::editRepair(m_session, this, m_repairs->ticket(index.row())));
}

RecordDialog *MaintenanceTab::startRepair()
{
    const QModelIndex index = m_repairsPage->currentSourceIndex();
    if (!index.isValid() || !m_start->isEnabled())
        return nullptr;
    return watch(MaintenanceDialogs::startRepair(m_session, this, m_repairs->ticket(index.row())));
}

RecordDialog *MaintenanceTab::finishRepair()
{
    const QModelIndex index = m_repairsPage->currentSourceIndex();
    if (!index.isValid() || !m_finish->isEnabled())
        return nullptr;
    return watch(MaintenanceDialogs::finishRepair(m_session, this, m_repairs->ticket(index.row())));
}

} // namespace SchoolSuite
