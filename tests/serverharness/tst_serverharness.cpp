// The test harness drives the real schoolsuite-district: start, health, graceful stop, restart,
// on SQLite and on PostgreSQL.
#include "districtserver.h"
#include "pgtestdb.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace SchoolSuite;
using Test::DistrictServer;

class TestServerHarness : public QObject
{
    Q_OBJECT

private slots:
    void serves_data();
    void serves();
    void killedServerIsUnreachable();
    void adminCommands();
    void failedStartKeepsTheLog();
    void postgresDatabaseIsFreshAndDropped();

private:
    // Fresh per data row; the PostgreSQL one is dropped by its destructor.
    QString databaseFor(const QString &kind,
                        QTemporaryDir &dir,
                        std::unique_ptr<Test::PostgresDatabase> &pg);
};

QString TestServerHarness::databaseFor(const QString &kind,
                                       QTemporaryDir &dir,
                                       std::unique_ptr<Test::PostgresDatabase> &pg)
{
    if (kind == QLatin1String("sqlite"))
        return DistrictServer::sqliteUrl(dir.path());
    pg = std::make_unique<Test::PostgresDatabase>();
    return pg->url();
}

void TestServerHarness::serves_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestServerHarness::serves()
{
    QFETCH(QString, kind);
    if (kind == QLatin1String("postgresql") && !Test::PostgresDatabase::configured())
        QSKIP(
            "SCHOOLSUITE_TEST_POSTGRES is not set (scripts/test.sh starts a cluster and sets it)");
    QTemporaryDir dir;
    std::unique_ptr<Test::PostgresDatabase> pg;
    const QString database = databaseFor(kind, dir, pg);
    if (pg)
        QVERIFY2(pg->isAvailable(), qPrintable(pg->errorString()));

    DistrictServer server(QStringLiteral(SCHOOLSUITE_DISTRICT), database);
    QVERIFY2(server.start(), qPrintable(server.stderrLog()));
    QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server.port() > 0);

    const auto health = server.request(
        "GET", QStringLiteral("/api/v1/health"), {}, {{"Accept", "application/json"}});
    QVERIFY2(health.status == 200, qPrintable(health.error + server.stderrLog()));
    const QJsonObject body = QJsonDocument::fromJson(health.body).object();
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!body.value(QStringLiteral("epoch")).toString().isEmpty());
    const QString epoch = body.value(QStringLiteral("epoch")).toString();

    const auto missing = server.request("GET", QStringLiteral("/api/v1/no-such-endpoint"));
    QCOMPARE(missing.status, 404);

    // A restart keeps the database: the same epoch.
    QVERIFY2(server.restart(), qPrintable(server.stderrLog()));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    const auto again = server.request(
        "GET", QStringLiteral("/api/v1/health"), {}, {{"Accept", "application/json"}});
    QCOMPARE(again.status, 200);
    QCOMPARE(QJsonDocument::fromJson(again.body).object().value(QStringLiteral("epoch")).toString(),
             epoch);

    server.terminate();
    QVERIFY(!server.isRunning());
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

void TestServerHarness::killedServerIsUnreachable()
{
    QTemporaryDir dir;
    DistrictServer server(QStringLiteral(SCHOOLSUITE_DISTRICT),
                          DistrictServer::sqliteUrl(dir.path()));
    QVERIFY2(server.start(), qPrintable(server.stderrLog()));
    QCOMPARE(server.request("GET", QStringLiteral("/api/v1/health")).status, 200);
    server.kill();
    QVERIFY(!server.isRunning());
    QCOMPARE(server.exitStatus(), QProcess::CrashExit);
    const auto reply = server.request("GET", QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 0);
    QVERIFY(!reply.error.isEmpty());
}

void TestServerHarness::adminCommands()
{
    QTemporaryDir dir;
    DistrictServer server(QStringLiteral(SCHOOLSUITE_DISTRICT),
                          DistrictServer::sqliteUrl(dir.path()));
    QVERIFY(server.addSchool(QStringLiteral("S001"), QStringLiteral("第一小学")));
    QVERIFY(server.addUser(QStringLiteral("wang.fang"),
                           QStringLiteral("S001"),
                           QStringLiteral("teacher"),
                           QStringLiteral("correct horse")));
    const QString key = server.enrollmentKey(QStringLiteral("S001"));
    QVERIFY(!key.isEmpty());
    QVERIFY2(!key.contains(QLatin1Char('\n')), qPrintable(key));
    QVERIFY(server.enrollmentKey(QStringLiteral("S001")) != key);

    const auto list = server.admin({QStringLiteral("list-schools"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("第一小学")), qPrintable(list.out));
    QVERIFY2(list.out.contains(QStringLiteral("S001")), qPrintable(list.out));

    const auto unknown = server.admin({QStringLiteral("enrollment-key"), QStringLiteral("NOPE")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY(!unknown.err.isEmpty());
}

void TestServerHarness::failedStartKeepsTheLog()
{
    // A port that is taken: the server must fail, and the harness must report, not hang.
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    DistrictServer server(
        QStringLiteral(SCHOOLSUITE_DISTRICT),
        DistrictServer::sqliteUrl(dir.path()),
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(blocker.serverPort())});
    QVERIFY(!server.start());
    QVERIFY(!server.isRunning());
    // The server gave up by itself (the harness did not have to kill it) and said why.
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QVERIFY(server.exitCode() != 0);
    const QStringList said = server.stderrLog()
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                 .filter(QRegularExpression(QStringLiteral("^(?!###)")));
    QVERIFY2(!said.isEmpty(), qPrintable(server.stderrLog()));
}

void TestServerHarness::postgresDatabaseIsFreshAndDropped()
{
    if (!Test::PostgresDatabase::configured())
        QSKIP(
            "SCHOOLSUITE_TEST_POSTGRES is not set (scripts/test.sh starts a cluster and sets it)");
    QString name;
    {
        Test::PostgresDatabase first;
        Test::PostgresDatabase second;
        QVERIFY2(first.isAvailable(), qPrintable(first.errorString()));
        QVERIFY(second.isAvailable());
        QVERIFY(first.name() != second.name());
        QVERIFY(first.url().endsWith(QLatin1Char('/') + first.name()));
        name = first.name();
        {
            QSqlDatabase db = Test::PostgresDatabase::open(first.url(), QStringLiteral("probe"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                              "'public'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            // Left open on purpose: the drop must end it.
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    {
        QSqlDatabase db = Test::PostgresDatabase::open(Test::PostgresDatabase::baseUrl(),
                                                       QStringLiteral("base"));
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(name)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("base"));
}

QTEST_GUILESS_MAIN(TestServerHarness)
#include "tst_serverharness.moc"
