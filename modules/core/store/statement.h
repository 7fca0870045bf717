#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringView>
#include <QVariantList>

#include <memory>

namespace SchoolSuite {

// The values of one row, given in column order: to a Statement that binds them as they come, or
// into a QVariantList (VariantRow). One function per table writes a row to either, so the
// columns of an ordinary insert and of a bulk one cannot drift apart.
class RowSink
{
public:
    virtual ~RowSink() = default;
    virtual void text(QStringView value) = 0;
    virtual void integer(qint64 value) = 0;
    virtual void null() = 0;

    void textOrNull(QStringView value);   // trimmed; NULL when empty
    void positiveOrNull(qint64 value);    // NULL unless > 0
    void nonNegativeOrNull(qint64 value); // NULL when < 0 (an amount not given)
};

class VariantRow final : public RowSink
{
public:
    void text(QStringView value) override;
    void integer(qint64 value) override;
    void null() override;

    QVariantList values;
};

// The values of one row encoded ahead of time, on any thread: texts as UTF-8 in one buffer.
// Statement::values() binds them; the row must stay as it is until that statement's run().
// Preparing the rows of a bulk write on another core while the database thread inserts them
// takes the conversion off that thread.
class EncodedRow final : public RowSink
{
public:
    void text(QStringView value) override;
    void integer(qint64 value) override;
    void null() override;

    qsizetype size() const { return m_values.size(); }

private:
    friend class Statement;
    struct Value
    {
        enum class Kind : quint8 { Text, Integer, Null };
        Kind kind = Kind::Null;
        qint64 number = 0; // the integer, or where the text starts in m_text
        qsizetype length = 0;
    };
    QList<Value> m_values;
    QByteArray m_text;
};

// A statement prepared once and run many times with new values (imports of thousands of rows):
// preparing also compiles the table's triggers, which costs more than the insert.
//
// Values come either as a QVariantList (run(values)), bound through QSqlQuery, or one by one
// through RowSink followed by run(). The latter is the bulk path: where Qt's SQLite driver uses
// the same shared SQLite library as this program (SCHOOLSUITE_NATIVE_SQLITE, decided when the
// build is configured), they are bound through SQLite's own API on QtSql's connection, as UTF-8
// from reused buffers — no QVariant, no copy of the row, no conversion inside SQLite. Elsewhere
// (Qt's official Windows build bundles its own SQLite) they go through QSqlQuery, with the same
// result.
class Statement final : public RowSink
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);
    ~Statement() override;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds values positionally and runs; throws Error.
    void run(const QVariantList &values);

    // One value for the next placeholder; run() then runs with the values given since the last
    // run. Every placeholder needs a value.
    void text(QStringView value) override;
    void integer(qint64 value) override;
    void null() override;
    // Every value of row, for the next placeholders in turn.
    void values(const EncodedRow &row);
    void run();

    // Whether values given one by one are bound through SQLite's own API.
    bool isNative() const { return m_native != nullptr; }
    // Statements prepared from now on use SQLite's own API where the build allows (the default)
    // or never; for tests of the other path.
    static void setNativeAllowed(bool allowed);

private:
    struct Native;
    std::unique_ptr<Native> m_native;
    QSqlQuery m_query;
    QString m_sql;
    int m_next = 0;          // the next placeholder's index (from 0)
    int m_count = 0;         // placeholders
    bool m_prepared = false; // m_query
    void prepareQuery();
    int takePlaceholder(); // the next placeholder's index; throws when there is none
    [[noreturn]] void fail(const QString &message);
};

} // namespace SchoolSuite
