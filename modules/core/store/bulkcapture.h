#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

namespace SchoolSuite {

class Database;
class RowSink;

// Rows written in bulk (a MARC file of 100,000 titles) without the per-row work of the insert
// triggers. For the bulk, the tables' insert triggers are set aside (dropped inside the
// transaction: the change-capture and search ones, and those the writer names as its own);
// rows are inserted with their sync columns already set (school, clock, times), and finish()
// does in one statement per table what the triggers did per row: queues every new row for the
// push — as an insert entry without fields, which the push reads from the row (OutboxFields;
// docs/sync-protocol.md §3) — and for the search index, runs the writer's own bookkeeping and
// puts the triggers back as they were.
//
// Use inside one transaction. finish() runs before the commit whatever happens
// (Database::beforeCommit), so a writer cannot leave rows uncaptured or the triggers off; a
// rollback undoes the whole bulk, triggers included. Rows of the bulk must not be updated before
// finish(): it refuses then (the transaction rolls back) rather than queue them wrongly.
class BulkCapture
{
public:
    // ownTriggers: insert triggers of the tables whose work the writer does itself in its
    // onFinish() callbacks.
    BulkCapture(Database &db, const QStringList &tables, const QStringList &ownTriggers = {});

    // "INSERT INTO table (school_id, hlc, created_at, updated_at, <columns>) VALUES (?, …)"
    static QString insertSql(const QString &table, const QStringList &columns);
    // The sync column values of the next row, given to row first (a Statement of insertSql()).
    void stamp(RowSink &row);
    qint64 nextHlc();

    // Work of the writer's own for finish(), run first. It gets the greatest rowid each table
    // had before the bulk (rows of the bulk come after it).
    using FinishWork = std::function<void(Database &, const std::function<qint64(QString)> &)>;
    void onFinish(const FinishWork &work);

    // Done by the commit at the latest; calling it earlier reports its errors where they arise.
    void finish();

private:
    struct State;
    std::shared_ptr<State> d;
};

} // namespace SchoolSuite
