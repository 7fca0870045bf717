#include "hardwareprobe.h"

#include "hardwareidentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QStorageInfo>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <QJsonDocument>
#include <QProcess>
#endif

namespace SchoolSuite {

namespace {
// Linux interfaces that are no network card of their own: containers, bridges, VPNs, virtual
// machines (most have no device link either; these names are skipped even when they do).
bool isVirtualInterface(const QString &name)
{
    static const QStringList prefixes{
        QStringLiteral("lo"),      QStringLiteral("docker"),  QStringLiteral("veth"),
        QStringLiteral("br-"),     QStringLiteral("virbr"),   QStringLiteral("vmnet"),
        QStringLiteral("vboxnet"), QStringLiteral("tun"),     QStringLiteral("tap"),
        QStringLiteral("wg"),      QStringLiteral("zt"),      QStringLiteral("tailscale"),
        QStringLiteral("cni"),     QStringLiteral("flannel"), QStringLiteral("kube"),
        QStringLiteral("podman"),  QStringLiteral("lxc"),     QStringLiteral("lxd"),
        QStringLiteral("dummy"),   QStringLiteral("bond"),    QStringLiteral("team"),
        QStringLiteral("vnet"),    QStringLiteral("macvtap"), QStringLiteral("bridge"),
    };
    for (const QString &prefix : prefixes) {
        if (name.startsWith(prefix))
            return true;
    }
    return false;
}

// Windows and macOS adapters by their description ("Hyper-V Virtual Ethernet Adapter").
bool isVirtualAdapter(const QString &description)
{
    static const QStringList words{QStringLiteral("virtual"),
                                   QStringLiteral("vmware"),
                                   QStringLiteral("virtualbox"),
                                   QStringLiteral("hyper-v"),
                                   QStringLiteral("vethernet"),
                                   QStringLiteral("loopback"),
                                   QStringLiteral("bluetooth"),
                                   QStringLiteral("tap-"),
                                   QStringLiteral("wan miniport"),
                                   QStringLiteral("pseudo"),
                                   QStringLiteral("vpn"),
                                   QStringLiteral("docker")};
    for (const QString &word : words) {
        if (description.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A locally administered address (bit 1 of the first octet) is made up by software: random
// Wi-Fi addresses, virtual adapters.
bool isLocallyAdministered(const QString &mac)
{
    bool ok = false;
    const int first = mac.left(2).toInt(&ok, 16);
    return ok && (first & 0x02);
}

// DMI chassis types of portable computers (SMBIOS 7.4.1).
bool isPortableChassis(int type)
{
    return type == 8 || type == 9 || type == 10 || type == 14 || type == 30 || type == 31
           || type == 32;
}
} // namespace

QJsonObject HardwareFacts::toJson() const
{
    return QJsonObject{{QStringLiteral("hostname"), hostname},
                       {QStringLiteral("os"), os},
                       {QStringLiteral("cpu"), cpu},
                       {QStringLiteral("memory_mb"), memoryMb},
                       {QStringLiteral("disk_gb"), diskGb},
                       {QStringLiteral("macs"), QJsonArray::fromStringList(macs)},
                       {QStringLiteral("serial"), serial},
                       {QStringLiteral("vendor"), vendor},
                       {QStringLiteral("product"), product}};
}

QString HardwareFacts::suggestedName() const
{
    QString name = vendor;
    if (!product.isEmpty() && !HardwareIdentity::isPlaceholderSerial(product)
        && !product.startsWith(vendor, Qt::CaseInsensitive))
        name += QLatin1Char(' ') + product;
    else if (!product.isEmpty() && !HardwareIdentity::isPlaceholderSerial(product))
        name = product;
    name = name.trimmed();
    if (name.isEmpty() || HardwareIdentity::isPlaceholderSerial(name))
        return hostname;
    return name;
}

HardwareProbe::HardwareProbe(QString root)
    : m_root(std::move(root))
{
    if (m_root.isEmpty())
        m_root = QStringLiteral("/");
}

QString HardwareProbe::path(const QString &relative) const
{
    return QDir(m_root).filePath(relative);
}

QString HardwareProbe::readText(const QString &relative) const
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(1 << 20)).trimmed();
}

HardwareFacts HardwareProbe::probe() const
{
    HardwareFacts facts;
    facts.hostname = hostname();
    facts.os = os();
    facts.cpu = cpu();
    facts.memoryMb = memoryMb();
    facts.diskGb = diskGb();
    facts.macs = macs();
    facts.laptop = hasBattery();
    readDmi(facts);
#ifdef Q_OS_WIN
    if (m_root == QLatin1String("/"))
        readWmi(facts);
#endif
    return facts;
}

QString HardwareProbe::hostname() const
{
    const QString name = readText(QStringLiteral("proc/sys/kernel/hostname"));
    return !name.isEmpty() || m_root != QLatin1String("/") ? name : QSysInfo::machineHostName();
}

QString HardwareProbe::os() const
{
    const QString release = readText(QStringLiteral("etc/os-release"));
    for (const QString &line : release.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("PRETTY_NAME="))) {
            QString value = line.mid(12).trimmed();
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"'))
                && value.endsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return m_root == QLatin1String("/") ? QSysInfo::prettyProductName() : QString();
}

QString HardwareProbe::cpu() const
{
    const QString info = readText(QStringLiteral("proc/cpuinfo"));
    QString model;
    int processors = 0;
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("processor"))
            ++processors;
        // x86: "model name"; ARM: "Hardware" or "Model".
        if (model.isEmpty()
            && (key == QLatin1String("model name") || key == QLatin1String("Hardware")
                || key == QLatin1String("Model") || key == QLatin1String("cpu model")))
            model = value.simplified();
    }
    if (model.isEmpty())
        return m_root == QLatin1String("/") ? QSysInfo::currentCpuArchitecture() : QString();
    return processors > 1 ? QStringLiteral("%1 × %2").arg(model).arg(processors) : model;
}

qint64 HardwareProbe::memoryMb() const
{
    const QString info = readText(QStringLiteral("proc/meminfo"));
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("MemTotal:"))) {
            const QStringList parts = line.mid(9).simplified().split(QLatin1Char(' '));
            const qint64 kb = parts.value(0).toLongLong();
            return kb / 1024;
        }
    }
    return 0;
}

qint64 HardwareProbe::diskGb() const
{
    QString systemVolume = m_root;
#ifdef Q_OS_WIN
    if (m_root == QLatin1String("/"))
        systemVolume = qEnvironmentVariable("SystemDrive", QStringLiteral("C:")) + QLatin1Char('/');
#endif
    const QStorageInfo storage(systemVolume);
    return storage.isValid() ? storage.bytesTotal() / (1000LL * 1000 * 1000) : 0;
}

QStringList HardwareProbe::macs() const
{
    QStringList list;
    const QDir net(path(QStringLiteral("sys/class/net")));
    if (net.exists()) {
        for (const QString &name :
             net.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
            if (isVirtualInterface(name))
                continue;
            const QString dir = QStringLiteral("sys/class/net/") + name;
            // A virtual interface has no device behind it.
            if (!QFileInfo::exists(path(dir + QStringLiteral("/device"))))
                continue;
            // ARPHRD_ETHER (Ethernet and Wi-Fi) only.
            const QString type = readText(dir + QStringLiteral("/type"));
            if (!type.isEmpty() && type != QLatin1String("1"))
                continue;
            // The burnt-in address when the adapter uses another one now.
            QString mac = HardwareIdentity::mac(
                readText(dir + QStringLiteral("/bonding_slave/perm_hwaddr")));
            if (mac.isEmpty())
                mac = HardwareIdentity::mac(readText(dir + QStringLiteral("/address")));
            if (!mac.isEmpty() && !isLocallyAdministered(mac))
                list.append(mac);
        }
    } else if (m_root == QLatin1String("/")) {
        for (const QNetworkInterface &nic : QNetworkInterface::allInterfaces()) {
            if (nic.flags().testFlag(QNetworkInterface::IsLoopBack))
                continue;
            if (nic.type() != QNetworkInterface::Ethernet && nic.type() != QNetworkInterface::Wifi)
                continue;
            if (isVirtualAdapter(nic.name()) || isVirtualAdapter(nic.humanReadableName()))
                continue;
            const QString mac = HardwareIdentity::mac(nic.hardwareAddress());
            if (!mac.isEmpty() && !isLocallyAdministered(mac))
                list.append(mac);
        }
    }
    list.sort();
    list.removeDuplicates();
    return list;
}

bool HardwareProbe::hasBattery() const
{
    const QDir supplies(path(QStringLiteral("sys/class/power_supply")));
    for (const QString &name :
         supplies.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
        const QString dir = QStringLiteral("sys/class/power_supply/") + name;
        // A wireless mouse's battery has scope "Device"; the computer's has none or "System".
        if (readText(dir + QStringLiteral("/type")) == QLatin1String("Battery")
            && readText(dir + QStringLiteral("/scope")) != QLatin1String("Device"))
            return true;
    }
    bool ok = false;
    const int chassis = readText(QStringLiteral("sys/class/dmi/id/chassis_type")).toInt(&ok);
    return ok && isPortableChassis(chassis);
}

void HardwareProbe::readDmi(HardwareFacts &facts) const
{
    const QString dmi = QStringLiteral("sys/class/dmi/id/");
    facts.uuid = HardwareIdentity::uuid(readText(dmi + QStringLiteral("product_uuid")));
    facts.serial = HardwareIdentity::serial(readText(dmi + QStringLiteral("product_serial")));
    if (facts.serial.isEmpty())
        facts.serial = HardwareIdentity::serial(readText(dmi + QStringLiteral("chassis_serial")));
    const QString vendor = readText(dmi + QStringLiteral("sys_vendor"));
    const QString product = readText(dmi + QStringLiteral("product_name"));
    facts.vendor = HardwareIdentity::isPlaceholderSerial(vendor) ? QString() : vendor;
    facts.product = HardwareIdentity::isPlaceholderSerial(product) ? QString() : product;
}

#ifdef Q_OS_WIN
// One PowerShell run answers everything WMI knows that Qt does not; no COM code needed.
void HardwareProbe::readWmi(HardwareFacts &facts) const
{
    const QString script = QStringLiteral(
        "$p = Get-CimInstance Win32_ComputerSystemProduct; "
        "$b = Get-CimInstance Win32_BIOS; "
        "$c = Get-CimInstance Win32_Processor | Select-Object -First 1; "
        "$s = Get-CimInstance Win32_ComputerSystem; "
        "$n = @(Get-CimInstance Win32_Battery).Count; "
        "[pscustomobject]@{uuid=$p.UUID; serial=$b.SerialNumber; "
        "product_serial=$p.IdentifyingNumber; "
        "vendor=$p.Vendor; product=$p.Name; cpu=$c.Name; cores=$c.NumberOfLogicalProcessors; "
        "memory=$s.TotalPhysicalMemory; batteries=$n} | ConvertTo-Json -Compress");
    QProcess process;
    process.start(QStringLiteral("powershell"),
                  {QStringLiteral("-NoProfile"),
                   QStringLiteral("-NonInteractive"),
                   QStringLiteral("-Command"),
                   script});
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(2000);
        return;
    }
    const QJsonObject wmi = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (wmi.isEmpty())
        return;
    const QString uuid = HardwareIdentity::uuid(wmi.value(QLatin1String("uuid")).toString());
    if (!uuid.isEmpty())
        facts.uuid = uuid;
    QString serial = HardwareIdentity::serial(wmi.value(QLatin1String("serial")).toString());
    if (serial.isEmpty())
        serial = HardwareIdentity::serial(wmi.value(QLatin1String("product_serial")).toString());
    if (!serial.isEmpty())
        facts.serial = serial;
    const QString vendor = wmi.value(QLatin1String("vendor")).toString().trimmed();
    const QString product = wmi.value(QLatin1String("product")).toString().trimmed();
    if (!HardwareIdentity::isPlaceholderSerial(vendor))
        facts.vendor = vendor;
    if (!HardwareIdentity::isPlaceholderSerial(product))
        facts.product = product;
    const QString cpu = wmi.value(QLatin1String("cpu")).toString().simplified();
    const int cores = wmi.value(QLatin1String("cores")).toInt();
    if (!cpu.isEmpty())
        facts.cpu = cores > 1 ? QStringLiteral("%1 × %2").arg(cpu).arg(cores) : cpu;
    const double memory = wmi.value(QLatin1String("memory")).toDouble();
    if (memory > 0)
        facts.memoryMb = qint64(memory / (1024 * 1024));
    if (wmi.value(QLatin1String("batteries")).toInt() > 0)
        facts.laptop = true;
}
#endif

} // namespace SchoolSuite
