// Scrapping requests and approval, straight-line depreciation, the value report and the
// replacement list.
#include "equipmentfixture.h"

#include "sync/syncmodule.h"

#include "equipment/value/depreciation.h"
#include "equipment/value/scrapservice.h"
#include "equipment/value/valuereport.h"

#include "core/error.h"
#include "core/store/database.h"

#include <QFile>
#include <QTest>

using namespace SchoolSuite;

namespace {
int errorKind(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.kind();
    }
    return -1;
}

const ValueReport::Row *findRow(const ValueReport::Report &r, const QString &category)
{
    for (const auto &row : r.rows)
        if (row.categoryName == category)
            return &row;
    return nullptr;
}
} // namespace

class TestScrapValue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerSyncModule();
        registerEquipmentModule();
    }

    void depreciation_data()
    {
        QTest::addColumn<qint64>("cost");
        QTest::addColumn<QDate>("purchased");
        QTest::addColumn<int>("years");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("months");
        QTest::addColumn<qint64>("accumulated");
        QTest::addColumn<qint64>("net");
        const QDate p(2020, 3, 15);
        QTest::newRow("purchase month")
            << qint64(600000) << p << 6 << QDate(2020, 3, 31) << 0 << qint64(0) << qint64(600000);
        QTest::newRow("first month")
            << qint64(600000) << p << 6 << QDate(2020, 4, 1) << 1 << qint64(8333) << qint64(591667);
        QTest::newRow("one year") << qint64(600000) << p << 6 << QDate(2021, 3, 15) << 12
                                  << qint64(100000) << qint64(500000);
        QTest::newRow("across a year end") << qint64(600000) << p << 6 << QDate(2021, 1, 31) << 10
                                           << qint64(83333) << qint64(516667);
        QTest::newRow("fully depreciated")
            << qint64(600000) << p << 6 << QDate(2026, 3, 1) << 72 << qint64(600000) << qint64(0);
        QTest::newRow("past its life")
            << qint64(600000) << p << 6 << QDate(2031, 1, 1) << 72 << qint64(600000) << qint64(0);
        QTest::newRow("odd cost") << qint64(100001) << QDate(2023, 12, 31) << 5 << QDate(2024, 7, 1)
                                  << 7 << qint64(11667) << qint64(88334);
        QTest::newRow("half a fen rounds up") << qint64(1) << QDate(2024, 1, 10) << 1
                                              << QDate(2024, 7, 10) << 6 << qint64(1) << qint64(0);
        QTest::newRow("no service life")
            << qint64(50000) << p << 0 << QDate(2024, 1, 1) << 0 << qint64(0) << qint64(50000);
        QTest::newRow("no purchase date") << qint64(50000) << QDate() << 6 << QDate(2024, 1, 1) << 0
                                          << qint64(0) << qint64(50000);
        QTest::newRow("before purchase")
            << qint64(50000) << p << 6 << QDate(2019, 1, 1) << 0 << qint64(0) << qint64(50000);
    }

    void depreciation()
    {
        QFETCH(qint64, cost);
        QFETCH(QDate, purchased);
        QFETCH(int, years);
        QFETCH(QDate, asOf);
        QFETCH(int, months);
        QFETCH(qint64, accumulated);
        QFETCH(qint64, net);
        const auto f = Depreciation::compute(cost, purchased, years, asOf);
        QCOMPARE(f.monthsDepreciated, months);
        QCOMPARE(f.accumulatedFen, accumulated);
        QCOMPARE(f.netFen, net);
        QCOMPARE(f.accumulatedFen + f.netFen, cost);
    }

    void depreciationAddsUp()
    {
        // Month by month the charges add up to the cost exactly, never more.
        const QDate p(2019, 11, 20);
        qint64 previous = 0;
        qint64 sum = 0;
        for (int m = 1; m <= 80; ++m) {
            const auto f = Depreciation::compute(123457, p, 6, p.addMonths(m));
            QVERIFY(f.accumulatedFen >= previous);
            sum += f.accumulatedFen - previous;
            previous = f.accumulatedFen;
        }
        QCOMPARE(sum, qint64(123457));
        QCOMPARE(Depreciation::compute(123457, p, 6, p).monthlyFen, qint64(1715));
        QCOMPARE(Depreciation::endOfLife(QDate(2018, 9, 1), 6), QDate(2024, 9, 1));
        QCOMPARE(ValueReport::money(123456789), QStringLiteral("1,234,567.89"));
        QCOMPARE(ValueReport::money(5), QStringLiteral("0.05"));
    }

    void scrapWorkflow()
    {
        Test::EquipmentFixture f;
        const QString room
            = f.addRoom(QStringLiteral("计算机教室"), QStringLiteral("computer_lab"));
        const QString pc = f.addItem(QStringLiteral("T-001"), QStringLiteral("旧台式机"), room);
        Session clerk = f.temp.as(Role::Clerk);
        Session principal = f.temp.as(Role::Principal);
        Session teacher = f.temp.as(Role::Teacher);
        ScrapService asClerk(clerk);
        ScrapService asPrincipal(principal);

        QCOMPARE(
            errorKind([&] { asClerk.requestScrap(QStringLiteral("T-001"), QStringLiteral(" ")); }),
            int(Error::Invalid));
        QCOMPARE(errorKind([&] {
                     ScrapService(teacher).requestScrap(QStringLiteral("T-001"),
                                                        QStringLiteral("坏了"));
                 }),
                 int(Error::PermissionDenied));
        QCOMPARE(errorKind([&] {
                     asPrincipal.requestScrap(QStringLiteral("T-001"), QStringLiteral("坏了"));
                 }),
                 int(Error::PermissionDenied));
        QCOMPARE(errorKind([&] {
                     asClerk.requestScrap(QStringLiteral("NO-SUCH"), QStringLiteral("坏了"));
                 }),
                 int(Error::NotFound));

        const QString first
            = asClerk.requestScrap(QStringLiteral("T-001"), QStringLiteral("主板损坏，无维修价值"));
        QVERIFY(asClerk.hasPending(pc));
        // A pending request blocks a second one.
        QCOMPARE(errorKind([&] { asClerk.requestScrap(pc, QStringLiteral("again")); }),
                 int(Error::Invalid));
        // A clerk cannot decide.
        QCOMPARE(errorKind([&] { asClerk.approve(first, {}, {}); }), int(Error::PermissionDenied));
        QCOMPARE(errorKind([&] { asClerk.reject(first, QStringLiteral("no")); }),
                 int(Error::PermissionDenied));
        // A rejection says why.
        QCOMPARE(errorKind([&] { asPrincipal.reject(first, QStringLiteral(" ")); }),
                 int(Error::Invalid));
        asPrincipal.reject(first, QStringLiteral("尚可维修使用"));
        ScrapRequest r = asPrincipal.request(first);
        QCOMPARE(r.status, ScrapStatus::Rejected);
        QCOMPARE(r.decidedBy, QStringLiteral("principal"));
        QCOMPARE(r.decisionNote, QStringLiteral("尚可维修使用"));
        QCOMPARE(r.decidedOn, QDate::currentDate());
        QCOMPARE(f.statusOf(pc), AssetStatus::InUse); // rejected items stay
        QCOMPARE(errorKind([&] { asPrincipal.approve(first, {}, {}); }), int(Error::Invalid));

        // Asked again, approved: the register scraps it and the disposal is recorded.
        const QString second = asClerk.requestScrap(pc, QStringLiteral("维修后仍无法使用"));
        QCOMPARE(asClerk.requests(ScrapStatus::Pending).size(), 1);
        asPrincipal.approve(
            second, QStringLiteral("同意报废"), QStringLiteral("交区电教站统一回收"));
        r = asPrincipal.request(second);
        QCOMPARE(r.status, ScrapStatus::Approved);
        QCOMPARE(r.disposal, QStringLiteral("交区电教站统一回收"));
        QCOMPARE(r.tag, QStringLiteral("T-001"));
        QCOMPARE(f.statusOf(pc), AssetStatus::Scrapped);
        const auto history = EquipmentService(f.admin).history(pc);
        QCOMPARE(history.last().kind, QStringLiteral("scrap"));
        QVERIFY(history.last().note.contains(QStringLiteral("交区电教站统一回收")));
        QCOMPARE(asClerk.requests().size(), 2);
        QCOMPARE(asClerk.requests(ScrapStatus::Pending).size(), 0);
        QCOMPARE(errorKind([&] { asClerk.requestScrap(pc, QStringLiteral("x")); }),
                 int(Error::Invalid)); // already scrapped
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE tbl = "
                                              "'equipment_scrap_requests'"))
                         .toInt()
                     > 0,
                 true);
    }

    void valueReport()
    {
        Test::EquipmentFixture f;
        const QString room
            = f.addRoom(QStringLiteral("计算机教室"), QStringLiteral("computer_lab"));
        const QString fiscal = QStringLiteral("财政专项资金");
        const QString pub = QStringLiteral("学校公用经费");
        f.addItem("D1", "台式机1", room, "computer.desktop", 600000, QDate(2020, 3, 15), fiscal);
        f.addItem("D2", "台式机2", room, "computer.desktop", 300000, QDate(2022, 1, 10), fiscal);
        const QString s1 = f.addItem(
            "S1", "旧台式机", room, "computer.desktop", 200000, QDate(2019, 1, 1), fiscal);
        f.addItem("P1", "投影仪", room, "projector", 480000, QDate(2021, 6, 1), pub);
        f.addItem("F1", "课桌", room, "furniture", 180000, QDate(2019, 9, 1));
        f.addItem("U1", "无价台式机", room, "computer.desktop", -1, QDate(2020, 1, 1), fiscal);
        f.addItem("U2", "无日期台式机", room, "computer.desktop", 100000, QDate(), fiscal);
        f.addItem("N1", "新台式机", room, "computer.desktop", 500000, QDate(2024, 2, 1), fiscal);
        // S1 is scrapped today: still on the books of earlier dates.
        Session principal = f.temp.as(Role::Principal);
        const QString request = ScrapService(f.admin).requestScrap(s1, QStringLiteral("损坏"));
        ScrapService(principal).approve(request, {}, {});

        const ValueReport::Report r = ValueReport::compute(f.admin, QDate(2023, 12, 31));
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows.at(0).categoryName, QStringLiteral("台式计算机")); // tree order
        QCOMPARE(r.rows.at(1).categoryName, QStringLiteral("投影仪"));
        QCOMPARE(r.rows.at(2).categoryName, QStringLiteral("家具"));
        const auto *desktop = findRow(r, QStringLiteral("台式计算机"));
        QCOMPARE(desktop->fundingSource, fiscal);
        QCOMPARE(desktop->count, 3);
        QCOMPARE(desktop->costFen, qint64(1100000));
        QCOMPARE(desktop->accumulatedFen, qint64(375000 + 95833 + 163889));
        QCOMPARE(desktop->netFen, qint64(1100000 - 634722));
        const auto *projector = findRow(r, QStringLiteral("投影仪"));
        QCOMPARE(projector->fundingSource, pub);
        QCOMPARE(projector->accumulatedFen, qint64(200000));
        QCOMPARE(projector->netFen, qint64(280000));
        const auto *furniture = findRow(r, QStringLiteral("家具"));
        QVERIFY(furniture->fundingSource.isEmpty());
        QCOMPARE(furniture->accumulatedFen, qint64(51000)); // 15 years
        QCOMPARE(r.total.count, 5);
        QCOMPARE(r.total.costFen, qint64(1760000));
        QCOMPARE(r.total.accumulatedFen, qint64(634722 + 200000 + 51000));
        QCOMPARE(r.total.netFen, r.total.costFen - r.total.accumulatedFen);
        QCOMPARE(r.unvalued.size(), 2);
        QCOMPARE(r.unvalued.at(0).tag, QStringLiteral("U1"));
        QCOMPARE(r.unvalued.at(1).tag, QStringLiteral("U2"));
        QVERIFY(r.unvalued.at(0).reason != r.unvalued.at(1).reason);

        // Today: S1 is gone, N1 has come.
        const ValueReport::Report now = ValueReport::compute(f.admin, QDate::currentDate());
        QCOMPARE(findRow(now, QStringLiteral("台式计算机"))->count, 3);
        QCOMPARE(findRow(now, QStringLiteral("台式计算机"))->costFen, qint64(1400000));

        const QString html = ValueReport::html(r, QStringLiteral("测试学校"));
        QVERIFY(html.contains(QStringLiteral("17,600.00")));
        QVERIFY(html.contains(QStringLiteral("无价台式机")));
        QTemporaryDir dir;
        ValueReport::writePdf(r, QStringLiteral("测试学校"), dir.filePath(QStringLiteral("v.pdf")));
        QFile pdf(dir.filePath(QStringLiteral("v.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));

        // Teachers see equipment, not a refusal.
        QCOMPARE(ValueReport::compute(f.temp.as(Role::Teacher), QDate(2023, 12, 31)).total.count,
                 5);
    }

    void replacementList()
    {
        Test::EquipmentFixture f;
        const QString room
            = f.addRoom(QStringLiteral("计算机教室"), QStringLiteral("computer_lab"));
        const QDate today = QDate::currentDate();
        f.addItem("RD2", "台式机2016", room, "computer.desktop", 400000, QDate(2016, 1, 1));
        f.addItem("RD1", "台式机2015", room, "computer.desktop", 400000, QDate(2015, 5, 1));
        f.addItem("RT1", "平板", room, "computer.tablet", 300000, today.addYears(-5).addMonths(3));
        f.addItem("RC1", "计算机", room, "computer", 300000, today.addYears(-1));
        const QString scrapped
            = f.addItem("RL1", "报废笔记本", room, "computer.laptop", 300000, QDate(2012, 1, 1));
        const QString lost
            = f.addItem("RL2", "丢失笔记本", room, "computer.laptop", 300000, QDate(2012, 1, 1));
        f.addItem("RP1", "老投影仪", room, "projector", 300000, QDate(2010, 1, 1));
        f.addItem("RU1", "无日期台式机", room, "computer.desktop", 300000, QDate());
        EquipmentService(f.admin).scrap(scrapped);
        EquipmentService(f.admin).markLost(lost);

        ValueReport::ReplacementList list = ValueReport::replacement(f.admin, today);
        QCOMPARE(list.items.size(), 2);
        QCOMPARE(list.items.at(0).tag, QStringLiteral("RD1")); // oldest first
        QCOMPARE(list.items.at(1).tag, QStringLiteral("RD2"));
        QCOMPARE(list.items.at(0).serviceLifeYears, 6); // inherited from 计算机
        QCOMPARE(list.items.at(0).endOfLife, QDate(2021, 5, 1));
        QVERIFY(list.items.at(0).pastLife);
        QCOMPARE(list.items.at(0).roomName, QStringLiteral("计算机教室"));
        QCOMPARE(list.undated, 1);

        list = ValueReport::replacement(f.admin, today.addYears(1));
        QCOMPARE(list.items.size(), 3);
        QCOMPARE(list.items.at(2).tag, QStringLiteral("RT1"));
        QCOMPARE(list.items.at(2).serviceLifeYears, 5); // tablets' own life
        QVERIFY(!list.items.at(2).pastLife);

        const Table t = ValueReport::table(list);
        QCOMPARE(t.rowCount(), 3);
        QCOMPARE(t.rows.at(0).at(0), QStringLiteral("RD1"));
        QCOMPARE(t.rows.at(0).at(5), QStringLiteral("2015-05-01"));
        QVERIFY(
            ValueReport::html(list, QStringLiteral("测试学校")).contains(QStringLiteral("平板")));
    }
};

QTEST_MAIN(TestScrapValue)
#include "tst_scrapvalue.moc"
