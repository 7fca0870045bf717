#include "syncschema.h"

#include "core/error.h"
#include "database.h"
#include "hlc.h"
#include "uuid.h"

#include <QCoreApplication>

namespace SchoolSuite::SyncSchema {

namespace {

const QString kPlaceholder = QStringLiteral("/*SYNC_COLUMNS*/");

QString notApplying()
{
    // Rows applied by a sync pull carry their own clock and are not sent back.
    return QStringLiteral("(SELECT applying FROM sync_clock) = 0");
}

// The server sequence this device had pulled when the change was made: the server tells from it
// whether the change saw the value it replaces (docs/sync-protocol.md §5).
QString baseSql()
{
    return QStringLiteral(
        "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'sync_cursor'), 0)");
}

QString jsonObject(const QStringList &columns, const QString &prefix)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << QStringLiteral("'%1', %2%1").arg(c, prefix);
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

} // namespace

QStringList syncColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("school_id"),
            QStringLiteral("hlc"),
            QStringLiteral("deleted"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at")};
}

QString nowSql()
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

QString scopeKey(TableScope scope)
{
    switch (scope) {
    case TableScope::School:
        return QStringLiteral("school");
    case TableScope::District:
        return QStringLiteral("district");
    case TableScope::Personal:
        return QStringLiteral("personal");
    }
    return {};
}

QString syncColumnsSql()
{
    return QStringLiteral("id TEXT PRIMARY KEY NOT NULL DEFAULT %1,\n"
                          "    school_id TEXT,\n"
                          "    hlc INTEGER NOT NULL DEFAULT 0,\n"
                          "    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),\n"
                          "    created_at TEXT,\n"
                          "    updated_at TEXT,\n   ")
        .arg(Uuid::sqlDefaultExpression());
}

QString expandMigration(const QString &script)
{
    QString out = script;
    return out.replace(kPlaceholder, syncColumnsSql());
}

QStringList triggerNames(const TableDecl &t)
{
    QStringList names{t.name + QStringLiteral("_capture_insert"),
                      t.name + QStringLiteral("_capture_update"),
                      t.name + QStringLiteral("_guard_delete"),
                      t.name + QStringLiteral("_guard_id")};
    if (t.kind == TableKind::Fact)
        names << t.name + QStringLiteral("_guard_fact");
    if (t.scope == TableScope::District)
        names << t.name + QStringLiteral("_guard_district_insert")
              << t.name + QStringLiteral("_guard_district_update");
    if (t.searchable)
        names << t.name + QStringLiteral("_search_insert")
              << t.name + QStringLiteral("_search_update");
    return names;
}

QStringList triggerSql(const TableDecl &t, const QStringList &columns, bool outboxHasBase)
{
    const QString tbl = t.name;
    const QString now = nowSql();
    const QString advance = HybridLogicalClock::advanceSql();
    QStringList all = columns;
    all << QStringLiteral("deleted");
    QStringList sql;
    // Stores older than migration 0006 have no outbox.base yet (the triggers are installed
    // after every migration, also while upgrading through the earlier ones).
    const QString baseColumn = outboxHasBase ? QStringLiteral(", base") : QString();
    const QString baseValue = outboxHasBase ? QStringLiteral(", ") + baseSql() : QString();

    // Insert: stamp the clock, the school and the times, then queue the whole row. (Rows written
    // in bulk are queued by BulkCapture, which sets this trigger aside meanwhile.)
    sql << QStringLiteral(
               "CREATE TRIGGER %1_capture_insert AFTER INSERT ON %1 WHEN %2 BEGIN\n"
               "  %3;\n"
               "  UPDATE %1 SET hlc = (SELECT hlc FROM sync_clock),\n"
               "    school_id = coalesce(NEW.school_id, (SELECT value FROM meta WHERE key = "
               "'school_id')),\n"
               "    created_at = coalesce(NEW.created_at, %4), updated_at = %4\n"
               "    WHERE rowid = NEW.rowid;\n"
               "  INSERT INTO outbox (tbl, row_id, op, hlc, fields, created_at%6)\n"
               "    SELECT '%1', id, 'insert', hlc, %5, %4%7 FROM %1 WHERE rowid = NEW.rowid;\n"
               "END")
               .arg(tbl,
                    notApplying(),
                    advance,
                    now,
                    jsonObject(all, QString()),
                    baseColumn,
                    baseValue);

    // Update: only when a domain column or the tombstone changed; the stamping UPDATE inside the
    // triggers changes sync columns only and so does not fire this trigger again.
    QStringList changed;
    QStringList removeUnchanged;
    for (const QString &c : std::as_const(all)) {
        changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(c);
        removeUnchanged << QStringLiteral("CASE WHEN OLD.%1 IS NEW.%1 THEN '$.%1' ELSE "
                                          "'$.__unchanged' END")
                               .arg(c);
    }
    const QString changedSql
        = QStringLiteral("(") + changed.join(QStringLiteral(" OR ")) + QStringLiteral(")");
    sql << QStringLiteral(
               "CREATE TRIGGER %1_capture_update AFTER UPDATE ON %1 WHEN %2 AND %3 BEGIN\n"
               "  %4;\n"
               "  UPDATE %1 SET hlc = (SELECT hlc FROM sync_clock), updated_at = %5\n"
               "    WHERE rowid = NEW.rowid;\n"
               "  INSERT INTO outbox (tbl, row_id, op, hlc, fields, created_at%8) VALUES ('%1', "
               "NEW.id,\n"
               "    CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'delete' ELSE 'update' "
               "END,\n"
               "    (SELECT hlc FROM sync_clock), json_remove(%6, %7), %5%9);\n"
               "END")
               .arg(tbl,
                    notApplying(),
                    changedSql,
                    advance,
                    now,
                    jsonObject(all, QStringLiteral("NEW.")),
                    removeUnchanged.join(QStringLiteral(", ")),
                    baseColumn,
                    baseValue);

    // Rows are removed with tombstones so the removal syncs; only a sync pull may purge.
    sql << QStringLiteral("CREATE TRIGGER %1_guard_delete BEFORE DELETE ON %1 WHEN %2 BEGIN\n"
                          "  SELECT RAISE(ABORT, 'rows of synced table %1 are removed by setting "
                          "deleted = 1');\n"
                          "END")
               .arg(tbl, notApplying());
    sql << QStringLiteral("CREATE TRIGGER %1_guard_id BEFORE UPDATE OF id ON %1 WHEN OLD.id IS NOT "
                          "NEW.id BEGIN\n"
                          "  SELECT RAISE(ABORT, 'the id of a synced row never changes');\n"
                          "END")
               .arg(tbl);
    if (t.kind == TableKind::Fact) {
        sql << QStringLiteral("CREATE TRIGGER %1_guard_fact BEFORE UPDATE ON %1 WHEN %2 AND %3 "
                              "BEGIN\n"
                              "  SELECT RAISE(ABORT, '%1 records facts, which are never "
                              "changed');\n"
                              "END")
                   .arg(tbl, notApplying(), changedSql);
    }
    if (t.scope == TableScope::District) {
        // District data arrives by pull only; the district platform is where it is edited.
        for (const QString &event : {QStringLiteral("insert"), QStringLiteral("update")}) {
            sql << QStringLiteral("CREATE TRIGGER %1_guard_district_%2 BEFORE %3 ON %1 WHEN %4 "
                                  "BEGIN\n"
                                  "  SELECT RAISE(ABORT, '%1 holds district data, which is "
                                  "read-only here');\n"
                                  "END")
                       .arg(tbl, event, event.toUpper(), notApplying());
        }
    }
    if (t.searchable) {
        // ON CONFLICT DO NOTHING rather than INSERT OR IGNORE: an OR-clause in a trigger yields to
        // the conflict policy of the statement that fired it (an upsert, UPDATE OR ABORT).
        sql << QStringLiteral("CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN\n"
                              "  INSERT INTO search_dirty (tbl, row_id) VALUES ('%1', NEW.id)\n"
                              "    ON CONFLICT DO NOTHING;\n"
                              "END")
                   .arg(tbl);
        sql << QStringLiteral("CREATE TRIGGER %1_search_update AFTER UPDATE ON %1 WHEN %2 BEGIN\n"
                              "  INSERT INTO search_dirty (tbl, row_id) VALUES ('%1', NEW.id)\n"
                              "    ON CONFLICT DO NOTHING;\n"
                              "END")
                   .arg(tbl, changedSql);
    }
    return sql;
}

QString rowFieldsSql(const QSqlDatabase &db, const QString &table)
{
    QStringList all;
    for (const QString &c : tableColumns(db, table)) {
        if (!syncColumns().contains(c))
            all << c;
    }
    all << QStringLiteral("deleted");
    return QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(jsonObject(all, QString()), table);
}

bool hasSyncBase(const QSqlDatabase &db)
{
    return tableColumns(db, QStringLiteral("outbox")).contains(QStringLiteral("base"));
}

QStringList tableColumns(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q
        = Database::execOn(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    while (q.next())
        columns << q.value(0).toString();
    return columns;
}

namespace {
QStringList domainColumns(const QSqlDatabase &db, const QString &table)
{
    QStringList domain;
    for (const QString &c : tableColumns(db, table)) {
        if (!syncColumns().contains(c))
            domain << c;
    }
    return domain;
}
} // namespace

QList<TableDecl> presentTables(const QSqlDatabase &db, const QList<TableDecl> &tables)
{
    QList<TableDecl> present;
    for (const TableDecl &t : tables) {
        if (!tableColumns(db, t.name).isEmpty())
            present << t;
    }
    return present;
}

QStringList captureProblems(const QSqlDatabase &db, const QList<TableDecl> &tables)
{
    QStringList problems;
    for (const TableDecl &t : presentTables(db, tables)) {
        const QStringList names = triggerNames(t);
        const QStringList expected = triggerSql(t, domainColumns(db, t.name), hasSyncBase(db));
        for (qsizetype i = 0; i < names.size() && i < expected.size(); ++i) {
            QSqlQuery q = Database::execOn(db,
                                           QStringLiteral("SELECT sql FROM sqlite_schema WHERE "
                                                          "type = 'trigger' AND name = ?"),
                                           {names.at(i)});
            if (!q.next())
                problems << QCoreApplication::translate("SchoolSuite::SyncSchema",
                                                        "change capture: trigger %1 is missing")
                                .arg(names.at(i));
            else if (q.value(0).toString() != expected.at(i))
                problems << QCoreApplication::translate("SchoolSuite::SyncSchema",
                                                        "change capture: trigger %1 was changed")
                                .arg(names.at(i));
        }
    }
    return problems;
}

void install(const QSqlDatabase &db, const QList<TableDecl> &tables)
{
    for (const TableDecl &t : tables) {
        const QStringList columns = tableColumns(db, t.name);
        if (columns.isEmpty())
            throw Error(QCoreApplication::translate("SchoolSuite::SyncSchema",
                                                    "The synced table %1 does not exist.")
                            .arg(t.name),
                        Error::Corrupt);
        QStringList domain;
        for (const QString &c : columns) {
            if (!syncColumns().contains(c))
                domain << c;
        }
        for (const QString &c : syncColumns()) {
            if (!columns.contains(c))
                throw Error(QCoreApplication::translate("SchoolSuite::SyncSchema",
                                                        "The synced table %1 lacks the column %2.")
                                .arg(t.name, c),
                            Error::Corrupt);
        }
        // json_object and json_remove take at most 127 arguments in a default SQLite build.
        if (domain.size() >= 60)
            throw Error(QCoreApplication::translate("SchoolSuite::SyncSchema",
                                                    "The synced table %1 has more than 60 columns.")
                            .arg(t.name));
        for (const QString &name : triggerNames(t))
            Database::execOn(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name));
        const bool v2 = hasSyncBase(db);
        for (const QString &statement : triggerSql(t, domain, v2))
            Database::execOn(db, statement);
        if (!v2) {
            Database::execOn(
                db,
                QStringLiteral("INSERT INTO sync_tables (name, kind, module, searchable, "
                               "sensitive) VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO NOTHING"),
                {t.name,
                 t.kind == TableKind::Fact ? QStringLiteral("fact") : QStringLiteral("register"),
                 t.module,
                 t.searchable ? 1 : 0,
                 t.sensitiveColumns.isEmpty() ? QStringLiteral("")
                                              : t.sensitiveColumns.join(QLatin1Char(','))});
            continue;
        }
        Database::execOn(
            db,
            QStringLiteral("INSERT INTO sync_tables (name, kind, module, searchable, "
                           "sensitive, scope) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO "
                           "UPDATE SET kind = excluded.kind, module = excluded.module, "
                           "searchable = excluded.searchable, sensitive = "
                           "excluded.sensitive, scope = excluded.scope"),
            {t.name,
             t.kind == TableKind::Fact ? QStringLiteral("fact") : QStringLiteral("register"),
             t.module,
             t.searchable ? 1 : 0,
             t.sensitiveColumns.isEmpty() ? QStringLiteral("")
                                          : t.sensitiveColumns.join(QLatin1Char(',')),
             scopeKey(t.scope)});
    }
}

} // namespace SchoolSuite::SyncSchema
