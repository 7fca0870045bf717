#include "catalogue.h"

#include "core/app/localstore.h"
#include "core/app/module.h"
#include "core/error.h"
#include "core/store/database.h"
#include "sync/wire.h"

#include <QSqlError>
#include <QSqlQuery>

namespace SchoolSuite::Server {

namespace {

// SQLite's affinity rules (https://sqlite.org/datatype3.html §3.1), which decide what a column
// of the client's store holds.
Catalogue::Type affinity(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QStringLiteral("INT")))
        return Catalogue::Type::Integer;
    if (t.contains(QStringLiteral("CHAR")) || t.contains(QStringLiteral("CLOB"))
        || t.contains(QStringLiteral("TEXT")))
        return Catalogue::Type::Text;
    if (t.isEmpty() || t.contains(QStringLiteral("BLOB")))
        return Catalogue::Type::Blob;
    if (t.contains(QStringLiteral("REAL")) || t.contains(QStringLiteral("FLOA"))
        || t.contains(QStringLiteral("DOUB")))
        return Catalogue::Type::Real;
    return Catalogue::Type::Any;
}

} // namespace

const Catalogue::Column *Catalogue::Table::column(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.cend() ? nullptr : &columns.at(*it);
}

bool Catalogue::Table::isSensitive(const QString &column) const
{
    return decl.sensitiveColumns.contains(column);
}

Catalogue Catalogue::fromRegistry()
{
    QList<TableDecl> decls;
    for (const auto &module : ModuleRegistry::instance().modules())
        decls += module->syncedTables();
    return Catalogue(decls);
}

Catalogue::Catalogue(const QList<TableDecl> &declarations)
    : m_scratch(std::make_unique<Database>())
{
    m_scratch->open(QStringLiteral(":memory:"));
    LocalStore::upgrade(*m_scratch);
    const QSqlDatabase db = m_scratch->connection();
    const QStringList syncColumns = SyncSchema::syncColumns();
    for (const TableDecl &decl : declarations) {
        Table table;
        table.decl = decl;
        QSqlQuery q = Database::execOn(db,
                                       QStringLiteral("SELECT name, type, \"notnull\", dflt_value "
                                                      "FROM pragma_table_info(?) ORDER BY cid"),
                                       {decl.name});
        bool found = false;
        while (q.next()) {
            found = true;
            const QString name = q.value(0).toString();
            if (syncColumns.contains(name))
                continue;
            Column c;
            c.name = name;
            c.declaredType = q.value(1).toString();
            c.type = affinity(c.declaredType);
            c.notNull = q.value(2).toInt() != 0;
            c.hasDefault = !q.value(3).isNull();
            table.m_index.insert(name, table.columns.size());
            table.columns << c;
        }
        if (!found)
            throw Error(QStringLiteral("The synced table %1 of module %2 is declared but no "
                                       "migration creates it.")
                            .arg(decl.name, decl.module));
        m_names << decl.name;
        m_tables.insert(decl.name, table);
    }
    // The scratch store only checks rows: no references to follow, no change capture, no search
    // index to mark. Its triggers either stand aside while applying or fill bookkeeping tables;
    // its (unique) indexes cannot refuse a row checked alone in an empty table.
    Database::execOn(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    Database::execOn(db, QStringLiteral("UPDATE sync_clock SET applying = 1"));
    QStringList drops;
    QSqlQuery schema = Database::execOn(db,
                                        QStringLiteral("SELECT type, name FROM sqlite_master WHERE "
                                                       "type = 'trigger' OR (type = 'index' AND "
                                                       "sql IS NOT NULL)"));
    while (schema.next())
        drops << QStringLiteral("DROP %1 IF EXISTS \"%2\"")
                     .arg(schema.value(0).toString().toUpper(), schema.value(1).toString());
    schema.finish();
    for (const QString &drop : std::as_const(drops))
        Database::execOn(db, drop);
}

Catalogue::~Catalogue() = default;
Catalogue::Catalogue(Catalogue &&) noexcept = default;
Catalogue &Catalogue::operator=(Catalogue &&) noexcept = default;

const Catalogue::Table *Catalogue::table(const QString &name) const
{
    const auto it = m_tables.constFind(name);
    return it == m_tables.cend() ? nullptr : &*it;
}

QStringList Catalogue::tableNames() const
{
    return m_names;
}

QString Catalogue::typeProblem(const Column &column, const QCborValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isMap() || value.isArray() || value.isTag())
        return QStringLiteral("a map or array is no column value");
    switch (column.type) {
    case Type::Integer:
        if (value.isInteger() || value.isBool())
            return {};
        if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
            return {};
        return QStringLiteral("an integer is expected");
    case Type::Real:
        if (value.isInteger() || value.isDouble())
            return {};
        return QStringLiteral("a number is expected");
    case Type::Text:
    case Type::Blob:
    case Type::Any:
        if (value.isSimpleType() && !value.isBool())
            return QStringLiteral("an unknown simple value is no column value");
        return {};
    }
    return {};
}

QString Catalogue::insertScratch(const Table &table,
                                 const QCborMap &row,
                                 const QString &id) const
{
    // Built by hand rather than through a QStringList: this runs for every pushed change.
    QString key = table.decl.name;
    for (const Column &c : table.columns) {
        if (row.contains(c.name))
            key += QLatin1Char(',') + c.name;
    }
    const QSqlDatabase db = m_scratch->connection();
    auto it = m_inserts.find(key);
    if (it == m_inserts.end()) {
        QStringList columns{QStringLiteral("id")};
        for (const Column &c : table.columns) {
            if (row.contains(c.name))
                columns << c.name;
        }
        columns << QStringLiteral("deleted");
        auto q = std::make_shared<QSqlQuery>(db);
        if (!q->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table.decl.name,
                                 columns.join(QStringLiteral(", ")),
                                 QStringList(columns.size(), QStringLiteral("?"))
                                     .join(QStringLiteral(", ")))))
            return q->lastError().databaseText();
        it = m_inserts.insert(key, q);
    }
    QSqlQuery &insert = **it;
    int index = 0;
    insert.bindValue(index++, id);
    for (const Column &c : table.columns) {
        const auto value = row.constFind(c.name);
        if (value != row.cend())
            insert.bindValue(index++, Wire::toSql(value.value()));
    }
    const QCborValue deleted = row.value(QStringLiteral("deleted"));
    insert.bindValue(index, deleted.isInteger() ? deleted.toInteger() : 0);
    QString problem;
    if (!insert.exec())
        problem = insert.lastError().databaseText();
    insert.finish();
    return problem;
}

void Catalogue::runScratch(const QString &sql) const
{
    auto s = m_inserts.find(sql);
    if (s == m_inserts.end()) {
        s = m_inserts.insert(sql, std::make_shared<QSqlQuery>(m_scratch->connection()));
        (*s)->prepare(sql);
    }
    (*s)->exec();
}

QString Catalogue::constraintProblem(const Table &table, const QCborMap &row) const
{
    runScratch(QStringLiteral("SAVEPOINT scratch"));
    const QString problem = insertScratch(table, row, QStringLiteral("scratch"));
    runScratch(QStringLiteral("ROLLBACK TO scratch"));
    runScratch(QStringLiteral("RELEASE scratch"));
    return problem;
}

Catalogue::RowProblem Catalogue::firstConstraintProblem(const QList<RowCheck> &rows) const
{
    QHash<const Table *, QList<qsizetype>> byTable;
    for (qsizetype i = 0; i < rows.size(); ++i)
        byTable[rows.at(i).table] << i;
    RowProblem first;
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        const Table &table = *it.key();
        const QList<qsizetype> &indexes = it.value();
        qsizetype from = 0;
        while (from < indexes.size()) {
            // Rows after the first problem found so far cannot come first.
            if (first.index >= 0 && indexes.at(from) > first.index)
                break;
            qsizetype failed = -1;
            runScratch(QStringLiteral("SAVEPOINT scratch"));
            for (qsizetype k = from; k < indexes.size(); ++k) {
                const QString id = QStringLiteral("scratch-%1").arg(k);
                if (!insertScratch(table, rows.at(indexes.at(k)).row, id).isEmpty()) {
                    failed = k;
                    break;
                }
            }
            runScratch(QStringLiteral("ROLLBACK TO scratch"));
            runScratch(QStringLiteral("RELEASE scratch"));
            if (failed < 0)
                break;
            // Alone, as a pushed row is judged: it may only have collided with another one.
            const qsizetype index = indexes.at(failed);
            const QString problem = constraintProblem(table, rows.at(index).row);
            if (!problem.isEmpty()) {
                if (first.index < 0 || index < first.index)
                    first = RowProblem{index, problem};
                break;
            }
            from = failed + 1;
        }
    }
    return first;
}

} // namespace SchoolSuite::Server
