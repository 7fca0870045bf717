#include "core/settings/settings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SchoolSuite;
using namespace Qt::StringLiterals;

namespace {

// The user's preferences as another program (or an older SchoolSuite) would see them.
void setUserValue(const QString &key, const QVariant &value)
{
    QSettings store(
        QSettings::NativeFormat, QSettings::UserScope, u"SchoolSuite"_s, u"SchoolSuite"_s);
    store.setValue(key, value);
}

bool userStoreContains(const QString &key)
{
    QSettings store(
        QSettings::NativeFormat, QSettings::UserScope, u"SchoolSuite"_s, u"SchoolSuite"_s);
    return store.contains(key);
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsWithoutPolicyOrPreference();
    void policyBeatsUserPreference();
    void generalSectionAndCaseInsensitiveKeys();
    void chineseValues();
    void listValues_data();
    void listValues();
    void spellings_data();
    void spellings();
    void malformedPolicyValueIsIgnored_data();
    void malformedPolicyValueIsIgnored();
    void outOfRangePolicyNumberIsClamped_data();
    void outOfRangePolicyNumberIsClamped();
    void badUserValueFallsBackToDefault();
    void emptyPolicyValueDoesNotLock();
    void unknownPolicyKeyIsIgnored();
    void setValueOnLockedKeyChangesNothing();
    void setValueStoresAndSignals();
    void setValueRejectsBadValues();
    void reloadPicksUpNewPolicy();
    void pathExpandsEnvironment();
    void machineAndUserPolicyKeys();
    void keyTableIsConsistent();

private:
    void writePolicy(const QByteArray &ini);

    QTemporaryDir m_dir;
    QString m_policyFile;
};

void TestPolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // Keep the tester's own preferences out of it: user scope lives in the temporary folder.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"user"_s));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"user"_s));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"policy"_s)));
    m_policyFile = m_dir.filePath(u"policy/SchoolSuite.conf"_s);
    qputenv("SCHOOLSUITE_POLICY_FILE", QFile::encodeName(m_policyFile));
}

void TestPolicy::init()
{
    QFile::remove(m_policyFile);
}

void TestPolicy::cleanup()
{
    QSettings store(
        QSettings::NativeFormat, QSettings::UserScope, u"SchoolSuite"_s, u"SchoolSuite"_s);
    store.clear();
}

void TestPolicy::writePolicy(const QByteArray &ini)
{
    QFile file(m_policyFile);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(ini), ini.size());
}

void TestPolicy::defaultsWithoutPolicyOrPreference()
{
    Settings settings;
    QVERIFY(settings.policy().isEmpty());
    QCOMPARE(settings.policy().origin(), m_policyFile);
    QCOMPARE(settings.districtUrl(), QString());
    QCOMPARE(settings.schoolCode(), QString());
    QCOMPARE(settings.enabledModules(), QStringList());
    QVERIFY(settings.isModuleEnabled(u"library"_s));
    QCOMPARE(settings.dataDirectory(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QVERIFY(!settings.dataDirectory().isEmpty());
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.syncIntervalMinutes(), 15);
    QCOMPARE(settings.allowOfflineSignIn(), true);
    QCOMPARE(settings.autoLockMinutes(), 0);
    for (const SettingKey &key : Settings::knownKeys()) {
        QCOMPARE(settings.source(key.name), Settings::Source::Default);
        QVERIFY(!settings.isLocked(key.name));
    }
}

void TestPolicy::policyBeatsUserPreference()
{
    setUserValue(u"SchoolCode"_s, u"USER-1"_s);
    setUserValue(u"SyncIntervalMinutes"_s, 30);
    setUserValue(u"DistrictUrl"_s, u"https://user.example.org"_s);
    writePolicy("SchoolCode=4401020001\nDistrictUrl=https://edu.example.cn/\n");

    Settings settings;
    QCOMPARE(settings.schoolCode(), u"4401020001"_s);
    QCOMPARE(settings.districtUrl(), u"https://edu.example.cn/"_s);
    QCOMPARE(settings.source(u"SchoolCode"_s), Settings::Source::Policy);
    QVERIFY(settings.isLocked(u"SchoolCode"_s));
    QVERIFY(settings.isLocked(u"DistrictUrl"_s));

    // Keys the policy leaves alone come from the user.
    QCOMPARE(settings.syncIntervalMinutes(), 30);
    QCOMPARE(settings.source(u"SyncIntervalMinutes"_s), Settings::Source::User);
    QVERIFY(!settings.isLocked(u"SyncIntervalMinutes"_s));
    QCOMPARE(settings.allowOfflineSignIn(), true);
    QCOMPARE(settings.source(u"AllowOfflineSignIn"_s), Settings::Source::Default);
}

void TestPolicy::generalSectionAndCaseInsensitiveKeys()
{
    writePolicy("[General]\nschoolcode=4401020002\nSYNCINTERVALMINUTES=60\n");
    Settings settings;
    QCOMPARE(settings.schoolCode(), u"4401020002"_s);
    QCOMPARE(settings.syncIntervalMinutes(), 60);
    QVERIFY(settings.isLocked(u"SchoolCode"_s));
    QCOMPARE(settings.policy().keys(), QStringList({u"SchoolCode"_s, u"SyncIntervalMinutes"_s}));
}

void TestPolicy::chineseValues()
{
    // As Notepad saves it: byte-order mark, CRLF, a comment; a comma stays part of the text.
    writePolicy("\xef\xbb\xbf; 学校策略\r\n"
                + u"SchoolCode=第一中学,初中部\r\nDataDirectory=/srv/学校/数据/\r\n"_s.toUtf8());
    Settings settings;
    QCOMPARE(settings.schoolCode(), u"第一中学,初中部"_s);
    QCOMPARE(settings.dataDirectory(), u"/srv/学校/数据"_s);
}

void TestPolicy::listValues_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QStringList>("expected");
    const QStringList both{u"library"_s, u"equipment"_s};
    QTest::newRow("commas") << QByteArray("EnabledModules=library, equipment") << both;
    QTest::newRow("quoted semicolons")
        << QByteArray("EnabledModules=\"library;equipment\"") << both;
    QTest::newRow("spaces") << QByteArray("EnabledModules=\"library  equipment\"") << both;
    QTest::newRow("one") << QByteArray("EnabledModules=library") << QStringList{u"library"_s};
    QTest::newRow("duplicates") << QByteArray("EnabledModules=library,equipment,library") << both;
}

void TestPolicy::listValues()
{
    QFETCH(QByteArray, ini);
    QFETCH(QStringList, expected);
    writePolicy(ini + '\n');
    Settings settings;
    QCOMPARE(settings.enabledModules(), expected);
    QVERIFY(settings.isModuleEnabled(u"library"_s));
    QCOMPARE(settings.isModuleEnabled(u"whiteboard"_s), false);
}

void TestPolicy::spellings_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("expected");
    const QString offline = u"AllowOfflineSignIn"_s;
    const QString language = u"Language"_s;
    QTest::newRow("false") << QByteArray("AllowOfflineSignIn=false") << offline << QVariant(false);
    QTest::newRow("0") << QByteArray("AllowOfflineSignIn=0") << offline << QVariant(false);
    QTest::newRow("Off") << QByteArray("AllowOfflineSignIn=Off") << offline << QVariant(false);
    QTest::newRow("yes") << QByteArray("AllowOfflineSignIn=yes") << offline << QVariant(true);
    QTest::newRow("zh-CN") << QByteArray("Language=zh-CN") << language << QVariant(u"zh_CN"_s);
    QTest::newRow("en_US") << QByteArray("Language=en_US") << language << QVariant(u"en"_s);
    QTest::newRow("system") << QByteArray("Language=system") << language << QVariant(QString());
}

void TestPolicy::spellings()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, key);
    QFETCH(QVariant, expected);
    writePolicy(ini + '\n');
    Settings settings;
    QCOMPARE(settings.value(key), expected);
    QVERIFY(settings.isLocked(key));
}

void TestPolicy::malformedPolicyValueIsIgnored_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QVariant>("userValue");
    QTest::addColumn<QString>("reason");
    QTest::newRow("interval not a number")
        << u"SyncIntervalMinutes"_s << u"abc"_s << QVariant(30) << u"not a whole number"_s;
    QTest::newRow("bool") << u"AllowOfflineSignIn"_s << u"maybe"_s << QVariant(false)
                          << u"not true or false"_s;
    QTest::newRow("language") << u"Language"_s << u"fr"_s << QVariant(u"en"_s)
                              << u"not one of zh_CN, en"_s;
    QTest::newRow("url") << u"DistrictUrl"_s << u"ftp://edu.example.cn"_s
                         << QVariant(u"https://user.example.cn"_s) << u"not an http(s) URL"_s;
    QTest::newRow("url without host")
        << u"DistrictUrl"_s << u"https:/edu"_s << QVariant(u"https://user.example.cn"_s)
        << u"not an http(s) URL"_s;
    QTest::newRow("unknown module")
        << u"EnabledModules"_s << u"people,libary"_s << QVariant(QStringList{u"equipment"_s})
        << u"unknown module libary"_s;
    QTest::newRow("relative path") << u"DataDirectory"_s << u"data/school"_s
                                   << QVariant(u"/srv/school-data"_s) << u"not an absolute path"_s;
}

void TestPolicy::malformedPolicyValueIsIgnored()
{
    QFETCH(QString, key);
    QFETCH(QString, raw);
    QFETCH(QVariant, userValue);
    QFETCH(QString, reason);
    setUserValue(key, userValue);
    writePolicy((key + u"="_s + raw + u"\nSchoolCode=4401\n"_s).toUtf8());
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(u"Machine policy %1=%2 .* is %3.*; ignored"_s.arg(
            key, QRegularExpression::escape(raw), QRegularExpression::escape(reason))));
    Settings settings;
    // Nothing changes silently: the user's value stays, the control stays free...
    QCOMPARE(settings.value(key), userValue);
    QCOMPARE(settings.source(key), Settings::Source::User);
    QVERIFY(!settings.isLocked(key));
    // ...the rest of the policy applies...
    QCOMPARE(settings.schoolCode(), u"4401"_s);
    QVERIFY(settings.isLocked(u"SchoolCode"_s));
    // ...and the problem is kept for the settings dialog and `schoolsuite-cli config`.
    const QList<Policy::Problem> problems = settings.policy().problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().key, key);
    QCOMPARE(problems.constFirst().value, raw);
    QVERIFY2(problems.constFirst().reason().contains(reason),
             qPrintable(problems.constFirst().reason()));
    QVERIFY(problems.constFirst().ignored);
}

void TestPolicy::outOfRangePolicyNumberIsClamped_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("expected");
    QTest::newRow("too small") << u"0"_s << 1;
    QTest::newRow("too large") << u"99999"_s << 1440;
}

void TestPolicy::outOfRangePolicyNumberIsClamped()
{
    QFETCH(QString, raw);
    QFETCH(int, expected);
    setUserValue(u"SyncIntervalMinutes"_s, 30);
    writePolicy((u"SyncIntervalMinutes="_s + raw + u"\n"_s).toUtf8());
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"outside 1..1440, clamped; used as adjusted"_s));
    Settings settings;
    // The administrator's intent is clear enough: the nearest allowed value, locked, reported.
    QCOMPARE(settings.syncIntervalMinutes(), expected);
    QVERIFY(settings.isLocked(u"SyncIntervalMinutes"_s));
    QCOMPARE(settings.policy().problems().size(), 1);
    QVERIFY(!settings.policy().problems().constFirst().ignored);
}

void TestPolicy::badUserValueFallsBackToDefault()
{
    setUserValue(u"SyncIntervalMinutes"_s, u"often"_s);
    Settings settings;
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"User setting SyncIntervalMinutes=often "_s));
    QCOMPARE(settings.syncIntervalMinutes(), 15);
}

void TestPolicy::emptyPolicyValueDoesNotLock()
{
    setUserValue(u"SchoolCode"_s, u"USER-2"_s);
    writePolicy("SchoolCode=\nDistrictUrl=\n");
    Settings settings;
    QVERIFY(!settings.isLocked(u"SchoolCode"_s));
    QCOMPARE(settings.schoolCode(), u"USER-2"_s);
}

void TestPolicy::unknownPolicyKeyIsIgnored()
{
    writePolicy("ScannerSuffix=Enter\nSchoolCode=4401\n");
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"Unknown machine policy key ScannerSuffix"_s));
    Settings settings;
    QCOMPARE(settings.policy().keys(), QStringList{u"SchoolCode"_s});
    QCOMPARE(settings.schoolCode(), u"4401"_s);
}

void TestPolicy::setValueOnLockedKeyChangesNothing()
{
    writePolicy("SchoolCode=4401020001\nLanguage=zh_CN\n");
    Settings settings;
    QSignalSpy spy(&settings, &Settings::changed);
    QVERIFY(!settings.setValue(u"SchoolCode"_s, u"OTHER"_s));
    QVERIFY(!settings.setValue(u"Language"_s, u"en"_s));
    QCOMPARE(settings.schoolCode(), u"4401020001"_s);
    QCOMPARE(settings.language(), u"zh_CN"_s);
    QCOMPARE(spy.count(), 0);
    QVERIFY(!userStoreContains(u"SchoolCode"_s));
    QVERIFY(!userStoreContains(u"Language"_s));
}

void TestPolicy::setValueStoresAndSignals()
{
    {
        Settings settings;
        QSignalSpy spy(&settings, &Settings::changed);
        QVERIFY(settings.setValue(u"SyncIntervalMinutes"_s, 45));
        QVERIFY(settings.setValue(u"EnabledModules"_s, QStringList{u"library"_s}));
        QVERIFY(settings.setValue(u"SchoolCode"_s, u"第二小学"_s));
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(0).toString(), u"SyncIntervalMinutes"_s);
        // The same value again is no change.
        QVERIFY(settings.setValue(u"SyncIntervalMinutes"_s, u"45"_s));
        QCOMPARE(spy.count(), 3);
    }
    Settings reopened;
    QCOMPARE(reopened.syncIntervalMinutes(), 45);
    QCOMPARE(reopened.enabledModules(), QStringList{u"library"_s});
    QCOMPARE(reopened.schoolCode(), u"第二小学"_s);
    QCOMPARE(reopened.source(u"SyncIntervalMinutes"_s), Settings::Source::User);

    // Choosing the default forgets the preference.
    QVERIFY(reopened.setValue(u"SyncIntervalMinutes"_s, 15));
    QVERIFY(!userStoreContains(u"SyncIntervalMinutes"_s));
    QCOMPARE(reopened.source(u"SyncIntervalMinutes"_s), Settings::Source::Default);
    reopened.resetValue(u"SchoolCode"_s);
    QCOMPARE(reopened.schoolCode(), QString());
}

void TestPolicy::setValueRejectsBadValues()
{
    Settings settings;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"DistrictUrl cannot be"_s));
    QVERIFY(!settings.setValue(u"DistrictUrl"_s, u"edu example"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unknown settings key Colour"_s));
    QVERIFY(!settings.setValue(u"Colour"_s, u"blue"_s));
    // The enrollment key comes from the installer or policy only.
    QVERIFY(!settings.setValue(u"EnrollmentKey"_s, u"secret"_s));
    QCOMPARE(settings.districtUrl(), QString());
    QVERIFY(!userStoreContains(u"EnrollmentKey"_s));
}

void TestPolicy::reloadPicksUpNewPolicy()
{
    Settings settings;
    QSignalSpy spy(&settings, &Settings::changed);
    writePolicy("SyncIntervalMinutes=5\n");
    settings.reload();
    QCOMPARE(settings.syncIntervalMinutes(), 5);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"SyncIntervalMinutes"_s);
}

void TestPolicy::pathExpandsEnvironment()
{
    qputenv("SCHOOLSUITE_TEST_ROOT", QFile::encodeName(m_dir.path()));
    writePolicy("DataDirectory=%SCHOOLSUITE_TEST_ROOT%/school\n");
    Settings settings;
    QCOMPARE(settings.dataDirectory(), m_dir.path() + u"/school"_s);
    qunsetenv("SCHOOLSUITE_TEST_ROOT");
}

void TestPolicy::keyTableIsConsistent()
{
    QStringList names;
    for (const SettingKey &key : Settings::knownKeys()) {
        QVERIFY2(!names.contains(key.name, Qt::CaseInsensitive), qPrintable(key.name));
        names.append(key.name);
        QVERIFY2(qstrlen(key.description) > 0, qPrintable(key.name));
        // Every default is a value the key itself accepts unchanged.
        QString problem;
        QCOMPARE(key.parse(key.defaultValue, &problem), key.defaultValue);
        QVERIFY2(problem.isEmpty(), qPrintable(key.name + u": "_s + problem));
    }
    for (const char *required : {"DistrictUrl",
                                 "SchoolCode",
                                 "EnabledModules",
                                 "DataDirectory",
                                 "Language",
                                 "SyncIntervalMinutes",
                                 "AllowOfflineSignIn"})
        QVERIFY2(names.contains(QLatin1String(required)), required);
}

void TestPolicy::machineAndUserPolicyKeys()
{
    // Windows: HKLM and HKCU\SOFTWARE\Policies\SchoolSuite\SchoolSuite, here as INI stores
    // (the registry gives a DWORD policy as a number, which the INI store imitates with an int).
    QSettings machine(m_dir.filePath(u"hklm.ini"_s), QSettings::IniFormat);
    machine.setValue(u"DistrictUrl"_s, u"https://edu.example.cn"_s);
    machine.setValue(u"SyncIntervalMinutes"_s, u"often"_s);
    machine.setValue(u"AutoLockMinutes"_s, 10);
    machine.sync();
    QSettings user(m_dir.filePath(u"hkcu.ini"_s), QSettings::IniFormat);
    user.setValue(u"DistrictUrl"_s, u"https://elsewhere.example.cn"_s); // computer only
    user.setValue(u"SyncIntervalMinutes"_s, 30); // the computer's value cannot be used
    user.setValue(u"AutoLockMinutes"_s, 0);      // the computer's wins
    user.setValue(u"Language"_s, u"en"_s);       // the computer leaves it open
    user.sync();
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"SyncIntervalMinutes=often .* ignored"_s));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"Policy DistrictUrl in HKCU ignored: only the "
                                            u"computer's policy sets it"_s));
    const Policy policy = Policy::fromStores(machine, u"HKLM"_s, &user, u"HKCU"_s);
    QCOMPARE(policy.value(u"DistrictUrl"_s).toString(), u"https://edu.example.cn"_s);
    QCOMPARE(policy.value(u"SyncIntervalMinutes"_s).toInt(), 30);
    QCOMPARE(policy.value(u"AutoLockMinutes"_s).toInt(), 10);
    QCOMPARE(policy.value(u"Language"_s).toString(), u"en"_s);
    QCOMPARE(policy.origin(), u"HKLM"_s);
    const QList<Policy::Problem> problems = policy.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().key, u"SyncIntervalMinutes"_s);
    QCOMPARE(problems.constFirst().origin, u"HKLM"_s);
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
