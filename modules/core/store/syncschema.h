#pragma once

#include "core/auth/permissions.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace SchoolSuite {

// How a synced table merges (DESIGN §3): registers per field, last writer wins; facts are
// append-only rows that are never updated.
enum class TableKind { Register, Fact };

// Who shares a table's rows (docs/sync-protocol.md §4): one school, the whole district
// (read-only for schools), or one user (a teacher's private drafts; rows carry owner_id).
enum class TableScope { School, District, Personal };

// The declaration of one synced table. The table itself is created by a module migration whose
// CREATE TABLE starts with the placeholder /*SYNC_COLUMNS*/; from the declaration and the
// table's actual columns the change-capture triggers are generated, so a column added by a
// later migration is captured without further work.
struct TableDecl
{
    QString name;
    TableKind kind = TableKind::Register;
    QString module;
    bool searchable = false;      // changes are queued for the search index
    QStringList sensitiveColumns; // personal data: masked, audited, hidden in pulls by role
    TableScope scope = TableScope::School;
    // The permission a user needs to push changes to the table; none: any user of the school.
    std::optional<Permission> writePermission;
    // The column tying a row to a class (students.class_id): homeroom teachers write, and see
    // the sensitive columns of, their own classes' rows only.
    QString classColumn;
    // Columns holding the SHA-256 of a blob (docs/sync-protocol.md §8): the sync uploads the
    // blobs of the rows it pushes and downloads those of the rows it pulls.
    QStringList blobColumns;
    // What people call the table and its columns (translated), for the Sync page and messages.
    QString title;
    QHash<QString, QString> columnTitles;

    static TableDecl reg(const QString &module, const QString &name)
    {
        TableDecl t;
        t.name = name;
        t.module = module;
        return t;
    }
    static TableDecl fact(const QString &module, const QString &name)
    {
        TableDecl t = reg(module, name);
        t.kind = TableKind::Fact;
        return t;
    }
    TableDecl &search()
    {
        searchable = true;
        return *this;
    }
    TableDecl &sensitive(const QStringList &columns)
    {
        sensitiveColumns = columns;
        return *this;
    }
    TableDecl &inScope(TableScope s)
    {
        scope = s;
        return *this;
    }
    TableDecl &writtenWith(Permission p)
    {
        writePermission = p;
        return *this;
    }
    TableDecl &byClass(const QString &column)
    {
        classColumn = column;
        return *this;
    }
    TableDecl &blobs(const QStringList &columns)
    {
        blobColumns = columns;
        return *this;
    }
    TableDecl &titled(const QString &tableTitle, const QHash<QString, QString> &columns = {})
    {
        title = tableTitle;
        columnTitles = columns;
        return *this;
    }
    QString displayTitle() const { return title.isEmpty() ? name : title; }
    QString columnTitle(const QString &column) const { return columnTitles.value(column, column); }
};

namespace SyncSchema {
// The columns every synced table has, in front of its own.
QStringList syncColumns(); // id, school_id, hlc, deleted, created_at, updated_at
QString syncColumnsSql();
// Replaces /*SYNC_COLUMNS*/ in a migration script.
QString expandMigration(const QString &script);
QString nowSql();
QString scopeKey(TableScope scope); // "school", "district", "personal"

// (Re)creates the triggers of each declared table and records the declarations in sync_tables.
// Throws Error when a declared table is missing or lacks a sync column.
void install(const QSqlDatabase &db, const QList<TableDecl> &tables);
// The trigger statements for one table with the given domain columns (exposed for tests).
// outboxHasBase: the store has migration 0006 (outbox.base), as every current store does.
QStringList triggerSql(const TableDecl &table,
                       const QStringList &domainColumns,
                       bool outboxHasBase = true);
bool hasSyncBase(const QSqlDatabase &db);
// "SELECT json_object(...) FROM table WHERE id = ?": a row's fields as the insert trigger queues
// them, for the outbox entries of rows written in bulk, which are read when pushed.
QString rowFieldsSql(const QSqlDatabase &db, const QString &table);
// Columns of a table, as SQLite reports them.
QStringList tableColumns(const QSqlDatabase &db, const QString &table);
// Names of the triggers install() creates for a table (used by `check`).
QStringList triggerNames(const TableDecl &table);
// The declared tables that exist in the store, with the trigger SQL this program writes for
// them; and what differs between that and the triggers the store holds (missing, changed).
QList<TableDecl> presentTables(const QSqlDatabase &db, const QList<TableDecl> &tables);
QStringList captureProblems(const QSqlDatabase &db, const QList<TableDecl> &tables);
} // namespace SyncSchema

} // namespace SchoolSuite
