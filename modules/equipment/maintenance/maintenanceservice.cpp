// Maintenance: repair tickets. Plans and the due list are in maintenanceplans.cpp.
#include "maintenanceservice.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "equipment/register/equipmentservice.h"

#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::MaintenanceService", text);
}

QVariant orNull(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed());
}

QVariant costOrNull(qint64 fen)
{
    return fen < 0 ? QVariant() : QVariant(fen);
}

QList<RepairTicket> readTickets(const Database &db, const QString &where, const QVariantList &b)
{
    QList<RepairTicket> list;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT t.id, t.item_id, i.name, i.asset_tag, i.status, t.reported_on, "
                       "t.reported_by, t.fault, t.vendor, t.cost_fen, t.resolution, "
                       "t.resolved_on, t.status FROM equipment_repairs t LEFT JOIN "
                       "equipment_items i ON i.id = t.item_id WHERE t.deleted = 0 AND (%1) "
                       "ORDER BY t.reported_on DESC, t.id DESC")
            .arg(where),
        b);
    while (q.next()) {
        RepairTicket t;
        t.id = q.value(0).toString();
        t.itemId = q.value(1).toString();
        t.itemName = q.value(2).toString();
        t.itemTag = q.value(3).toString();
        t.itemStatus = q.value(4).toString();
        t.reportedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        t.reportedBy = q.value(6).toString();
        t.fault = q.value(7).toString();
        t.vendor = q.value(8).toString();
        t.costFen = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
        t.resolution = q.value(10).toString();
        t.resolvedOn = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        t.status = q.value(12).toString();
        list << t;
    }
    return list;
}

void checkTexts(const QString &vendor, qint64 costFen, const QString &resolution)
{
    if (vendor.trimmed().size() > 100)
        throw Error(QCoreApplication::translate("SchoolSuite", "Vendor: at most 100 characters."), Error::Invalid);
    if (resolution.trimmed().size() > 500)
        throw Error(QCoreApplication::translate("SchoolSuite", "Resolution: at most 500 characters."), Error::Invalid);
    // 10 million yuan: a typo, not a repair bill.
    if (costFen > qint64(1000000000))
        throw Error(QCoreApplication::translate("SchoolSuite", "Cost: %1 yuan is more than a repair costs.").arg(costFen / 100),
                    Error::Invalid);
}
} // namespace

MaintenanceService::MaintenanceService(const Session &session)
    : m_session(session)
    , m_db(session.database())
{}

QStringList MaintenanceService::repairStatuses()
{
    return {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done")};
}

QString MaintenanceService::repairStatusTitle(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Reported");
    if (status == QLatin1String("in_progress"))
        return tr("In repair");
    if (status == QLatin1String("done"))
        return tr("Done");
    return status;
}

QString MaintenanceService::reportFault(const QString &itemId, const QString &fault)
{
    m_session.require(Permission::EquipmentBook, tr("report a fault"));
    const QString text = fault.trimmed();
    if (text.isEmpty())
        throw Error(tr("Fault: describe what is wrong."), Error::Invalid);
    if (text.size() > 500)
        throw Error(tr("Fault: at most 500 characters."), Error::Invalid);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT name, asset_tag, status FROM equipment_items "
                                           "WHERE id = ? AND deleted = 0"),
                            {itemId});
    if (!q.next())
        throw Error(tr("Item: there is no such item."), Error::Invalid);
    const QString name = q.value(0).toString();
    const QString status = q.value(2).toString();
    if (status == QLatin1String("scrapped") || status == QLatin1String("lost"))
        throw Error(tr("%1 is %2; it cannot be repaired.")
                        .arg(name, AssetKeys::statusTitle(AssetKeys::statusFromKey(status))),
                    Error::Invalid);
    const QList<RepairTicket> open
        = readTickets(m_db, QStringLiteral("t.item_id = ? AND t.status <> 'done'"), {itemId});
    if (!open.isEmpty())
        throw Error(tr("%1: a fault was already reported on %2 by %3 (%4).")
                        .arg(name,
                             open.first().reportedOn.toString(Qt::ISODate),
                             open.first().reportedBy,
                             open.first().fault),
                    Error::Invalid);
    const QString id = Uuid::v7();
    m_db.exec(
        QStringLiteral("INSERT INTO equipment_repairs (id, item_id, reported_on, "
                       "reported_by, fault) VALUES (?, ?, ?, ?, ?)"),
        {id, itemId, QDate::currentDate().toString(Qt::ISODate), m_session.displayName(), text});
    return id;
}

QList<RepairTicket> MaintenanceService::repairs(bool unfinishedOnly) const
{
    m_session.require(Permission::EquipmentView, tr("view repairs"));
    return readTickets(
        m_db, unfinishedOnly ? QStringLiteral("t.status <> 'done'") : QStringLiteral("1"), {});
}

RepairTicket MaintenanceService::repair(const QString &id) const
{
    m_session.require(Permission::EquipmentView, tr("view repairs"));
    const QList<RepairTicket> list = readTickets(m_db, QStringLiteral("t.id = ?"), {id});
    if (list.isEmpty())
        throw Error(tr("There is no repair ticket %1.").arg(id), Error::NotFound);
    return list.first();
}

void MaintenanceService::updateRepair(const QString &id,
                                      const QString &vendor,
                                      qint64 costFen,
                                      const QString &resolution)
{
    m_session.require(Permission::EquipmentEdit, tr("manage repairs"));
    repair(id);
    checkTexts(vendor, costFen, resolution);
    m_db.exec(QStringLiteral("UPDATE equipment_repairs SET vendor = ?, cost_fen = ?, resolution "
                             "= ? WHERE id = ?"),
              {orNull(vendor), costOrNull(costFen), orNull(resolution), id});
}

void MaintenanceService::startRepair(const QString &id, const QString &vendor)
{
    m_session.require(Permission::EquipmentEdit, tr("manage repairs"));
    const RepairTicket t = repair(id);
    if (t.status != QLatin1String("open"))
        throw Error(tr("This repair is already %1.").arg(repairStatusTitle(t.status)),
                    Error::Invalid);
    checkTexts(vendor, -1, {});
    m_db.transaction([&] {
        if (!vendor.trimmed().isEmpty())
            m_db.exec(QStringLiteral("UPDATE equipment_repairs SET vendor = ? WHERE id = ?"),
                      {vendor.trimmed(), id});
        m_db.exec(QStringLiteral("UPDATE equipment_repairs SET status = 'in_progress' WHERE id "
                                 "= ?"),
                  {id});
        if (t.itemStatus != QLatin1String("repair"))
            EquipmentService(m_session).sendToRepair(t.itemId, t.fault);
    });
}

void MaintenanceService::finishRepair(const QString &id,
                                      const QString &resolution,
                                      qint64 costFen,
                                      const QDate &resolvedOn)
{
    m_session.require(Permission::EquipmentEdit, tr("manage repairs"));
    const RepairTicket t = repair(id);
    if (t.status == QLatin1String("done"))
        throw Error(tr("This repair is already done."), Error::Invalid);
    checkTexts(t.vendor, costFen, resolution);
    if (!resolvedOn.isValid() || resolvedOn > QDate::currentDate())
        throw Error(tr("Resolved on: enter a day that has come."), Error::Invalid);
    if (resolvedOn < t.reportedOn)
        throw Error(tr("Resolved on: %1 is before the fault was reported (%2).")
                        .arg(resolvedOn.toString(Qt::ISODate), t.reportedOn.toString(Qt::ISODate)),
                    Error::Invalid);
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE equipment_repairs SET status = 'done', resolved_on = ?, "
                                 "resolution = coalesce(?, resolution), cost_fen = coalesce(?, "
                                 "cost_fen) WHERE id = ?"),
                  {resolvedOn.toString(Qt::ISODate), orNull(resolution), costOrNull(costFen), id});
        if (t.itemStatus == QLatin1String("repair"))
            EquipmentService(m_session).repaired(t.itemId, resolution.trimmed());
    });
}

} // namespace SchoolSuite
