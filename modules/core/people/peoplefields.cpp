#include "peoplefields.h"

#include "core/error.h"
#include "people.h"
#include "validators.h"

#include <QCoreApplication>

namespace SchoolSuite::PeopleFields {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::PeopleFields", text);
}

QString simplify(const QString &s)
{
    QString out = s.trimmed().toLower();
    out.remove(QLatin1Char(' '));
    out.remove(QLatin1Char('_'));
    return out;
}
} // namespace

QList<FieldDef> fields(PersonKind kind)
{
    if (kind == PersonKind::Student) {
        return {{QStringLiteral("student_no"), QStringLiteral("学籍号"), true, false},
                {QStringLiteral("name"), QStringLiteral("姓名"), true, false},
                {QStringLiteral("gender"), QStringLiteral("性别"), false, false},
                {QStringLiteral("birth_date"), QStringLiteral("出生日期"), false, true},
                {QStringLiteral("grade"), QStringLiteral("年级"), false, false},
                {QStringLiteral("class"), QStringLiteral("班级"), false, false},
                {QStringLiteral("id_number"), QStringLiteral("身份证号"), false, true},
                {QStringLiteral("guardian"), QStringLiteral("监护人"), false, true},
                {QStringLiteral("phone"), QStringLiteral("电话"), false, true}};
    }
    return {{QStringLiteral("staff_no"), QStringLiteral("工号"), true, false},
            {QStringLiteral("name"), QStringLiteral("姓名"), true, false},
            {QStringLiteral("gender"), QStringLiteral("性别"), false, false},
            {QStringLiteral("role"), QStringLiteral("职务"), false, false},
            {QStringLiteral("subject"), QStringLiteral("学科"), false, false},
            {QStringLiteral("phone"), QStringLiteral("电话"), false, true},
            {QStringLiteral("et_trained"), QStringLiteral("教育技术培训"), false, false},
            {QStringLiteral("et_trained_on"), QStringLiteral("培训日期"), false, false}};
}

QString keyForHeader(PersonKind kind, const QString &header)
{
    const QString h = simplify(header);
    for (const FieldDef &f : fields(kind)) {
        if (h == simplify(f.key) || h == simplify(f.chinese) || h == simplify(title(kind, f.key)))
            return f.key;
    }
    static const QHash<QString, QString> aliases{
        {QStringLiteral("studentnumber"), QStringLiteral("student_no")},
        {QStringLiteral("全国学籍号"), QStringLiteral("student_no")},
        {QStringLiteral("staffnumber"), QStringLiteral("staff_no")},
        {QStringLiteral("教工号"), QStringLiteral("staff_no")},
        {QStringLiteral("联系电话"), QStringLiteral("phone")},
        {QStringLiteral("手机"), QStringLiteral("phone")},
        {QStringLiteral("家长"), QStringLiteral("guardian")},
        {QStringLiteral("身份证"), QStringLiteral("id_number")},
        {QStringLiteral("生日"), QStringLiteral("birth_date")},
        {QStringLiteral("任教学科"), QStringLiteral("subject")},
    };
    const QString alias = aliases.value(h);
    for (const FieldDef &f : fields(kind)) {
        if (f.key == alias)
            return alias;
    }
    return {};
}

QString title(PersonKind kind, const QString &key)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("student_no"),
         QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Student no.")},
        {QStringLiteral("staff_no"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Staff no.")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Name")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Gender")},
        {QStringLiteral("birth_date"),
         QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Birth date")},
        {QStringLiteral("grade"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Grade")},
        {QStringLiteral("class"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Class")},
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "ID number")},
        {QStringLiteral("guardian"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Guardian")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Phone")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Position")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Subject")},
        {QStringLiteral("et_trained"),
         QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Ed-tech training")},
        {QStringLiteral("et_trained_on"),
         QT_TRANSLATE_NOOP("SchoolSuite::PeopleFields", "Training date")},
    };
    Q_UNUSED(kind)
    const char *t = titles.value(key);
    return t ? QCoreApplication::translate("SchoolSuite::PeopleFields", t) : key;
}

QString normalize(PersonKind kind, const QString &key, const QString &raw)
{
    const QString value = raw.trimmed();
    auto fail = [&](const QString &why) {
        return Error(tr("%1 \"%2\": %3").arg(title(kind, key), value, why), Error::Invalid);
    };
    if (value.isEmpty()) {
        for (const FieldDef &f : fields(kind)) {
            if (f.key == key && f.required)
                throw Error(tr("%1 is required.").arg(title(kind, key)), Error::Invalid);
        }
        return {};
    }
    QString why;
    if (key == QLatin1String("student_no")) {
        const QString upper = value.toUpper();
        if (!Validators::isValidStudentNo(upper, &why))
            throw fail(why);
        return upper;
    }
    if (key == QLatin1String("staff_no")) {
        if (!Validators::isValidStaffNo(value))
            throw fail(tr("use up to 20 letters, digits or -"));
        return value;
    }
    if (key == QLatin1String("name")) {
        if (value.size() > 40)
            throw fail(tr("a name has at most 40 characters"));
        return value;
    }
    if (key == QLatin1String("gender")) {
        const QString g = Validators::parseGender(value);
        if (g.isEmpty())
            throw fail(tr("use 男 or 女 (M or F)"));
        return g;
    }
    if (key == QLatin1String("birth_date") || key == QLatin1String("et_trained_on")) {
        const QDate d = Validators::parseDate(value);
        if (!d.isValid())
            throw fail(tr("not a date (use 2015-09-01)"));
        if (d > QDate::currentDate() || d.year() < 1900)
            throw fail(tr("the date is out of range"));
        return d.toString(Qt::ISODate);
    }
    if (key == QLatin1String("id_number")) {
        const QString upper = value.toUpper();
        if (!Validators::isValidIdNumber(upper, &why))
            throw fail(why);
        return upper;
    }
    if (key == QLatin1String("phone")) {
        QString digits = value;
        digits.remove(QLatin1Char(' '));
        if (!Validators::isValidPhone(digits))
            throw fail(tr("not a phone number (11-digit mobile or 0xxx-xxxxxxx)"));
        return digits;
    }
    if (key == QLatin1String("grade")) {
        const int g = Grades::parse(value);
        if (!g)
            throw fail(tr("not a grade (use 一年级 … 九年级, 高一 … 高三 or 1 … 12)"));
        return QString::number(g);
    }
    if (key == QLatin1String("class")) {
        const QString c = Grades::parseClassName(value);
        if (c.isEmpty())
            throw fail(tr("not a class (use 1班 or (1)班)"));
        return c;
    }
    if (key == QLatin1String("et_trained")) {
        const QString v = value.toLower();
        if (v == QStringLiteral("是") || v == QLatin1String("yes") || v == QLatin1String("1")
            || v == QLatin1String("true") || v == QStringLiteral("已完成"))
            return QStringLiteral("1");
        if (v == QStringLiteral("否") || v == QLatin1String("no") || v == QLatin1String("0")
            || v == QLatin1String("false") || v == QStringLiteral("未完成"))
            return QStringLiteral("0");
        throw fail(tr("use 是 or 否 (yes or no)"));
    }
    if (value.size() > 200)
        throw fail(tr("at most 200 characters"));
    return value;
}

PersonKind parseKind(const QString &text, bool *ok)
{
    const QString t = text.trimmed().toLower();
    if (ok)
        *ok = true;
    if (t == QLatin1String("students") || t == QLatin1String("student"))
        return PersonKind::Student;
    if (t == QLatin1String("staff"))
        return PersonKind::Staff;
    if (ok)
        *ok = false;
    return PersonKind::Student;
}

} // namespace SchoolSuite::PeopleFields
