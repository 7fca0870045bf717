#include "session.h"

#include "auditlog.h"
#include "core/error.h"
#include "core/store/database.h"

#include <QCoreApplication>

namespace SchoolSuite {

Session::Session(Database &db,
                 const QString &userId,
                 const QString &username,
                 const QString &displayName,
                 Role role,
                 const QString &staffId)
    : m_db(db)
    , m_userId(userId)
    , m_username(username)
    , m_displayName(displayName)
    , m_role(role)
    , m_staffId(staffId)
{}

Session Session::commandLine(Database &db)
{
    QString who = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (who.isEmpty())
        who = QStringLiteral("system");
    return Session(db, QString(), QStringLiteral("cli:") + who, who, Role::Administrator);
}

bool Session::can(Permission permission) const
{
    return Roles::allows(m_role, permission);
}

void Session::require(Permission permission, const QString &what) const
{
    if (can(permission))
        return;
    audit(QStringLiteral("denied"),
          {},
          {},
          Roles::permissionKey(permission)
              + (what.isEmpty() ? QString() : QStringLiteral(": ") + what));
    throw Error(QCoreApplication::translate("SchoolSuite::Session", "%1 (%2) may not do this: %3.")
                    .arg(m_displayName,
                         Roles::title(m_role),
                         what.isEmpty() ? Roles::permissionKey(permission) : what),
                Error::PermissionDenied);
}

void Session::deny(const QString &what) const
{
    audit(QStringLiteral("denied"), {}, {}, QStringLiteral("scope: ") + what);
    throw Error(QCoreApplication::translate("SchoolSuite::Session", "%1 (%2) may not do this: %3.")
                    .arg(m_displayName, Roles::title(m_role), what),
                Error::PermissionDenied);
}

QStringList Session::ownClassIds() const
{
    QStringList ids;
    if (m_staffId.isEmpty())
        return ids;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM classes WHERE homeroom_staff_id = ? AND "
                                           "deleted = 0"),
                            {m_staffId});
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

void Session::audit(const QString &action,
                    const QString &table,
                    const QString &recordId,
                    const QString &detail) const
{
    AuditLog::record(m_db, m_username, action, table, recordId, detail);
}

} // namespace SchoolSuite
