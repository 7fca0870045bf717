#include "leases.h"

#include "server/platform/apierror.h"
#include "server/platform/serverdb.h"

namespace SchoolSuite::Server {

namespace {
// Far below the range of BIGINT, so first + count never overflows.
constexpr qint64 kMaxNumber = Q_INT64_C(1'000'000'000'000'000);
} // namespace

Leases::Leases(ServerDb &db)
    : m_db(db)
{}

QCborMap Leases::grant(const Principal &p, const QCborMap &body)
{
    const QCborValue sequenceValue = body.value(QStringLiteral("sequence"));
    if (!sequenceValue.isString())
        throw ApiError::badRequest(QStringLiteral("\"sequence\" must be a text"));
    const QString sequence = sequenceValue.toString();
    if (sequence.trimmed().isEmpty() || sequence.size() > MaxSequenceLength)
        throw ApiError::invalid(
            QStringLiteral("\"sequence\" must be 1 to %1 characters").arg(MaxSequenceLength));
    const QCborValue countValue = body.value(QStringLiteral("count"));
    if (!countValue.isInteger())
        throw ApiError::badRequest(QStringLiteral("\"count\" must be an integer"));
    const qint64 count = countValue.toInteger();
    if (count < 1 || count > MaxCount)
        throw ApiError::invalid(QStringLiteral("\"count\" must be 1 to %1").arg(MaxCount));
    const QCborValue usedValue = body.value(QStringLiteral("used_up_to"));
    qint64 usedUpTo = 0;
    if (!usedValue.isUndefined() && !usedValue.isNull()) {
        if (!usedValue.isInteger())
            throw ApiError::badRequest(QStringLiteral("\"used_up_to\" must be an integer"));
        usedUpTo = usedValue.toInteger();
        if (usedUpTo < 0 || usedUpTo > kMaxNumber)
            throw ApiError::invalid(
                QStringLiteral("\"used_up_to\" must be 0 to %1").arg(kMaxNumber));
    }

    const QString now = ServerDb::now();
    const qint64 last = m_db.transaction([&] {
        m_db.exec(QStringLiteral("INSERT INTO lease_counters (school_id, sequence, value, "
                                 "updated_at) VALUES (?, ?, 0, ?) ON CONFLICT (school_id, "
                                 "sequence) DO NOTHING"),
                  {p.schoolId, sequence, now});
        // The UPDATE takes the row lock (PostgreSQL; SQLite's BEGIN IMMEDIATE already holds the
        // database), and the value read after it is this transaction's own until commit.
        m_db.exec(QStringLiteral("UPDATE lease_counters SET value = (CASE WHEN value < ? THEN ? "
                                 "ELSE value END) + ?, updated_at = ? WHERE school_id = ? AND "
                                 "sequence = ?"),
                  {usedUpTo, usedUpTo, count, now, p.schoolId, sequence});
        const qint64 value = m_db.scalar(QStringLiteral("SELECT value FROM lease_counters WHERE "
                                                        "school_id = ? AND sequence = ?"),
                                         {p.schoolId, sequence})
                                 .toLongLong();
        if (value > kMaxNumber)
            throw ApiError::invalid(
                QStringLiteral("the sequence %1 has no numbers left").arg(sequence));
        m_db.exec(
            QStringLiteral("INSERT INTO lease_grants (school_id, sequence, device_id, "
                           "first_number, last_number, granted_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {p.schoolId, sequence, p.deviceId, value - count + 1, value, now});
        return value;
    });
    QCborMap answer;
    answer.insert(QStringLiteral("sequence"), sequence);
    answer.insert(QStringLiteral("first"), last - count + 1);
    answer.insert(QStringLiteral("last"), last);
    return answer;
}

} // namespace SchoolSuite::Server
