#pragma once

#include "core/auth/session.h"
#include "people.h"
#include "peoplefields.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace SchoolSuite {

class Database;

struct SchoolYear
{
    QString id;
    QString name; // 2025-2026
    QString startsOn;
    QString endsOn;
    bool isCurrent = false;
};

// Reads and writes the people directory on behalf of a session. Every call checks the
// session's permissions; fields the role may not see come back empty, ID numbers masked.
class PeopleService
{
public:
    explicit PeopleService(const Session &session);

    QList<Student> students(const QString &classId = {}) const;
    QList<StaffMember> staff() const;
    QList<SchoolClass> classes() const;
    QList<Room> rooms() const;

    // KEY: a 学籍号, a 工号 or a record id. Throws NotFound.
    Student student(const QString &key) const;
    StaffMember staffMember(const QString &key) const;
    bool isStudentKey(const QString &key) const;

    // The full ID number (and with it the full 学籍号, which holds it); written to the audit
    // log. Throws PermissionDenied.
    QString revealIdNumber(const QString &studentId) const;

    // Sets fields (keys of PeopleFields) on one record, all or nothing.
    void setStudentFields(const QString &key, const QHash<QString, QString> &values);
    void setStaffFields(const QString &key, const QHash<QString, QString> &values);

    // Adds a student to the class (grade, className), creating the class if needed. Every
    // field is checked with PeopleFields::normalize; errors name the field. Returns the id.
    QString addStudent(const Student &student, int grade, const QString &className);
    // Checks name, type, floor and capacity; the name must be unique. Returns the id.
    QString addRoom(const Room &room);
    void updateRoom(const Room &room); // by room.id
    QString addStaff(const StaffMember &member);
    // Adds the class (grade 1-12, name "1" or 1班) with its homeroom teacher and room (ids, may
    // be empty); refuses a second class of the same grade and name. Returns the id.
    QString addClass(const SchoolClass &schoolClass);
    // Writes grade, name, homeroomStaffId and roomId of the class schoolClass.id. A homeroom
    // teacher may change the room of their own class only.
    void updateClass(const SchoolClass &schoolClass);
    // Finds or creates the class (grade, name); returns its id.
    QString ensureClass(int grade, const QString &name);
    void setClassHomeroom(const QString &classId, const QString &staffId);
    void setClassRoom(const QString &classId, const QString &roomId);

    // Soft deletes (deleted = 1, synced like any change). A class with students, a room a class
    // uses and a staff member who is a homeroom teacher are refused, naming what uses them.
    void deleteStudent(const QString &key);
    void deleteStaff(const QString &key);
    void deleteClass(const QString &classId);
    void deleteRoom(const QString &roomId);

    // School years, newest first. Exactly one is current once there is any.
    QList<SchoolYear> schoolYears() const;
    // name "2025-2026"; dates as PeopleFields accepts them, the end after the start. The first
    // year added becomes the current one. Returns the id.
    QString addSchoolYear(const QString &name, const QString &startsOn, const QString &endsOn);
    void setCurrentSchoolYear(const QString &id);

    // Counts for the home page and `stats`.
    struct Counts
    {
        int students = 0, staff = 0, classes = 0, rooms = 0;
    };
    Counts counts() const;

private:
    void requireDirectoryEdit(const QString &what) const; // PeopleEdit, not a homeroom teacher
    void checkRoom(const Room &room) const;
    SchoolClass checkedClass(const SchoolClass &schoolClass) const;
    void checkStudentScope(const QString &classId) const;
    Student readStudent(const QSqlQuery &q) const;
    Session m_session;
    Database &m_db;
};

} // namespace SchoolSuite
