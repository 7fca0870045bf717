#pragma once

#include "core/store/syncschema.h"

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>

class QSqlQuery;

namespace SchoolSuite {
class Database;
}

namespace SchoolSuite::Server {

// The synced tables and their columns as the modules linked into the server declare them
// (docs/sync-protocol.md §4): the client migrations are applied to a scratch in-memory SQLite
// store once at start, so a table a module adds syncs with no server code. The scratch store
// stays open to check pushed rows against the tables' CHECK and NOT NULL constraints; its
// triggers and indexes are dropped, as they check nothing a single row could break.
class Catalogue
{
public:
    enum class Type { Text, Integer, Real, Blob, Any };

    struct Column
    {
        QString name;
        QString declaredType; // as written in the migration ("INTEGER", "TEXT", "")
        Type type = Type::Any;
        bool notNull = false;
        bool hasDefault = false;
        bool checked = true; // named by a CHECK constraint (or not known not to be)
    };

    struct Table
    {
        TableDecl decl;
        QList<Column> columns; // domain columns, in table order (no sync columns)
        const Column *column(const QString &name) const;
        bool isSensitive(const QString &column) const;

    private:
        friend class Catalogue;
        QHash<QString, qsizetype> m_index;
    };

    // Every table declared by the modules in ModuleRegistry (call registerCoreModules() and
    // registerSyncModule() first). Throws Error when a migration fails or a table is missing.
    static Catalogue fromRegistry();
    // The given declarations, against the tables the registered modules' migrations create.
    explicit Catalogue(const QList<TableDecl> &declarations);
    ~Catalogue();
    Catalogue(Catalogue &&) noexcept;
    Catalogue &operator=(Catalogue &&) noexcept;

    const Table *table(const QString &name) const; // nullptr when not declared
    QStringList tableNames() const;

    // Whether a value may go into a column: INTEGER takes integers (and booleans), REAL
    // integers and doubles, TEXT text; null everywhere; never maps or arrays. Empty when fine,
    // else the reason (English, for the protocol message).
    static QString typeProblem(const Column &column, const QCborValue &value);
    // Checks a whole row (domain columns plus "deleted") against the table's constraints by
    // inserting it into the scratch store and rolling back. Empty when fine, else SQLite's
    // message ("CHECK constraint failed: grade BETWEEN 1 AND 12"). The outcome is remembered by
    // what it depends on (which columns are given, which NOT NULL ones are null, the values of
    // the columns the CHECK constraints name), so most rows of a push need no insert.
    QString constraintProblem(const Table &table, const QCborMap &row) const;

private:
    QString insertScratch(const Table &table, const QCborMap &row) const;
    void runScratch(const QString &sql) const;

    QHash<QString, Table> m_tables;
    QStringList m_names;
    std::unique_ptr<Database> m_scratch;
    // Prepared statements on the scratch store (inserts per table and column set); declared
    // after m_scratch, so they are gone before its connection closes.
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_inserts;
    mutable QHash<QByteArray, QString> m_outcomes; // constraintProblem() by what it depends on
};

} // namespace SchoolSuite::Server
