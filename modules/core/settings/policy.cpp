#include "core/settings/policy.h"

#include "core/settings/settingkey.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringTokenizer>

#include <QSettings>

using namespace Qt::StringLiterals;

namespace SchoolSuite {

namespace {

Q_LOGGING_CATEGORY(lcPolicy, "schoolsuite.policy")

const char PolicyFileVariable[] = "SCHOOLSUITE_POLICY_FILE";

#ifdef Q_OS_WIN
const char RegistryPath[] = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\SchoolSuite\\SchoolSuite";
const char UserRegistryPath[] = "HKEY_CURRENT_USER\\SOFTWARE\\Policies\\SchoolSuite\\SchoolSuite";
#endif

QString describe(const QVariant &raw)
{
    if (raw.typeId() == QMetaType::QStringList)
        return raw.toStringList().join(QLatin1Char(','));
    return raw.toString();
}

} // namespace

QString Policy::systemLocation()
{
    if (qEnvironmentVariableIsSet(PolicyFileVariable))
        return qEnvironmentVariable(PolicyFileVariable);
#ifdef Q_OS_WIN
    return QString::fromLatin1(RegistryPath);
#else
    return QStringLiteral("/etc/xdg/SchoolSuite/SchoolSuite.conf");
#endif
}

Policy Policy::fromSystem()
{
#ifdef Q_OS_WIN
    if (!qEnvironmentVariableIsSet(PolicyFileVariable)) {
        const QString machineOrigin = QString::fromLatin1(RegistryPath);
        const QString userOrigin = QString::fromLatin1(UserRegistryPath);
        QSettings machine(machineOrigin, QSettings::NativeFormat);
        QSettings user(userOrigin, QSettings::NativeFormat);
        return fromStores(machine, machineOrigin, &user, userOrigin);
    }
#endif
    return fromIniFile(systemLocation());
}

Policy Policy::fromStores(QSettings &machine,
                          const QString &machineOrigin,
                          QSettings *user,
                          const QString &userOrigin)
{
    Policy policy;
    policy.m_origin = machineOrigin;
    const QStringList names = machine.childKeys();
    for (const QString &name : names)
        policy.insert(name, machine.value(name));
    if (!user)
        return policy;
    // The user's policy fills what the computer's leaves open, for keys of class Both.
    const QStringList userNames = user->childKeys();
    for (const QString &name : userNames) {
        const SettingKey *key = SettingKey::find(name);
        if (key && key->policyClass == SettingKey::PolicyClass::Machine) {
            qCWarning(lcPolicy,
                      "Policy %s in %s ignored: only the computer's policy sets it",
                      qUtf8Printable(name),
                      qUtf8Printable(userOrigin));
            continue;
        }
        if (!key || !policy.m_values.contains(key->name))
            policy.insert(name, user->value(name), userOrigin);
    }
    return policy;
}

Policy Policy::fromIniFile(const QString &path)
{
    Policy policy;
    policy.m_origin = path;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return policy; // no policy is the normal case for a home install
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcPolicy,
                  "Cannot read machine policy from %s (%s); no policy applied",
                  qUtf8Printable(path),
                  qUtf8Printable(file.errorString()));
        return policy;
    }
    policy.readIni(file.readAll());
    return policy;
}

void Policy::readIni(const QByteArray &contents)
{
    QString text = QString::fromUtf8(contents);
    if (text.startsWith(QChar(0xfeff))) // Notepad writes a byte-order mark
        text.remove(0, 1);
    bool inSettingsSection = true;
    int lineNumber = 0;
    for (QStringView line : QStringTokenizer(text, u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            const QStringView section = line.mid(1, line.size() - 2).trimmed();
            inSettingsSection = section.compare(u"General", Qt::CaseInsensitive) == 0;
            if (!inSettingsSection)
                qCWarning(lcPolicy,
                          "Section [%s] in %s ignored; put policy keys at the top",
                          qUtf8Printable(section.toString()),
                          qUtf8Printable(m_origin));
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            qCWarning(lcPolicy,
                      "Line %d of %s is not key=value; ignored",
                      lineNumber,
                      qUtf8Printable(m_origin));
            continue;
        }
        if (!inSettingsSection)
            continue;
        QString value = line.mid(equals + 1).trimmed().toString();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
            value = value.mid(1, value.size() - 2);
            value.replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s);
        }
        insert(line.left(equals).trimmed().toString(), value);
    }
}

void Policy::insert(const QString &name, const QVariant &raw, const QString &origin)
{
    const QString where = origin.isEmpty() ? m_origin : origin;
    const SettingKey *key = SettingKey::find(name);
    if (!key) {
        qCWarning(lcPolicy,
                  "Unknown machine policy key %s in %s ignored",
                  qUtf8Printable(name),
                  qUtf8Printable(where));
        return;
    }
    if (SettingKey::isBlank(raw))
        return;
    QString problem;
    const QVariant value = key->parse(raw, &problem);
    if (problem.isEmpty()) {
        m_values.insert(key->name, value);
        return;
    }
    const bool ignored = !value.isValid();
    qCWarning(lcPolicy,
              "Machine policy %s=%s in %s is %s; %s",
              qUtf8Printable(key->name),
              qUtf8Printable(describe(raw)),
              qUtf8Printable(where),
              qUtf8Printable(problem),
              ignored ? "ignored" : "used as adjusted");
    m_problems.append({key->name, describe(raw), ignored, where});
    if (!ignored)
        m_values.insert(key->name, value);
}

QString Policy::Problem::reason() const
{
    const SettingKey *known = SettingKey::find(key);
    QString why;
    if (known)
        known->parse(value, &why);
    return why;
}

bool Policy::contains(const QString &key) const
{
    const SettingKey *known = SettingKey::find(key);
    return known && m_values.contains(known->name);
}

QVariant Policy::value(const QString &key) const
{
    const SettingKey *known = SettingKey::find(key);
    return known ? m_values.value(known->name) : QVariant();
}

QStringList Policy::keys() const
{
    QStringList result = m_values.keys();
    result.sort();
    return result;
}

} // namespace SchoolSuite
