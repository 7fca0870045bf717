#pragma once

#include "core/settings/policy.h"
#include "core/settings/settingkey.h"

#include <QObject>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace SchoolSuite {

// The suite's configuration: machine policy over the user's preferences over the defaults.
// Every key is declared once in SettingKey::all(). User preferences live in QSettings
// (organization and application "SchoolSuite", user scope); a key that policy sets is locked,
// and setValue() refuses to change it.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Source { Default, User, Policy };
    Q_ENUM(Source)

    // Reads the machine policy (see Policy::fromSystem()) and the user's preferences.
    explicit Settings(QObject *parent = nullptr);
    // For tools and tests: the given policy, and user preferences in the INI file userFile.
    Settings(Policy policy, const QString &userFile, QObject *parent = nullptr);
    ~Settings() override;

    QString districtUrl() const;
    QString schoolCode() const;
    // Empty means every module; use isModuleEnabled() rather than contains().
    QStringList enabledModules() const;
    bool isModuleEnabled(const QString &moduleId) const;
    // Never empty: the platform's application data folder unless policy or the user chose one.
    QString dataDirectory() const;
    // "" (system language), "zh_CN" or "en".
    QString language() const;
    int syncIntervalMinutes() const;
    bool allowOfflineSignIn() const;
    // 0 means never.
    int autoLockMinutes() const;
    QString enrollmentKey() const;

    // The effective value of a key, already of the key's type. Invalid for an unknown key.
    QVariant value(const QString &key) const;
    static QVariant defaultValue(const QString &key);
    // Stores a user preference. Returns false, and changes nothing, when the key is unknown,
    // locked by policy, policy-only, or value does not parse. Choosing the default removes the
    // preference, so a later default applies.
    bool setValue(const QString &key, const QVariant &value);
    // Forgets the user's preference for key.
    void resetValue(const QString &key);

    bool isLocked(const QString &key) const;
    Source source(const QString &key) const;
    const Policy &policy() const { return m_policy; }

    static const QList<SettingKey> &knownKeys() { return SettingKey::all(); }

    // Reads preferences, and the system policy when this object read it, again; emits changed()
    // for every key whose effective value differs.
    void reload();

signals:
    void changed(const QString &key);

private:
    QVariant userValue(const SettingKey &key) const;
    QVariant effectiveValue(const SettingKey &key) const;
    void emitChanges(const QVariantList &before);

    Policy m_policy;
    std::unique_ptr<QSettings> m_user;
    QString m_userFile; // empty: the platform's native user settings
    bool m_systemPolicy = false;
};

} // namespace SchoolSuite
