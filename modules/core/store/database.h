#pragma once

#include <QFuture>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "statement.h"

class QThread;

#include <functional>

namespace SchoolSuite {

// One local store: a SQLite file in WAL mode with foreign keys on and a busy timeout.
// Writes go through the connection owned by this object (on the thread that opened it);
// long reads use readConnection(), which gives every thread its own connection.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and creates when missing) the store at path. Throws Error when the file is not a
    // SQLite database or cannot be opened.
    void open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // The write connection on the thread that opened the store. Called on any other thread it
    // gives that thread's read-only connection instead (a QSqlDatabase belongs to one thread),
    // so the domain services can read off the UI thread; their writes fail there.
    QSqlDatabase connection() const;
    bool isOwnerThread() const;
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Runs a write that must outlast the transaction it is made in (the audit entry of a refused
    // action): if an enclosing transaction or savepoint rolls back, it is written again after.
    void execSurvivingRollback(const QString &sql, const QVariantList &bindings);

    // Runs one writing statement from any thread: on the write connection on the owner's
    // thread, elsewhere on a short-lived write connection of the calling thread (audit entries
    // of reads that run on a worker thread; SQLite serialises the writers).
    void execFromAnyThread(const QString &sql, const QVariantList &bindings) const;

    // Copies the pages a large write left in the WAL into the database file on a thread of its
    // own, through a connection of its own (LargeWriteScope), instead of in the commit with the
    // user waiting; the WAL keeps serving readers and writers meanwhile. close() waits for it.
    void checkpointInBackground();
    // Returns when no checkpoint of checkpointInBackground() runs any more.
    void waitForCheckpoint();
    // A read-only connection for the calling thread, opened on first use and closed with the
    // thread. Use it for reports, search and exports off the UI thread.
    QSqlDatabase readConnection() const;

    // Runs fn inside one transaction: committed when fn returns, rolled back when it throws.
    void transaction(const std::function<void()> &fn);
    // Runs fn once, inside the transaction, right before the outermost one commits (work a bulk
    // writer owes the store, BulkCapture); forgotten when the level it was added in rolls back.
    // An Error it throws rolls the transaction back.
    void beforeCommit(const std::function<void()> &fn);

    // Prepares and runs sql with positional bindings; throws Error on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &bindings = {}) const;
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const;

    // Runs a script of several statements separated by ';' at line ends (migrations).
    void execScript(const QString &script) const;

    static QSqlQuery execOn(const QSqlDatabase &db,
                            const QString &sql,
                            const QVariantList &bindings = {});
    static void configure(const QSqlDatabase &db, bool readOnly);
    // PRAGMA journal_mode = WAL, retried while another connection holds the lock: processes
    // starting on one fresh file switch it at once and SQLite answers "locked" without waiting
    // for busy_timeout (it would deadlock). Throws Error after timeoutMs.
    static void switchToWal(const QSqlDatabase &db, int timeoutMs = 10000);

private:
    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
    QThread *m_ownerThread = nullptr; // the thread that opened the store
    QFuture<void> m_checkpoint;
    struct Survivor
    {
        int depth; // the transaction depth it was written at
        QString sql;
        QVariantList bindings;
    };
    QList<Survivor> m_survivors;
    struct CommitHook
    {
        int depth;
        std::function<void()> fn;
    };
    QList<CommitHook> m_beforeCommit;
    void afterRollback();
    void runBeforeCommit();
};

// Pragmas for one large write (an import of 100,000 rows, the search index after it), restored
// when it goes out of scope: a page cache that holds the pages the transaction changes (the
// default 2 MB spills them to the WAL again and again) and statement journals in memory (every
// insert that fires writing triggers keeps one, in a temporary file by default). Its commit
// leaves the WAL's pages where they are: the scope's end copies them into the database file in
// the background (Database::checkpointInBackground), not the commit.
class LargeWriteScope
{
public:
    explicit LargeWriteScope(Database &db);
    ~LargeWriteScope();
    LargeWriteScope(const LargeWriteScope &) = delete;
    LargeWriteScope &operator=(const LargeWriteScope &) = delete;

private:
    Database &m_db;
    int m_cacheSize;
    int m_tempStore;
    int m_autoCheckpoint;
    int m_threads = 0;
};

} // namespace SchoolSuite
