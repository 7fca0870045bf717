#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace SchoolSuite {

enum class StocktakeStatus { Open, Paused, Finished };

// A stocktake (盘点) session: the rooms it counts (none: the whole school) and its state.
struct Stocktake
{
    QString id;
    QString name;
    QStringList roomIds; // empty: the whole school
    QDateTime startedAt;
    QDateTime finishedAt;
    StocktakeStatus status = StocktakeStatus::Open;
    QString startedBy;

    bool wholeSchool() const { return roomIds.isEmpty(); }
};

namespace StocktakeKeys {
QString status(StocktakeStatus status); // "open", "paused", "finished"
StocktakeStatus statusFromKey(const QString &key);
QString statusTitle(StocktakeStatus status); // translated
} // namespace StocktakeKeys

// Where a scan came from (equipment_stocktake_scans.source).
enum class ScanSource { Scanner, Batch, Manual };

// What one scan means, told to the clerk at once.
enum class ScanKind {
    Found,     // ours, in the room it is registered in
    WrongRoom, // ours, registered in another room (or registered as lost)
    Duplicate, // scanned before in this stocktake: not counted again
    Unknown,   // not a tag of this school's register (or a scrapped item)
};

struct ScanOutcome
{
    ScanKind kind = ScanKind::Unknown;
    QString tag;
    QString itemId;
    QString itemName;
    QString roomId;           // where it was scanned
    QString registeredRoomId; // where the register has it
    bool registeredLost = false;
    bool scrapped = false;
    // For a duplicate: what the first scan found and where.
    ScanKind firstKind = ScanKind::Unknown;
    QString firstRoomId;
    QDateTime at;
};

// One line of a result list (found, wrong room, missing, not yet counted, unknown).
struct StocktakeEntry
{
    QString tag;
    QString itemId;
    QString name;
    QString registeredRoomId;
    QString scannedRoomId; // empty for missing items
    QDateTime scannedAt;   // the first scan
    int scans = 0;         // how often it was scanned
    bool registeredLost = false;
    bool scrapped = false;
};

struct StocktakeCounts
{
    int scans = 0;      // every scan recorded
    int expected = 0;   // items the scope expects
    int found = 0;      // distinct items found in their room
    int wrongRoom = 0;  // distinct items found elsewhere
    int missing = 0;    // expected in a counted room, not scanned
    int pending = 0;    // expected in a room not counted yet
    int unknown = 0;    // distinct unknown tags
    int duplicates = 0; // scans after the first of the same tag
};

struct StocktakeResults
{
    StocktakeCounts counts;
    QList<StocktakeEntry> found;
    QList<StocktakeEntry> wrongRoom;
    QList<StocktakeEntry> missing;
    QList<StocktakeEntry> pending;
    QList<StocktakeEntry> unknown;
    QList<StocktakeEntry> duplicates; // one entry per tag scanned more than once
    QStringList countedRoomIds;
};

} // namespace SchoolSuite
