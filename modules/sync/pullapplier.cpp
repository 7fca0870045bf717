#include "pullapplier.h"

#include "core/app/localstore.h"
#include "core/error.h"
#include "core/store/outbox.h"
#include "synctables.h"
#include "wire.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::PullApplier", text);
}

// A statement the store refused because of the row's values (unique index, CHECK, NOT NULL),
// as opposed to a broken statement.
struct RowRefused
{
    QString kind; // "unique" or "invalid"
    QString detail;
};

void run(QSqlQuery &q, const QVariantList &bindings)
{
    for (qsizetype i = 0; i < bindings.size(); ++i)
        q.bindValue(int(i), bindings.at(i));
    if (!q.exec()) {
        const QString why = q.lastError().text();
        q.finish();
        if (why.contains(QLatin1String("UNIQUE constraint failed")))
            throw RowRefused{QStringLiteral("unique"), why};
        if (why.contains(QLatin1String("constraint failed")))
            throw RowRefused{QStringLiteral("invalid"), why};
        throw Error(QStringLiteral("Database error: %1 in %2").arg(why, q.lastQuery()));
    }
}

QString rowKey(const QString &table, const QString &id)
{
    return table + QChar(0x1f) + id;
}

// The server sends the tombstone as a boolean; an integer 0/1 is accepted as well.
bool isDeleted(const QCborValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isUndefined() || v.isNull())
        return false;
    return Wire::toInt64(v, QStringLiteral("deleted")) != 0;
}

qint64 clockOf(const QCborMap &clocks, const QString &column, qint64 fallback)
{
    const QCborValue v = clocks.value(column);
    return v.isUndefined() || v.isNull() ? fallback : Wire::toInt64(v, column);
}

const QSet<QString> &syncColumns()
{
    static const QSet<QString> columns = [] {
        const QStringList list = SyncSchema::syncColumns();
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return columns;
}

// The store refused an INSERT because a row with its id exists.
bool isIdConflict(const QString &detail, const QString &table)
{
    const QString key = QStringLiteral("failed: %1.id").arg(table);
    const qsizetype at = detail.indexOf(key);
    if (at < 0)
        return false;
    const qsizetype after = at + key.size();
    return after >= detail.size()
           || !(detail.at(after).isLetterOrNumber() || detail.at(after) == QLatin1Char('_'));
}

QString marks(qsizetype n)
{
    QStringList list;
    for (qsizetype i = 0; i < n; ++i)
        list << QStringLiteral("?");
    return list.join(QStringLiteral(", "));
}

} // namespace

PullApplier::PullApplier(LocalStore &store)
    : m_store(store)
    , m_schoolId(store.schoolId())
{}

PullApplier::~PullApplier() = default;

const PullApplier::Table &PullApplier::tableOf(const QString &name)
{
    auto it = m_tables.find(name);
    if (it == m_tables.end()) {
        Table table;
        table.decl = SyncTables::find(name);
        if (table.decl) {
            const QStringList columns = SyncSchema::tableColumns(m_store.db().connection(), name);
            table.columns = QSet<QString>(columns.cbegin(), columns.cend());
        }
        it = m_tables.insert(name, table);
    }
    return *it;
}

QSqlQuery &PullApplier::statement(const QString &sql)
{
    std::shared_ptr<QSqlQuery> &q = m_statements[sql];
    if (!q) {
        q = std::make_shared<QSqlQuery>(m_store.db().connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            const QString why = q->lastError().text();
            m_statements.remove(sql);
            throw Error(QStringLiteral("Database error: %1 in %2").arg(why, sql));
        }
    }
    return *q;
}

std::optional<PullApplier::Hold> PullApplier::bulkDeleteHold(const QCborArray &rows)
{
    QHash<QString, QStringList> deletedIds;
    for (const QCborValue &v : rows) {
        const QCborMap row = v.toMap();
        if (!isDeleted(row.value(QStringLiteral("deleted"))))
            continue;
        const QString table = row.value(QStringLiteral("table")).toString();
        if (tableOf(table).decl)
            deletedIds[table] << row.value(QStringLiteral("id")).toString();
    }
    const Database &db = m_store.db();
    for (auto it = deletedIds.cbegin(); it != deletedIds.cend(); ++it) {
        if (tableOf(it.key()).columns.isEmpty())
            continue;
        // Only rows that are alive here count: our own deletes coming back change nothing.
        QSqlQuery &alive = statement(
            QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? AND deleted = 0").arg(it.key()));
        int deletes = 0;
        for (const QString &id : it.value()) {
            run(alive, {id});
            deletes += alive.next() ? alive.value(0).toInt() : 0;
            alive.finish();
        }
        const int live
            = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(it.key()))
                  .toInt();
        if (deletes >= kGuardMinDeletes && deletes * 100 > live * kGuardPercent)
            return Hold{it.key(), deletes, live};
    }
    return std::nullopt;
}

void PullApplier::inApplyTransaction(const std::function<void()> &fn)
{
    Database &db = m_store.db();
    // The pulled data is the district's and may reference rows of a later page; the pragma
    // cannot change inside a transaction, so it is set around it.
    db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    try {
        db.transaction([&] {
            db.exec(QStringLiteral("UPDATE sync_clock SET applying = 1"));
            fn();
            db.exec(QStringLiteral("UPDATE sync_clock SET applying = 0"));
        });
    } catch (...) {
        db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        throw;
    }
    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

// What the rows of a page need to know about the store, read once for the page: the outbox
// and sync_problems are not indexed by row, and neither changes while the page is applied.
void PullApplier::loadPageState(const QList<QCborMap> &rows)
{
    m_unsent.clear();
    m_openProblems.clear();
    const Database &db = m_store.db();
    QSqlQuery q = db.exec(QStringLiteral("SELECT tbl, row_id, hlc, fields FROM outbox WHERE "
                                         "sent_at IS NULL"));
    OutboxFields stored(db.connection());
    if (q.next()) {
        QSet<QString> keys;
        for (const QCborMap &row : rows)
            keys << rowKey(row.value(QStringLiteral("table")).toString(),
                           row.value(QStringLiteral("id")).toString());
        do {
            const QString key = rowKey(q.value(0).toString(), q.value(1).toString());
            if (!keys.contains(key))
                continue;
            const qint64 hlc = q.value(2).toLongLong();
            QHash<QString, qint64> &clocks = m_unsent[key];
            const QJsonObject fields
                = QJsonDocument::fromJson(stored.json(q.value(0).toString(),
                                                      q.value(1).toString(),
                                                      q.value(3).toByteArray()))
                      .object();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                clocks[it.key()] = qMax(clocks.value(it.key()), hlc);
        } while (q.next());
    }
    q = db.exec(QStringLiteral("SELECT tbl, row_id FROM sync_problems WHERE resolved_at IS NULL"));
    while (q.next())
        m_openProblems << rowKey(q.value(0).toString(), q.value(1).toString());
    m_emptyTables.clear();
    QSet<QString> seen;
    for (const QCborMap &row : rows) {
        const QString table = row.value(QStringLiteral("table")).toString();
        if (seen.contains(table))
            continue;
        seen << table;
        if (tableOf(table).columns.isEmpty())
            continue;
        QSqlQuery &any = statement(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table));
        run(any, {});
        if (any.next() && !any.value(0).toBool())
            m_emptyTables << table;
        any.finish();
    }
}

PullApplier::Result PullApplier::applyPage(const QCborArray &rows,
                                           qint64 cursor,
                                           const std::function<void()> &beforeCommit)
{
    QList<QCborMap> maps;
    maps.reserve(rows.size());
    for (const QCborValue &v : rows) {
        if (!v.isMap())
            throw Error(tr("The server sent a row that is not a map."), Error::Invalid);
        maps << v.toMap();
    }
    Result result;
    m_schoolId = m_store.schoolId();
    inApplyTransaction([&] {
        loadPageState(maps);
        for (const QCborMap &row : std::as_const(maps))
            applyRow(row, result);
        m_store.setMeta(QStringLiteral("sync_cursor"), QString::number(cursor));
        if (beforeCommit)
            beforeCommit();
    });
    return result;
}

PullApplier::Result PullApplier::retryProblems()
{
    Result result;
    m_schoolId = m_store.schoolId();
    QList<QCborMap> rows;
    QSqlQuery q = m_store.db().exec(
        QStringLiteral("SELECT row_data FROM sync_problems WHERE resolved_at IS NULL ORDER BY id"));
    while (q.next())
        rows << QCborValue::fromCbor(q.value(0).toByteArray()).toMap();
    if (rows.isEmpty())
        return result;
    inApplyTransaction([&] {
        loadPageState(rows);
        for (const QCborMap &row : std::as_const(rows))
            applyRow(row, result);
    });
    return result;
}

void PullApplier::applyRow(const QCborMap &row, Result &result)
{
    const QString table = Wire::requireText(row, QStringLiteral("table"));
    const QString id = Wire::requireText(row, QStringLiteral("id"));
    const Table &info = tableOf(table);
    // A table of a module this program lacks (a newer server) waits for a newer program.
    if (!info.decl || info.columns.isEmpty())
        return;
    try {
        writeRow(row, *info.decl, result);
    } catch (const RowRefused &refused) {
        // writeRow changes the store with one statement, and SQLite undoes a statement that
        // fails a constraint (ABORT, the only conflict resolution the schema uses) and nothing
        // else: the refused row left nothing behind, no savepoint needed.
        recordProblem(row, refused.kind, refused.detail);
        ++result.problems;
        return;
    }
    const QString key = rowKey(table, id);
    if (m_openProblems.contains(key)) {
        QSqlQuery &resolve = statement(QStringLiteral("UPDATE sync_problems SET resolved_at = %1 "
                                                      "WHERE tbl = ? AND row_id = ? AND "
                                                      "resolved_at IS NULL")
                                           .arg(SyncSchema::nowSql()));
        run(resolve, {table, id});
        result.resolvedProblems += qMax(0, resolve.numRowsAffected());
        m_openProblems.remove(key);
    }
    ++result.applied;
}

void PullApplier::writeRow(const QCborMap &row, const TableDecl &decl, Result &result)
{
    const QString table = decl.name;
    const QString id = row.value(QStringLiteral("id")).toString();
    const QCborMap fields = row.value(QStringLiteral("fields")).toMap();
    const QCborMap clocks = row.value(QStringLiteral("clocks")).toMap();
    const QSet<QString> &columns = tableOf(table).columns;

    qint64 rowHlc = 0;
    for (auto it = clocks.cbegin(); it != clocks.cend(); ++it)
        rowHlc = qMax(rowHlc, Wire::toInt64(it.value(), it.key().toString()));
    if (row.contains(QStringLiteral("hlc")))
        rowHlc
            = qMax(rowHlc, Wire::toInt64(row.value(QStringLiteral("hlc")), QStringLiteral("hlc")));

    // The pulled values, by column; "deleted" travels beside the fields.
    QList<QPair<QString, QVariant>> values;
    values.reserve(fields.size() + 1);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString column = it.key().toString();
        if (!columns.contains(column) || syncColumns().contains(column))
            continue;
        values << qMakePair(column, Wire::toSql(it.value()));
    }
    const QCborValue deletedValue = row.contains(QStringLiteral("deleted"))
                                        ? row.value(QStringLiteral("deleted"))
                                        : fields.value(QStringLiteral("deleted"));
    if (!deletedValue.isUndefined() && !deletedValue.isNull())
        values << qMakePair(QStringLiteral("deleted"), QVariant(isDeleted(deletedValue) ? 1 : 0));

    auto timeOf = [&](const QString &key) {
        const QCborValue v = row.contains(key) ? row.value(key) : fields.value(key);
        return v.isString() ? QVariant(v.toString()) : QVariant(QMetaType::fromType<QString>());
    };
    const bool hasCreatedAt
        = (row.contains(QStringLiteral("created_at")) ? row.value(QStringLiteral("created_at"))
                                                      : fields.value(QStringLiteral("created_at")))
              .isString();
    const QVariant createdAt = timeOf(QStringLiteral("created_at"));
    const QVariant updatedAt = timeOf(QStringLiteral("updated_at"));
    const QVariant schoolId = row.value(QStringLiteral("scope")).toString()
                                          == SyncSchema::scopeKey(TableScope::District)
                                      || decl.scope == TableScope::District
                                  ? QVariant(QMetaType::fromType<QString>())
                                  : QVariant(m_schoolId);
    const QString now = SyncSchema::nowSql();

    // A table that was empty when the page began needs no look-up: the row is new (an initial
    // pull), unless the page brings it twice.
    bool exists = false;
    if (!m_emptyTables.contains(table)) {
        QSqlQuery &existing = statement(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
        run(existing, {id});
        exists = existing.next();
        existing.finish();
    }
    if (!exists) {
        try {
            insertRow(table,
                      id,
                      schoolId,
                      rowHlc,
                      hasCreatedAt ? createdAt : updatedAt,
                      updatedAt,
                      values);
        } catch (const RowRefused &refused) {
            if (!m_emptyTables.contains(table) || !isIdConflict(refused.detail, table))
                throw;
            exists = true;
        }
    }
    if (!exists) {
        if (table == QLatin1String("sync_conflicts")) {
            const bool open = fields.value(QStringLiteral("resolved_at")).isNull()
                              || fields.value(QStringLiteral("resolved_at")).isUndefined();
            const bool alive = !isDeleted(deletedValue);
            if (open && alive)
                ++result.newConflicts;
        }
        return;
    }

    // A local change not yet pushed with a newer clock keeps its value: it wins on the server.
    static const QHash<QString, qint64> kNone;
    const auto unsentIt = m_unsent.constFind(rowKey(table, id));
    const QHash<QString, qint64> &unsent = unsentIt == m_unsent.cend() ? kNone : *unsentIt;
    qint64 hlc = rowHlc;
    QString sets = QStringLiteral("school_id = ?");
    QVariantList bindings{schoolId};
    for (const auto &[column, value] : std::as_const(values)) {
        const qint64 local = unsent.value(column, -1);
        if (local > clockOf(clocks, column, rowHlc)) {
            hlc = qMax(hlc, local);
            continue;
        }
        sets += QStringLiteral(", ") + column + QStringLiteral(" = ?");
        bindings << value;
    }
    sets += QStringLiteral(", hlc = ?");
    bindings << hlc;
    if (hasCreatedAt) {
        sets += QStringLiteral(", created_at = ?");
        bindings << createdAt;
    }
    sets += QStringLiteral(", updated_at = coalesce(?, %1)").arg(now);
    bindings << updatedAt << id;
    run(statement(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets)), bindings);
}

void PullApplier::insertRow(const QString &table,
                            const QString &id,
                            const QVariant &schoolId,
                            qint64 hlc,
                            const QVariant &createdAt,
                            const QVariant &updatedAt,
                            const QList<QPair<QString, QVariant>> &values)
{
    // The statement for this table and these columns; its text is made only the first time.
    QString shape = table;
    for (const auto &value : values)
        shape += QLatin1Char(',') + value.first;
    QSqlQuery *&insert = m_inserts[shape];
    if (!insert) {
        QString names = QStringLiteral("id, school_id, hlc, created_at, updated_at");
        for (const auto &value : values)
            names += QStringLiteral(", ") + value.first;
        // created_at/updated_at may be missing from the answer: the row gets its arrival time.
        insert = &statement(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (?, ?, ?, coalesce(?, %3), "
                           "coalesce(?, %3)%4)")
                .arg(table,
                     names,
                     SyncSchema::nowSql(),
                     values.isEmpty() ? QString() : QStringLiteral(", ") + marks(values.size())));
    }
    QVariantList bindings{id, schoolId, hlc, createdAt, updatedAt};
    bindings.reserve(5 + values.size());
    for (const auto &value : values)
        bindings << value.second;
    run(*insert, bindings);
}

void PullApplier::recordProblem(const QCborMap &row, const QString &kind, const QString &detail)
{
    const QString table = row.value(QStringLiteral("table")).toString();
    const QString id = row.value(QStringLiteral("id")).toString();
    const QString message
        = kind == QLatin1String("unique")
              ? tr("A row of %1 from the district has the same key as a row of this device (%2). "
                   "Change or remove one of them; the next sync applies the district's row.")
                    .arg(table, detail)
              : tr("A row of %1 from the district does not fit this device's data (%2).")
                    .arg(table, detail);
    m_store.db().exec(
        QStringLiteral("INSERT INTO sync_problems (tbl, row_id, kind, message, row_data, "
                       "detected_at) VALUES (?, ?, ?, ?, ?, %1) ON CONFLICT (tbl, row_id) WHERE "
                       "resolved_at IS NULL DO UPDATE SET kind = excluded.kind, message = "
                       "excluded.message, row_data = excluded.row_data")
            .arg(SyncSchema::nowSql()),
        {table, id, kind, message, row.toCborValue().toCbor()});
}

} // namespace SchoolSuite
