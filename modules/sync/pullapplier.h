#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace SchoolSuite {

class LocalStore;
struct TableDecl;

// Applies pulled rows to the local store (docs/sync-protocol.md §6): upsert by id with the
// pulled fields, except a field the outbox holds an unsent change of with a greater clock;
// the capture triggers stand aside and foreign keys are off (a page may reference a row of a
// later page). Rows the store refuses (a unique index: two devices created the same 学籍号
// offline) go to sync_problems and the rest of the page goes on.
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

    std::optional<Hold> bulkDeleteHold(const QCborArray &rows) const;

    // Applies rows and stores cursor as sync_cursor in one transaction. beforeCommit runs
    // inside it (tests inject a crash there). Throws Error for a malformed row; then nothing of
    // the page is applied.
    Result applyPage(const QCborArray &rows,
                     qint64 cursor,
                     const std::function<void()> &beforeCommit = {});
    // Tries the rows of open sync_problems again (the person fixed the local duplicate).
    Result retryProblems();

private:
    enum class Outcome { Applied, Skipped, Problem };
    void inApplyTransaction(const std::function<void()> &fn);
    Outcome applyRow(const QCborMap &row, Result &result);
    void writeRow(const QCborMap &row, const TableDecl &decl, Result &result);
    QHash<QString, qint64> unsentClocks(const QString &table, const QString &id) const;
    const QStringList &columnsOf(const QString &table);
    void recordProblem(const QCborMap &row, const QString &kind, const QString &message);

    LocalStore &m_store;
    QString m_schoolId;
    QHash<QString, QStringList> m_columns;
};

} // namespace SchoolSuite
