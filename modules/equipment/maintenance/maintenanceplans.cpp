// Maintenance: plans, the due list and the records of maintenance done.
#include "maintenanceservice.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"

#include <QCoreApplication>

#include <algorithm>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::MaintenanceService", text);
}

QList<MaintenancePlan> readPlans(const Database &db, const QString &where, const QVariantList &b)
{
    QList<MaintenancePlan> list;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT p.id, p.item_id, p.category_id, i.name, i.asset_tag, c.name, "
                       "p.task, p.every_months, p.starts_on, p.active FROM "
                       "equipment_maintenance_plans p LEFT JOIN equipment_items i ON i.id = "
                       "p.item_id LEFT JOIN equipment_categories c ON c.id = p.category_id "
                       "WHERE p.deleted = 0 AND (%1) ORDER BY p.active DESC, p.task, p.id")
            .arg(where),
        b);
    while (q.next()) {
        MaintenancePlan p;
        p.id = q.value(0).toString();
        p.itemId = q.value(1).toString();
        p.categoryId = q.value(2).toString();
        p.targetName = p.itemId.isEmpty() ? q.value(5).toString()
                                          : QStringLiteral("%1 (%2)").arg(q.value(3).toString(),
                                                                          q.value(4).toString());
        p.task = q.value(6).toString();
        p.everyMonths = q.value(7).toInt();
        p.startsOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        p.active = q.value(9).toInt() != 0;
        list << p;
    }
    return list;
}

// The items each active plan covers: its item, or the items of its category and the
// category's descendants. Columns: plan_id, item_id.
const char kCoveredSql[] = "WITH RECURSIVE sub(plan_id, category_id) AS ("
                           "  SELECT id, category_id FROM equipment_maintenance_plans"
                           "    WHERE deleted = 0 AND active = 1 AND category_id IS NOT NULL"
                           "  UNION SELECT sub.plan_id, c.id FROM equipment_categories c"
                           "    JOIN sub ON c.parent_id = sub.category_id WHERE c.deleted = 0),"
                           " covered(plan_id, item_id) AS ("
                           "  SELECT id, item_id FROM equipment_maintenance_plans"
                           "    WHERE deleted = 0 AND active = 1 AND item_id IS NOT NULL"
                           "  UNION SELECT sub.plan_id, i.id FROM sub JOIN equipment_items i"
                           "    ON i.category_id = sub.category_id) ";
} // namespace

QList<MaintenancePlan> MaintenanceService::plans() const
{
    m_session.require(Permission::EquipmentView, tr("view maintenance plans"));
    return readPlans(m_db, QStringLiteral("1"), {});
}

MaintenancePlan MaintenanceService::plan(const QString &id) const
{
    m_session.require(Permission::EquipmentView, tr("view maintenance plans"));
    const QList<MaintenancePlan> list = readPlans(m_db, QStringLiteral("p.id = ?"), {id});
    if (list.isEmpty())
        throw Error(tr("There is no maintenance plan %1.").arg(id), Error::NotFound);
    return list.first();
}

void MaintenanceService::checkPlan(const MaintenancePlan &p) const
{
    const QString task = p.task.trimmed();
    if (task.isEmpty())
        throw Error(tr("Task: say what is to be done."), Error::Invalid);
    if (task.size() > 100)
        throw Error(tr("Task: at most 100 characters."), Error::Invalid);
    if (p.itemId.isEmpty() == p.categoryId.isEmpty())
        throw Error(tr("For: choose one item or one category."), Error::Invalid);
    if (!p.itemId.isEmpty()
        && m_db.scalar(QStringLiteral("SELECT count(*) FROM equipment_items WHERE id = ? AND "
                                      "deleted = 0"),
                       {p.itemId})
                   .toInt()
               == 0)
        throw Error(tr("For: there is no such item."), Error::Invalid);
    if (!p.categoryId.isEmpty()
        && m_db.scalar(QStringLiteral("SELECT count(*) FROM equipment_categories WHERE id = ? "
                                      "AND deleted = 0"),
                       {p.categoryId})
                   .toInt()
               == 0)
        throw Error(tr("For: there is no such category."), Error::Invalid);
    if (p.everyMonths < 1 || p.everyMonths > 120)
        throw Error(tr("Every: use a number of months from 1 to 120."), Error::Invalid);
    if (!p.startsOn.isValid())
        throw Error(tr("Starts on: enter a date."), Error::Invalid);
}

QString MaintenanceService::addPlan(const MaintenancePlan &plan)
{
    m_session.require(Permission::EquipmentEdit, tr("plan maintenance"));
    checkPlan(plan);
    const QString id = Uuid::v7();
    m_db.exec(QStringLiteral("INSERT INTO equipment_maintenance_plans (id, item_id, category_id, "
                             "task, every_months, starts_on, active) VALUES (?, ?, ?, ?, ?, ?, "
                             "?)"),
              {id,
               plan.itemId.isEmpty() ? QVariant() : QVariant(plan.itemId),
               plan.categoryId.isEmpty() ? QVariant() : QVariant(plan.categoryId),
               plan.task.trimmed(),
               plan.everyMonths,
               plan.startsOn.toString(Qt::ISODate),
               plan.active ? 1 : 0});
    return id;
}

void MaintenanceService::updatePlan(const MaintenancePlan &plan)
{
    m_session.require(Permission::EquipmentEdit, tr("plan maintenance"));
    this->plan(plan.id);
    checkPlan(plan);
    m_db.exec(QStringLiteral("UPDATE equipment_maintenance_plans SET item_id = ?, category_id = "
                             "?, task = ?, every_months = ?, starts_on = ?, active = ? WHERE id = "
                             "?"),
              {plan.itemId.isEmpty() ? QVariant() : QVariant(plan.itemId),
               plan.categoryId.isEmpty() ? QVariant() : QVariant(plan.categoryId),
               plan.task.trimmed(),
               plan.everyMonths,
               plan.startsOn.toString(Qt::ISODate),
               plan.active ? 1 : 0,
               plan.id});
}

void MaintenanceService::setPlanActive(const QString &id, bool active)
{
    m_session.require(Permission::EquipmentEdit, tr("plan maintenance"));
    plan(id);
    m_db.exec(QStringLiteral("UPDATE equipment_maintenance_plans SET active = ? WHERE id = ?"),
              {active ? 1 : 0, id});
}

QDate MaintenanceService::nextDue(const QDate &lastDoneOrStart, int everyMonths)
{
    // QDate::addMonths keeps the day where it can and takes the month's last day otherwise.
    return lastDoneOrStart.addMonths(everyMonths);
}

QList<MaintenanceDue> MaintenanceService::dueList(const QDate &asOf, int withinDays) const
{
    m_session.require(Permission::EquipmentView, tr("view maintenance plans"));
    QList<MaintenanceDue> list;
    QSqlQuery q = m_db.exec(
        QLatin1String(kCoveredSql)
        + QStringLiteral(
            "SELECT p.id, p.task, p.every_months, p.starts_on, i.id, i.name, i.asset_tag, "
            "r.name, (SELECT max(d.done_on) FROM equipment_maintenance_done d WHERE "
            "d.plan_id = p.id AND d.item_id = i.id AND d.deleted = 0) FROM covered cv "
            "JOIN equipment_maintenance_plans p ON p.id = cv.plan_id "
            "JOIN equipment_items i ON i.id = cv.item_id "
            "LEFT JOIN rooms r ON r.id = i.room_id "
            "WHERE i.deleted = 0 AND i.status NOT IN ('scrapped', 'lost')"));
    const QDate soon = asOf.addDays(qMax(0, withinDays));
    while (q.next()) {
        MaintenanceDue d;
        d.planId = q.value(0).toString();
        d.task = q.value(1).toString();
        d.everyMonths = q.value(2).toInt();
        const QDate starts = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        d.itemId = q.value(4).toString();
        d.itemName = q.value(5).toString();
        d.itemTag = q.value(6).toString();
        d.roomName = q.value(7).toString();
        d.lastDone = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        d.nextDue = nextDue(d.lastDone.isValid() ? d.lastDone : starts, d.everyMonths);
        d.state = d.nextDue < asOf    ? MaintenanceDue::Overdue
                  : d.nextDue <= soon ? MaintenanceDue::DueSoon
                                      : MaintenanceDue::Later;
        if (withinDays >= 0 && d.state == MaintenanceDue::Later)
            continue;
        list << d;
    }
    std::sort(list.begin(), list.end(), [](const MaintenanceDue &a, const MaintenanceDue &b) {
        if (a.nextDue != b.nextDue)
            return a.nextDue < b.nextDue;
        if (a.itemTag != b.itemTag)
            return a.itemTag < b.itemTag;
        return a.planId < b.planId;
    });
    return list;
}

bool MaintenanceService::covers(const QString &planId, const QString &itemId) const
{
    return m_db.scalar(QLatin1String(kCoveredSql)
                           + QStringLiteral("SELECT count(*) FROM covered WHERE plan_id = ? AND "
                                            "item_id = ?"),
                       {planId, itemId})
               .toInt()
           > 0;
}

QString MaintenanceService::markDone(const QString &planId,
                                     const QString &itemId,
                                     const QDate &doneOn,
                                     const QString &note)
{
    m_session.require(Permission::EquipmentEdit, tr("record maintenance"));
    const MaintenancePlan p = plan(planId);
    if (!p.active)
        throw Error(tr("The plan \"%1\" is paused.").arg(p.task), Error::Invalid);
    if (!covers(planId, itemId))
        throw Error(tr("The plan \"%1\" does not cover this item.").arg(p.task), Error::Invalid);
    if (!doneOn.isValid() || doneOn > QDate::currentDate())
        throw Error(tr("Done on: enter a day that has come."), Error::Invalid);
    if (note.trimmed().size() > 200)
        throw Error(tr("Note: at most 200 characters."), Error::Invalid);
    const QString id = Uuid::v7();
    m_db.exec(QStringLiteral("INSERT INTO equipment_maintenance_done (id, plan_id, item_id, "
                             "done_on, done_by, note) VALUES (?, ?, ?, ?, ?, ?)"),
              {id,
               planId,
               itemId,
               doneOn.toString(Qt::ISODate),
               m_session.displayName(),
               note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed())});
    return id;
}

QList<MaintenanceRecord> MaintenanceService::records(const QString &planId,
                                                     const QString &itemId) const
{
    m_session.require(Permission::EquipmentView, tr("view maintenance plans"));
    QList<MaintenanceRecord> list;
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT id, plan_id, item_id, done_on, done_by, note "
                                   "FROM equipment_maintenance_done WHERE deleted = 0 AND "
                                   "plan_id = ? AND (coalesce(?, '') = '' OR item_id = ?) ORDER BY "
                                   "done_on DESC, id DESC"),
                    {planId, itemId, itemId});
    while (q.next()) {
        MaintenanceRecord r;
        r.id = q.value(0).toString();
        r.planId = q.value(1).toString();
        r.itemId = q.value(2).toString();
        r.doneOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        r.doneBy = q.value(4).toString();
        r.note = q.value(5).toString();
        list << r;
    }
    return list;
}

} // namespace SchoolSuite
