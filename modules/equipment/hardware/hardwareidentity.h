#pragma once

#include <QString>
#include <QStringList>

namespace SchoolSuite::HardwareIdentity {

// Values firmware writes when the maker left a field empty ("To be filled by O.E.M.", an SMBIOS
// UUID of 03000200-0400-0500-0006-000700080009): thousands of machines share them, so they never
// identify one. Compared trimmed and case-insensitively.
const QStringList &placeholderSerials();
const QStringList &placeholderUuids();

bool isPlaceholderSerial(const QString &serial);
// Also true for UUIDs that are all zeros or all F, and for text that is no UUID.
bool isPlaceholderUuid(const QString &uuid);

// The forms stored and compared: a UUID in lower case without braces, a serial trimmed, a MAC
// address as "aa:bb:cc:dd:ee:ff". Empty for a placeholder or malformed value.
QString uuid(const QString &raw);
QString serial(const QString &raw);
QString mac(const QString &raw);

} // namespace SchoolSuite::HardwareIdentity
