#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QVariant>

namespace SchoolSuite::Wire {

// The body format of the sync protocol (docs/sync-protocol.md §1): CBOR, or JSON for debugging.
enum class Format { Cbor, Json };

QByteArray contentType(Format format);
// JSON when the header names json, else CBOR.
Format formatOf(const QByteArray &contentTypeHeader);

// Throws Error(Invalid) naming what is wrong when the body is not one well-formed map.
QCborMap decode(const QByteArray &body, Format format);
// Integers beyond 2^53 become decimal strings in JSON so no digit is lost.
QByteArray encode(const QCborMap &map, Format format);

// A column value on the wire and in SQL: null, integer, double, text or bytes.
QCborValue fromSql(const QVariant &value);
QVariant toSql(const QCborValue &value);

// An integer sent as a CBOR integer, a JSON number or a decimal string. Throws Error(Invalid)
// naming key when it is none of these.
qint64 toInt64(const QCborValue &value, const QString &key);
// A required text value; throws Error(Invalid) naming key when missing or not text.
QString requireText(const QCborMap &map, const QString &key);

} // namespace SchoolSuite::Wire
