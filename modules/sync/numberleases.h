#pragma once

#include <QString>
#include <QStringList>

namespace SchoolSuite {

class Database;

// Blocks of numbers of a named sequence ("asset_tag:DC0001", later "clc:I247") that this device
// may hand out, so two devices working offline never give out the same asset tag or 种次号.
// Blocks are granted by the district server (POST /api/v1/leases, docs/sync-protocol.md) when
// the device syncs, keeping a reserve for offline work; a store that never enrolled is the
// school's only device and takes its blocks locally. Numbers found in use (an imported tag)
// are never handed out again.
class NumberLeases
{
public:
    // A block asked for or taken at a time, and the reserve a sync keeps of every sequence.
    static constexpr qint64 BlockSize = 100;
    static constexpr qint64 ReserveBlocks = 2;

    explicit NumberLeases(Database &db);

    // The next free number of the sequence on this device. Throws Error (saying to connect
    // and sync) when the device is enrolled and its blocks are used up.
    qint64 next(const QString &sequence);
    // Numbers this device may still hand out without the server.
    qint64 remaining(const QString &sequence) const;
    // A number that is in use whatever the blocks say (imported data): never handed out.
    void noteUsed(const QString &sequence, qint64 number);
    // Many of them (a bulk import): one prepared statement.
    void noteUsed(const QList<std::pair<QString, qint64>> &numbers);

    // Asks the next sync to lease blocks of the sequence before the first number is needed (an
    // enrolled device has none of a sequence it never used).
    void declare(const QString &sequence);
    // Whether the store is enrolled with a district server (it then leases from the server).
    bool isEnrolled() const;
    // Every sequence this device has used or declared, sorted.
    QStringList sequences() const;
    // The greatest number of the sequence this device holds in a block or knows to be used;
    // 0 when none. The server hands out numbers above it (the request's used_up_to).
    qint64 usedUpTo(const QString &sequence) const;
    // How many numbers to lease so that ReserveBlocks blocks remain: 0 or a multiple of
    // BlockSize.
    // (or enough for what want() asked, when that is more).
    qint64 shortfall(const QString &sequence) const;
    // This device needs count numbers at hand at once (an import of many new items): the next
    // sync leases enough, then the reserve goes back to ReserveBlocks blocks.
    void want(const QString &sequence, qint64 count);
    qint64 wanted(const QString &sequence) const; // 0 when nothing special was asked
    // Keeps a block granted by the server (the sync's lease step). Throws Error for a block
    // that is empty or overlaps one this device holds.
    void addServerBlock(const QString &sequence, qint64 first, qint64 last);

private:
    qint64 takeLocalBlock(const QString &sequence);

    Database &m_db;
};

} // namespace SchoolSuite
