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
    // Written digit by digit into one string: a bulk import makes 200,000 of them.
    const quint64 randB = QRandomGenerator::global()->generate64();
    const quint64 high = (quint64(unixMs) & 0xffffffffffffULL) << 16 | (0x7000 | sequence);
    const quint64 low = ((randB >> 48 & 0x3fff) | 0x8000) << 48 | (randB & 0xffffffffffffULL);
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString out(36, Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    auto put = [&d](quint64 value, int count) {
        for (int shift = (count - 1) * 4; shift >= 0; shift -= 4)
            *d++ = digits[value >> shift & 0xf];
    };
    put(high >> 32, 8);
    *d++ = u'-';
    put(high >> 16 & 0xffff, 4);
    *d++ = u'-';
    put(high & 0xffff, 4);
    *d++ = u'-';
    put(low >> 48, 4);
    *d++ = u'-';
    put(low & 0xffffffffffffULL, 12);
    return out;
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
