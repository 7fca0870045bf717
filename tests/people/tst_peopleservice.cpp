// What each role sees of the people directory, reveals, edits, and Chinese search over a demo school.
#include "core/auth/auditlog.h"
#include "core/error.h"
#include "core/people/demoschool.h"
#include "core/people/peopleservice.h"
#include "core/people/validators.h"
#include "core/search/pinyin.h"
#include "core/search/searchindex.h"
#include "core/store/outbox.h"
#include "testutil.h"

using namespace SchoolSuite;

class TestPeopleService : public QObject
{
    Q_OBJECT

    Test::TempStore *m_t = nullptr;

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        m_t = new Test::TempStore(false);
        DemoSchool::create(m_t->store, DemoSchool::Size::Small, 7, QStringLiteral("password1"));
        // A student the search cases below look for, whatever names the seed drew.
        m_t->db().exec(
            QStringLiteral("INSERT INTO students (student_no, name, class_id) SELECT "
                           "'L220502201301019999', '欧阳子涵', id FROM classes LIMIT 1"));
        m_t->store.search().update();
    }
    void cleanupTestCase() { delete m_t; }

    void demoSchoolIsRealistic()
    {
        const auto c = PeopleService(m_t->admin()).counts();
        QCOMPARE(c.students, 300 + 1); // the demo's and the one initTestCase adds
        QCOMPARE(c.staff, 30);
        QCOMPARE(c.classes, 9);
        const auto classes = PeopleService(m_t->admin()).classes();
        for (const SchoolClass &cls : classes)
            QVERIFY2(!cls.homeroomName.isEmpty(), qPrintable(cls.displayName));
        QStringList types;
        for (const Room &r : PeopleService(m_t->admin()).rooms())
            types << r.type;
        for (const QString &type : RoomTypes::all())
            QVERIFY2(types.contains(type), qPrintable(type));
        // Every student number holds a valid ID number.
        QSqlQuery q = m_t->db().exec(QStringLiteral(
            "SELECT student_no, id_number FROM students WHERE student_no LIKE 'G%'"));
        while (q.next()) {
            QVERIFY(Validators::isValidStudentNo(q.value(0).toString()));
            QCOMPARE(q.value(0).toString().mid(1), q.value(1).toString());
        }
    }

    void demoIsDeterministic()
    {
        Test::TempStore other(false);
        DemoSchool::create(other.store, DemoSchool::Size::Small, 7, QStringLiteral("password1"));
        const QString sql = QStringLiteral(
            "SELECT group_concat(name || student_no, ',') FROM (SELECT name, student_no FROM "
            "students WHERE student_no LIKE 'G%' ORDER BY student_no)");
        QCOMPARE(other.db().scalar(sql).toString(), m_t->db().scalar(sql).toString());
    }

    void librarianSeesNamesAndClassesOnly()
    {
        const QList<Student> list = PeopleService(m_t->as(Role::Librarian)).students();
        QCOMPARE(list.size(), 300 + 1);
        for (const Student &s : list) {
            QVERIFY(!s.name.isEmpty());
            QVERIFY(!s.className.isEmpty());
            QVERIFY(s.phone.isEmpty());
            QVERIFY(s.guardian.isEmpty());
            QVERIFY(s.idNumber.isEmpty());
        }
    }

    void clerkSeesMaskedIdAndRevealIsAudited()
    {
        const Session clerk = m_t->as(Role::Clerk);
        PeopleService people(clerk);
        const Student s = people.students().first();
        QVERIFY(s.idNumber.startsWith(QStringLiteral("**************")));
        QCOMPARE(s.idNumber.size(), 18);
        const int before = AuditLog::recent(m_t->db(), 1000, QStringLiteral("reveal")).size();
        const QString full = people.revealIdNumber(s.id);
        QVERIFY(Validators::isValidIdNumber(full));
        QCOMPARE(full.right(4), s.idNumber.right(4));
        const auto reveals = AuditLog::recent(m_t->db(), 1000, QStringLiteral("reveal"));
        QCOMPARE(reveals.size(), before + 1);
        QCOMPARE(reveals.first().recordId, s.id);
        QCOMPARE(reveals.first().username, clerk.username());
    }

    void studentNumbersHoldingIdsAreMasked()
    {
        PeopleService people(m_t->as(Role::Librarian));
        for (const Student &s : people.students()) {
            if (s.studentNo.startsWith(QLatin1Char('G'))) {
                QCOMPARE(s.studentNo.mid(1, 14), QString(14, QLatin1Char('*')));
            }
        }
        // The real number still finds the student (a scanned library card).
        const QString real
            = m_t->db()
                  .scalar(QStringLiteral(
                      "SELECT student_no FROM students WHERE student_no LIKE 'G%' LIMIT 1"))
                  .toString();
        QCOMPARE(people.student(real).studentNo, Validators::maskStudentNo(real));
    }

    void viewsOfContactDataAreAudited()
    {
        const int before = AuditLog::recent(m_t->db(), 5000, QStringLiteral("view")).size();
        PeopleService(m_t->as(Role::Librarian)).students(); // names and classes only
        QCOMPARE(AuditLog::recent(m_t->db(), 5000, QStringLiteral("view")).size(), before);
        const Session clerk = m_t->as(Role::Clerk);
        PeopleService(clerk).students();
        const auto views = AuditLog::recent(m_t->db(), 5000, QStringLiteral("view"));
        QCOMPARE(views.size(), before + 1);
        QCOMPARE(views.first().username, clerk.username());
        QCOMPARE(views.first().table, QStringLiteral("students"));
    }

    void teacherCannotReveal()
    {
        PeopleService people(m_t->as(Role::Teacher));
        const Student s = people.students().first();
        QVERIFY_THROWS_EXCEPTION(Error, people.revealIdNumber(s.id));
    }

    void homeroomTeacherSeesOwnClassOnly()
    {
        const auto classes = PeopleService(m_t->admin()).classes();
        const SchoolClass cls = classes.at(3);
        const Session homeroom = m_t->as(Role::HomeroomTeacher, cls.homeroomStaffId);
        PeopleService people(homeroom);
        const QList<Student> mine = people.students();
        QCOMPARE(mine.size(), cls.studentCount);
        for (const Student &s : mine) {
            QCOMPARE(s.classId, cls.id);
            QVERIFY(!s.phone.isEmpty()); // guardians' phones of their own class
        }
        QVERIFY_THROWS_EXCEPTION(Error, people.students(classes.at(0).id));
        const QString otherNo = PeopleService(m_t->admin()).students(classes.at(0).id).first().id;
        QVERIFY_THROWS_EXCEPTION(Error, people.student(otherNo));
    }

    void refusalsInsideATransactionAreStillAudited()
    {
        const auto classes = PeopleService(m_t->admin()).classes();
        const SchoolClass own = classes.at(2);
        const Session homeroom = m_t->as(Role::HomeroomTeacher, own.homeroomStaffId);
        const Student s = PeopleService(homeroom).students().first();
        const int before = AuditLog::recent(m_t->db(), 5000, QStringLiteral("denied")).size();
        // Moving a student of one's own class into another class is refused inside the write.
        QVERIFY_THROWS_EXCEPTION(
            Error,
            PeopleService(homeroom).setStudentFields(
                s.id,
                {{QStringLiteral("grade"), QString::number(classes.last().grade)},
                 {QStringLiteral("class"), classes.last().name}}));
        QCOMPARE(PeopleService(m_t->admin()).student(s.id).classId, own.id);
        const auto denials = AuditLog::recent(m_t->db(), 5000, QStringLiteral("denied"));
        QCOMPARE(denials.size(), before + 1);
        QCOMPARE(denials.first().username, homeroom.username());
    }

    void setFieldsValidatesAndCaptures()
    {
        PeopleService people(m_t->admin());
        const Student s = people.students().last();
        const QString studentChanges = QStringLiteral(
            "SELECT count(*) FROM outbox WHERE tbl = 'students' AND sent_at IS NULL");
        const int outbox = m_t->db().scalar(studentChanges).toInt();
        QVERIFY_THROWS_EXCEPTION(
            Error,
            people.setStudentFields(s.id, {{QStringLiteral("phone"), QStringLiteral("12")}}));
        QVERIFY_THROWS_EXCEPTION(
            Error,
            people.setStudentFields(s.id, {{QStringLiteral("shoe_size"), QStringLiteral("40")}}));
        QCOMPARE(people.student(s.id).phone, s.phone);
        people.setStudentFields(s.id,
                                {{QStringLiteral("phone"), QStringLiteral("13800000000")},
                                 {QStringLiteral("grade"), QStringLiteral("九年级")},
                                 {QStringLiteral("class"), QStringLiteral("1班")}});
        const Student after = people.student(s.id);
        QCOMPARE(after.phone, QStringLiteral("13800000000"));
        QCOMPARE(after.className, QStringLiteral("九年级(1)班"));
        QCOMPARE(m_t->db().scalar(studentChanges).toInt(), outbox + 1); // one change, both fields
    }

    void chineseSearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two characters") << QStringLiteral("欧阳") << QStringLiteral("欧阳");
        QTest::newRow("given name") << QStringLiteral("子涵") << QStringLiteral("子涵");
        QTest::newRow("full pinyin of surname")
            << QStringLiteral("ouyang") << QStringLiteral("欧阳");
        QTest::newRow("initials") << QStringLiteral("oyzh") << QStringLiteral("欧阳子涵");
        QTest::newRow("student number prefix")
            << QStringLiteral("L2205022013010199") << QStringLiteral("欧阳子涵");
        QTest::newRow("class name") << QStringLiteral("七年级") << QStringLiteral("七年级(1)班");
        QTest::newRow("room") << QStringLiteral("备课") << QStringLiteral("电子备课室");
    }
    void chineseSearch()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const auto hits = m_t->store.search().search(query, 50);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        QVERIFY2(hits.first().title.contains(expected), qPrintable(hits.first().title));
    }

    void searchFindsAStudentByInitials()
    {
        const Student s = PeopleService(m_t->admin()).students().at(42);
        const QString initials = Pinyin::nameInitials(s.name);
        const auto hits = m_t->store.search().search(initials, 300);
        bool found = false;
        for (const SearchHit &h : hits)
            found = found || h.id == s.id;
        QVERIFY2(found, qPrintable(s.name + QLatin1Char(' ') + initials));
    }

    void searchSeesEdits()
    {
        PeopleService people(m_t->admin());
        const Student s = people.students().at(10);
        people.setStudentFields(s.id, {{QStringLiteral("name"), QStringLiteral("诸葛亮")}});
        m_t->store.search().update();
        bool found = false;
        for (const SearchHit &h : m_t->store.search().search(QStringLiteral("zhugeliang"), 50))
            found = found || (h.id == s.id && h.title == QStringLiteral("诸葛亮"));
        QVERIFY(found);
        for (const SearchHit &h : m_t->store.search().search(s.name, 400))
            QVERIFY2(h.id != s.id, "the old name still finds the renamed student");
    }
};

QTEST_GUILESS_MAIN(TestPeopleService)
#include "tst_peopleservice.moc"
