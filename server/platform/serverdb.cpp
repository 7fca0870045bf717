#include "serverdb.h"

#include "core/error.h"
#include "core/store/database.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

namespace SchoolSuite::Server {

namespace {

QAtomicInt s_connections;

// An arbitrary constant: the advisory lock that serialises migrations of one database.
constexpr qint64 kMigrationLock = 0x5343484f4f4c31; // "SCHOOL1"

QString sqlError(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.text().trimmed();
    return text;
}

// For clean-up paths, where a failure has nothing left to report to.
void execQuietly(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(sql);
}

} // namespace

ServerDb::ServerDb(const QString &url)
{
    m_connectionName = QStringLiteral("serverdb-%1").arg(s_connections.fetchAndAddRelaxed(1));
    QSqlDatabase db;
    if (url.startsWith(QStringLiteral("sqlite:"))) {
        const QString path = url.mid(7);
        if (path.isEmpty())
            throw Error(QStringLiteral("The database URL \"sqlite:\" names no file."));
        if (path != QStringLiteral(":memory:")) {
            const QString dir = QFileInfo(path).absolutePath();
            if (!QDir().mkpath(dir))
                throw Error(QStringLiteral("Cannot create the folder %1.").arg(dir));
        }
        m_dialect = Dialect::Sqlite;
        m_url = url;
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
    } else if (url.startsWith(QStringLiteral("postgresql://"))
               || url.startsWith(QStringLiteral("postgres://"))) {
        const QUrl u(url, QUrl::StrictMode);
        const QString name = u.path().mid(1);
        if (!u.isValid() || u.host().isEmpty() || u.userName().isEmpty() || name.isEmpty()
            || name.contains(QLatin1Char('/')))
            throw Error(QStringLiteral("The database URL must look like "
                                       "postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE."));
        m_dialect = Dialect::Postgres;
        QUrl shown = u;
        shown.setPassword({});
        m_url = shown.toString();
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(m_connectionName);
            throw Error(QStringLiteral("The Qt PostgreSQL driver (QPSQL) is not installed."));
        }
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(name);
    } else {
        throw Error(QStringLiteral("Unknown database URL \"%1\": use sqlite:PATH or "
                                   "postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE.")
                        .arg(url.section(QLatin1Char(':'), 0, 0)));
    }
    if (!db.open()) {
        const QString why = sqlError(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw Error(QStringLiteral("Cannot open the database %1: %2").arg(m_url, why));
    }
    if (m_dialect == Dialect::Sqlite) {
        exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
        Database::switchToWal(db);
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    } else {
        exec(QStringLiteral("SET client_min_messages = warning"));
    }
}

ServerDb::~ServerDb()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                execQuietly(db, QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ServerDb::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString ServerDb::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void ServerDb::run(QSqlQuery &q, const QVariantList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i)
        q.bindValue(int(i), args.at(i));
    if (!q.exec())
        throw Error(QStringLiteral("%1 (in: %2)")
                        .arg(sqlError(q.lastError()), q.lastQuery().simplified().left(160)));
}

QSqlQuery ServerDb::exec(const QString &sql, const QVariantList &args) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (args.isEmpty()) {
        if (!q.exec(sql))
            throw Error(QStringLiteral("%1 (in: %2)")
                            .arg(sqlError(q.lastError()), sql.simplified().left(160)));
        return q;
    }
    if (!q.prepare(sql))
        throw Error(
            QStringLiteral("%1 (in: %2)").arg(sqlError(q.lastError()), sql.simplified().left(160)));
    run(q, args);
    return q;
}

QVariant ServerDb::scalar(const QString &sql, const QVariantList &args) const
{
    QSqlQuery q = exec(sql, args);
    return q.next() ? q.value(0) : QVariant();
}

QSqlQuery &ServerDb::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_shared<QSqlQuery>(db());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            throw Error(QStringLiteral("%1 (in: %2)")
                            .arg(sqlError(q->lastError()), sql.simplified().left(160)));
        it = m_prepared.insert(sql, q);
    }
    return **it;
}

void ServerDb::begin()
{
    if (m_depth > 0) {
        exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
    } else {
        exec(m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                          : QStringLiteral("BEGIN"));
    }
    ++m_depth;
}

void ServerDb::commit()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth > 1) {
        exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1));
        --m_depth;
        return;
    }
    // The depth drops first: a failed COMMIT leaves no transaction behind on either engine
    // once it is rolled back below.
    try {
        exec(QStringLiteral("COMMIT"));
    } catch (...) {
        m_depth = 0;
        execQuietly(db(), QStringLiteral("ROLLBACK"));
        throw;
    }
    m_depth = 0;
}

void ServerDb::rollback()
{
    if (m_depth <= 0)
        return;
    // Statements still holding a result would keep SQLite's read lock.
    for (auto &q : m_prepared)
        q->finish();
    if (m_depth > 1) {
        const QString sp = QStringLiteral("sp%1").arg(m_depth - 1);
        execQuietly(db(), QStringLiteral("ROLLBACK TO SAVEPOINT ") + sp);
        execQuietly(db(), QStringLiteral("RELEASE SAVEPOINT ") + sp);
        --m_depth;
        return;
    }
    m_depth = 0;
    execQuietly(db(), QStringLiteral("ROLLBACK"));
}

void ServerDb::lockSequence()
{
    if (m_dialect == Dialect::Postgres)
        exec(QStringLiteral("SELECT value FROM counters WHERE name = 'seq' FOR UPDATE"));
}

qint64 ServerDb::reserveSequence(int n)
{
    Q_ASSERT(m_depth > 0);
    Q_ASSERT(n > 0);
    qint64 last = 0;
    if (m_dialect == Dialect::Postgres) {
        QSqlQuery &q = prepared(QStringLiteral(
            "UPDATE counters SET value = value + ? WHERE name = 'seq' RETURNING value"));
        run(q, {n});
        if (!q.next())
            throw Error(QStringLiteral("The sequence counter is missing."));
        last = q.value(0).toLongLong();
        q.finish();
    } else {
        QSqlQuery &u
            = prepared(QStringLiteral("UPDATE counters SET value = value + ? WHERE name = 'seq'"));
        run(u, {n});
        last = scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'")).toLongLong();
    }
    return last - n + 1;
}

qint64 ServerDb::lastSequence() const
{
    return scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'")).toLongLong();
}

QString ServerDb::meta(const QString &key) const
{
    return scalar(QStringLiteral("SELECT value FROM server_meta WHERE key = ?"), {key}).toString();
}

void ServerDb::setMeta(const QString &key, const QString &value)
{
    exec(QStringLiteral("INSERT INTO server_meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                        "DO UPDATE SET value = excluded.value"),
         {key, value});
}

QString ServerDb::epoch() const
{
    return meta(QStringLiteral("epoch"));
}

void ServerDb::newEpoch()
{
    setMeta(QStringLiteral("epoch"), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString ServerDb::expand(const QString &script) const
{
    QString s = script;
    if (m_dialect == Dialect::Postgres) {
        s.replace(QStringLiteral("/*BLOB*/"), QStringLiteral("BYTEA"));
        s.replace(QStringLiteral("/*SERIAL_PK*/"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
        s.replace(QStringLiteral("/*UUID*/"), QStringLiteral("gen_random_uuid()::text"));
    } else {
        s.replace(QStringLiteral("/*BLOB*/"), QStringLiteral("BLOB"));
        s.replace(QStringLiteral("/*SERIAL_PK*/"),
                  QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
        s.replace(QStringLiteral("/*UUID*/"),
                  QStringLiteral("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' "
                                 "|| substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + "
                                 "(abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || "
                                 "'-' || hex(randomblob(6)))"));
    }
    return s;
}

void ServerDb::applyMigration(const QString &name, const QString &script)
{
    static const QRegularExpression end(QStringLiteral(";[ \\t]*(\\r?\\n|$)"));
    transaction([&] {
        // Another process may have applied it since the list was read (SQLite has no
        // advisory lock; its write lock is taken by BEGIN IMMEDIATE).
        if (scalar(QStringLiteral("SELECT count(*) FROM server_migrations WHERE name = ?"), {name})
                .toInt()
            > 0)
            return;
        for (const QString &part : expand(script).split(end)) {
            // A part holding only comments is no statement.
            QString code;
            for (const QString &line : part.split(QLatin1Char('\n'))) {
                if (!line.trimmed().startsWith(QStringLiteral("--")))
                    code += line + QLatin1Char('\n');
            }
            if (!code.trimmed().isEmpty())
                exec(part.trimmed());
        }
        exec(QStringLiteral("INSERT INTO server_migrations (name, applied_at) VALUES (?, ?)"),
             {name, now()});
    });
}

QStringList ServerDb::appliedMigrations() const
{
    QStringList names;
    QSqlQuery q = exec(QStringLiteral("SELECT name FROM server_migrations ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void ServerDb::migrate()
{
    const bool pg = m_dialect == Dialect::Postgres;
    if (pg)
        exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock));
    try {
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS server_migrations (name TEXT PRIMARY KEY "
                            "NOT NULL, applied_at TEXT NOT NULL)"));
        const QStringList applied = appliedMigrations();
        const QDir dir(QStringLiteral(":/server-migrations"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            throw Error(QStringLiteral("The server migrations are not compiled in."));
        for (const QString &file : files) {
            const QString name = file.chopped(4);
            if (applied.contains(name))
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                throw Error(QStringLiteral("Cannot read the migration %1.").arg(file));
            try {
                applyMigration(name, QString::fromUtf8(f.readAll()));
            } catch (const Error &e) {
                throw Error(QStringLiteral("Migration %1 failed: %2").arg(name, e.message()));
            }
        }
    } catch (...) {
        if (pg)
            execQuietly(db(), QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
        throw;
    }
    if (pg)
        exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
}

} // namespace SchoolSuite::Server
