#include "core/settings/settings.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

namespace SchoolSuite {

namespace {

Q_LOGGING_CATEGORY(lcSettings, "schoolsuite.settings")

const QString Organization = QStringLiteral("SchoolSuite");
const QString Application = QStringLiteral("SchoolSuite");

std::unique_ptr<QSettings> openUserSettings(const QString &file)
{
    auto settings = file.isEmpty() ? std::make_unique<QSettings>(
                        QSettings::NativeFormat, QSettings::UserScope, Organization, Application)
                                   : std::make_unique<QSettings>(file, QSettings::IniFormat);
    // Without this, the user scope on Linux falls back to /etc/xdg/SchoolSuite/SchoolSuite.conf,
    // the policy file itself, and would report policy values as user preferences.
    settings->setFallbacksEnabled(false);
    return settings;
}

const SettingKey *lookup(const QString &name)
{
    const SettingKey *key = SettingKey::find(name);
    if (!key)
        qCWarning(lcSettings, "Unknown settings key %s", qUtf8Printable(name));
    return key;
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_policy(Policy::fromSystem())
    , m_user(openUserSettings({}))
    , m_systemPolicy(true)
{}

Settings::Settings(Policy policy, const QString &userFile, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
    , m_user(openUserSettings(userFile))
    , m_userFile(userFile)
{}

Settings::~Settings() = default;

QString Settings::districtUrl() const
{
    return value(Keys::DistrictUrl).toString();
}

QString Settings::schoolCode() const
{
    return value(Keys::SchoolCode).toString();
}

QStringList Settings::enabledModules() const
{
    return value(Keys::EnabledModules).toStringList();
}

bool Settings::isModuleEnabled(const QString &moduleId) const
{
    const QStringList modules = enabledModules();
    return modules.isEmpty() || modules.contains(moduleId);
}

QString Settings::dataDirectory() const
{
    return value(Keys::DataDirectory).toString();
}

QString Settings::language() const
{
    return value(Keys::Language).toString();
}

int Settings::syncIntervalMinutes() const
{
    return value(Keys::SyncIntervalMinutes).toInt();
}

bool Settings::allowOfflineSignIn() const
{
    return value(Keys::AllowOfflineSignIn).toBool();
}

int Settings::autoLockMinutes() const
{
    return value(Keys::AutoLockMinutes).toInt();
}

QString Settings::enrollmentKey() const
{
    return value(Keys::EnrollmentKey).toString();
}

QVariant Settings::value(const QString &key) const
{
    const SettingKey *known = lookup(key);
    return known ? effectiveValue(*known) : QVariant();
}

QVariant Settings::defaultValue(const QString &key)
{
    const SettingKey *known = lookup(key);
    if (!known)
        return {};
    if (known->name == Keys::DataDirectory)
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return known->defaultValue;
}

bool Settings::setValue(const QString &key, const QVariant &value)
{
    const SettingKey *known = lookup(key);
    if (!known || known->scope == SettingKey::Scope::PolicyOnly)
        return false;
    if (isLocked(known->name)) {
        qCInfo(lcSettings,
               "%s is set by machine policy; the change is ignored",
               qUtf8Printable(known->name));
        return false;
    }
    QString problem;
    const QVariant parsed = known->parse(value, &problem);
    if (!parsed.isValid()) {
        qCWarning(lcSettings,
                  "%s cannot be %s: %s",
                  qUtf8Printable(known->name),
                  qUtf8Printable(value.toString()),
                  qUtf8Printable(problem));
        return false;
    }
    const QVariant before = effectiveValue(*known);
    if (parsed == defaultValue(known->name)
        || (known->type == SettingKey::Type::Path && parsed.toString().isEmpty()))
        m_user->remove(known->name);
    else
        m_user->setValue(known->name, parsed);
    m_user->sync();
    if (effectiveValue(*known) != before)
        emit changed(known->name);
    return true;
}

void Settings::resetValue(const QString &key)
{
    const SettingKey *known = lookup(key);
    if (!known)
        return;
    const QVariant before = effectiveValue(*known);
    m_user->remove(known->name);
    m_user->sync();
    if (effectiveValue(*known) != before)
        emit changed(known->name);
}

bool Settings::isLocked(const QString &key) const
{
    return m_policy.contains(key);
}

Settings::Source Settings::source(const QString &key) const
{
    const SettingKey *known = lookup(key);
    if (!known)
        return Source::Default;
    if (m_policy.contains(known->name))
        return Source::Policy;
    if (userValue(*known).isValid())
        return Source::User;
    return Source::Default;
}

void Settings::reload()
{
    QVariantList before;
    for (const SettingKey &key : SettingKey::all())
        before.append(effectiveValue(key));
    if (m_systemPolicy)
        m_policy = Policy::fromSystem();
    m_user = openUserSettings(m_userFile);
    emitChanges(before);
}

QVariant Settings::userValue(const SettingKey &key) const
{
    if (key.scope == SettingKey::Scope::PolicyOnly || !m_user->contains(key.name))
        return {};
    const QVariant raw = m_user->value(key.name);
    if (SettingKey::isBlank(raw))
        return {};
    QString problem;
    const QVariant parsed = key.parse(raw, &problem);
    if (!parsed.isValid())
        qCWarning(lcSettings,
                  "User setting %s=%s is %s; using the default",
                  qUtf8Printable(key.name),
                  qUtf8Printable(raw.toString()),
                  qUtf8Printable(problem));
    return parsed;
}

QVariant Settings::effectiveValue(const SettingKey &key) const
{
    QVariant result = m_policy.value(key.name);
    if (!result.isValid())
        result = userValue(key);
    if (!result.isValid())
        result = defaultValue(key.name);
    // An empty directory means "the default one": callers always get a usable path.
    if (key.type == SettingKey::Type::Path && result.toString().isEmpty())
        result = defaultValue(key.name);
    return result;
}

void Settings::emitChanges(const QVariantList &before)
{
    const QList<SettingKey> &keys = SettingKey::all();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (effectiveValue(keys.at(i)) != before.at(i))
            emit changed(keys.at(i).name);
    }
}

} // namespace SchoolSuite
