// The register's list model: what the list shows for each item, its roles for the filter proxy,
// and QAbstractItemModelTester over loads and reloads; the search provider (Ctrl+K).
#include "core/search/searchindex.h"
#include "core/ui/listfilterproxy.h"
#include "equipment/register/equipmentitemsmodel.h"
#include "equipment/register/equipmentservice.h"
#include "equipmenttest.h"

#include <QAbstractItemModelTester>

using namespace SchoolSuite;

class TestEquipmentModel : public QObject
{
    Q_OBJECT

    QString add(EquipmentService &service,
                const QString &name,
                const QString &category,
                const QString &room,
                const QString &custodian,
                qint64 fen)
    {
        Asset a;
        a.name = name;
        a.categoryId = service.category(category).id;
        a.roomId = room;
        a.custodianId = custodian;
        a.priceFen = fen;
        a.serial = QStringLiteral("SN-") + name;
        a.purchaseDate = QDate(2020, 5, 1);
        a.use = AssetUse::Teacher;
        a.status = room.isEmpty() ? AssetStatus::InStock : AssetStatus::InUse;
        return service.addAsset(a);
    }

private slots:
    void initTestCase() { Test::initEquipmentTestEnvironment(); }

    void showsItemsWithNames()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        const QString pc = add(service,
                               QStringLiteral("教师计算机"),
                               QStringLiteral("computer.desktop"),
                               t.lab,
                               t.zhang,
                               499950);
        add(service, QStringLiteral("投影仪"), QStringLiteral("projector"), t.physics, {}, 350000);
        add(service, QStringLiteral("书架"), QStringLiteral("library"), {}, {}, -1);
        EquipmentItemsModel model(admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(EquipmentItemsModel::ColumnCount));
        const int row = model.rowOfId(pc);
        QVERIFY(row >= 0);
        const auto cell = [&](int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(EquipmentItemsModel::Tag), QStringLiteral("T001-000001"));
        QCOMPARE(cell(EquipmentItemsModel::Category), QStringLiteral("台式计算机"));
        QCOMPARE(cell(EquipmentItemsModel::Room), QStringLiteral("计算机网络教室1"));
        QCOMPARE(cell(EquipmentItemsModel::Custodian), QStringLiteral("张伟"));
        QCOMPARE(cell(EquipmentItemsModel::Status), AssetKeys::statusTitle(AssetStatus::InUse));
        QCOMPARE(cell(EquipmentItemsModel::Use), AssetKeys::useTitle(AssetUse::Teacher));
        QCOMPARE(cell(EquipmentItemsModel::Price), QStringLiteral("4999.50"));
        QCOMPARE(cell(EquipmentItemsModel::PurchaseDate), QStringLiteral("2020-05-01"));
        // Sorting by price: 书架 (no price) < 投影仪 (3500) < 教师计算机 (4999.50); names by pinyin.
        const auto rank = [&](const QString &name, int column) {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.item(r).name == name)
                    return model.index(r, column).data(EquipmentItemsModel::SortRole).toInt();
            }
            return -1;
        };
        QVERIFY(rank(QStringLiteral("书架"), EquipmentItemsModel::Price)
                < rank(QStringLiteral("投影仪"), EquipmentItemsModel::Price));
        QVERIFY(rank(QStringLiteral("投影仪"), EquipmentItemsModel::Price)
                < rank(QStringLiteral("教师计算机"), EquipmentItemsModel::Price));
        QVERIFY(rank(QStringLiteral("教师计算机"), EquipmentItemsModel::Name) // jiaoshi
                < rank(QStringLiteral("书架"), EquipmentItemsModel::Name));   // shujia
        QVERIFY(rank(QStringLiteral("书架"), EquipmentItemsModel::Name)
                < rank(QStringLiteral("投影仪"), EquipmentItemsModel::Name)); // touyingyi
        QCOMPARE(model.index(row, 0).data(EquipmentItemsModel::IdRole).toString(), pc);
        QCOMPARE(model.index(row, 0).data(EquipmentItemsModel::StatusKeyRole).toString(),
                 QStringLiteral("in_use"));
        const QString filter = model.index(row, 0).data(EquipmentItemsModel::FilterRole).toString();
        QVERIFY(filter.contains(QStringLiteral("jiaoshijisuanji")));
        QVERIFY(filter.contains(QStringLiteral("jsjsj")));
        QVERIFY(filter.contains(QStringLiteral("sn-教师计算机")));
        QCOMPARE(model.headerData(EquipmentItemsModel::Tag, Qt::Horizontal).toString(),
                 QStringLiteral("Asset tag"));

        // Movements show after a reload; the tester watches the reset.
        service.move(pc, t.physics);
        model.reload();
        QCOMPARE(model.index(model.rowOfId(pc), EquipmentItemsModel::Room).data().toString(),
                 QStringLiteral("物理实验室"));
    }

    void filtersThroughTheProxy()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        add(service,
            QStringLiteral("教师计算机"),
            QStringLiteral("computer.desktop"),
            t.lab,
            t.zhang,
            1);
        add(service,
            QStringLiteral("学生计算机"),
            QStringLiteral("computer.desktop"),
            t.lab,
            {},
            1);
        add(service, QStringLiteral("投影仪"), QStringLiteral("projector"), t.physics, {}, 1);
        EquipmentItemsModel model(admin);
        ListFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(EquipmentItemsModel::FilterRole);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText(QStringLiteral("计算机"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QStringLiteral("xsjsj")); // pinyin initials of 学生计算机
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("张伟"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("物理 tyy"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("T001-000002"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 3);
    }

    void withoutPermissionTheModelIsEmpty()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        add(service, QStringLiteral("投影仪"), QStringLiteral("projector"), {}, {}, 1);
        const Session librarian(
            t.db(), {}, QStringLiteral("x"), QStringLiteral("x"), Role::HomeroomTeacher);
        EquipmentItemsModel viewer(librarian);
        QCOMPARE(viewer.rowCount(),
                 Roles::allows(Role::HomeroomTeacher, Permission::EquipmentView) ? 1 : 0);
    }

    void searchFindsItemsByTagNameSerialAndPinyin()
    {
        Test::EquipmentStore t;
        const Session admin = t.admin();
        EquipmentService service(admin);
        const QString id = add(service,
                               QStringLiteral("交互式电子白板"),
                               QStringLiteral("whiteboard"),
                               t.classroom,
                               {},
                               1);
        Asset a = service.asset(id);
        a.serial = QStringLiteral("HH2021XY77");
        service.updateAsset(a);
        t.store.search().update();
        for (const QString &query : {QStringLiteral("白板"),
                                     QStringLiteral("jhsdzbb"),
                                     QStringLiteral("dianzibaiban"),
                                     QStringLiteral("T001-000001"),
                                     QStringLiteral("HH2021")}) {
            const QList<SearchHit> hits = t.store.search().search(query);
            bool found = false;
            for (const SearchHit &h : hits)
                found = found
                        || (h.id == id && h.module == QStringLiteral("equipment")
                            && h.kind == QStringLiteral("item"));
            QVERIFY2(found, qPrintable(query));
        }
        const QList<SearchHit> hits = t.store.search().search(QStringLiteral("白板"));
        QCOMPARE(hits.first().subtitle, QStringLiteral("T001-000001 · 七年级(1)班教室"));
        // Renaming the room renews the item's entry.
        t.db().exec(QStringLiteral("UPDATE rooms SET name = '七年级一班' WHERE id = ?"),
                    {t.classroom});
        t.store.search().update();
        QCOMPARE(t.store.search().search(QStringLiteral("白板")).first().subtitle,
                 QStringLiteral("T001-000001 · 七年级一班"));
    }
};

QTEST_MAIN(TestEquipmentModel)
#include "tst_equipmentmodel.moc"
