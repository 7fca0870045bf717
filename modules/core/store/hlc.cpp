#include "hlc.h"

#include "database.h"

namespace SchoolSuite {

qint64 HybridLogicalClock::tick(qint64 nowMs)
{
    m_last = qMax(m_last + 1, pack(nowMs, 0));
    return m_last;
}

qint64 HybridLogicalClock::receive(qint64 remote, qint64 nowMs)
{
    m_last = qMax(qMax(m_last, remote) + 1, pack(nowMs, 0));
    return m_last;
}

QString HybridLogicalClock::advanceSql()
{
    return QStringLiteral("UPDATE sync_clock SET hlc = max(hlc + 1, "
                          "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) << 16)");
}

qint64 HybridLogicalClock::tick(const QSqlDatabase &db)
{
    Database::execOn(db, advanceSql());
    return current(db);
}

qint64 HybridLogicalClock::receive(const QSqlDatabase &db, qint64 remote)
{
    Database::execOn(db, QStringLiteral("UPDATE sync_clock SET hlc = max(hlc, ?)"), {remote});
    return tick(db);
}

qint64 HybridLogicalClock::current(const QSqlDatabase &db)
{
    QSqlQuery q = Database::execOn(db, QStringLiteral("SELECT hlc FROM sync_clock"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace SchoolSuite
