// The movements of EquipmentService: each one a fact, written with the item's new state in one
// transaction.
#include "core/error.h"
#include "core/store/database.h"
#include "equipmentservice.h"
#include "equipmentservice_p.h"

#include <QCoreApplication>
#include <QSet>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::EquipmentService", text);
}

Error refused(const Asset &a, const QString &why)
{
    return Error(QStringLiteral("%1 %2: %3").arg(a.tag, a.name, why), Error::Invalid);
}
} // namespace

using namespace EquipmentPrivate;

void EquipmentService::change(const QString &itemId,
                              const QString &kind,
                              const std::function<void(Asset &)> &apply,
                              const QString &note,
                              const QString &borrower,
                              const QDate &dueOn)
{
    Database &db = m_session.database();
    db.transaction([&] {
        Asset a = asset(itemId);
        const Asset before = a;
        apply(a);
        db.exec(QStringLiteral("UPDATE equipment_items SET room_id = ?, custodian_id = ?, status "
                               "= ? WHERE id = ?"),
                {orNull(a.roomId), orNull(a.custodianId), AssetKeys::status(a.status), a.id});
        writeMovement(a, kind, a.status, note, borrower, dueOn);
    });
}

AssetStatus EquipmentService::statusBefore(const QString &itemId, const QString &kind) const
{
    // The status the item had before its latest movement of this kind (a loan, a repair), to
    // go back to when it ends.
    QSqlQuery q = m_session.database().exec(
        QStringLiteral("SELECT kind, status FROM equipment_movements WHERE item_id = ? AND "
                       "deleted = 0 ORDER BY at, id"),
        {itemId});
    QString previous;
    QString found;
    while (q.next()) {
        if (q.value(0).toString() == kind)
            found = previous;
        previous = q.value(1).toString();
    }
    bool ok = false;
    const AssetStatus s = AssetKeys::statusFromKey(found, &ok);
    return ok ? s : AssetStatus::InUse;
}

void EquipmentService::move(const QString &itemId, const QString &roomId, const QString &note)
{
    requireEdit(tr("move equipment"));
    checkRoom(roomId);
    change(
        itemId,
        QStringLiteral("move"),
        [&](Asset &a) {
            if (a.status == AssetStatus::Scrapped || a.status == AssetStatus::Lost)
                throw refused(
                    a, tr("a %1 item cannot be moved.").arg(AssetKeys::statusTitle(a.status)));
            a.roomId = roomId;
            if (a.status == AssetStatus::InStock && !roomId.isEmpty())
                a.status = AssetStatus::InUse;
        },
        note);
}

void EquipmentService::assign(const QString &itemId,
                              const QString &custodianId,
                              const QString &note)
{
    requireEdit(tr("assign equipment"));
    checkCustodian(custodianId);
    change(
        itemId,
        QStringLiteral("assign"),
        [&](Asset &a) {
            if (a.status == AssetStatus::Scrapped || a.status == AssetStatus::Lost)
                throw refused(
                    a, tr("a %1 item cannot be assigned.").arg(AssetKeys::statusTitle(a.status)));
            a.custodianId = custodianId;
            if (a.status == AssetStatus::InStock && !custodianId.isEmpty())
                a.status = AssetStatus::InUse;
        },
        note);
}

void EquipmentService::lend(const QString &itemId,
                            const QString &borrower,
                            const QDate &dueOn,
                            const QString &note)
{
    requireEdit(tr("lend equipment"));
    if (borrower.trimmed().isEmpty())
        throw Error(tr("Borrower: say who borrows the item."), Error::Invalid);
    if (!dueOn.isValid() || dueOn < QDate::currentDate())
        throw Error(tr("Due date: choose a day from today on."), Error::Invalid);
    change(
        itemId,
        QStringLiteral("lend"),
        [&](Asset &a) {
            if (a.status != AssetStatus::InStock && a.status != AssetStatus::InUse)
                throw refused(a,
                              tr("only an item in stock or in use can be lent (it is %1).")
                                  .arg(AssetKeys::statusTitle(a.status)));
            a.status = AssetStatus::Lent;
        },
        note,
        borrower.trimmed(),
        dueOn);
}

void EquipmentService::giveBack(const QString &itemId, const QString &note)
{
    requireEdit(tr("take back equipment"));
    const AssetStatus back = statusBefore(itemId, QStringLiteral("lend"));
    change(
        itemId,
        QStringLiteral("return"),
        [&](Asset &a) {
            if (a.status != AssetStatus::Lent)
                throw refused(a, tr("it is not lent."));
            a.status = back;
        },
        note);
}

void EquipmentService::sendToRepair(const QString &itemId, const QString &note)
{
    requireEdit(tr("send equipment to repair"));
    change(
        itemId,
        QStringLiteral("repair"),
        [&](Asset &a) {
            if (a.status == AssetStatus::Repair || a.status == AssetStatus::Scrapped
                || a.status == AssetStatus::Lost)
                throw refused(
                    a, tr("a %1 item cannot go to repair.").arg(AssetKeys::statusTitle(a.status)));
            a.status = AssetStatus::Repair;
        },
        note);
}

void EquipmentService::repaired(const QString &itemId, const QString &note)
{
    requireEdit(tr("record a repair"));
    const AssetStatus back = statusBefore(itemId, QStringLiteral("repair"));
    change(
        itemId,
        QStringLiteral("repaired"),
        [&](Asset &a) {
            if (a.status != AssetStatus::Repair)
                throw refused(a, tr("it is not in repair."));
            a.status = back == AssetStatus::Lent ? AssetStatus::InUse : back;
        },
        note);
}

void EquipmentService::markLost(const QString &itemId, const QString &note)
{
    requireEdit(tr("report equipment lost"));
    change(
        itemId,
        QStringLiteral("lost"),
        [&](Asset &a) {
            if (a.status == AssetStatus::Lost || a.status == AssetStatus::Scrapped)
                throw refused(
                    a, tr("a %1 item cannot be lost.").arg(AssetKeys::statusTitle(a.status)));
            a.status = AssetStatus::Lost;
        },
        note);
}

void EquipmentService::markFound(const QString &itemId, const QString &roomId, const QString &note)
{
    requireEdit(tr("report equipment found"));
    checkRoom(roomId);
    change(
        itemId,
        QStringLiteral("found"),
        [&](Asset &a) {
            if (a.status != AssetStatus::Lost)
                throw refused(a, tr("it is not lost."));
            if (!roomId.isEmpty())
                a.roomId = roomId;
            a.status = a.roomId.isEmpty() && a.custodianId.isEmpty() ? AssetStatus::InStock
                                                                     : AssetStatus::InUse;
        },
        note);
}

void EquipmentService::scrap(const QString &itemId, const QString &note)
{
    // Clerks record it; principals approve the request, and the approval may record it too.
    if (!m_session.can(Permission::EquipmentApprove))
        requireEdit(tr("scrap equipment"));
    change(
        itemId,
        QStringLiteral("scrap"),
        [&](Asset &a) {
            if (a.status == AssetStatus::Scrapped)
                throw refused(a, tr("it is scrapped already."));
            a.status = AssetStatus::Scrapped;
        },
        note);
    m_session.audit(QStringLiteral("scrap"), QStringLiteral("equipment_items"), itemId, note);
}

void EquipmentService::setStatus(const QString &itemId, AssetStatus status, const QString &note)
{
    requireEdit(tr("change the status of equipment"));
    change(
        itemId,
        QStringLiteral("status"),
        [&](Asset &a) {
            if (a.status == AssetStatus::Scrapped && status != AssetStatus::Scrapped)
                throw refused(a, tr("a scrapped item stays scrapped."));
            a.status = status;
        },
        note);
}

int EquipmentService::bulk(const QStringList &tags, const BulkAction &action)
{
    requireEdit(tr("change equipment"));
    Database &db = m_session.database();
    QStringList unique;
    QSet<QString> seen;
    for (const QString &raw : tags) {
        const QString t = raw.trimmed();
        if (!t.isEmpty() && !seen.contains(t)) {
            seen.insert(t);
            unique << t;
        }
    }
    if (unique.isEmpty())
        throw Error(tr("No asset tags were scanned."), Error::Invalid);
    QStringList ids;
    QStringList unknown;
    for (const QString &t : std::as_const(unique)) {
        const QString id = db.scalar(QStringLiteral("SELECT id FROM equipment_items WHERE "
                                                    "asset_tag = ? AND deleted = 0"),
                                     {t})
                               .toString();
        if (id.isEmpty())
            unknown << t;
        else
            ids << id;
    }
    if (!unknown.isEmpty())
        throw Error(tr("Nothing was changed: these asset tags are not ours: %1.")
                        .arg(unknown.join(QStringLiteral(", "))),
                    Error::NotFound);
    db.transaction([&] {
        for (const QString &id : std::as_const(ids)) {
            switch (action.kind) {
            case BulkAction::Move:
                move(id, action.roomId, action.note);
                break;
            case BulkAction::Assign:
                assign(id, action.custodianId, action.note);
                break;
            case BulkAction::Lend:
                lend(id, action.borrower, action.dueOn, action.note);
                break;
            case BulkAction::Return:
                giveBack(id, action.note);
                break;
            case BulkAction::Status:
                setStatus(id, action.status, action.note);
                break;
            }
        }
    });
    m_session.audit(QStringLiteral("bulk"),
                    QStringLiteral("equipment_items"),
                    {},
                    QStringLiteral("%1 items").arg(ids.size()));
    return int(ids.size());
}

} // namespace SchoolSuite
