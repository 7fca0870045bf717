// `schoolsuite-cli library checkout|return|stats` and `stats --json` as IT staff script them
// (CLI.md): real processes on a real store; exit codes, messages naming the scan, JSON keys,
// nothing written on a refusal.
#include "circtest.h"
#include "clirun.h"

#include "library/circulation/circulation.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace SchoolSuite;

namespace {
using Run = Test::CliRun;
} // namespace

class TestLibraryCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run run(const QStringList &args)
    {
        return Test::runProgram(QStringLiteral(SCHOOLSUITE_CLI),
                                QStringList{QStringLiteral("--data-dir"), m_dir.path()} + args);
    }
    // Read straight from the file: the CLI's modules may have upgraded the store past what
    // this test program registers.
    int loans()
    {
        int n = -1;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_dir.filePath(LocalStore::fileName()));
            if (db.open()) {
                QSqlQuery q(QStringLiteral("SELECT count(*) FROM library_loans"), db);
                if (q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return n;
    }

private slots:
    void initTestCase()
    {
        Test::initLibraryTests();
        LocalStore store;
        store.open(m_dir.path(), true);
        store.initializeSchool(QStringLiteral("T001"), QStringLiteral("测试学校"));
        const Session admin(
            store.db(), {}, QStringLiteral("admin"), QStringLiteral("admin"), Role::Administrator);
        Test::Library lib{store.db(), admin};
        const QString cls = lib.addClass(9, QStringLiteral("1"));
        lib.addStudent(QStringLiteral("S9001"), QStringLiteral("王芳"), cls);
        lib.addStudent(
            QStringLiteral("S9009"), QStringLiteral("钱毕业"), cls, QStringLiteral("graduated"));
        lib.addStaff(QStringLiteral("T0101"), QStringLiteral("陈老师"));
        const QString title = lib.addTitle(QStringLiteral("平凡的世界"));
        lib.addCopy(title, QStringLiteral("B001"));
        lib.addCopy(title, QStringLiteral("B002"));
        lib.addCopy(lib.addTitle(QStringLiteral("现代汉语词典"), QStringLiteral("H164")),
                    QStringLiteral("R001"),
                    QStringLiteral("reference"));
    }

    void checkoutReturnAndStats()
    {
        Run r = run({QStringLiteral("library"), QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object(),
                 (QJsonObject{{QStringLiteral("titles"), 2},
                              {QStringLiteral("copies"), 3},
                              {QStringLiteral("loans_open"), 0},
                              {QStringLiteral("overdue"), 0}}));

        r = run({QStringLiteral("library"),
                 QStringLiteral("checkout"),
                 QStringLiteral("S9001"),
                 QStringLiteral("B001")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("王芳")), qPrintable(r.out));
        r = run({QStringLiteral("library"),
                 QStringLiteral("checkout"),
                 QStringLiteral("T0101"),
                 QStringLiteral("B002")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("library"), QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(r.object().value(QStringLiteral("loans_open")).toInt(), 2);
        r = run({QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("titles")).toInt(), 2);
        QCOMPARE(r.object().value(QStringLiteral("copies")).toInt(), 3);
        QCOMPARE(r.object().value(QStringLiteral("loans_open")).toInt(), 2);

        r = run({QStringLiteral("library"), QStringLiteral("return"), QStringLiteral("B001")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("王芳")), qPrintable(r.out));
        r = run({QStringLiteral("library"), QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(r.object().value(QStringLiteral("loans_open")).toInt(), 1);
    }

    void refusalsExitOneAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown reader") << QStringList{QStringLiteral("checkout"),
                                                       QStringLiteral("X404"),
                                                       QStringLiteral("B001")}
                                        << QStringLiteral("no reader has card number X404");
        QTest::newRow("unknown copy") << QStringList{QStringLiteral("checkout"),
                                                     QStringLiteral("S9001"),
                                                     QStringLiteral("B404")}
                                      << QStringLiteral("no copy has barcode B404");
        QTest::newRow("unknown copy returned")
            << QStringList{QStringLiteral("return"), QStringLiteral("B404")}
            << QStringLiteral("no copy has barcode B404");
        QTest::newRow("graduated") << QStringList{QStringLiteral("checkout"),
                                                  QStringLiteral("S9009"),
                                                  QStringLiteral("B001")}
                                   << QStringLiteral("graduated");
        QTest::newRow("reference") << QStringList{QStringLiteral("checkout"),
                                                  QStringLiteral("S9001"),
                                                  QStringLiteral("R001")}
                                   << QStringLiteral("reference only");
    }

    void refusalsExitOneAndWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const int before = loans();
        const Run r = run(QStringList{QStringLiteral("library")} + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(loans(), before);
    }

    void usage()
    {
        QCOMPARE(
            run({QStringLiteral("library"), QStringLiteral("checkout"), QStringLiteral("S9001")})
                .code,
            2);
        QCOMPARE(run({QStringLiteral("library"), QStringLiteral("return")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryCli)
#include "tst_librarycli.moc"
