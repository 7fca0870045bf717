#include "rowstate.h"

#include "server/platform/serverdb.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace SchoolSuite::Server {

namespace {
const QString kStamps = QStringLiteral("s");
const QString kColumns = QStringLiteral("c");

} // namespace

QByteArray RowState::encodeFields() const
{
    return fields.toCborValue().toCbor();
}

QByteArray RowState::encodeClocks() const
{
    // Most fields of a row share the stamp of the change that inserted it, so each distinct
    // stamp is stored once and the columns point at it.
    QList<const FieldClock *> distinct;
    QCborArray stamps;
    QCborMap columns;
    for (auto it = clocks.cbegin(); it != clocks.cend(); ++it) {
        const FieldClock &c = it.value();
        qsizetype index = 0;
        while (index < distinct.size()) {
            const FieldClock &d = *distinct.at(index);
            if (d.hlc == c.hlc && d.seq == c.seq && d.device == c.device && d.user == c.user)
                break;
            ++index;
        }
        if (index == distinct.size()) {
            distinct << &c;
            stamps.append(QCborArray{c.hlc, c.seq, c.device, c.user});
        }
        columns.insert(it.key(), index);
    }
    QCborMap map;
    map.insert(kStamps, stamps);
    map.insert(kColumns, columns);
    return map.toCborValue().toCbor();
}

QHash<QString, FieldClock> RowState::decodeClocks(const QByteArray &cbor)
{
    const QCborMap map = QCborValue::fromCbor(cbor).toMap();
    const QCborArray stamps = map.value(kStamps).toArray();
    QList<FieldClock> decoded;
    decoded.reserve(stamps.size());
    for (const QCborValue &s : stamps) {
        const QCborArray a = s.toArray();
        decoded << FieldClock{
            a.at(0).toInteger(), a.at(1).toInteger(), a.at(2).toString(), a.at(3).toString()};
    }
    QHash<QString, FieldClock> clocks;
    const QCborMap columns = map.value(kColumns).toMap();
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        clocks.insert(it.key().toString(), decoded.value(it.value().toInteger()));
    return clocks;
}

QByteArray RowState::encodeHlcs() const
{
    QCborMap hlcs;
    for (auto it = clocks.cbegin(); it != clocks.cend(); ++it)
        hlcs.insert(it.key(), it->hlc);
    return hlcs.toCborValue().toCbor();
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
