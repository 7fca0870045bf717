#pragma once

#include <QString>

namespace SchoolSuite {

// Time-ordered UUIDs (RFC 9562 version 7): the first 48 bits are Unix milliseconds, so rows
// inserted together stay together in the primary-key index.
namespace Uuid {
QString v7();
QString v7(qint64 unixMs);
// The millisecond timestamp of a version-7 id, or -1 when id is not one.
qint64 timestampMs(const QString &id);
bool isValid(const QString &id);
// The same layout as a SQL expression, the DEFAULT of every synced table's id column, so rows
// inserted by raw SQL get a proper id too.
QString sqlDefaultExpression();
} // namespace Uuid

} // namespace SchoolSuite
