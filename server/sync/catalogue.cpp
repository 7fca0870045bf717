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

// Outcomes of constraintProblem() kept at most: a few per table and CHECK value are typical.
constexpr qsizetype kMaxOutcomes = 100000;

// Whether QSQLITE binds the value as NULL (QSqlResultPrivate::isVariantNull, for the types
// Wire::toSql makes): a null QString or QByteArray is NULL to it too.
bool bindsNull(const QVariant &v)
{
    if (v.isNull())
        return true;
    if (v.typeId() == QMetaType::QString)
        return static_cast<const QString *>(v.constData())->isNull();
    if (v.typeId() == QMetaType::QByteArray)
        return static_cast<const QByteArray *>(v.constData())->isNull();
    return false;
}

void appendRaw(QByteArray &key, qint64 value)
{
    key.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void appendRaw(QByteArray &key, const QString &text)
{
    appendRaw(key, qint64(text.size()));
    key.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

// A value as part of a constraintProblem() key: its type, then its content (length first), so
// two keys are equal only for equal values.
void appendValue(QByteArray &key, const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Integer:
        key += 'i';
        appendRaw(key, value.toInteger());
        return;
    case QCborValue::String:
        key += 's';
        appendRaw(key, value.toString());
        return;
    case QCborValue::Double: {
        key += 'f';
        const double d = value.toDouble();
        key.append(reinterpret_cast<const char *>(&d), sizeof d);
        return;
    }
    default: {
        const QByteArray cbor = value.toCbor();
        key += 'c';
        appendRaw(key, qint64(cbor.size()));
        key += cbor;
        return;
    }
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// The identifiers inside the CHECK constraints of a CREATE TABLE statement, in lower case
// (string literals skipped). Nothing when the statement is not understood, has generated columns
// (a CHECK on one depends on other columns) or is STRICT: every column then counts as checked.
std::optional<QSet<QString>> checkIdentifiers(const QString &sql)
{
    QSet<QString> names;
    qsizetype depth = 0;
    qsizetype checkDepth = -1; // depth of the open CHECK's parenthesis; -1: outside any
    bool afterCheck = false;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar ch = sql.at(i);
        if (ch == QLatin1Char('\'')) {
            for (++i; i < n; ++i) {
                if (sql.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < n && sql.at(i + 1) == QLatin1Char('\'')) {
                        ++i;
                        continue;
                    }
                    break;
                }
            }
            if (i >= n)
                return std::nullopt;
            ++i;
            afterCheck = false;
        } else if (ch == QLatin1Char('"') || ch == QLatin1Char('`') || ch == QLatin1Char('[')) {
            const QChar close = ch == QLatin1Char('[') ? QLatin1Char(']') : ch;
            QString name;
            for (++i; i < n; ++i) {
                if (sql.at(i) == close) {
                    if (close != QLatin1Char(']') && i + 1 < n && sql.at(i + 1) == close) {
                        name += close;
                        ++i;
                        continue;
                    }
                    break;
                }
                name += sql.at(i);
            }
            if (i >= n)
                return std::nullopt;
            ++i;
            if (checkDepth >= 0)
                names.insert(name.toLower());
            afterCheck = false;
        } else if (ch == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (ch == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            if (end < 0)
                return std::nullopt;
            i = end + 2;
        } else if (isWordChar(ch)) {
            const qsizetype from = i;
            while (i < n && isWordChar(sql.at(i)))
                ++i;
            const QString word = sql.mid(from, i - from).toLower();
            // A generated column: "GENERATED ALWAYS AS (expr)" or "AS (expr)" (not CAST's AS).
            // A STRICT table refuses values by their type, whichever column they are in.
            if (word == QStringLiteral("generated") || word == QStringLiteral("strict"))
                return std::nullopt;
            if (word == QStringLiteral("as")) {
                qsizetype next = i;
                while (next < n && sql.at(next).isSpace())
                    ++next;
                if (next < n && sql.at(next) == QLatin1Char('('))
                    return std::nullopt;
            }
            afterCheck = checkDepth < 0 && word == QStringLiteral("check");
            if (checkDepth >= 0)
                names.insert(word);
        } else if (ch == QLatin1Char('(')) {
            ++depth;
            if (afterCheck)
                checkDepth = depth;
            afterCheck = false;
            ++i;
        } else if (ch == QLatin1Char(')')) {
            if (depth == checkDepth)
                checkDepth = -1;
            if (--depth < 0)
                return std::nullopt;
            ++i;
        } else {
            if (!ch.isSpace())
                afterCheck = false;
            ++i;
        }
    }
    if (depth != 0 || checkDepth >= 0)
        return std::nullopt;
    return names;
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
        QSqlQuery create = Database::execOn(db,
                                            QStringLiteral("SELECT sql FROM sqlite_master WHERE "
                                                           "type = 'table' AND name = ?"),
                                            {decl.name});
        const auto checked
            = checkIdentifiers(create.next() ? create.value(0).toString() : QString());
        create.finish();
        if (checked) {
            for (Column &c : table.columns)
                c.checked = checked->contains(c.name.toLower());
        }
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

QString Catalogue::insertScratch(const Table &table, const QCborMap &row) const
{
    QString key = table.decl.name;
    for (const Column &c : table.columns) {
        if (row.contains(c.name))
            key += QLatin1Char(',') + c.name;
    }
    auto it = m_inserts.find(key);
    if (it == m_inserts.end()) {
        QStringList columns;
        for (const Column &c : table.columns) {
            if (row.contains(c.name))
                columns << c.name;
        }
        columns << QStringLiteral("deleted");
        auto q = std::make_shared<QSqlQuery>(m_scratch->connection());
        if (!q->prepare(QStringLiteral("INSERT INTO %1 (id, %2) VALUES ('scratch', %3)")
                            .arg(table.decl.name,
                                 columns.join(QStringLiteral(", ")),
                                 QStringList(columns.size(), QStringLiteral("?"))
                                     .join(QStringLiteral(", ")))))
            return q->lastError().databaseText();
        it = m_inserts.insert(key, q);
    }
    QSqlQuery &insert = **it;
    int index = 0;
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
    // Everything the insert's outcome depends on: NOT NULL looks at which columns are given (the
    // others take their defaults) and whether they bind NULL, CHECK at the values it names.
    QByteArray key;
    key.reserve(64);
    appendRaw(key, table.decl.name);
    key += '\0';
    for (const Column &c : table.columns) {
        const auto it = row.constFind(c.name);
        if (it == row.cend()) {
            key += 'a';
        } else if (c.checked) {
            appendValue(key, it.value());
        } else if (c.notNull) {
            key += bindsNull(Wire::toSql(it.value())) ? 'n' : 'p';
        } else {
            key += 'x';
        }
    }
    static const QString kDeleted = QStringLiteral("deleted");
    const QCborValue deleted = row.value(kDeleted);
    key += 'd';
    appendRaw(key, deleted.isInteger() ? deleted.toInteger() : 0);
    const auto known = m_outcomes.constFind(key);
    if (known != m_outcomes.cend())
        return *known;

    runScratch(QStringLiteral("SAVEPOINT scratch"));
    const QString problem = insertScratch(table, row);
    runScratch(QStringLiteral("ROLLBACK TO scratch"));
    runScratch(QStringLiteral("RELEASE scratch"));
    if (m_outcomes.size() >= kMaxOutcomes)
        m_outcomes.clear();
    m_outcomes.insert(key, problem);
    return problem;
}

} // namespace SchoolSuite::Server
