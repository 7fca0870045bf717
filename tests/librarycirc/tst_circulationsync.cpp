// Two circulation desks of one school through the real district server: both seed the rules
// before they ever synced and agree; both lend the same copy while offline, sync, and keep both
// loans; the double lend shows on both desks until a return on either closes it.
#include "circtest.h"
#include "sync/syncfixture.h"

#include "library/circulation/circulation.h"

using namespace SchoolSuite;
using Test::Device;
using Test::DistrictServer;

namespace {
const QString kSchool = QStringLiteral("DC0001");

Session adminOf(Device &d)
{
    return Session(
        d.db(), {}, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator);
}
} // namespace

class TestCirculationSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DistrictServer> m_server;

private slots:
    void initTestCase()
    {
        Test::initLibraryTests();
        m_server = std::make_unique<DistrictServer>(QStringLiteral(SCHOOLSUITE_DISTRICT),
                                                    DistrictServer::sqliteUrl(m_dir.path()));
        QVERIFY2(m_server->addSchool(kSchool, QStringLiteral("实验学校")) && m_server->start(),
                 qPrintable(m_server->stderrLog().right(4000)));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_server)
            qWarning("server log:\n%s", qPrintable(m_server->stderrLog().right(4000)));
    }

    void twoOfflineDesksLendTheSameCopy()
    {
        Device a, b;
        QVERIFY(a.enroll(*m_server, kSchool));
        QVERIFY(b.enroll(*m_server, kSchool));
        // Both desks seed the rules and settings before their first sync.
        CirculationRules::ensureDefaults(a.db());
        CirculationRules::ensureDefaults(b.db());

        const Session adminA = adminOf(a);
        Test::Library lib{a.db(), adminA};
        const QString cls = lib.addClass(8, QStringLiteral("3"));
        lib.addStudent(QStringLiteral("S8001"), QStringLiteral("李明"), cls);
        lib.addStudent(QStringLiteral("S8002"), QStringLiteral("王芳"), cls);
        const QString title = lib.addTitle(QStringLiteral("草房子"));
        lib.addCopy(title, QStringLiteral("B0001"));
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(b.sync()), QStringLiteral("ok"));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM library_copies WHERE barcode = "
                                        "'B0001'")),
                 1);

        // Offline: each desk lends the copy to another reader, and neither refuses.
        const Session adminB = adminOf(b);
        Circulation deskA(adminA);
        deskA.setDesk(QStringLiteral("借阅台"));
        Circulation deskB(adminB);
        deskB.setDesk(QStringLiteral("阅览室"));
        deskA.checkout(QStringLiteral("S8001"), QStringLiteral("B0001"));
        deskB.checkout(QStringLiteral("S8002"), QStringLiteral("B0001"));

        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(b.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        for (Device *d : {&a, &b}) {
            QCOMPARE(d->count(QStringLiteral("SELECT count(*) FROM sync_problems")), 0);
            QCOMPARE(d->count(QStringLiteral("SELECT count(*) FROM library_loans")), 2);
            // The seeded rules merged into one matrix.
            QCOMPARE(d->count(QStringLiteral("SELECT count(*) FROM library_rules WHERE deleted = "
                                             "0")),
                     8);
        }
        for (Circulation *desk : {&deskA, &deskB}) {
            QCOMPARE(desk->stats().loansOpen, 2);
            const QList<DoubleLend> twice = desk->doubleLends();
            QCOMPARE(twice.size(), 1);
            QCOMPARE(twice.first().barcode, QStringLiteral("B0001"));
            QStringList readers;
            for (const LoanInfo &l : twice.first().loans)
                readers << l.patronName + QLatin1Char('@') + l.desk;
            readers.sort();
            QCOMPARE(readers,
                     (QStringList{QStringLiteral("李明@借阅台"), QStringLiteral("王芳@阅览室")}));
        }

        // The book comes back to desk B: both loans close, on both desks after the next sync.
        const ReturnResult back = deskB.giveBack(QStringLiteral("B0001"));
        QCOMPARE(back.closedLoans.size(), 2);
        QCOMPARE(Test::outcome(b.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        for (Circulation *desk : {&deskA, &deskB}) {
            QVERIFY(desk->doubleLends().isEmpty());
            QCOMPARE(desk->stats().loansOpen, 0);
        }
        // And it can be lent again on A.
        deskA.checkout(QStringLiteral("S8002"), QStringLiteral("B0001"));
        QCOMPARE(deskA.stats().loansOpen, 1);
    }
};

QTEST_GUILESS_MAIN(TestCirculationSync)
#include "tst_circulationsync.moc"
