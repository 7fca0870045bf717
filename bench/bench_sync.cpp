// The sync engine against the real schoolsuite-district on SQLite, on the large demo school
// (issue 3, "Performance"):
//   1. the initial pull into a fresh device: >= 20,000 rows/s, and at most 3 times what SQLite's
//      own backup needs to copy the server's database file (measured in the same run);
//   2. a push of 10,000 changes: <= 2 s (against the local writes that made them, for
//      information);
//   3. a sync with nothing to do: at most 2 times a GET /api/v1/health round trip.
// SyncClient keeps its credential in the keychain: run it as
//   dbus-run-session -- tests/with-keyring.sh bench_sync
#include "bench_syncfixture.h"
#include "benchcommon.h"

#include "core/app/localstore.h"
#include "core/app/module.h"
#include "core/error.h"
#include "core/people/demoschool.h"
#include "core/store/database.h"
#include "core/store/outbox.h"
#include "sync/credentialstore.h"
#include "sync/syncclient.h"
#include "sync/syncmodule.h"
#include "sync/synctransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

using namespace SchoolSuite;
using Bench::SyncBenchServer;

namespace {

constexpr int kDefaultRuns = 3;      // initial pulls and pushes of 10,000 changes
constexpr int kDefaultNoopRuns = 21; // syncs with nothing to do, and /health round trips
constexpr int kPushChanges = 10000;
const QString kPullPath = QStringLiteral("/api/v1/sync/pull");
const QString kPushPath = QStringLiteral("/api/v1/sync/push");

SyncOptions benchOptions()
{
    SyncOptions options;
    // A loaded two-core machine must not turn a slow answer into an "offline" result.
    options.requestTimeoutMs = 300'000;
    return options;
}

// One enrolled data folder with its store and sync engine.
struct Device
{
    explicit Device(const QString &dataDir)
    {
        store.open(dataDir);
        client = std::make_unique<SyncClient>(store, credentials, benchOptions());
    }
    LocalStore store;
    CredentialStore credentials;
    std::unique_ptr<SyncClient> client;
};

void enroll(const QString &dataDir, SyncBenchServer &server, const QString &key)
{
    SyncClient::enroll(dataDir, server.url(), DemoSchool::schoolCode(), key, {}, benchOptions());
}

SyncResult syncOrThrow(Device &device, const QString &what)
{
    const SyncResult r = device.client->sync(SyncTrigger::Manual);
    if (!r.ok())
        throw Error(QStringLiteral("%1: the sync failed: %2").arg(what, r.message));
    return r;
}

QString rate(double count, double ns)
{
    return QStringLiteral("%1/s").arg(ns > 0 ? count / (ns / 1e9) : 0, 0, 'f', 0);
}

QString mib(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

// Goal 1: a fresh device enrolls (untimed) and pulls everything; against SQLite copying the
// server's file. Alternating which goes first.
void initialPull(SyncBenchServer &server, const QTemporaryDir &tmp, const QStringList &keys)
{
    QList<double> pulls, copies, serverMs;
    int rows = 0;
    int requests = 0;
    QString method;
    const QString copy = tmp.filePath(QStringLiteral("district-copy.db"));
    for (qsizetype r = 0; r < keys.size(); ++r) {
        const QString dir = tmp.filePath(QStringLiteral("device-b%1").arg(r));
        enroll(dir, server, keys.at(r));
        auto pullOnce = [&] {
            Device b(dir);
            const qint64 mark = server.logMark();
            QElapsedTimer timer;
            timer.start();
            const SyncResult result = syncOrThrow(b, QStringLiteral("initial pull"));
            pulls << double(timer.nsecsElapsed());
            const auto served = server.serverTime(mark, kPullPath);
            serverMs << served.ms;
            requests = served.requests;
            if (rows != 0 && rows != result.pulled)
                throw Error(QStringLiteral("initial pull: %1 rows, an earlier run %2")
                                .arg(result.pulled)
                                .arg(rows));
            rows = result.pulled;
        };
        if (r % 2) {
            pullOnce();
            copies << Bench::sqliteCopyNs(server.sqliteFile(), copy, &method);
        } else {
            copies << Bench::sqliteCopyNs(server.sqliteFile(), copy, &method);
            pullOnce();
        }
        QDir(dir).removeRecursively();
    }
    const double pull = Bench::median(pulls);
    const double base = Bench::median(copies);
    Bench::print(QStringLiteral("sync: server database %1 (%2 with its WAL)")
                     .arg(mib(QFileInfo(server.sqliteFile()).size()),
                          mib(QFileInfo(server.sqliteFile()).size()
                              + QFileInfo(server.sqliteFile() + QStringLiteral("-wal")).size())));
    Bench::print(QStringLiteral("sync: initial pull of %1 rows into a fresh device: median of %2 "
                                "runs %3 (%4); baseline %5 of the server's file median %6")
                     .arg(rows)
                     .arg(pulls.size())
                     .arg(Bench::seconds(pull), rate(rows, pull), method, Bench::seconds(base)));
    Bench::print(QStringLiteral("sync: of the initial pull, the server's %1 pull requests took "
                                "%2 by its log (median); the rest is the client (applying the "
                                "rows, the search index) and the transfer (information)")
                     .arg(requests)
                     .arg(Bench::seconds(Bench::median(serverMs) * 1e6)));
    const double perSecond = pull > 0 ? rows / (pull / 1e9) : 0;
    Bench::goal(
        QStringLiteral("sync-initial-pull-rate"),
        rows > 0 && perSecond >= 20000,
        QStringLiteral("%1 rows in %2 = %3").arg(rows).arg(Bench::seconds(pull), rate(rows, pull)),
        QStringLiteral(">= 20000/s"));
    const double ratio = base > 0 ? pull / base : 0;
    Bench::goal(QStringLiteral("sync-initial-pull-ratio"),
                rows > 0 && ratio <= 3.0,
                QStringLiteral("initial pull/%1 %2").arg(method, Bench::ratio(ratio)),
                QStringLiteral("<= 3.00x"));
}

// Goal 2: 10,000 captured changes (phone numbers of the students, round after round), pushed.
void push10k(Device &a, SyncBenchServer &server, int runs)
{
    QStringList ids;
    {
        QSqlQuery q = a.store.db().exec(
            QStringLiteral("SELECT id FROM students WHERE deleted = 0 ORDER BY student_no"));
        while (q.next())
            ids << q.value(0).toString();
    }
    if (ids.isEmpty())
        throw Error(QStringLiteral("push: the demo school has no students"));
    QList<double> writes, pushes, serverMs;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        a.store.db().transaction([&] {
            Statement update(a.store.db().connection(),
                             QStringLiteral("UPDATE students SET phone = ? WHERE id = ?"));
            for (int i = 0; i < kPushChanges; ++i)
                update.run({QStringLiteral("1%1").arg(
                                qint64(r) * kPushChanges + i, 10, 10, QLatin1Char('0')),
                            ids.at(i % ids.size())});
        });
        writes << double(timer.nsecsElapsed());
        const int pending = Outbox::pendingCount(a.store.db().connection());
        if (pending != kPushChanges)
            throw Error(QStringLiteral("push: %1 changes captured instead of %2")
                            .arg(pending)
                            .arg(kPushChanges));
        const qint64 mark = server.logMark();
        timer.restart();
        const int pushed = a.client->pushOnly();
        pushes << double(timer.nsecsElapsed());
        serverMs << server.serverTime(mark, kPushPath).ms;
        if (pushed != kPushChanges)
            throw Error(QStringLiteral("push: %1 changes acknowledged instead of %2")
                            .arg(pushed)
                            .arg(kPushChanges));
    }
    const double push = Bench::median(pushes);
    const double write = Bench::median(writes);
    Bench::print(QStringLiteral("sync: push of %1 changes (batches of 1,000): median of %2 runs "
                                "%3 (%4); baseline: writing them locally (one transaction, "
                                "captured by the triggers) median %5; push/local write %6")
                     .arg(kPushChanges)
                     .arg(runs)
                     .arg(Bench::seconds(push), rate(kPushChanges, push), Bench::seconds(write))
                     .arg(Bench::ratio(write > 0 ? push / write : 0)));
    Bench::print(QStringLiteral("sync: of the push, the server's push requests took %1 by its "
                                "log (median; information)")
                     .arg(Bench::seconds(Bench::median(serverMs) * 1e6)));
    Bench::goal(QStringLiteral("sync-push-10k"),
                push <= 2e9,
                QStringLiteral("%1 changes in %2").arg(kPushChanges).arg(Bench::seconds(push)),
                QStringLiteral("<= 2 s"));
}

// Goal 3: a sync that finds nothing to push or pull, against a GET /api/v1/health on a
// connection kept open the same way (one SyncTransport each, reused).
void noopSync(Device &a, SyncBenchServer &server, int runs)
{
    SyncTransport health(server.url(), 10'000, 60'000);
    auto ping = [&] {
        QElapsedTimer timer;
        timer.start();
        const SyncTransport::Reply reply = health.get(QStringLiteral("/health"));
        const double ns = double(timer.nsecsElapsed());
        if (!reply.ok())
            throw Error(QStringLiteral("GET /health failed: %1").arg(reply.detail));
        return ns;
    };
    QList<double> serverMs;
    auto noop = [&] {
        const qint64 mark = server.logMark();
        QElapsedTimer timer;
        timer.start();
        const SyncResult r = syncOrThrow(a, QStringLiteral("sync with nothing to do"));
        const double ns = double(timer.nsecsElapsed());
        serverMs << server.serverTime(mark, kPullPath).ms;
        if (r.pushed != 0 || r.pulled != 0)
            throw Error(QStringLiteral("the sync with nothing to do pushed %1 and pulled %2")
                            .arg(r.pushed)
                            .arg(r.pulled));
        return ns;
    };
    ping(); // untimed: the connections are open from here on
    noop();
    serverMs.clear();
    QList<double> syncs, pings;
    for (int i = 0; i < runs; ++i) {
        if (i % 2) {
            syncs << noop();
            pings << ping();
        } else {
            pings << ping();
            syncs << noop();
        }
    }
    const double sync = Bench::median(syncs);
    const double base = Bench::median(pings);
    const double ratio = base > 0 ? sync / base : 0;
    Bench::print(QStringLiteral("sync: nothing to do: median of %1 runs %2 (p90 %3); GET "
                                "/api/v1/health round trip median %4 (p90 %5)")
                     .arg(runs)
                     .arg(Bench::ms(sync),
                          Bench::ms(Bench::percentile(syncs, 0.9)),
                          Bench::ms(base),
                          Bench::ms(Bench::percentile(pings, 0.9))));
    const double served = Bench::median(serverMs);
    Bench::print(QStringLiteral("sync: of the sync with nothing to do, the server's pull request "
                                "took %1 by its log (median; information)")
                     .arg(served < 1 ? QStringLiteral("under 1 ms (it logs whole milliseconds)")
                                     : Bench::ms(served * 1e6)));
    Bench::goal(QStringLiteral("sync-noop-ratio"),
                ratio <= 2.0,
                QStringLiteral("empty sync/health round trip %1 (%2 vs %3)")
                    .arg(Bench::ratio(ratio), Bench::ms(sync), Bench::ms(base)),
                QStringLiteral("<= 2.00x"));
}

int run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Benchmark of the sync engine against schoolsuite-district on SQLite."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Initial pulls and 10,000-change pushes."),
                                        QStringLiteral("N"),
                                        QString::number(kDefaultRuns));
    const QCommandLineOption noopOption(QStringLiteral("noop-runs"),
                                        QStringLiteral("Syncs with nothing to do."),
                                        QStringLiteral("N"),
                                        QString::number(kDefaultNoopRuns));
    parser.addOption(runsOption);
    parser.addOption(noopOption);
    parser.process(*QCoreApplication::instance());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int noopRuns = std::max(1, parser.value(noopOption).toInt());
    registerCoreModules();
    registerSyncModule();

    QTemporaryDir tmp;
    SyncBenchServer server(SyncBenchServer::Backend::Sqlite);
    server.addSchool(DemoSchool::schoolCode(), DemoSchool::schoolName());
    const QStringList keys = server.enrollmentKeys(DemoSchool::schoolCode(), 1 + runs);
    try {
        server.start();

        // Device A: the large demo school, enrolled, pushes everything (and pulls it back).
        const QString dirA = tmp.filePath(QStringLiteral("device-a"));
        int captured = 0;
        {
            LocalStore demo;
            Bench::print(QStringLiteral("sync: creating the large demo school ..."));
            Bench::createLargeSchool(demo, dirA);
            captured = Outbox::pendingCount(demo.db().connection());
        }
        enroll(dirA, server, keys.first());
        Device a(dirA);
        QElapsedTimer timer;
        timer.start();
        const SyncResult first = syncOrThrow(a, QStringLiteral("device A's first sync"));
        const double firstNs = double(timer.nsecsElapsed());
        Bench::print(QStringLiteral("sync: device A's first sync: %1 changes captured, %2 pushed, "
                                    "%3 pulled back in %4 (information)")
                         .arg(captured)
                         .arg(first.pushed)
                         .arg(first.pulled)
                         .arg(Bench::seconds(firstNs)));

        initialPull(server, tmp, keys.mid(1));
        push10k(a, server, runs);
        syncOrThrow(a, QStringLiteral("catching up after the pushes"));
        noopSync(a, server, noopRuns);
    } catch (const Error &) {
        Bench::print(QStringLiteral("sync: the server's log ends with:\n%1").arg(server.logTail()));
        throw;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    return SchoolSuite::Bench::runMain(argc, argv, QStringLiteral("sync"), run);
}
