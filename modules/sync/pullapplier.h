#pragma once

#include "core/store/syncschema.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace SchoolSuite {

class LocalStore;

// Applies pulled rows to the local store (docs/sync-protocol.md §6): upsert by id with the
// pulled fields, except a field the outbox holds an unsent change of with a greater clock;
// the capture triggers stand aside and foreign keys are off (a page may reference a row of a
// later page). Rows the store refuses (a unique index: two devices created the same 学籍号
// offline) go to sync_problems and the rest of the page goes on.
//
// An initial pull brings thousands of rows, so the statements are prepared once per shape and
// bound again for every row (preparing a write on a table with triggers compiles them), and a
// row needs no savepoint of its own: it is written with one statement, which SQLite undoes
// alone when the store refuses it.
class PullApplier
{
public:
    // The bulk-delete guard: a page tombstoning more than this share of a table's live rows,
    // and at least minDeletes of them, waits for confirmation.
    static constexpr int kGuardPercent = 25;
    static constexpr int kGuardMinDeletes = 20;

    struct Hold
    {
        QString table;
        int deletes = 0;
        int rows = 0; // live rows of the table here
    };
    struct Result
    {
        int applied = 0;
        int newConflicts = 0; // open sync_conflicts rows that were not here before
        int problems = 0;     // rows recorded in sync_problems
        int resolvedProblems = 0;
    };

    explicit PullApplier(LocalStore &store);
    ~PullApplier();
    PullApplier(const PullApplier &) = delete;
    PullApplier &operator=(const PullApplier &) = delete;

    std::optional<Hold> bulkDeleteHold(const QCborArray &rows);

    // Applies rows and stores cursor as sync_cursor in one transaction. beforeCommit runs
    // inside it (the sync engine moves the clock there; tests inject a crash). Throws Error for
    // a malformed row; then nothing of the page is applied.
    Result applyPage(const QCborArray &rows,
                     qint64 cursor,
                     const std::function<void()> &beforeCommit = {});
    // Tries the rows of open sync_problems again (the person fixed the local duplicate).
    Result retryProblems();

private:
    struct Table
    {
        std::optional<TableDecl> decl;
        QSet<QString> columns; // empty: the table is not in this store
    };
    void inApplyTransaction(const std::function<void()> &fn);
    void applyRow(const QCborMap &row, Result &result);
    void writeRow(const QCborMap &row, const TableDecl &decl, Result &result);
    void insertRow(const QString &table,
                   const QString &id,
                   const QVariant &schoolId,
                   qint64 hlc,
                   const QVariant &createdAt,
                   const QVariant &updatedAt,
                   const QList<QPair<QString, QVariant>> &values);
    void loadPageState(const QList<QCborMap> &rows);
    const Table &tableOf(const QString &name);
    QSqlQuery &statement(const QString &sql);
    void recordProblem(const QCborMap &row, const QString &kind, const QString &message);

    LocalStore &m_store;
    QString m_schoolId;
    QHash<QString, Table> m_tables;
    // Prepared statements by their text, for the lifetime of the applier (one sync).
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    // Of the page being applied: the clocks of unsent local changes by "table\x1fid", then
    // column; the open sync_problems by "table\x1fid".
    QHash<QString, QHash<QString, qint64>> m_unsent;
    QSet<QString> m_openProblems;
    QSet<QString> m_emptyTables; // tables without a row when the page began
    // The INSERT of each table and set of columns ("table,column,..."), of m_statements.
    QHash<QString, QSqlQuery *> m_inserts;
};

} // namespace SchoolSuite
