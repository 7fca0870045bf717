// The library stocktake's domain (issue 5, must-have 5): sessions by shelves and by call-number
// ranges; on shelf, on loan, missing, misshelved by shelf and by call-number order, unknown and
// twice-scanned barcodes; a partial count; pause and resume; two PCs; the report.
#include "stocktaketest.h"

#include "core/error.h"
#include "library/stocktake/stocktakecounter.h"
#include "library/stocktake/stocktakereport.h"
#include "library/stocktake/stocktakeservice.h"

#include <QFile>
#include <QTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Library;

namespace {
QStringList barcodes(const QList<StocktakeEntry> &entries)
{
    QStringList list;
    for (const StocktakeEntry &e : entries)
        list << e.barcode;
    return list;
}

QString refusal(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.message();
    }
    return QStringLiteral("(not refused)");
}

const StocktakeSection kI01
    = StocktakeSection::ofShelf(QStringLiteral("图书馆"), QStringLiteral("I-01"));
const StocktakeSection kI02
    = StocktakeSection::ofShelf(QStringLiteral("图书馆"), QStringLiteral("I-02"));
} // namespace

class TestLibraryStocktake : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempStore> m_store;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<Test::Shelves> m_lib;

private slots:
    void initTestCase() { Test::initStocktakeTests(); }

    void init()
    {
        m_store = std::make_unique<Test::TempStore>();
        m_admin = std::make_unique<Session>(m_store->admin());
        m_lib = std::make_unique<Test::Shelves>(Test::Shelves{m_store->db(), *m_admin, {}});
        // I-01: I247.5/1..8 (B007 withdrawn, B006 and B008 lent); I-02: I313/1..3; K-01: K825/1.
        for (int n = 1; n <= 8; ++n)
            m_lib->addCopy(QStringLiteral("B00%1").arg(n),
                           QStringLiteral("I247.5/%1").arg(n),
                           QStringLiteral("I-01"),
                           n == 7 ? QStringLiteral("withdrawn") : QStringLiteral("active"));
        for (int n = 1; n <= 3; ++n)
            m_lib->addCopy(QStringLiteral("B10%1").arg(n),
                           QStringLiteral("I313/%1").arg(n),
                           QStringLiteral("I-02"));
        m_lib->addCopy(QStringLiteral("B201"), QStringLiteral("K825/1"), QStringLiteral("K-01"));
        m_lib->lend(QStringLiteral("B006"));
        m_lib->lend(QStringLiteral("B008"));
    }

    void sectionsAndScope()
    {
        const StocktakeSection range
            = StocktakeSection::ofRange(QStringLiteral("i206"), QStringLiteral("I247"));
        QCOMPARE(range.from, QStringLiteral("I206"));
        QVERIFY(range.contains({}, {}, QStringLiteral("I206/1")));
        QVERIFY(range.contains({}, {}, QStringLiteral("I247.5/12"))); // a subdivision of I247
        QVERIFY(!range.contains({}, {}, QStringLiteral("I248/1")));
        QVERIFY(!range.contains({}, {}, QStringLiteral("I2/1")));
        const StocktakeSection upTo = StocktakeSection::ofRange({}, QStringLiteral("I247.5/3"));
        QVERIFY(upTo.contains({}, {}, QStringLiteral("I247.5/3")));
        QVERIFY(!upTo.contains({}, {}, QStringLiteral("I247.5/4")));
        QVERIFY(kI01.contains(QStringLiteral("图书馆"), QStringLiteral("I-01"), {}));
        QVERIFY(!kI01.contains(QStringLiteral("阅览室"), QStringLiteral("I-01"), {}));
        QCOMPARE(kI01.key(), QStringLiteral("shelf:图书馆/I-01"));

        // The scope as stored, and the schema's single-range form.
        const QString json = StocktakeKeys::scopeJson({kI01, kI02});
        QCOMPARE(StocktakeKeys::sectionsFromJson(json).size(), 2);
        QCOMPARE(StocktakeKeys::sectionsFromJson(json).at(1).key(), kI02.key());
        const QList<StocktakeSection> single
            = StocktakeKeys::sectionsFromJson(QStringLiteral(R"({"from":"I206","to":"I247.9"})"));
        QCOMPARE(single.size(), 1);
        QCOMPARE(single.first().title(), QStringLiteral("I206 – I247.9"));

        StocktakeService service(*m_admin);
        QVERIFY(refusal([&] {
                    service.start(QStringLiteral("x"), {});
                }).contains(QStringLiteral("shelves")));
        QVERIFY(refusal([&] {
                    service.start(
                        QStringLiteral("x"),
                        {StocktakeSection::ofRange(QStringLiteral("K"), QStringLiteral("I"))});
                }).contains(QStringLiteral("starts after it ends")));
        QVERIFY(refusal([&] {
                    service.start(QStringLiteral("x"),
                                  {StocktakeSection::ofRange(QStringLiteral("书"), {})});
                }).contains(QStringLiteral("\"书\"")));
        QCOMPARE(m_store->db().scalar(QStringLiteral("SELECT count(*) FROM library_stocktakes")),
                 QVariant(0));
        QCOMPARE(service.shelves().size(), 3);
        QCOMPARE(service.shelves().first().copies, 7); // I-01 without the withdrawn copy

        // A teacher may not take stock.
        const Session teacher = m_store->as(Role::Teacher);
        QCOMPARE(refusal([&] { StocktakeService s(teacher); }).isEmpty(), false);
    }

    void resultsByShelf()
    {
        StocktakeService service(*m_admin);
        const QString id = service.start(QStringLiteral("2025 春季清点"), {kI01, kI02});
        StocktakeCounter counter(*m_admin, id);
        QCOMPARE(counter.shelves(), QStringList({QStringLiteral("I-01"), QStringLiteral("I-02")}));
        const QString shelf = QStringLiteral("I-01");
        QCOMPARE(counter.scan(QStringLiteral("B001"), shelf).kind, ScanKind::OnShelf);
        QCOMPARE(counter.scan(QStringLiteral("B003"), shelf).kind, ScanKind::OnShelf);
        const ScanOutcome back = counter.scan(QStringLiteral("b002"), shelf); // any case
        QCOMPARE(back.kind, ScanKind::OutOfOrder);
        QCOMPARE(back.barcode, QStringLiteral("B002"));
        QCOMPARE(back.previousCallNo, QStringLiteral("I247.5/3"));
        QCOMPARE(counter.scan(QStringLiteral("B004"), shelf).kind, ScanKind::OnShelf);
        const ScanOutcome wrong = counter.scan(QStringLiteral("B101"), shelf);
        QCOMPARE(wrong.kind, ScanKind::WrongShelf);
        QCOMPARE(wrong.homeShelf, QStringLiteral("I-02"));
        QCOMPARE(counter.scan(QStringLiteral("B201"), shelf).kind, ScanKind::WrongShelf);
        QCOMPARE(counter.scan(QStringLiteral("XYZ-9"), shelf).kind, ScanKind::Unknown);
        const ScanOutcome twice = counter.scan(QStringLiteral("B001"), shelf);
        QCOMPARE(twice.kind, ScanKind::Duplicate);
        QCOMPARE(twice.firstKind, ScanKind::OnShelf);
        const ScanOutcome withdrawn = counter.scan(QStringLiteral("B007"), shelf);
        QCOMPARE(withdrawn.kind, ScanKind::Unknown);
        QVERIFY(withdrawn.withdrawn);
        const ScanOutcome lent = counter.scan(QStringLiteral("B008"), shelf);
        QCOMPARE(lent.kind, ScanKind::OnShelf);
        QVERIFY(lent.onLoan);
        // Nothing is written for a refused scan.
        QVERIFY(refusal([&] {
                    counter.scan(QStringLiteral("B005"), QStringLiteral("K-01"));
                }).contains(QStringLiteral("K-01")));
        QVERIFY(refusal([&] {
                    counter.scan(QStringLiteral("  "), shelf);
                }).contains(QStringLiteral("empty")));

        // Nothing marked counted yet: no copy is missing.
        StocktakeCounts c = counter.counts();
        QCOMPARE(c.scans, 10);
        QCOMPARE(c.expected, 10);  // I-01 without the withdrawn copy, and I-02
        QCOMPARE(c.onShelf, 4);    // B001 B002 B004 B008 (the longest run in order)
        QCOMPARE(c.misshelved, 3); // B003 out of order, B101 wrong shelf, B201 outside
        QCOMPARE(c.onLoan, 1);     // B006
        QCOMPARE(c.missing, 0);
        QCOMPARE(c.notCounted, 3); // B005, B102, B103
        QCOMPARE(c.unknown, 2);    // XYZ-9 and the withdrawn B007
        QCOMPARE(c.duplicates, 1);
        QCOMPARE(c.lentButFound, 1);

        // I-01 counted: its unscanned copy is missing; I-02's stay not counted.
        counter.setCounted(kI01.key());
        c = counter.counts();
        QCOMPARE(c.missing, 1);
        QCOMPARE(c.notCounted, 2);
        const StocktakeResults r = counter.results();
        QCOMPARE(barcodes(r.missing), QStringList{QStringLiteral("B005")});
        QCOMPARE(barcodes(r.notCounted),
                 QStringList({QStringLiteral("B102"), QStringLiteral("B103")}));
        QCOMPARE(barcodes(r.onLoan), QStringList{QStringLiteral("B006")});
        QCOMPARE(r.onLoan.first().borrower, QStringLiteral("李明 七年级(2)班"));
        QVERIFY(r.onLoan.first().dueOn.isValid());
        QCOMPARE(barcodes(r.onShelf),
                 QStringList({QStringLiteral("B001"),
                              QStringLiteral("B002"),
                              QStringLiteral("B004"),
                              QStringLiteral("B008")}));
        QCOMPARE(
            barcodes(r.misshelved),
            QStringList({QStringLiteral("B003"), QStringLiteral("B101"), QStringLiteral("B201")}));
        QCOMPARE(r.misshelved.at(0).reason, MisshelvedReason::OutOfOrder);
        QCOMPARE(r.misshelved.at(0).afterCallNo, QStringLiteral("I247.5/1"));
        QCOMPARE(r.misshelved.at(1).reason, MisshelvedReason::WrongShelf);
        QCOMPARE(r.misshelved.at(1).scannedShelf, QStringLiteral("I-01"));
        QCOMPARE(r.misshelved.at(2).reason, MisshelvedReason::OutOfScope);
        QCOMPARE(barcodes(r.unknown),
                 QStringList({QStringLiteral("XYZ-9"), QStringLiteral("B007")}));
        QCOMPARE(barcodes(r.duplicates), QStringList{QStringLiteral("B001")});
        QCOMPARE(r.duplicates.first().scans, 2);
        QCOMPARE(counter.expectedIn(kI01.key()), 7);
        QCOMPARE(counter.scannedIn(kI01.key()), 5);

        // Every scan is a fact with its shelf and order.
        QCOMPARE(m_store->db()
                     .scalar(QStringLiteral("SELECT group_concat(pos) FROM (SELECT pos FROM "
                                            "library_stocktake_scans ORDER BY pos)"))
                     .toString(),
                 QStringLiteral("1,2,3,4,5,6,7,8,9,10"));
    }

    void outOfOrderRuns_data()
    {
        QTest::addColumn<QList<int>>("order"); // 种次号 in scan order
        QTest::addColumn<QList<int>>("misplaced");
        QTest::newRow("in order") << QList<int>{1, 2, 3, 4, 5} << QList<int>{};
        QTest::newRow("one pulled forward") << QList<int>{1, 5, 2, 3, 4} << QList<int>{5};
        QTest::newRow("one pushed back") << QList<int>{2, 3, 4, 5, 1} << QList<int>{1};
        QTest::newRow("two swapped far") << QList<int>{1, 4, 3, 2, 5} << QList<int>{4, 3};
    }

    void outOfOrderRuns()
    {
        QFETCH(QList<int>, order);
        QFETCH(QList<int>, misplaced);
        const QString id = StocktakeService(*m_admin).start(QStringLiteral("顺序"), {kI01});
        StocktakeCounter counter(*m_admin, id);
        for (int n : order)
            counter.scan(QStringLiteral("B00%1").arg(n), QStringLiteral("I-01"));
        QList<int> found;
        for (const StocktakeEntry &e : counter.results().misshelved)
            found << e.callNo.section(QLatin1Char('/'), 1).toInt();
        QCOMPARE(found, misplaced);
        QCOMPARE(counter.counts().misshelved, misplaced.size());
        QCOMPARE(counter.counts().onShelf, order.size() - misplaced.size());
    }

    void pauseResumeAndTwoPcs()
    {
        StocktakeService service(*m_admin);
        const QString id = service.start(QStringLiteral("分两天"), {kI01, kI02});
        {
            StocktakeCounter first(*m_admin, id);
            first.scan(QStringLiteral("B001"), QStringLiteral("I-01"));
            first.scan(QStringLiteral("B002"), QStringLiteral("I-01"));
        }
        service.pause(id);
        StocktakeCounter paused(*m_admin, id);
        QVERIFY(refusal([&] {
                    paused.scan(QStringLiteral("B003"), QStringLiteral("I-01"));
                }).contains(QStringLiteral("resume")));
        service.resume(id);

        // The next day, two PCs: each reads what was scanned so far and adds its own.
        StocktakeCounter pcA(*m_admin, id);
        StocktakeCounter pcB(*m_admin, id);
        QCOMPARE(pcA.counts().onShelf, 2);
        QCOMPARE(pcA.scan(QStringLiteral("B003"), QStringLiteral("I-01")).kind, ScanKind::OnShelf);
        QCOMPARE(pcB.scan(QStringLiteral("B101"), QStringLiteral("I-02")).kind, ScanKind::OnShelf);
        QCOMPARE(pcB.scan(QStringLiteral("B102"), QStringLiteral("I-02")).kind, ScanKind::OnShelf);
        pcA.reload();
        QCOMPARE(pcA.counts().onShelf, 5);
        QCOMPARE(pcA.scan(QStringLiteral("B101"), QStringLiteral("I-02")).kind,
                 ScanKind::Duplicate);
        // The order continues where it stopped.
        QCOMPARE(m_store->db()
                     .scalar(QStringLiteral("SELECT max(pos) FROM library_stocktake_scans WHERE "
                                            "shelf = 'I-01'"))
                     .toInt(),
                 3);

        pcA.setCounted(kI01.key());
        pcA.setCounted(kI02.key());
        service.finish(id);
        StocktakeCounter done(*m_admin, id);
        QCOMPARE(done.stocktake().status, StocktakeStatus::Finished);
        const StocktakeCounts c = done.counts();
        QCOMPARE(c.missing, 3); // B004 B005 (B006 and B008 are lent) and B103
        QCOMPARE(c.onLoan, 2);
        QVERIFY(refusal([&] {
                    service.setCounted(id, kI01.key(), false);
                }).contains(QStringLiteral("finished")));
    }

    void byRangeAndReport()
    {
        const QString id = StocktakeService(*m_admin).start(
            QStringLiteral("文学"),
            {StocktakeSection::ofRange(QStringLiteral("I247.5/2"), QStringLiteral("I247.5/5"))});
        StocktakeCounter counter(*m_admin, id);
        QVERIFY(counter.stocktake().byRange());
        QCOMPARE(counter.shelves(), QStringList{QStringLiteral("I-01")});
        // Counting a range, the shelf may be left empty.
        QCOMPARE(counter.scan(QStringLiteral("B002"), {}).kind, ScanKind::OnShelf);
        QCOMPARE(counter.scan(QStringLiteral("B004"), {}).kind, ScanKind::OnShelf);
        QCOMPARE(counter.scan(QStringLiteral("B001"), {}).kind, ScanKind::WrongShelf);
        QCOMPARE(counter.counts().expected, 4);
        QCOMPARE(counter.counts().notCounted, 2);
        counter.setCounted(counter.stocktake().sections.first().key());
        QCOMPARE(barcodes(counter.results().missing),
                 QStringList({QStringLiteral("B003"), QStringLiteral("B005")}));
        QCOMPARE(counter.results().misshelved.first().reason, MisshelvedReason::OutOfScope);

        const StocktakeReport::Data data = StocktakeReport::collect(counter, m_store->db());
        QCOMPARE(data.schoolName, QStringLiteral("测试学校"));
        const QString html = StocktakeReport::html(data);
        QVERIFY(html.contains(QStringLiteral("B003")));
        QVERIFY(html.contains(QStringLiteral("I247.5/2 – I247.5/5")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        StocktakeReport::writePdf(data, path);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(refusal([&] {
                    StocktakeReport::writePdf(data, dir.filePath(QStringLiteral("no/such/r.pdf")));
                }).contains(QStringLiteral("r.pdf")));
    }
};

QTEST_MAIN(TestLibraryStocktake)
#include "tst_librarystocktake.moc"
