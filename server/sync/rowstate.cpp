#include "rowstate.h"

#include "server/platform/serverdb.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <limits>

namespace SchoolSuite::Server {

namespace {
const QString kStamps = QStringLiteral("s");
const QString kColumns = QStringLiteral("c");

// CBOR written by hand: these run for every row a push writes, and QCborMap (a linear search per
// insert) plus QCborStreamWriter on a QBuffer cost several times the encoding itself.
void writeHead(QByteArray &out, quint8 major, quint64 value)
{
    const char type = char(major << 5);
    if (value < 24) {
        out += char(type | char(value));
        return;
    }
    int bytes = 8;
    char info = 27;
    if (value <= 0xff) {
        bytes = 1;
        info = 24;
    } else if (value <= 0xffff) {
        bytes = 2;
        info = 25;
    } else if (value <= 0xffffffffULL) {
        bytes = 4;
        info = 26;
    }
    out += char(type | info);
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        out += char((value >> shift) & 0xff);
}

void writeInteger(QByteArray &out, qint64 value)
{
    if (value >= 0)
        writeHead(out, 0, quint64(value));
    else
        writeHead(out, 1, quint64(-1 - value));
}

void writeText(QByteArray &out, const QString &text)
{
    // Column names, ids and user names are mostly ASCII: written as they are, no UTF-8 copy.
    const ushort *chars = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (chars[i] >= 0x80) {
            const QByteArray utf8 = text.toUtf8();
            writeHead(out, 3, quint64(utf8.size()));
            out += utf8;
            return;
        }
    }
    writeHead(out, 3, quint64(n));
    const qsizetype at = out.size();
    out.resize(at + n);
    char *data = out.data() + at;
    for (qsizetype i = 0; i < n; ++i)
        data[i] = char(chars[i]);
}

// Reads the CBOR that encodeClocks() writes (and QCborMap::toCbor() wrote before it): definite
// lengths, text keys, integers. Anything else stops it, and decodeClocks() takes the slow path.
class ClockReader
{
public:
    explicit ClockReader(const QByteArray &cbor)
        : m_p(reinterpret_cast<const uchar *>(cbor.constData()))
        , m_end(m_p + cbor.size())
    {}

    bool head(quint8 major, quint64 &value)
    {
        if (m_p >= m_end || (*m_p >> 5) != major)
            return false;
        const uchar info = *m_p++ & 0x1f;
        if (info < 24) {
            value = info;
            return true;
        }
        const int bytes = info == 24 ? 1 : info == 25 ? 2 : info == 26 ? 4 : info == 27 ? 8 : 0;
        if (bytes == 0 || m_end - m_p < bytes)
            return false;
        value = 0;
        for (int i = 0; i < bytes; ++i)
            value = value << 8 | *m_p++;
        return true;
    }

    bool integer(qint64 &value)
    {
        quint64 raw = 0;
        if (m_p < m_end && (*m_p >> 5) == 1) {
            if (!head(1, raw) || raw > quint64(std::numeric_limits<qint64>::max()))
                return false;
            value = -1 - qint64(raw);
            return true;
        }
        if (!head(0, raw) || raw > quint64(std::numeric_limits<qint64>::max()))
            return false;
        value = qint64(raw);
        return true;
    }

    // Column names, devices and users repeat in every row: each is made a QString once.
    bool text(QString &value)
    {
        quint64 size = 0;
        if (!head(3, size) || quint64(m_end - m_p) < size)
            return false;
        const char *data = reinterpret_cast<const char *>(m_p);
        m_p += size;
        thread_local QHash<QByteArray, QString> known;
        const auto it = known.constFind(QByteArray::fromRawData(data, qsizetype(size)));
        if (it != known.cend()) {
            value = *it;
            return true;
        }
        value = QString::fromUtf8(data, qsizetype(size));
        if (known.size() < 4096)
            known.insert(QByteArray(data, qsizetype(size)), value);
        return true;
    }

    bool atEnd() const { return m_p == m_end; }

private:
    const uchar *m_p;
    const uchar *m_end;
};

bool decodeClocksFast(const QByteArray &cbor, QHash<QString, FieldClock> &clocks)
{
    ClockReader in(cbor);
    QVarLengthArray<FieldClock, 8> stamps;
    QVarLengthArray<std::pair<QString, qint64>, 32> columns;
    quint64 entries = 0;
    if (!in.head(5, entries))
        return false;
    for (quint64 e = 0; e < entries; ++e) {
        QString key;
        if (!in.text(key))
            return false;
        quint64 n = 0;
        if (key == kStamps) {
            if (!in.head(4, n))
                return false;
            for (quint64 i = 0; i < n; ++i) {
                quint64 parts = 0;
                FieldClock c;
                if (!in.head(4, parts) || parts != 4 || !in.integer(c.hlc) || !in.integer(c.seq)
                    || !in.text(c.device) || !in.text(c.user))
                    return false;
                stamps.append(c);
            }
        } else if (key == kColumns) {
            if (!in.head(5, n))
                return false;
            for (quint64 i = 0; i < n; ++i) {
                std::pair<QString, qint64> column;
                if (!in.text(column.first) || !in.integer(column.second))
                    return false;
                columns.append(column);
            }
        } else {
            return false;
        }
    }
    if (!in.atEnd())
        return false;
    clocks.reserve(columns.size());
    for (const auto &[column, index] : columns)
        clocks.insert(column,
                      index >= 0 && index < stamps.size() ? stamps.at(index) : FieldClock());
    return true;
}

} // namespace

QByteArray RowState::encodeFields() const
{
    return fields.toCborValue().toCbor();
}

QByteArray RowState::encodeClocks() const
{
    // Most fields of a row share the stamp of the change that inserted it, so each distinct
    // stamp is stored once and the columns point at it: {"s": [[hlc, seq, device, user], ...],
    // "c": {column: index into s}}.
    QVarLengthArray<const FieldClock *, 8> distinct;
    QByteArray columns;
    columns.reserve(clocks.size() * 16);
    for (auto it = clocks.cbegin(); it != clocks.cend(); ++it) {
        const FieldClock &c = it.value();
        qsizetype index = 0;
        while (index < distinct.size()) {
            const FieldClock &d = *distinct.at(index);
            if (d.hlc == c.hlc && d.seq == c.seq && d.device == c.device && d.user == c.user)
                break;
            ++index;
        }
        if (index == distinct.size())
            distinct.append(&c);
        writeText(columns, it.key());
        writeInteger(columns, index);
    }
    QByteArray out;
    out.reserve(columns.size() + distinct.size() * 64 + 8);
    writeHead(out, 5, 2);
    writeText(out, kStamps);
    writeHead(out, 4, quint64(distinct.size()));
    for (const FieldClock *c : distinct) {
        writeHead(out, 4, 4);
        writeInteger(out, c->hlc);
        writeInteger(out, c->seq);
        writeText(out, c->device);
        writeText(out, c->user);
    }
    writeText(out, kColumns);
    writeHead(out, 5, quint64(clocks.size()));
    out += columns;
    return out;
}

QHash<QString, FieldClock> RowState::decodeClocks(const QByteArray &cbor)
{
    QHash<QString, FieldClock> clocks;
    if (decodeClocksFast(cbor, clocks))
        return clocks;
    clocks.clear();
    const QCborMap map = QCborValue::fromCbor(cbor).toMap();
    const QCborArray stamps = map.value(kStamps).toArray();
    QList<FieldClock> decoded;
    decoded.reserve(stamps.size());
    for (const QCborValue &s : stamps) {
        const QCborArray a = s.toArray();
        decoded << FieldClock{
            a.at(0).toInteger(), a.at(1).toInteger(), a.at(2).toString(), a.at(3).toString()};
    }
    const QCborMap columns = map.value(kColumns).toMap();
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        clocks.insert(it.key().toString(), decoded.value(it.value().toInteger()));
    return clocks;
}

QByteArray RowState::encodeHlcs() const
{
    QByteArray out;
    out.reserve(clocks.size() * 20 + 4);
    writeHead(out, 5, quint64(clocks.size()));
    for (auto it = clocks.cbegin(); it != clocks.cend(); ++it) {
        writeText(out, it.key());
        writeInteger(out, it->hlc);
    }
    return out;
}

QSet<QString> homeroomClasses(ServerDb &db, const QString &schoolId, const QString &staffId)
{
    QSet<QString> classes;
    if (staffId.isEmpty())
        return classes;
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT id, fields FROM sync_rows WHERE tbl = "
                                              "'classes' AND school_id = ? AND deleted = 0"));
    ServerDb::run(q, {schoolId});
    const QString column = QStringLiteral("homeroom_staff_id");
    while (q.next()) {
        const QCborMap fields = QCborValue::fromCbor(q.value(1).toByteArray()).toMap();
        if (fields.value(column).toString() == staffId)
            classes.insert(q.value(0).toString());
    }
    q.finish();
    return classes;
}

QString jsonText(const QCborValue &value)
{
    if (value.isInteger())
        return QString::number(value.toInteger()); // exact beyond 2^53
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    if (value.isByteArray())
        return jsonText(QString::fromLatin1(value.toByteArray().toBase64()));
    // A one-element array is the simplest way to let QJsonDocument quote any scalar.
    const QByteArray json
        = QJsonDocument(QJsonArray{value.toJsonValue()}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace SchoolSuite::Server
