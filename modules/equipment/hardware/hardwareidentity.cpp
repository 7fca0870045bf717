#include "hardwareidentity.h"

#include <QRegularExpression>
#include <QUuid>

namespace SchoolSuite::HardwareIdentity {

const QStringList &placeholderSerials()
{
    static const QStringList list{
        QStringLiteral("To be filled by O.E.M."),
        QStringLiteral("To Be Filled By O.E.M."),
        QStringLiteral("To be filled by OEM"),
        QStringLiteral("Default string"),
        QStringLiteral("System Serial Number"),
        QStringLiteral("System Product Name"),
        QStringLiteral("Chassis Serial Number"),
        QStringLiteral("Base Board Serial Number"),
        QStringLiteral("Not Specified"),
        QStringLiteral("Not Applicable"),
        QStringLiteral("Not Available"),
        QStringLiteral("N/A"),
        QStringLiteral("NA"),
        QStringLiteral("None"),
        QStringLiteral("Null"),
        QStringLiteral("Unknown"),
        QStringLiteral("Invalid"),
        QStringLiteral("OEM"),
        QStringLiteral("O.E.M."),
        QStringLiteral("Serial"),
        QStringLiteral("SerialNumber"),
        QStringLiteral("0"),
        QStringLiteral("00000000"),
        QStringLiteral("0000000000"),
        QStringLiteral("1234567890"),
        QStringLiteral("123456789"),
        QStringLiteral("12345678"),
        QStringLiteral("xxxxxxxxxx"),
        QStringLiteral("Type1 - TBD by OEM"),
        QStringLiteral("TBD by OEM"),
        QStringLiteral("Type2 - Board Serial Number"),
    };
    return list;
}

const QStringList &placeholderUuids()
{
    static const QStringList list{
        QStringLiteral("03000200-0400-0500-0006-000700080009"),
        QStringLiteral("00020003-0004-0005-0006-000700080009"),
        QStringLiteral("12345678-1234-5678-90ab-cddeefaabbcc"),
        QStringLiteral("4c4c4544-0000-2010-8020-80c04f202020"),
        QStringLiteral("00000000-0000-0000-0000-000000000000"),
        QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff"),
    };
    return list;
}

bool isPlaceholderSerial(const QString &serial)
{
    const QString s = serial.trimmed();
    if (s.isEmpty())
        return true;
    // Only one character repeated ("0000000", "********", "...").
    if (s.count(s.front()) == s.size())
        return true;
    for (const QString &p : placeholderSerials()) {
        if (s.compare(p, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isPlaceholderUuid(const QString &raw)
{
    const QUuid parsed = QUuid::fromString(raw.trimmed());
    if (parsed.isNull())
        return true; // all zeros, or no UUID at all
    const QString canonical = parsed.toString(QUuid::WithoutBraces).toLower();
    if (canonical.count(QLatin1Char('f')) == 32)
        return true;
    return placeholderUuids().contains(canonical);
}

QString uuid(const QString &raw)
{
    if (isPlaceholderUuid(raw))
        return {};
    return QUuid::fromString(raw.trimmed()).toString(QUuid::WithoutBraces).toLower();
}

QString serial(const QString &raw)
{
    return isPlaceholderSerial(raw) ? QString() : raw.trimmed();
}

QString mac(const QString &raw)
{
    QString hex = raw.trimmed().toLower();
    hex.remove(QLatin1Char(':')).remove(QLatin1Char('-')).remove(QLatin1Char('.'));
    static const QRegularExpression twelveHex(QStringLiteral("^[0-9a-f]{12}$"));
    if (!twelveHex.match(hex).hasMatch())
        return {};
    if (hex == QLatin1String("000000000000") || hex == QLatin1String("ffffffffffff"))
        return {};
    QStringList pairs;
    for (int i = 0; i < 12; i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

} // namespace SchoolSuite::HardwareIdentity
