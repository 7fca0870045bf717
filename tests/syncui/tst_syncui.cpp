// What a user sees of sync in the desktop app: district notices on the home page, the status
// bar, the Sync page with its conflicts, and — against the real district server with the real
// keychain — enrolling from the settings dialog and signing in with a district account, online
// and then offline.
#include "core/auth/accounts.h"
#include "core/people/demoschool.h"
#include "core/settings/settings.h"
#include "core/store/outbox.h"
#include "districtserver.h"
#include "homepage.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "sync/conflictsmodel.h"
#include "sync/synccontroller.h"
#include "sync/syncmeta.h"
#include "sync/syncmodule.h"
#include "sync/ui/enrollmentwidget.h"
#include "sync/ui/noticedialog.h"
#include "sync/ui/syncpage.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

using namespace SchoolSuite;

namespace {

std::unique_ptr<Settings> settingsIn(const QTemporaryDir &dir)
{
    const QString policyFile = dir.filePath(QStringLiteral("policy.conf"));
    QFile f(policyFile);
    f.open(QIODevice::WriteOnly);
    f.close();
    return std::make_unique<Settings>(Policy::fromIniFile(policyFile),
                                      dir.filePath(QStringLiteral("user.conf")));
}

// District rows arrive by pull only; tests put them in the way a pull does.
void asPull(Database &db, const std::function<void()> &fn)
{
    db.transaction([&] {
        db.exec(QStringLiteral("UPDATE sync_clock SET applying = 1"));
        fn();
        db.exec(QStringLiteral("UPDATE sync_clock SET applying = 0"));
    });
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerSyncModule();
    }

    void noticesOnTheHomePage()
    {
        Test::TempStore s;
        Session admin = s.admin();
        HomePage home(s.store, admin);
        home.waitForRefresh();
        QVERIFY(home.noticeList()->isHidden());

        asPull(s.db(), [&] {
            s.db().exec(QStringLiteral(
                "INSERT INTO district_notices (title, body, published_at, publisher, attachments) "
                "VALUES ('关于开展2016年教育信息化检查的通知', '各学校：请于十月底前完成自查。', "
                "'2016-09-01T02:00:00.000Z', '区教育局', "
                "'[{\"name\":\"检查表.xlsx\",\"sha256\":\"%1\",\"size\":2048}]'), "
                "('寒假安全提示', '注意用电安全。', '2016-01-10T02:00:00.000Z', '区教育局', '[]')")
                            .arg(QString(64, QLatin1Char('a'))));
        });
        home.refresh();
        home.waitForRefresh();
        QVERIFY(!home.noticeList()->isHidden());
        QCOMPARE(home.noticeList()->count(), 2);
        // Newest first, with its date.
        QVERIFY(home.noticeList()->item(0)->text().startsWith(
            QStringLiteral("关于开展2016年教育信息化检查的通知\n")));
        QVERIFY(home.noticeList()->item(1)->text().startsWith(QStringLiteral("寒假安全提示")));
    }

    void noticeDialogSavesAnAttachment()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("cached.xlsx"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sheet bytes");
        f.close();
        DistrictData::Notice notice{QStringLiteral("n1"),
                                    QStringLiteral("检查通知"),
                                    QStringLiteral("正文"),
                                    QDateTime::currentDateTimeUtc(),
                                    QStringLiteral("区教育局"),
                                    {{QStringLiteral("检查表.xlsx"),
                                      QString(64, QLatin1Char('b')),
                                      11,
                                      QString()}}};
        QString asked;
        NoticeDialog dialog(notice, [&](const DistrictData::Attachment &a) {
            asked = a.sha256;
            return source;
        });
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("noticeTitle"))->text(),
                 QStringLiteral("检查通知"));
        QCOMPARE(dialog.findChild<QTextBrowser *>(QStringLiteral("noticeBody"))->toPlainText(),
                 QStringLiteral("正文"));
        QCOMPARE(dialog.attachmentTable()->rowCount(), 1);
        QCOMPARE(dialog.attachmentTable()->item(0, 0)->text(), QStringLiteral("检查表.xlsx"));
        const QString target = dir.filePath(QStringLiteral("saved.xlsx"));
        QVERIFY(dialog.saveAttachment(0, target));
        QCOMPARE(asked, QString(64, QLatin1Char('b')));
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("sheet bytes"));
    }

    void notEnrolledPageAndStatusBar()
    {
        Test::TempStore s;
        QTemporaryDir prefs;
        auto settings = settingsIn(prefs);
        Session admin = s.admin();
        MainWindow window(s.store, admin, *settings);
        QVERIFY(window.pageIds().contains(QStringLiteral("sync")));
        QTRY_COMPARE(window.syncController()->state(), SyncController::State::NotEnrolled);
        QVERIFY2(window.syncLabel()->text().startsWith(
                     QStringLiteral("Offline · no district platform set")),
                 qPrintable(window.syncLabel()->text()));
        auto *page = qobject_cast<SyncPage *>(window.openPage(QStringLiteral("sync")));
        QVERIFY(page);
        QCOMPARE(page->stateLabel()->text(),
                 QStringLiteral("This computer is not enrolled with a district platform"));
        QVERIFY(!page->syncButton()->isEnabled());
    }

    void conflictRestoredFromThePage()
    {
        Test::TempStore s;
        QTemporaryDir prefs;
        auto settings = settingsIn(prefs);
        s.db().exec(QStringLiteral("INSERT INTO students (student_no, name, phone) VALUES "
                                   "('G001', '李雷', '13900000002')"));
        const QString studentId = s.db().scalar(QStringLiteral("SELECT id FROM students")).toString();
        asPull(s.db(), [&] {
            s.db().exec(QStringLiteral("INSERT INTO sync_conflicts (tbl, row_id, field, kept_value, "
                                       "lost_value, kept_user, lost_user, detected_at) VALUES "
                                       "('students', ?, 'phone', '\"13900000002\"', "
                                       "'\"13800000001\"', 'clerk2', 'clerk1', "
                                       "'2026-11-29T08:00:00.000Z')"),
                        {studentId});
        });
        Session admin = s.admin();
        SyncController controller(s.store.dataDir(), s.db(), settings.get());
        SyncPage page(controller, s.db(), admin);
        QAbstractItemModelTester tester(page.conflictsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.conflictsModel()->rowCount(), 1);
        QCOMPARE(page.tabs()->tabText(0), QStringLiteral("Conflicts (1)"));
        const QModelIndex lost = page.conflictsModel()->index(0, ConflictsModel::Lost);
        QCOMPARE(lost.data().toString(), QStringLiteral("13800000001"));
        const int before = Outbox::pendingCount(s.db().connection());

        QVERIFY(page.restoreRow(0));
        QCOMPARE(s.db()
                     .scalar(QStringLiteral("SELECT phone FROM students WHERE id = ?"), {studentId})
                     .toString(),
                 QStringLiteral("13800000001"));
        QCOMPARE(page.conflictsModel()->rowCount(), 0);
        QCOMPARE(page.tabs()->tabText(0), QStringLiteral("Conflicts"));
        // The restored value and the settled conflict both go to the district.
        QVERIFY(Outbox::pendingCount(s.db().connection()) >= before + 2);
    }

    void enrollmentWithAnUnreachableDistrictSaysWhy()
    {
        Test::TempStore s;
        QTemporaryDir prefs;
        auto settings = settingsIn(prefs);
        EnrollmentWidget widget(s.store, *settings, nullptr, true);
        QVERIFY(widget.statusLabel()->text().startsWith(QStringLiteral("Not enrolled")));
        const QString error = widget.enroll(QStringLiteral("http://127.0.0.1:9"),
                                            QStringLiteral("T001"),
                                            QStringLiteral("key"),
                                            {});
        QVERIFY(!error.isEmpty());
        QVERIFY(widget.statusLabel()->text().startsWith(QStringLiteral("Not enrolled")));
        QVERIFY(s.store.meta(SyncMeta::deviceId()).isEmpty());
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
