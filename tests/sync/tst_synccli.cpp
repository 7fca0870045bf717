// schoolsuite-cli enroll / sync / conflicts through the real binaries: the CLI against the real
// district server, with the device credentials in the real keychain.
#include "districtserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace SchoolSuite;
using Test::DistrictServer;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QJsonObject object() const { return json().object(); }
};

Run cli(const QString &dataDir, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SCHOOLSUITE_CLI),
            QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    if (!p.waitForFinished(120000))
        return {};
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

int pendingChanges(const QString &dataDir)
{
    return cli(dataDir, {QStringLiteral("stats"), QStringLiteral("--json")})
        .object()
        .value(QStringLiteral("pending_changes"))
        .toInt(-1);
}

QString phoneOf(const QString &dataDir, const QString &key)
{
    return cli(dataDir,
               {QStringLiteral("people"), QStringLiteral("show"), key, QStringLiteral("--json")})
        .object()
        .value(QStringLiteral("phone"))
        .toString();
}

const QString kStudent = QStringLiteral("L220502201301010011");

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private slots:
    void notEnrolled()
    {
        QTemporaryDir dir;
        const Run r = cli(dir.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not enrolled")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void enrollSyncAndSettleAConflict()
    {
        QTemporaryDir serverDir;
        DistrictServer server(QStringLiteral(SCHOOLSUITE_DISTRICT),
                              DistrictServer::sqliteUrl(serverDir.path()));
        QVERIFY(server.addSchool(QStringLiteral("S001"), QStringLiteral("第一小学")));
        QVERIFY(server.addSchool(QStringLiteral("S002"), QStringLiteral("第二小学")));
        QVERIFY2(server.start(), qPrintable(server.stderrLog()));
        const QString url = server.url().toString();
        QTemporaryDir a, b;

        auto enroll = [&](const QString &dir, const QString &school) {
            return cli(dir,
                       {QStringLiteral("enroll"),
                        QStringLiteral("--server"),
                        url,
                        QStringLiteral("--school"),
                        school,
                        QStringLiteral("--key"),
                        server.enrollmentKey(school)});
        };
        Run r = enroll(a.path(), QStringLiteral("S001"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(a.filePath(QStringLiteral("schoolsuite.db"))));
        // A store of one school is not enrolled for another; the key is not spent.
        r = enroll(a.path(), QStringLiteral("S002"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("S001")) && r.err.contains(QLatin1String("S002")),
                 qPrintable(r.err));
        r = cli(b.path(), {QStringLiteral("enroll"), QStringLiteral("--server"), url});
        QCOMPARE(r.code, 2);

        // Students imported on a go to the district and on to b.
        const QString csv = a.filePath(QStringLiteral("students.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("学籍号,姓名,性别,电话\n"
                    "L220502201301010011,张三,男,13800000001\n"
                    "L220502201301010012,欧阳子涵,女,13800000002\n");
        }
        QCOMPARE(cli(a.path(), {QStringLiteral("people"), QStringLiteral("import"), csv}).code, 0);
        const int pending = pendingChanges(a.path());
        QVERIFY(pending >= 2);
        r = cli(a.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("pushed")).toInt(), pending);
        QVERIFY(r.object().contains(QStringLiteral("pulled")));
        QCOMPARE(r.object().value(QStringLiteral("conflicts")).toInt(), 0);
        QCOMPARE(pendingChanges(a.path()), 0);

        QVERIFY2(enroll(b.path(), QStringLiteral("S001")).code == 0, "enroll b");
        r = cli(b.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.object().value(QStringLiteral("pulled")).toInt() >= 2);
        QCOMPARE(phoneOf(b.path(), kStudent), QStringLiteral("13800000001"));

        // The same field changed on both before either synced: one conflict, the later wins.
        QCOMPARE(cli(a.path(),
                     {QStringLiteral("people"),
                      QStringLiteral("set"),
                      kStudent,
                      QStringLiteral("phone=13900000111")})
                     .code,
                 0);
        QCOMPARE(cli(b.path(),
                     {QStringLiteral("people"),
                      QStringLiteral("set"),
                      kStudent,
                      QStringLiteral("phone=13900000222")})
                     .code,
                 0);
        QCOMPARE(cli(a.path(), {QStringLiteral("sync")}).code, 0);
        r = cli(b.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("conflicts")).toInt(), 1);
        r = cli(a.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(r.object().value(QStringLiteral("conflicts")).toInt(), 1);
        QCOMPARE(phoneOf(a.path(), kStudent), QStringLiteral("13900000222"));

        r = cli(a.path(), {QStringLiteral("conflicts"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray conflicts = r.json().array();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject c = conflicts.first().toObject();
        for (const char *key : {"table",
                                "id",
                                "row_id",
                                "field",
                                "kept_value",
                                "lost_value",
                                "kept_user",
                                "lost_user",
                                "kept_device",
                                "lost_device",
                                "detected_at"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QCOMPARE(c.value(QStringLiteral("table")).toString(), QStringLiteral("students"));
        QCOMPARE(c.value(QStringLiteral("field")).toString(), QStringLiteral("phone"));
        QCOMPARE(c.value(QStringLiteral("kept_value")).toString(), QStringLiteral("13900000222"));
        QCOMPARE(c.value(QStringLiteral("lost_value")).toString(), QStringLiteral("13900000111"));
        QVERIFY(c.value(QStringLiteral("kept_device")).toString()
                != c.value(QStringLiteral("lost_device")).toString());
        QVERIFY(!c.value(QStringLiteral("detected_at")).toString().isEmpty());
        // Synced by the computers alone, the changes are told by the computers' names.
        QCOMPARE(c.value(QStringLiteral("kept_user")).toString(), QSysInfo::machineHostName());
        QCOMPARE(c.value(QStringLiteral("lost_user")).toString(), QSysInfo::machineHostName());
        r = cli(a.path(), {QStringLiteral("conflicts")});
        QVERIFY2(r.out.contains(QLatin1String("13900000111"))
                     && r.out.contains(QLatin1String("13900000222")),
                 qPrintable(r.out));

        // Restored on a, the other value comes back on both and the conflict closes on both.
        const QString id = c.value(QStringLiteral("id")).toString();
        r = cli(a.path(), {QStringLiteral("conflicts"), QStringLiteral("restore"), id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli(a.path(), {QStringLiteral("sync")}).code, 0);
        QCOMPARE(cli(b.path(), {QStringLiteral("sync")}).code, 0);
        QCOMPARE(phoneOf(b.path(), kStudent), QStringLiteral("13900000111"));
        QCOMPARE(cli(b.path(), {QStringLiteral("conflicts"), QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 0);
        QCOMPARE(cli(a.path(), {QStringLiteral("conflicts"), QStringLiteral("keep"), id}).code, 1);

        // The server gone: exit 1, the reason on stderr, nothing on stdout, changes kept.
        server.kill();
        QCOMPARE(cli(a.path(),
                     {QStringLiteral("people"),
                      QStringLiteral("set"),
                      kStudent,
                      QStringLiteral("phone=13900000333")})
                     .code,
                 0);
        const int unsent = pendingChanges(a.path());
        QVERIFY(unsent > 0);
        r = cli(a.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("cannot be reached")), qPrintable(r.err));
        QCOMPARE(pendingChanges(a.path()), unsent);
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
