#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace SchoolSuite::Server {

// The district's database: SQLite (embedded default) or PostgreSQL through QPSQL, one connection
// per process (QHttpServer calls the handlers on one thread). Several processes may share one
// PostgreSQL database: migrations take an advisory lock, writes that assign sequence numbers
// take the `counters` row lock (docs/sync-protocol.md §6).
class ServerDb
{
public:
    enum class Dialect { Sqlite, Postgres };

    // url: "sqlite:PATH" (the file is created with its folder on first use) or
    // "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB". Throws Error naming what is wrong.
    explicit ServerDb(const QString &url);
    ~ServerDb();
    ServerDb(const ServerDb &) = delete;
    ServerDb &operator=(const ServerDb &) = delete;

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase db() const;
    QString url() const { return m_url; } // without the password

    // Applies the server migrations (:/server-migrations/NNNN_name.sql) not yet applied, each in
    // its own transaction; the placeholders /*BLOB*/ (BLOB | BYTEA) and /*SERIAL_PK*/
    // (INTEGER PRIMARY KEY AUTOINCREMENT | BIGSERIAL PRIMARY KEY) are replaced per dialect.
    void migrate();

    // Runs one statement with positional (?) arguments; throws Error with the SQL's message.
    QSqlQuery exec(const QString &sql, const QVariantList &args = {}) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &args = {}) const;

    // A write transaction (SQLite: BEGIN IMMEDIATE). fn's exception rolls back and propagates.
    template<typename Fn>
    auto transaction(Fn &&fn) -> decltype(fn())
    {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(fn())>) {
                fn();
                commit();
            } else {
                auto result = fn();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }
    void begin();
    void commit();
    void rollback();

    // Reserves n consecutive sequence numbers inside the current transaction and returns the
    // first; the counter row stays locked until commit, so readers never see a gap close later.
    qint64 reserveSequence(int n);
    // The dataset epoch (docs/sync-protocol.md §7).
    QString epoch() const;

private:
    Dialect m_dialect = Dialect::Sqlite;
    QString m_url;
    QString m_connectionName;
};

} // namespace SchoolSuite::Server
