// Adding, changing and soft-deleting directory records through PeopleService: validation that
// names the field, duplicates, permissions, delete guards and the current school year.
#include "core/error.h"
#include "core/people/demoschool.h"
#include "core/people/peoplefields.h"
#include "core/people/peopleservice.h"
#include "core/people/validators.h"
#include "testutil.h"

#include <functional>

using namespace SchoolSuite;
using namespace Qt::StringLiterals;

class TestPeopleEdit : public QObject
{
    Q_OBJECT

    Test::TempStore *m_t = nullptr;

    int count(const QString &sql, const QVariantList &bindings = {})
    {
        return m_t->db().scalar(sql, bindings).toInt();
    }
    static QString idNumber(const QString &first17)
    {
        return first17 + Validators::idCheckCharacter(first17);
    }
    // The message of the Error fn throws, or a failure marker.
    static QString errorOf(const std::function<void()> &fn, Error::Kind *kind = nullptr)
    {
        try {
            fn();
        } catch (const Error &e) {
            if (kind)
                *kind = e.kind();
            return e.message();
        }
        return u"<no error>"_s;
    }
    static Room room(const QString &name, int floor = 2, int capacity = 40)
    {
        return Room{{}, name, u"computer_lab"_s, u"综合楼"_s, floor, capacity, true, {}};
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        m_t = new Test::TempStore(false);
        DemoSchool::create(m_t->store, DemoSchool::Size::Small, 5, u"password1"_s);
    }
    void cleanupTestCase() { delete m_t; }

    void addStudentChecksEveryField()
    {
        PeopleService people(m_t->as(Role::Clerk));
        Student s;
        s.studentNo = u"L220502201301010001"_s;
        s.name = u"张小明"_s;
        s.gender = u"男"_s;
        s.birthDate = u"2013/1/1"_s;
        s.phone = u"139123"_s;
        const int before = count(u"SELECT count(*) FROM students"_s);
        const QString phoneError = errorOf([&] { people.addStudent(s, 7, u"1"_s); });
        QVERIFY2(phoneError.startsWith(PeopleFields::title(PersonKind::Student, u"phone"_s)),
                 qPrintable(phoneError));
        s.phone = u"13912345678"_s;
        s.studentNo = u"X1"_s;
        const QString noError = errorOf([&] { people.addStudent(s, 7, u"1"_s); });
        QVERIFY2(noError.startsWith(PeopleFields::title(PersonKind::Student, u"student_no"_s)),
                 qPrintable(noError));
        s.studentNo = u"L220502201301010001"_s;
        const QString gradeError = errorOf([&] { people.addStudent(s, 0, u"1"_s); });
        QVERIFY2(gradeError.startsWith(PeopleFields::title(PersonKind::Student, u"grade"_s)),
                 qPrintable(gradeError));
        QCOMPARE(count(u"SELECT count(*) FROM students"_s), before);

        const QString id = people.addStudent(s, 7, u"(1)班"_s);
        const Student added = PeopleService(m_t->admin()).student(id);
        QCOMPARE(added.name, u"张小明"_s);
        QCOMPARE(added.gender, u"M"_s);
        QCOMPARE(added.birthDate, u"2013-01-01"_s);
        QCOMPARE(added.className, Grades::className(7, u"1"_s));

        Student twin = s;
        twin.name = u"李四"_s;
        const QString dup = errorOf([&] { people.addStudent(twin, 7, u"1"_s); });
        QVERIFY2(dup.contains(u"L220502201301010001"_s) && dup.contains(u"already"_s),
                 qPrintable(dup));
        QCOMPARE(count(u"SELECT count(*) FROM students"_s), before + 1);
    }

    void addStudentRefusals()
    {
        Student s;
        s.studentNo = u"L220502201301010002"_s;
        s.name = u"王五"_s;
        Error::Kind kind = Error::Failed;
        errorOf([&] { PeopleService(m_t->as(Role::Teacher)).addStudent(s, 7, u"1"_s); }, &kind);
        QCOMPARE(kind, Error::PermissionDenied);
        // A homeroom teacher adds to their own class, not to another one.
        const auto classes = PeopleService(m_t->admin()).classes();
        const SchoolClass own = classes.at(2);
        const SchoolClass other = classes.at(0);
        PeopleService homeroom(m_t->as(Role::HomeroomTeacher, own.homeroomStaffId));
        kind = Error::Failed;
        errorOf([&] { homeroom.addStudent(s, other.grade, other.name); }, &kind);
        QCOMPARE(kind, Error::PermissionDenied);
        QCOMPARE(count(u"SELECT count(*) FROM students WHERE student_no = ?"_s, {s.studentNo}), 0);
        const QString id = homeroom.addStudent(s, own.grade, own.name);
        QCOMPARE(PeopleService(m_t->admin()).student(id).classId, own.id);
    }

    void addAndUpdateRoomValidate()
    {
        PeopleService people(m_t->as(Role::Clerk));
        const int before = count(u"SELECT count(*) FROM rooms"_s);
        QVERIFY(
            errorOf([&] { people.addRoom(room(u"机房9"_s, 2, 5000)); }).startsWith(u"Capacity"_s));
        QVERIFY(errorOf([&] { people.addRoom(room(u"机房9"_s, 300)); }).startsWith(u"Floor"_s));
        QVERIFY(errorOf([&] { people.addRoom(room(u"  "_s)); }).startsWith(u"Room name"_s));
        Room badType = room(u"机房9"_s);
        badType.type = u"garage"_s;
        QVERIFY(errorOf([&] { people.addRoom(badType); }).startsWith(u"Type"_s));
        // The demo has 图书室: a clear message, not a SQL constraint error.
        const QString dup = errorOf([&] { people.addRoom(room(u"图书室"_s)); });
        QVERIFY2(dup.startsWith(u"Room name"_s) && dup.contains(u"图书室"_s), qPrintable(dup));
        QCOMPARE(count(u"SELECT count(*) FROM rooms"_s), before);

        const QString id = people.addRoom(room(u"机房9"_s));
        Room r = room(u"机房10"_s, 3, 48);
        r.id = id;
        r.note = u"新装"_s;
        people.updateRoom(r);
        QCOMPARE(count(u"SELECT count(*) FROM rooms WHERE id = ? AND name = '机房10' AND floor = 3 "
                       "AND capacity = 48 AND note = '新装'"_s,
                       {id}),
                 1);
        r.name = u"图书室"_s;
        QVERIFY(errorOf([&] { people.updateRoom(r); }).startsWith(u"Room name"_s));
        r.name = u"机房10"_s; // its own name is not a duplicate
        people.updateRoom(r);

        Error::Kind kind = Error::Failed;
        const QString homeroomStaff = PeopleService(m_t->admin()).classes().at(0).homeroomStaffId;
        errorOf([&] { PeopleService(m_t->as(Role::HomeroomTeacher, homeroomStaff)).updateRoom(r); },
                &kind);
        QCOMPARE(kind, Error::PermissionDenied);
    }

    void addAndUpdateClass()
    {
        PeopleService people(m_t->admin());
        const QList<StaffMember> staff = people.staff();
        const QList<Room> rooms = people.rooms();
        SchoolClass c;
        c.grade = 8;
        c.name = u"7"_s;
        c.homeroomStaffId = staff.last().id;
        c.roomId = rooms.first().id;
        const QString id = PeopleService(m_t->as(Role::Clerk)).addClass(c);
        QVERIFY(errorOf([&] { people.addClass(c); }).contains(Grades::className(8, u"7"_s)));
        c.grade = 13;
        QVERIFY(errorOf([&] {
                    people.addClass(c);
                }).startsWith(PeopleFields::title(PersonKind::Student, u"grade"_s)));

        c.id = id;
        c.grade = 8;
        c.name = u"8"_s;
        c.homeroomStaffId = staff.at(1).id;
        c.roomId.clear();
        people.updateClass(c);
        SchoolClass read;
        for (const SchoolClass &x : people.classes()) {
            if (x.id == id)
                read = x;
        }
        QCOMPARE(read.name, u"8"_s);
        QCOMPARE(read.homeroomName, staff.at(1).name);
        QVERIFY(read.roomId.isEmpty());
        // Renaming onto an existing class is refused.
        const SchoolClass existing = people.classes().first();
        c.grade = existing.grade;
        c.name = existing.name;
        QVERIFY(errorOf([&] { people.updateClass(c); }).contains(u"already exists"_s));
        c.grade = 8;
        c.name = u"8"_s;
        c.homeroomStaffId = u"nobody"_s;
        QVERIFY(errorOf([&] { people.updateClass(c); }).startsWith(u"Homeroom teacher"_s));
    }

    void homeroomTeacherEditsOwnClassRoomOnly()
    {
        const auto classes = PeopleService(m_t->admin()).classes();
        SchoolClass own = classes.at(4);
        const SchoolClass other = classes.at(5);
        const Session session = m_t->as(Role::HomeroomTeacher, own.homeroomStaffId);
        PeopleService homeroom(session);
        const QString newRoom = PeopleService(m_t->admin()).addRoom(room(u"班级活动室"_s));
        own.roomId = newRoom;
        homeroom.updateClass(own);
        QCOMPARE(count(u"SELECT count(*) FROM classes WHERE id = ? AND room_id = ?"_s,
                       {own.id, newRoom}),
                 1);
        Error::Kind kind = Error::Failed;
        SchoolClass renamed = own;
        renamed.name = u"42"_s;
        errorOf([&] { homeroom.updateClass(renamed); }, &kind);
        QCOMPARE(kind, Error::PermissionDenied);
        SchoolClass foreign = other;
        foreign.roomId = newRoom;
        kind = Error::Failed;
        errorOf([&] { homeroom.updateClass(foreign); }, &kind);
        QCOMPARE(kind, Error::PermissionDenied);
        QCOMPARE(count(u"SELECT count(*) FROM classes WHERE id = ? AND room_id = ?"_s,
                       {other.id, newRoom}),
                 0);
        kind = Error::Failed;
        errorOf(
            [&] {
                homeroom.addClass(SchoolClass{{}, 9, u"9"_s, {}, {}, {}, {}, {}, 0});
            },
            &kind);
        QCOMPARE(kind, Error::PermissionDenied);
    }

    void teacherMayChangeNothing()
    {
        PeopleService teacher(m_t->as(Role::Teacher));
        const SchoolClass c = PeopleService(m_t->admin()).classes().first();
        const QList<std::function<void()>> writes{
            [&] { teacher.addRoom(room(u"x"_s)); },
            [&] { teacher.updateClass(c); },
            [&] { teacher.deleteRoom(c.roomId); },
            [&] { teacher.deleteClass(c.id); },
            [&] { teacher.addSchoolYear(u"2030-2031"_s, u"2030-09-01"_s, u"2031-07-01"_s); },
            [&] { teacher.deleteStudent(PeopleService(m_t->admin()).students().first().id); },
        };
        for (const auto &write : writes) {
            Error::Kind kind = Error::Failed;
            errorOf(write, &kind);
            QCOMPARE(kind, Error::PermissionDenied);
        }
    }

    void deleteGuardsNameWhatUsesIt()
    {
        PeopleService people(m_t->as(Role::Clerk));
        const SchoolClass c = PeopleService(m_t->admin()).classes().first();
        QVERIFY(c.studentCount > 0);
        QVERIFY(!c.roomId.isEmpty());
        const QString classError = errorOf([&] { people.deleteClass(c.id); });
        QVERIFY2(classError.contains(c.displayName), qPrintable(classError));
        const QString roomError = errorOf([&] { people.deleteRoom(c.roomId); });
        QVERIFY2(roomError.contains(c.displayName) && roomError.contains(c.roomName),
                 qPrintable(roomError));
        const QString staffError = errorOf([&] { people.deleteStaff(c.homeroomStaffId); });
        QVERIFY2(staffError.contains(c.displayName), qPrintable(staffError));
        QCOMPARE(count(u"SELECT count(*) FROM classes WHERE id = ? AND deleted = 0"_s, {c.id}), 1);

        // Soft deletes: the rows stay, marked deleted, and reach the outbox as changes.
        const QString roomId = people.addRoom(room(u"待删除"_s));
        const int changes = count(u"SELECT count(*) FROM outbox WHERE tbl = 'rooms'"_s);
        people.deleteRoom(roomId);
        QCOMPARE(count(u"SELECT deleted FROM rooms WHERE id = ?"_s, {roomId}), 1);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'rooms'"_s), changes + 1);
        // The name is free again.
        people.addRoom(room(u"待删除"_s));

        const QString emptyClass
            = people.addClass(SchoolClass{{}, 12, u"9"_s, {}, {}, {}, {}, {}, 0});
        people.deleteClass(emptyClass);
        QCOMPARE(count(u"SELECT deleted FROM classes WHERE id = ?"_s, {emptyClass}), 1);

        const Student s = PeopleService(m_t->admin()).students(c.id).first();
        people.deleteStudent(s.id);
        QCOMPARE(count(u"SELECT deleted FROM students WHERE id = ?"_s, {s.id}), 1);
        QVERIFY_THROWS_EXCEPTION(Error, people.student(s.id));

        StaffMember m;
        m.staffNo = u"T9001"_s;
        m.name = u"赵老师"_s;
        const QString staffId = people.addStaff(m);
        QVERIFY(errorOf([&] { people.addStaff(m); }).contains(u"T9001"_s));
        m.staffNo = u"T9002"_s;
        m.phone = u"12"_s;
        QVERIFY(errorOf([&] {
                    people.addStaff(m);
                }).startsWith(PeopleFields::title(PersonKind::Staff, u"phone"_s)));
        people.deleteStaff(staffId);
        QCOMPARE(count(u"SELECT deleted FROM staff WHERE id = ?"_s, {staffId}), 1);
    }

    void homeroomTeacherDeletesOwnStudentsOnly()
    {
        const auto classes = PeopleService(m_t->admin()).classes();
        const SchoolClass own = classes.at(6);
        PeopleService homeroom(m_t->as(Role::HomeroomTeacher, own.homeroomStaffId));
        const Student foreign = PeopleService(m_t->admin()).students(classes.at(7).id).first();
        Error::Kind kind = Error::Failed;
        errorOf([&] { homeroom.deleteStudent(foreign.id); }, &kind);
        QCOMPARE(kind, Error::PermissionDenied);
        QCOMPARE(count(u"SELECT deleted FROM students WHERE id = ?"_s, {foreign.id}), 0);
        const Student mine = PeopleService(m_t->admin()).students(own.id).first();
        homeroom.deleteStudent(mine.id);
        QCOMPARE(count(u"SELECT deleted FROM students WHERE id = ?"_s, {mine.id}), 1);
    }

    void schoolYearsHaveExactlyOneCurrent()
    {
        PeopleService people(m_t->as(Role::Clerk));
        const QList<SchoolYear> before = people.schoolYears();
        QVERIFY(!before.isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM school_years WHERE is_current = 1"_s), 1);

        QVERIFY(errorOf([&] {
                    people.addSchoolYear(u"2031-2033"_s, u"2031-09-01"_s, u"2032-07-01"_s);
                }).startsWith(u"School year"_s));
        QVERIFY(errorOf([&] {
                    people.addSchoolYear(u"2031-2032"_s, u"2031-09-01"_s, u"2031-07-01"_s);
                }).startsWith(u"End"_s));
        QVERIFY(errorOf([&] {
                    people.addSchoolYear(u"2031-2032"_s, u"soon"_s, u"2032-07-01"_s);
                }).startsWith(u"Start"_s));
        QVERIFY(errorOf([&] {
                    people.addSchoolYear(before.first().name, u"2001-09-01"_s, u"2002-07-01"_s);
                }).contains(u"already exists"_s));
        QCOMPARE(people.schoolYears().size(), before.size());

        const QString id = people.addSchoolYear(u" 2031-2032 "_s, u"2031/9/1"_s, u"2032.7.10"_s);
        const QList<SchoolYear> after = people.schoolYears();
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.first().id, id); // newest first
        QCOMPARE(after.first().name, u"2031-2032"_s);
        QCOMPARE(after.first().startsOn, u"2031-09-01"_s);
        QCOMPARE(after.first().endsOn, u"2032-07-10"_s);
        QVERIFY(!after.first().isCurrent); // adding does not move the current year

        people.setCurrentSchoolYear(id);
        QCOMPARE(count(u"SELECT count(*) FROM school_years WHERE is_current = 1"_s), 1);
        QCOMPARE(count(u"SELECT is_current FROM school_years WHERE id = ?"_s, {id}), 1);
        people.setCurrentSchoolYear(id); // again: still exactly one
        QCOMPARE(count(u"SELECT count(*) FROM school_years WHERE is_current = 1"_s), 1);
        QVERIFY_THROWS_EXCEPTION(Error, people.setCurrentSchoolYear(u"nope"_s));
        Error::Kind kind = Error::Failed;
        const QString homeroomStaff = PeopleService(m_t->admin()).classes().at(0).homeroomStaffId;
        errorOf(
            [&] {
                PeopleService(m_t->as(Role::HomeroomTeacher, homeroomStaff))
                    .setCurrentSchoolYear(before.first().id);
            },
            &kind);
        QCOMPARE(kind, Error::PermissionDenied);
        QCOMPARE(count(u"SELECT is_current FROM school_years WHERE id = ?"_s, {id}), 1);
    }

    void firstSchoolYearBecomesCurrent()
    {
        Test::TempStore fresh;
        PeopleService people(fresh.admin());
        QVERIFY(people.schoolYears().isEmpty());
        people.addSchoolYear(u"2025-2026"_s, u"2025-09-01"_s, u"2026-07-10"_s);
        people.addSchoolYear(u"2026-2027"_s, u"2026-09-01"_s, u"2027-07-10"_s);
        const QList<SchoolYear> years = people.schoolYears();
        QCOMPARE(years.size(), 2);
        QVERIFY(!years.at(0).isCurrent);
        QVERIFY(years.at(1).isCurrent);
    }
};

QTEST_GUILESS_MAIN(TestPeopleEdit)
#include "tst_peopleedit.moc"
