#include "adminmodels.h"

#include <QDateTime>
#include <QLocale>

namespace SchoolSuite {

namespace {
QString localTime(const QString &utc)
{
    const QDateTime t = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}
} // namespace

UsersModel::UsersModel(Accounts &accounts, const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_accounts(accounts)
    , m_session(session)
{
    reload();
}

void UsersModel::reload()
{
    beginResetModel();
    m_users = m_accounts.users(m_session);
    endResetModel();
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const Accounts::User &u = m_users.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UserName:
        return u.username;
    case DisplayName:
        return u.displayName;
    case RoleColumn:
        return Roles::title(u.role);
    case State:
        if (u.disabled)
            return tr("Disabled");
        if (u.lockedUntil.isValid() && u.lockedUntil > QDateTime::currentDateTimeUtc())
            return tr("Locked until %1")
                .arg(QLocale().toString(u.lockedUntil.toLocalTime().time(),
                                        QStringLiteral("HH:mm")));
        return tr("Active");
    case LastSignIn:
        return localTime(u.lastSignIn);
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserName:
        return tr("User name");
    case DisplayName:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case State:
        return tr("State");
    case LastSignIn:
        return tr("Last sign-in");
    }
    return {};
}

AuditModel::AuditModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void AuditModel::reload(int limit)
{
    beginResetModel();
    m_entries = AuditLog::recent(m_db, limit);
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditLog::Entry &e = m_entries.at(index.row());
    if (role == Qt::UserRole)
        return e.action;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case At:
        return role == Qt::DisplayRole ? localTime(e.at) : e.at;
    case User:
        return e.username;
    case Action:
        return AuditLog::actionTitle(e.action);
    case Record:
        return e.table.isEmpty() ? QString() : e.table + QLatin1Char(' ') + e.recordId;
    case Detail:
        return e.detail;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case At:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace SchoolSuite
