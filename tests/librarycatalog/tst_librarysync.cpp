// Barcodes and 种次号 on devices of one school through the real district server: leased blocks,
// so two devices cataloguing the same class offline never give the same call number; a copy
// catalogued before the device held numbers of its class gets its 种次号 after the next sync.
// A catalog written in bulk (MARC import) reaches the other devices whole.
#include "core/store/database.h"
#include "library/catalog/libraryservice.h"
#include "library/librarymodule.h"
#include "sync/syncfixture.h"
#include "sync/syncmodule.h"

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

QString addBook(LibraryService &library, const QString &title)
{
    BibRecord r;
    r.title = title;
    r.clc = QStringLiteral("I210.6");
    const QString id = library.addTitle(r);
    LibraryCopy c;
    c.titleId = id;
    library.addCopies(c, 2);
    return id;
}
} // namespace

class TestLibrarySync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DistrictServer> m_server;

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerLibraryModule();
        m_server = std::make_unique<DistrictServer>(QStringLiteral(SCHOOLSUITE_DISTRICT),
                                                    DistrictServer::sqliteUrl(m_dir.path()));
        QVERIFY(m_server->addSchool(kSchool, QStringLiteral("实验学校")));
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrLog()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning("server log:\n%s", qPrintable(m_server->stderrLog().right(4000)));
    }

    void twoDevicesCatalogTheSameClassOffline()
    {
        Device a, b;
        QVERIFY(a.enroll(*m_server, kSchool));
        QVERIFY(b.enroll(*m_server, kSchool));
        // The first sync leases barcodes (asked for when the store opened), not yet 种次号.
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(b.sync()), QStringLiteral("ok"));
        const Session adminA = adminOf(a);
        const Session adminB = adminOf(b);
        LibraryService onA(adminA);
        LibraryService onB(adminB);

        const QString titleA = addBook(onA, QStringLiteral("呐喊"));
        const QString titleB = addBook(onB, QStringLiteral("彷徨"));
        // No numbers of I210.6 on either device yet: the call number waits for a sync.
        QCOMPARE(onA.copies(titleA).at(0).callNo, QStringLiteral("I210.6"));
        QCOMPARE(onA.pendingCallNumberCount(), 2);
        QCOMPARE(onB.pendingCallNumberCount(), 2);
        QVERIFY(onA.copies(titleA).at(0).barcode.startsWith(kSchool + QStringLiteral("-B")));

        // The sync leases numbers of the class and then gives each device's own copies theirs
        // (never the other device's: it numbers its own).
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(b.sync()), QStringLiteral("ok"));
        QCOMPARE(onA.pendingCallNumberCount(), 0);
        QCOMPARE(onB.pendingCallNumberCount(), 0);
        QVERIFY(onA.copies(titleA).at(0).callNo.startsWith(QStringLiteral("I210.6/")));
        QVERIFY(onB.copies(titleB).at(0).callNo.startsWith(QStringLiteral("I210.6/")));
        QCOMPARE(onA.assignPendingCallNumbers(), 0);
        // Offline again: each device gives numbers from its own block.
        const QString secondA = addBook(onA, QStringLiteral("故事新编"));
        const QString secondB = addBook(onB, QStringLiteral("野草"));
        QCOMPARE(onA.pendingCallNumberCount(), 0);

        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(b.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        // Nobody edited anybody else's call number: no conflicts.
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
        // Both devices hold all four titles, eight copies, four distinct call numbers, each
        // title's two copies under one of them, and eight distinct barcodes.
        for (Device *d : {&a, &b}) {
            QCOMPARE(d->count(QStringLiteral("SELECT count(*) FROM library_copies")), 8);
            QCOMPARE(d->count(QStringLiteral("SELECT count(DISTINCT barcode) FROM library_copies")),
                     8);
            QCOMPARE(d->count(QStringLiteral("SELECT count(DISTINCT call_no) FROM library_copies")),
                     4);
            QCOMPARE(d->count(QStringLiteral("SELECT count(*) FROM (SELECT title_id FROM "
                                             "library_copies GROUP BY title_id HAVING "
                                             "count(DISTINCT call_no) = 1)")),
                     4);
        }
        for (const QString &id : {titleA, titleB, secondA, secondB}) {
            const QString callNo = onA.copies(id).at(0).callNo;
            QVERIFY2(callNo.startsWith(QStringLiteral("I210.6/")), qPrintable(callNo));
        }
    }

    // Rows written in bulk are queued without their fields, which the push reads from the rows:
    // the other device gets every title and copy as it stands, a later edit included.
    void catalogWrittenInBulkReachesTheOtherDevice()
    {
        Device a, b;
        QVERIFY(a.enroll(*m_server, kSchool));
        QVERIFY(b.enroll(*m_server, kSchool));
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        const Session adminA = adminOf(a);
        LibraryService onA(adminA);
        QString edited;
        a.db().transaction([&] {
            CatalogWriter writer(onA);
            for (int i = 0; i < 300; ++i) {
                BibRecord r;
                r.title = QStringLiteral("批量图书%1").arg(i);
                r.publisher = QStringLiteral("人民教育出版社");
                r.year = 2000 + i % 20;
                r.clc = QStringLiteral("G634");
                const QString id = writer.addTitle(r);
                if (i == 150)
                    edited = id;
                for (int k = 0; k < 2; ++k) {
                    LibraryCopy c;
                    c.titleId = id;
                    c.barcode = QStringLiteral("BULK%1-%2").arg(i).arg(k);
                    c.callNo = QStringLiteral("G634/%1").arg(1000 + i);
                    c.location = QStringLiteral("二楼书库");
                    writer.addCopy(c);
                }
            }
            writer.finish();
        });
        BibRecord changed = onA.title(edited);
        changed.summary = QStringLiteral("批量导入后补充的提要");
        onA.updateTitle(changed);

        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NULL")), 0);
        QCOMPARE(Test::outcome(b.sync()), QStringLiteral("ok"));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM library_titles WHERE title LIKE "
                                        "'批量图书%' AND publisher = '人民教育出版社' AND clc = "
                                        "'G634' AND year BETWEEN 2000 AND 2019")),
                 300);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM library_copies c JOIN "
                                        "library_titles t ON t.id = c.title_id WHERE c.barcode "
                                        "LIKE 'BULK%' AND c.location = '二楼书库' AND c.call_no "
                                        "LIKE 'G634/1%'")),
                 600);
        const Session adminB = adminOf(b);
        LibraryService onB(adminB);
        QCOMPARE(onB.title(edited).summary, QStringLiteral("批量导入后补充的提要"));
        QCOMPARE(onB.title(edited).title, QStringLiteral("批量图书150"));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
    }
};

QTEST_GUILESS_MAIN(TestLibrarySync)
#include "tst_librarysync.moc"
