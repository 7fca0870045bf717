// What a user sees of sync in the desktop app: district notices on the home page, the status
// bar, the Sync page with its conflicts, and — against the real district server with the real
// keychain — enrolling from the settings dialog and signing in with a district account, online
// and then offline.
#include "core/auth/accounts.h"
#include "core/people/demoschool.h"
#include "core/settings/settings.h"
#include "core/ui/settingsdialog.h"
#include "core/store/outbox.h"
#include "districtserver.h"
#include "homepage.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "sync/blobclient.h"
#include "sync/conflictsmodel.h"
#include "sync/districtauth.h"
#include "sync/storeblobs.h"
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
            s.db().exec(
                QStringLiteral("INSERT INTO district_notices (title, body, published_at, "
                               "publisher, attachments) "
                               "VALUES ('关于开展2016年教育信息化检查的通知', "
                               "'各学校：请于十月底前完成自查。', "
                               "'2016-09-01T02:00:00.000Z', '区教育局', "
                               "'[{\"name\":\"检查表.xlsx\",\"sha256\":\"%1\",\"size\":2048}]'), "
                               "('寒假安全提示', '注意用电安全。', '2016-01-10T02:00:00.000Z', "
                               "'区教育局', '[]')")
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
        DistrictData::Notice notice{
            QStringLiteral("n1"),
            QStringLiteral("检查通知"),
            QStringLiteral("正文"),
            QDateTime::currentDateTimeUtc(),
            QStringLiteral("区教育局"),
            {{QStringLiteral("检查表.xlsx"), QString(64, QLatin1Char('b')), 11, QString()}}};
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
        const QString studentId
            = s.db().scalar(QStringLiteral("SELECT id FROM students")).toString();
        asPull(s.db(), [&] {
            s.db().exec(
                QStringLiteral("INSERT INTO sync_conflicts (tbl, row_id, field, kept_value, "
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

#ifdef SCHOOLSUITE_DISTRICT
    // IT staff enroll the computer in the settings; a teacher then signs in with the district
    // account, which keeps working when the district is gone.
    void enrollThenDistrictSignInOnlineAndOffline()
    {
        QTemporaryDir serverDir;
        Test::DistrictServer server(QStringLiteral(SCHOOLSUITE_DISTRICT),
                                    Test::DistrictServer::sqliteUrl(serverDir.path()));
        QVERIFY2(server.start(), qPrintable(server.stderrLog()));
        QVERIFY(server.addSchool(QStringLiteral("T001"), QStringLiteral("测试学校")));
        QVERIFY(server.addUser(QStringLiteral("wanglaoshi"),
                               QStringLiteral("T001"),
                               QStringLiteral("teacher"),
                               QStringLiteral("district-pass-1")));
        const QString key = server.enrollmentKey(QStringLiteral("T001"));
        QVERIFY(!key.isEmpty());

        Test::TempStore s;
        QTemporaryDir prefs;
        auto settings = settingsIn(prefs);
        Session admin = s.admin();
        {
            MainWindow window(s.store, admin, *settings);
            EnrollmentWidget widget(s.store, *settings, window.syncController(), true);
            QSignalSpy finished(window.syncController(), &SyncController::finished);
            const QString error
                = widget.enroll(server.url().toString(), QStringLiteral("T001"), key, {});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(widget.statusLabel()->text().startsWith(QStringLiteral("Enrolled with ")),
                     qPrintable(widget.statusLabel()->text()));
            // The controller syncs right after enrolling; the status bar says so.
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
            QTRY_COMPARE(window.syncController()->state(), SyncController::State::Idle);
            QVERIFY2(window.syncLabel()->text().startsWith(QStringLiteral("Up to date")),
                     qPrintable(window.syncLabel()->text()));
            // The settings show where this computer is enrolled.
            std::unique_ptr<SettingsDialog> dialog(window.createSettingsDialog());
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("DistrictUrl"))->text(),
                     server.url().toString());
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("SchoolCode"))->text(),
                     QStringLiteral("T001"));
            // The plan's targets came with the first sync.
            QCOMPARE(s.db().scalar(QStringLiteral("SELECT count(*) FROM district_targets")).toInt(),
                     4);
        }

        Accounts accounts(s.db());
        const QString serverUrl = s.store.meta(SyncMeta::server());
        auto signIn = [&](const QString &user, const QString &password) {
            SignInDialog dialog(accounts, s.store.schoolName());
            dialog.setDistrict(s.store.dataDir(), serverUrl, true);
            dialog.userEdit()->setText(user);
            dialog.passwordEdit()->setText(password);
            static_cast<QDialog &>(dialog).accept();
            return std::make_pair(dialog.takeSession(), dialog.errorLabel()->text());
        };

        // Online: the district decides, and the account is kept here.
        auto [wrong, wrongMessage]
            = signIn(QStringLiteral("wanglaoshi"), QStringLiteral("nope-nope"));
        QVERIFY(!wrong);
        QCOMPARE(wrongMessage, QStringLiteral("Wrong user name or password."));
        auto [session, message]
            = signIn(QStringLiteral("wanglaoshi"), QStringLiteral("district-pass-1"));
        QVERIFY2(session, qPrintable(message));
        QCOMPARE(session->role(), Role::Teacher);
        QVERIFY(accounts.isDistrictAccount(QStringLiteral("wanglaoshi")));
        QVERIFY(DistrictAuth::storedTokens(s.store.dataDir(), QStringLiteral("wanglaoshi")));

        // Offline: the local verifier of the same password lets the teacher in.
        server.kill();
        auto [offline, offlineMessage]
            = signIn(QStringLiteral("wanglaoshi"), QStringLiteral("district-pass-1"));
        QVERIFY2(offline, qPrintable(offlineMessage));
        auto [offlineWrong, _] = signIn(QStringLiteral("wanglaoshi"), QStringLiteral("nope-nope"));
        QVERIFY(!offlineWrong);

        // A computer that allows sign-in only with the district refuses when it is gone.
        SignInDialog strict(accounts, s.store.schoolName());
        strict.setDistrict(s.store.dataDir(), serverUrl, false);
        strict.userEdit()->setText(QStringLiteral("wanglaoshi"));
        strict.passwordEdit()->setText(QStringLiteral("district-pass-1"));
        static_cast<QDialog &>(strict).accept();
        QVERIFY(!strict.takeSession());
        QVERIFY(strict.errorLabel()->text().startsWith(
            QStringLiteral("The district platform cannot be reached")));
    }

    // A notice with an attachment published on the server reaches the home page; the attachment
    // comes down as a blob, checked, and saved where the user says. A file the device uploads
    // in chunks comes back byte for byte on another device.
    void noticeAttachmentAndBlobsEndToEnd()
    {
        QTemporaryDir serverDir;
        Test::DistrictServer server(QStringLiteral(SCHOOLSUITE_DISTRICT),
                                    Test::DistrictServer::sqliteUrl(serverDir.path()));
        QVERIFY2(server.start(), qPrintable(server.stderrLog()));
        QVERIFY(server.addSchool(QStringLiteral("T001"), QStringLiteral("测试学校")));
        const QString attachment = serverDir.filePath(QStringLiteral("检查表.csv"));
        {
            QFile f(attachment);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("学校,自查结果\n测试学校,合格\n");
        }
        const QString body = serverDir.filePath(QStringLiteral("body.txt"));
        {
            QFile f(body);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("各学校：请于十月底前完成自查。");
        }
        const auto added = server.admin({QStringLiteral("add-notice"),
                                         QStringLiteral("关于开展教育信息化检查的通知"),
                                         QStringLiteral("--body-file"),
                                         body,
                                         QStringLiteral("--attach"),
                                         attachment});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        Test::TempStore s;
        QTemporaryDir prefs;
        auto settings = settingsIn(prefs);
        Session admin = s.admin();
        MainWindow window(s.store, admin, *settings);
        EnrollmentWidget widget(s.store, *settings, window.syncController(), true);
        QSignalSpy finished(window.syncController(), &SyncController::finished);
        QVERIFY(widget
                    .enroll(server.url().toString(),
                            QStringLiteral("T001"),
                            server.enrollmentKey(QStringLiteral("T001")),
                            {})
                    .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        auto *home = qobject_cast<HomePage *>(window.openPage(QStringLiteral("home")));
        QVERIFY(home);
        home->refresh();
        home->waitForRefresh();
        QCOMPARE(home->noticeList()->count(), 1);
        QVERIFY(home->noticeList()->item(0)->text().startsWith(
            QStringLiteral("关于开展教育信息化检查的通知")));

        const QList<DistrictData::Notice> notices = DistrictData::notices(s.db().connection());
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().body, QStringLiteral("各学校：请于十月底前完成自查。"));
        QCOMPARE(notices.first().attachments.size(), 1);
        const QString server_ = s.store.meta(SyncMeta::server());
        const QByteArray credential = DistrictAuth::deviceCredential(s.store.dataDir());
        const QString dataDir = s.store.dataDir();
        NoticeDialog dialog(notices.first(), [&](const DistrictData::Attachment &a) {
            return StoreBlobs::fetch(dataDir, server_, credential, a.sha256);
        });
        const QString saved = prefs.filePath(QStringLiteral("saved.csv"));
        QVERIFY(dialog.saveAttachment(0, saved));
        QFile savedFile(saved);
        QVERIFY(savedFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(savedFile.readAll()),
                 QStringLiteral("学校,自查结果\n测试学校,合格\n"));

        // 2.5 MiB in three chunks up, and down again from the cache of another folder.
        const QString big = prefs.filePath(QStringLiteral("board.bin"));
        QByteArray bytes(5 * 512 * 1024, Qt::Uninitialized);
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7 + i / 4096) & 0xff);
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QString sha = StoreBlobs::upload(dataDir, server_, credential, big);
        QCOMPARE(sha, BlobClient::sha256Of(big));
        const auto head = server.request("HEAD",
                                         QStringLiteral("/api/v1/blobs/") + sha,
                                         {},
                                         {{"Authorization", "Device " + credential}});
        QCOMPARE(head.status, 200);
        QTemporaryDir otherDevice;
        const QString fetched = StoreBlobs::fetch(otherDevice.path(), server_, credential, sha);
        QFile fetchedFile(fetched);
        QVERIFY(fetchedFile.open(QIODevice::ReadOnly));
        QCOMPARE(fetchedFile.readAll(), bytes);
    }
#endif
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
