// Stocktake sessions, the counting rules, batch files, two clerks merging and the report.
#include "equipmentfixture.h"

#include "sync/syncmodule.h"

#include "equipment/stocktake/stocktakebatch.h"
#include "equipment/stocktake/stocktakecounter.h"
#include "equipment/stocktake/stocktakereport.h"
#include "equipment/stocktake/stocktakeservice.h"

#include "core/error.h"
#include "core/store/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace SchoolSuite;

namespace {
QStringList tags(const QList<StocktakeEntry> &entries)
{
    QStringList list;
    for (const auto &e : entries)
        list << e.tag;
    list.sort();
    return list;
}

QStringList L(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

int errorKind(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.kind();
    }
    return -1;
}
} // namespace

// A school of three rooms; the stocktake counts A and B.
struct School
{
    Test::EquipmentFixture f;
    QString roomA, roomB, roomC;
    QString a1, a2, a3, b1, b2, c1, lost, scrapped, lent;
    School()
    {
        roomA = f.addRoom(QStringLiteral("一年级1班"));
        roomB = f.addRoom(QStringLiteral("计算机教室"), QStringLiteral("computer_lab"));
        roomC = f.addRoom(QStringLiteral("校长室"), QStringLiteral("office"));
        a1 = f.addItem(QStringLiteral("T-A1"), QStringLiteral("台式机A1"), roomA);
        a2 = f.addItem(QStringLiteral("T-A2"), QStringLiteral("台式机A2"), roomA);
        a3 = f.addItem(QStringLiteral("T-A3"), QStringLiteral("台式机A3"), roomA);
        b1 = f.addItem(QStringLiteral("T-B1"), QStringLiteral("台式机B1"), roomB);
        b2 = f.addItem(QStringLiteral("T-B2"), QStringLiteral("台式机B2"), roomB);
        c1 = f.addItem(QStringLiteral("T-C1"), QStringLiteral("笔记本C1"), roomC);
        lost = f.addItem(QStringLiteral("T-L1"), QStringLiteral("投影仪L1"), roomA);
        scrapped = f.addItem(QStringLiteral("T-S1"), QStringLiteral("旧电脑S1"), roomA);
        lent = f.addItem(QStringLiteral("T-N1"), QStringLiteral("借出笔记本"), roomA);
        EquipmentService reg(f.admin);
        reg.markLost(lost);
        reg.scrap(scrapped);
        reg.lend(lent, QStringLiteral("王老师"), QDate::currentDate().addDays(7));
    }
};

class TestStocktake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerSyncModule();
        registerEquipmentModule();
    }

    void sessionLifecycle()
    {
        School s;
        StocktakeService service(s.f.admin);
        QCOMPARE(errorKind([&] { service.start(QStringLiteral("  "), {}); }), int(Error::Invalid));
        QCOMPARE(errorKind([&] { service.start(QStringLiteral("x"), {QStringLiteral("nope")}); }),
                 int(Error::NotFound));
        const QString first = service.start(QStringLiteral("2024 秋季盘点"), {s.roomA, s.roomB});
        QTest::qWait(2); // the second session starts later
        const QString whole = service.start(QStringLiteral("全校盘点"), {});
        const QList<Stocktake> list = service.stocktakes();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, whole); // newest first
        QVERIFY(list.at(0).wholeSchool());
        QCOMPARE(list.at(1).roomIds, (QStringList{s.roomA, s.roomB}));
        QCOMPARE(list.at(1).status, StocktakeStatus::Open);
        QCOMPARE(list.at(1).startedBy, QStringLiteral("admin"));

        StocktakeCounter counter(s.f.admin, first);
        service.pause(first);
        counter.reload();
        QCOMPARE(counter.stocktake().status, StocktakeStatus::Paused);
        QCOMPARE(errorKind([&] { counter.scan(QStringLiteral("T-A1"), s.roomA); }),
                 int(Error::Invalid));
        QCOMPARE(counter.counts().scans, 0);
        service.resume(first);
        counter.reload();
        QCOMPARE(counter.scan(QStringLiteral("T-A1"), s.roomA).kind, ScanKind::Found);
        service.finish(first);
        QCOMPARE(errorKind([&] { service.resume(first); }), int(Error::Invalid));
        QVERIFY(service.stocktake(first).finishedAt.isValid());
        QCOMPARE(service.stocktake(first).status, StocktakeStatus::Finished);

        // A teacher may look but not count.
        Session teacher = s.f.temp.as(Role::Teacher);
        QCOMPARE(StocktakeService(teacher).stocktakes().size(), 2);
        QCOMPARE(errorKind([&] { StocktakeService(teacher).start(QStringLiteral("x"), {}); }),
                 int(Error::PermissionDenied));
        StocktakeCounter viewer(teacher, whole);
        QCOMPARE(errorKind([&] { viewer.scan(QStringLiteral("T-A1"), s.roomA); }),
                 int(Error::PermissionDenied));
    }

    void scanRules()
    {
        School s;
        const QString id
            = StocktakeService(s.f.admin).start(QStringLiteral("盘点"), {s.roomA, s.roomB});
        StocktakeCounter counter(s.f.admin, id);
        // Expected: a1-a3 and b1-b2; lent, lost, scrapped and out-of-scope items are not.
        StocktakeCounts c = counter.counts();
        QCOMPARE(c.expected, 5);
        QCOMPARE(c.pending, 5);
        QCOMPARE(c.missing, 0);

        ScanOutcome o = counter.scan(QStringLiteral("T-A1"), s.roomA);
        QCOMPARE(o.kind, ScanKind::Found);
        QCOMPARE(o.itemName, QStringLiteral("台式机A1"));
        o = counter.scan(QStringLiteral(" t-a2 "), s.roomA); // trimmed, any case
        QCOMPARE(o.kind, ScanKind::Found);
        QCOMPARE(o.itemId, s.a2);
        o = counter.scan(QStringLiteral("T-B1"), s.roomA);
        QCOMPARE(o.kind, ScanKind::WrongRoom);
        QCOMPARE(o.registeredRoomId, s.roomB);
        o = counter.scan(QStringLiteral("T-C1"), s.roomA); // registered outside the scope
        QCOMPARE(o.kind, ScanKind::WrongRoom);
        o = counter.scan(QStringLiteral("T-L1"), s.roomA);
        QCOMPARE(o.kind, ScanKind::WrongRoom);
        QVERIFY(o.registeredLost);
        o = counter.scan(QStringLiteral("T-S1"), s.roomA);
        QCOMPARE(o.kind, ScanKind::Unknown);
        QVERIFY(o.scrapped);
        o = counter.scan(QStringLiteral("XYZ-999"), s.roomA);
        QCOMPARE(o.kind, ScanKind::Unknown);
        QVERIFY(o.itemId.isEmpty());
        o = counter.scan(QStringLiteral("T-A1"), s.roomA);
        QCOMPARE(o.kind, ScanKind::Duplicate);
        QCOMPARE(o.firstKind, ScanKind::Found);
        o = counter.scan(QStringLiteral("xyz-999"), s.roomA);
        QCOMPARE(o.kind, ScanKind::Duplicate);
        QCOMPARE(o.firstKind, ScanKind::Unknown);
        o = counter.scan(QStringLiteral("T-N1"), s.roomA); // lent, but here after all
        QCOMPARE(o.kind, ScanKind::Found);

        // Refused: empty tags, no room, a room outside the scope. Nothing is recorded.
        QCOMPARE(errorKind([&] { counter.scan(QStringLiteral("  "), s.roomA); }),
                 int(Error::Invalid));
        QCOMPARE(errorKind([&] { counter.scan(QStringLiteral("T-C1"), {}); }), int(Error::Invalid));
        QCOMPARE(errorKind([&] { counter.scan(QStringLiteral("T-C1"), s.roomC); }),
                 int(Error::Invalid));

        c = counter.counts();
        QCOMPARE(c.scans, 10);
        QCOMPARE(c.found, 3);
        QCOMPARE(c.wrongRoom, 3);
        QCOMPARE(c.unknown, 2);
        QCOMPARE(c.duplicates, 2);
        // Room A is counted: a3 is missing; room B is not yet: b2 is pending (b1 was seen).
        QCOMPARE(c.missing, 1);
        QCOMPARE(c.pending, 1);
        StocktakeResults r = counter.results();
        QCOMPARE(tags(r.found), L({"T-A1", "T-A2", "T-N1"}));
        QCOMPARE(tags(r.wrongRoom), L({"T-B1", "T-C1", "T-L1"}));
        QCOMPARE(tags(r.missing), L({"T-A3"}));
        QCOMPARE(tags(r.pending), L({"T-B2"}));
        QCOMPARE(tags(r.unknown), L({"T-S1", "XYZ-999"}));
        QCOMPARE(tags(r.duplicates), L({"T-A1", "XYZ-999"}));
        QCOMPARE(r.found.first().scans, 2);
        QCOMPARE(r.countedRoomIds, QStringList{s.roomA});

        // Counting room B: b2 found; finishing makes every room counted.
        QCOMPARE(counter.scan(QStringLiteral("T-B2"), s.roomB).kind, ScanKind::Found);
        QCOMPARE(counter.counts().pending, 0);
        QCOMPARE(counter.counts().missing, 1);

        // Every scan is a fact in the store, captured for sync.
        QCOMPARE(s.f.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM equipment_stocktake_scans WHERE "
                                            "stocktake_id = ?"),
                             {id})
                     .toInt(),
                 11);
        QCOMPARE(s.f.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE tbl = "
                                            "'equipment_stocktake_scans' AND op = 'insert'"))
                     .toInt(),
                 11);
        QCOMPARE(s.f.db()
                     .scalar(QStringLiteral("SELECT item_id FROM equipment_stocktake_scans WHERE "
                                            "tag = 'XYZ-999' LIMIT 1"))
                     .isNull(),
                 true);

        // Read back from the store (a restart, or the other PC): the same results.
        StocktakeCounter again(s.f.admin, id);
        const StocktakeCounts c2 = again.counts();
        QCOMPARE(c2.scans, 11);
        QCOMPARE(c2.found, 4);
        QCOMPARE(c2.wrongRoom, 3);
        QCOMPARE(c2.missing, 1);
        QCOMPARE(c2.unknown, 2);
        QCOMPARE(c2.duplicates, 2);
    }

    void missingAfterFinish()
    {
        School s;
        StocktakeService service(s.f.admin);
        const QString id = service.start(QStringLiteral("盘点"), {s.roomA, s.roomB});
        StocktakeCounter counter(s.f.admin, id);
        counter.scan(QStringLiteral("T-A1"), s.roomA);
        QCOMPARE(counter.counts().missing, 2);
        QCOMPARE(counter.counts().pending, 2);
        service.finish(id);
        counter.reload();
        QCOMPARE(counter.counts().missing, 4);
        QCOMPARE(counter.counts().pending, 0);
        QCOMPARE(tags(counter.results().missing), L({"T-A2", "T-A3", "T-B1", "T-B2"}));
    }

    void wholeSchool()
    {
        School s;
        const QString id = StocktakeService(s.f.admin).start(QStringLiteral("全校"), {});
        StocktakeCounter counter(s.f.admin, id);
        QCOMPARE(counter.counts().expected, 6); // a1-a3, b1, b2, c1
        QCOMPARE(counter.scopeRoomIds().size(), 3);
        QCOMPARE(counter.scan(QStringLiteral("T-C1"), s.roomC).kind, ScanKind::Found);
        QCOMPARE(counter.counts().pending, 5);
    }

    void moveHere()
    {
        School s;
        StocktakeService service(s.f.admin);
        const QString id = service.start(QStringLiteral("盘点"), {s.roomA, s.roomB});
        StocktakeCounter counter(s.f.admin, id);
        counter.scan(QStringLiteral("T-B1"), s.roomA);
        counter.scan(QStringLiteral("T-L1"), s.roomB);
        QCOMPARE(counter.counts().wrongRoom, 2);

        service.moveHere(id, s.b1, s.roomA);
        service.moveHere(id, s.lost, s.roomB);
        QCOMPARE(s.f.roomOf(s.b1), s.roomA);
        QCOMPARE(s.f.roomOf(s.lost), s.roomB);
        QVERIFY(s.f.statusOf(s.lost) != AssetStatus::Lost);
        // The register recorded each fix as a movement.
        const QList<AssetMovement> history = EquipmentService(s.f.admin).history(s.b1);
        QCOMPARE(history.last().kind, QStringLiteral("move"));
        QCOMPARE(history.last().roomId, s.roomA);
        QVERIFY(history.last().note.contains(QStringLiteral("盘点")));
        QCOMPARE(EquipmentService(s.f.admin).history(s.lost).last().kind, QStringLiteral("found"));

        counter.reload();
        QCOMPARE(counter.counts().wrongRoom, 0);
        QCOMPARE(counter.counts().found, 2);
        QCOMPARE(errorKind([&] { service.moveHere(id, s.scrapped, s.roomA); }),
                 int(Error::Invalid));
    }

    void twoClerksMerge()
    {
        School s;
        const QString id
            = StocktakeService(s.f.admin).start(QStringLiteral("盘点"), {s.roomA, s.roomB});
        Session clerk1(s.f.db(), {}, QStringLiteral("li"), QStringLiteral("李"), Role::Clerk);
        Session clerk2(s.f.db(), {}, QStringLiteral("wang"), QStringLiteral("王"), Role::Clerk);
        StocktakeCounter pc1(clerk1, id);
        StocktakeCounter pc2(clerk2, id);
        pc1.scan(QStringLiteral("T-A1"), s.roomA);
        pc1.scan(QStringLiteral("T-A2"), s.roomA);
        pc2.scan(QStringLiteral("T-B1"), s.roomB);
        pc2.scan(QStringLiteral("T-A2"), s.roomA); // both clerks scanned it
        QCOMPARE(pc1.counts().found, 2);
        QCOMPARE(pc2.counts().found, 2);
        pc1.reload(); // the other clerk's scans arrived
        const StocktakeCounts c = pc1.counts();
        QCOMPARE(c.scans, 4);
        QCOMPARE(c.found, 3);
        QCOMPARE(c.duplicates, 1);
        QCOMPARE(c.missing, 2); // a3 and b2
        QCOMPARE(tags(pc1.results().found), L({"T-A1", "T-A2", "T-B1"}));
    }

    void batchParse_data()
    {
        QTest::addColumn<bool>("gbk");
        QTest::newRow("utf-8") << false;
        QTest::newRow("gbk") << true;
    }

    void batchParse()
    {
        QFETCH(bool, gbk);
        const QHash<QString, QString> rooms{{QStringLiteral("一年级1班"), QStringLiteral("rA")},
                                            {QStringLiteral("Lab 2"), QStringLiteral("rB")}};
        const QString text = QStringLiteral("资产编号,位置\r\n"
                                            "T-1\r\n"
                                            "\r\n"
                                            "# a comment\r\n"
                                            "T-2,一年级1班\r\n"
                                            "T-3,2024-05-06 10:11:12\r\n"
                                            "\"T-4\"\tlab 2\t2024/05/06 10:11\r\n"
                                            "T-5;20240506101112;一年级1班\r\n"
                                            "T-6,三楼仓库\r\n"
                                            "T-7,2024-05-06T02:11:12Z\r\n");
        QByteArray data;
        if (gbk) {
            QStringEncoder encoder("GB18030");
            data = encoder.encode(text);
        } else {
            data = text.toUtf8();
        }
        const auto parsed = StocktakeBatch::parse(data, rooms);
        QCOMPARE(parsed.encoding, gbk ? TextEncoding::Gb18030 : TextEncoding::Utf8);
        QCOMPARE(parsed.lines.size(), 6);
        QCOMPARE(parsed.lines.at(0).tag, QStringLiteral("T-1"));
        QCOMPARE(parsed.lines.at(0).line, 2);
        QVERIFY(parsed.lines.at(0).roomId.isEmpty());
        QCOMPARE(parsed.lines.at(1).roomId, QStringLiteral("rA"));
        QCOMPARE(parsed.lines.at(2).at, QDateTime(QDate(2024, 5, 6), QTime(10, 11, 12)));
        QCOMPARE(parsed.lines.at(3).tag, QStringLiteral("T-4"));
        QCOMPARE(parsed.lines.at(3).roomId, QStringLiteral("rB"));
        QCOMPARE(parsed.lines.at(3).at, QDateTime(QDate(2024, 5, 6), QTime(10, 11)));
        QCOMPARE(parsed.lines.at(4).roomId, QStringLiteral("rA"));
        QCOMPARE(parsed.lines.at(4).at, QDateTime(QDate(2024, 5, 6), QTime(10, 11, 12)));
        QCOMPARE(parsed.lines.at(5).at.toUTC(),
                 QDateTime(QDate(2024, 5, 6), QTime(2, 11, 12), Qt::UTC));
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.at(0).line, 9);
        QVERIFY(parsed.problems.at(0).reason.contains(QStringLiteral("三楼仓库")));

        // Binary junk is refused with a message, not a crash.
        QCOMPARE(
            errorKind([&] { StocktakeBatch::parse(QByteArray("\x81\x20\xff\xfe\x00", 5), rooms); }),
            int(Error::Invalid));
    }

    void batchImport()
    {
        School s;
        const QString id
            = StocktakeService(s.f.admin).start(QStringLiteral("盘点"), {s.roomA, s.roomB});
        StocktakeCounter counter(s.f.admin, id);
        const QHash<QString, QString> rooms{{QStringLiteral("一年级1班"), s.roomA},
                                            {QStringLiteral("计算机教室"), s.roomB},
                                            {QStringLiteral("校长室"), s.roomC}};
        QStringEncoder encoder("GB18030");
        const QByteArray data = encoder.encode(QStringLiteral("T-A1\n"
                                                              "T-A2,2024-05-06 09:00:00\n"
                                                              "T-B1,计算机教室\n"
                                                              "NOT-OURS\n"
                                                              "T-A1\n"
                                                              "T-B2,校长室\n"
                                                              "T-A3,somewhere\n"));
        const auto parsed = StocktakeBatch::parse(data, rooms);
        const auto result = StocktakeBatch::import(counter, parsed, s.roomA);
        QCOMPARE(result.recorded, 5);
        QCOMPARE(result.found, 3);
        QCOMPARE(result.unknown, 1);
        QCOMPARE(result.duplicates, 1);
        // Reported: the unknown tag (recorded), the room outside the scope and the bad field.
        QCOMPARE(result.problems.size(), 3);
        QCOMPARE(result.problems.at(0).line, 4);
        QCOMPARE(result.problems.at(0).text, QStringLiteral("NOT-OURS"));
        QCOMPARE(result.problems.at(1).line, 6);
        QCOMPARE(result.problems.at(2).line, 7);
        QCOMPARE(s.f.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM equipment_stocktake_scans WHERE "
                                            "source = 'batch'"))
                     .toInt(),
                 5);
        const QString at = s.f.db()
                               .scalar(QStringLiteral("SELECT scanned_at FROM "
                                                      "equipment_stocktake_scans WHERE tag = "
                                                      "'T-A2'"))
                               .toString();
        QCOMPARE(QDateTime::fromString(at, Qt::ISODateWithMs).toLocalTime(),
                 QDateTime(QDate(2024, 5, 6), QTime(9, 0)));
        QCOMPARE(counter.counts().found, 3);
        QCOMPARE(tags(counter.results().unknown), L({"NOT-OURS"}));

        // No room for lines without one: reported, nothing recorded.
        const auto none
            = StocktakeBatch::import(counter, StocktakeBatch::parse("T-A3\n", rooms), QString());
        QCOMPARE(none.recorded, 0);
        QCOMPARE(none.problems.size(), 1);
    }

    void report()
    {
        School s;
        const QString id
            = StocktakeService(s.f.admin).start(QStringLiteral("2024秋季盘点"), {s.roomA, s.roomB});
        StocktakeCounter counter(s.f.admin, id);
        counter.scan(QStringLiteral("T-A1"), s.roomA);
        counter.scan(QStringLiteral("T-B1"), s.roomA);
        counter.scan(QStringLiteral("UNKNOWN-7"), s.roomA);
        const auto data = StocktakeReport::collect(
            counter, StocktakeService(s.f.admin).roomNames(), s.f.store().schoolName());
        const QString html = StocktakeReport::html(data);
        QVERIFY(html.contains(QStringLiteral("测试学校")));
        QVERIFY(html.contains(QStringLiteral("2024秋季盘点")));
        QVERIFY(html.contains(QStringLiteral("一年级1班")));
        QVERIFY(html.contains(QStringLiteral("T-A2"))); // missing
        QVERIFY(html.contains(QStringLiteral("台式机A3")));
        QVERIFY(html.contains(QStringLiteral("T-B1"))); // wrong room
        QVERIFY(html.contains(QStringLiteral("计算机教室")));
        QVERIFY(html.contains(QStringLiteral("UNKNOWN-7")));
        QVERIFY(!html.contains(QStringLiteral("T-C1"))); // outside the scope, not scanned

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        StocktakeReport::writePdf(data, path);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/MediaBox [0 0 595")); // A4
        QVERIFY(bytes.size() > 2000);
        QCOMPARE(errorKind([&] {
                     StocktakeReport::writePdf(data, dir.filePath(QStringLiteral("no/such/x.pdf")));
                 }),
                 int(Error::Failed));
    }
};

QTEST_MAIN(TestStocktake)
#include "tst_stocktake.moc"
