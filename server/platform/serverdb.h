#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

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
    // its own transaction, recorded in server_migrations; the placeholders /*BLOB*/
    // (BLOB | BYTEA), /*SERIAL_PK*/ (INTEGER PRIMARY KEY AUTOINCREMENT | BIGSERIAL PRIMARY KEY)
    // and /*UUID*/ (an expression giving a random UUID text) are replaced per dialect. On
    // PostgreSQL an advisory lock keeps processes starting together from racing.
    // Statements end with ';' at a line end.
    void migrate();
    // Names of the applied migrations ("0001_base"), in order.
    QStringList appliedMigrations() const;

    // Runs one statement with positional (?) arguments; throws Error with the SQL's message.
    QSqlQuery exec(const QString &sql, const QVariantList &args = {}) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &args = {}) const;
    // A statement prepared once per connection and kept (hot paths: push, pull). Run it with
    // run(); do not use the same statement for two result sets at once.
    QSqlQuery &prepared(const QString &sql);
    // Binds args positionally and executes q; throws Error with the SQL's message.
    static void run(QSqlQuery &q, const QVariantList &args);

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
    // Nested calls use savepoints.
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // Takes the `counters` row lock now, inside the current transaction, so a read-merge-write
    // (a push) cannot interleave with another process's. SQLite: BEGIN IMMEDIATE already did.
    void lockSequence();
    // Reserves n consecutive sequence numbers inside the current transaction and returns the
    // first; the counter row stays locked until commit, so readers never see a gap close later.
    qint64 reserveSequence(int n);
    // The greatest sequence number committed (0 on an empty dataset).
    qint64 lastSequence() const;
    // The dataset epoch (docs/sync-protocol.md §7).
    QString epoch() const;
    // Makes a new epoch (admin restore): every client re-pushes and re-pulls.
    void newEpoch();
    // A value of server_meta, or an empty string.
    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    // An ISO 8601 UTC time with milliseconds, as every timestamp the server writes.
    static QString now();

private:
    void applyMigration(const QString &name, const QString &script);
    QString expand(const QString &script) const;

    Dialect m_dialect = Dialect::Sqlite;
    QString m_url;
    QString m_connectionName;
    int m_depth = 0;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};

} // namespace SchoolSuite::Server
