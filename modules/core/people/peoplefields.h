#pragma once

#include <QList>
#include <QString>

namespace SchoolSuite {

enum class PersonKind { Student, Staff };

// The fields of people records as they appear in imports, exports and `people set`, with their
// Chinese and English header names (CLI.md) and one place that checks and normalises values.
struct FieldDef
{
    QString key;     // student_no
    QString chinese; // 学籍号
    bool required = false;
    bool sensitive = false;
};

namespace PeopleFields {
QList<FieldDef> fields(PersonKind kind);
// The field a header names (学籍号, student_no, Student No ...), or empty.
QString keyForHeader(PersonKind kind, const QString &header);
QString title(PersonKind kind, const QString &key); // translated
// Checks value for key and returns it normalised (dates ISO, gender M/F, "" for empty).
// Throws Error naming the field when the value is wrong.
QString normalize(PersonKind kind, const QString &key, const QString &value);
PersonKind parseKind(const QString &text, bool *ok = nullptr); // students|staff
} // namespace PeopleFields

} // namespace SchoolSuite
