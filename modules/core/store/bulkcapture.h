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

    // The table's own indexes (those of its PRIMARY KEY and UNIQUE columns aside) dropped for the
    // bulk and built again by finish() from every row at once: for a bulk large beside what the
    // table holds, sorting once costs less than inserting each row into each index. Lookups the
    // writer makes meanwhile still work, without those indexes. Call before preparing the
    // inserts (it changes the schema). While a statement of the connection still reads the
    // table, SQLite cannot drop its indexes: they stay then, filled row by row. A rule of a unique index that the rows break is reported
    // by finish().
    void deferIndexes(const QString &table);
    // The greatest rowid the table had before the bulk (rows of the bulk come after it).
    qint64 lastRowidBefore(const QString &table) const;

    // "INSERT INTO table (school_id, hlc, created_at, updated_at, <columns>) VALUES (?, …)"
    static QString insertSql(const QString &table, const QStringList &columns);
    // The sync column values of the next row, given to row first (a Statement of insertSql()).
    void stamp(RowSink &row);
    qint64 nextHlc();
    // Whether the row of table with this id was inserted since the bulk began.
    bool isNewRow(const QString &table, const QString &id) const;

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
