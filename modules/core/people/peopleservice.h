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

    QString addRoom(const Room &room);
    QString addStaff(const StaffMember &member);
    // Finds or creates the class (grade, name); returns its id.
    QString ensureClass(int grade, const QString &name);
    void setClassHomeroom(const QString &classId, const QString &staffId);
    void setClassRoom(const QString &classId, const QString &roomId);

    // Counts for the home page and `stats`.
    struct Counts
    {
        int students = 0, staff = 0, classes = 0, rooms = 0;
    };
    Counts counts() const;

private:
    void checkStudentScope(const QString &classId) const;
    Student readStudent(const QSqlQuery &q) const;
    Session m_session;
    Database &m_db;
};

} // namespace SchoolSuite
