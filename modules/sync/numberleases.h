#pragma once

#include <QString>

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
    explicit NumberLeases(Database &db);

    // The next free number of the sequence on this device. Throws Error (saying to connect
    // and sync) when the device is enrolled and its blocks are used up.
    qint64 next(const QString &sequence);
    // Numbers this device may still hand out without the server.
    qint64 remaining(const QString &sequence) const;
    // A number that is in use whatever the blocks say (imported data): never handed out.
    void noteUsed(const QString &sequence, qint64 number);

private:
    Database &m_db;
};

} // namespace SchoolSuite
