#include "bench_syncfixture.h"

#include "districtserver.h"
#include "pgtestdb.h"

#include "core/error.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace SchoolSuite::Bench {

namespace {

QString districtBinary()
{
    return QStringLiteral(SCHOOLSUITE_DISTRICT);
}

} // namespace

bool SyncBenchServer::postgresConfigured()
{
    return Test::PostgresDatabase::configured();
}

QString SyncBenchServer::backendName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

SyncBenchServer::SyncBenchServer(Backend backend)
    : m_backend(backend)
    , m_dir(std::make_unique<QTemporaryDir>())
{
    QString url;
    if (backend == Backend::Postgres) {
        m_pg = std::make_unique<Test::PostgresDatabase>();
        if (!m_pg->isAvailable())
            throw Error(QStringLiteral("no PostgreSQL database: %1").arg(m_pg->errorString()));
        url = m_pg->url();
    } else {
        url = Test::DistrictServer::sqliteUrl(m_dir->path());
    }
    m_server = std::make_unique<Test::DistrictServer>(districtBinary(), url);
}

SyncBenchServer::~SyncBenchServer()
{
    // The server goes before its PostgreSQL database is dropped.
    m_server.reset();
    m_pg.reset();
}

QString SyncBenchServer::sqliteFile() const
{
    return m_backend == Backend::Sqlite ? m_dir->filePath(QStringLiteral("district.db"))
                                        : QString();
}

QString SyncBenchServer::admin(const QStringList &args) const
{
    const Test::DistrictServer::AdminResult r = m_server->admin(args);
    if (r.exitCode != 0)
        throw Error(QStringLiteral("schoolsuite-district admin %1 failed (exit %2): %3")
                        .arg(args.join(QLatin1Char(' ')))
                        .arg(r.exitCode)
                        .arg(r.err.trimmed()));
    return r.out;
}

void SyncBenchServer::addSchool(const QString &code, const QString &name) const
{
    admin({QStringLiteral("add-school"), code, name});
}

QStringList SyncBenchServer::enrollmentKeys(const QString &code, int n) const
{
    // One command makes them all: each admin process would build its own database connection.
    const QStringList keys = admin({QStringLiteral("enrollment-key"),
                                    code,
                                    QStringLiteral("--count"),
                                    QString::number(n)})
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (keys.size() != n)
        throw Error(QStringLiteral("admin enrollment-key %1 --count %2 printed %3 keys")
                        .arg(code)
                        .arg(n)
                        .arg(keys.size()));
    return keys;
}

void SyncBenchServer::start()
{
    if (!m_server->start())
        throw Error(QStringLiteral("schoolsuite-district did not start:\n%1").arg(logTail()));
}

QUrl SyncBenchServer::url() const
{
    return m_server->url();
}

QString SyncBenchServer::logTail(int chars) const
{
    return m_server->stderrLog().right(chars);
}

qint64 SyncBenchServer::logMark() const
{
    return m_server->stderrLog().toUtf8().size();
}

SyncBenchServer::ServerTime SyncBenchServer::serverTime(qint64 mark, const QString &path) const
{
    static const QRegularExpression request(
        QStringLiteral(" [A-Z]+ (\\S+) \\d{3} \\d+ (\\d+)ms( |$)"));
    ServerTime t;
    const QByteArray log = m_server->stderrLog().toUtf8().mid(mark);
    for (const QByteArray &line : log.split('\n')) {
        const auto match = request.match(QString::fromUtf8(line));
        if (match.hasMatch() && match.captured(1) == path) {
            ++t.requests;
            t.ms += match.captured(2).toDouble();
        }
    }
    return t;
}

double sqliteCopyNs(const QString &file, const QString &target, QString *method)
{
    QFile::remove(target);
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QElapsedTimer timer;
    if (!shell.isEmpty()) {
        *method = QStringLiteral("sqlite3 .backup");
        QProcess p;
        timer.start();
        p.start(shell, {file, QStringLiteral(".backup '%1'").arg(target)}, QIODevice::ReadOnly);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0)
            throw Error(QStringLiteral("sqlite3 .backup failed: %1")
                            .arg(QString::fromUtf8(p.readAllStandardError())));
        return double(timer.nsecsElapsed());
    }
    *method = QStringLiteral("VACUUM INTO (no sqlite3 shell)");
    const QString connection = QStringLiteral("bench-sqlite-copy");
    double ns = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            throw Error(db.lastError().text());
        QSqlQuery q(db);
        timer.start();
        if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(target)))
            throw Error(q.lastError().text());
        ns = double(timer.nsecsElapsed());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ns;
}

} // namespace SchoolSuite::Bench
