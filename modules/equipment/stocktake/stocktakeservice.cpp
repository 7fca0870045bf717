#include "stocktakeservice.h"

#include "equipment/register/equipmentservice.h"

#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::StocktakeService", text);
}

QDateTime parseUtc(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Stocktake readStocktake(const QSqlQuery &q)
{
    Stocktake s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    const QJsonArray rooms = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
    for (const auto &room : rooms)
        s.roomIds << room.toString();
    s.startedAt = parseUtc(q.value(3));
    s.finishedAt = parseUtc(q.value(4));
    s.status = StocktakeKeys::statusFromKey(q.value(5).toString());
    s.startedBy = q.value(6).toString();
    return s;
}

const char *const kColumns = "id, name, room_ids, started_at, finished_at, status, started_by";
} // namespace

namespace StocktakeKeys {
QString status(StocktakeStatus status)
{
    switch (status) {
    case StocktakeStatus::Open:
        return QStringLiteral("open");
    case StocktakeStatus::Paused:
        return QStringLiteral("paused");
    case StocktakeStatus::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

StocktakeStatus statusFromKey(const QString &key)
{
    if (key == QLatin1String("paused"))
        return StocktakeStatus::Paused;
    if (key == QLatin1String("finished"))
        return StocktakeStatus::Finished;
    return StocktakeStatus::Open;
}

QString statusTitle(StocktakeStatus status)
{
    switch (status) {
    case StocktakeStatus::Open:
        return QCoreApplication::translate("SchoolSuite::StocktakeKeys", "In progress");
    case StocktakeStatus::Paused:
        return QCoreApplication::translate("SchoolSuite::StocktakeKeys", "Paused");
    case StocktakeStatus::Finished:
        return QCoreApplication::translate("SchoolSuite::StocktakeKeys", "Finished");
    }
    return {};
}
} // namespace StocktakeKeys

StocktakeService::StocktakeService(const Session &session)
    : m_session(session)
    , m_db(session.database())
{}

QList<Stocktake> StocktakeService::stocktakes() const
{
    m_session.require(Permission::EquipmentView, tr("view stocktakes"));
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM equipment_stocktakes WHERE deleted = 0 "
                                           "ORDER BY started_at DESC, id DESC")
                                .arg(QLatin1String(kColumns)));
    QList<Stocktake> list;
    while (q.next())
        list << readStocktake(q);
    return list;
}

Stocktake StocktakeService::stocktake(const QString &id) const
{
    m_session.require(Permission::EquipmentView, tr("view stocktakes"));
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM equipment_stocktakes WHERE id = ? AND "
                                           "deleted = 0")
                                .arg(QLatin1String(kColumns)),
                            {id});
    if (!q.next())
        throw Error(tr("There is no stocktake %1.").arg(id), Error::NotFound);
    return readStocktake(q);
}

QString StocktakeService::start(const QString &name, const QStringList &roomIds)
{
    m_session.require(Permission::EquipmentEdit, tr("start a stocktake"));
    const QString n = name.trimmed();
    if (n.isEmpty())
        throw Error(tr("A stocktake needs a name."), Error::Invalid);
    QJsonArray rooms;
    for (const QString &roomId : roomIds) {
        if (rooms.contains(roomId))
            continue;
        if (m_db.scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE id = ? AND deleted = 0"),
                        {roomId})
                .toInt()
            == 0)
            throw Error(tr("There is no room %1.").arg(roomId), Error::NotFound);
        rooms.append(roomId);
    }
    const QString id = Uuid::v7();
    m_db.exec(QStringLiteral("INSERT INTO equipment_stocktakes (id, name, room_ids, started_at, "
                             "status, started_by) VALUES (?, ?, ?, ?, 'open', ?)"),
              {id,
               n,
               QString::fromUtf8(QJsonDocument(rooms).toJson(QJsonDocument::Compact)),
               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
               m_session.displayName()});
    return id;
}

void StocktakeService::setStatus(const QString &id, StocktakeStatus status)
{
    m_session.require(Permission::EquipmentEdit, tr("change a stocktake"));
    const Stocktake s = stocktake(id);
    if (s.status == StocktakeStatus::Finished)
        throw Error(tr("The stocktake \"%1\" is finished.").arg(s.name), Error::Invalid);
    if (s.status == status)
        return;
    if (status == StocktakeStatus::Finished)
        m_db.exec(QStringLiteral("UPDATE equipment_stocktakes SET status = 'finished', "
                                 "finished_at = ? WHERE id = ?"),
                  {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id});
    else
        m_db.exec(QStringLiteral("UPDATE equipment_stocktakes SET status = ? WHERE id = ?"),
                  {StocktakeKeys::status(status), id});
}

void StocktakeService::pause(const QString &id)
{
    setStatus(id, StocktakeStatus::Paused);
}

void StocktakeService::resume(const QString &id)
{
    setStatus(id, StocktakeStatus::Open);
}

void StocktakeService::finish(const QString &id)
{
    setStatus(id, StocktakeStatus::Finished);
}

void StocktakeService::moveHere(const QString &stocktakeId,
                                const QString &itemId,
                                const QString &roomId)
{
    m_session.require(Permission::EquipmentEdit, tr("move equipment"));
    const Stocktake s = stocktake(stocktakeId);
    if (roomId.isEmpty())
        throw Error(tr("The item was not scanned in a room."), Error::Invalid);
    EquipmentService register_(m_session);
    const Asset asset = register_.asset(itemId);
    const QString note = tr("Stocktake \"%1\"").arg(s.name);
    if (asset.status == AssetStatus::Scrapped)
        throw Error(tr("%1 (%2) is scrapped.").arg(asset.name, asset.tag), Error::Invalid);
    if (asset.status == AssetStatus::Lost)
        register_.markFound(itemId, roomId, note);
    else if (asset.roomId != roomId)
        register_.move(itemId, roomId, note);
}

QHash<QString, QString> StocktakeService::roomNames() const
{
    QHash<QString, QString> names;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name FROM rooms"));
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    return names;
}

} // namespace SchoolSuite
