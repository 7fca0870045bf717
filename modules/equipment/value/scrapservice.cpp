#include "scrapservice.h"

#include "equipment/register/equipmentservice.h"

#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::ScrapService", text);
}

const char *const kSelect
    = "SELECT r.id, r.item_id, i.asset_tag, i.name, i.price_fen, i.purchase_date, r.reason, "
      "r.requested_by, r.requested_on, r.status, r.decided_by, r.decided_on, r.decision_note, "
      "r.disposal FROM equipment_scrap_requests r LEFT JOIN equipment_items i ON i.id = "
      "r.item_id WHERE r.deleted = 0";

ScrapRequest readRequest(const QSqlQuery &q)
{
    ScrapRequest r;
    r.id = q.value(0).toString();
    r.itemId = q.value(1).toString();
    r.tag = q.value(2).toString();
    r.itemName = q.value(3).toString();
    r.priceFen = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
    r.purchaseDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.reason = q.value(6).toString();
    r.requestedBy = q.value(7).toString();
    r.requestedOn = QDate::fromString(q.value(8).toString().left(10), Qt::ISODate);
    r.status = ScrapKeys::statusFromKey(q.value(9).toString());
    r.decidedBy = q.value(10).toString();
    r.decidedOn = QDate::fromString(q.value(11).toString().left(10), Qt::ISODate);
    r.decisionNote = q.value(12).toString();
    r.disposal = q.value(13).toString();
    return r;
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
} // namespace

namespace ScrapKeys {
QString status(ScrapStatus status)
{
    switch (status) {
    case ScrapStatus::Pending:
        return QStringLiteral("pending");
    case ScrapStatus::Approved:
        return QStringLiteral("approved");
    case ScrapStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

ScrapStatus statusFromKey(const QString &key)
{
    if (key == QLatin1String("approved"))
        return ScrapStatus::Approved;
    if (key == QLatin1String("rejected"))
        return ScrapStatus::Rejected;
    return ScrapStatus::Pending;
}

QString statusTitle(ScrapStatus status)
{
    switch (status) {
    case ScrapStatus::Pending:
        return QCoreApplication::translate("SchoolSuite::ScrapKeys", "Pending");
    case ScrapStatus::Approved:
        return QCoreApplication::translate("SchoolSuite::ScrapKeys", "Approved");
    case ScrapStatus::Rejected:
        return QCoreApplication::translate("SchoolSuite::ScrapKeys", "Rejected");
    }
    return {};
}
} // namespace ScrapKeys

ScrapService::ScrapService(const Session &session)
    : m_session(session)
    , m_db(session.database())
{}

QList<ScrapRequest> ScrapService::requests(std::optional<ScrapStatus> status) const
{
    m_session.require(Permission::EquipmentView, tr("view scrapping requests"));
    QString sql = QString::fromLatin1(kSelect);
    QVariantList bindings;
    if (status) {
        sql += QStringLiteral(" AND r.status = ?");
        bindings << ScrapKeys::status(*status);
    }
    sql += QStringLiteral(" ORDER BY r.requested_on DESC, r.id DESC");
    QSqlQuery q = m_db.exec(sql, bindings);
    QList<ScrapRequest> list;
    while (q.next())
        list << readRequest(q);
    return list;
}

ScrapRequest ScrapService::request(const QString &id) const
{
    m_session.require(Permission::EquipmentView, tr("view scrapping requests"));
    QSqlQuery q = m_db.exec(QString::fromLatin1(kSelect) + QStringLiteral(" AND r.id = ?"), {id});
    if (!q.next())
        throw Error(tr("There is no scrapping request %1.").arg(id), Error::NotFound);
    return readRequest(q);
}

bool ScrapService::hasPending(const QString &itemId) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM equipment_scrap_requests WHERE "
                                      "item_id = ? AND status = 'pending' AND deleted = 0"),
                       {itemId})
               .toInt()
           > 0;
}

QString ScrapService::requestScrap(const QString &itemIdOrTag, const QString &reason)
{
    m_session.require(Permission::EquipmentEdit, tr("ask for scrapping"));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw Error(tr("Say why the item should be scrapped."), Error::Invalid);
    const Asset asset = EquipmentService(m_session).asset(itemIdOrTag);
    if (asset.status == AssetStatus::Scrapped)
        throw Error(tr("%1 (%2) is already scrapped.").arg(asset.name, asset.tag), Error::Invalid);
    const QString id = Uuid::v7();
    m_db.transaction([&] {
        if (hasPending(asset.id))
            throw Error(tr("%1 (%2) already has a scrapping request waiting for approval.")
                            .arg(asset.name, asset.tag),
                        Error::Invalid);
        m_db.exec(QStringLiteral("INSERT INTO equipment_scrap_requests (id, item_id, reason, "
                                 "requested_by, requested_on, status) VALUES (?, ?, ?, ?, ?, "
                                 "'pending')"),
                  {id,
                   asset.id,
                   why,
                   m_session.displayName(),
                   QDate::currentDate().toString(Qt::ISODate)});
    });
    return id;
}

ScrapRequest ScrapService::pending(const QString &requestId, const QString &what) const
{
    m_session.require(Permission::EquipmentApprove, what);
    const ScrapRequest r = request(requestId);
    if (r.status != ScrapStatus::Pending)
        throw Error(tr("The scrapping request for %1 (%2) was already decided: %3.")
                        .arg(r.itemName, r.tag, ScrapKeys::statusTitle(r.status)),
                    Error::Invalid);
    return r;
}

void ScrapService::approve(const QString &requestId, const QString &note, const QString &disposal)
{
    const ScrapRequest r = pending(requestId, tr("approve scrapping"));
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE equipment_scrap_requests SET status = 'approved', "
                                 "decided_by = ?, decided_on = ?, decision_note = ?, disposal = ? "
                                 "WHERE id = ?"),
                  {m_session.displayName(),
                   QDate::currentDate().toString(Qt::ISODate),
                   orNull(note.trimmed()),
                   orNull(disposal.trimmed()),
                   requestId});
        QString movementNote
            = tr("Scrapping approved by %1: %2").arg(m_session.displayName(), r.reason);
        if (!disposal.trimmed().isEmpty())
            movementNote += QStringLiteral("; ") + tr("disposal: %1").arg(disposal.trimmed());
        EquipmentService(m_session).scrap(r.itemId, movementNote);
        m_session.audit(QStringLiteral("equipment.scrap.approve"),
                        QStringLiteral("equipment_scrap_requests"),
                        requestId,
                        r.tag);
    });
}

void ScrapService::reject(const QString &requestId, const QString &note)
{
    const ScrapRequest r = pending(requestId, tr("reject scrapping"));
    if (note.trimmed().isEmpty())
        throw Error(tr("Say why the scrapping of %1 (%2) is rejected.").arg(r.itemName, r.tag),
                    Error::Invalid);
    m_db.exec(QStringLiteral("UPDATE equipment_scrap_requests SET status = 'rejected', "
                             "decided_by = ?, decided_on = ?, decision_note = ? WHERE id = ?"),
              {m_session.displayName(),
               QDate::currentDate().toString(Qt::ISODate),
               note.trimmed(),
               requestId});
    m_session.audit(QStringLiteral("equipment.scrap.reject"),
                    QStringLiteral("equipment_scrap_requests"),
                    requestId,
                    r.tag);
}

} // namespace SchoolSuite
