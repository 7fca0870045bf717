#include "bulkcapture.h"

#include "core/error.h"
#include "database.h"
#include "hlc.h"
#include "statement.h"
#include "syncschema.h"

#include <QCoreApplication>

namespace SchoolSuite {

namespace {

// Clock values are reserved in blocks: one write of the clock per block rather than per row,
// and changes made meanwhile through the triggers get later values than every row of the bulk.
constexpr qint64 kBlock = 4096;

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::BulkCapture", text);
}

} // namespace

struct BulkCapture::State
{
    struct Table
    {
        QString name;
        qint64 lastRowid = 0; // before the bulk
        bool searchable = false;
    };
    struct Trigger
    {
        QString name;
        QString sql;
    };
    Database *db = nullptr;
    QList<Table> tables;
    QList<Trigger> triggers; // set aside for the bulk
    struct Index
    {
        QString table;
        QString name;
        QString sql;
    };
    QList<Index> indexes; // dropped for the bulk, built again by finish()
    QList<FinishWork> work;
    qint64 lastSeq = 0; // of the outbox, before the bulk
    QString schoolId;
    QString now;
    qint64 base = 0;
    qint64 nextHlc = 1; // the clock values reserved and not yet given
    qint64 reservedEnd = 0;
    bool finished = false;
    bool failed = false; // finish() threw: the transaction must not commit

    qint64 takeHlc()
    {
        if (nextHlc > reservedEnd) {
            db->exec(HybridLogicalClock::advanceSql());
            nextHlc = HybridLogicalClock::current(db->connection());
            reservedEnd = nextHlc + kBlock - 1;
            db->exec(QStringLiteral("UPDATE sync_clock SET hlc = ?"), {reservedEnd});
        }
        return nextHlc++;
    }

    qint64 lastRowidOf(const QString &table) const
    {
        for (const Table &t : tables) {
            if (t.name == table)
                return t.lastRowid;
        }
        return 0;
    }

    void finish();
};

BulkCapture::BulkCapture(Database &db, const QStringList &tables, const QStringList &ownTriggers)
    : d(std::make_shared<State>())
{
    if (!db.inTransaction())
        throw Error(tr("Rows are written in bulk inside a transaction."));
    d->db = &db;
    for (const QString &table : tables) {
        State::Table t;
        t.name = table;
        t.lastRowid = db.scalar(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(table))
                          .toLongLong();
        t.searchable
            = db.scalar(QStringLiteral("SELECT searchable FROM sync_tables WHERE name = ?"),
                        {table})
                  .toInt()
              != 0;
        d->tables << t;
        QStringList names{table + QStringLiteral("_capture_insert")};
        if (t.searchable)
            names << table + QStringLiteral("_search_insert");
        for (const QString &name : ownTriggers) {
            if (db.scalar(QStringLiteral("SELECT tbl_name FROM sqlite_schema WHERE type = "
                                         "'trigger' AND name = ?"),
                          {name})
                    .toString()
                == table)
                names << name;
        }
        for (const QString &name : std::as_const(names)) {
            const QString sql = db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE "
                                                         "type = 'trigger' AND name = ?"),
                                          {name})
                                    .toString();
            if (sql.isEmpty())
                continue;
            d->triggers << State::Trigger{name, sql};
            db.exec(QStringLiteral("DROP TRIGGER %1").arg(name));
        }
    }
    d->lastSeq = db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox")).toLongLong();
    d->schoolId
        = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_id'")).toString();
    d->now = db.scalar(QStringLiteral("SELECT ") + SyncSchema::nowSql()).toString();
    d->base = db.scalar(QStringLiteral("SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta "
                                       "WHERE key = 'sync_cursor'), 0)"))
                  .toLongLong();
    // The state, not this object: the commit may come after the writer is gone.
    db.beforeCommit([state = d] { state->finish(); });
}

QString BulkCapture::insertSql(const QString &table, const QStringList &columns)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size() + 4; ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (school_id, hlc, created_at, updated_at, %2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

qint64 BulkCapture::nextHlc()
{
    return d->takeHlc();
}

void BulkCapture::deferIndexes(const QString &table)
{
    if (d->finished)
        throw Error(tr("Rows written in bulk were already queued for the district."));
    Database &db = *d->db;
    // sql is NULL for the indexes of PRIMARY KEY and UNIQUE constraints: those stay.
    QSqlQuery q = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = "
                                         "'index' AND tbl_name = ? AND sql IS NOT NULL"),
                          {table});
    QList<State::Index> found;
    while (q.next())
        found << State::Index{table, q.value(0).toString(), q.value(1).toString()};
    q.finish();
    for (const State::Index &index : std::as_const(found)) {
        try {
            db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.name));
        } catch (const Error &) {
            // A statement of this connection still reads the table ("database table is
            // locked"): the remaining indexes stay, only slower to fill.
            break;
        }
        d->indexes << index;
    }
}

qint64 BulkCapture::lastRowidBefore(const QString &table) const
{
    return d->lastRowidOf(table);
}

bool BulkCapture::isNewRow(const QString &table, const QString &id) const
{
    const QVariant rowid
        = d->db->scalar(QStringLiteral("SELECT rowid FROM %1 WHERE id = ?").arg(table), {id});
    return !rowid.isNull() && rowid.toLongLong() > d->lastRowidOf(table);
}

void BulkCapture::stamp(RowSink &row)
{
    if (d->schoolId.isEmpty())
        row.null();
    else
        row.text(d->schoolId);
    row.integer(nextHlc());
    row.text(d->now);
    row.text(d->now);
}

void BulkCapture::onFinish(const FinishWork &work)
{
    d->work << work;
}

void BulkCapture::finish()
{
    d->finish();
}

void BulkCapture::State::finish()
{
    if (finished)
        return;
    if (failed)
        throw Error(tr("Rows written in bulk could not be queued for the district; nothing was "
                       "written."));
    failed = true; // until the end is reached
    Database &store = *db;
    const auto lastRowid = [this](const QString &table) { return lastRowidOf(table); };
    // The indexes first: a unique one the rows break fails the bulk before anything is queued.
    for (const Index &index : std::as_const(indexes)) {
        try {
            store.exec(index.sql);
        } catch (const Error &e) {
            throw Error(tr("Rows written in bulk to %1 break a rule of the table (%2); nothing "
                           "was written.")
                            .arg(index.table, e.message()),
                        Error::Invalid);
        }
    }
    indexes.clear();
    for (const FinishWork &w : std::as_const(work))
        w(store, lastRowid);
    for (const Table &t : std::as_const(tables)) {
        // Changes the update triggers queued meanwhile for rows of the bulk would reach the
        // server before the rows themselves. (Every table is checked before any row is queued:
        // the entries of one table would lengthen the check of the next.)
        const bool touched
            = store
                  .scalar(QStringLiteral("SELECT count(*) FROM outbox o JOIN %1 t ON t.id = "
                                         "o.row_id WHERE o.seq > ? AND o.tbl = ? AND t.rowid > ?")
                              .arg(t.name),
                          {lastSeq, t.name, t.lastRowid})
                  .toInt()
              > 0;
        if (touched)
            throw Error(tr("Rows written in bulk to %1 were changed before they were queued for "
                           "the district; nothing was written.")
                            .arg(t.name));
    }
    for (const Table &t : std::as_const(tables)) {
        // Rows inserted meanwhile the ordinary way got no stamp, their trigger being aside.
        store.exec(QStringLiteral("UPDATE %1 SET hlc = ?, school_id = coalesce(school_id, ?), "
                                  "created_at = coalesce(created_at, ?), updated_at = ? WHERE "
                                  "rowid > ? AND hlc = 0")
                       .arg(t.name),
                   {takeHlc(),
                    schoolId.isEmpty() ? QVariant() : QVariant(schoolId),
                    now,
                    now,
                    t.lastRowid});
        store.exec(QStringLiteral("INSERT INTO outbox (tbl, row_id, op, hlc, fields, created_at, "
                                  "base) SELECT ?, id, 'insert', hlc, '', ?, ? FROM %1 WHERE "
                                  "rowid > ? ORDER BY rowid")
                       .arg(t.name),
                   {t.name, now, base, t.lastRowid});
        if (t.searchable) {
            store.exec(QStringLiteral("INSERT INTO search_dirty (tbl, row_id) SELECT ?, id FROM "
                                      "%1 WHERE rowid > ? ON CONFLICT DO NOTHING")
                           .arg(t.name),
                       {t.name, t.lastRowid});
        }
    }
    for (const Trigger &trigger : std::as_const(triggers))
        store.exec(trigger.sql);
    failed = false;
    finished = true;
}

} // namespace SchoolSuite
