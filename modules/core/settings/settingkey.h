#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace SchoolSuite {

// Names of the configuration keys, as they appear in the user settings, the Windows policy key
// (HKLM\SOFTWARE\Policies\SchoolSuite\SchoolSuite) and the Linux policy file.
namespace Keys {
inline constexpr QLatin1String DistrictUrl("DistrictUrl");
inline constexpr QLatin1String SchoolCode("SchoolCode");
inline constexpr QLatin1String EnabledModules("EnabledModules");
inline constexpr QLatin1String DataDirectory("DataDirectory");
inline constexpr QLatin1String Language("Language");
inline constexpr QLatin1String SyncIntervalMinutes("SyncIntervalMinutes");
inline constexpr QLatin1String AllowOfflineSignIn("AllowOfflineSignIn");
inline constexpr QLatin1String AutoLockMinutes("AutoLockMinutes");
inline constexpr QLatin1String EnrollmentKey("EnrollmentKey");
} // namespace Keys

// One configuration key: its type, default and range. SettingKey::all() is THE table of keys
// the suite reads; the installer's ADMX templates must offer a policy for each entry.
struct SettingKey
{
    enum class Type {
        String,     // free text, trimmed
        Url,        // empty, or an absolute http(s) URL
        Path,       // empty (= the platform default), or an absolute directory; %VAR% expanded
        StringList, // a list, or one string separated by ',', ';' or spaces
        ModuleList, // a StringList of the suite's module ids (moduleIds()); unknown ids refused
        Int,        // whole number, clamped to [minimum, maximum]
        Bool,       // true/false, 1/0, yes/no, on/off
        Language,   // "" (system), "zh_CN" or "en"
    };
    enum class Scope {
        UserAndPolicy, // a preference the user may set unless policy locks it
        PolicyOnly,    // only machine policy (or the installer) sets it
    };
    // Where group policy may set the key on Windows (the ADMX policy's class): the computer's
    // key only (HKLM), or the user's too (HKCU, below the computer's).
    enum class PolicyClass { Machine, Both };

    QString name;
    Type type = Type::String;
    QVariant defaultValue;
    int minimum = 0;
    int maximum = 0;
    Scope scope = Scope::UserAndPolicy;
    const char *description = ""; // English, for the ADMX/ADML templates and the admin guide
    PolicyClass policyClass = PolicyClass::Both;

    // Converts a raw value (from an INI file, the registry or a widget) to this key's type.
    // Returns an invalid QVariant when it cannot be used; *problem then says why, in the user's
    // language. A value out of range is clamped, and *problem says so too.
    QVariant parse(const QVariant &raw, QString *problem = nullptr) const;

    // True when raw holds nothing (empty text or list): such a value means "not configured".
    static bool isBlank(const QVariant &raw);

    static const QList<SettingKey> &all();
    // The module ids EnabledModules accepts: every module of the suite, in navigation order.
    static QStringList moduleIds();
    // Case-insensitive, because the registry is; nullptr for an unknown name.
    static const SettingKey *find(const QString &name);
};

} // namespace SchoolSuite
