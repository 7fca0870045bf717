// "This computer" with fake /proc and /sys trees: the probe reads the facts and drops placeholder
// serials and UUIDs, finds batteries and physical network adapters, and an already registered
// machine is recognised by its UUID before its serial before a MAC address.
#include "testutil.h"

#include "core/error.h"
#include "equipment/equipmentmodule.h"
#include "equipment/hardware/hardwareidentity.h"
#include "equipment/hardware/hardwareprobe.h"
#include "equipment/hardware/thiscomputer.h"
#include "equipment/register/equipmentservice.h"
#include "equipment/ui/thiscomputerdialog.h"
#include "sync/syncmodule.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace SchoolSuite;

namespace {

// A fake root: files under /proc and /sys as a Linux PC has them.
class FakeRoot
{
public:
    FakeRoot()
    {
        write(QStringLiteral("proc/sys/kernel/hostname"), QStringLiteral("PC-LAB-01\n"));
        write(QStringLiteral("etc/os-release"),
              QStringLiteral("NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 "
                             "(bookworm)\"\nID=debian\n"));
        QString cpuinfo;
        for (int i = 0; i < 4; ++i)
            cpuinfo += QStringLiteral("processor\t: %1\nvendor_id\t: GenuineIntel\nmodel name\t: "
                                      "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz\n\n")
                           .arg(i);
        write(QStringLiteral("proc/cpuinfo"), cpuinfo);
        write(QStringLiteral("proc/meminfo"),
              QStringLiteral("MemTotal:        8054428 kB\nMemFree:  1000 kB\n"));
        dmi(QStringLiteral("product_uuid"), QStringLiteral("4C4C4544-0042-3510-8052-B2C04F4E4E32"));
        dmi(QStringLiteral("product_serial"), QStringLiteral("PF1ABCDE"));
        dmi(QStringLiteral("sys_vendor"), QStringLiteral("LENOVO"));
        dmi(QStringLiteral("product_name"), QStringLiteral("ThinkCentre M720t"));
        dmi(QStringLiteral("chassis_type"), QStringLiteral("3"));
        nic(QStringLiteral("enp3s0"), QStringLiteral("8C:16:45:AA:BB:01"), true);
        nic(QStringLiteral("lo"), QStringLiteral("00:00:00:00:00:00"), false);
        nic(QStringLiteral("docker0"), QStringLiteral("02:42:ac:11:00:02"), false);
        nic(QStringLiteral("veth1a2b3c"), QStringLiteral("5e:11:22:33:44:55"), false);
        nic(QStringLiteral("br-4f2a"), QStringLiteral("66:11:22:33:44:55"), false);
    }

    QString path() const { return m_dir.path(); }
    void write(const QString &relative, const QString &text)
    {
        const QString file = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(file).path());
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
    }
    void remove(const QString &relative) { QFile::remove(m_dir.filePath(relative)); }
    void dmi(const QString &name, const QString &value)
    {
        write(QStringLiteral("sys/class/dmi/id/") + name, value + QLatin1Char('\n'));
    }
    void nic(const QString &name, const QString &mac, bool physical)
    {
        const QString dir = QStringLiteral("sys/class/net/") + name;
        write(dir + QStringLiteral("/address"), mac + QLatin1Char('\n'));
        write(dir + QStringLiteral("/type"), QStringLiteral("1\n"));
        if (physical)
            QDir().mkpath(m_dir.filePath(dir + QStringLiteral("/device")));
    }
    void battery(const QString &name, const QString &scope = {})
    {
        const QString dir = QStringLiteral("sys/class/power_supply/") + name;
        write(dir + QStringLiteral("/type"), QStringLiteral("Battery\n"));
        if (!scope.isEmpty())
            write(dir + QStringLiteral("/scope"), scope + QLatin1Char('\n'));
    }
    HardwareFacts probe() const { return HardwareProbe(path()).probe(); }

private:
    QTemporaryDir m_dir;
};

HardwareFacts machine(const QString &uuid, const QString &serial, const QStringList &macs)
{
    HardwareFacts f;
    f.hostname = QStringLiteral("PC");
    f.vendor = QStringLiteral("LENOVO");
    f.product = QStringLiteral("ThinkCentre M720t");
    f.uuid = HardwareIdentity::uuid(uuid);
    f.serial = HardwareIdentity::serial(serial);
    f.macs = macs;
    return f;
}

} // namespace

class TestThisComputer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probeReadsTheFakeTree();
    void probeOfThisMachine();
    void placeholdersAreIgnored_data();
    void placeholdersAreIgnored();
    void unreadableUuidFallsBackGracefully();
    void laptopDetection();
    void onlyPhysicalAdapters();
    void registerThenRecognise();
    void uuidBeatsSerialBeatsMac();
    void placeholderSerialNeverMatches();
    void updateKeepsWhatAnEarlierRunSaw();
    void dialogRegistersAndRecognises();
};

void TestThisComputer::initTestCase()
{
    Test::initTestEnvironment();
    registerSyncModule();
    registerEquipmentModule();
}

void TestThisComputer::probeReadsTheFakeTree()
{
    FakeRoot root;
    const HardwareFacts f = root.probe();
    QCOMPARE(f.hostname, QStringLiteral("PC-LAB-01"));
    QCOMPARE(f.os, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
    QCOMPARE(f.cpu, QStringLiteral("Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz × 4"));
    QCOMPARE(f.memoryMb, 7865);
    QCOMPARE(f.uuid, QStringLiteral("4c4c4544-0042-3510-8052-b2c04f4e4e32"));
    QCOMPARE(f.serial, QStringLiteral("PF1ABCDE"));
    QCOMPARE(f.vendor, QStringLiteral("LENOVO"));
    QCOMPARE(f.product, QStringLiteral("ThinkCentre M720t"));
    QCOMPARE(f.macs, QStringList{QStringLiteral("8c:16:45:aa:bb:01")});
    QVERIFY(!f.laptop);
    QVERIFY(f.diskGb > 0); // the volume the fake root is on
    QCOMPARE(f.suggestedName(), QStringLiteral("LENOVO ThinkCentre M720t"));
    const QJsonObject json = f.toJson();
    for (const char *key :
         {"hostname", "os", "cpu", "memory_mb", "disk_gb", "macs", "serial", "vendor", "product"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("macs")).toArray().size(), 1);
}

void TestThisComputer::probeOfThisMachine()
{
    // The real machine (a container in CI: no DMI, maybe no network card): whatever it lacks
    // stays empty, and what it has is read.
    const HardwareFacts f = HardwareProbe().probe();
    QCOMPARE(f.hostname, QSysInfo::machineHostName());
    QVERIFY(!f.os.isEmpty());
    QVERIFY(!f.cpu.isEmpty());
    QVERIFY(f.memoryMb > 0);
    QVERIFY(f.uuid.isEmpty() || !HardwareIdentity::isPlaceholderUuid(f.uuid));
    for (const QString &mac : f.macs)
        QCOMPARE(HardwareIdentity::mac(mac), mac);
}

void TestThisComputer::placeholdersAreIgnored_data()
{
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QString>("uuid");
    QTest::newRow("O.E.M.") << QStringLiteral("To be filled by O.E.M.")
                            << QStringLiteral("03000200-0400-0500-0006-000700080009");
    QTest::newRow("case and spaces") << QStringLiteral("  to BE filled by o.e.m. ")
                                     << QStringLiteral("00000000-0000-0000-0000-000000000000");
    QTest::newRow("Default string") << QStringLiteral("Default string")
                                    << QStringLiteral("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF");
    QTest::newRow("System Serial Number")
        << QStringLiteral("System Serial Number") << QStringLiteral("not-a-uuid");
    QTest::newRow("None") << QStringLiteral("None") << QString();
    QTest::newRow("0") << QStringLiteral("0") << QString();
    QTest::newRow("123456789") << QStringLiteral("123456789") << QString();
    QTest::newRow("zeros") << QStringLiteral("0000000000") << QString();
}

void TestThisComputer::placeholdersAreIgnored()
{
    QFETCH(QString, serial);
    QFETCH(QString, uuid);
    FakeRoot root;
    root.dmi(QStringLiteral("product_serial"), serial);
    root.dmi(QStringLiteral("product_uuid"), uuid);
    root.dmi(QStringLiteral("chassis_serial"), QStringLiteral("Chassis Serial Number"));
    const HardwareFacts f = root.probe();
    QCOMPARE(f.serial, QString());
    QCOMPARE(f.uuid, QString());
    QVERIFY(HardwareIdentity::isPlaceholderSerial(serial));
    QVERIFY(HardwareIdentity::isPlaceholderUuid(uuid));
    // A real value next to them is kept.
    QVERIFY(!HardwareIdentity::isPlaceholderSerial(QStringLiteral("PF1ABCDE")));
    QVERIFY(!HardwareIdentity::isPlaceholderUuid(
        QStringLiteral("4C4C4544-0042-3510-8052-B2C04F4E4E32")));
}

void TestThisComputer::unreadableUuidFallsBackGracefully()
{
    // product_uuid and product_serial are readable by root only: a clerk's probe has neither.
    FakeRoot root;
    root.remove(QStringLiteral("sys/class/dmi/id/product_uuid"));
    root.remove(QStringLiteral("sys/class/dmi/id/product_serial"));
    root.dmi(QStringLiteral("chassis_serial"), QStringLiteral("CH-778899"));
    const HardwareFacts f = root.probe();
    QCOMPARE(f.uuid, QString());
    QCOMPARE(f.serial, QStringLiteral("CH-778899")); // the chassis serial stands in
    QCOMPARE(f.vendor, QStringLiteral("LENOVO"));
    QCOMPARE(f.macs.size(), 1);
}

void TestThisComputer::laptopDetection()
{
    FakeRoot desktop;
    desktop.battery(QStringLiteral("hidpp_battery_0"), QStringLiteral("Device")); // a mouse
    QVERIFY(!desktop.probe().laptop);

    FakeRoot laptop;
    laptop.battery(QStringLiteral("BAT0"));
    QVERIFY(laptop.probe().laptop);

    FakeRoot notebook; // battery removed, but the chassis says notebook
    notebook.dmi(QStringLiteral("chassis_type"), QStringLiteral("10"));
    QVERIFY(notebook.probe().laptop);
}

void TestThisComputer::onlyPhysicalAdapters()
{
    FakeRoot root;
    root.nic(QStringLiteral("wlp2s0"), QStringLiteral("F4-8C-50-12-34-56"), true);
    // Wi-Fi with a random (locally administered) address, a virtual machine's adapter.
    root.nic(QStringLiteral("wlx0"), QStringLiteral("da:a1:19:00:00:01"), true);
    root.nic(QStringLiteral("vboxnet0"), QStringLiteral("0a:00:27:00:00:00"), true);
    root.nic(QStringLiteral("virbr0"), QStringLiteral("52:54:00:12:34:56"), false);
    QCOMPARE(
        root.probe().macs,
        (QStringList{QStringLiteral("8c:16:45:aa:bb:01"), QStringLiteral("f4:8c:50:12:34:56")}));
    QCOMPARE(HardwareIdentity::mac(QStringLiteral("8C16.45AA.BB01")),
             QStringLiteral("8c:16:45:aa:bb:01"));
    QCOMPARE(HardwareIdentity::mac(QStringLiteral("zz:16:45:aa:bb:01")), QString());
}

void TestThisComputer::registerThenRecognise()
{
    Test::TempStore t;
    const Session admin = t.admin();
    EquipmentService service(admin);
    FakeRoot root;
    root.battery(QStringLiteral("BAT0"));
    const HardwareFacts facts = root.probe();
    QVERIFY(!ThisComputer::find(t.db(), facts));

    ThisComputer::Registration reg;
    reg.use = AssetUse::Teacher;
    const ThisComputer::Result first = ThisComputer::registerOrUpdate(service, facts, reg);
    QVERIFY(first.created);
    QVERIFY(!first.tag.isEmpty());
    const Asset asset = service.asset(first.itemId);
    QCOMPARE(asset.categoryId, service.category(QStringLiteral("computer.laptop")).id);
    QCOMPARE(asset.hwUuid, facts.uuid);
    QCOMPARE(asset.serial, QStringLiteral("PF1ABCDE"));
    QCOMPARE(asset.name, QStringLiteral("LENOVO ThinkCentre M720t"));
    QCOMPARE(asset.use, AssetUse::Teacher);
    QCOMPARE(asset.status, AssetStatus::InUse);
    QCOMPARE(asset.hwInfo.value(QStringLiteral("hostname")).toString(),
             QStringLiteral("PC-LAB-01"));
    QCOMPARE(asset.hwInfo.value(QStringLiteral("memory_mb")).toInteger(), 7865);

    // The next run finds the same item and writes what changed (more memory, a new name).
    root.write(QStringLiteral("proc/meminfo"), QStringLiteral("MemTotal: 16384000 kB\n"));
    root.write(QStringLiteral("proc/sys/kernel/hostname"), QStringLiteral("PC-LAB-02\n"));
    const ThisComputer::Result again = ThisComputer::registerOrUpdate(service, root.probe(), reg);
    QVERIFY(!again.created);
    QCOMPARE(again.itemId, first.itemId);
    QVERIFY(again.match);
    QCOMPARE(again.match->by, ThisComputer::Match::By::Uuid);
    QCOMPARE(service.count(), 1);
    const Asset updated = service.asset(first.itemId);
    QCOMPARE(updated.hwInfo.value(QStringLiteral("hostname")).toString(),
             QStringLiteral("PC-LAB-02"));
    QCOMPARE(updated.hwInfo.value(QStringLiteral("memory_mb")).toInteger(), 16000);
    QCOMPARE(updated.tag, first.tag);

    // A desktop is a desktop.
    FakeRoot other;
    other.dmi(QStringLiteral("product_uuid"),
              QStringLiteral("6f1c2a4e-1111-4d2c-9c9b-0a1b2c3d4e5f"));
    other.dmi(QStringLiteral("product_serial"), QStringLiteral("PF2XYZ"));
    other.nic(QStringLiteral("enp3s0"), QStringLiteral("8c:16:45:aa:bb:02"), true);
    const ThisComputer::Result desktop = ThisComputer::registerOrUpdate(service, other.probe());
    QVERIFY(desktop.created);
    QCOMPARE(service.asset(desktop.itemId).categoryId,
             service.category(QStringLiteral("computer.desktop")).id);
}

void TestThisComputer::uuidBeatsSerialBeatsMac()
{
    Test::TempStore t;
    const Session admin = t.admin();
    EquipmentService service(admin);
    const QString ua = QStringLiteral("11111111-2222-4333-8444-555555555555");
    const QString ub = QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
    const QString a
        = ThisComputer::registerOrUpdate(
              service, machine(ua, QStringLiteral("SER-A"), {QStringLiteral("8c:16:45:00:00:0a")}))
              .itemId;
    const QString b
        = ThisComputer::registerOrUpdate(
              service, machine(ub, QStringLiteral("SER-B"), {QStringLiteral("8c:16:45:00:00:0b")}))
              .itemId;
    QVERIFY(a != b);

    // B's UUID with A's serial and MAC (a swapped mainboard): the UUID wins.
    auto m = ThisComputer::find(
        t.db(), machine(ub, QStringLiteral("SER-A"), {QStringLiteral("8c:16:45:00:00:0a")}));
    QVERIFY(m);
    QCOMPARE(m->itemId, b);
    QCOMPARE(m->by, ThisComputer::Match::By::Uuid);
    // No UUID: the serial before the MAC.
    m = ThisComputer::find(
        t.db(), machine({}, QStringLiteral("ser-b"), {QStringLiteral("8c:16:45:00:00:0a")}));
    QVERIFY(m);
    QCOMPARE(m->itemId, b);
    QCOMPARE(m->by, ThisComputer::Match::By::Serial);
    // Neither: the MAC.
    m = ThisComputer::find(t.db(), machine({}, {}, {QStringLiteral("8C:16:45:00:00:0A")}));
    QVERIFY(m);
    QCOMPARE(m->itemId, a);
    QCOMPARE(m->by, ThisComputer::Match::By::Mac);
    // Nothing known: no match.
    QVERIFY(!ThisComputer::find(t.db(), machine({}, {}, {QStringLiteral("8c:16:45:00:00:0c")})));
}

void TestThisComputer::placeholderSerialNeverMatches()
{
    Test::TempStore t;
    const Session admin = t.admin();
    EquipmentService service(admin);
    // A computer entered by hand with the firmware's placeholder as its serial.
    Asset manual;
    manual.name = QStringLiteral("组装机");
    manual.categoryId = service.category(QStringLiteral("computer.desktop")).id;
    manual.serial = QStringLiteral("To be filled by O.E.M.");
    service.addAsset(manual);
    // Two machines of one school's batch, both reporting placeholders, different adapters.
    const QString placeholderUuid = QStringLiteral("03000200-0400-0500-0006-000700080009");
    const auto first
        = ThisComputer::registerOrUpdate(service,
                                         machine(placeholderUuid,
                                                 QStringLiteral("To be filled by O.E.M."),
                                                 {QStringLiteral("8c:16:45:00:00:01")}));
    const auto second
        = ThisComputer::registerOrUpdate(service,
                                         machine(placeholderUuid,
                                                 QStringLiteral("Default string"),
                                                 {QStringLiteral("8c:16:45:00:00:02")}));
    QVERIFY(first.created);
    QVERIFY(second.created);
    QVERIFY(first.itemId != second.itemId);
    QCOMPARE(service.asset(first.itemId).hwUuid, QString());
    QCOMPARE(service.asset(first.itemId).serial, QString());
    QCOMPARE(service.count(), 3);
    // Seen again: by its MAC, not by a shared placeholder.
    const auto again = ThisComputer::find(t.db(),
                                          machine(placeholderUuid,
                                                  QStringLiteral("To be filled by O.E.M."),
                                                  {QStringLiteral("8c:16:45:00:00:02")}));
    QVERIFY(again);
    QCOMPARE(again->itemId, second.itemId);
    QCOMPARE(again->by, ThisComputer::Match::By::Mac);
}

void TestThisComputer::updateKeepsWhatAnEarlierRunSaw()
{
    Test::TempStore t;
    const Session admin = t.admin();
    EquipmentService service(admin);
    FakeRoot root;
    const auto first = ThisComputer::registerOrUpdate(service, root.probe()); // as administrator
    // A run without root rights reads no UUID and no serial: found by the MAC, the UUID stays.
    root.remove(QStringLiteral("sys/class/dmi/id/product_uuid"));
    root.remove(QStringLiteral("sys/class/dmi/id/product_serial"));
    const auto later = ThisComputer::registerOrUpdate(service, root.probe());
    QCOMPARE(later.itemId, first.itemId);
    QCOMPARE(later.match->by, ThisComputer::Match::By::Mac);
    const Asset asset = service.asset(first.itemId);
    QCOMPARE(asset.hwUuid, QStringLiteral("4c4c4544-0042-3510-8052-b2c04f4e4e32"));
    QCOMPARE(asset.hwInfo.value(QStringLiteral("serial")).toString(), QStringLiteral("PF1ABCDE"));

    // Teachers may not register computers.
    const Session teacher = t.as(Role::Teacher);
    EquipmentService asTeacher(teacher);
    FakeRoot another;
    another.dmi(QStringLiteral("product_uuid"),
                QStringLiteral("6f1c2a4e-1111-4d2c-9c9b-0a1b2c3d4e5f"));
    QVERIFY_THROWS_EXCEPTION(Error, ThisComputer::registerOrUpdate(asTeacher, another.probe()));
}

void TestThisComputer::dialogRegistersAndRecognises()
{
    Test::TempStore t;
    const Session admin = t.admin();
    t.db().exec(QStringLiteral("INSERT INTO rooms (id, name, type) VALUES ('r1', '教师办公室', "
                               "'office')"));
    FakeRoot root;
    const HardwareFacts facts = root.probe();
    QString itemId;
    {
        ThisComputerDialog dialog(t.store, admin, facts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *button = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("Register")))
                button = b;
        }
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        auto *room = dialog.findChildren<QComboBox *>().value(0);
        QVERIFY(room);
        room->setCurrentIndex(room->findText(QStringLiteral("教师办公室")));
        if (qEnvironmentVariableIsSet("SCHOOLSUITE_SCREENSHOTS"))
            dialog.grab().save(QStringLiteral("/tmp/lbl-thiscomputer.png"));
        QTest::mouseClick(button, Qt::LeftButton);
        itemId = dialog.itemId();
        QVERIFY(!itemId.isEmpty());
        QVERIFY(button->text().contains(QStringLiteral("Update")));
    }
    EquipmentService service(admin);
    QCOMPARE(service.asset(itemId).roomId, QStringLiteral("r1"));

    ThisComputerDialog again(t.store, admin, facts);
    QStringList texts;
    for (QLabel *label : again.findChildren<QLabel *>())
        texts.append(label->text());
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("recognised by its SMBIOS UUID")), qPrintable(all));
    QVERIFY(all.contains(service.asset(itemId).tag));
}

QTEST_MAIN(TestThisComputer)
#include "tst_thiscomputer.moc"
