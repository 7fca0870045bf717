// The stocktake tab driven as a clerk with a keyboard scanner drives it, and the value tab.
#include "equipmentfixture.h"

#include "sync/syncmodule.h"

#include "equipment/stocktake/stocktakecounter.h"
#include "equipment/stocktake/stocktakeservice.h"
#include "equipment/ui/scrapwidget.h"
#include "equipment/ui/stocktakemodels.h"
#include "equipment/ui/stocktaketab.h"
#include "equipment/ui/valuemodels.h"
#include "equipment/ui/valuetab.h"

#include "core/store/database.h"

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

namespace {
QString tagOf(char room, int n)
{
    return QStringLiteral("G%1-%2").arg(QLatin1Char(room)).arg(n, 4, 10, QLatin1Char('0'));
}

QStringList tags(const StocktakeEntriesModel *model)
{
    QStringList list;
    for (const auto &e : model->entries())
        list << e.tag;
    list.sort();
    return list;
}

// What a keyboard scanner does: the tag's characters, then Enter, as fast as it can, into
// whatever has the focus.
void scan(const QString &tag)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, tag);
    QTest::keyClick(target, Qt::Key_Enter);
}
} // namespace

class TestStocktakeUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerSyncModule();
        registerEquipmentModule();
    }

    void scannerStocktake()
    {
        Test::EquipmentFixture f;
        const QString roomA = f.addRoom(QStringLiteral("三年级2班"));
        const QString roomB
            = f.addRoom(QStringLiteral("计算机网络教室"), QStringLiteral("computer_lab"));
        const QString roomC = f.addRoom(QStringLiteral("教务处"), QStringLiteral("office"));
        // 150 items in A, 100 in B, 5 in C (outside the stocktake).
        f.db().transaction([&] {
            for (int i = 1; i <= 150; ++i)
                f.addItem(tagOf('A', i), QStringLiteral("台式机A%1").arg(i), roomA);
            for (int i = 1; i <= 100; ++i)
                f.addItem(tagOf('B', i), QStringLiteral("学生机B%1").arg(i), roomB);
            for (int i = 1; i <= 5; ++i)
                f.addItem(tagOf('C', i), QStringLiteral("办公电脑C%1").arg(i), roomC);
        });
        const QString id
            = StocktakeService(f.admin).start(QStringLiteral("2025年春季盘点"), {roomA, roomB});

        StocktakeTab tab(f.store(), f.admin);
        tab.resize(1280, 800);
        tab.show();
        QApplication::setActiveWindow(&tab);
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        QCOMPARE(tab.currentStocktakeId(), id);
        // The scan field has the focus without a click.
        QTRY_COMPARE(QApplication::focusWidget(), tab.scanEdit());
        QAbstractItemModelTester tester(tab.resultModel(StocktakeTab::FoundTab),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester wrongTester(
            tab.resultModel(StocktakeTab::WrongRoomTab),
            QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(tab.setRoom(roomA));
        int scans = 0;
        // Room A: 140 of its 150 items, 5 of B's and 2 of C's items, 3 tags not ours, and
        // 4 tags scanned twice — back to back, no waiting.
        for (int i = 1; i <= 140; ++i, ++scans)
            scan(tagOf('A', i));
        for (int i = 1; i <= 5; ++i, ++scans)
            scan(tagOf('B', i));
        for (int i = 1; i <= 2; ++i, ++scans)
            scan(tagOf('C', i));
        for (const char *unknown : {"ZZ-0001", "ZZ-0002", "9787111"})
            scan(QString::fromLatin1(unknown)), ++scans;
        for (int i = 1; i <= 4; ++i, ++scans)
            scan(tagOf('A', i));
        QVERIFY(tab.feedbackLabel()->text().contains(tagOf('A', 4)));

        // Keys that land on a list still reach the scan field.
        tab.resultView(StocktakeTab::FoundTab)->setFocus();
        QCOMPARE(QApplication::focusWidget(), tab.resultView(StocktakeTab::FoundTab));
        scan(QStringLiteral("ZZ-0002")); // a duplicate unknown tag
        ++scans;
        QCOMPARE(QApplication::focusWidget(), tab.scanEdit());
        QVERIFY(tab.feedbackLabel()->text().contains(QStringLiteral("ZZ-0002")));

        // Room B: 145 scans of its 100 items: 6..97 (92), then B1-B5 again (duplicates: they
        // were seen in A), then 48 repeats of 6..53.
        QVERIFY(tab.setRoom(roomB));
        QCOMPARE(QApplication::focusWidget(), tab.scanEdit());
        for (int i = 6; i <= 97; ++i, ++scans)
            scan(tagOf('B', i));
        for (int i = 1; i <= 5; ++i, ++scans)
            scan(tagOf('B', i));
        for (int i = 6; i <= 53; ++i, ++scans)
            scan(tagOf('B', i));
        QCOMPARE(scans, 300);

        // None dropped: every scan is in the store.
        QCOMPARE(f.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM equipment_stocktake_scans WHERE "
                                            "stocktake_id = ?"),
                             {id})
                     .toInt(),
                 300);
        const StocktakeCounts c = tab.counter()->counts();
        QCOMPARE(c.scans, 300);
        QCOMPARE(c.found, 140 + 92);
        QCOMPARE(c.wrongRoom, 7);
        QCOMPARE(c.unknown, 3);
        QCOMPARE(c.duplicates, 4 + 1 + 5 + 48);
        QCOMPARE(c.missing, 10 + 3); // A141-A150, B98-B100
        QCOMPARE(c.pending, 0);

        // What the clerk sees.
        const QString counts = tab.countsLabel()->text();
        QVERIFY2(counts.contains(QStringLiteral("Found 232")), qPrintable(counts));
        QVERIFY2(counts.contains(QStringLiteral("Missing 13")), qPrintable(counts));
        QVERIFY2(counts.contains(QStringLiteral("Duplicates 58")), qPrintable(counts));
        QCOMPARE(tab.resultModel(StocktakeTab::FoundTab)->rowCount(), 232);
        QCOMPARE(tags(tab.resultModel(StocktakeTab::WrongRoomTab)),
                 QStringList({tagOf('B', 1),
                              tagOf('B', 2),
                              tagOf('B', 3),
                              tagOf('B', 4),
                              tagOf('B', 5),
                              tagOf('C', 1),
                              tagOf('C', 2)}));
        QCOMPARE(
            tags(tab.resultModel(StocktakeTab::UnknownTab)),
            QStringList(
                {QStringLiteral("9787111"), QStringLiteral("ZZ-0001"), QStringLiteral("ZZ-0002")}));
        QCOMPARE(tab.resultModel(StocktakeTab::WrongRoomTab)->entry(0).scannedRoomId, roomA);
        // The lists that need the whole register follow when the scanning pauses.
        QTRY_COMPARE(tab.resultModel(StocktakeTab::MissingTab)->rowCount(), 13);
        QStringList missing;
        for (int i = 141; i <= 150; ++i)
            missing << tagOf('A', i);
        for (int i = 98; i <= 100; ++i)
            missing << tagOf('B', i);
        missing.sort();
        QCOMPARE(tags(tab.resultModel(StocktakeTab::MissingTab)), missing);
        QCOMPARE(tab.resultModel(StocktakeTab::DuplicatesTab)->rowCount(), 4 + 1 + 5 + 48);
        QVERIFY(tab.resultTabs()->tabText(StocktakeTab::MissingTab).contains(QStringLiteral("13")));

        // "Move here": B1 and B2 go to room A, where they were found.
        tab.resultTabs()->setCurrentIndex(StocktakeTab::WrongRoomTab);
        QTableView *wrong = tab.resultView(StocktakeTab::WrongRoomTab);
        int rowB1 = -1;
        for (int row = 0; row < wrong->model()->rowCount(); ++row)
            if (tab.resultModel(StocktakeTab::WrongRoomTab)->entry(row).tag == tagOf('B', 1))
                rowB1 = row;
        QVERIFY(rowB1 >= 0);
        wrong->selectRow(rowB1);
        const QString b1 = EquipmentService(f.admin).asset(tagOf('B', 1)).id;
        auto *moveHere = tab.findChildren<QPushButton *>().constFirst();
        for (QPushButton *b : tab.findChildren<QPushButton *>())
            if (b->text().startsWith(QStringLiteral("Move the selected")))
                moveHere = b;
        QTest::mouseClick(moveHere, Qt::LeftButton);
        QCOMPARE(f.roomOf(b1), roomA);
        QCOMPARE(tab.counter()->counts().wrongRoom, 6);
        QCOMPARE(tab.counter()->counts().found, 233);
        QCOMPARE(tab.resultModel(StocktakeTab::WrongRoomTab)->rowCount(), 6);
        QCOMPARE(QApplication::focusWidget(), tab.scanEdit());

        // Report.
        QTemporaryDir dir;
        QVERIFY(tab.writePdf(dir.filePath(QStringLiteral("r.pdf"))));
        QVERIFY(QFile(dir.filePath(QStringLiteral("r.pdf"))).size() > 2000);
    }

    void pauseResumeAndBatch()
    {
        Test::EquipmentFixture f;
        const QString roomA = f.addRoom(QStringLiteral("实验室"), QStringLiteral("lab"));
        f.addItem(QStringLiteral("L-1"), QStringLiteral("显微镜1"), roomA, QStringLiteral("lab"));
        f.addItem(QStringLiteral("L-2"), QStringLiteral("显微镜2"), roomA, QStringLiteral("lab"));
        f.addItem(QStringLiteral("L-3"), QStringLiteral("显微镜3"), roomA, QStringLiteral("lab"));

        StocktakeTab tab(f.store(), f.admin);
        tab.show();
        QApplication::setActiveWindow(&tab);
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        QCOMPARE(tab.currentStocktakeId(), QString());
        // No session yet: a scan is answered, not lost silently.
        tab.scanEdit()->setFocus();
        scan(QStringLiteral("L-1"));
        QVERIFY(tab.feedbackLabel()->text().startsWith(QStringLiteral("✗")));

        const QString id = StocktakeService(f.admin).start(QStringLiteral("实验室盘点"), {roomA});
        tab.reload();
        QCOMPARE(tab.currentStocktakeId(), id);
        QCOMPARE(tab.sessionsTable()->rowCount(), 1);
        QTRY_COMPARE(QApplication::focusWidget(), tab.scanEdit());
        scan(QStringLiteral("L-1"));
        QVERIFY(tab.feedbackLabel()->text().startsWith(QStringLiteral("✓")));

        tab.pauseCurrent();
        QCOMPARE(StocktakeService(f.admin).stocktake(id).status, StocktakeStatus::Paused);
        scan(QStringLiteral("L-2"));
        QVERIFY(tab.feedbackLabel()->text().startsWith(QStringLiteral("✗")));
        QCOMPARE(tab.counter()->counts().scans, 1);
        tab.resumeCurrent();
        QCOMPARE(QApplication::focusWidget(), tab.scanEdit());
        scan(QStringLiteral("L-2"));
        QCOMPARE(tab.counter()->counts().found, 2);

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("scanner.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("L-3,2025-03-01 10:00:00\r\nL-1\r\nNOT-OURS\r\n");
        file.close();
        QVERIFY(tab.importBatchFile(file.fileName()));
        QCOMPARE(tab.counter()->counts().found, 3);
        QCOMPARE(tab.counter()->counts().unknown, 1);
        QCOMPARE(tab.counter()->counts().duplicates, 1);
        QCOMPARE(tab.resultModel(StocktakeTab::UnknownTab)->rowCount(), 1);
        QVERIFY(tab.feedbackLabel()->text().contains(QStringLiteral("3")));

        tab.finishCurrent();
        QCOMPARE(StocktakeService(f.admin).stocktake(id).status, StocktakeStatus::Finished);
        QCOMPARE(tab.counter()->counts().missing, 0);

        // A teacher sees the stocktake but has nothing to scan with.
        Session teacher = f.temp.as(Role::Teacher);
        StocktakeTab view(f.store(), teacher);
        QCOMPARE(view.currentStocktakeId(), id);
        QVERIFY(!view.scanEdit()->isEnabled());
    }

    void valueTab()
    {
        Test::EquipmentFixture f;
        const QString room
            = f.addRoom(QStringLiteral("计算机教室"), QStringLiteral("computer_lab"));
        f.addItem("V-1",
                  "台式机",
                  room,
                  "computer.desktop",
                  600000,
                  QDate(2015, 3, 15),
                  QStringLiteral("财政专项资金"));
        f.addItem("V-2",
                  "投影仪",
                  room,
                  "projector",
                  480000,
                  QDate(2021, 6, 1),
                  QStringLiteral("学校公用经费"));
        Session clerk = f.temp.as(Role::Clerk);
        Session principal = f.temp.as(Role::Principal);

        ValueTab clerkTab(f.store(), clerk);
        QAbstractItemModelTester t1(clerkTab.scrapWidget()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(clerkTab.valueModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(clerkTab.replacementModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        clerkTab.show();
        clerkTab.setAsOf(QDate(2023, 12, 31));
        ValueReportModel *value = clerkTab.valueModel();
        QCOMPARE(value->rowCount(), 3); // two rows and the total
        QCOMPARE(value->index(2, ValueReportModel::Count).data().toInt(), 2);
        QCOMPARE(value->index(2, ValueReportModel::Cost).data().toString(),
                 QStringLiteral("10,800.00"));
        // V-1: 105 of 72 months: fully depreciated; V-2: 30 of 72 months: 2,000.00.
        QCOMPARE(value->index(2, ValueReportModel::Accumulated).data(Qt::UserRole).toLongLong(),
                 qint64(600000 + 200000));
        clerkTab.setReplacementBy(QDate::currentDate());
        QCOMPARE(clerkTab.replacementModel()->rowCount(), 1);
        QCOMPARE(clerkTab.replacementModel()->index(0, 0).data().toString(), QStringLiteral("V-1"));
        QTemporaryDir dir;
        QVERIFY(clerkTab.writeReplacementCsv(dir.filePath(QStringLiteral("r.csv"))));
        QFile csv(dir.filePath(QStringLiteral("r.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(csv.readAll()).contains(QStringLiteral("V-1,台式机")));
        QVERIFY(clerkTab.writeValuePdf(dir.filePath(QStringLiteral("v.pdf"))));
        QVERIFY(clerkTab.writeReplacementPdf(dir.filePath(QStringLiteral("r.pdf"))));

        // The clerk asks; approving is not theirs to do.
        ScrapWidget *scrap = clerkTab.scrapWidget();
        QVERIFY(scrap->requestButton()->isVisibleTo(&clerkTab));
        QVERIFY(!scrap->approveButton()->isVisibleTo(&clerkTab));
        QVERIFY(!scrap->requestScrap(QStringLiteral("V-1"), QString()));
        QVERIFY(!scrap->messageLabel()->text().isEmpty());
        QVERIFY(
            scrap->requestScrap(QStringLiteral("V-1"), QStringLiteral("超过使用年限，无法开机")));
        QCOMPARE(scrap->model()->rowCount(), 1);
        QVERIFY(!scrap->approveCurrent({}, {}));
        QVERIFY(!scrap->requestScrap(QStringLiteral("V-1"), QStringLiteral("again")));

        ValueTab principalTab(f.store(), principal);
        principalTab.show();
        ScrapWidget *decide = principalTab.scrapWidget();
        QVERIFY(!decide->requestButton()->isVisibleTo(&principalTab));
        QVERIFY(decide->approveButton()->isVisibleTo(&principalTab));
        QCOMPARE(decide->model()->rowCount(), 1);
        QVERIFY(decide->approveButton()->isEnabled());
        QVERIFY(decide->approveCurrent(QStringLiteral("同意"), QStringLiteral("回收")));
        QCOMPARE(decide->model()->rowCount(), 0); // pending only
        decide->filterCombo()->setCurrentIndex(1);
        QCOMPARE(decide->model()->rowCount(), 1);
        QCOMPARE(decide->model()->index(0, ScrapRequestsModel::Status).data().toString(),
                 QStringLiteral("Approved"));
        QCOMPARE(f.statusOf(EquipmentService(f.admin).asset(QStringLiteral("V-1")).id),
                 AssetStatus::Scrapped);
        // The scrapped computer leaves the replacement list and today's value.
        principalTab.setReplacementBy(QDate::currentDate());
        QCOMPARE(principalTab.replacementModel()->rowCount(), 0);
        principalTab.setAsOf(QDate::currentDate());
        QCOMPARE(principalTab.valueModel()->rowCount(), 2);
    }
};

QTEST_MAIN(TestStocktakeUi)
#include "tst_stocktakeui.moc"
