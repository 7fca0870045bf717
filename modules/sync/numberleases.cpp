#include "numberleases.h"

#include "core/error.h"
#include "core/store/database.h"
#include "core/store/syncschema.h"
#include "syncmeta.h"

#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::NumberLeases", text);
}

QString rememberSql()
{
    return QStringLiteral("INSERT INTO number_sequences (sequence, created_at) VALUES (?, %1) "
                          "ON CONFLICT (sequence) DO NOTHING")
        .arg(SyncSchema::nowSql());
}
} // namespace

NumberLeases::NumberLeases(Database &db)
    : m_db(db)
{}

bool NumberLeases::isEnrolled() const
{
    return !m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                        {SyncMeta::server()})
                .toString()
                .isEmpty();
}

qint64 NumberLeases::next(const QString &sequence)
{
    if (sequence.isEmpty())
        throw Error(tr("A number sequence needs a name."), Error::Invalid);
    qint64 number = 0;
    m_db.transaction([&] {
        m_db.exec(rememberSql(), {sequence});
        for (;;) {
            QSqlQuery block = m_db.exec(
                QStringLiteral("SELECT id, next, last FROM number_leases WHERE sequence = ? AND "
                               "next <= last ORDER BY first LIMIT 1"),
                {sequence});
            if (!block.next()) {
                if (isEnrolled()) {
                    // The sequence must be leased by the next sync even when the caller's
                    // transaction rolls back with this error.
                    m_db.execSurvivingRollback(rememberSql(), {sequence});
                    throw Error(tr("This computer has no numbers left for %1. Connect it to the "
                                   "district network and sync, then try again: each sync "
                                   "reserves numbers for offline work.")
                                    .arg(sequence));
                }
                takeLocalBlock(sequence);
                continue;
            }
            const qint64 id = block.value(0).toLongLong();
            qint64 candidate = block.value(1).toLongLong();
            const qint64 last = block.value(2).toLongLong();
            block.finish();
            QSqlQuery used = m_db.exec(QStringLiteral("SELECT number FROM number_used WHERE "
                                                      "sequence = ? AND number BETWEEN ? AND ? "
                                                      "ORDER BY number"),
                                       {sequence, candidate, last});
            while (used.next() && used.value(0).toLongLong() == candidate)
                ++candidate;
            used.finish();
            m_db.exec(QStringLiteral("UPDATE number_leases SET next = ? WHERE id = ?"),
                      {qMin(candidate + 1, last + 1), id});
            if (candidate <= last) {
                number = candidate;
                return;
            }
        }
    });
    return number;
}

qint64 NumberLeases::takeLocalBlock(const QString &sequence)
{
    const qint64 first = usedUpTo(sequence) + 1;
    m_db.exec(QStringLiteral("INSERT INTO number_leases (sequence, first, last, next, source, "
                             "granted_at) VALUES (?, ?, ?, ?, 'local', %1)")
                  .arg(SyncSchema::nowSql()),
              {sequence, first, first + BlockSize - 1, first});
    return first;
}

qint64 NumberLeases::remaining(const QString &sequence) const
{
    const qint64 open = m_db.scalar(QStringLiteral("SELECT coalesce(sum(last - next + 1), 0) "
                                                   "FROM number_leases WHERE sequence = ? AND "
                                                   "next <= last"),
                                    {sequence})
                            .toLongLong();
    const qint64 taken = m_db.scalar(QStringLiteral("SELECT count(*) FROM number_used u JOIN "
                                                    "number_leases l ON l.sequence = u.sequence "
                                                    "AND u.number BETWEEN l.next AND l.last "
                                                    "WHERE u.sequence = ?"),
                                     {sequence})
                             .toLongLong();
    return open - taken;
}

void NumberLeases::noteUsed(const QString &sequence, qint64 number)
{
    if (sequence.isEmpty() || number <= 0)
        return;
    m_db.exec(QStringLiteral("INSERT INTO number_used (sequence, number) VALUES (?, ?) "
                             "ON CONFLICT DO NOTHING"),
              {sequence, number});
}

void NumberLeases::noteUsed(const QList<std::pair<QString, qint64>> &numbers)
{
    if (numbers.isEmpty())
        return;
    Statement insert(m_db.connection(),
                     QStringLiteral("INSERT INTO number_used (sequence, number) VALUES (?, ?) "
                                    "ON CONFLICT DO NOTHING"));
    for (const auto &[sequence, number] : numbers) {
        if (sequence.isEmpty() || number <= 0)
            continue;
        insert.text(sequence);
        insert.integer(number);
        insert.run();
    }
}

void NumberLeases::declare(const QString &sequence)
{
    if (!sequence.isEmpty())
        m_db.exec(rememberSql(), {sequence});
}

QStringList NumberLeases::sequences() const
{
    QStringList names;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT sequence FROM number_sequences UNION SELECT sequence FROM "
                       "number_leases ORDER BY 1"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

qint64 NumberLeases::usedUpTo(const QString &sequence) const
{
    return m_db
        .scalar(QStringLiteral("SELECT max(coalesce((SELECT max(last) FROM number_leases WHERE "
                               "sequence = ?), 0), coalesce((SELECT max(number) FROM "
                               "number_used WHERE sequence = ?), 0))"),
                {sequence, sequence})
        .toLongLong();
}

namespace {
QString wantedKey(const QString &sequence)
{
    return QStringLiteral("lease_wanted:") + sequence;
}
} // namespace

void NumberLeases::want(const QString &sequence, qint64 count)
{
    if (sequence.isEmpty() || count <= wanted(sequence))
        return;
    m_db.transaction([&] {
        m_db.exec(rememberSql(), {sequence});
        m_db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                                 "DO UPDATE SET value = excluded.value"),
                  {wantedKey(sequence), QString::number(count)});
    });
}

qint64 NumberLeases::wanted(const QString &sequence) const
{
    return m_db
        .scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {wantedKey(sequence)})
        .toLongLong();
}

qint64 NumberLeases::shortfall(const QString &sequence) const
{
    const qint64 missing = qMax(ReserveBlocks * BlockSize, wanted(sequence)) - remaining(sequence);
    if (missing <= 0)
        return 0;
    return (missing + BlockSize - 1) / BlockSize * BlockSize;
}

void NumberLeases::addServerBlock(const QString &sequence, qint64 first, qint64 last)
{
    if (sequence.isEmpty() || first <= 0 || last < first)
        throw Error(tr("The district server granted an empty block of numbers (%1 to %2).")
                        .arg(first)
                        .arg(last));
    m_db.transaction([&] {
        const bool overlaps = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM "
                                                         "number_leases WHERE sequence = ? AND "
                                                         "first <= ? AND last >= ?)"),
                                          {sequence, last, first})
                                  .toBool();
        if (overlaps)
            throw Error(tr("The district server granted numbers %1 to %2 of %3, which this "
                           "computer already holds.")
                            .arg(first)
                            .arg(last)
                            .arg(sequence));
        m_db.exec(rememberSql(), {sequence});
        m_db.exec(QStringLiteral("INSERT INTO number_leases (sequence, first, last, next, source, "
                                 "granted_at) VALUES (?, ?, ?, ?, 'server', %1)")
                      .arg(SyncSchema::nowSql()),
                  {sequence, first, last, first});
        // A wish for many numbers at once (an import) is met: back to the usual reserve.
        if (remaining(sequence) >= wanted(sequence))
            m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {wantedKey(sequence)});
    });
}

} // namespace SchoolSuite
