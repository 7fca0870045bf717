#pragma once

#include "permissions.h"

#include <QString>
#include <QStringList>

namespace SchoolSuite {

class Database;

// The signed-in user as the domain services see it. Services call require() before they act,
// so a permission holds whether the request comes from a button, the CLI or a script.
class Session
{
public:
    Session(Database &db,
            const QString &userId,
            const QString &username,
            const QString &displayName,
            Role role,
            const QString &staffId = {});

    // The local administrator running schoolsuite-cli on this machine.
    static Session commandLine(Database &db);

    QString userId() const { return m_userId; }
    QString username() const { return m_username; }
    QString displayName() const { return m_displayName; }
    Role role() const { return m_role; }
    QString staffId() const { return m_staffId; }
    Database &database() const { return m_db; }

    bool can(Permission permission) const;
    // Throws Error(PermissionDenied) and writes the denial to the audit log.
    void require(Permission permission, const QString &what = {}) const;
    // Refuses an action outside the session's scope (another class's students): audited as a
    // denial, then Error(PermissionDenied).
    [[noreturn]] void deny(const QString &what) const;
    // A homeroom teacher works on their own classes only.
    bool limitedToOwnClasses() const { return m_role == Role::HomeroomTeacher; }
    QStringList ownClassIds() const;

    void audit(const QString &action,
               const QString &table = {},
               const QString &recordId = {},
               const QString &detail = {}) const;

private:
    Database &m_db;
    QString m_userId;
    QString m_username;
    QString m_displayName;
    Role m_role;
    QString m_staffId;
};

} // namespace SchoolSuite
