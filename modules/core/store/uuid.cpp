#include "uuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace SchoolSuite::Uuid {

namespace {
QMutex s_mutex;
qint64 s_lastMs = 0;
quint32 s_sequence = 0;
} // namespace

static QString format(qint64 unixMs, quint32 sequence);

QString v7()
{
    // Within one millisecond a 12-bit counter (rand_a) keeps ids from this process ordered, and
    // a wall clock set back does not reorder them.
    qint64 unixMs = QDateTime::currentMSecsSinceEpoch();
    quint32 sequence;
    {
        QMutexLocker lock(&s_mutex);
        if (unixMs <= s_lastMs) {
            unixMs = s_lastMs;
            if (++s_sequence > 0xfff) {
                ++unixMs;
                s_sequence = QRandomGenerator::global()->bounded(0x200);
            }
        } else {
            s_sequence = QRandomGenerator::global()->bounded(0x200);
        }
        s_lastMs = unixMs;
        sequence = s_sequence;
    }
    return format(unixMs, sequence);
}

QString v7(qint64 unixMs)
{
    return format(unixMs, QRandomGenerator::global()->bounded(0x1000));
}

static QString format(qint64 unixMs, quint32 sequence)
{
    const quint64 randB = QRandomGenerator::global()->generate64();
    const QString hex = QStringLiteral("%1%2%3%4")
                            .arg(quint64(unixMs) & 0xffffffffffffULL, 12, 16, QLatin1Char('0'))
                            .arg(0x7000 | sequence, 4, 16, QLatin1Char('0'))
                            .arg((randB >> 48 & 0x3fff) | 0x8000, 4, 16, QLatin1Char('0'))
                            .arg(randB & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
           + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

bool isValid(const QString &id)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(id).hasMatch();
}

qint64 timestampMs(const QString &id)
{
    if (!isValid(id))
        return -1;
    bool ok = false;
    const qint64 ms = (id.mid(0, 8) + id.mid(9, 4)).toLongLong(&ok, 16);
    return ok ? ms : -1;
}

QString sqlDefaultExpression()
{
    // No sub-queries are allowed in a DEFAULT, so the timestamp is spelled out twice; 'now' is
    // stable within one statement.
    const QString ms = QStringLiteral(
        "printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))");
    return QStringLiteral("(substr(%1, 1, 8) || '-' || substr(%1, 9, 4) || '-7' || "
                          "substr(lower(hex(randomblob(2))), 2, 3) || '-' || "
                          "substr('89ab', 1 + (abs(random()) % 4), 1) || "
                          "substr(lower(hex(randomblob(2))), 2, 3) || '-' || "
                          "lower(hex(randomblob(6))))")
        .arg(ms);
}

} // namespace SchoolSuite::Uuid
