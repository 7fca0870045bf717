// The first start of computers deployed by group policy (issue 7, must-have 4): with DistrictUrl,
// SchoolCode and EnrollmentKey in the machine policy, `schoolsuite` enrolls the computer without
// asking anything and shows the sign-in; one deployment key serves the school's computers up to
// its count; an unreachable district leaves the computer at the sign-in, never at the setup
// wizard, with the reason. Real processes: the desktop app (offscreen), schoolsuite-cli, the
// district server, the keychain (the test runs under dbus-run-session with gnome-keyring).
#include "districtserver.h"
#include "toolrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using SchoolSuite::Test::DistrictServer;

namespace {

using Run = SchoolSuite::Test::ToolRun;

Run run(const QString &program, const QStringList &args, const QString &policyFile)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SCHOOLSUITE_POLICY_FILE"), policyFile);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return SchoolSuite::Test::runTool(program, args, env);
}

QString describe(const Run &r)
{
    return r.describe();
}

} // namespace

class TestFirstStart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DistrictServer> m_server;

    QString writePolicy(const QString &name, const QString &url, const QString &key) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("; as the MSI's transform or the ADMX policies leave it\n"
                               "DistrictUrl=%1\nSchoolCode=DC0001\nEnrollmentKey=%2\n")
                    .arg(url, key)
                    .toUtf8());
        return path;
    }

    // schoolsuite --exit-after-startup on a fresh data folder, as the first start after the
    // silent install: what the user would see.
    Run firstStart(const QString &dataDir, const QString &policy) const
    {
        return run(QStringLiteral(SCHOOLSUITE_APP),
                   {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--exit-after-startup")},
                   policy);
    }

    int enrolledDevices() const
    {
        const auto r = m_server->admin({QStringLiteral("list-devices"), QStringLiteral("--json")});
        return r.exitCode == 0 ? int(QJsonDocument::fromJson(r.out.toUtf8()).array().size()) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<DistrictServer>(
            QStringLiteral(SCHOOLSUITE_DISTRICT),
            DistrictServer::sqliteUrl(m_dir.filePath(QStringLiteral("district"))));
        QVERIFY(m_server->addSchool(QStringLiteral("DC0001"), QStringLiteral("东昌区实验学校")));
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrLog()));
    }

    void deploymentKeyEnrollsEachComputerSilently()
    {
        const auto made = m_server->admin({QStringLiteral("enrollment-key"),
                                           QStringLiteral("DC0001"),
                                           QStringLiteral("--devices"),
                                           QStringLiteral("2")});
        QCOMPARE(made.exitCode, 0);
        const QString policy = writePolicy(
            QStringLiteral("deployed.conf"), m_server->url().toString(), made.out.trimmed());

        for (int computer = 1; computer <= 2; ++computer) {
            const QString data = m_dir.filePath(QStringLiteral("pc%1").arg(computer));
            const Run start = firstStart(data, policy);
            QVERIFY2(start.code == 0, qPrintable(describe(start)));
            // No wizard, no question: the sign-in for the district's accounts.
            QVERIFY2(start.out.contains(QLatin1String("SchoolSuite started: sign-in")),
                     qPrintable(describe(start)));
            QCOMPARE(enrolledDevices(), computer);
            // The store belongs to the school now and syncs.
            const Run sync = run(QStringLiteral(SCHOOLSUITE_CLI),
                                 {QStringLiteral("--data-dir"),
                                  data,
                                  QStringLiteral("sync"),
                                  QStringLiteral("--json")},
                                 policy);
            QVERIFY2(sync.code == 0, qPrintable(describe(sync)));
            // The next start finds the computer enrolled and enrolls nothing again.
            const Run again = firstStart(data, policy);
            QVERIFY2(again.code == 0
                         && again.out.contains(QLatin1String("SchoolSuite started: sign-in")),
                     qPrintable(describe(again)));
            QCOMPARE(enrolledDevices(), computer);
        }

        // A third computer finds the key used up: it says why and waits at the sign-in.
        const Run third = firstStart(m_dir.filePath(QStringLiteral("pc3")), policy);
        QVERIFY2(third.code == 0, qPrintable(describe(third)));
        QVERIFY2(third.out.contains(QLatin1String("SchoolSuite started: sign-in")),
                 qPrintable(describe(third)));
        QVERIFY2(third.err.contains(QLatin1String("could not be enrolled"))
                     && third.err.contains(QLatin1String("refused")),
                 qPrintable(describe(third)));
        QCOMPARE(enrolledDevices(), 2);
    }

    void unreachableDistrictWaitsAtTheSignIn()
    {
        // A port nobody listens on: the computer started before the network or the server.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString key = m_server->enrollmentKey(QStringLiteral("DC0001"));
        const QString policy = writePolicy(
            QStringLiteral("offline.conf"), QStringLiteral("http://127.0.0.1:%1").arg(port), key);
        const QString data = m_dir.filePath(QStringLiteral("offline-pc"));
        const Run start = firstStart(data, policy);
        QVERIFY2(start.code == 0, qPrintable(describe(start)));
        QVERIFY2(start.out.contains(QLatin1String("SchoolSuite started: sign-in")),
                 qPrintable(describe(start)));
        QVERIFY2(start.err.contains(QLatin1String("could not be enrolled")), qPrintable(start.err));

        // When the district is there, the next start enrolls with the same (unspent) key.
        const QString reachable
            = writePolicy(QStringLiteral("online.conf"), m_server->url().toString(), key);
        const int before = enrolledDevices();
        const Run later = firstStart(data, reachable);
        QVERIFY2(later.code == 0 && !later.err.contains(QLatin1String("could not be enrolled")),
                 qPrintable(describe(later)));
        QCOMPARE(enrolledDevices(), before + 1);
    }

    void enrollsOnceTheDistrictAppearsWhileTheSignInWaits()
    {
        // The district's server is not up yet when the computer starts (its port is closed);
        // the sign-in waits, and the computer enrolls as soon as the server answers.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        DistrictServer late(QStringLiteral(SCHOOLSUITE_DISTRICT),
                            DistrictServer::sqliteUrl(m_dir.filePath(QStringLiteral("late"))),
                            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(late.addSchool(QStringLiteral("DC0001"), QStringLiteral("东昌区实验学校")));
        const QString policy = writePolicy(QStringLiteral("late.conf"),
                                           QStringLiteral("http://127.0.0.1:%1").arg(port),
                                           late.enrollmentKey(QStringLiteral("DC0001")));
        const auto devices = [&late] {
            const auto r = late.admin({QStringLiteral("list-devices"), QStringLiteral("--json")});
            return r.exitCode == 0 ? int(QJsonDocument::fromJson(r.out.toUtf8()).array().size())
                                   : -1;
        };

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SCHOOLSUITE_POLICY_FILE"), policy);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("SCHOOLSUITE_ENROLL_RETRY_SECONDS"), QStringLiteral("1"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(SCHOOLSUITE_APP),
                  {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("late-pc"))});
        QVERIFY(app.waitForStarted());
        QTest::qWait(2500); // a first attempt and a retry, both refused at the port
        QCOMPARE(app.state(), QProcess::Running);
        QCOMPARE(devices(), 0);

        QVERIFY2(late.start(), qPrintable(late.stderrLog()));
        QTRY_COMPARE_WITH_TIMEOUT(devices(), 1, 20000);
        QCOMPARE(app.state(), QProcess::Running);
        app.kill();
        app.waitForFinished();
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestFirstStart)
#include "tst_firststart.moc"
