// Repairs and planned maintenance of equipment (issue 4, must-have 4): the repair workflow and
// the item's status and history, plans per item and per category, the due list, mark done.
#include "core/error.h"
#include "equipment/maintenance/maintenancemodels.h"
#include "equipment/maintenance/maintenanceservice.h"
#include "plantest.h"

#include <QAbstractItemModelTester>

using namespace SchoolSuite;
using namespace SchoolSuite::Test;

namespace {
template<typename Fn>
QString refusal(Fn fn, Error::Kind *kind = nullptr)
{
    try {
        fn();
    } catch (const Error &e) {
        if (kind)
            *kind = e.kind();
        return e.message();
    }
    return {};
}

MaintenancePlan plan(const QString &task,
                     int months,
                     const QDate &starts,
                     const QString &itemId,
                     const QString &categoryId = {})
{
    MaintenancePlan p;
    p.task = task;
    p.everyMonths = months;
    p.startsOn = starts;
    p.itemId = itemId;
    p.categoryId = categoryId;
    return p;
}

QStringList kinds(const QList<AssetMovement> &history)
{
    QStringList list;
    for (const AssetMovement &m : history)
        list << m.kind;
    return list;
}
} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initPlanTestEnvironment(); }

    void repairWorkflow();
    void repairRefusals();
    void repairDoneWithoutSending();
    void nextDue_data();
    void nextDue();
    void dueList();
    void markDoneResetsTheDate();
    void planRefusals();
    void models();
};

void TestMaintenance::repairWorkflow()
{
    PlanStore s;
    // A teacher reports; the item stays in use until the clerk sends it away.
    const QString id
        = MaintenanceService(s.teacherZhang).reportFault(s.projector, QStringLiteral("不亮了"));
    RepairTicket t = MaintenanceService(s.clerk).repair(id);
    QCOMPARE(t.status, QStringLiteral("open"));
    QCOMPARE(t.reportedBy, QStringLiteral("张伟"));
    QCOMPARE(t.reportedOn, QDate::currentDate());
    QCOMPARE(t.itemTag, QStringLiteral("T001-000002"));
    QCOMPARE(s.status(s.projector), QStringLiteral("in_use"));

    MaintenanceService clerk(s.clerk);
    clerk.startRepair(id, QStringLiteral("县电教站"));
    t = clerk.repair(id);
    QCOMPARE(t.status, QStringLiteral("in_progress"));
    QCOMPARE(t.vendor, QStringLiteral("县电教站"));
    QCOMPARE(t.itemStatus, QStringLiteral("repair"));
    QCOMPARE(s.status(s.projector), QStringLiteral("repair"));

    clerk.updateRepair(id, QStringLiteral("县电教站"), 12050, QStringLiteral("待换灯泡"));
    QCOMPARE(clerk.repair(id).costFen, 12050);
    clerk.finishRepair(id, QStringLiteral("更换灯泡"), 35000);
    t = clerk.repair(id);
    QCOMPARE(t.status, QStringLiteral("done"));
    QCOMPARE(t.resolution, QStringLiteral("更换灯泡"));
    QCOMPARE(t.costFen, 35000);
    QCOMPARE(t.resolvedOn, QDate::currentDate());
    // Back to the status it had before the repair, with both movements in its history.
    QCOMPARE(s.status(s.projector), QStringLiteral("in_use"));
    const QList<AssetMovement> history = EquipmentService(s.clerk).history(s.projector);
    const QStringList k = kinds(history);
    QCOMPARE(k.mid(k.size() - 2),
             QStringList({QStringLiteral("repair"), QStringLiteral("repaired")}));
    QCOMPARE(history.at(history.size() - 2).note, QStringLiteral("不亮了"));
    QCOMPARE(history.last().note, QStringLiteral("更换灯泡"));
    // A new fault may be reported once the last one is done.
    MaintenanceService(s.teacherLi).reportFault(s.projector, QStringLiteral("又不亮了"));
    QCOMPARE(clerk.repairs(true).size(), 1);
    QCOMPARE(clerk.repairs().size(), 2);
}

void TestMaintenance::repairRefusals()
{
    PlanStore s;
    const QString id
        = MaintenanceService(s.teacherZhang).reportFault(s.laptops, QStringLiteral("键盘坏"));
    // One open ticket per item.
    QCOMPARE(refusal([&] {
                 MaintenanceService(s.teacherLi).reportFault(s.laptops, QStringLiteral("x"));
             }),
             QStringLiteral("笔记本电脑车: a fault was already reported on %1 by 张伟 (键盘坏).")
                 .arg(QDate::currentDate().toString(Qt::ISODate)));
    QCOMPARE(refusal([&] { MaintenanceService(s.teacherLi).reportFault(s.desktop, {}); }),
             QStringLiteral("Fault: describe what is wrong."));
    // Teachers report; they do not manage.
    Error::Kind kind = Error::Failed;
    refusal([&] { MaintenanceService(s.teacherZhang).startRepair(id); }, &kind);
    QCOMPARE(kind, Error::PermissionDenied);
    refusal([&] { MaintenanceService(s.teacherZhang).finishRepair(id, {}); }, &kind);
    QCOMPARE(kind, Error::PermissionDenied);
    QCOMPARE(s.status(s.laptops), QStringLiteral("in_use"));
    // A failed send leaves the ticket open: a lost item cannot go to repair.
    EquipmentService(s.adminSession).markLost(s.laptops);
    QVERIFY(!refusal([&] { MaintenanceService(s.clerk).startRepair(id); }).isEmpty());
    QCOMPARE(MaintenanceService(s.clerk).repair(id).status, QStringLiteral("open"));
    QCOMPARE(refusal([&] {
                 MaintenanceService(s.clerk).finishRepair(
                     id, {}, -1, QDate::currentDate().addDays(1));
             }),
             QStringLiteral("Resolved on: enter a day that has come."));
    QVERIFY(!refusal([&] {
                 MaintenanceService(s.clerk).updateRepair(
                     id, {}, -1, QString(600, QLatin1Char('x')));
             }).isEmpty());
}

void TestMaintenance::repairDoneWithoutSending()
{
    PlanStore s;
    // Fixed on site: the ticket closes and the item never left.
    const QString id
        = MaintenanceService(s.teacherZhang).reportFault(s.desktop, QStringLiteral("无法开机"));
    const int movements = s.count(
        QStringLiteral("SELECT count(*) FROM equipment_movements WHERE item_id = ?"), {s.desktop});
    MaintenanceService(s.clerk).finishRepair(id, QStringLiteral("电源线松了"));
    QCOMPARE(MaintenanceService(s.clerk).repair(id).status, QStringLiteral("done"));
    QCOMPARE(s.status(s.desktop), QStringLiteral("in_use"));
    QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM equipment_movements WHERE item_id = ?"),
                     {s.desktop}),
             movements);
    QCOMPARE(refusal([&] { MaintenanceService(s.clerk).finishRepair(id, {}); }),
             QStringLiteral("This repair is already done."));
}

void TestMaintenance::nextDue_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("due");
    QTest::newRow("Jan 31 + 1, leap year") << QDate(2024, 1, 31) << 1 << QDate(2024, 2, 29);
    QTest::newRow("Jan 31 + 1") << QDate(2023, 1, 31) << 1 << QDate(2023, 2, 28);
    QTest::newRow("Mar 31 + 6") << QDate(2024, 3, 31) << 6 << QDate(2024, 9, 30);
    QTest::newRow("Nov 30 + 3, over the year") << QDate(2023, 11, 30) << 3 << QDate(2024, 2, 29);
    QTest::newRow("Aug 15 + 12") << QDate(2023, 8, 15) << 12 << QDate(2024, 8, 15);
}

void TestMaintenance::nextDue()
{
    QFETCH(QDate, from);
    QFETCH(int, months);
    QFETCH(QDate, due);
    QCOMPARE(MaintenanceService::nextDue(from, months), due);
}

void TestMaintenance::dueList()
{
    PlanStore s;
    MaintenanceService clerk(s.clerk);
    const QDate today = QDate::currentDate();
    EquipmentService reg(s.clerk);
    // Every projector's lamp every 6 months, from 7 months ago: both projectors are a month
    // overdue. Every computer (laptops and desktops, subcategories) dusted yearly from 11 months
    // and 20 days ago: due in 10 days. The laptop's battery every 24 months: later.
    const QString lamps = clerk.addPlan(plan(QStringLiteral("更换投影仪灯泡"),
                                             6,
                                             today.addMonths(-7),
                                             {},
                                             reg.category(QStringLiteral("projector")).id));
    const QString dust = clerk.addPlan(plan(QStringLiteral("除尘"),
                                            12,
                                            today.addMonths(-12).addDays(10),
                                            {},
                                            reg.category(QStringLiteral("computer")).id));
    clerk.addPlan(plan(QStringLiteral("检查电池"), 24, today, s.laptops));
    const QList<MaintenanceDue> due = clerk.dueList(today);
    QCOMPARE(due.size(), 4);
    QCOMPARE(due.at(0).planId, lamps);
    QCOMPARE(due.at(0).state, MaintenanceDue::Overdue);
    QCOMPARE(due.at(0).nextDue, today.addMonths(-7).addMonths(6));
    QCOMPARE(due.at(0).itemTag, QStringLiteral("T001-000002"));
    QCOMPARE(due.at(1).itemTag, QStringLiteral("T001-000004"));
    QVERIFY(!due.at(0).lastDone.isValid());
    QCOMPARE(due.at(1).roomName, QStringLiteral("七年级(1)班教室"));
    QCOMPARE(due.at(2).planId, dust);
    QCOMPARE(due.at(2).state, MaintenanceDue::DueSoon);
    QCOMPARE(due.at(2).nextDue, today.addMonths(-12).addDays(10).addMonths(12));
    QCOMPARE(QSet<QString>({due.at(2).itemId, due.at(3).itemId}),
             QSet<QString>({s.laptops, s.desktop}));
    // With every covered item: the battery check too, two years from now.
    const QList<MaintenanceDue> all = clerk.dueList(today, -1);
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.last().state, MaintenanceDue::Later);
    QCOMPARE(all.last().nextDue, today.addMonths(24));
    // As of a month ago only the lamps were within 30 days; the dusting was 40 days away.
    QCOMPARE(clerk.dueList(today.addDays(-31)).size(), 2); // as of a month ago: only the lamps
    // Scrapped items and paused plans drop out.
    EquipmentService(s.adminSession).scrap(s.fixedProjector);
    QCOMPARE(clerk.dueList(today).size(), 3);
    clerk.setPlanActive(lamps, false);
    QCOMPARE(clerk.dueList(today).size(), 2);
    // Teachers see the list; they do not plan.
    QCOMPARE(MaintenanceService(s.teacherLi).dueList(today).size(), 2);
    Error::Kind kind = Error::Failed;
    refusal([&] { MaintenanceService(s.teacherLi).setPlanActive(lamps, true); }, &kind);
    QCOMPARE(kind, Error::PermissionDenied);
}

void TestMaintenance::markDoneResetsTheDate()
{
    PlanStore s;
    MaintenanceService clerk(s.clerk);
    const QDate today = QDate::currentDate();
    const QString lamp
        = clerk.addPlan(plan(QStringLiteral("更换灯泡"), 3, today.addMonths(-4), s.projector));
    QCOMPARE(clerk.dueList(today).size(), 1);
    QCOMPARE(clerk.dueList(today).first().state, MaintenanceDue::Overdue);
    // Done a week ago: next due 3 months after that, no longer on the due list.
    const QDate done = today.addDays(-7);
    clerk.markDone(lamp, s.projector, done, QStringLiteral("换了新灯泡"));
    QVERIFY(clerk.dueList(today).isEmpty());
    const QList<MaintenanceDue> all = clerk.dueList(today, -1);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().lastDone, done);
    QCOMPARE(all.first().nextDue, done.addMonths(3));
    const QList<MaintenanceRecord> records = clerk.records(lamp);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().doneBy, QStringLiteral("赵会计"));
    QCOMPARE(records.first().note, QStringLiteral("换了新灯泡"));
    QCOMPARE(clerk.records(lamp, s.laptops).size(), 0);
    // Facts: the row cannot be changed afterwards.
    QVERIFY(!refusal([&] {
                 s.db().exec(QStringLiteral("UPDATE equipment_maintenance_done SET note = 'x'"));
             }).isEmpty());
    // Refusals: another item, a future day, a teacher.
    QCOMPARE(refusal([&] { clerk.markDone(lamp, s.laptops); }),
             QStringLiteral("The plan \"更换灯泡\" does not cover this item."));
    QCOMPARE(refusal([&] { clerk.markDone(lamp, s.projector, today.addDays(1)); }),
             QStringLiteral("Done on: enter a day that has come."));
    Error::Kind kind = Error::Failed;
    refusal([&] { MaintenanceService(s.teacherZhang).markDone(lamp, s.projector); }, &kind);
    QCOMPARE(kind, Error::PermissionDenied);
}

void TestMaintenance::planRefusals()
{
    PlanStore s;
    MaintenanceService clerk(s.clerk);
    const QDate today = QDate::currentDate();
    const QString projectors = EquipmentService(s.clerk).category(QStringLiteral("projector")).id;
    QCOMPARE(refusal([&] { clerk.addPlan(plan({}, 6, today, s.projector)); }),
             QStringLiteral("Task: say what is to be done."));
    QCOMPARE(refusal([&] {
                 clerk.addPlan(plan(QStringLiteral("x"), 6, today, s.projector, projectors));
             }),
             QStringLiteral("For: choose one item or one category."));
    QCOMPARE(refusal([&] { clerk.addPlan(plan(QStringLiteral("x"), 6, today, {})); }),
             QStringLiteral("For: choose one item or one category."));
    QCOMPARE(refusal([&] { clerk.addPlan(plan(QStringLiteral("x"), 0, today, s.projector)); }),
             QStringLiteral("Every: use a number of months from 1 to 120."));
    QCOMPARE(refusal([&] { clerk.addPlan(plan(QStringLiteral("x"), 6, QDate(), s.projector)); }),
             QStringLiteral("Starts on: enter a date."));
    QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM equipment_maintenance_plans")), 0);
    const QString id = clerk.addPlan(plan(QStringLiteral("x"), 6, today, s.projector));
    MaintenancePlan p = clerk.plan(id);
    p.task = QStringLiteral("更换滤网");
    p.itemId.clear();
    p.categoryId = projectors;
    clerk.updatePlan(p);
    QCOMPARE(clerk.plan(id).targetName, QStringLiteral("投影仪"));
    QCOMPARE(clerk.plan(id).task, QStringLiteral("更换滤网"));
}

void TestMaintenance::models()
{
    PlanStore s;
    MaintenanceService clerk(s.clerk);
    const QDate today = QDate::currentDate();
    const QString ticket
        = MaintenanceService(s.teacherZhang).reportFault(s.projector, QStringLiteral("不亮"));
    clerk.updateRepair(ticket, QStringLiteral("电教站"), 12050, {});
    clerk.addPlan(plan(QStringLiteral("更换灯泡"), 6, today.addMonths(-7), s.projector));
    clerk.addPlan(plan(QStringLiteral("除尘"), 12, today, s.laptops));

    RepairsModel repairs(s.teacherLi);
    QAbstractItemModelTester t1(&repairs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    repairs.reload();
    QCOMPARE(repairs.rowCount(), 1);
    QCOMPARE(repairs.data(repairs.index(0, RepairsModel::Item)).toString(),
             QStringLiteral("便携投影仪 (T001-000002)"));
    QCOMPARE(repairs.data(repairs.index(0, RepairsModel::Status)).toString(),
             QStringLiteral("Reported"));
    QCOMPARE(repairs.data(repairs.index(0, RepairsModel::Cost)).toString(),
             QStringLiteral("120.50"));
    QCOMPARE(repairs.rowOfId(ticket), 0);
    clerk.finishRepair(ticket, QStringLiteral("好了"));
    repairs.setUnfinishedOnly(true);
    QCOMPARE(repairs.rowCount(), 0);

    MaintenancePlansModel plans(s.clerk);
    QAbstractItemModelTester t2(&plans, QAbstractItemModelTester::FailureReportingMode::QtTest);
    plans.reload();
    QCOMPARE(plans.rowCount(), 2);
    QCOMPARE(plans.data(plans.index(0, MaintenancePlansModel::Every)).toString(),
             QStringLiteral("6 month(s)"));
    QCOMPARE(plans.data(plans.index(0, MaintenancePlansModel::Target)).toString(),
             QStringLiteral("便携投影仪 (T001-000002)"));

    MaintenanceDueModel due(s.clerk);
    QAbstractItemModelTester t3(&due, QAbstractItemModelTester::FailureReportingMode::QtTest);
    due.reload();
    QCOMPARE(due.rowCount(), 1);
    QCOMPARE(due.data(due.index(0, MaintenanceDueModel::State)).toString(),
             QStringLiteral("Overdue"));
    QCOMPARE(due.data(due.index(0, MaintenanceDueModel::LastDone)).toString(),
             QStringLiteral("never"));
    due.setShowAll(true);
    QCOMPARE(due.rowCount(), 2);
    QCOMPARE(due.data(due.index(1, MaintenanceDueModel::State)).toString(),
             QStringLiteral("Later"));
}

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
