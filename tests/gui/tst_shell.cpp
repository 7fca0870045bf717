// The desktop shell as a user meets it: set-up, sign-in, navigation, People, search, accounts.
#include "adminmodels.h"
#include "adminpages.h"
#include "core/auth/accounts.h"
#include "core/auth/auditlog.h"
#include "core/error.h"
#include "core/people/demoschool.h"
#include "core/people/peopleservice.h"
#include "core/people/ui/peoplepage.h"
#include "core/people/ui/studentstab.h"
#include "core/people/validators.h"
#include "core/search/searchindex.h"
#include "core/settings/settings.h"
#include "core/ui/detailpane.h"
#include "core/ui/listpage.h"
#include "homepage.h"
#include "mainwindow.h"
#include "searchpopup.h"
#include "setupwizard.h"
#include "signindialog.h"
#include "testutil.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/ui/whiteboardpage.h"
#include "whiteboard/whiteboardmodule.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace SchoolSuite;

namespace {

// Settings with no machine policy (or the given one) and user preferences in a temporary file.
std::unique_ptr<Settings> settingsIn(const QTemporaryDir &dir, const QString &policy = {})
{
    const QString policyFile = dir.filePath(QStringLiteral("policy.conf"));
    QFile f(policyFile);
    if (f.open(QIODevice::WriteOnly))
        f.write(policy.toUtf8());
    f.close();
    return std::make_unique<Settings>(Policy::fromIniFile(policyFile),
                                      dir.filePath(QStringLiteral("user.conf")));
}

QStringList navTitles(MainWindow &w)
{
    QStringList titles;
    for (int i = 0; i < w.navigation()->count(); ++i)
        titles << w.navigation()->item(i)->text();
    return titles;
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

    Test::TempStore *m_demo = nullptr;

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        m_demo = new Test::TempStore(false);
        DemoSchool::create(m_demo->store, DemoSchool::Size::Small, 11, QStringLiteral("password1"));
        const QString first17 = QStringLiteral("22050220130101999");
        m_demo->db().exec(
            QStringLiteral("INSERT INTO students (student_no, name, class_id, id_number) "
                           "SELECT 'L220502201301019999', '欧阳子涵', id, ? FROM classes "
                           "ORDER BY grade, name LIMIT 1"),
            {first17 + Validators::idCheckCharacter(first17)});
        m_demo->store.search().update();
    }
    void cleanupTestCase() { delete m_demo; }

    void setupWizardCreatesSchoolAndAdministrator()
    {
        Test::TempStore t(false);
        QTemporaryDir dir;
        auto settings = settingsIn(dir, QStringLiteral("SchoolCode=DC0042\n"));
        SetupWizard wizard(t.store, *settings);
        wizard.show();
        QCOMPARE(wizard.codeEdit()->text(), QStringLiteral("DC0042")); // from policy
        QVERIFY(wizard.codeEdit()->isReadOnly());
        wizard.next();
        wizard.next();
        wizard.nameEdit()->setText(
            QStringLiteral("东昌区第二中学")); // as an input method commits it
        wizard.back();
        wizard.next();
        wizard.next();
        QTest::keyClicks(wizard.passwordEdit(), QStringLiteral("secret-one"));
        QTest::keyClicks(wizard.confirmEdit(), QStringLiteral("secret-two"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.errorLabel()->text(), QStringLiteral("The two passwords differ."));
        QVERIFY(!t.store.isInitialized());
        wizard.confirmEdit()->clear();
        QTest::keyClicks(wizard.confirmEdit(), QStringLiteral("secret-one"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(t.store.schoolCode(), QStringLiteral("DC0042"));
        QCOMPARE(t.store.schoolName(), QStringLiteral("东昌区第二中学"));
        QCOMPARE(
            Accounts(t.db()).signIn(QStringLiteral("admin"), QStringLiteral("secret-one"))->role(),
            Role::Administrator);
    }

    void signInDialogShowsErrorsAndLockout()
    {
        Test::TempStore t;
        Accounts accounts(t.db());
        accounts.createUser(nullptr,
                            QStringLiteral("wang"),
                            QStringLiteral("王老师"),
                            Role::Teacher,
                            QStringLiteral("password1"));
        SignInDialog dialog(accounts, t.store.schoolName());
        dialog.show();
        QTest::keyClicks(dialog.userEdit(), QStringLiteral("wang"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("wrong-password"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("Wrong user name or password."));
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        for (int i = 1; i < Accounts::MaxFailedAttempts; ++i) {
            QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("wrong-password"));
            QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        }
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("locked")));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("password1"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // the right password does not open a locked account
        accounts.unlock(t.admin(), QStringLiteral("wang"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("password1"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.takeSession()->displayName(), QStringLiteral("王老师"));
    }

    void navigationFollowsRoleAndPolicy()
    {
        QTemporaryDir dir;
        auto settings = settingsIn(dir);
        auto admin
            = Accounts(m_demo->db()).signIn(QStringLiteral("admin"), QStringLiteral("password1"));
        MainWindow adminWindow(m_demo->store, *admin, *settings);
        QCOMPARE(navTitles(adminWindow),
                 (QStringList{QStringLiteral("Home"),
                              QStringLiteral("People"),
                              QStringLiteral("Accounts"),
                              QStringLiteral("Audit log")}));
        auto teacher
            = Accounts(m_demo->db()).signIn(QStringLiteral("teacher"), QStringLiteral("password1"));
        MainWindow teacherWindow(m_demo->store, *teacher, *settings);
        QCOMPARE(navTitles(teacherWindow),
                 (QStringList{QStringLiteral("Home"), QStringLiteral("People")}));

        QTemporaryDir other;
        auto locked = settingsIn(other, QStringLiteral("EnabledModules=equipment\n"));
        MainWindow policyWindow(m_demo->store, *admin, *locked);
        QVERIFY(!navTitles(policyWindow).contains(QStringLiteral("People")));
    }

    void homeShowsTheSchoolsFigures()
    {
        QTemporaryDir dir;
        auto settings = settingsIn(dir);
        auto principal = Accounts(m_demo->db())
                             .signIn(QStringLiteral("principal"), QStringLiteral("password1"));
        MainWindow w(m_demo->store, *principal, *settings);
        w.show();
        w.homePage()->waitForRefresh();
        QCOMPARE(w.homePage()->figureLabel(QStringLiteral("students"))->text(),
                 QLocale().toString(301));
        QCOMPARE(w.homePage()->figureLabel(QStringLiteral("classes"))->text(), QStringLiteral("9"));
        QVERIFY(w.homePage()
                    ->figureLabel(QStringLiteral("multimedia"))
                    ->text()
                    .contains(QStringLiteral("of 9")));
        QVERIFY(w.homePage()->activityList()->count() > 0);
        QVERIFY(w.syncLabel()->text().contains(QStringLiteral("pending")));
    }

    // Signs in, opens People, filters and opens a record, as a clerk would.
    void signInOpenPeopleFilterAndOpenRecord()
    {
        QTemporaryDir dir;
        auto settings = settingsIn(dir);
        Accounts accounts(m_demo->db());
        SignInDialog dialog(accounts, m_demo->store.schoolName());
        dialog.show();
        QTest::keyClicks(dialog.userEdit(), QStringLiteral("clerk"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("password1"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto session = dialog.takeSession();
        MainWindow w(m_demo->store, *session, *settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        const int peopleRow = int(w.pageIds().indexOf(QStringLiteral("people")));
        const QRect rect = w.navigation()->visualItemRect(w.navigation()->item(peopleRow));
        QTest::mouseClick(w.navigation()->viewport(), Qt::LeftButton, {}, rect.center());
        auto *people = qobject_cast<PeoplePage *>(w.currentPage());
        QVERIFY(people);
        StudentsTab *students = people->studentsTab();
        QTest::keyClicks(students->filterEdit(), QStringLiteral("oyzh"));
        QCOMPARE(students->visibleCount(), 1);
        QTableView *view = students->view();
        view->setFocus();
        QTest::mouseClick(view->viewport(),
                          Qt::LeftButton,
                          {},
                          view->visualRect(view->model()->index(0, 1)).center());
        QCOMPARE(students->detailPane()->findChild<QLabel *>(QStringLiteral("heading"))->text(),
                 QStringLiteral("欧阳子涵"));
        QVERIFY(students->revealButton()->isEnabled()); // a clerk may reveal ID numbers
    }

    void ctrlKFindsAndOpensAStudent()
    {
        QTemporaryDir dir;
        auto settings = settingsIn(dir);
        auto admin
            = Accounts(m_demo->db()).signIn(QStringLiteral("admin"), QStringLiteral("password1"));
        MainWindow w(m_demo->store, *admin, *settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
        auto *search = w.findChild<SearchPopup *>();
        QVERIFY(search);
        QVERIFY(search->isVisible());
        QTest::keyClicks(search->queryEdit(), QStringLiteral("ouyangzi"));
        search->waitForResults();
        QVERIFY(search->resultList()->count() >= 1);
        QVERIFY(search->resultList()->item(0)->text().startsWith(QStringLiteral("欧阳子涵")));
        QTest::keyClick(search->queryEdit(), Qt::Key_Return);
        QVERIFY(!search->isVisible());
        auto *people = qobject_cast<PeoplePage *>(w.currentPage());
        QVERIFY(people);
        QCOMPARE(people->currentIndex(), int(PeoplePage::StudentsTabIndex));
        QCOMPARE(people->studentsTab()
                     ->detailPane()
                     ->findChild<QLabel *>(QStringLiteral("heading"))
                     ->text(),
                 QStringLiteral("欧阳子涵"));

        // Odd input neither crashes nor finds nonsense.
        w.openSearch();
        search->queryEdit()->setText(QStringLiteral("\"*) OR NEAR("));
        search->waitForResults();
        QCOMPARE(search->resultList()->count(), 0);
    }

    void homeroomSearchStaysInOwnClass()
    {
        QTemporaryDir dir;
        auto settings = settingsIn(dir);
        // The demo's homeroom account teaches the first class; 欧阳子涵 is in it, others are not.
        auto homeroom = Accounts(m_demo->db())
                            .signIn(QStringLiteral("homeroom"), QStringLiteral("password1"));
        const QStringList own = homeroom->ownClassIds();
        QCOMPARE(own.size(), 1);
        MainWindow w(m_demo->store, *homeroom, *settings);
        SearchPopup *search = w.openSearch();
        search->queryEdit()->setText(QStringLiteral("ouyangzi"));
        search->waitForResults();
        QCOMPARE(search->resultList()->count(), 1);
        const Student other = PeopleService(m_demo->admin())
                                  .students(PeopleService(m_demo->admin()).classes().last().id)
                                  .first();
        search->queryEdit()->setText(other.name);
        search->waitForResults();
        for (int i = 0; i < search->resultList()->count(); ++i)
            QVERIFY2(!search->resultList()->item(i)->text().contains(
                         PeopleService(m_demo->admin()).classes().last().displayName),
                     qPrintable(search->resultList()->item(i)->text()));
    }

    void accountsPageAddsAnAccount()
    {
        Test::TempStore t;
        Accounts(t.db()).createUser(nullptr,
                                    QStringLiteral("root"),
                                    QStringLiteral("管理员"),
                                    Role::Administrator,
                                    QStringLiteral("password1"));
        auto admin = Accounts(t.db()).signIn(QStringLiteral("root"), QStringLiteral("password1"));
        UsersPage page(t.store, *admin);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 1);
        Accounts accounts(t.db());
        NewUserDialog dialog(accounts, *admin);
        QTest::keyClicks(dialog.userEdit(), QStringLiteral("li.librarian"));
        dialog.nameEdit()->setText(QStringLiteral("李图书"));
        dialog.roleCombo()->setCurrentIndex(
            dialog.roleCombo()->findData(QStringLiteral("librarian")));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("short"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("differ"))); // repeat is empty
        dialog.findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(QStringLiteral("short"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("at least")));
        dialog.passwordEdit()->setText(QStringLiteral("long-enough"));
        dialog.findChild<QLineEdit *>(QStringLiteral("confirm"))
            ->setText(QStringLiteral("long-enough"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        page.model()->reload();
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(Accounts(t.db())
                     .signIn(QStringLiteral("li.librarian"), QStringLiteral("long-enough"))
                     ->role(),
                 Role::Librarian);
    }

    void auditModelShowsDenialsAndReveals()
    {
        Test::TempStore t;
        const Session teacher = t.as(Role::Teacher);
        try {
            PeopleService(teacher).addRoom(Room{
                {}, QStringLiteral("机房"), QStringLiteral("computer_lab"), {}, 0, 0, false, {}});
        } catch (const Error &) {
        }
        AuditModel model(t.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AuditModel::User).data().toString(), teacher.username());
        QCOMPARE(model.index(0, AuditModel::Action).data().toString(),
                 QStringLiteral("Permission denied"));
    }

    // Last: it adds the whiteboard to the module registry the earlier tests count on.
    void documentFromTheCommandLineOpensOnTheWhiteboard()
    {
        registerWhiteboardModule();
        Test::TempStore school(false); // with the whiteboard's tables
        DemoSchool::create(school.store, DemoSchool::Size::Small, 11, QStringLiteral("password1"));
        QTemporaryDir dir;
        QImage picture(320, 180, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        const QString file = dir.filePath(QStringLiteral("黑板报.png"));
        QVERIFY(picture.save(file));

        auto settings = settingsIn(dir);
        auto teacher
            = Accounts(school.db()).signIn(QStringLiteral("teacher"), QStringLiteral("password1"));
        MainWindow window(school.store, *teacher, *settings);
        window.show();
        QString message; // a message box would be the failure's reason
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&message] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                message = box->text();
                box->accept();
            }
        });
        closer.start(50);
        QVERIFY2(window.openDocument(file), qPrintable(message));
        closer.stop();
        auto *board = qobject_cast<WhiteboardPage *>(window.currentPage());
        QVERIFY(board);
        QCOMPARE(board->editor().document().pageCount(), 1);

        // On a computer whose policy hides the whiteboard the user is told, nothing opens.
        QTemporaryDir other;
        auto noBoard = settingsIn(other, QStringLiteral("EnabledModules=people\n"));
        MainWindow hidden(school.store, *teacher, *noBoard);
        hidden.show();
        QString told;
        QTimer::singleShot(0, this, [&told] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                told = box->text();
                box->accept();
            }
        });
        QVERIFY(!hidden.openDocument(file));
        QVERIFY2(told.contains(QStringLiteral("黑板报.png"))
                     && told.contains(QStringLiteral("whiteboard")),
                 qPrintable(told));
        QVERIFY(!qobject_cast<WhiteboardPage *>(hidden.currentPage()));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
