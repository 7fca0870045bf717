#pragma once

#include "core/auth/accounts.h"
#include "core/auth/auditlog.h"

#include <QAbstractTableModel>

namespace SchoolSuite {

// The local accounts, for administrators.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserName, DisplayName, RoleColumn, State, LastSignIn, ColumnCount };
    UsersModel(Accounts &accounts, const Session &session, QObject *parent = nullptr);

    void reload();
    Accounts::User user(int row) const { return m_users.value(row); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Accounts &m_accounts;
    const Session &m_session;
    QList<Accounts::User> m_users;
};

// The audit log, newest first.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { At, User, Action, Record, Detail, ColumnCount };
    AuditModel(Database &db, QObject *parent = nullptr);

    void reload(int limit = 1000);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QList<AuditLog::Entry> m_entries;
};

} // namespace SchoolSuite
