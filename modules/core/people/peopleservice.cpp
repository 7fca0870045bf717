#include "peopleservice.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "validators.h"

#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::PeopleService", text);
}

const QString kStudentSelect = QStringLiteral(
    "SELECT s.id, s.student_no, s.name, s.gender, s.birth_date, s.class_id, c.grade, c.name, "
    "s.id_number, s.guardian, s.phone, s.status FROM students s LEFT JOIN classes c ON c.id = "
    "s.class_id WHERE s.deleted = 0");

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

PeopleService::PeopleService(const Session &session)
    : m_session(session)
    , m_db(session.database())
{}

Student PeopleService::readStudent(const QSqlQuery &q) const
{
    Student s;
    s.id = q.value(0).toString();
    s.studentNo = Validators::maskStudentNo(q.value(1).toString());
    s.name = q.value(2).toString();
    s.gender = q.value(3).toString();
    s.classId = q.value(5).toString();
    s.grade = q.value(6).toInt();
    if (!s.classId.isEmpty())
        s.className = Grades::className(s.grade, q.value(7).toString());
    s.status = q.value(11).toString();
    if (m_session.can(Permission::PeopleContact)) {
        s.birthDate = q.value(4).toString();
        s.idNumber = Validators::maskIdNumber(q.value(8).toString());
        s.guardian = q.value(9).toString();
        s.phone = q.value(10).toString();
    }
    s.idMasked = true;
    return s;
}

QList<Student> PeopleService::students(const QString &classId) const
{
    m_session.require(Permission::PeopleView, tr("view students"));
    QString sql = kStudentSelect;
    QVariantList bindings;
    if (!classId.isEmpty()) {
        checkStudentScope(classId);
        sql += QStringLiteral(" AND s.class_id = ?");
        bindings << classId;
    } else if (m_session.limitedToOwnClasses()) {
        const QStringList own = m_session.ownClassIds();
        sql += QStringLiteral(" AND s.class_id IN (%1)")
                   .arg(QStringList(own.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &id : own)
            bindings << id;
    }
    QList<Student> list;
    QSqlQuery q = m_db.exec(sql, bindings);
    while (q.next())
        list << readStudent(q);
    if (m_session.can(Permission::PeopleContact))
        m_session.audit(
            QStringLiteral("view"),
            QStringLiteral("students"),
            classId,
            QStringLiteral("%1 students with birth date, guardian, phone").arg(list.size()));
    return list;
}

void PeopleService::checkStudentScope(const QString &classId) const
{
    if (m_session.limitedToOwnClasses() && !m_session.ownClassIds().contains(classId))
        m_session.deny(tr("see students of another class"));
}

bool PeopleService::isStudentKey(const QString &key) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM students WHERE deleted = 0 AND "
                                      "(student_no = ? OR id = ?)"),
                       {key.toUpper(), key})
               .toInt()
           > 0;
}

Student PeopleService::student(const QString &key) const
{
    m_session.require(Permission::PeopleView, tr("view students"));
    QSqlQuery q = m_db.exec(kStudentSelect + QStringLiteral(" AND (s.student_no = ? OR s.id = ?)"),
                            {key.toUpper(), key});
    if (!q.next())
        throw Error(tr("There is no student %1.").arg(key), Error::NotFound);
    Student s = readStudent(q);
    checkStudentScope(s.classId);
    if (m_session.can(Permission::PeopleContact))
        m_session.audit(QStringLiteral("view"),
                        QStringLiteral("students"),
                        s.id,
                        QStringLiteral("birth date, guardian, phone"));
    return s;
}

QString PeopleService::revealIdNumber(const QString &studentId) const
{
    const Student s = student(studentId);
    m_session.require(Permission::SensitiveReveal, tr("see ID numbers"));
    const QString id
        = m_db.scalar(QStringLiteral("SELECT id_number FROM students WHERE id = ?"), {s.id})
              .toString();
    m_session.audit(
        QStringLiteral("reveal"), QStringLiteral("students"), s.id, QStringLiteral("id_number"));
    return id;
}

QList<StaffMember> PeopleService::staff() const
{
    m_session.require(Permission::PeopleView, tr("view staff"));
    QList<StaffMember> list;
    QSqlQuery all = m_db.exec(QStringLiteral(
        "SELECT id, staff_no, name, gender, role, subject, phone, et_trained, et_trained_on, "
        "active FROM staff WHERE deleted = 0"));
    const bool contact = m_session.can(Permission::PeopleContact);
    while (all.next()) {
        list << StaffMember{all.value(0).toString(),
                            all.value(1).toString(),
                            all.value(2).toString(),
                            all.value(3).toString(),
                            all.value(4).toString(),
                            all.value(5).toString(),
                            contact ? all.value(6).toString() : QString(),
                            all.value(7).toBool(),
                            all.value(8).toString(),
                            all.value(9).toBool()};
    }
    if (contact)
        m_session.audit(QStringLiteral("view"),
                        QStringLiteral("staff"),
                        {},
                        QStringLiteral("%1 staff with phone").arg(list.size()));
    return list;
}

StaffMember PeopleService::staffMember(const QString &key) const
{
    for (const StaffMember &m : staff()) {
        if (m.staffNo == key || m.id == key)
            return m;
    }
    throw Error(tr("There is no staff member %1.").arg(key), Error::NotFound);
}

QList<SchoolClass> PeopleService::classes() const
{
    m_session.require(Permission::PeopleView, tr("view classes"));
    QList<SchoolClass> list;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT c.id, c.grade, c.name, c.homeroom_staff_id, t.name, c.room_id, r.name, "
        "(SELECT count(*) FROM students s WHERE s.class_id = c.id AND s.deleted = 0) "
        "FROM classes c LEFT JOIN staff t ON t.id = c.homeroom_staff_id "
        "LEFT JOIN rooms r ON r.id = c.room_id WHERE c.deleted = 0 "
        "ORDER BY c.grade, CAST(c.name AS INTEGER), c.name"));
    while (q.next()) {
        SchoolClass c;
        c.id = q.value(0).toString();
        c.grade = q.value(1).toInt();
        c.name = q.value(2).toString();
        c.displayName = Grades::className(c.grade, c.name);
        c.homeroomStaffId = q.value(3).toString();
        c.homeroomName = q.value(4).toString();
        c.roomId = q.value(5).toString();
        c.roomName = q.value(6).toString();
        c.studentCount = q.value(7).toInt();
        list << c;
    }
    return list;
}

QList<Room> PeopleService::rooms() const
{
    m_session.require(Permission::PeopleView, tr("view rooms"));
    QList<Room> list;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, type, building, floor, capacity, "
                                           "has_multimedia, note FROM rooms WHERE deleted = 0 "
                                           "ORDER BY building, floor, name"));
    while (q.next()) {
        list << Room{q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toInt(),
                     q.value(5).toInt(),
                     q.value(6).toBool(),
                     q.value(7).toString()};
    }
    return list;
}

void PeopleService::setStudentFields(const QString &key, const QHash<QString, QString> &values)
{
    const Student s = student(key);
    m_session.require(Permission::PeopleEdit, tr("edit students"));
    QStringList assignments;
    QVariantList bindings;
    QString grade;
    QString cls;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // Fields are named as in the import headers: student_no or 学籍号.
        const QString field = PeopleFields::keyForHeader(PersonKind::Student, it.key());
        if (field.isEmpty())
            throw Error(tr("Students have no field \"%1\".").arg(it.key()), Error::Invalid);
        if (field == QLatin1String("grade") || field == QLatin1String("class")) {
            (field == QLatin1String("grade") ? grade : cls) = it.value();
            continue;
        }
        if (field == QLatin1String("id_number"))
            m_session.require(Permission::SensitiveReveal, tr("change ID numbers"));
        const QString v = PeopleFields::normalize(PersonKind::Student, field, it.value());
        assignments << field + QStringLiteral(" = ?");
        bindings << orNull(v);
    }
    m_db.transaction([&] {
        if (!grade.isEmpty() || !cls.isEmpty()) {
            const int g
                = grade.isEmpty()
                      ? s.grade
                      : PeopleFields::normalize(PersonKind::Student, QStringLiteral("grade"), grade)
                            .toInt();
            const QString c
                = cls.isEmpty()
                      ? QString()
                      : PeopleFields::normalize(PersonKind::Student, QStringLiteral("class"), cls);
            if (!g || c.isEmpty())
                throw Error(tr("Give both grade and class to move a student."), Error::Invalid);
            const QString classId = ensureClass(g, c);
            checkStudentScope(classId); // a homeroom teacher keeps students in their classes
            assignments << QStringLiteral("class_id = ?");
            bindings << classId;
        }
        if (assignments.isEmpty())
            return;
        bindings << s.id;
        m_db.exec(QStringLiteral("UPDATE students SET %1 WHERE id = ?")
                      .arg(assignments.join(QStringLiteral(", "))),
                  bindings);
    });
}

void PeopleService::setStaffFields(const QString &key, const QHash<QString, QString> &values)
{
    const StaffMember m = staffMember(key);
    m_session.require(Permission::PeopleEdit, tr("edit staff"));
    if (m_session.limitedToOwnClasses())
        m_session.deny(tr("edit staff"));
    QStringList assignments;
    QVariantList bindings;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString field = PeopleFields::keyForHeader(PersonKind::Staff, it.key());
        if (field.isEmpty())
            throw Error(tr("Staff have no field \"%1\".").arg(it.key()), Error::Invalid);
        const QString v = PeopleFields::normalize(PersonKind::Staff, field, it.value());
        assignments << field + QStringLiteral(" = ?");
        bindings << (field == QLatin1String("et_trained") ? QVariant(v.toInt()) : orNull(v));
    }
    if (assignments.isEmpty())
        return;
    bindings << m.id;
    m_db.exec(QStringLiteral("UPDATE staff SET %1 WHERE id = ?")
                  .arg(assignments.join(QStringLiteral(", "))),
              bindings);
}

QString PeopleService::addStaff(const StaffMember &m)
{
    requireDirectoryEdit(tr("add staff"));
    const auto norm = [](const char *key, const QString &value) {
        return PeopleFields::normalize(PersonKind::Staff, QLatin1String(key), value);
    };
    const QString no = norm("staff_no", m.staffNo);
    const QString name = norm("name", m.name);
    const QString gender = norm("gender", m.gender);
    const QString role = norm("role", m.role);
    const QString subject = norm("subject", m.subject);
    const QString phone = norm("phone", m.phone);
    const QString trainedOn = norm("et_trained_on", m.etTrainedOn);
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM staff WHERE staff_no = ? AND deleted = 0"),
                    {no})
            .toInt()
        > 0)
        throw Error(
            tr("%1 %2 already belongs to another staff member.")
                .arg(PeopleFields::title(PersonKind::Staff, QStringLiteral("staff_no")), no),
            Error::Invalid);
    const QString id = Uuid::v7();
    m_db.exec(QStringLiteral("INSERT INTO staff (id, staff_no, name, gender, role, subject, phone, "
                             "et_trained, et_trained_on, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?)"),
              {id,
               no,
               name,
               orNull(gender),
               orNull(role),
               orNull(subject),
               orNull(phone),
               m.etTrained ? 1 : 0,
               orNull(trainedOn),
               m.active ? 1 : 0});
    return id;
}

QString PeopleService::ensureClass(int grade, const QString &name)
{
    const QString existing = m_db.scalar(QStringLiteral("SELECT id FROM classes WHERE grade = ? "
                                                        "AND name = ? AND deleted = 0"),
                                         {grade, name})
                                 .toString();
    if (!existing.isEmpty())
        return existing;
    m_session.require(Permission::PeopleEdit, tr("add classes"));
    if (m_session.limitedToOwnClasses())
        m_session.deny(tr("add classes"));
    const QString id = Uuid::v7();
    m_db.exec(QStringLiteral("INSERT INTO classes (id, grade, name) VALUES (?, ?, ?)"),
              {id, grade, name});
    return id;
}

void PeopleService::setClassHomeroom(const QString &classId, const QString &staffId)
{
    m_session.require(Permission::PeopleEdit, tr("assign homeroom teachers"));
    if (m_session.limitedToOwnClasses())
        m_session.deny(tr("assign homeroom teachers"));
    m_db.exec(QStringLiteral("UPDATE classes SET homeroom_staff_id = ? WHERE id = ?"),
              {orNull(staffId), classId});
}

void PeopleService::setClassRoom(const QString &classId, const QString &roomId)
{
    m_session.require(Permission::PeopleEdit, tr("assign rooms"));
    if (m_session.limitedToOwnClasses())
        m_session.deny(tr("assign rooms"));
    m_db.exec(QStringLiteral("UPDATE classes SET room_id = ? WHERE id = ?"),
              {orNull(roomId), classId});
}

PeopleService::Counts PeopleService::counts() const
{
    Counts c;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM students WHERE deleted = 0), (SELECT count(*) FROM staff "
        "WHERE deleted = 0), (SELECT count(*) FROM classes WHERE deleted = 0), (SELECT count(*) "
        "FROM rooms WHERE deleted = 0)"));
    if (q.next())
        c = Counts{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
    return c;
}

} // namespace SchoolSuite
