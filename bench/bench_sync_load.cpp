// 200 devices syncing with one schoolsuite-district at once (issue 3, "Performance"), on SQLite
// and on PostgreSQL: every device has its own enrollment and credential and, in each cycle,
// pushes a few changes of its own (docs/sync-protocol.md §5) and pulls until caught up (§6),
// over HTTP, all of them concurrently. Goal: no error; the p50/p95/max of a cycle are printed,
// against the same cycle of one device alone measured in the same run.
//
// A simulated device is a thread with its own event loop and SyncTransport (so its own
// QNetworkAccessManager and connection), without a local store: the bodies are built here.
#include "bench_syncdevice.h"
#include "bench_syncfixture.h"
#include "benchcommon.h"

#include "core/app/module.h"
#include "core/error.h"
#include "sync/syncmodule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <latch>
#include <memory>
#include <vector>

using namespace SchoolSuite;
using Bench::SimulatedDevice;
using Bench::SyncBenchServer;

namespace {

constexpr int kDefaultDevices = 200;
constexpr int kDefaultSchools = 10;
constexpr int kDefaultRounds = 3;
constexpr int kSoloCycles = 7;

struct Settings
{
    int devices = kDefaultDevices;
    int schools = kDefaultSchools;
    int rounds = kDefaultRounds;
};

QString schoolCode(int i)
{
    return QStringLiteral("L%1").arg(i + 1, 3, 10, QLatin1Char('0'));
}

void runBackend(SyncBenchServer::Backend backend, const Settings &s)
{
    const QString name = QStringLiteral("load-") + SyncBenchServer::backendName(backend);
    SyncBenchServer server(backend);
    std::vector<std::unique_ptr<SimulatedDevice>> devices;
    QElapsedTimer setup;
    setup.start();
    for (int school = 0; school < s.schools; ++school)
        server.addSchool(schoolCode(school), QStringLiteral("负载测试学校%1").arg(school + 1));
    QList<QStringList> keys;
    for (int school = 0; school < s.schools; ++school) {
        const int n = s.devices / s.schools + (school < s.devices % s.schools ? 1 : 0);
        keys << server.enrollmentKeys(schoolCode(school), n);
    }
    const double keysNs = double(setup.nsecsElapsed());
    try {
        server.start();
        setup.restart();
        for (int school = 0; school < s.schools; ++school) {
            for (const QString &key : std::as_const(keys.at(school))) {
                devices.push_back(
                    std::make_unique<SimulatedDevice>(int(devices.size()), schoolCode(school)));
                devices.back()->enroll(server.url(), key);
            }
        }
        Bench::print(
            QStringLiteral("%1: set-up: %2 schools and %3 enrollment keys (admin "
                           "commands) %4, %3 enrollments (POST /enroll, one after the "
                           "other) %5")
                .arg(name)
                .arg(s.schools)
                .arg(devices.size())
                .arg(Bench::seconds(keysNs), Bench::seconds(double(setup.nsecsElapsed()))));

        // The baseline: the same cycle of one device while no other is syncing.
        SimulatedDevice &solo = *devices.front();
        solo.connect(server.url());
        solo.catchUp();
        QList<double> alone;
        for (int i = 0; i < kSoloCycles; ++i)
            alone << solo.cycle();
        solo.disconnect();
        if (solo.errors() > 0)
            throw Error(QStringLiteral("one device alone failed: %1")
                            .arg(solo.errorTexts().join(QStringLiteral("; "))));
        solo.clearCycles();

        std::latch go(qsizetype(devices.size()));
        std::vector<std::unique_ptr<QThread>> threads;
        for (const auto &device : devices) {
            SimulatedDevice *d = device.get();
            threads.emplace_back(QThread::create([d, &go, &server, rounds = s.rounds] {
                d->connect(server.url());
                d->catchUp(); // untimed: the cycles start together, from a caught-up cursor
                go.arrive_and_wait();
                for (int r = 0; r < rounds; ++r)
                    d->cycle();
                d->disconnect();
            }));
        }
        QElapsedTimer wall;
        wall.start();
        for (const auto &t : threads)
            t->start();
        for (const auto &t : threads)
            t->wait();
        const double wallNs = double(wall.nsecsElapsed());

        QList<double> cycles;
        QStringList errors;
        qint64 pulled = 0;
        int changes = 0;
        for (const auto &d : devices) {
            cycles << d->cycles();
            errors << d->errorTexts();
            pulled += d->pulledRows();
            changes += d->pushedChanges();
        }
        const double aloneMed = Bench::median(alone);
        const double p50 = Bench::percentile(cycles, 0.5);
        const double p95 = Bench::percentile(cycles, 0.95);
        const double max = Bench::percentile(cycles, 1.0);
        Bench::print(QStringLiteral("%1: %2 devices x %3 cycles (push 2-3 changes, pull until "
                                    "caught up) at once: %4 changes pushed, %5 rows pulled, all "
                                    "done in %6 (%7 cycles/s)")
                         .arg(name)
                         .arg(devices.size())
                         .arg(s.rounds)
                         .arg(changes)
                         .arg(pulled)
                         .arg(Bench::seconds(wallNs))
                         .arg(wallNs > 0 ? double(cycles.size()) / (wallNs / 1e9) : 0, 0, 'f', 1));
        Bench::print(QStringLiteral("%1: sync cycle p50 %2, p95 %3, max %4; one device alone "
                                    "median %5; p50/alone %6, p95/alone %7")
                         .arg(name,
                              Bench::ms(p50),
                              Bench::ms(p95),
                              Bench::ms(max),
                              Bench::ms(aloneMed),
                              Bench::ratio(aloneMed > 0 ? p50 / aloneMed : 0),
                              Bench::ratio(aloneMed > 0 ? p95 / aloneMed : 0)));
        for (qsizetype i = 0; i < std::min<qsizetype>(errors.size(), 5); ++i)
            Bench::print(QStringLiteral("%1: error: %2").arg(name, errors.at(i)));
        const qsizetype expected = qsizetype(devices.size()) * s.rounds;
        Bench::goal(name + QStringLiteral("-errors"),
                    errors.isEmpty() && cycles.size() == expected,
                    QStringLiteral("%1 errors in %2 cycles of %3 devices")
                        .arg(errors.size())
                        .arg(expected)
                        .arg(devices.size()),
                    QStringLiteral("0 errors"));
    } catch (const Error &) {
        Bench::print(
            QStringLiteral("%1: the server's log ends with:\n%2").arg(name, server.logTail()));
        throw;
    }
}

int run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Benchmark of many devices syncing with one district server at once."));
    parser.addHelpOption();
    const QCommandLineOption devicesOption(QStringLiteral("devices"),
                                           QStringLiteral("Simulated devices."),
                                           QStringLiteral("N"),
                                           QString::number(kDefaultDevices));
    const QCommandLineOption schoolsOption(QStringLiteral("schools"),
                                           QStringLiteral("Schools they belong to."),
                                           QStringLiteral("N"),
                                           QString::number(kDefaultSchools));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Sync cycles of each device."),
                                          QStringLiteral("N"),
                                          QString::number(kDefaultRounds));
    const QCommandLineOption backendOption(QStringLiteral("backend"),
                                           QStringLiteral("sqlite, postgresql or both."),
                                           QStringLiteral("B"),
                                           QStringLiteral("both"));
    parser.addOptions({devicesOption, schoolsOption, roundsOption, backendOption});
    parser.process(*QCoreApplication::instance());
    Settings s;
    s.devices = std::max(1, parser.value(devicesOption).toInt());
    s.schools = std::clamp(parser.value(schoolsOption).toInt(), 1, s.devices);
    s.rounds = std::max(1, parser.value(roundsOption).toInt());
    const QString backend = parser.value(backendOption);
    registerCoreModules();
    registerSyncModule();

    if (backend != QLatin1String("postgresql"))
        runBackend(SyncBenchServer::Backend::Sqlite, s);
    if (backend != QLatin1String("sqlite")) {
        if (SyncBenchServer::postgresConfigured())
            runBackend(SyncBenchServer::Backend::Postgres, s);
        else
            Bench::print(QStringLiteral("load-postgresql: SKIP SCHOOLSUITE_TEST_POSTGRES is not "
                                        "set (bench/run.sh starts a cluster)"));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    return SchoolSuite::Bench::runMain(argc, argv, QStringLiteral("load"), run);
}
