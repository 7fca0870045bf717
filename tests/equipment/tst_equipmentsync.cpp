// The register through the real district server: two devices of one school that seeded their
// built-in categories before they ever synced merge without a unique-index problem, items and
// their history reach the other device, and a funding source the district adds arrives.
#include "equipment/equipmentmodule.h"
#include "equipment/register/equipmentdefaults.h"
#include "equipment/register/equipmentservice.h"
#include "equipmentdistrict.h"
#include "sync/syncfixture.h"
#include "sync/syncmodule.h"

using namespace SchoolSuite;
using Test::Device;
using Test::DistrictServer;

namespace {
const QString kSchool = QStringLiteral("DC0001");

QStringList categoryRows(Device &d)
{
    QStringList rows;
    QSqlQuery q = d.db().exec(QStringLiteral("SELECT id, code, name FROM equipment_categories "
                                             "WHERE deleted = 0 ORDER BY id"));
    while (q.next())
        rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}
                    .join(QLatin1Char(' '));
    return rows;
}
} // namespace

class TestEquipmentSync : public QObject
{
    Q_OBJECT

    Test::EquipmentDistrict m_district;
    DistrictServer *m_server = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY(m_district.start(kSchool));
        m_server = m_district.server.get();
    }

    void cleanup() { m_district.logIfFailed(); }

    void twoDevicesSeedTheSameCategories()
    {
        Device a, b;
        QVERIFY(a.enroll(*m_server, kSchool));
        QVERIFY(b.enroll(*m_server, kSchool));
        // Both seeded on open, before any sync.
        EquipmentDefaults::ensure(*a.store);
        EquipmentDefaults::ensure(*b.store);
        QCOMPARE(categoryRows(a).size(), EquipmentDefaults::builtInCategories().size());
        QCOMPARE(categoryRows(a), categoryRows(b));
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(b.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_problems")), 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM sync_problems")), 0);
        QCOMPARE(categoryRows(a), categoryRows(b));

        // An item registered on one device, moved, reaches the other with its history.
        const Session admin(
            a.db(), {}, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator);
        EquipmentService service(admin);
        Asset item;
        item.name = QStringLiteral("教师计算机");
        item.categoryId = service.category(QStringLiteral("computer.desktop")).id;
        item.priceFen = 450000;
        const QString id = service.addAsset(item);
        const QString tag = service.asset(id).tag;
        QVERIFY2(tag.startsWith(kSchool + QLatin1Char('-')), qPrintable(tag));
        service.sendToRepair(id, QStringLiteral("屏幕坏了"));
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(b.sync()), QStringLiteral("ok"));
        const Session adminB(
            b.db(), {}, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator);
        EquipmentService onB(adminB);
        QCOMPARE(onB.asset(tag).status, AssetStatus::Repair);
        QCOMPARE(onB.asset(tag).priceFen, 450000);
        QCOMPARE(onB.history(id).size(), 2);
        // The other device's next tag is not the same one.
        Asset second = item;
        QVERIFY(onB.asset(onB.addAsset(second)).tag != tag);
    }

    void districtFundingSourcesArrive()
    {
        Device a;
        QVERIFY(a.enroll(*m_server, kSchool));
        const auto added = m_server->admin({QStringLiteral("add-funding-source"),
                                            QStringLiteral("义务教育薄弱环节改善与能力提升")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(m_server
                     ->admin({QStringLiteral("add-funding-source"),
                              QStringLiteral("义务教育薄弱环节改善与能力提升")})
                     .exitCode,
                 1);
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        const Session admin(
            a.db(), {}, QStringLiteral("admin"), QStringLiteral("admin"), Role::Administrator);
        const QStringList sources = EquipmentService(admin).fundingSources();
        QCOMPARE(sources.mid(0, 4), EquipmentService::builtInFundingSources());
        QVERIFY2(sources.contains(QStringLiteral("义务教育薄弱环节改善与能力提升")),
                 qPrintable(sources.join(QLatin1Char(','))));
    }
};

QTEST_GUILESS_MAIN(TestEquipmentSync)
#include "tst_equipmentsync.moc"
