#include "statement.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>

#include <atomic>

#ifdef SCHOOLSUITE_NATIVE_SQLITE
#include <sqlite3.h>

#include <vector>
#endif

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Statement", text);
}

std::atomic<bool> s_nativeAllowed{true};

// The '?' placeholders of sql, those inside quotes aside.
int placeholderCount(const QString &sql)
{
    int count = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            ++count;
        }
    }
    return count;
}
} // namespace

void Statement::setNativeAllowed(bool allowed)
{
    s_nativeAllowed = allowed;
}

void RowSink::textOrNull(QStringView value)
{
    const QStringView t = value.trimmed();
    if (t.isEmpty())
        null();
    else
        text(t);
}

void RowSink::positiveOrNull(qint64 value)
{
    if (value > 0)
        integer(value);
    else
        null();
}

void RowSink::nonNegativeOrNull(qint64 value)
{
    if (value >= 0)
        integer(value);
    else
        null();
}

void VariantRow::text(QStringView value)
{
    values << QVariant(value.toString());
}

void VariantRow::integer(qint64 value)
{
    values << QVariant(value);
}

void VariantRow::null()
{
    values << QVariant();
}

void EncodedRow::text(QStringView value)
{
    thread_local QStringEncoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype start = m_text.size();
    m_text.resize(start + utf8.requiredSpace(value.size()));
    char *end = utf8.appendToBuffer(m_text.data() + start, value);
    m_text.truncate(end - m_text.constData());
    m_values.append(Value{Value::Kind::Text, start, m_text.size() - start});
}

void EncodedRow::integer(qint64 value)
{
    m_values.append(Value{Value::Kind::Integer, value, 0});
}

void EncodedRow::null()
{
    m_values.append(Value{});
}

#ifdef SCHOOLSUITE_NATIVE_SQLITE
struct Statement::Native
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    std::vector<QByteArray> buffer; // per placeholder: its text as UTF-8, reused row after row
    QStringEncoder utf8{QStringConverter::Utf8, QStringConverter::Flag::Stateless};

    ~Native() { sqlite3_finalize(stmt); }

    // The connection under a QtSql SQLite connection; null for any other driver.
    static sqlite3 *handleOf(const QSqlDatabase &db)
    {
        if (!db.driver() || db.driverName() != QLatin1String("QSQLITE"))
            return nullptr;
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<sqlite3 *const *>(handle.constData());
    }
};
#else
struct Statement::Native
{
};
#endif

Statement::Statement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
#ifdef SCHOOLSUITE_NATIVE_SQLITE
    if (sqlite3 *handle = s_nativeAllowed ? Native::handleOf(db) : nullptr) {
        auto native = std::make_unique<Native>();
        native->db = handle;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(handle,
                               text.constData(),
                               int(text.size()),
                               SQLITE_PREPARE_PERSISTENT,
                               &native->stmt,
                               nullptr)
            != SQLITE_OK)
            fail(QString::fromUtf8(sqlite3_errmsg(handle)));
        m_count = sqlite3_bind_parameter_count(native->stmt);
        native->buffer.resize(size_t(m_count));
        m_native = std::move(native);
        return;
    }
#endif
    prepareQuery();
}

Statement::~Statement() = default;

void Statement::prepareQuery()
{
    if (!m_query.prepare(m_sql))
        fail(m_query.lastError().text());
    m_prepared = true;
    m_count = placeholderCount(m_sql);
}

void Statement::fail(const QString &message)
{
    m_next = 0;
    throw Error(tr("Database error: %1 in %2").arg(message, m_sql));
}

void Statement::run(const QVariantList &values)
{
    if (!m_prepared)
        prepareQuery();
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec())
        fail(m_query.lastError().text());
}

int Statement::takePlaceholder()
{
    if (m_next >= m_count)
        fail(tr("more values than placeholders"));
    return m_next++;
}

void Statement::text(QStringView value)
{
    const int i = takePlaceholder();
#ifdef SCHOOLSUITE_NATIVE_SQLITE
    if (m_native) {
        QByteArray &b = m_native->buffer[size_t(i)];
        b.resize(m_native->utf8.requiredSpace(value.size()));
        char *end = m_native->utf8.appendToBuffer(b.data(), value);
        b.truncate(end - b.constData());
        // The buffer stays as it is until the next row: SQLite need not copy it.
        sqlite3_bind_text(m_native->stmt, i + 1, b.constData(), int(b.size()), SQLITE_STATIC);
        return;
    }
#endif
    m_query.bindValue(i, QVariant(value.toString()));
}

void Statement::integer(qint64 value)
{
    const int i = takePlaceholder();
#ifdef SCHOOLSUITE_NATIVE_SQLITE
    if (m_native) {
        sqlite3_bind_int64(m_native->stmt, i + 1, value);
        return;
    }
#endif
    m_query.bindValue(i, QVariant(value));
}

void Statement::null()
{
    const int i = takePlaceholder();
#ifdef SCHOOLSUITE_NATIVE_SQLITE
    if (m_native) {
        sqlite3_bind_null(m_native->stmt, i + 1);
        return;
    }
#endif
    m_query.bindValue(i, QVariant());
}

void Statement::values(const EncodedRow &row)
{
    for (const EncodedRow::Value &v : row.m_values) {
        const int i = takePlaceholder();
        const char *text
            = v.kind == EncodedRow::Value::Kind::Text ? row.m_text.constData() + v.number : nullptr;
#ifdef SCHOOLSUITE_NATIVE_SQLITE
        if (m_native) {
            switch (v.kind) {
            case EncodedRow::Value::Kind::Text:
                // Kept by the row until run(): SQLite need not copy it.
                sqlite3_bind_text(m_native->stmt, i + 1, text, int(v.length), SQLITE_STATIC);
                break;
            case EncodedRow::Value::Kind::Integer:
                sqlite3_bind_int64(m_native->stmt, i + 1, v.number);
                break;
            case EncodedRow::Value::Kind::Null:
                sqlite3_bind_null(m_native->stmt, i + 1);
                break;
            }
            continue;
        }
#endif
        switch (v.kind) {
        case EncodedRow::Value::Kind::Text:
            m_query.bindValue(i, QVariant(QString::fromUtf8(text, v.length)));
            break;
        case EncodedRow::Value::Kind::Integer:
            m_query.bindValue(i, QVariant(v.number));
            break;
        case EncodedRow::Value::Kind::Null:
            m_query.bindValue(i, QVariant());
            break;
        }
    }
}

void Statement::run()
{
    // QSqlQuery would run with the previous row's value where one is missing.
    if (m_next != m_count)
        fail(tr("%1 values for %2 placeholders").arg(m_next).arg(m_count));
    m_next = 0;
#ifdef SCHOOLSUITE_NATIVE_SQLITE
    if (m_native) {
        const int rc = sqlite3_step(m_native->stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(m_native->db));
            sqlite3_reset(m_native->stmt);
            fail(message);
        }
        sqlite3_reset(m_native->stmt);
        return;
    }
#endif
    if (!m_query.exec())
        fail(m_query.lastError().text());
}

} // namespace SchoolSuite
