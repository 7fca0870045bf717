#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace SchoolSuite::Server {

// Credentials (docs/sync-protocol.md §2): 256-bit random values, base64url without padding,
// stored only as their SHA-256.
namespace Secrets {
QString randomToken();
QString sha256Hex(const QByteArray &data);
inline QString hash(const QString &token)
{
    return sha256Hex(token.toUtf8());
}
// Compares in a time that does not depend on where the values differ.
bool equal(const QByteArray &a, const QByteArray &b);
} // namespace Secrets

// Times in the database and on the wire: ISO 8601 UTC with milliseconds, which sort as text.
QString isoUtc(const QDateTime &time);
inline QString nowUtc()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}
QDateTime parseUtc(const QString &text);

} // namespace SchoolSuite::Server
