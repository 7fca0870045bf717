// schoolsuite-cli and `schoolsuite --exit-after-startup` as IT staff script them: the contract of
// CLI.md (names, exit codes, JSON keys), run as real processes on real stores.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = SchoolSuite::Test::CliRun;
using SchoolSuite::Test::writeFile;

Run run(const QStringList &args, const QString &program = QStringLiteral(SCHOOLSUITE_CLI))
{
    return SchoolSuite::Test::runProgram(program, args, 120000);
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    return writeFile(dir, name, data);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;
    QString m_password;

    QStringList at(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--data-dir"), m_data} + args;
    }

private slots:
    void initTestCase()
    {
        m_data = m_dir.filePath(QStringLiteral("school"));
        m_password = write(m_dir, QStringLiteral("pw"), "correct horse\n");
    }

    void versionAndUsage()
    {
        const Run v = run({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(QRegularExpression(QStringLiteral("^schoolsuite-cli \\d+\\.\\d+\\.\\d+\\n$"))
                    .match(v.out)
                    .hasMatch());
        QCOMPARE(run({QStringLiteral("no-such-command")}).code, 2);
        QCOMPARE(run(at({QStringLiteral("stats"), QStringLiteral("--bogus")})).code, 2);
        QCOMPARE(
            run(at({QStringLiteral("init"), QStringLiteral("--school-code"), QStringLiteral("X1")}))
                .code,
            2);
    }

    void usageErrorsGoToStderr()
    {
        const Run none = run({});
        QCOMPARE(none.code, 2);
        QVERIFY(none.out.isEmpty());
        QVERIFY(!none.err.isEmpty());
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("people import")));
    }

    void refusedInitLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--data-dir"),
                           dir.path(),
                           QStringLiteral("init"),
                           QStringLiteral("--school-code"),
                           QStringLiteral("bad code!"),
                           QStringLiteral("--school-name"),
                           QStringLiteral("学校"),
                           QStringLiteral("--admin"),
                           QStringLiteral("root"),
                           QStringLiteral("--password-file"),
                           m_password});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("bad code!")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("schoolsuite.db"))));
    }

    void commandsOnMissingStoreFail()
    {
        const Run r = run(at({QStringLiteral("stats"), QStringLiteral("--json")}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("init")));
        QVERIFY(!QFile::exists(m_data + QStringLiteral("/schoolsuite.db")));
    }

    void messagesFollowTheLanguage()
    {
        const Run zh = run({QStringLiteral("--data-dir"),
                            m_data,
                            QStringLiteral("--lang"),
                            QStringLiteral("zh_CN"),
                            QStringLiteral("stats")});
        QCOMPARE(zh.code, 1);
        QVERIFY2(zh.err.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                 qPrintable(zh.err));
    }

    void initStatsAndTwiceIsRefused()
    {
        const Run init = run(at({QStringLiteral("init"),
                                 QStringLiteral("--school-code"),
                                 QStringLiteral("DC0009"),
                                 QStringLiteral("--school-name"),
                                 QStringLiteral("东昌区测试小学"),
                                 QStringLiteral("--admin"),
                                 QStringLiteral("root"),
                                 QStringLiteral("--password-file"),
                                 m_password}));
        QCOMPARE(init.code, 0);
        QCOMPARE(run(at({QStringLiteral("init"),
                         QStringLiteral("--school-code"),
                         QStringLiteral("DC0010"),
                         QStringLiteral("--school-name"),
                         QStringLiteral("又一所"),
                         QStringLiteral("--admin"),
                         QStringLiteral("root"),
                         QStringLiteral("--password-file"),
                         m_password}))
                     .code,
                 1);
        const Run stats = run(at({QStringLiteral("stats"), QStringLiteral("--json")}));
        QCOMPARE(stats.code, 0);
        const QJsonObject o = stats.json().object();
        QStringList keys = o.keys();
        keys.sort();
        QStringList expected{QStringLiteral("students"),
                             QStringLiteral("staff"),
                             QStringLiteral("classes"),
                             QStringLiteral("rooms"),
                             QStringLiteral("assets"),
                             QStringLiteral("titles"),
                             QStringLiteral("copies"),
                             QStringLiteral("loans_open"),
                             QStringLiteral("boards"),
                             QStringLiteral("pending_changes")};
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(o.value(QStringLiteral("students")).toInt(), 0);
        QCOMPARE(run(at({QStringLiteral("check")})).code, 0);
    }

    void importIsAllOrNothing()
    {
        const QByteArray bad = "学籍号,姓名,性别,年级,班级,电话\n"
                               "L220502201301010011,张三,男,七年级,1班,13800000001\n"
                               "L220502201301010012,李四,女,七年级,1班,123\n";
        const Run r = run(at({QStringLiteral("people"),
                              QStringLiteral("import"),
                              write(m_dir, QStringLiteral("bad.csv"), bad)}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("row 3")), qPrintable(r.err));
        QCOMPARE(run(at({QStringLiteral("stats"), QStringLiteral("--json")}))
                     .json()
                     .object()
                     .value(QStringLiteral("students"))
                     .toInt(),
                 0);

        const QByteArray good = "学籍号,姓名,性别,年级,班级,电话\n"
                                "L220502201301010011,张三,男,七年级,1班,13800000001\n"
                                "L220502201301010012,欧阳子涵,女,七年级,1班,13800000002\n";
        const QString file = write(m_dir, QStringLiteral("good.csv"), good);
        const Run dry = run(at({QStringLiteral("people"),
                                QStringLiteral("import"),
                                file,
                                QStringLiteral("--dry-run")}));
        QCOMPARE(dry.code, 0);
        QCOMPARE(run(at({QStringLiteral("stats"), QStringLiteral("--json")}))
                     .json()
                     .object()
                     .value(QStringLiteral("students"))
                     .toInt(),
                 0);
        QCOMPARE(run(at({QStringLiteral("people"), QStringLiteral("import"), file})).code, 0);
        QCOMPARE(run(at({QStringLiteral("stats"), QStringLiteral("--json")}))
                     .json()
                     .object()
                     .value(QStringLiteral("students"))
                     .toInt(),
                 2);
    }

    void showAndSetWithChineseFieldNames()
    {
        QCOMPARE(run(at({QStringLiteral("people"),
                         QStringLiteral("set"),
                         QStringLiteral("L220502201301010011"),
                         QStringLiteral("电话=13912345678")}))
                     .code,
                 0);
        const Run show = run(at({QStringLiteral("people"),
                                 QStringLiteral("show"),
                                 QStringLiteral("L220502201301010011"),
                                 QStringLiteral("--json")}));
        QCOMPARE(show.code, 0);
        const QJsonObject o = show.json().object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
        QCOMPARE(o.value(QStringLiteral("phone")).toString(), QStringLiteral("13912345678"));
        QCOMPARE(o.value(QStringLiteral("class")).toString(), QStringLiteral("七年级(1)班"));
        const Run bad = run(at({QStringLiteral("people"),
                                QStringLiteral("set"),
                                QStringLiteral("L220502201301010011"),
                                QStringLiteral("phone=12")}));
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QStringLiteral("12")));
        QCOMPARE(run(at({QStringLiteral("people"),
                         QStringLiteral("show"),
                         QStringLiteral("G000"),
                         QStringLiteral("--json")}))
                     .code,
                 1);
    }

    void globalOptionsAfterTheCommand()
    {
        const Run r = run({QStringLiteral("stats"),
                           QStringLiteral("--json"),
                           QStringLiteral("--data-dir"),
                           m_data});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("students")).toInt(), 2);
        QCOMPARE(run({QStringLiteral("stats"),
                      QStringLiteral("--data-dir=") + m_data,
                      QStringLiteral("--lang=en")})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--data-dir")}).code, 2);
    }

    void searchJson()
    {
        const Run r
            = run(at({QStringLiteral("search"), QStringLiteral("oyzh"), QStringLiteral("--json")}));
        QCOMPARE(r.code, 0);
        const QJsonArray hits = r.json().array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject h = hits.first().toObject();
        QCOMPARE(h.value(QStringLiteral("module")).toString(), QStringLiteral("people"));
        QCOMPARE(h.value(QStringLiteral("kind")).toString(), QStringLiteral("student"));
        QCOMPARE(h.value(QStringLiteral("title")).toString(), QStringLiteral("欧阳子涵"));
        QVERIFY(!h.value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(run(at({QStringLiteral("search"),
                         QStringLiteral("x"),
                         QStringLiteral("--limit"),
                         QStringLiteral("0")}))
                     .code,
                 2);
    }

    void exportBackupRestore()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("students.xlsx"));
        QCOMPARE(run(at({QStringLiteral("people"), QStringLiteral("export"), xlsx})).code, 0);
        QVERIFY(QFile(xlsx).size() > 1000);
        const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
        QCOMPARE(run(at({QStringLiteral("backup"), backup})).code, 0);
        QCOMPARE(run(at({QStringLiteral("people"),
                         QStringLiteral("set"),
                         QStringLiteral("L220502201301010011"),
                         QStringLiteral("name=张三丰")}))
                     .code,
                 0);
        QCOMPARE(run(at({QStringLiteral("restore"), backup})).code, 0);
        QCOMPARE(run(at({QStringLiteral("people"),
                         QStringLiteral("show"),
                         QStringLiteral("L220502201301010011"),
                         QStringLiteral("--json")}))
                     .json()
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("张三"));
        const QString junk = write(m_dir, QStringLiteral("junk.db"), QByteArray(5000, 'j'));
        QCOMPARE(run(at({QStringLiteral("restore"), junk})).code, 1);
        QCOMPARE(run(at({QStringLiteral("check")})).code, 0);
    }

    void usersAndAudit()
    {
        QCOMPARE(
            run(at({QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("nobody")}))
                .code,
            1);
        QCOMPARE(run(at({QStringLiteral("users"),
                         QStringLiteral("add"),
                         QStringLiteral("wang"),
                         QStringLiteral("--role"),
                         QStringLiteral("teacher"),
                         QStringLiteral("--password-file"),
                         m_password}))
                     .code,
                 0);
        const QJsonArray users
            = run(at({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}))
                  .json()
                  .array();
        QCOMPARE(users.size(), 2);
        const QJsonArray audit = run(at({QStringLiteral("audit"),
                                         QStringLiteral("--json"),
                                         QStringLiteral("--action"),
                                         QStringLiteral("export")}))
                                     .json()
                                     .array();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(
            run(at({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("abc")}))
                .code,
            2);
    }

    void demoSchool()
    {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--data-dir"),
                           dir.path(),
                           QStringLiteral("demo"),
                           QStringLiteral("--size"),
                           QStringLiteral("small")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = run({QStringLiteral("--data-dir"),
                                   dir.path(),
                                   QStringLiteral("stats"),
                                   QStringLiteral("--json")})
                                  .json()
                                  .object();
        QCOMPARE(o.value(QStringLiteral("students")).toInt(), 300);
        QCOMPARE(o.value(QStringLiteral("staff")).toInt(), 30);
        QVERIFY(o.value(QStringLiteral("pending_changes")).toInt() > 300);
        QCOMPARE(run({QStringLiteral("--data-dir"),
                      dir.path(),
                      QStringLiteral("demo"),
                      QStringLiteral("--size"),
                      QStringLiteral("small")})
                     .code,
                 1);
        QCOMPARE(run({QStringLiteral("--data-dir"),
                      dir.path(),
                      QStringLiteral("demo"),
                      QStringLiteral("--size"),
                      QStringLiteral("huge")})
                     .code,
                 2);

        // The desktop app paints its first window and exits 0, signed in or not.
        QCOMPARE(
            run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--exit-after-startup")},
                QStringLiteral(SCHOOLSUITE_APP))
                .code,
            0);
        const QString pw = write(m_dir, QStringLiteral("demo-pw"), "schoolsuite\n");
        QCOMPARE(run({QStringLiteral("--data-dir"),
                      dir.path(),
                      QStringLiteral("--sign-in"),
                      QStringLiteral("admin"),
                      QStringLiteral("--password-file"),
                      pw,
                      QStringLiteral("--exit-after-startup")},
                     QStringLiteral(SCHOOLSUITE_APP))
                     .code,
                 0);
        const QString wrong = write(m_dir, QStringLiteral("wrong-pw"), "not-it\n");
        QCOMPARE(run({QStringLiteral("--data-dir"),
                      dir.path(),
                      QStringLiteral("--sign-in"),
                      QStringLiteral("admin"),
                      QStringLiteral("--password-file"),
                      wrong,
                      QStringLiteral("--exit-after-startup")},
                     QStringLiteral(SCHOOLSUITE_APP))
                     .code,
                 1);
    }

    void largeDemoSchool()
    {
        QTemporaryDir dir;
        QCOMPARE(run({QStringLiteral("--data-dir"),
                      dir.path(),
                      QStringLiteral("demo"),
                      QStringLiteral("--size"),
                      QStringLiteral("large")})
                     .code,
                 0);
        const QJsonObject o = run({QStringLiteral("--data-dir"),
                                   dir.path(),
                                   QStringLiteral("stats"),
                                   QStringLiteral("--json")})
                                  .json()
                                  .object();
        QCOMPARE(o.value(QStringLiteral("students")).toInt(), 3000);
        QCOMPARE(o.value(QStringLiteral("staff")).toInt(), 200);
        QCOMPARE(o.value(QStringLiteral("classes")).toInt(), 60);
        QCOMPARE(run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("check")}).code, 0);
    }

    void appOnAFreshMachineShowsTheSetupWizard()
    {
        QTemporaryDir dir;
        const Run r = run(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--exit-after-startup")},
            QStringLiteral(SCHOOLSUITE_APP));
        QCOMPARE(r.code, 0);
        // Nothing was set up behind the user's back: the store has no school yet.
        const Run stats = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("check")});
        QCOMPARE(stats.code, 0);
        QCOMPARE(run({QStringLiteral("--data-dir"),
                      dir.path(),
                      QStringLiteral("users"),
                      QStringLiteral("list"),
                      QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 0);
    }

    void appRefusesDamagedStoreWithoutCrashing()
    {
        QTemporaryDir dir;
        write(
            dir, QStringLiteral("schoolsuite.db"), QByteArray("garbage ") + QByteArray(9000, 'g'));
        const Run r = run(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--exit-after-startup")},
            QStringLiteral(SCHOOLSUITE_APP));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("backup")), qPrintable(r.err));
        const Run cli = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("check")});
        QCOMPARE(cli.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
