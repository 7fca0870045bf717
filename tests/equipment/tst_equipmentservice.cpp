// The asset register's rules: categories (deterministic ids, service lives, custom fields),
// validation naming the field, movements as facts with the item's history, bulk actions all or
// nothing, permissions.
#include "core/error.h"
#include "equipment/register/equipmentdefaults.h"
#include "equipment/register/equipmentservice.h"
#include "equipmenttest.h"

#include <QJsonArray>

using namespace SchoolSuite;

namespace {

Asset computer(const EquipmentService &service, const QString &tag = {})
{
    Asset a;
    a.tag = tag;
    a.name = QStringLiteral("教师计算机");
    a.categoryId = service.category(QStringLiteral("computer.desktop")).id;
    a.purchaseDate = QDate(2019, 9, 1);
    a.priceFen = 499950;
    a.fundingSource = QStringLiteral("财政专项资金");
    return a;
}

QString errorOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestEquipmentService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initEquipmentTestEnvironment(); }

    void builtInCategoriesSeededAsATree()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        const QList<AssetCategory> cats = service.categories();
        QStringList names;
        for (const AssetCategory &c : cats)
            names << c.name;
        for (const char *name : {"计算机",
                                 "台式计算机",
                                 "笔记本计算机",
                                 "平板电脑",
                                 "交互式电子白板",
                                 "投影仪",
                                 "多媒体讲台",
                                 "网络设备",
                                 "实验仪器",
                                 "图书馆设备",
                                 "家具"})
            QVERIFY2(names.contains(QString::fromUtf8(name)), name);
        // Parents come before their children.
        QVERIFY(names.indexOf(QStringLiteral("计算机"))
                < names.indexOf(QStringLiteral("台式计算机")));
        const AssetCategory desktop = service.category(QStringLiteral("computer.desktop"));
        QCOMPARE(desktop.parentId, service.category(QStringLiteral("computer")).id);
        QCOMPARE(desktop.kind, QStringLiteral("computer"));
        QCOMPARE(service.serviceLifeYears(desktop.id), 6); // inherited
        QCOMPARE(service.serviceLifeYears(service.category(QStringLiteral("furniture")).id), 15);
        QCOMPARE(service.serviceLifeYears(service.category(QStringLiteral("whiteboard")).id), 8);
        // Seeding again adds nothing.
        const int before = t.count(QStringLiteral("SELECT count(*) FROM equipment_categories"));
        EquipmentDefaults::ensure(t.store);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_categories")), before);
    }

    void categoryIdsAreTheSameOnTwoDevicesOfASchool()
    {
        Test::EquipmentStore a(QStringLiteral("DC0001"));
        Test::EquipmentStore b(QStringLiteral("DC0001"));
        Test::EquipmentStore other(QStringLiteral("DC0002"));
        EquipmentDefaults::ensure(a.store);
        EquipmentDefaults::ensure(b.store);
        EquipmentDefaults::ensure(other.store);
        const auto ids = [](Test::EquipmentStore &s) {
            QStringList list;
            QSqlQuery q = s.db().exec(QStringLiteral("SELECT code, id, coalesce(parent_id, '') "
                                                     "FROM equipment_categories ORDER BY code"));
            while (q.next())
                list << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()
                            + QLatin1Char(' ') + q.value(2).toString();
            return list;
        };
        QCOMPARE(ids(a).size(), EquipmentDefaults::builtInCategories().size());
        QCOMPARE(ids(a), ids(b));
        QVERIFY(ids(a) != ids(other));
        QCOMPARE(
            EquipmentDefaults::categoryId(QStringLiteral("DC0001"), QStringLiteral("computer")),
            EquipmentService(a.admin()).category(QStringLiteral("computer")).id);
        QVERIFY(Uuid::isValid(
            EquipmentDefaults::categoryId(QStringLiteral("DC0001"), QStringLiteral("lab"))));
    }

    void storeWithoutSchoolGetsNoCategories()
    {
        Test::TempStore t(false);
        EquipmentDefaults::ensure(t.store);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM equipment_categories")).toInt(),
                 0);
        // A school set up after the store was opened gets them on first use.
        t.store.initializeSchool(QStringLiteral("LATE1"), QStringLiteral("后来的学校"));
        const Session admin = t.admin();
        QCOMPARE(EquipmentService(admin).categories().size(),
                 EquipmentDefaults::builtInCategories().size());
    }

    void addAssetTakesTagFromLeaseAndWritesRegisterMovement()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        Asset a = computer(service);
        a.roomId = t.lab;
        a.use = AssetUse::Teacher;
        a.status = AssetStatus::InUse;
        const QString id = service.addAsset(a);
        const Asset stored = service.asset(id);
        QCOMPARE(stored.tag, QStringLiteral("T001-000001"));
        QCOMPARE(stored.priceFen, 499950);
        QCOMPARE(stored.use, AssetUse::Teacher);
        QCOMPARE(service.asset(QStringLiteral("T001-000001")).id, id);
        const QList<AssetMovement> h = service.history(id);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().kind, QStringLiteral("register"));
        QCOMPARE(h.first().roomId, t.lab);
        QCOMPARE(h.first().status, QStringLiteral("in_use"));
        QCOMPARE(h.first().actor, QStringLiteral("admin"));
        // A typed tag of our pattern is never handed out again.
        service.addAsset(computer(service, QStringLiteral("T001-000002")));
        QCOMPARE(service.asset(service.addAsset(computer(service))).tag,
                 QStringLiteral("T001-000003"));
        QVERIFY(service.findByTag(QStringLiteral(" T001-000002 ")).has_value());
        QVERIFY(!service.findByTag(QStringLiteral("XX-1")).has_value());
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tag taken") << "tag"
                                   << "Asset tag";
        QTest::newRow("tag spaces") << "tag spaces"
                                    << "Asset tag";
        QTest::newRow("name") << "name"
                              << "Name";
        QTest::newRow("category") << "category"
                                  << "Category";
        QTest::newRow("room") << "room"
                              << "Room";
        QTest::newRow("custodian") << "custodian"
                                   << "Custodian";
        QTest::newRow("future purchase") << "purchase"
                                         << "Purchase date";
        QTest::newRow("warranty") << "warranty"
                                  << "Warranty end";
        QTest::newRow("price") << "price"
                               << "Price";
        QTest::newRow("model") << "model"
                               << "Model";
    }

    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        service.addAsset(computer(service, QStringLiteral("A-1")));
        Asset a = computer(service, QStringLiteral("A-2"));
        if (field == QLatin1String("tag"))
            a.tag = QStringLiteral("A-1");
        else if (field == QLatin1String("tag spaces"))
            a.tag = QStringLiteral("A 3");
        else if (field == QLatin1String("name"))
            a.name = QStringLiteral("  ");
        else if (field == QLatin1String("category"))
            a.categoryId = QStringLiteral("nope");
        else if (field == QLatin1String("room"))
            a.roomId = QStringLiteral("nope");
        else if (field == QLatin1String("custodian"))
            a.custodianId = QStringLiteral("nope");
        else if (field == QLatin1String("purchase"))
            a.purchaseDate = QDate::currentDate().addDays(3);
        else if (field == QLatin1String("warranty"))
            a.warrantyEnd = QDate(2018, 1, 1);
        else if (field == QLatin1String("price"))
            a.priceFen = -5;
        else if (field == QLatin1String("model"))
            a.modelId = QStringLiteral("nope");
        const int before = t.count(QStringLiteral("SELECT count(*) FROM equipment_items"));
        const QString message = errorOf([&] { service.addAsset(a); });
        QVERIFY2(message.startsWith(expected + QLatin1Char(':')), qPrintable(message));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_items")), before);
    }

    void customFieldsAreCheckedAgainstTheCategory()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        AssetCategory c = service.category(QStringLiteral("computer"));
        c.customFields
            = QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("memory_gb")},
                                     {QStringLiteral("title"), QStringLiteral("内存")},
                                     {QStringLiteral("type"), QStringLiteral("number")},
                                     {QStringLiteral("required"), true}},
                         QJsonObject{{QStringLiteral("key"), QStringLiteral("installed")},
                                     {QStringLiteral("title"), QStringLiteral("安装日期")},
                                     {QStringLiteral("type"), QStringLiteral("date")}}};
        service.updateCategory(c);
        Asset a = computer(service); // a desktop: inherits the computer's fields
        QVERIFY(errorOf([&] { service.addAsset(a); }).startsWith(QStringLiteral("内存:")));
        a.custom = QJsonObject{{QStringLiteral("memory_gb"), QStringLiteral("八")}};
        QVERIFY(errorOf([&] { service.addAsset(a); }).startsWith(QStringLiteral("内存:")));
        a.custom = QJsonObject{{QStringLiteral("memory_gb"), QStringLiteral("8")},
                               {QStringLiteral("installed"), QStringLiteral("2024/9/1")}};
        const QString id = service.addAsset(a);
        QCOMPARE(service.asset(id).custom.value(QStringLiteral("memory_gb")).toDouble(), 8.0);
        QCOMPARE(service.asset(id).custom.value(QStringLiteral("installed")).toString(),
                 QStringLiteral("2024-09-01"));
        a.custom.insert(QStringLiteral("colour"), QStringLiteral("red"));
        QVERIFY(errorOf([&] { service.addAsset(a); }).startsWith(QStringLiteral("colour:")));
        // Bad field definitions are refused.
        c.customFields
            = QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("x")},
                                     {QStringLiteral("title"), QStringLiteral("X")},
                                     {QStringLiteral("type"), QStringLiteral("colour")}}};
        QVERIFY(errorOf([&] { service.updateCategory(c); }).contains(QStringLiteral("colour")));
    }

    void categoriesAreEditable()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        AssetCategory printer;
        printer.name = QStringLiteral("打印机");
        printer.parentId = service.category(QStringLiteral("computer")).id;
        printer.serviceLifeYears = 5;
        const QString id = service.addCategory(printer);
        QCOMPARE(service.category(id).kind, QStringLiteral("computer"));
        QCOMPARE(service.serviceLifeYears(id), 5);
        QVERIFY(errorOf([&] { service.addCategory(printer); }).startsWith(QStringLiteral("Name:")));
        AssetCategory renamed = service.category(id);
        renamed.name = QStringLiteral("激光打印机");
        renamed.parentId = id; // inside itself
        QVERIFY(errorOf([&] {
                    service.updateCategory(renamed);
                }).startsWith(QStringLiteral("Parent:")));
        renamed.parentId.clear();
        service.updateCategory(renamed);
        QCOMPARE(service.category(id).name, QStringLiteral("激光打印机"));
        // In use: refused; unused: gone.
        QVERIFY(!errorOf([&] {
                     service.deleteCategory(service.category(QStringLiteral("computer")).id);
                 }).isEmpty());
        service.deleteCategory(id);
        QVERIFY(errorOf([&] { service.category(id); }).contains(id));
        // A built-in keeps its code when renamed.
        AssetCategory lab = service.category(QStringLiteral("lab"));
        lab.name = QStringLiteral("实验设备");
        lab.code = QStringLiteral("changed");
        service.updateCategory(lab);
        QCOMPARE(service.category(QStringLiteral("lab")).name, QStringLiteral("实验设备"));
    }

    void movementsUpdateTheItemAndTheHistory()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        const QString id = service.addAsset(computer(service));
        QCOMPARE(service.asset(id).status, AssetStatus::InStock);
        service.move(id, t.lab, QStringLiteral("装机"));
        QCOMPARE(service.asset(id).roomId, t.lab);
        QCOMPARE(service.asset(id).status, AssetStatus::InUse);
        service.assign(id, t.zhang);
        QCOMPARE(service.asset(id).custodianId, t.zhang);
        service.lend(id, QStringLiteral("李娜"), QDate::currentDate().addDays(7));
        QCOMPARE(service.asset(id).status, AssetStatus::Lent);
        QVERIFY(!errorOf([&] {
                     service.lend(id, QStringLiteral("王芳"), QDate::currentDate());
                 }).isEmpty());
        service.giveBack(id);
        QCOMPARE(service.asset(id).status, AssetStatus::InUse);
        service.sendToRepair(id, QStringLiteral("不开机"));
        QCOMPARE(service.asset(id).status, AssetStatus::Repair);
        service.repaired(id);
        QCOMPARE(service.asset(id).status, AssetStatus::InUse);
        service.markLost(id);
        QVERIFY(errorOf([&] { service.move(id, t.physics); }).contains(service.asset(id).tag));
        service.markFound(id, t.physics);
        QCOMPARE(service.asset(id).roomId, t.physics);
        QCOMPARE(service.asset(id).status, AssetStatus::InUse);
        service.scrap(id, QStringLiteral("报废审批 2025-01"));
        QCOMPARE(service.asset(id).status, AssetStatus::Scrapped);
        QVERIFY(!errorOf([&] { service.setStatus(id, AssetStatus::InUse); }).isEmpty());

        const QList<AssetMovement> h = service.history(id);
        QStringList kinds;
        for (const AssetMovement &m : h)
            kinds << m.kind;
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("register"),
                              QStringLiteral("move"),
                              QStringLiteral("assign"),
                              QStringLiteral("lend"),
                              QStringLiteral("return"),
                              QStringLiteral("repair"),
                              QStringLiteral("repaired"),
                              QStringLiteral("lost"),
                              QStringLiteral("found"),
                              QStringLiteral("scrap")}));
        QCOMPARE(h.at(1).note, QStringLiteral("装机"));
        QCOMPARE(h.at(3).borrower, QStringLiteral("李娜"));
        QCOMPARE(h.at(3).dueOn, QDate::currentDate().addDays(7));
        QCOMPARE(h.at(3).status, QStringLiteral("lent"));
        QCOMPARE(h.at(2).custodianId, t.zhang);
        // Movements are facts: captured as inserts in the outbox, never updated.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM outbox WHERE tbl = "
                                        "'equipment_movements' AND op <> 'insert'")),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM outbox WHERE tbl = "
                                        "'equipment_movements'")),
                 10);
    }

    void updateAssetLeavesRoomAndStatusToMovements()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        const QString id = service.addAsset(computer(service));
        Asset a = service.asset(id);
        a.name = QStringLiteral("办公计算机");
        a.roomId = t.lab;
        a.status = AssetStatus::Lost;
        a.serial = QStringLiteral("SN123");
        service.updateAsset(a);
        const Asset stored = service.asset(id);
        QCOMPARE(stored.name, QStringLiteral("办公计算机"));
        QCOMPARE(stored.serial, QStringLiteral("SN123"));
        QVERIFY(stored.roomId.isEmpty());
        QCOMPARE(stored.status, AssetStatus::InStock);
        QCOMPARE(service.history(id).size(), 1);
    }

    void bulkIsAllOrNothingAndNamesUnknownTags()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        QStringList tags;
        for (int i = 0; i < 5; ++i)
            tags << service.asset(service.addAsset(computer(service))).tag;
        BulkAction move;
        move.kind = BulkAction::Move;
        move.roomId = t.lab;
        const QString message = errorOf([&] {
            service.bulk(tags + QStringList{QStringLiteral("ZZ-9"), QStringLiteral("ZZ-8")}, move);
        });
        QVERIFY2(message.contains(QStringLiteral("ZZ-9"))
                     && message.contains(QStringLiteral("ZZ-8")),
                 qPrintable(message));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_items WHERE room_id IS "
                                        "NOT NULL")),
                 0);
        // One item that cannot take the action stops them all.
        service.markLost(service.asset(tags.at(3)).id);
        const QString refused = errorOf([&] { service.bulk(tags, move); });
        QVERIFY2(refused.contains(tags.at(3)), qPrintable(refused));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_items WHERE room_id IS "
                                        "NOT NULL")),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_movements WHERE kind = "
                                        "'move'")),
                 0);
        service.markFound(service.asset(tags.at(3)).id, {});
        // A tag scanned twice counts once.
        QCOMPARE(service.bulk(tags + QStringList{tags.first()}, move), 5);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM equipment_items WHERE room_id = ?"),
                         {t.lab}),
                 5);
        BulkAction lend;
        lend.kind = BulkAction::Lend;
        lend.borrower = QStringLiteral("七年级(1)班");
        lend.dueOn = QDate::currentDate().addDays(1);
        QCOMPARE(service.bulk(tags.mid(0, 2), lend), 2);
        BulkAction back;
        back.kind = BulkAction::Return;
        QCOMPARE(service.bulk(tags.mid(0, 2), back), 2);
        BulkAction assign;
        assign.kind = BulkAction::Assign;
        assign.custodianId = t.li;
        service.bulk(tags, assign);
        BulkAction status;
        status.kind = BulkAction::Status;
        status.status = AssetStatus::InStock;
        service.bulk(tags.mid(4), status);
        QCOMPARE(service.asset(tags.at(4)).status, AssetStatus::InStock);
        QCOMPARE(service.asset(tags.at(0)).custodianId, t.li);
    }

    void permissions()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        const QString id = EquipmentService(admin).addAsset(computer(EquipmentService(admin)));
        const Session teacher = t.as(Role::Teacher);
        EquipmentService asTeacher(teacher);
        QCOMPARE(asTeacher.asset(id).id, id); // teachers view
        try {
            asTeacher.move(id, t.lab);
            QFAIL("a teacher moved equipment");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::PermissionDenied);
        }
        const Session clerk = t.as(Role::Clerk);
        EquipmentService(clerk).move(id, t.lab);
        // The principal approves scrapping and may record it.
        const Session principal = t.as(Role::Principal);
        EquipmentService(principal).scrap(id, QStringLiteral("approved"));
        QCOMPARE(EquipmentService(admin).asset(id).status, AssetStatus::Scrapped);
        QVERIFY(t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied'"))
                > 0);
    }

    void fundingSourcesIncludeTheDistricts()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        QCOMPARE(service.fundingSources(), EquipmentService::builtInFundingSources());
        QVERIFY(service.fundingSources().contains(QStringLiteral("社会捐赠")));
        // District rows arrive by pull only.
        QVERIFY(!errorOf([&] {
                     t.db().exec(
                         QStringLiteral("INSERT INTO district_funding_sources (name) VALUES "
                                        "('义务教育薄弱环节改善与能力提升')"));
                 }).isEmpty());
        t.db().exec(QStringLiteral("UPDATE sync_clock SET applying = 1"));
        t.db().exec(QStringLiteral("INSERT INTO district_funding_sources (name) VALUES "
                                   "('义务教育薄弱环节改善与能力提升')"));
        t.db().exec(QStringLiteral("UPDATE sync_clock SET applying = 0"));
        QCOMPARE(service.fundingSources().last(), QStringLiteral("义务教育薄弱环节改善与能力提升"));
    }

    void yuanParsesExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("integer") << "4999" << qint64(499900);
        QTest::newRow("one decimal") << "0.1" << qint64(10);
        QTest::newRow("two decimals") << "1234.56" << qint64(123456);
        QTest::newRow("float trap") << "0.29" << qint64(29);
        QTest::newRow("float trap 2") << "4.35" << qint64(435);
        QTest::newRow("trailing zeros") << "19.9000" << qint64(1990);
        QTest::newRow("grouping and sign") << "¥12,345.67" << qint64(1234567);
        QTest::newRow("yuan") << "88元" << qint64(8800);
        QTest::newRow("large") << "99999999.99" << qint64(9999999999);
        QTest::newRow("negative") << "-1" << qint64(-1);
        QTest::newRow("three decimals") << "1.005" << qint64(-1);
        QTest::newRow("text") << "abc" << qint64(-1);
    }

    void yuanParsesExactly()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        bool ok = false;
        const qint64 parsed = AssetKeys::parseYuan(text, &ok);
        QCOMPARE(ok, fen >= 0);
        if (ok)
            QCOMPARE(parsed, fen);
        if (ok)
            QCOMPARE(AssetKeys::parseYuan(AssetKeys::yuan(fen)), fen);
    }

    void keysAndTitles()
    {
        for (AssetStatus s : AssetKeys::statuses()) {
            bool ok = false;
            QCOMPARE(AssetKeys::statusFromKey(AssetKeys::status(s), &ok), s);
            QVERIFY(ok);
            QCOMPARE(AssetKeys::parseStatus(AssetKeys::statusTitle(s), &ok), s);
            QVERIFY(ok);
        }
        bool ok = false;
        QCOMPARE(AssetKeys::parseStatus(QStringLiteral("在用"), &ok), AssetStatus::InUse);
        QCOMPARE(AssetKeys::parseStatus(QStringLiteral("报废"), &ok), AssetStatus::Scrapped);
        QCOMPARE(AssetKeys::parseUse(QStringLiteral("教师用"), &ok), AssetUse::Teacher);
        QCOMPARE(AssetKeys::parseUse(QStringLiteral("student"), &ok), AssetUse::Student);
        AssetKeys::parseUse(QStringLiteral("厨房"), &ok);
        QVERIFY(!ok);
        QCOMPARE(AssetKeys::use(AssetUse::None), QString());
    }
};

QTEST_GUILESS_MAIN(TestEquipmentService)
#include "tst_equipmentservice.moc"
