#pragma once

// What the sync benchmarks share: the real schoolsuite-district (tests/districtserver.h) on
// 127.0.0.1 with a random port, on a SQLite file or a fresh PostgreSQL database
// (tests/pgtestdb.h), its admin commands, and SQLite's own copy of the server's file as the
// baseline of the initial pull.
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace SchoolSuite {

namespace Test {
class DistrictServer;
class PostgresDatabase;
} // namespace Test

namespace Bench {

class SyncBenchServer
{
public:
    enum class Backend { Sqlite, Postgres };

    // The PostgreSQL rows need SCHOOLSUITE_TEST_POSTGRES (bench/run.sh starts a cluster).
    static bool postgresConfigured();
    static QString backendName(Backend backend);

    // Throws Error when the database cannot be made (a PostgreSQL cluster that does not answer).
    explicit SyncBenchServer(Backend backend);
    ~SyncBenchServer();
    SyncBenchServer(const SyncBenchServer &) = delete;
    SyncBenchServer &operator=(const SyncBenchServer &) = delete;

    Backend backend() const { return m_backend; }
    // The server's database file (SQLite only), for the backup baseline.
    QString sqliteFile() const;

    // `schoolsuite-district --database URL admin ARGS`; its stdout. Throws Error with its stderr.
    QString admin(const QStringList &args) const;
    void addSchool(const QString &code, const QString &name) const;
    // n one-time keys (`admin enrollment-key CODE --count n`).
    QStringList enrollmentKeys(const QString &code, int n) const;

    // Starts the server and waits for "Listening on"; throws Error with the end of its log.
    void start();
    QUrl url() const;
    // The end of the server's stderr (request log, errors), for an ERROR line.
    QString logTail(int chars = 3000) const;

    // The server's own view, from its request log ("... METHOD PATH STATUS BYTES Nms"): the
    // requests to path logged after logMark() returned mark, and the milliseconds it spent on
    // them. Tells the server's share of a client's time from the client's (and the network's).
    struct ServerTime
    {
        int requests = 0;
        double ms = 0;
    };
    qint64 logMark() const;
    ServerTime serverTime(qint64 mark, const QString &path) const;

private:
    Backend m_backend;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::PostgresDatabase> m_pg;
    std::unique_ptr<Test::DistrictServer> m_server;
};

// Copies the SQLite database file to target the way SQLite itself does: the online backup of
// the sqlite3 shell (`sqlite3 FILE ".backup TARGET"`), or VACUUM INTO through QSQLITE when the
// shell is not installed. Returns the wall time in nanoseconds; *method names what was used.
double sqliteCopyNs(const QString &file, const QString &target, QString *method);

} // namespace Bench
} // namespace SchoolSuite
