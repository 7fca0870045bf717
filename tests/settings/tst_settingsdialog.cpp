#include "core/settings/settings.h"
#include "core/ui/aboutdialog.h"
#include "core/ui/settingsdialog.h"
#include "resources/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace SchoolSuite;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void lockedControlsShowTheLock();
    void editedFieldIsSavedOnOk();
    void cancelSavesNothing();
    void badAddressKeepsDialogOpen();
    void modulesChecklist();
    void aboutDialogListsLicences();
    void malformedPolicyIsNoticedNotApplied();

private:
    // Brings the page holding widget to the front, as a user clicking its tab would.
    static void showPageOf(QDialog &dialog, QWidget *widget);
    static QPushButton *okButton(QDialog &dialog);
    static bool userStoreContains(const QString &key);

    QTemporaryDir m_dir;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"user"_s));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"user"_s));
    installIconTheme();

    const QString policyFile = m_dir.filePath(u"SchoolSuite.conf"_s);
    QFile file(policyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"SchoolCode=第一中学\nLanguage=zh_CN\n"_s.toUtf8());
    file.close();
    qputenv("SCHOOLSUITE_POLICY_FILE", QFile::encodeName(policyFile));
}

void TestSettingsDialog::cleanup()
{
    QSettings store(
        QSettings::NativeFormat, QSettings::UserScope, u"SchoolSuite"_s, u"SchoolSuite"_s);
    store.clear();
}

bool TestSettingsDialog::userStoreContains(const QString &key)
{
    QSettings store(
        QSettings::NativeFormat, QSettings::UserScope, u"SchoolSuite"_s, u"SchoolSuite"_s);
    return store.contains(key);
}

void TestSettingsDialog::showPageOf(QDialog &dialog, QWidget *widget)
{
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int page = 0; page < tabs->count(); ++page) {
        if (tabs->widget(page)->isAncestorOf(widget)) {
            QTest::mouseClick(
                tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(page).center());
            QCOMPARE(tabs->currentIndex(), page);
            return;
        }
    }
    QFAIL("widget is on no page");
}

QPushButton *TestSettingsDialog::okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void TestSettingsDialog::lockedControlsShowTheLock()
{
    Settings settings;
    SettingsDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    for (const QString &key : {u"SchoolCode"_s, u"Language"_s}) {
        auto *control = dialog.findChild<QWidget *>(key);
        auto *lock = dialog.findChild<QLabel *>(key + u"Lock"_s);
        QVERIFY2(control && lock, qPrintable(key));
        showPageOf(dialog, control);
        QVERIFY2(!control->isEnabled(), qPrintable(key));
        QVERIFY2(lock->isVisible(), qPrintable(key));
        QVERIFY2(!lock->pixmap().isNull(), qPrintable(key)); // the object-locked icon
        QCOMPARE(lock->toolTip(), u"Set by your administrator (machine policy)"_s);
    }
    // The locked controls show the policy's values.
    QCOMPARE(dialog.findChild<QLineEdit *>(u"SchoolCode"_s)->text(), u"第一中学"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"Language"_s)->currentData().toString(), u"zh_CN"_s);

    auto *url = dialog.findChild<QLineEdit *>(u"DistrictUrl"_s);
    showPageOf(dialog, url);
    QVERIFY(url->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(u"DistrictUrlLock"_s)->isVisible());
}

void TestSettingsDialog::editedFieldIsSavedOnOk()
{
    Settings settings;
    SettingsDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *url = dialog.findChild<QLineEdit *>(u"DistrictUrl"_s);
    showPageOf(dialog, url);
    QTest::mouseClick(url, Qt::LeftButton);
    QTest::keyClicks(url, u"https://edu.example.cn"_s);
    auto *interval = dialog.findChild<QSpinBox *>(u"SyncIntervalMinutes"_s);
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(interval, u"45"_s);
    auto *offline = dialog.findChild<QCheckBox *>(u"AllowOfflineSignIn"_s);
    QTest::mouseClick(offline, Qt::LeftButton, {}, QPoint(4, offline->height() / 2));
    QVERIFY(!offline->isChecked());

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    QCOMPARE(settings.districtUrl(), u"https://edu.example.cn"_s);
    QCOMPARE(settings.syncIntervalMinutes(), 45);
    QCOMPARE(settings.allowOfflineSignIn(), false);
    Settings reopened;
    QCOMPARE(reopened.districtUrl(), u"https://edu.example.cn"_s);
    QCOMPARE(reopened.source(u"DistrictUrl"_s), Settings::Source::User);
    // Untouched and locked fields are not written.
    QVERIFY(!userStoreContains(u"DataDirectory"_s));
    QVERIFY(!userStoreContains(u"AutoLockMinutes"_s));
    QVERIFY(!userStoreContains(u"SchoolCode"_s));
    QVERIFY(!userStoreContains(u"Language"_s));
    QCOMPARE(reopened.schoolCode(), u"第一中学"_s);
}

void TestSettingsDialog::cancelSavesNothing()
{
    Settings settings;
    SettingsDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *url = dialog.findChild<QLineEdit *>(u"DistrictUrl"_s);
    showPageOf(dialog, url);
    QTest::keyClicks(url, u"https://edu.example.cn"_s);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(settings.districtUrl(), QString());
    QVERIFY(!userStoreContains(u"DistrictUrl"_s));
}

void TestSettingsDialog::badAddressKeepsDialogOpen()
{
    Settings settings;
    SettingsDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *interval = dialog.findChild<QSpinBox *>(u"SyncIntervalMinutes"_s);
    auto *url = dialog.findChild<QLineEdit *>(u"DistrictUrl"_s);
    showPageOf(dialog, url);
    interval->setValue(90);
    QTest::keyClicks(url, u"edu example"_s);
    dialog.findChild<QTabWidget *>()->setCurrentIndex(0);

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *problem = dialog.findChild<QLabel *>(u"problem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"http"_s));
    QVERIFY(url->isVisible()); // its page was brought to the front
    // Nothing is written while any value is bad.
    QCOMPARE(settings.syncIntervalMinutes(), 15);
    QVERIFY(!userStoreContains(u"DistrictUrl"_s));
}

void TestSettingsDialog::modulesChecklist()
{
    Settings settings;
    QVERIFY(settings.setValue(u"EnabledModules"_s, QStringList{u"library"_s, u"equipment"_s}));
    SettingsDialog dialog(&settings);
    dialog.setModules({{u"library"_s, u"Library"_s},
                       {u"equipment"_s, u"Equipment"_s},
                       {u"whiteboard"_s, u"Whiteboard"_s}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(u"EnabledModules"_s);
    showPageOf(dialog, list);
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    QCOMPARE(list->item(2)->checkState(), Qt::Unchecked);

    // Uncheck the first two with the keyboard: nothing left is not allowed.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Space);
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    QVERIFY(!okButton(dialog)->isEnabled());

    list->setCurrentRow(2);
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(settings.enabledModules(), QStringList{u"whiteboard"_s});
}

void TestSettingsDialog::aboutDialogListsLicences()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QLabel *>(u"version"_s)
                ->text()
                .contains(QLatin1String(SCHOOLSUITE_VERSION)));
    QVERIFY(dialog.findChild<QLabel *>(u"qtVersion"_s)->text().contains(QLatin1String(qVersion())));

    auto *components = dialog.findChild<QTreeWidget *>(u"components"_s);
    QStringList names;
    for (int row = 0; row < components->topLevelItemCount(); ++row)
        names.append(components->topLevelItem(row)->text(0));
    for (const QString &name : {u"Qt"_s,
                                u"SQLite"_s,
                                u"minizip"_s,
                                u"libxlsxwriter"_s,
                                u"Unicode Unihan"_s,
                                u"Breeze icons"_s})
        QVERIFY2(names.contains(name), qPrintable(name));

    // Select Breeze and read its licence.
    auto *viewLicence = dialog.findChild<QPushButton *>(u"viewLicence"_s);
    components->setCurrentItem(components->topLevelItem(0)); // Qt: no bundled text
    QVERIFY(!viewLicence->isEnabled());
    components->setCurrentItem(components->topLevelItem(names.indexOf(u"Breeze icons"_s)));
    QVERIFY(viewLicence->isEnabled());
    QTest::mouseClick(viewLicence, Qt::LeftButton);
    auto *text = dialog.findChild<QPlainTextEdit *>(u"licenceText"_s);
    QVERIFY(text);
    QVERIFY(text->isVisible());
    QVERIFY(text->toPlainText().contains(u"breeze-icons"_s));
    QVERIFY(text->toPlainText().contains(u"GNU LESSER GENERAL PUBLIC LICENSE"_s));
}

void TestSettingsDialog::malformedPolicyIsNoticedNotApplied()
{
    const QString policyFile = m_dir.filePath(u"bad-policy.conf"_s);
    QFile file(policyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "DistrictUrl=htp:/edu.example.cn\nEnabledModules=people,libary\nSchoolCode=DC0001\n");
    file.close();
    const QByteArray before = qgetenv("SCHOOLSUITE_POLICY_FILE");
    qputenv("SCHOOLSUITE_POLICY_FILE", QFile::encodeName(policyFile));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"DistrictUrl=htp:/edu.example.cn"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"EnabledModules=people,libary"_s));
    Settings settings;
    qputenv("SCHOOLSUITE_POLICY_FILE", before);
    QVERIFY(settings.setValue(u"DistrictUrl"_s, u"https://mine.example.cn"_s));

    SettingsDialog dialog(&settings);
    dialog.setModules({{u"people"_s, u"People"_s}, {u"library"_s, u"Library"_s}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *notice = dialog.findChild<QLabel *>(u"policyNotice"_s);
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    // Both bad values are named with what is wrong, and where the policy is.
    QVERIFY2(
        notice->text().contains(u"DistrictUrl = \"htp:/edu.example.cn\" is not an http(s) URL; "
                                u"it is ignored."_s),
        qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(u"unknown module libary"_s), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(policyFile));

    // Ignored, not applied: the user's address stays and can still be edited; the valid key
    // of the same policy is locked.
    auto *url = dialog.findChild<QLineEdit *>(u"DistrictUrl"_s);
    showPageOf(dialog, url);
    QVERIFY(url->isEnabled());
    QCOMPARE(url->text(), u"https://mine.example.cn"_s);
    QVERIFY(!dialog.findChild<QWidget *>(u"SchoolCode"_s)->isEnabled());
    auto *modules = dialog.findChild<QListWidget *>(u"EnabledModules"_s);
    QVERIFY(modules);
    QVERIFY(modules->isEnabled());

    // A healthy policy shows no notice.
    Settings healthy;
    SettingsDialog clean(&healthy);
    QVERIFY(!clean.findChild<QLabel *>(u"policyNotice"_s));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
