#pragma once

#include <QtGlobal>

class QSqlDatabase;

namespace SchoolSuite {

// A hybrid logical clock (Kulkarni et al.): the upper 48 bits are wall-clock milliseconds, the
// lower 16 a counter. Values only grow, even when the wall clock goes back, and after seeing a
// remote value the next local one is greater than it, so "last writer wins" follows causality.
class HybridLogicalClock
{
public:
    static constexpr int CounterBits = 16;

    static qint64 pack(qint64 unixMs, quint32 counter)
    {
        return (unixMs << CounterBits) | (counter & 0xffff);
    }
    static qint64 physicalMs(qint64 hlc) { return hlc >> CounterBits; }
    static quint32 counter(qint64 hlc) { return quint32(hlc & 0xffff); }

    explicit HybridLogicalClock(qint64 last = 0)
        : m_last(last)
    {}

    qint64 last() const { return m_last; }
    // A new local event at wall-clock time nowMs.
    qint64 tick(qint64 nowMs);
    // A remote value was seen (a pulled change): the clock moves past it.
    qint64 receive(qint64 remote, qint64 nowMs);

    // The same rules against the store's clock row (table sync_clock), which the change-capture
    // triggers advance with the SQL expression advanceSql().
    static qint64 tick(const QSqlDatabase &db);
    static qint64 receive(const QSqlDatabase &db, qint64 remote);
    static qint64 current(const QSqlDatabase &db);
    static QString advanceSql();

private:
    qint64 m_last;
};

} // namespace SchoolSuite
