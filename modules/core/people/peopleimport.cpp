#include "peopleimport.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "people.h"
#include "peopleservice.h"
#include "validators.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::PeopleImport", text);
}

using Record = QHash<QString, QString>;

// The stored values of existing people, by key, in the import's field names.
QHash<QString, Record> existingRecords(Database &db, PersonKind kind)
{
    QHash<QString, Record> out;
    if (kind == PersonKind::Student) {
        QSqlQuery q = db.exec(QStringLiteral(
            "SELECT s.id, s.student_no, s.name, s.gender, s.birth_date, c.grade, c.name, "
            "s.id_number, s.guardian, s.phone FROM students s LEFT JOIN classes c ON c.id = "
            "s.class_id WHERE s.deleted = 0"));
        while (q.next()) {
            out.insert(
                q.value(1).toString(),
                {{QStringLiteral("id"), q.value(0).toString()},
                 {QStringLiteral("name"), q.value(2).toString()},
                 {QStringLiteral("gender"), q.value(3).toString()},
                 {QStringLiteral("birth_date"), q.value(4).toString()},
                 {QStringLiteral("grade"), q.value(5).isNull() ? QString() : q.value(5).toString()},
                 {QStringLiteral("class"), q.value(6).toString()},
                 {QStringLiteral("id_number"), q.value(7).toString()},
                 {QStringLiteral("guardian"), q.value(8).toString()},
                 {QStringLiteral("phone"), q.value(9).toString()}});
        }
    } else {
        QSqlQuery q = db.exec(QStringLiteral("SELECT id, staff_no, name, gender, role, subject, "
                                             "phone, et_trained, et_trained_on FROM staff WHERE "
                                             "deleted = 0"));
        while (q.next()) {
            out.insert(q.value(1).toString(),
                       {{QStringLiteral("id"), q.value(0).toString()},
                        {QStringLiteral("name"), q.value(2).toString()},
                        {QStringLiteral("gender"), q.value(3).toString()},
                        {QStringLiteral("role"), q.value(4).toString()},
                        {QStringLiteral("subject"), q.value(5).toString()},
                        {QStringLiteral("phone"), q.value(6).toString()},
                        {QStringLiteral("et_trained"), q.value(7).toString()},
                        {QStringLiteral("et_trained_on"), q.value(8).toString()}});
        }
    }
    return out;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

QString ImportReport::errorText() const
{
    QStringList lines;
    for (const ImportIssue &e : errors) {
        lines << (e.field.isEmpty()
                      ? QCoreApplication::translate("SchoolSuite::ImportReport", "row %1: %2")
                            .arg(e.row)
                            .arg(e.message)
                      : QCoreApplication::translate("SchoolSuite::ImportReport", "row %1, %2: %3")
                            .arg(e.row)
                            .arg(e.field, e.message));
    }
    return lines.join(QLatin1Char('\n'));
}

PeopleImport::PeopleImport(const Session &session)
    : m_session(session)
{}

QStringList PeopleImport::autoMapping(PersonKind kind, const QStringList &header)
{
    QStringList mapping;
    for (const QString &h : header)
        mapping << PeopleFields::keyForHeader(kind, h);
    return mapping;
}

ImportReport PeopleImport::run(PersonKind kind, const Table &table, bool dryRun)
{
    return run(kind, table, autoMapping(kind, table.header), dryRun);
}

ImportReport PeopleImport::run(PersonKind kind,
                               const Table &table,
                               const QStringList &mapping,
                               bool dryRun)
{
    m_session.require(Permission::PeopleImport, tr("import people"));
    Database &db = m_session.database();
    ImportReport report;
    const int headerRow = table.sourceRows.isEmpty() ? 1 : table.sourceRows.first() - 1;
    const QString keyField
        = kind == PersonKind::Student ? QStringLiteral("student_no") : QStringLiteral("staff_no");
    for (const FieldDef &f : PeopleFields::fields(kind)) {
        if (f.required && !mapping.contains(f.key))
            report.errors << ImportIssue{qMax(1, headerRow),
                                         PeopleFields::title(kind, f.key),
                                         tr("the required column %1 is missing").arg(f.chinese)};
    }
    if (!report.errors.isEmpty())
        return report;

    // Check every row before writing anything.
    QList<Record> records;
    QHash<QString, int> seen; // key -> row
    for (int i = 0; i < table.rowCount(); ++i) {
        const int row = i < table.sourceRows.size() ? table.sourceRows.at(i) : i + 2;
        Record r;
        bool bad = false;
        for (int c = 0; c < mapping.size() && c < table.columnCount(); ++c) {
            const QString &field = mapping.at(c);
            if (field.isEmpty())
                continue;
            try {
                r.insert(field, PeopleFields::normalize(kind, field, table.rows.at(i).at(c)));
            } catch (const Error &e) {
                report.errors << ImportIssue{row, PeopleFields::title(kind, field), e.message()};
                bad = true;
            }
        }
        if (bad)
            continue;
        const QString key = r.value(keyField);
        if (seen.contains(key)) {
            report.errors << ImportIssue{
                row,
                PeopleFields::title(kind, keyField),
                tr("%1 appears again (first in row %2)").arg(key).arg(seen.value(key))};
            continue;
        }
        seen.insert(key, row);
        if (kind == PersonKind::Student) {
            const QString idNumber = r.value(QStringLiteral("id_number"));
            if (!idNumber.isEmpty()) {
                const QString birth = Validators::birthDateFromId(idNumber).toString(Qt::ISODate);
                if (r.contains(QStringLiteral("birth_date"))
                    && !r.value(QStringLiteral("birth_date")).isEmpty()
                    && r.value(QStringLiteral("birth_date")) != birth)
                    report.errors << ImportIssue{
                        row,
                        PeopleFields::title(kind, QStringLiteral("birth_date")),
                        tr("%1 does not match the ID number (%2)")
                            .arg(r.value(QStringLiteral("birth_date")), birth)};
                const QString gender = r.value(QStringLiteral("gender"));
                if (!gender.isEmpty() && gender != Validators::genderFromId(idNumber))
                    report.errors << ImportIssue{
                        row,
                        PeopleFields::title(kind, QStringLiteral("gender")),
                        tr("does not match the ID number")};
            }
            const bool hasGrade = !r.value(QStringLiteral("grade")).isEmpty();
            const bool hasClass = !r.value(QStringLiteral("class")).isEmpty();
            if (hasGrade != hasClass)
                report.errors << ImportIssue{
                    row,
                    PeopleFields::title(
                        kind, hasGrade ? QStringLiteral("class") : QStringLiteral("grade")),
                    tr("grade and class are given together")};
        }
        records << r;
    }
    if (!report.errors.isEmpty())
        return report;

    const QHash<QString, Record> existing = existingRecords(db, kind);
    auto write = [&] {
        PeopleService people(m_session);
        std::optional<Statement> insertStudent;
        std::optional<Statement> insertStaff;
        QHash<QString, QString> classIds; // "grade/name" -> id
        if (!dryRun && kind == PersonKind::Student)
            insertStudent.emplace(db.connection(),
                                  QStringLiteral("INSERT INTO students (id, student_no, name, "
                                                 "gender, birth_date, class_id, id_number, "
                                                 "guardian, phone) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                                 "?, ?)"));
        else if (!dryRun)
            insertStaff.emplace(db.connection(),
                                QStringLiteral("INSERT INTO staff (id, staff_no, name, gender, "
                                               "role, subject, phone, et_trained, et_trained_on) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Record &r : std::as_const(records)) {
            const QString key = r.value(keyField);
            const Record old = existing.value(key);
            QStringList changed;
            for (auto it = r.cbegin(); it != r.cend(); ++it) {
                if (it.key() != keyField && old.value(it.key()) != it.value())
                    changed << it.key();
            }
            if (!old.isEmpty() && changed.isEmpty()) {
                ++report.unchanged;
                continue;
            }
            if (dryRun) {
                ++(old.isEmpty() ? report.added : report.updated);
                continue;
            }
            if (kind == PersonKind::Student) {
                QString classId;
                if (!r.value(QStringLiteral("grade")).isEmpty()) {
                    const QString classKey = r.value(QStringLiteral("grade")) + QLatin1Char('/')
                                             + r.value(QStringLiteral("class"));
                    classId = classIds.value(classKey);
                    if (classId.isEmpty()) {
                        classId = people.ensureClass(r.value(QStringLiteral("grade")).toInt(),
                                                     r.value(QStringLiteral("class")));
                        classIds.insert(classKey, classId);
                    }
                }
                if (old.isEmpty()) {
                    insertStudent->run({Uuid::v7(),
                                        key,
                                        r.value(QStringLiteral("name")),
                                        orNull(r.value(QStringLiteral("gender"))),
                                        orNull(r.value(QStringLiteral("birth_date"))),
                                        orNull(classId),
                                        orNull(r.value(QStringLiteral("id_number"))),
                                        orNull(r.value(QStringLiteral("guardian"))),
                                        orNull(r.value(QStringLiteral("phone")))});
                    ++report.added;
                    continue;
                }
                QStringList sets;
                QVariantList values;
                for (const QString &field : std::as_const(changed)) {
                    if (field == QLatin1String("grade") || field == QLatin1String("class"))
                        continue;
                    sets << field + QStringLiteral(" = ?");
                    values << orNull(r.value(field));
                }
                if (changed.contains(QStringLiteral("grade"))
                    || changed.contains(QStringLiteral("class"))) {
                    sets << QStringLiteral("class_id = ?");
                    values << orNull(classId);
                }
                values << old.value(QStringLiteral("id"));
                db.exec(QStringLiteral("UPDATE students SET %1 WHERE id = ?")
                            .arg(sets.join(QStringLiteral(", "))),
                        values);
            } else {
                if (old.isEmpty()) {
                    insertStaff->run({Uuid::v7(),
                                      key,
                                      r.value(QStringLiteral("name")),
                                      orNull(r.value(QStringLiteral("gender"))),
                                      orNull(r.value(QStringLiteral("role"))),
                                      orNull(r.value(QStringLiteral("subject"))),
                                      orNull(r.value(QStringLiteral("phone"))),
                                      r.value(QStringLiteral("et_trained")).toInt(),
                                      orNull(r.value(QStringLiteral("et_trained_on")))});
                    ++report.added;
                    continue;
                }
                QStringList sets;
                QVariantList values;
                for (const QString &field : std::as_const(changed)) {
                    sets << field + QStringLiteral(" = ?");
                    values << (field == QLatin1String("et_trained")
                                   ? QVariant(r.value(field).toInt())
                                   : orNull(r.value(field)));
                }
                values << old.value(QStringLiteral("id"));
                db.exec(QStringLiteral("UPDATE staff SET %1 WHERE id = ?")
                            .arg(sets.join(QStringLiteral(", "))),
                        values);
            }
            ++report.updated;
        }
        if (!dryRun)
            m_session.audit(QStringLiteral("import"),
                            kind == PersonKind::Student ? QStringLiteral("students")
                                                        : QStringLiteral("staff"),
                            {},
                            tr("%1 added, %2 updated").arg(report.added).arg(report.updated));
    };
    if (dryRun) {
        write();
        return report;
    }
    try {
        db.transaction(write);
    } catch (const Error &e) {
        report.added = report.updated = report.unchanged = 0;
        report.errors << ImportIssue{0, {}, e.message()};
        return report;
    }
    report.written = true;
    return report;
}

Table PeopleImport::exportTable(PersonKind kind) const
{
    m_session.require(Permission::PeopleExport, tr("export people"));
    Database &db = m_session.database();
    const bool full = m_session.can(Permission::SensitiveReveal);
    Table t;
    for (const FieldDef &f : PeopleFields::fields(kind))
        t.header << f.chinese;
    PeopleService people(m_session);
    if (kind == PersonKind::Student) {
        // Lists mask numbers; an export carries the real 学籍号 (the key of a re-import) and the
        // ID numbers in full for roles that may reveal them.
        QHash<QString, QPair<QString, QString>> numbers;
        QSqlQuery q = db.exec(
            QStringLiteral("SELECT id, student_no, id_number FROM students WHERE deleted = 0"));
        while (q.next())
            numbers.insert(q.value(0).toString(),
                           qMakePair(q.value(1).toString(), q.value(2).toString()));
        const QList<Student> list = people.students();
        for (const Student &s : list) {
            t.rows << QStringList{
                numbers.value(s.id).first,
                s.name,
                s.gender == QLatin1String("M")   ? QStringLiteral("男")
                : s.gender == QLatin1String("F") ? QStringLiteral("女")
                                                 : QString(),
                s.birthDate,
                s.grade ? Grades::name(s.grade) : QString(),
                s.classId.isEmpty() ? QString() : s.className.mid(Grades::name(s.grade).size()),
                full ? numbers.value(s.id).second : s.idNumber,
                s.guardian,
                s.phone};
        }
    } else {
        for (const StaffMember &m : people.staff()) {
            t.rows << QStringList{m.staffNo,
                                  m.name,
                                  m.gender == QLatin1String("M")   ? QStringLiteral("男")
                                  : m.gender == QLatin1String("F") ? QStringLiteral("女")
                                                                   : QString(),
                                  m.role,
                                  m.subject,
                                  m.phone,
                                  m.etTrained ? QStringLiteral("是") : QStringLiteral("否"),
                                  m.etTrainedOn};
        }
    }
    for (int i = 0; i < t.rows.size(); ++i)
        t.sourceRows << i + 2;
    m_session.audit(
        QStringLiteral("export"),
        kind == PersonKind::Student ? QStringLiteral("students") : QStringLiteral("staff"),
        {},
        tr("%1 rows, ID numbers %2").arg(t.rows.size()).arg(full ? tr("in full") : tr("masked")));
    return t;
}

} // namespace SchoolSuite
