// The library stocktake tab driven as a librarian with a keyboard scanner drives it: 300 scans
// back to back over two shelves, the sections marked counted, pause and resume, the report.
#include "stocktaketest.h"

#include "library/stocktake/stocktakecounter.h"
#include "library/stocktake/stocktakeservice.h"
#include "library/ui/stocktakemodels.h"
#include "library/ui/stocktaketab.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Library;

namespace {
QString code(char shelf, int n)
{
    return QStringLiteral("%1%2").arg(QLatin1Char(shelf)).arg(n, 4, 10, QLatin1Char('0'));
}

QStringList barcodes(const StocktakeEntriesModel *model)
{
    QStringList list;
    for (const auto &e : model->entries())
        list << e.barcode;
    return list;
}

// What a keyboard scanner does: the characters, then Enter, as fast as it can, into whatever
// has the focus.
void scan(const QString &barcode)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, barcode);
    QTest::keyClick(target, Qt::Key_Enter);
}

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}
} // namespace

class TestLibraryStocktakeUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initStocktakeTests(); }

    void scannerStocktake()
    {
        Test::TempStore store;
        const Session admin = store.admin();
        Test::Shelves lib{store.db(), admin, {}};
        // 150 copies on I-01, 100 on I-02, 5 on K-01 (outside the stocktake); two lent.
        store.db().transaction([&] {
            for (int n = 1; n <= 150; ++n)
                lib.addCopy(
                    code('L', n), QStringLiteral("I247.5/%1").arg(n), QStringLiteral("I-01"));
            for (int n = 1; n <= 100; ++n)
                lib.addCopy(code('M', n), QStringLiteral("I313/%1").arg(n), QStringLiteral("I-02"));
            for (int n = 1; n <= 5; ++n)
                lib.addCopy(code('K', n), QStringLiteral("K825/%1").arg(n), QStringLiteral("K-01"));
        });
        lib.lend(code('L', 149));
        lib.lend(code('L', 150));
        const StocktakeSection i01
            = StocktakeSection::ofShelf(QStringLiteral("图书馆"), QStringLiteral("I-01"));
        const StocktakeSection i02
            = StocktakeSection::ofShelf(QStringLiteral("图书馆"), QStringLiteral("I-02"));

        StocktakeTab tab(admin);
        tab.resize(1280, 800);
        tab.show();
        QApplication::setActiveWindow(&tab);
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        QCOMPARE(tab.currentStocktakeId(), QString());
        QVERIFY(tab.startStocktake(QStringLiteral("2025 春季清点"), {i01, i02}));
        const QString id = tab.currentStocktakeId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(tab.sessionsTable()->rowCount(), 1);
        QCOMPARE(tab.sectionsTable()->rowCount(), 2);
        QCOMPARE(tab.shelfCombo()->count(), 2);
        QTRY_COMPARE(QApplication::focusWidget(), tab.scanEdit());
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (int t = 0; t < StocktakeTab::ResultTabCount; ++t)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                tab.resultModel(StocktakeTab::ResultTab(t)),
                QAbstractItemModelTester::FailureReportingMode::QtTest));

        QVERIFY(tab.setShelf(QStringLiteral("I-01")));
        int scans = 0;
        // I-01: 140 of its books with L0050 put back after L0060, 5 of I-02's, 2 of K-01's,
        // 3 barcodes that are no copy, 4 scanned twice — back to back, no waiting.
        for (int n = 1; n <= 140; ++n) {
            if (n == 50)
                continue;
            scan(code('L', n)), ++scans;
            if (n == 60)
                scan(code('L', 50)), ++scans;
        }
        QVERIFY(tab.feedbackLabel()->text().contains(QStringLiteral("L0140")));
        for (int n = 1; n <= 5; ++n, ++scans)
            scan(code('M', n));
        QVERIFY(tab.feedbackLabel()->text().contains(QStringLiteral("I-02")));
        for (int n = 1; n <= 2; ++n, ++scans)
            scan(code('K', n));
        for (const char *unknown : {"ZZ-0001", "ZZ-0002", "9787111"})
            scan(QString::fromLatin1(unknown)), ++scans;
        for (int n = 1; n <= 4; ++n, ++scans)
            scan(code('L', n));

        // Keys that land on a list or the shelf chooser still reach the scan field.
        tab.resultView(StocktakeTab::OnShelfTab)->setFocus();
        QCOMPARE(QApplication::focusWidget(), tab.resultView(StocktakeTab::OnShelfTab));
        scan(QStringLiteral("ZZ-0002"));
        ++scans;
        QCOMPARE(QApplication::focusWidget(), tab.scanEdit());
        QVERIFY(tab.feedbackLabel()->text().contains(QStringLiteral("ZZ-0002")));

        // I-02: its books 6..97, then 1..5 again (seen on I-01), then 6..53 again.
        QVERIFY(tab.setShelf(QStringLiteral("I-02")));
        tab.shelfCombo()->setFocus();
        for (int n = 6; n <= 97; ++n, ++scans)
            scan(code('M', n));
        QCOMPARE(QApplication::focusWidget(), tab.scanEdit());
        for (int n = 1; n <= 5; ++n, ++scans)
            scan(code('M', n));
        for (int n = 6; n <= 53; ++n, ++scans)
            scan(code('M', n));
        QCOMPARE(scans, 300);

        // None dropped.
        QCOMPARE(store.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM library_stocktake_scans WHERE "
                                            "stocktake_id = ?"),
                             {id})
                     .toInt(),
                 300);
        StocktakeCounts c = tab.counter()->counts();
        QCOMPARE(c.scans, 300);
        QCOMPARE(c.onShelf, 139 + 92);
        QCOMPARE(c.misshelved, 1 + 5 + 2);
        QCOMPARE(c.unknown, 3);
        QCOMPARE(c.duplicates, 4 + 1 + 5 + 48);
        QCOMPARE(c.onLoan, 2);
        QCOMPARE(c.missing, 0); // nothing marked counted yet
        QCOMPARE(c.notCounted, 8 + 3);
        const QString counts = tab.countsLabel()->text();
        QVERIFY2(counts.contains(QStringLiteral("On shelf 231")), qPrintable(counts));
        QVERIFY2(counts.contains(QStringLiteral("Twice 58")), qPrintable(counts));

        // The lists that need every copy follow when the scanning pauses.
        QTRY_COMPARE(tab.resultModel(StocktakeTab::TwiceTab)->rowCount(), 4 + 1 + 5 + 48);
        QCOMPARE(tab.resultModel(StocktakeTab::OnShelfTab)->rowCount(), 231);
        QCOMPARE(barcodes(tab.resultModel(StocktakeTab::MisshelvedTab)),
                 QStringList({code('L', 50),
                              code('M', 1),
                              code('M', 2),
                              code('M', 3),
                              code('M', 4),
                              code('M', 5),
                              code('K', 1),
                              code('K', 2)}));
        const StocktakeEntry &l50 = tab.resultModel(StocktakeTab::MisshelvedTab)->entry(0);
        QCOMPARE(l50.afterCallNo, QStringLiteral("I247.5/60"));
        QVERIFY(tab.resultModel(StocktakeTab::MisshelvedTab)
                    ->index(0, StocktakeEntriesModel::Found)
                    .data()
                    .toString()
                    .contains(QStringLiteral("I247.5/60")));
        QCOMPARE(tab.resultModel(StocktakeTab::UnknownTab)->rowCount(), 3);
        QCOMPARE(barcodes(tab.resultModel(StocktakeTab::OnLoanTab)),
                 QStringList({code('L', 149), code('L', 150)}));
        QCOMPARE(tab.resultModel(StocktakeTab::MissingTab)->rowCount(), 0);
        QCOMPARE(tab.resultModel(StocktakeTab::NotCountedTab)->rowCount(), 11);
        QCOMPARE(tab.sectionsTable()->item(0, 1)->text(), QStringLiteral("140 / 150"));

        // I-01 marked counted with the button: its 8 unscanned books not lent are missing.
        tab.sectionsTable()->selectRow(0);
        QTest::mouseClick(button(&tab, QStringLiteral("Mark section counted")), Qt::LeftButton);
        QCOMPARE(tab.counter()->counts().missing, 8);
        QCOMPARE(tab.resultModel(StocktakeTab::MissingTab)->rowCount(), 8);
        QCOMPARE(tab.resultModel(StocktakeTab::MissingTab)->entry(0).barcode, code('L', 141));
        QVERIFY(tab.resultTabs()->tabText(StocktakeTab::MissingTab).contains(QStringLiteral("8")));
        QCOMPARE(tab.resultModel(StocktakeTab::NotCountedTab)->rowCount(), 3);
        QVERIFY(tab.sectionsTable()->item(0, 2)->text().contains(QStringLiteral("counted")));
        QCOMPARE(QApplication::focusWidget(), tab.scanEdit());
        QVERIFY(tab.markCounted(i02.key()));
        QCOMPARE(tab.counter()->counts().missing, 11);

        tab.finishCurrent(); // every section counted: no question asked
        QCOMPARE(StocktakeService(admin).stocktake(id).status, StocktakeStatus::Finished);
        QVERIFY(!tab.scanEdit()->placeholderText().isEmpty());
        scan(code('L', 141));
        QVERIFY(tab.feedbackLabel()->text().startsWith(QStringLiteral("✗")));
        QCOMPARE(tab.counter()->counts().scans, 300);

        QTemporaryDir dir;
        QVERIFY(tab.writePdf(dir.filePath(QStringLiteral("r.pdf"))));
        QFile pdf(dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 5000);
    }

    void pauseAndResume()
    {
        Test::TempStore store;
        const Session admin = store.admin();
        Test::Shelves lib{store.db(), admin, {}};
        for (int n = 1; n <= 3; ++n)
            lib.addCopy(code('L', n), QStringLiteral("I247.5/%1").arg(n), QStringLiteral("I-01"));
        const QString id = StocktakeService(admin).start(
            QStringLiteral("文学区"),
            {StocktakeSection::ofRange(QStringLiteral("I247"), QStringLiteral("I247.5"))});

        StocktakeTab tab(admin);
        tab.show();
        QApplication::setActiveWindow(&tab);
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        QCOMPARE(tab.currentStocktakeId(), id);
        QTRY_COMPARE(QApplication::focusWidget(), tab.scanEdit());
        QVERIFY(tab.shelfCombo()->isEditable()); // counting a range, any shelf or none
        scan(code('L', 1));
        QVERIFY(tab.feedbackLabel()->text().startsWith(QStringLiteral("✓")));

        tab.pauseCurrent();
        QCOMPARE(StocktakeService(admin).stocktake(id).status, StocktakeStatus::Paused);
        scan(code('L', 2));
        QVERIFY(tab.feedbackLabel()->text().startsWith(QStringLiteral("✗")));
        QCOMPARE(tab.counter()->counts().scans, 1);

        // Another day: a new tab opens the paused session where it stopped.
        StocktakeTab later(admin);
        later.show();
        QCOMPARE(later.currentStocktakeId(), id);
        QCOMPARE(later.counter()->counts().onShelf, 1);
        later.resumeCurrent();
        QApplication::setActiveWindow(&later);
        later.scanEdit()->setFocus();
        scan(code('L', 2));
        QCOMPARE(later.counter()->counts().onShelf, 2);
        QCOMPARE(later.counter()->counts().notCounted, 1);

        // A teacher cannot take stock.
        const Session teacher = store.as(Role::Teacher);
        StocktakeTab view(teacher);
        QCOMPARE(view.currentStocktakeId(), QString());
        QVERIFY(!view.scanEdit()->isEnabled());
    }
};

QTEST_MAIN(TestLibraryStocktakeUi)
#include "tst_librarystocktakeui.moc"
