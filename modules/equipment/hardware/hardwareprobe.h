#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace SchoolSuite {

// What the computer this program runs on says about itself. Placeholder serials and UUIDs are
// already dropped (HardwareIdentity), so an empty value means "unknown".
struct HardwareFacts
{
    QString hostname;
    QString os;
    QString cpu;
    qint64 memoryMb = 0;
    qint64 diskGb = 0;
    QStringList macs; // physical network adapters, "aa:bb:cc:dd:ee:ff", sorted
    QString uuid;     // SMBIOS system UUID, lower case
    QString serial;   // system serial number
    QString vendor;
    QString product;
    bool laptop = false; // a battery (or a portable chassis)

    // hw_info of the asset: {hostname, os, cpu, memory_mb, disk_gb, macs, serial, vendor, product}.
    QJsonObject toJson() const;
    // A name for a new asset: "Lenovo ThinkCentre M720t", else the host name.
    QString suggestedName() const;
};

// Reads the facts: on Linux from /proc and /sys (DMI: /sys/class/dmi/id, network adapters:
// /sys/class/net, batteries: /sys/class/power_supply), on Windows from WMI through PowerShell
// (Win32_ComputerSystemProduct, Win32_BIOS, ...), elsewhere from what Qt knows. The root folder
// stands for "/" so tests read a fake tree. Fields that cannot be read (product_uuid and
// product_serial are readable by root only on most distributions) stay empty.
class HardwareProbe
{
public:
    explicit HardwareProbe(QString root = QStringLiteral("/"));

    HardwareFacts probe() const;

    QString hostname() const;
    QString os() const;
    QString cpu() const;
    qint64 memoryMb() const;
    qint64 diskGb() const;
    QStringList macs() const;
    bool hasBattery() const;

private:
    QString path(const QString &relative) const;
    QString readText(const QString &relative) const; // trimmed; empty when unreadable
    void readDmi(HardwareFacts &facts) const;
#ifdef Q_OS_WIN
    void readWmi(HardwareFacts &facts) const;
#endif

    QString m_root;
};

} // namespace SchoolSuite
