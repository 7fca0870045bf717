#include "database.h"

#include "core/error.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace SchoolSuite {

namespace {

QAtomicInt s_connectionCounter;

QString nextConnectionName(const QString &prefix)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

// Closes a thread's read connections when the thread ends.
struct ReadConnections
{
    // The write connection's name (unique per open) -> this thread's read connection. Keyed by
    // the open rather than the path, so a store reopened after a restore is read afresh.
    QHash<QString, QString> byStore;
    ~ReadConnections()
    {
        for (const QString &name : std::as_const(byStore))
            QSqlDatabase::removeDatabase(name);
    }
};

QThreadStorage<ReadConnections *> s_readConnections;

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Database", text);
}

} // namespace

Database::~Database()
{
    close();
}

void Database::configure(const QSqlDatabase &db, bool readOnly)
{
    execOn(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    execOn(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // INSERT OR REPLACE deletes the old row; with recursive triggers that delete meets the
    // tombstone guard instead of vanishing without a trace in the outbox.
    execOn(db, QStringLiteral("PRAGMA recursive_triggers = ON"));
    if (!readOnly) {
        // WAL is switched on by LocalStore once the file is known to be a store.
        execOn(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    } else {
        execOn(db, QStringLiteral("PRAGMA query_only = ON"));
    }
}

void Database::open(const QString &path)
{
    close();
    m_connectionName = nextConnectionName(QStringLiteral("schoolsuite"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
        throw Error(tr("Cannot open the database %1: %2").arg(path, why), Error::Corrupt);
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_ownerThread = QThread::currentThread();
    try {
        // Reading the schema is the cheapest way to find out whether this is a SQLite file.
        execOn(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        configure(db, false);
    } catch (const Error &e) {
        close();
        throw Error(tr("%1 is not a SchoolSuite database or is damaged (%2). Restore it "
                       "from a backup.")
                        .arg(path, e.message()),
                    Error::Corrupt);
    }
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    waitForCheckpoint();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
    m_ownerThread = nullptr;
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty();
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT(isOpen());
    if (!isOwnerThread())
        return readConnection();
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOwnerThread() const
{
    return !m_ownerThread || m_ownerThread == QThread::currentThread();
}

namespace {
// Runs sql on a short-lived write connection of the calling thread.
void execOnSideConnection(const QString &path, const QString &sql, const QVariantList &bindings)
{
    const QString name = nextConnectionName(QStringLiteral("schoolsuite-side-write"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw Error(tr("Cannot open the database %1: %2").arg(path, why));
        }
        try {
            Database::configure(db, false);
            Database::execOn(db, sql, bindings);
        } catch (...) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

void Database::execFromAnyThread(const QString &sql, const QVariantList &bindings) const
{
    if (isOwnerThread()) {
        exec(sql, bindings);
        return;
    }
    execOnSideConnection(m_path, sql, bindings);
}

void Database::checkpointInBackground()
{
    if (!isOpen())
        return;
    waitForCheckpoint();
    m_checkpoint = QtConcurrent::run([path = m_path] {
        try {
            // PASSIVE: what can be copied without waiting for a reader or writer; the rest
            // goes with a later checkpoint.
            execOnSideConnection(path, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), {});
        } catch (const Error &e) {
            // Nothing is lost: the pages stay in the WAL for SQLite's next checkpoint.
            qWarning("%s", e.what());
        }
    });
}

void Database::waitForCheckpoint()
{
    m_checkpoint.waitForFinished();
}

QSqlDatabase Database::readConnection() const
{
    Q_ASSERT(isOpen());
    if (!s_readConnections.hasLocalData())
        s_readConnections.setLocalData(new ReadConnections);
    ReadConnections *conns = s_readConnections.localData();
    QString name = conns->byStore.value(m_connectionName);
    if (!name.isEmpty())
        return QSqlDatabase::database(name, false);
    name = nextConnectionName(QStringLiteral("schoolsuite-read"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        throw Error(
            tr("Cannot open a read connection to %1: %2").arg(m_path, db.lastError().text()));
    configure(db, true);
    conns->byStore.insert(m_connectionName, name);
    return db;
}

void Database::transaction(const std::function<void()> &fn)
{
    // The depth below belongs to the write connection, so transactions are the owner's.
    if (!isOwnerThread())
        throw Error(tr("Changes are written on the thread that opened the store."));
    QSqlDatabase db = connection();
    // Nested calls join the outer transaction through a savepoint.
    const QString savepoint = QStringLiteral("sp%1").arg(m_transactionDepth);
    exec(m_transactionDepth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                 : QStringLiteral("SAVEPOINT ") + savepoint);
    ++m_transactionDepth;
    // Undoes the transaction as far as SQLite still has it; it may have rolled back by itself
    // (a full disk), and then the original error is the one to report.
    auto rollback = [&] {
        try {
            if (m_transactionDepth == 0) {
                execOn(db, QStringLiteral("ROLLBACK"));
            } else {
                execOn(db, QStringLiteral("ROLLBACK TO ") + savepoint);
                execOn(db, QStringLiteral("RELEASE ") + savepoint);
            }
        } catch (const Error &) {
        }
    };
    try {
        fn();
        if (m_transactionDepth == 1)
            runBeforeCommit();
    } catch (...) {
        --m_transactionDepth;
        rollback();
        afterRollback();
        throw;
    }
    --m_transactionDepth;
    try {
        exec(m_transactionDepth == 0 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE ") + savepoint);
    } catch (...) {
        // A failed COMMIT leaves SQLite inside the transaction: end it, or every later write
        // would join it and be lost.
        rollback();
        afterRollback();
        throw;
    }
    // Committed into the enclosing level, or for good.
    for (Survivor &survivor : m_survivors)
        survivor.depth = qMin(survivor.depth, m_transactionDepth);
    for (CommitHook &hook : m_beforeCommit)
        hook.depth = qMin(hook.depth, m_transactionDepth);
    if (m_transactionDepth == 0)
        m_survivors.clear();
}

void Database::execSurvivingRollback(const QString &sql, const QVariantList &bindings)
{
    exec(sql, bindings);
    if (m_transactionDepth > 0)
        m_survivors << Survivor{m_transactionDepth, sql, bindings};
}

void Database::beforeCommit(const std::function<void()> &fn)
{
    if (m_transactionDepth == 0)
        throw Error(tr("Work for the commit was given outside a transaction."));
    m_beforeCommit << CommitHook{m_transactionDepth, fn};
}

void Database::runBeforeCommit()
{
    // A hook may add another (or write through a nested transaction): run until none is left.
    while (!m_beforeCommit.isEmpty())
        m_beforeCommit.takeFirst().fn();
}

void Database::afterRollback()
{
    m_beforeCommit.removeIf(
        [this](const CommitHook &hook) { return hook.depth > m_transactionDepth; });
    QList<Survivor> undone;
    for (qsizetype i = m_survivors.size() - 1; i >= 0; --i) {
        if (m_survivors.at(i).depth > m_transactionDepth)
            undone.prepend(m_survivors.takeAt(i));
    }
    for (const Survivor &survivor : std::as_const(undone)) {
        try {
            execSurvivingRollback(survivor.sql, survivor.bindings);
        } catch (const Error &) {
            // The error being reported matters more than its audit entry.
        }
    }
}

QSqlQuery Database::execOn(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw Error(tr("Database error: %1 in %2").arg(query.lastError().text(), sql));
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        throw Error(tr("Database error: %1 in %2").arg(query.lastError().text(), sql));
    return query;
}

void Database::switchToWal(const QSqlDatabase &db, int timeoutMs)
{
    const QString sql = QStringLiteral("PRAGMA journal_mode = WAL");
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(sql))
            return;
        const QString code = query.lastError().nativeErrorCode();
        const bool busy = code == QLatin1String("5") || code == QLatin1String("6");
        if (!busy || deadline.hasExpired())
            throw Error(tr("Database error: %1 in %2").arg(query.lastError().text(), sql));
        QThread::msleep(QRandomGenerator::global()->bounded(5, 40));
    }
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &bindings) const
{
    return execOn(connection(), sql, bindings);
}

QVariant Database::scalar(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query = exec(sql, bindings);
    return query.next() ? query.value(0) : QVariant();
}

void Database::execScript(const QString &script) const
{
    // Statements end with ';' at the end of a line; trigger bodies keep their inner ';' inside
    // BEGIN ... END and end with "END;".
    QString statement;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && statement.isEmpty()))
            continue;
        statement += rawLine + QLatin1Char('\n');
        if (line.contains(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = line.endsWith(QLatin1Char(';'));
        if (!ends)
            continue;
        if (inTrigger && line.compare(QLatin1String("END;"), Qt::CaseInsensitive) != 0
            && !line.endsWith(QLatin1String(" END;"), Qt::CaseInsensitive))
            continue;
        inTrigger = false;
        exec(statement.trimmed());
        statement.clear();
    }
    if (!statement.trimmed().isEmpty())
        exec(statement.trimmed());
}

LargeWriteScope::LargeWriteScope(Database &db)
    : m_db(db)
    , m_cacheSize(db.scalar(QStringLiteral("PRAGMA cache_size")).toInt())
    , m_tempStore(db.scalar(QStringLiteral("PRAGMA temp_store")).toInt())
    , m_autoCheckpoint(db.scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt())
    , m_threads(db.scalar(QStringLiteral("PRAGMA threads")).toInt())
{
    db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    // Indexes built again at the end of a bulk (BulkCapture::deferIndexes) sort on every core.
    db.exec(QStringLiteral("PRAGMA threads = %1").arg(qBound(1, QThread::idealThreadCount(), 8)));
    db.exec(QStringLiteral("PRAGMA cache_size = -131072")); // 128 MB, taken as it is used
    // SQLite changes where temporary data goes only outside a transaction.
    if (db.inTransaction())
        m_tempStore = -1;
    else
        db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

LargeWriteScope::~LargeWriteScope()
{
    try {
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_autoCheckpoint));
        m_db.exec(QStringLiteral("PRAGMA threads = %1").arg(m_threads));
        if (!m_db.inTransaction()) {
            if (m_tempStore >= 0)
                m_db.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
            m_db.checkpointInBackground();
        }
    } catch (const Error &) {
        // A store closed meanwhile: nothing left to restore.
    }
}

} // namespace SchoolSuite
