#pragma once

#include "stocktake.h"

#include "core/auth/session.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace SchoolSuite {

class Database;
class Statement;

// The counting of one stocktake, kept in memory so a scan is answered at once: the register
// indexed by tag, and what every scan so far has found. Each scan is written as its own small
// fact (one INSERT, autocommitted), so a crash loses at most the scan being made and two
// clerks' scans on two PCs merge when they sync; reload() reads them all again.
//
// Rules (docs/user-guide/en/equipment-stocktake.md):
// - expected: items in use or in stock whose room is in the scope (any room for the whole
//   school); lent, in repair, lost and scrapped items are not expected;
// - the first scan of a tag counts; later scans of it are duplicates and count no more;
// - found: scanned in the room it is registered in; wrong room: scanned elsewhere, or
//   registered as lost; unknown: not a tag of the register, or a scrapped item;
// - a room is counted once a scan was made in it (every room once the session is finished);
//   expected items of counted rooms not scanned are missing, those of the other rooms pending.
class StocktakeCounter
{
public:
    StocktakeCounter(const Session &session, const QString &stocktakeId);
    ~StocktakeCounter();
    StocktakeCounter(const StocktakeCounter &) = delete;
    StocktakeCounter &operator=(const StocktakeCounter &) = delete;

    // Reads the session, the register and every scan again (after a fix, or a sync).
    void reload();
    const Stocktake &stocktake() const { return m_stocktake; }
    Database &database() const { return m_db; }

    // Records one scan in roomId (a room of the scope) and says what it means. Throws Error
    // (Invalid) for an empty tag, a room outside the scope or a session that is not open.
    ScanOutcome scan(const QString &tag,
                     const QString &roomId,
                     ScanSource source = ScanSource::Scanner,
                     const QDateTime &at = {});

    StocktakeCounts counts() const;
    StocktakeResults results() const;
    // The rooms the session counts: its scope, or every room of the school.
    QStringList scopeRoomIds() const;
    bool inScope(const QString &roomId) const;
    bool isCounted(const QString &roomId) const;

private:
    struct Item
    {
        QString id;
        QString tag;
        QString name;
        QString roomId;
        QString status;
        bool expected = false;
    };
    struct Seen
    {
        QString roomId;
        QDateTime at;
        int scans = 0;
        ScanKind kind = ScanKind::Found;
    };
    struct UnknownTag
    {
        StocktakeEntry entry;
    };

    int indexOf(const QString &tag) const;
    ScanOutcome classify(const QString &tag, const QString &roomId, const QDateTime &at) const;
    void apply(const ScanOutcome &outcome);
    StocktakeEntry entryFor(int index) const;

    Session m_session;
    Database &m_db;
    Stocktake m_stocktake;
    QSet<QString> m_scope;
    QStringList m_allRooms;
    QList<Item> m_items;
    QHash<QString, int> m_byTag;
    QHash<QString, int> m_byFoldedTag;
    QHash<int, Seen> m_seen;
    QList<int> m_seenOrder;
    QHash<QString, int> m_unknownIndex; // folded tag -> m_unknown
    QList<StocktakeEntry> m_unknown;
    QSet<QString> m_countedRooms;
    QHash<QString, int> m_expectedInRoom;
    QHash<QString, int> m_seenExpectedInRoom;
    int m_expected = 0;
    int m_scans = 0;
    int m_duplicates = 0;
    int m_found = 0;
    int m_wrongRoom = 0;
    std::unique_ptr<Statement> m_insert;
};

} // namespace SchoolSuite
