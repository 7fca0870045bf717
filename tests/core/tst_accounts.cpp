// Local accounts, lockout, permissions checked in the services, and the audit log.
#include "core/auth/accounts.h"
#include "core/auth/auditlog.h"
#include "core/error.h"
#include "core/people/peopleimport.h"
#include "core/people/peopleservice.h"
#include "testutil.h"

using namespace SchoolSuite;

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void verifierIsPbkdf2WithSaltPerUser()
    {
        Test::TempStore t;
        Accounts a(t.db());
        QVERIFY(!a.hasUsers());
        a.createUser(nullptr,
                     QStringLiteral("root"),
                     QStringLiteral("管理员"),
                     Role::Administrator,
                     QStringLiteral("correct horse"));
        const Session admin = t.admin();
        a.createUser(&admin,
                     QStringLiteral("li"),
                     QStringLiteral("李老师"),
                     Role::Teacher,
                     QStringLiteral("correct horse"));
        QSqlQuery q = t.db().exec(
            QStringLiteral("SELECT salt, verifier, iterations FROM users ORDER BY username"));
        QList<QByteArray> salts, verifiers;
        while (q.next()) {
            salts << q.value(0).toByteArray();
            verifiers << q.value(1).toByteArray();
            QVERIFY(q.value(2).toInt() >= 100000);
            QCOMPARE(q.value(1).toByteArray(),
                     Accounts::derive(QStringLiteral("correct horse"),
                                      q.value(0).toByteArray(),
                                      q.value(2).toInt()));
        }
        QCOMPARE(salts.size(), 2);
        QVERIFY(salts[0] != salts[1]);
        QVERIFY(verifiers[0] != verifiers[1]); // same password, different verifiers
        QVERIFY(
            !t.db()
                 .scalar(QStringLiteral("SELECT count(*) FROM users WHERE verifier LIKE '%horse%'"))
                 .toInt());
    }

    // RFC 7914 section 11 gives PBKDF2-HMAC-SHA256 vectors; both implementations must agree.
    void pbkdf2MatchesKnownVectors()
    {
        QCOMPARE(
            Accounts::derive(QStringLiteral("passwd"), QByteArrayLiteral("salt"), 1).toHex(),
            QByteArrayLiteral("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
        QCOMPARE(
            Accounts::derivePortable(QStringLiteral("passwd"), QByteArrayLiteral("salt"), 1)
                .toHex(),
            QByteArrayLiteral("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        QCOMPARE(
            Accounts::derive(QStringLiteral("密码 password"), salt, Accounts::Iterations),
            Accounts::derivePortable(QStringLiteral("密码 password"), salt, Accounts::Iterations));
    }

    void signInAndWrongPassword()
    {
        Test::TempStore t;
        Accounts a(t.db());
        a.createUser(nullptr,
                     QStringLiteral("root"),
                     QStringLiteral("管理员"),
                     Role::Administrator,
                     QStringLiteral("password1"));
        auto s = a.signIn(QStringLiteral("ROOT"), QStringLiteral("password1")); // names ignore case
        QCOMPARE(s->role(), Role::Administrator);
        QCOMPARE(s->displayName(), QStringLiteral("管理员"));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 a.signIn(QStringLiteral("root"), QStringLiteral("password2")));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 a.signIn(QStringLiteral("nobody"), QStringLiteral("password1")));
        const auto log = AuditLog::recent(t.db());
        QStringList actions;
        for (const auto &e : log)
            actions << e.action;
        QCOMPARE(actions.count(QStringLiteral("sign_in")), 1);
        QCOMPARE(actions.count(QStringLiteral("sign_in_failed")), 2);
    }

    void lockoutAfterFailedAttempts()
    {
        Test::TempStore t;
        Accounts a(t.db());
        a.createUser(nullptr,
                     QStringLiteral("root"),
                     QStringLiteral("管理员"),
                     Role::Administrator,
                     QStringLiteral("password1"));
        for (int i = 0; i < Accounts::MaxFailedAttempts; ++i)
            QVERIFY_THROWS_EXCEPTION(Error,
                                     a.signIn(QStringLiteral("root"), QStringLiteral("wrong-one")));
        // Now even the right password is refused, with a message that says why.
        try {
            a.signIn(QStringLiteral("root"), QStringLiteral("password1"));
            QFAIL("signed in to a locked account");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::PermissionDenied);
            QVERIFY(e.message().contains(QStringLiteral("locked")));
        }
        QCOMPARE(AuditLog::recent(t.db(), 50, QStringLiteral("account_locked")).size(), 1);
        a.unlock(t.admin(), QStringLiteral("root"));
        QVERIFY(a.signIn(QStringLiteral("root"), QStringLiteral("password1")) != nullptr);
    }

    void weakPasswordsAndBadNamesAreRefused()
    {
        Test::TempStore t;
        Accounts a(t.db());
        QVERIFY_THROWS_EXCEPTION(Error,
                                 a.createUser(nullptr,
                                              QStringLiteral("root"),
                                              QStringLiteral("x"),
                                              Role::Administrator,
                                              QStringLiteral("short")));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 a.createUser(nullptr,
                                              QStringLiteral("a b"),
                                              QStringLiteral("x"),
                                              Role::Administrator,
                                              QStringLiteral("long enough")));
        QVERIFY(!a.hasUsers());
        a.createUser(nullptr,
                     QStringLiteral("root"),
                     QStringLiteral("x"),
                     Role::Administrator,
                     QStringLiteral("long enough"));
        // Once there is an account, only an administrator creates more.
        QVERIFY_THROWS_EXCEPTION(Error,
                                 a.createUser(nullptr,
                                              QStringLiteral("sneaky"),
                                              QStringLiteral("x"),
                                              Role::Administrator,
                                              QStringLiteral("long enough")));
    }

    void onlyAdministratorsSetPasswordsWithoutTheOldOne()
    {
        Test::TempStore t;
        Accounts a(t.db());
        a.createUser(nullptr,
                     QStringLiteral("root"),
                     QStringLiteral("x"),
                     Role::Administrator,
                     QStringLiteral("password1"));
        const Session admin = t.admin();
        a.createUser(&admin,
                     QStringLiteral("wang"),
                     QStringLiteral("王"),
                     Role::Teacher,
                     QStringLiteral("password1"));
        auto teacher = a.signIn(QStringLiteral("wang"), QStringLiteral("password1"));
        QVERIFY_THROWS_EXCEPTION(
            Error, a.resetPassword(*teacher, QStringLiteral("wang"), QStringLiteral("password9")));
        QVERIFY(a.signIn(QStringLiteral("wang"), QStringLiteral("password1")) != nullptr);
        a.resetPassword(admin, QStringLiteral("wang"), QStringLiteral("password9"));
        QVERIFY(a.signIn(QStringLiteral("wang"), QStringLiteral("password9")) != nullptr);
    }

    void changePassword()
    {
        Test::TempStore t;
        Accounts a(t.db());
        a.createUser(nullptr,
                     QStringLiteral("root"),
                     QStringLiteral("x"),
                     Role::Administrator,
                     QStringLiteral("password1"));
        auto s = a.signIn(QStringLiteral("root"), QStringLiteral("password1"));
        QVERIFY_THROWS_EXCEPTION(
            Error, a.changePassword(*s, QStringLiteral("nope-nope"), QStringLiteral("password2")));
        a.changePassword(*s, QStringLiteral("password1"), QStringLiteral("password2"));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 a.signIn(QStringLiteral("root"), QStringLiteral("password1")));
        QVERIFY(a.signIn(QStringLiteral("root"), QStringLiteral("password2")) != nullptr);
    }

    // The services refuse, whatever the UI shows; the refusal is audited.
    void teacherIsRefusedByServices()
    {
        Test::TempStore t;
        const Session teacher = t.as(Role::Teacher);
        PeopleService people(teacher);
        QVERIFY_THROWS_EXCEPTION(
            Error,
            people.addRoom(Room{
                {}, QStringLiteral("机房"), QStringLiteral("computer_lab"), {}, 0, 0, false, {}}));
        Table table;
        table.header = {QStringLiteral("学籍号"), QStringLiteral("姓名")};
        try {
            PeopleImport(teacher).run(PersonKind::Student, table, false);
            QFAIL("a teacher imported students");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::PermissionDenied);
        }
        QVERIFY_THROWS_EXCEPTION(Error, Accounts(t.db()).users(teacher));
        const auto denials = AuditLog::recent(t.db(), 50, QStringLiteral("denied"));
        QCOMPARE(denials.size(), 3);
        QCOMPARE(denials.first().username, teacher.username());
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM rooms")).toInt(), 0);
    }

    void rolePermissionMatrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin manages users")
            << int(Role::Administrator) << int(Permission::UsersManage) << true;
        QTest::newRow("principal reads audit")
            << int(Role::Principal) << int(Permission::AuditView) << true;
        QTest::newRow("principal does not edit")
            << int(Role::Principal) << int(Permission::PeopleEdit) << false;
        QTest::newRow("clerk imports") << int(Role::Clerk) << int(Permission::PeopleImport) << true;
        QTest::newRow("librarian sees no phones")
            << int(Role::Librarian) << int(Permission::PeopleContact) << false;
        QTest::newRow("librarian sees no ID")
            << int(Role::Librarian) << int(Permission::SensitiveReveal) << false;
        QTest::newRow("teacher does not export")
            << int(Role::Teacher) << int(Permission::PeopleExport) << false;
        QTest::newRow("homeroom contacts")
            << int(Role::HomeroomTeacher) << int(Permission::PeopleContact) << true;
        QTest::newRow("homeroom no import")
            << int(Role::HomeroomTeacher) << int(Permission::PeopleImport) << false;
        QTest::newRow("teacher books equipment")
            << int(Role::Teacher) << int(Permission::EquipmentBook) << true;
        QTest::newRow("teacher does not edit equipment")
            << int(Role::Teacher) << int(Permission::EquipmentEdit) << false;
        QTest::newRow("clerk edits equipment")
            << int(Role::Clerk) << int(Permission::EquipmentEdit) << true;
        QTest::newRow("clerk does not approve scrapping")
            << int(Role::Clerk) << int(Permission::EquipmentApprove) << false;
        QTest::newRow("principal approves scrapping")
            << int(Role::Principal) << int(Permission::EquipmentApprove) << true;
        QTest::newRow("principal does not edit equipment")
            << int(Role::Principal) << int(Permission::EquipmentEdit) << false;
        QTest::newRow("principal sees indicators")
            << int(Role::Principal) << int(Permission::IndicatorsView) << true;
        QTest::newRow("teacher does not see indicators")
            << int(Role::Teacher) << int(Permission::IndicatorsView) << false;
        QTest::newRow("librarian lends")
            << int(Role::Librarian) << int(Permission::LibraryCirculate) << true;
        QTest::newRow("librarian catalogs")
            << int(Role::Librarian) << int(Permission::LibraryEdit) << true;
        QTest::newRow("librarian does not edit equipment")
            << int(Role::Librarian) << int(Permission::EquipmentEdit) << false;
        QTest::newRow("teacher reads the catalog")
            << int(Role::Teacher) << int(Permission::LibraryView) << true;
        QTest::newRow("teacher does not lend")
            << int(Role::Teacher) << int(Permission::LibraryCirculate) << false;
        QTest::newRow("homeroom teacher reads the catalog")
            << int(Role::HomeroomTeacher) << int(Permission::LibraryView) << true;
        QTest::newRow("principal does not catalog")
            << int(Role::Principal) << int(Permission::LibraryEdit) << false;
    }
    void rolePermissionMatrix()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        QCOMPARE(Roles::allows(Role(role), Permission(permission)), allowed);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
