#include "stocktakecounter.h"

#include "stocktakeservice.h"

#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::StocktakeCounter", text);
}

QString fold(const QString &tag)
{
    return tag.toCaseFolded();
}

QString sourceKey(ScanSource source)
{
    switch (source) {
    case ScanSource::Scanner:
        return QStringLiteral("scanner");
    case ScanSource::Batch:
        return QStringLiteral("batch");
    case ScanSource::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("scanner");
}

bool expectedStatus(const QString &status)
{
    return status == QLatin1String("in_use") || status == QLatin1String("in_stock");
}
} // namespace

StocktakeCounter::StocktakeCounter(const Session &session, const QString &stocktakeId)
    : m_session(session)
    , m_db(session.database())
{
    m_session.require(Permission::EquipmentView, tr("view stocktakes"));
    m_stocktake.id = stocktakeId;
    reload();
}

StocktakeCounter::~StocktakeCounter() = default;

void StocktakeCounter::reload()
{
    m_stocktake = StocktakeService(m_session).stocktake(m_stocktake.id);
    m_scope = QSet<QString>(m_stocktake.roomIds.cbegin(), m_stocktake.roomIds.cend());
    m_allRooms.clear();
    QSqlQuery rooms
        = m_db.exec(QStringLiteral("SELECT id FROM rooms WHERE deleted = 0 ORDER BY name"));
    while (rooms.next())
        m_allRooms << rooms.value(0).toString();

    m_items.clear();
    m_byTag.clear();
    m_byFoldedTag.clear();
    m_seen.clear();
    m_seenOrder.clear();
    m_unknownIndex.clear();
    m_unknown.clear();
    m_countedRooms.clear();
    m_expectedInRoom.clear();
    m_seenExpectedInRoom.clear();
    m_expected = m_scans = m_duplicates = m_found = m_wrongRoom = 0;

    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, asset_tag, name, room_id, status FROM "
                                           "equipment_items WHERE deleted = 0"));
    while (q.next()) {
        Item item;
        item.id = q.value(0).toString();
        item.tag = q.value(1).toString();
        item.name = q.value(2).toString();
        item.roomId = q.value(3).toString();
        item.status = q.value(4).toString();
        item.expected
            = expectedStatus(item.status) && (m_scope.isEmpty() || m_scope.contains(item.roomId));
        const int index = int(m_items.size());
        m_byTag.insert(item.tag, index);
        m_byFoldedTag.insert(fold(item.tag), index);
        if (item.expected) {
            ++m_expected;
            ++m_expectedInRoom[item.roomId];
        }
        m_items << item;
    }

    QSqlQuery scans = m_db.exec(QStringLiteral("SELECT tag, room_id, scanned_at FROM "
                                               "equipment_stocktake_scans WHERE stocktake_id = ? "
                                               "AND deleted = 0 ORDER BY scanned_at, id"),
                                {m_stocktake.id});
    while (scans.next()) {
        QDateTime at = QDateTime::fromString(scans.value(2).toString(), Qt::ISODateWithMs);
        at.setTimeSpec(Qt::UTC);
        apply(classify(scans.value(0).toString(), scans.value(1).toString(), at));
    }

    if (!m_insert)
        m_insert = std::make_unique<Statement>(
            m_db.connection(),
            QStringLiteral("INSERT INTO equipment_stocktake_scans (id, stocktake_id, tag, "
                           "item_id, room_id, scanned_at, source) VALUES (?, ?, ?, ?, ?, ?, ?)"));
}

int StocktakeCounter::indexOf(const QString &tag) const
{
    const auto exact = m_byTag.constFind(tag);
    if (exact != m_byTag.cend())
        return *exact;
    // Scanners in the wrong keyboard mode send upper case; tags are not told apart by case.
    return m_byFoldedTag.value(fold(tag), -1);
}

ScanOutcome StocktakeCounter::classify(const QString &tag,
                                       const QString &roomId,
                                       const QDateTime &at) const
{
    ScanOutcome o;
    o.tag = tag;
    o.roomId = roomId;
    o.at = at;
    const int index = indexOf(tag);
    ScanKind kind = ScanKind::Unknown;
    if (index >= 0) {
        const Item &item = m_items.at(index);
        o.itemId = item.id;
        o.itemName = item.name;
        o.registeredRoomId = item.roomId;
        o.registeredLost = item.status == QLatin1String("lost");
        o.scrapped = item.status == QLatin1String("scrapped");
        if (o.scrapped)
            kind = ScanKind::Unknown;
        else if (o.registeredLost || item.roomId != roomId)
            kind = ScanKind::WrongRoom;
        else
            kind = ScanKind::Found;
        const auto seen = m_seen.constFind(index);
        if (seen != m_seen.cend()) {
            o.kind = ScanKind::Duplicate;
            o.firstKind = seen->kind;
            o.firstRoomId = seen->roomId;
            return o;
        }
        if (o.scrapped) {
            const auto unknown = m_unknownIndex.constFind(fold(tag));
            if (unknown != m_unknownIndex.cend()) {
                o.kind = ScanKind::Duplicate;
                o.firstKind = ScanKind::Unknown;
                o.firstRoomId = m_unknown.at(*unknown).scannedRoomId;
                return o;
            }
        }
    } else {
        const auto unknown = m_unknownIndex.constFind(fold(tag));
        if (unknown != m_unknownIndex.cend()) {
            o.kind = ScanKind::Duplicate;
            o.firstKind = ScanKind::Unknown;
            o.firstRoomId = m_unknown.at(*unknown).scannedRoomId;
            return o;
        }
    }
    o.kind = kind;
    o.firstKind = kind;
    o.firstRoomId = roomId;
    return o;
}

void StocktakeCounter::apply(const ScanOutcome &o)
{
    ++m_scans;
    m_countedRooms.insert(o.roomId);
    if (o.kind == ScanKind::Duplicate) {
        ++m_duplicates;
        const int index = o.itemId.isEmpty() || o.scrapped ? -1 : indexOf(o.tag);
        if (index >= 0)
            ++m_seen[index].scans;
        else
            ++m_unknown[m_unknownIndex.value(fold(o.tag))].scans;
        return;
    }
    if (o.kind == ScanKind::Unknown) {
        StocktakeEntry e;
        e.tag = o.tag;
        e.itemId = o.itemId;
        e.name = o.itemName;
        e.registeredRoomId = o.registeredRoomId;
        e.scannedRoomId = o.roomId;
        e.scannedAt = o.at;
        e.scans = 1;
        e.scrapped = o.scrapped;
        m_unknownIndex.insert(fold(o.tag), int(m_unknown.size()));
        m_unknown << e;
        return;
    }
    const int index = indexOf(o.tag);
    Seen seen;
    seen.roomId = o.roomId;
    seen.at = o.at;
    seen.scans = 1;
    seen.kind = o.kind;
    m_seen.insert(index, seen);
    m_seenOrder << index;
    if (o.kind == ScanKind::Found)
        ++m_found;
    else
        ++m_wrongRoom;
    const Item &item = m_items.at(index);
    if (item.expected)
        ++m_seenExpectedInRoom[item.roomId];
}

ScanOutcome StocktakeCounter::scan(const QString &tag,
                                   const QString &roomId,
                                   ScanSource source,
                                   const QDateTime &at)
{
    m_session.require(Permission::EquipmentEdit, tr("scan for a stocktake"));
    if (m_stocktake.status != StocktakeStatus::Open)
        throw Error(
            tr("The stocktake \"%1\" is %2: resume it to scan.")
                .arg(m_stocktake.name, StocktakeKeys::statusTitle(m_stocktake.status).toLower()),
            Error::Invalid);
    const QString t = tag.trimmed();
    if (t.isEmpty())
        throw Error(tr("The scanned tag is empty."), Error::Invalid);
    if (roomId.isEmpty())
        throw Error(tr("Choose the room you are counting."), Error::Invalid);
    if (!inScope(roomId))
        throw Error(tr("The room is not part of the stocktake \"%1\".").arg(m_stocktake.name),
                    Error::Invalid);
    const QDateTime when = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    const ScanOutcome outcome = classify(t, roomId, when);
    m_insert->run({Uuid::v7(),
                   m_stocktake.id,
                   t,
                   outcome.itemId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(outcome.itemId),
                   roomId,
                   when.toString(Qt::ISODateWithMs),
                   sourceKey(source)});
    apply(outcome);
    return outcome;
}

bool StocktakeCounter::inScope(const QString &roomId) const
{
    if (m_scope.isEmpty())
        return m_allRooms.contains(roomId);
    return m_scope.contains(roomId);
}

bool StocktakeCounter::isCounted(const QString &roomId) const
{
    return m_stocktake.status == StocktakeStatus::Finished || m_countedRooms.contains(roomId);
}

QStringList StocktakeCounter::scopeRoomIds() const
{
    if (m_scope.isEmpty())
        return m_allRooms;
    return m_stocktake.roomIds;
}

StocktakeCounts StocktakeCounter::counts() const
{
    StocktakeCounts c;
    c.scans = m_scans;
    c.expected = m_expected;
    c.found = m_found;
    c.wrongRoom = m_wrongRoom;
    c.unknown = int(m_unknown.size());
    c.duplicates = m_duplicates;
    for (auto it = m_expectedInRoom.cbegin(); it != m_expectedInRoom.cend(); ++it) {
        const int notSeen = it.value() - m_seenExpectedInRoom.value(it.key());
        if (isCounted(it.key()))
            c.missing += notSeen;
        else
            c.pending += notSeen;
    }
    return c;
}

StocktakeEntry StocktakeCounter::entryFor(int index) const
{
    const Item &item = m_items.at(index);
    StocktakeEntry e;
    e.tag = item.tag;
    e.itemId = item.id;
    e.name = item.name;
    e.registeredRoomId = item.roomId;
    e.registeredLost = item.status == QLatin1String("lost");
    e.scrapped = item.status == QLatin1String("scrapped");
    const auto seen = m_seen.constFind(index);
    if (seen != m_seen.cend()) {
        e.scannedRoomId = seen->roomId;
        e.scannedAt = seen->at;
        e.scans = seen->scans;
    }
    return e;
}

StocktakeResults StocktakeCounter::results() const
{
    StocktakeResults r;
    r.counts = counts();
    for (int index : m_seenOrder) {
        const StocktakeEntry e = entryFor(index);
        if (m_seen.value(index).kind == ScanKind::Found)
            r.found << e;
        else
            r.wrongRoom << e;
        if (e.scans > 1)
            r.duplicates << e;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if (!item.expected || m_seen.contains(i))
            continue;
        if (isCounted(item.roomId))
            r.missing << entryFor(i);
        else
            r.pending << entryFor(i);
    }
    const auto byTag = [](const StocktakeEntry &a, const StocktakeEntry &b) {
        return a.registeredRoomId == b.registeredRoomId ? a.tag < b.tag
                                                        : a.registeredRoomId < b.registeredRoomId;
    };
    std::sort(r.missing.begin(), r.missing.end(), byTag);
    std::sort(r.pending.begin(), r.pending.end(), byTag);
    r.unknown = m_unknown;
    for (const StocktakeEntry &e : m_unknown)
        if (e.scans > 1)
            r.duplicates << e;
    for (const QString &room : scopeRoomIds())
        if (isCounted(room))
            r.countedRoomIds << room;
    return r;
}

} // namespace SchoolSuite
