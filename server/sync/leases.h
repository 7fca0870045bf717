#pragma once

#include "server/platform/principal.h"

#include <QCborMap>

namespace SchoolSuite::Server {

class ServerDb;

// POST /api/v1/leases (docs/sync-protocol.md §10): blocks of numbers of a named sequence per
// school, so devices that work offline never hand out the same asset tag. A block starts above
// both the school's counter and the highest number the device reports as used (a device that
// numbered items before it enrolled).
class Leases
{
public:
    static constexpr qint64 MaxCount = 10'000;
    static constexpr int MaxSequenceLength = 200;

    explicit Leases(ServerDb &db);

    // body: {"sequence": text, "count": 1..MaxCount, "used_up_to": integer ≥ 0 (optional)}.
    // Answers {"sequence", "first", "last"}. 400 bad_request / 422 invalid for a wrong body.
    QCborMap grant(const Principal &p, const QCborMap &body);

private:
    ServerDb &m_db;
};

} // namespace SchoolSuite::Server
