#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace SchoolSuite {

// Machine policy, set by the school's IT staff: on Windows the registry key
// HKLM\SOFTWARE\Policies\SchoolSuite\SchoolSuite (group policy, ADMX templates, the MSI);
// elsewhere the INI file /etc/xdg/SchoolSuite/SchoolSuite.conf. When the environment variable
// SCHOOLSUITE_POLICY_FILE is set, the INI file it names is read instead, on every platform, so
// tests (and IT staff trying a policy out) need no administrator rights.
//
// Keys sit at the top level of the INI file (a [General] section works too) and are matched
// without regard to case. The file is UTF-8 (a byte-order mark is fine); lines starting with ';'
// or '#' are comments; a value may be put in double quotes. It is read by a small parser of our
// own rather than QSettings, whose process-wide cache can miss a file rewritten within the same
// clock tick, and which would split a school name at its commas. Values are parsed by
// SettingKey. A value that cannot be used (an invalid URL, an unknown module) is ignored: the key
// stays unlocked, as if the policy did not set it, so nothing changes silently; a warning names
// key, value and reason in the log and problems() keeps it for the settings dialog and
// `schoolsuite-cli config`. A number out of range is clamped and reported the same way. Empty
// values count as not configured.
//
// On Windows, keys of PolicyClass::Both may also be set for a user under HKEY_CURRENT_USER (same
// path); the computer's value wins.
class Policy
{
public:
    struct Problem
    {
        QString key;         // the key's canonical name
        QString value;       // as written in the policy
        bool ignored = true; // false: the value was used after adjusting it (clamped)
        QString origin;      // where it was read (the user's registry key differs)
        // Why, in the language installed now (the policy is read before the translations).
        QString reason() const;
    };

    Policy() = default;

    static Policy fromSystem();
    static Policy fromIniFile(const QString &path);
    // The policy as Windows keeps it, from settings stores (the registry's HKLM and HKCU keys;
    // the tests give INI files): every key of machine, then the keys of class Both that machine
    // leaves open (or sets to a value that cannot be used) from user. user may be null.
    static Policy fromStores(QSettings &machine,
                             const QString &machineOrigin,
                             QSettings *user,
                             const QString &userOrigin);
    // Where fromSystem() reads: a file path, or the registry path on Windows.
    static QString systemLocation();

    bool isEmpty() const { return m_values.isEmpty(); }
    bool contains(const QString &key) const;
    // The parsed value of a key the policy sets; an invalid QVariant when it does not set it.
    QVariant value(const QString &key) const;
    QStringList keys() const;
    QString origin() const { return m_origin; }
    // Values the policy sets but that could not be used as written, in the order read.
    QList<Problem> problems() const { return m_problems; }

private:
    void readIni(const QByteArray &contents);
    // origin: where the value came from, for the log (defaults to m_origin).
    void insert(const QString &name, const QVariant &raw, const QString &origin = {});

    QHash<QString, QVariant> m_values; // by canonical key name
    QList<Problem> m_problems;
    QString m_origin;
};

} // namespace SchoolSuite
