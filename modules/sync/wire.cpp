#include "wire.h"

#include "core/error.h"

#include <QCborArray>
#include <QCborParserError>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SchoolSuite::Wire {

namespace {

constexpr qint64 kMaxExactDouble = qint64(1) << 53;

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Wire", text);
}

QJsonValue toJson(const QCborValue &v)
{
    if (v.isInteger()) {
        const qint64 i = v.toInteger();
        if (i > kMaxExactDouble || i < -kMaxExactDouble)
            return QString::number(i);
        return double(i);
    }
    if (v.isMap()) {
        QJsonObject o;
        const QCborMap m = v.toMap();
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            o.insert(it.key().toString(), toJson(it.value()));
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QCborValue &e : v.toArray())
            a.append(toJson(e));
        return a;
    }
    if (v.isByteArray())
        return QString::fromLatin1(v.toByteArray().toBase64(QByteArray::Base64UrlEncoding
                                                            | QByteArray::OmitTrailingEquals));
    return v.toJsonValue();
}

QCborValue fromJson(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Whole numbers come back as integers, as CBOR would carry them.
        if (d == double(qint64(d)) && d <= double(kMaxExactDouble) && d >= -double(kMaxExactDouble))
            return QCborValue(qint64(d));
        return QCborValue(d);
    }
    if (v.isObject()) {
        QCborMap m;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            m.insert(it.key(), fromJson(it.value()));
        return m;
    }
    if (v.isArray()) {
        QCborArray a;
        for (const QJsonValue &e : v.toArray())
            a.append(fromJson(e));
        return a;
    }
    return QCborValue::fromJsonValue(v);
}

} // namespace

QByteArray contentType(Format format)
{
    return format == Format::Json ? QByteArrayLiteral("application/json")
                                  : QByteArrayLiteral("application/cbor");
}

Format formatOf(const QByteArray &header)
{
    return header.toLower().contains("json") ? Format::Json : Format::Cbor;
}

QCborMap decode(const QByteArray &body, Format format)
{
    if (format == Format::Json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            throw Error(tr("The JSON body is malformed at byte %1: %2.")
                            .arg(error.offset)
                            .arg(error.errorString()),
                        Error::Invalid);
        if (!doc.isObject())
            throw Error(tr("The JSON body is not an object."), Error::Invalid);
        return fromJson(doc.object()).toMap();
    }
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body, &error);
    if (error.error != QCborError::NoError)
        throw Error(tr("The CBOR body is malformed at byte %1: %2.")
                        .arg(error.offset)
                        .arg(error.errorString()),
                    Error::Invalid);
    if (!value.isMap())
        throw Error(tr("The CBOR body is not a map."), Error::Invalid);
    return value.toMap();
}

QByteArray encode(const QCborMap &map, Format format)
{
    if (format == Format::Json)
        return QJsonDocument(toJson(map).toObject()).toJson(QJsonDocument::Compact);
    return map.toCborValue().toCbor();
}

QCborValue fromSql(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QCborValue(QCborValue::Null);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QCborValue(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QCborValue(value.toDouble());
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    default:
        return QCborValue(value.toString());
    }
}

QVariant toSql(const QCborValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (value.isInteger())
        return value.toInteger();
    if (value.isDouble())
        return value.toDouble();
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isByteArray())
        return value.toByteArray();
    return value.toString();
}

qint64 toInt64(const QCborValue &value, const QString &key)
{
    if (value.isInteger())
        return value.toInteger();
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 i = value.toString().toLongLong(&ok);
        if (ok)
            return i;
    }
    throw Error(tr("The value of \"%1\" is not an integer.").arg(key), Error::Invalid);
}

QString requireText(const QCborMap &map, const QString &key)
{
    const QCborValue v = map.value(key);
    if (!v.isString())
        throw Error(tr("The text value \"%1\" is missing.").arg(key), Error::Invalid);
    return v.toString();
}

} // namespace SchoolSuite::Wire
