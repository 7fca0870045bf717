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
    // The scratch store only checks rows: no references to follow, no change capture.
    Database::execOn(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    Database::execOn(db, QStringLiteral("UPDATE sync_clock SET applying = 1"));
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

QString Catalogue::constraintProblem(const Table &table, const QCborMap &row) const
{
    QStringList columns;
    QVariantList values;
    for (const Column &c : table.columns) {
        const auto it = row.constFind(c.name);
        if (it == row.cend())
            continue;
        columns << c.name;
        values << Wire::toSql(it.value());
    }
    const QCborValue deleted = row.value(QStringLiteral("deleted"));
    columns << QStringLiteral("deleted");
    values << (deleted.isInteger() ? deleted.toInteger() : 0);
    const QString key = table.decl.name + QLatin1Char('|') + columns.join(QLatin1Char(','));
    const QSqlDatabase db = m_scratch->connection();
    auto it = m_inserts.find(key);
    if (it == m_inserts.end()) {
        auto q = std::make_shared<QSqlQuery>(db);
        QStringList marks(columns.size(), QStringLiteral("?"));
        if (!q->prepare(QStringLiteral("INSERT INTO %1 (id, %2) VALUES ('scratch', %3)")
                            .arg(table.decl.name,
                                 columns.join(QStringLiteral(", ")),
                                 marks.join(QStringLiteral(", ")))))
            return q->lastError().databaseText();
        it = m_inserts.insert(key, q);
    }
    QSqlQuery &insert = **it;
    const auto run = [&](const QString &sql) {
        auto s = m_inserts.find(sql);
        if (s == m_inserts.end()) {
            s = m_inserts.insert(sql, std::make_shared<QSqlQuery>(db));
            (*s)->prepare(sql);
        }
        (*s)->exec();
    };
    run(QStringLiteral("SAVEPOINT scratch"));
    for (qsizetype i = 0; i < values.size(); ++i)
        insert.bindValue(int(i), values.at(i));
    QString problem;
    if (!insert.exec())
        problem = insert.lastError().databaseText();
    insert.finish();
    run(QStringLiteral("ROLLBACK TO scratch"));
    run(QStringLiteral("RELEASE scratch"));
    return problem;
}

} // namespace SchoolSuite::Server
