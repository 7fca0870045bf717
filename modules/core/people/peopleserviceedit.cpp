// The directory's writes beyond field edits: adding students, rooms and classes, soft deletes
// with their guards, and school years.
#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "peopleservice.h"
#include "validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace SchoolSuite {

namespace {
// Same context as peopleservice.cpp: one set of messages for the service.
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::PeopleService", text);
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

void PeopleService::requireDirectoryEdit(const QString &what) const
{
    m_session.require(Permission::PeopleEdit, what);
    if (m_session.limitedToOwnClasses())
        m_session.deny(what);
}

QString PeopleService::addStudent(const Student &student, int grade, const QString &className)
{
    m_session.require(Permission::PeopleEdit, tr("add students"));
    const auto norm = [](const char *key, const QString &value) {
        return PeopleFields::normalize(PersonKind::Student, QLatin1String(key), value);
    };
    const QString no = norm("student_no", student.studentNo);
    const QString name = norm("name", student.name);
    const QString gender = norm("gender", student.gender);
    const QString birth = norm("birth_date", student.birthDate);
    const QString idNumber = norm("id_number", student.idNumber);
    const QString guardian = norm("guardian", student.guardian);
    const QString phone = norm("phone", student.phone);
    const int g = norm("grade", QString::number(grade)).toInt();
    const QString cls = norm("class", className);
    if (cls.isEmpty())
        throw Error(tr("Class is required."), Error::Invalid);
    if (!idNumber.isEmpty())
        m_session.require(Permission::SensitiveReveal, tr("enter ID numbers"));
    if (m_db.scalar(QStringLiteral(
                        "SELECT count(*) FROM students WHERE student_no = ? AND deleted = 0"),
                    {no})
            .toInt()
        > 0)
        throw Error(
            tr("%1 %2 already belongs to another student.")
                .arg(PeopleFields::title(PersonKind::Student, QStringLiteral("student_no")), no),
            Error::Invalid);
    const QString id = Uuid::v7();
    m_db.transaction([&] {
        const QString classId = ensureClass(g, cls);
        checkStudentScope(classId); // a homeroom teacher adds to their own classes only
        m_db.exec(QStringLiteral("INSERT INTO students (id, student_no, name, gender, birth_date, "
                                 "class_id, id_number, guardian, phone) VALUES (?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?)"),
                  {id,
                   no,
                   name,
                   orNull(gender),
                   orNull(birth),
                   classId,
                   orNull(idNumber),
                   orNull(guardian),
                   orNull(phone)});
    });
    return id;
}

void PeopleService::checkRoom(const Room &room) const
{
    const QString name = room.name.trimmed();
    if (name.isEmpty())
        throw Error(tr("Room name is required."), Error::Invalid);
    if (name.size() > 40)
        throw Error(tr("Room name \"%1\": at most 40 characters.").arg(name), Error::Invalid);
    if (!RoomTypes::all().contains(room.type))
        throw Error(tr("Type \"%1\": not a room type.").arg(room.type), Error::Invalid);
    if (room.floor < -5 || room.floor > 100)
        throw Error(tr("Floor %1: use a number from -5 to 100.").arg(room.floor), Error::Invalid);
    if (room.capacity < 0 || room.capacity > 2000)
        throw Error(tr("Capacity %1: use a number from 0 to 2000.").arg(room.capacity),
                    Error::Invalid);
    if (room.building.size() > 40 || room.note.size() > 200)
        throw Error(tr("Building or note is too long."), Error::Invalid);
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE name = ? AND deleted = 0 AND "
                                   "id <> coalesce(?, '')"),
                    {name, room.id})
            .toInt()
        > 0)
        throw Error(tr("Room name \"%1\": there is already a room of that name.").arg(name),
                    Error::Invalid);
}

QString PeopleService::addRoom(const Room &room)
{
    requireDirectoryEdit(tr("add rooms"));
    Room r = room;
    r.id.clear();
    checkRoom(r);
    const QString id = Uuid::v7();
    m_db.exec(QStringLiteral("INSERT INTO rooms (id, name, type, building, floor, capacity, "
                             "has_multimedia, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {id,
               room.name.trimmed(),
               room.type,
               orNull(room.building.trimmed()),
               room.floor,
               room.capacity,
               room.hasMultimedia ? 1 : 0,
               orNull(room.note.trimmed())});
    return id;
}

void PeopleService::updateRoom(const Room &room)
{
    requireDirectoryEdit(tr("edit rooms"));
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE id = ? AND deleted = 0"),
                    {room.id})
            .toInt()
        == 0)
        throw Error(tr("There is no room %1.").arg(room.id), Error::NotFound);
    checkRoom(room);
    m_db.exec(QStringLiteral("UPDATE rooms SET name = ?, type = ?, building = ?, floor = ?, "
                             "capacity = ?, has_multimedia = ?, note = ? WHERE id = ?"),
              {room.name.trimmed(),
               room.type,
               orNull(room.building.trimmed()),
               room.floor,
               room.capacity,
               room.hasMultimedia ? 1 : 0,
               orNull(room.note.trimmed()),
               room.id});
}

SchoolClass PeopleService::checkedClass(const SchoolClass &in) const
{
    SchoolClass c = in;
    c.grade = PeopleFields::normalize(
                  PersonKind::Student, QStringLiteral("grade"), QString::number(in.grade))
                  .toInt();
    c.name = PeopleFields::normalize(PersonKind::Student, QStringLiteral("class"), in.name);
    if (c.name.isEmpty())
        throw Error(tr("Class is required."), Error::Invalid);
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM classes WHERE grade = ? AND name = ? "
                                   "AND deleted = 0 AND id <> coalesce(?, '')"),
                    {c.grade, c.name, c.id})
            .toInt()
        > 0)
        throw Error(tr("Class %1 already exists.").arg(Grades::className(c.grade, c.name)),
                    Error::Invalid);
    if (!c.homeroomStaffId.isEmpty()
        && m_db.scalar(QStringLiteral("SELECT count(*) FROM staff WHERE id = ? AND deleted = 0"),
                       {c.homeroomStaffId})
                   .toInt()
               == 0)
        throw Error(tr("Homeroom teacher: there is no such staff member."), Error::Invalid);
    if (!c.roomId.isEmpty()
        && m_db.scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE id = ? AND deleted = 0"),
                       {c.roomId})
                   .toInt()
               == 0)
        throw Error(tr("Room: there is no such room."), Error::Invalid);
    return c;
}

QString PeopleService::addClass(const SchoolClass &schoolClass)
{
    requireDirectoryEdit(tr("add classes"));
    SchoolClass c = schoolClass;
    c.id.clear();
    c = checkedClass(c);
    const QString id = Uuid::v7();
    m_db.exec(QStringLiteral("INSERT INTO classes (id, grade, name, homeroom_staff_id, room_id) "
                             "VALUES (?, ?, ?, ?, ?)"),
              {id, c.grade, c.name, orNull(c.homeroomStaffId), orNull(c.roomId)});
    return id;
}

void PeopleService::updateClass(const SchoolClass &schoolClass)
{
    m_session.require(Permission::PeopleEdit, tr("edit classes"));
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT grade, name, homeroom_staff_id FROM classes "
                                           "WHERE id = ? AND deleted = 0"),
                            {schoolClass.id});
    if (!q.next())
        throw Error(tr("There is no class %1.").arg(schoolClass.id), Error::NotFound);
    const int oldGrade = q.value(0).toInt();
    const QString oldName = q.value(1).toString();
    const QString oldHomeroom = q.value(2).toString();
    const SchoolClass c = checkedClass(schoolClass);
    if (m_session.limitedToOwnClasses()) {
        if (!m_session.ownClassIds().contains(c.id))
            m_session.deny(tr("edit another class"));
        // Their own class's room, yes; who teaches it and what it is called, no.
        if (c.grade != oldGrade || c.name != oldName || c.homeroomStaffId != oldHomeroom)
            m_session.deny(tr("rename a class or change its homeroom teacher"));
    }
    m_db.exec(QStringLiteral("UPDATE classes SET grade = ?, name = ?, homeroom_staff_id = ?, "
                             "room_id = ? WHERE id = ?"),
              {c.grade, c.name, orNull(c.homeroomStaffId), orNull(c.roomId), c.id});
}

void PeopleService::deleteStudent(const QString &key)
{
    const Student s = student(key); // also refuses another class's student
    m_session.require(Permission::PeopleEdit, tr("delete students"));
    m_db.exec(QStringLiteral("UPDATE students SET deleted = 1 WHERE id = ?"), {s.id});
}

void PeopleService::deleteStaff(const QString &key)
{
    const StaffMember m = staffMember(key);
    requireDirectoryEdit(tr("delete staff"));
    const QStringList classes = [&] {
        QStringList names;
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT grade, name FROM classes WHERE "
                                               "homeroom_staff_id = ? AND deleted = 0"),
                                {m.id});
        while (q.next())
            names << Grades::className(q.value(0).toInt(), q.value(1).toString());
        return names;
    }();
    if (!classes.isEmpty())
        throw Error(tr("%1 is the homeroom teacher of %2; choose another homeroom teacher first.")
                        .arg(m.name, classes.join(QStringLiteral(", "))),
                    Error::Invalid);
    m_db.exec(QStringLiteral("UPDATE staff SET deleted = 1 WHERE id = ?"), {m.id});
}

void PeopleService::deleteClass(const QString &classId)
{
    requireDirectoryEdit(tr("delete classes"));
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT grade, name, (SELECT count(*) FROM students s WHERE s.class_id = "
                       "c.id AND s.deleted = 0) FROM classes c WHERE id = ? AND deleted = 0"),
        {classId});
    if (!q.next())
        throw Error(tr("There is no class %1.").arg(classId), Error::NotFound);
    const QString name = Grades::className(q.value(0).toInt(), q.value(1).toString());
    const int students = q.value(2).toInt();
    if (students > 0)
        throw Error(QCoreApplication::translate("SchoolSuite::PeopleService",
                                                "%1 still has %n student(s); move or delete "
                                                "them first.",
                                                nullptr,
                                                students)
                        .arg(name),
                    Error::Invalid);
    m_db.exec(QStringLiteral("UPDATE classes SET deleted = 1 WHERE id = ?"), {classId});
}

void PeopleService::deleteRoom(const QString &roomId)
{
    requireDirectoryEdit(tr("delete rooms"));
    const QString name = m_db.scalar(QStringLiteral("SELECT name FROM rooms WHERE id = ? AND "
                                                    "deleted = 0"),
                                     {roomId})
                             .toString();
    if (name.isEmpty())
        throw Error(tr("There is no room %1.").arg(roomId), Error::NotFound);
    QStringList classes;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT grade, name FROM classes WHERE room_id = ? AND deleted = 0"),
        {roomId});
    while (q.next())
        classes << Grades::className(q.value(0).toInt(), q.value(1).toString());
    if (!classes.isEmpty())
        throw Error(tr("Room %1 is used by %2; give the class another room first.")
                        .arg(name, classes.join(QStringLiteral(", "))),
                    Error::Invalid);
    m_db.exec(QStringLiteral("UPDATE rooms SET deleted = 1 WHERE id = ?"), {roomId});
}

QList<SchoolYear> PeopleService::schoolYears() const
{
    m_session.require(Permission::PeopleView, tr("view school years"));
    QList<SchoolYear> list;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, starts_on, ends_on, is_current FROM "
                                           "school_years WHERE deleted = 0 ORDER BY starts_on "
                                           "DESC"));
    while (q.next())
        list << SchoolYear{q.value(0).toString(),
                           q.value(1).toString(),
                           q.value(2).toString(),
                           q.value(3).toString(),
                           q.value(4).toBool()};
    return list;
}

QString PeopleService::addSchoolYear(const QString &name,
                                     const QString &startsOn,
                                     const QString &endsOn)
{
    requireDirectoryEdit(tr("add school years"));
    const QString n = name.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const auto m = pattern.match(n);
    if (!m.hasMatch() || m.captured(2).toInt() != m.captured(1).toInt() + 1)
        throw Error(tr("School year \"%1\": use two following years like 2025-2026.").arg(n),
                    Error::Invalid);
    const QDate start = Validators::parseDate(startsOn);
    if (!start.isValid())
        throw Error(tr("Start \"%1\": not a date (use 2025-09-01).").arg(startsOn.trimmed()),
                    Error::Invalid);
    const QDate end = Validators::parseDate(endsOn);
    if (!end.isValid())
        throw Error(tr("End \"%1\": not a date (use 2026-07-15).").arg(endsOn.trimmed()),
                    Error::Invalid);
    if (end <= start)
        throw Error(tr("End %1: must be after the start %2.")
                        .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)),
                    Error::Invalid);
    if (m_db.scalar(
                QStringLiteral("SELECT count(*) FROM school_years WHERE name = ? AND deleted = 0"),
                {n})
            .toInt()
        > 0)
        throw Error(tr("School year %1 already exists.").arg(n), Error::Invalid);
    const QString id = Uuid::v7();
    m_db.transaction([&] {
        const bool first = m_db.scalar(QStringLiteral("SELECT count(*) FROM school_years WHERE "
                                                      "is_current = 1 AND deleted = 0"))
                               .toInt()
                           == 0;
        m_db.exec(QStringLiteral("INSERT INTO school_years (id, name, starts_on, ends_on, "
                                 "is_current) VALUES (?, ?, ?, ?, ?)"),
                  {id, n, start.toString(Qt::ISODate), end.toString(Qt::ISODate), first ? 1 : 0});
    });
    return id;
}

void PeopleService::setCurrentSchoolYear(const QString &id)
{
    requireDirectoryEdit(tr("set the current school year"));
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM school_years WHERE id = ? AND "
                                   "deleted = 0"),
                    {id})
            .toInt()
        == 0)
        throw Error(tr("There is no school year %1.").arg(id), Error::NotFound);
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE school_years SET is_current = 0 WHERE is_current = 1 AND "
                                 "id <> ?"),
                  {id});
        m_db.exec(QStringLiteral("UPDATE school_years SET is_current = 1 WHERE id = ? AND "
                                 "is_current = 0"),
                  {id});
    });
}

} // namespace SchoolSuite
