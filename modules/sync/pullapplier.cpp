#include "pullapplier.h"

#include "core/app/localstore.h"
#include "core/error.h"
#include "core/store/syncschema.h"
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

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw Error(QStringLiteral("Database error: %1 in %2").arg(q.lastError().text(), sql));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        if (why.contains(QLatin1String("UNIQUE constraint failed")))
            throw RowRefused{QStringLiteral("unique"), why};
        if (why.contains(QLatin1String("constraint failed")))
            throw RowRefused{QStringLiteral("invalid"), why};
        throw Error(QStringLiteral("Database error: %1 in %2").arg(why, sql));
    }
    return q;
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

} // namespace

PullApplier::PullApplier(LocalStore &store)
    : m_store(store)
    , m_schoolId(store.schoolId())
{}

const QStringList &PullApplier::columnsOf(const QString &table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end())
        it = m_columns.insert(table, SyncSchema::tableColumns(m_store.db().connection(), table));
    return *it;
}

std::optional<PullApplier::Hold> PullApplier::bulkDeleteHold(const QCborArray &rows) const
{
    QHash<QString, QStringList> deletedIds;
    for (const QCborValue &v : rows) {
        const QCborMap row = v.toMap();
        if (!isDeleted(row.value(QStringLiteral("deleted"))))
            continue;
        const QString table = row.value(QStringLiteral("table")).toString();
        if (SyncTables::find(table))
            deletedIds[table] << row.value(QStringLiteral("id")).toString();
    }
    const Database &db = m_store.db();
    for (auto it = deletedIds.cbegin(); it != deletedIds.cend(); ++it) {
        if (SyncSchema::tableColumns(db.connection(), it.key()).isEmpty())
            continue;
        // Only rows that are alive here count: our own deletes coming back change nothing.
        int deletes = 0;
        for (const QString &id : it.value()) {
            deletes += db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? AND "
                                                "deleted = 0")
                                     .arg(it.key()),
                                 {id})
                           .toInt();
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

PullApplier::Result PullApplier::applyPage(const QCborArray &rows,
                                           qint64 cursor,
                                           const std::function<void()> &beforeCommit)
{
    Result result;
    m_schoolId = m_store.schoolId();
    inApplyTransaction([&] {
        for (const QCborValue &v : rows) {
            if (!v.isMap())
                throw Error(tr("The server sent a row that is not a map."), Error::Invalid);
            applyRow(v.toMap(), result);
        }
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
        for (const QCborMap &row : std::as_const(rows))
            applyRow(row, result);
    });
    return result;
}

PullApplier::Outcome PullApplier::applyRow(const QCborMap &row, Result &result)
{
    const QString table = Wire::requireText(row, QStringLiteral("table"));
    const QString id = Wire::requireText(row, QStringLiteral("id"));
    const std::optional<TableDecl> decl = SyncTables::find(table);
    // A table of a module this program lacks (a newer server) waits for a newer program.
    if (!decl || columnsOf(table).isEmpty())
        return Outcome::Skipped;
    Database &db = m_store.db();
    try {
        db.transaction([&] { writeRow(row, *decl, result); });
    } catch (const RowRefused &refused) {
        recordProblem(row, refused.kind, refused.detail);
        ++result.problems;
        return Outcome::Problem;
    }
    const int resolved = db.exec(QStringLiteral("UPDATE sync_problems SET resolved_at = %1 WHERE "
                                                "tbl = ? AND row_id = ? AND resolved_at IS NULL")
                                     .arg(SyncSchema::nowSql()),
                                 {table, id})
                             .numRowsAffected();
    result.resolvedProblems += qMax(0, resolved);
    ++result.applied;
    return Outcome::Applied;
}

QHash<QString, qint64> PullApplier::unsentClocks(const QString &table, const QString &id) const
{
    QHash<QString, qint64> clocks;
    QSqlQuery q = m_store.db().exec(QStringLiteral("SELECT hlc, fields FROM outbox WHERE tbl = ? "
                                                   "AND row_id = ? AND sent_at IS NULL"),
                                    {table, id});
    while (q.next()) {
        const qint64 hlc = q.value(0).toLongLong();
        const QJsonObject fields = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            clocks[it.key()] = qMax(clocks.value(it.key()), hlc);
    }
    return clocks;
}

void PullApplier::writeRow(const QCborMap &row, const TableDecl &decl, Result &result)
{
    const QString table = decl.name;
    const QString id = row.value(QStringLiteral("id")).toString();
    const QCborMap fields = row.value(QStringLiteral("fields")).toMap();
    const QCborMap clocks = row.value(QStringLiteral("clocks")).toMap();
    const QStringList &columns = columnsOf(table);
    const QStringList syncColumns = SyncSchema::syncColumns();

    qint64 rowHlc = 0;
    for (auto it = clocks.cbegin(); it != clocks.cend(); ++it)
        rowHlc = qMax(rowHlc, Wire::toInt64(it.value(), it.key().toString()));
    if (row.contains(QStringLiteral("hlc")))
        rowHlc
            = qMax(rowHlc, Wire::toInt64(row.value(QStringLiteral("hlc")), QStringLiteral("hlc")));

    // The pulled values, by column; "deleted" travels beside the fields.
    QList<QPair<QString, QVariant>> values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString column = it.key().toString();
        if (!columns.contains(column) || syncColumns.contains(column))
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
        return v.isString() ? QVariant(v.toString()) : QVariant();
    };
    const QVariant createdAt = timeOf(QStringLiteral("created_at"));
    const QVariant updatedAt = timeOf(QStringLiteral("updated_at"));
    const QVariant schoolId = row.value(QStringLiteral("scope")).toString()
                                          == SyncSchema::scopeKey(TableScope::District)
                                      || decl.scope == TableScope::District
                                  ? QVariant(QMetaType::fromType<QString>())
                                  : QVariant(m_schoolId);

    Database &db = m_store.db();
    const QSqlDatabase connection = db.connection();
    QSqlQuery existing = run(
        connection, QStringLiteral("SELECT hlc, deleted FROM %1 WHERE id = ?").arg(table), {id});
    const bool exists = existing.next();

    if (!exists) {
        QStringList names{QStringLiteral("id"),
                          QStringLiteral("school_id"),
                          QStringLiteral("hlc"),
                          QStringLiteral("created_at"),
                          QStringLiteral("updated_at")};
        QVariantList bindings{
            id, schoolId, rowHlc, createdAt.isValid() ? createdAt : updatedAt, updatedAt};
        for (const auto &[column, value] : std::as_const(values)) {
            names << column;
            bindings << value;
        }
        QStringList marks;
        for (qsizetype i = 0; i < names.size(); ++i)
            marks << QStringLiteral("?");
        run(connection,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
            bindings);
        // created_at/updated_at may be missing from the answer: the row gets its arrival time.
        run(connection,
            QStringLiteral("UPDATE %1 SET created_at = coalesce(created_at, %2), updated_at = "
                           "coalesce(updated_at, %2) WHERE id = ?")
                .arg(table, SyncSchema::nowSql()),
            {id});
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
    const QHash<QString, qint64> unsent = unsentClocks(table, id);
    qint64 hlc = rowHlc;
    QStringList sets{QStringLiteral("school_id = ?")};
    QVariantList bindings{schoolId};
    for (const auto &[column, value] : std::as_const(values)) {
        const qint64 local = unsent.value(column, -1);
        if (local > clockOf(clocks, column, rowHlc)) {
            hlc = qMax(hlc, local);
            continue;
        }
        sets << column + QStringLiteral(" = ?");
        bindings << value;
    }
    sets << QStringLiteral("hlc = ?");
    bindings << hlc;
    if (createdAt.isValid()) {
        sets << QStringLiteral("created_at = ?");
        bindings << createdAt;
    }
    sets << QStringLiteral("updated_at = coalesce(?, %1)").arg(SyncSchema::nowSql());
    bindings << updatedAt;
    bindings << id;
    run(connection,
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))),
        bindings);
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
