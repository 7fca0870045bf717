// The MSI's authoring (issue 7, must-have 2), as Windows Installer will read it: the tables of
// the package the `msi` target builds with wixl from installer/wix (the same machine part CPack's
// WiX generator uses on Windows), inspected with msiinfo.
#include "toolrun.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using SchoolSuite::Test::runTool;

namespace {

// Never changes (installer/CMakeLists.txt): a new one would install beside the old version
// instead of upgrading it in place.
const QString UpgradeCode = QStringLiteral("{5C2F7B1E-3A64-4D8B-9E0F-2B7C1D6A9E43}");
const QString PolicyKey = QStringLiteral("SOFTWARE\\Policies\\SchoolSuite\\SchoolSuite");

using Row = QStringList;

// Rows of a table; msiinfo prints three header lines (names, types, table) first. A table that
// does not exist has no rows.
QList<Row> table(const QString &name)
{
    const auto r = runTool(QStringLiteral("msiinfo"),
                           {QStringLiteral("export"), QStringLiteral(SCHOOLSUITE_MSI), name});
    if (r.code != 0)
        return {};
    QList<Row> rows;
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (qsizetype i = 3; i < lines.size(); ++i)
        rows.append(lines.at(i).split(QLatin1Char('\t')));
    return rows;
}

QHash<QString, QString> properties()
{
    QHash<QString, QString> result;
    for (const Row &row : table(QStringLiteral("Property")))
        result.insert(row.value(0), row.value(1));
    return result;
}

} // namespace

class TestMsiPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(SCHOOLSUITE_MSI)),
                 "the package_msi fixture did not build the MSI");
        const auto tables = runTool(QStringLiteral("msiinfo"),
                                    {QStringLiteral("tables"), QStringLiteral(SCHOOLSUITE_MSI)});
        QCOMPARE(tables.code, 0);
        for (const char *name : {"Property", "Registry", "Upgrade", "Shortcut", "Component"})
            QVERIFY2(tables.out.split(QLatin1Char('\n')).contains(QLatin1String(name)), name);
    }

    void perMachineSilentAndUpgradable()
    {
        const auto p = properties();
        QCOMPARE(p.value(QStringLiteral("ALLUSERS")), QStringLiteral("1"));
        QCOMPARE(p.value(QStringLiteral("REBOOT")), QStringLiteral("ReallySuppress"));
        QCOMPARE(p.value(QStringLiteral("UpgradeCode")), UpgradeCode);
        QCOMPARE(p.value(QStringLiteral("ProductVersion")),
                 QStringLiteral(SCHOOLSUITE_VERSION_TEXT));
        QCOMPARE(p.value(QStringLiteral("ProductName")), QStringLiteral("SchoolSuite"));
        // The enrollment key never reaches an install log.
        QCOMPARE(p.value(QStringLiteral("MsiHiddenProperties")), QStringLiteral("ENROLLMENTKEY"));

        // Major upgrades in place: every earlier version of the same UpgradeCode is found (and
        // removed by RemoveExistingProducts); a later one refuses the downgrade.
        const QList<Row> upgrade = table(QStringLiteral("Upgrade"));
        bool earlier = false;
        bool later = false;
        for (const Row &row : upgrade) {
            QCOMPARE(row.value(0), UpgradeCode);
            earlier |= row.value(1).isEmpty()
                       && row.value(2) == QLatin1String(SCHOOLSUITE_VERSION_TEXT)
                       && row.value(6) == QLatin1String("WIX_UPGRADE_DETECTED");
            later |= row.value(1) == QLatin1String(SCHOOLSUITE_VERSION_TEXT)
                     && row.value(6) == QLatin1String("WIX_DOWNGRADE_DETECTED");
        }
        QVERIFY(earlier);
        QVERIFY(later);
        bool removes = false;
        for (const Row &row : table(QStringLiteral("InstallExecuteSequence")))
            removes |= row.value(0) == QLatin1String("RemoveExistingProducts");
        QVERIFY(removes);
        // Nothing starts after the install: a program is started only by a custom action, and
        // the package's only ones set properties (type 51). Nothing asks: no dialogs.
        for (const Row &row : table(QStringLiteral("CustomAction")))
            QVERIFY2((row.value(1).toInt() & 0x3f) == 51, qPrintable(row.join(QLatin1Char(' '))));
        QVERIFY(table(QStringLiteral("Dialog")).isEmpty());

        // A 64-bit package (Template "x64;1033").
        const auto info = runTool(QStringLiteral("msiinfo"),
                                  {QStringLiteral("suminfo"), QStringLiteral(SCHOOLSUITE_MSI)});
        QVERIFY2(info.out.contains(QLatin1String("x64;1033")), qPrintable(info.out));
    }

    void publicPropertiesBecomeMachinePolicy_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("value");
        QTest::newRow("district") << QStringLiteral("DISTRICTURL") << QStringLiteral("DistrictUrl");
        QTest::newRow("school") << QStringLiteral("SCHOOLCODE") << QStringLiteral("SchoolCode");
        QTest::newRow("key") << QStringLiteral("ENROLLMENTKEY") << QStringLiteral("EnrollmentKey");
        QTest::newRow("modules") << QStringLiteral("ENABLEDMODULES")
                                 << QStringLiteral("EnabledModules");
        QTest::newRow("language") << QStringLiteral("LANGUAGE") << QStringLiteral("Language");
    }

    void publicPropertiesBecomeMachinePolicy()
    {
        QFETCH(QString, property);
        QFETCH(QString, value);
        // Secure: a value from a transform or the command line reaches the elevated install.
        const QStringList secure
            = properties().value(QStringLiteral("SecureCustomProperties")).split(QLatin1Char(';'));
        QVERIFY2(secure.contains(property), qPrintable(secure.join(QLatin1Char(','))));

        // Written as HKLM (root 2) policy under the name the programs read.
        const QList<Row> registry = table(QStringLiteral("Registry"));
        int found = 0;
        for (const Row &row : registry) {
            if (row.value(3) != value)
                continue;
            ++found;
            QCOMPARE(row.value(1), QStringLiteral("2"));
            QCOMPARE(row.value(2), PolicyKey);
            QCOMPARE(row.value(4), QStringLiteral("[%1]").arg(property));
        }
        QCOMPARE(found, 1);

        // An upgrade or repair without the property keeps the value installed before: AppSearch
        // reads it into SAVED_<property>, and a property-setting action copies it over only
        // when no value was given (a given one wins).
        const QString saved = QStringLiteral("SAVED_") + property;
        QString locator;
        for (const Row &row : table(QStringLiteral("AppSearch"))) {
            if (row.value(0) == saved)
                locator = row.value(1);
        }
        QVERIFY2(!locator.isEmpty(), qPrintable(property));
        bool searches = false;
        for (const Row &row : table(QStringLiteral("RegLocator"))) {
            if (row.value(0) != locator)
                continue;
            searches = true;
            QCOMPARE(row.value(1), QStringLiteral("2"));
            QCOMPARE(row.value(2), PolicyKey);
            QCOMPARE(row.value(3), value);
            QVERIFY2(row.value(4).toInt() & 16, "not the 64-bit registry view");
        }
        QVERIFY(searches);
        QString keep;
        for (const Row &row : table(QStringLiteral("CustomAction"))) {
            if (row.value(2) == property && row.value(3) == QStringLiteral("[%1]").arg(saved))
                keep = row.value(0);
        }
        QVERIFY2(!keep.isEmpty(), qPrintable(property));
        int appSearch = -1;
        int keepAt = -1;
        int writeAt = -1;
        for (const Row &row : table(QStringLiteral("InstallExecuteSequence"))) {
            if (row.value(0) == QLatin1String("AppSearch"))
                appSearch = row.value(2).toInt();
            if (row.value(0) == QLatin1String("WriteRegistryValues"))
                writeAt = row.value(2).toInt();
            if (row.value(0) == keep) {
                keepAt = row.value(2).toInt();
                QCOMPARE(row.value(1), QStringLiteral("%1 AND NOT %2").arg(saved, property));
            }
        }
        QVERIFY(appSearch > 0 && keepAt > appSearch && writeAt > keepAt);
    }

    void noPerUserKeyPaths()
    {
        // Nothing of the package lives in a user's profile: every registry row is HKLM (2) or
        // HKCR (0, machine classes in a per-machine install), and every component's key path is
        // a file or one of those rows.
        QHash<QString, QString> rootOf;
        for (const Row &row : table(QStringLiteral("Registry"))) {
            QVERIFY2(row.value(1) == QLatin1String("2") || row.value(1) == QLatin1String("0"),
                     qPrintable(row.join(QLatin1Char(' '))));
            rootOf.insert(row.value(0), row.value(1));
        }
        QSet<QString> files;
        for (const Row &row : table(QStringLiteral("File")))
            files.insert(row.value(0));
        const QList<Row> components = table(QStringLiteral("Component"));
        QVERIFY(components.size() >= 5);
        for (const Row &row : components) {
            const QString keyPath = row.value(5);
            QVERIFY2(files.contains(keyPath) || rootOf.value(keyPath) == QLatin1String("2"),
                     qPrintable(row.join(QLatin1Char(' '))));
            // 64-bit components (msidbComponentAttributes64bit).
            QVERIFY2(row.value(3).toInt() & 256, qPrintable(row.join(QLatin1Char(' '))));
        }
    }

    void startMenuShortcutForAllUsers()
    {
        const QList<Row> shortcuts = table(QStringLiteral("Shortcut"));
        QCOMPARE(shortcuts.size(), 1);
        const Row &s = shortcuts.constFirst();
        QCOMPARE(s.value(1), QStringLiteral("ProgramMenuFolder"));
        QCOMPARE(s.value(2), QStringLiteral("SchoolSuite"));
        // Its component is the program's own (key path: bin/schoolsuite[.exe]).
        QString keyPath;
        for (const Row &row : table(QStringLiteral("Component"))) {
            if (row.value(0) == s.value(3))
                keyPath = row.value(5);
        }
        QVERIFY2(keyPath.startsWith(QLatin1String("CM_FP_bin.schoolsuite"))
                     && !keyPath.contains(QLatin1String("cli"))
                     && !keyPath.contains(QLatin1String("district")),
                 qPrintable(keyPath));
        QCOMPARE(s.value(11), QStringLiteral("INSTALL_ROOT")); // working directory
        // An advertised shortcut's icon is named with its target's extension (ICE50, which
        // WiX's light enforces on Windows and wixl does not).
        QVERIFY2(s.value(8).endsWith(QLatin1String(".exe")), qPrintable(s.value(8)));
    }

    void cpackWixConfiguration()
    {
        // What CPack's WiX generator gets on Windows (not built here): candle's variables as
        // separate arguments, the shared machine source, and the patch with its three places.
        QFile config(QStringLiteral(SCHOOLSUITE_CPACK_CONFIG));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(config.readAll());
        QVERIFY2(
            text.contains(QLatin1String(
                "set(CPACK_WIX_CANDLE_EXTRA_FLAGS \"-dSchoolSuiteExe=CM_FP_bin.schoolsuite.exe;"
                "-dSchoolSuiteIcon=")),
            "the candle flags are not a list");
        QVERIFY(text.contains(QLatin1String("installer/wix/machine.wxs\")")));
        QVERIFY(text.contains(QLatin1String("set(CPACK_WIX_UPGRADE_GUID \"5C2F7B1E-")));
        static const QRegularExpression patchLine(
            QStringLiteral("set\\(CPACK_WIX_PATCH_FILE \"([^\"]+)\"\\)"));
        const QString patchFile = patchLine.match(text).captured(1);
        QFile patch(patchFile);
        QVERIFY2(patch.open(QIODevice::ReadOnly), qPrintable(patchFile));
        QXmlStreamReader xml(&patch);
        QStringList fragments;
        QStringList properties;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("CPackWiXFragment"))
                fragments << xml.attributes().value(QLatin1String("Id")).toString();
            if (xml.name() == QLatin1String("Property"))
                properties << xml.attributes().value(QLatin1String("Id")).toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(fragments,
                 (QStringList{QStringLiteral("#PRODUCT"),
                              QStringLiteral("#PRODUCTFEATURE"),
                              QStringLiteral("CM_FP_bin.schoolsuite.exe")}));
        for (const char *p :
             {"DISTRICTURL", "SCHOOLCODE", "ENROLLMENTKEY", "ENABLEDMODULES", "LANGUAGE"})
            QVERIFY2(properties.contains(QLatin1String(p)), p);
    }

    void whiteboardFilesOpenInSchoolSuite()
    {
        QString progId;
        QString command;
        for (const Row &row : table(QStringLiteral("Registry"))) {
            if (row.value(2) == QLatin1String(".ssboard") && row.value(3).isEmpty())
                progId = row.value(4);
            if (row.value(2).endsWith(QLatin1String("\\shell\\open\\command")))
                command = row.value(4);
        }
        QCOMPARE(progId, QStringLiteral("SchoolSuite.Board"));
        QVERIFY2(command.startsWith(QLatin1String("\"[#CM_FP_bin.schoolsuite"))
                     && command.endsWith(QLatin1String("\"%1\"")),
                 qPrintable(command));
    }
};

QTEST_GUILESS_MAIN(TestMsiPackage)
#include "tst_msipackage.moc"
