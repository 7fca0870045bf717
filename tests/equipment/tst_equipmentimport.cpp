// Import and export of the asset register: Chinese or English headers in any order, GBK CSV,
// XLSX round trip, prices in yuan to fen exactly, bad rows named and nothing written, dry runs,
// `equipment set` fields.
#include "core/error.h"
#include "core/io/tabularreader.h"
#include "core/io/tabularwriter.h"
#include "equipment/register/equipmentfields.h"
#include "equipment/register/equipmentimport.h"
#include "equipment/register/equipmentservice.h"
#include "equipmenttest.h"
#include "sync/numberleases.h"
#include "sync/syncmeta.h"

#include <QRegularExpression>
#include <QStringEncoder>

using namespace SchoolSuite;

namespace {

Table table(const QString &csv)
{
    return TabularReader::readCsv(csv.toUtf8(), TextEncoding::Utf8);
}

const QString kChinese = QStringLiteral(
    "资产编号,名称,分类,型号,序列号,购置日期,价格(元),经费来源,位置,使用人,状态,用途\n"
    "T001-000101,教师计算机,台式计算机,联想启天M428,SN-0001,2019-09-01,4999.90,财政专项资金,"
    "计算机网络教室1,T0001,在用,教师用\n"
    "T001-000102,学生计算机,计算机/台式计算机,联想启天M428,SN-0002,2019/9/1,0.29,学校公用经费,"
    "计算机网络教室1,,在用,student\n"
    ",交互式电子白板,交互式电子白板,希沃 F86EA,,2021-03-15,\"12,800\",上级项目资金,七年级(1)班教室,"
    ",in_use,classroom\n");

} // namespace

class TestEquipmentImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initEquipmentTestEnvironment(); }

    void importsChineseHeaders()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        const ImportReport r = EquipmentImport(admin).run(table(kChinese), false);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
        QCOMPARE(r.added, 3);
        QVERIFY(r.written);
        EquipmentService service(admin);
        const Asset teacherPc = service.asset(QStringLiteral("T001-000101"));
        QCOMPARE(teacherPc.priceFen, 499990);
        QCOMPARE(teacherPc.custodianId, t.zhang);
        QCOMPARE(teacherPc.roomId, t.lab);
        QCOMPARE(teacherPc.use, AssetUse::Teacher);
        QCOMPARE(teacherPc.status, AssetStatus::InUse);
        QCOMPARE(teacherPc.purchaseDate, QDate(2019, 9, 1));
        QCOMPARE(teacherPc.fundingSource, QStringLiteral("财政专项资金"));
        QCOMPARE(service.models(teacherPc.categoryId).size(), 1); // created once, shared
        QCOMPARE(service.asset(QStringLiteral("T001-000102")).priceFen, 29);
        QCOMPARE(service.asset(QStringLiteral("T001-000102")).modelId, teacherPc.modelId);
        // The row without a tag took a new one of the school's pattern, none the file used.
        const QString board = t.db()
                                  .scalar(QStringLiteral("SELECT asset_tag FROM equipment_items "
                                                         "WHERE name = '交互式电子白板'"))
                                  .toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^T001-\\d{6}$")).match(board).hasMatch(),
                 qPrintable(board));
        QVERIFY(board != QStringLiteral("T001-000101") && board != QStringLiteral("T001-000102"));
        QCOMPARE(service.asset(board).priceFen, 1280000);
        QCOMPARE(service.asset(board).use, AssetUse::Classroom);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_movements WHERE kind = "
                                        "'register'")),
                 3);
        // The same file again changes nothing.
        const ImportReport again = EquipmentImport(admin).run(
            table(kChinese.section(QLatin1Char('\n'), 0, 2) + QLatin1Char('\n')), false);
        QVERIFY2(again.errors.isEmpty(), qPrintable(again.errorText()));
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(again.added, 0);
    }

    void englishHeadersInAnyOrderUpdateWithMovements()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        QVERIFY(EquipmentImport(admin).run(table(kChinese), false).errors.isEmpty());
        const ImportReport r = EquipmentImport(admin).run(
            table(QStringLiteral("room,status,asset_tag,custodian\n"
                                 "物理实验室,repair,T001-000101,T0002\n")),
            false);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
        QCOMPARE(r.updated, 1);
        EquipmentService service(admin);
        const Asset a = service.asset(QStringLiteral("T001-000101"));
        QCOMPARE(a.roomId, t.physics);
        QCOMPARE(a.custodianId, t.li);
        QCOMPARE(a.status, AssetStatus::Repair);
        QCOMPARE(a.name, QStringLiteral("教师计算机")); // not in the file: kept
        QVERIFY(!a.modelId.isEmpty());
        QStringList kinds;
        for (const AssetMovement &m : service.history(a.id))
            kinds << m.kind;
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("register"),
                              QStringLiteral("move"),
                              QStringLiteral("assign"),
                              QStringLiteral("status")}));
    }

    void badRowsAreNamedAndNothingIsWritten()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        const int outbox = t.count(QStringLiteral("SELECT count(*) FROM outbox"));
        const ImportReport r = EquipmentImport(admin).run(
            table(QStringLiteral("名称,分类,位置,使用人,价格,状态\n"
                                 "计算机,台式计算机,计算机网络教室1,T0001,100,在用\n"
                                 "投影仪,幻灯机,计算机网络教室1,,100,在用\n"
                                 "投影仪,投影仪,火星教室,,100,在用\n"
                                 "投影仪,投影仪,,T9999,100,在用\n"
                                 "投影仪,投影仪,,,1.005,在用\n"
                                 "投影仪,投影仪,,,100,坏了\n"
                                 ",投影仪,,,100,在用\n")),
            false);
        QCOMPARE(r.errors.size(), 6);
        QVERIFY(!r.written);
        const QString text = r.errorText();
        QVERIFY2(text.contains(QStringLiteral("row 3, Category: unknown category 幻灯机")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("row 4, Room: unknown room 火星教室")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("row 5, Custodian"))
                     && text.contains(QStringLiteral("T9999")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("row 6, Price")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("row 7, Status")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("row 8, Name")), qPrintable(text));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_items")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_models")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    }

    void errorsOnlyWritingFindsRollBackEverything()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        // The second row's purchase date is in the future: the first row must not stay.
        const ImportReport r = EquipmentImport(admin).run(
            table(QStringLiteral("名称,分类,型号,购置日期\n"
                                 "计算机,台式计算机,新型号,2020-01-01\n"
                                 "计算机,台式计算机,,%1\n")
                      .arg(QDate::currentDate().addYears(1).toString(Qt::ISODate))),
            false);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().row, 3);
        QVERIFY2(r.errorText().contains(QStringLiteral("Purchase date")),
                 qPrintable(r.errorText()));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_items")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_models")), 0);
    }

    void duplicateTagsInTheFile()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        const ImportReport r = EquipmentImport(admin).run(
            table(QStringLiteral("asset_tag,name,category\nX-1,a,lab\nX-1,b,lab\n")), false);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errorText().contains(QStringLiteral("first in row 2")));
    }

    void dryRunCountsAndWritesNothing()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        const int outbox = t.count(QStringLiteral("SELECT count(*) FROM outbox"));
        const ImportReport r = EquipmentImport(admin).run(table(kChinese), true);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
        QCOMPARE(r.added, 3);
        QVERIFY(!r.written);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_items")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    }

    // An enrolled computer hands out tags only from blocks the district granted: an import
    // needing more than it holds writes nothing, says to sync, and the next sync asks for enough.
    void anEnrolledComputerWithoutTagsAsksTheNextSyncForThem()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        t.store.setMeta(SyncMeta::server(), QStringLiteral("https://district.invalid"));
        const QString sequence = QStringLiteral("asset_tag:T001");
        NumberLeases leases(t.db());
        QCOMPARE(leases.remaining(sequence), 0);

        ImportReport r = EquipmentImport(admin).run(table(kChinese), true);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errorText().contains(QStringLiteral("1 new items need an asset tag")),
                 qPrintable(r.errorText()));
        QCOMPARE(leases.wanted(sequence), 0); // a dry run asks for nothing
        r = EquipmentImport(admin).run(table(kChinese), false);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().field, EquipmentFields::title(QStringLiteral("asset_tag")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_items")), 0);
        QCOMPARE(leases.wanted(sequence), 1);
        QCOMPARE(leases.shortfall(sequence), 200);

        // What the sync's lease step does with the district's answer.
        leases.addServerBlock(sequence, 1, 200);
        QCOMPARE(leases.wanted(sequence), 0);
        r = EquipmentImport(admin).run(table(kChinese), false);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
        QCOMPARE(r.added, 3);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_items WHERE asset_tag = "
                                        "'T001-000001'")),
                 1);
    }

    void gbkCsv()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        QStringEncoder gbk("GB18030");
        QVERIFY(gbk.isValid());
        const QByteArray bytes = gbk.encode(kChinese);
        QVERIFY(bytes != kChinese.toUtf8());
        const Table decoded = TabularReader::readCsv(bytes);
        QCOMPARE(decoded.header.first(), QStringLiteral("资产编号"));
        const ImportReport r = EquipmentImport(admin).run(decoded, false);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
        QCOMPARE(r.added, 3);
        QCOMPARE(EquipmentService(admin).asset(QStringLiteral("T001-000102")).name,
                 QStringLiteral("学生计算机"));
    }

    void xlsxRoundTrip()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        QVERIFY(EquipmentImport(admin).run(table(kChinese), false).errors.isEmpty());
        EquipmentService service(admin);
        service.lend(service.asset(QStringLiteral("T001-000102")).id,
                     QStringLiteral("王芳"),
                     QDate::currentDate().addDays(3));
        const Table exported = EquipmentImport(admin).exportTable();
        QCOMPARE(exported.rowCount(), 3);
        QCOMPARE(exported.header.mid(0, 12),
                 (QStringList{QStringLiteral("资产编号"),
                              QStringLiteral("名称"),
                              QStringLiteral("分类"),
                              QStringLiteral("型号"),
                              QStringLiteral("序列号"),
                              QStringLiteral("购置日期"),
                              QStringLiteral("价格"),
                              QStringLiteral("经费来源"),
                              QStringLiteral("位置"),
                              QStringLiteral("使用人"),
                              QStringLiteral("状态"),
                              QStringLiteral("用途")}));
        const QString path = t.dir.filePath(QStringLiteral("equipment.xlsx"));
        TabularWriter::write(path, exported);
        const Table read = TabularReader::read(path);
        QCOMPARE(read.header, exported.header);
        QCOMPARE(read.rows, exported.rows);
        // Sorted by tag: the two imported tags, then the board's new one.
        QCOMPARE(read.rows.at(0).at(0), QStringLiteral("T001-000101"));
        QCOMPARE(read.rows.at(0).at(6), QStringLiteral("4999.90"));
        QCOMPARE(read.rows.at(0).at(9), QStringLiteral("T0001"));
        QCOMPARE(read.rows.at(0).at(2), QStringLiteral("计算机/台式计算机"));
        QCOMPARE(read.rows.at(0).at(11), QStringLiteral("teacher"));
        QCOMPARE(read.rows.at(1).at(6), QStringLiteral("0.29"));
        QCOMPARE(read.rows.at(1).at(10), QStringLiteral("lent"));
        QCOMPARE(read.rows.at(2).at(6), QStringLiteral("12800.00"));

        // Into a second store of the same school: the same register.
        Test::EquipmentStore other;
        const Session otherAdmin = other.admin();
        const ImportReport r = EquipmentImport(otherAdmin).run(read, false);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
        QCOMPARE(r.added, 3);
        QCOMPARE(EquipmentImport(otherAdmin).exportTable().rows, exported.rows);
        // And the exported file imported back changes nothing.
        const ImportReport same = EquipmentImport(admin).run(read, false);
        QVERIFY2(same.errors.isEmpty(), qPrintable(same.errorText()));
        QCOMPARE(same.unchanged, 3);
    }

    void setFieldsAllOrNothing()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        QVERIFY(EquipmentImport(admin).run(table(kChinese), false).errors.isEmpty());
        EquipmentImport import(admin);
        import.setFields(QStringLiteral("T001-000101"),
                         {{QStringLiteral("位置"), QStringLiteral("物理实验室")},
                          {QStringLiteral("price"), QStringLiteral("100.10")},
                          { QStringLiteral("status"),
                            QStringLiteral("维修") }});
        EquipmentService service(admin);
        Asset a = service.asset(QStringLiteral("T001-000101"));
        QCOMPARE(a.roomId, t.physics);
        QCOMPARE(a.priceFen, 10010);
        QCOMPARE(a.status, AssetStatus::Repair);
        try {
            import.setFields(QStringLiteral("T001-000101"),
                             {{QStringLiteral("name"), QStringLiteral("新名称")},
                              { QStringLiteral("room"),
                                QStringLiteral("不存在") }});
            QFAIL("an unknown room was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("Room:")), qPrintable(e.message()));
        }
        QCOMPARE(service.asset(QStringLiteral("T001-000101")).name, QStringLiteral("教师计算机"));
        try {
            import.setFields(QStringLiteral("T001-000101"),
                             {{ QStringLiteral("colour"),
                                QStringLiteral("red") }});
            QFAIL("an unknown field was accepted");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("colour")));
        }
    }

    void permission()
    {
        Test::EquipmentStore t;
        const Session teacher = t.as(Role::Teacher);
        try {
            EquipmentImport(teacher).run(table(kChinese), false);
            QFAIL("a teacher imported");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::PermissionDenied);
        }
    }
};

QTEST_GUILESS_MAIN(TestEquipmentImport)
#include "tst_equipmentimport.moc"
