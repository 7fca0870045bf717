#include "people.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace SchoolSuite {

namespace Grades {

namespace {
const char16_t *const kNumerals[]
    = {u"", u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九", u"十"};

int numeral(QChar c)
{
    for (int i = 1; i <= 10; ++i) {
        if (QString::fromUtf16(kNumerals[i]) == QString(c))
            return i;
    }
    return c.isDigit() ? c.digitValue() : 0;
}
} // namespace

QString name(int grade)
{
    if (grade >= 1 && grade <= 9)
        return QString::fromUtf16(kNumerals[grade]) + QStringLiteral("年级");
    if (grade >= 10 && grade <= 12)
        return QStringLiteral("高") + QString::fromUtf16(kNumerals[grade - 9]);
    return QString::number(grade);
}

int parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return 0;
    static const QRegularExpression digits(QStringLiteral("^(?:grade\\s*)?(\\d{1,2})(?:年级)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto m = digits.match(text); m.hasMatch()) {
        const int g = m.captured(1).toInt();
        return g >= 1 && g <= 12 ? g : 0;
    }
    if (text.size() >= 2 && text.at(0) == QStringLiteral("初").at(0)) {
        const int n = numeral(text.at(1));
        return n >= 1 && n <= 3 ? n + 6 : 0;
    }
    if (text.size() >= 2 && text.at(0) == QStringLiteral("高").at(0)) {
        const int n = numeral(text.at(1));
        return n >= 1 && n <= 3 ? n + 9 : 0;
    }
    if (text.endsWith(QStringLiteral("年级")) && text.size() == 3) {
        const int n = numeral(text.at(0));
        return n >= 1 && n <= 9 ? n : 0;
    }
    return 0;
}

QString parseClassName(const QString &input)
{
    QString text = input.trimmed();
    // Drop a leading grade ("七年级1班", "高一(2)班").
    static const QRegularExpression gradePrefix(QStringLiteral("^(.{1,2}年级|初.|高.)"));
    text.remove(gradePrefix);
    static const QRegularExpression number(
        QStringLiteral("^[(（]?\\s*(\\d{1,3})\\s*[)）]?\\s*班?$"));
    if (const auto m = number.match(text); m.hasMatch())
        return QString::number(m.captured(1).toInt());
    return {};
}

QString className(int grade, const QString &name)
{
    bool numeric = false;
    name.toInt(&numeric);
    return numeric ? QStringLiteral("%1(%2)班").arg(Grades::name(grade), name)
                   : Grades::name(grade) + name;
}

} // namespace Grades

namespace RoomTypes {

QStringList all()
{
    return {QStringLiteral("classroom"),
            QStringLiteral("computer_lab"),
            QStringLiteral("eprep"),
            QStringLiteral("ereading"),
            QStringLiteral("library"),
            QStringLiteral("lab"),
            QStringLiteral("office"),
            QStringLiteral("multimedia")};
}

QString title(const QString &type)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("classroom"),
         QT_TRANSLATE_NOOP("SchoolSuite::RoomTypes", "General classroom")},
        {QStringLiteral("computer_lab"),
         QT_TRANSLATE_NOOP("SchoolSuite::RoomTypes", "Computer lab")},
        {QStringLiteral("eprep"),
         QT_TRANSLATE_NOOP("SchoolSuite::RoomTypes", "E-preparation room")},
        {QStringLiteral("ereading"), QT_TRANSLATE_NOOP("SchoolSuite::RoomTypes", "E-reading room")},
        {QStringLiteral("library"), QT_TRANSLATE_NOOP("SchoolSuite::RoomTypes", "Library")},
        {QStringLiteral("lab"), QT_TRANSLATE_NOOP("SchoolSuite::RoomTypes", "Laboratory")},
        {QStringLiteral("office"), QT_TRANSLATE_NOOP("SchoolSuite::RoomTypes", "Office")},
        {QStringLiteral("multimedia"),
         QT_TRANSLATE_NOOP("SchoolSuite::RoomTypes", "Multimedia / functional room")},
    };
    const char *t = titles.value(type);
    return t ? QCoreApplication::translate("SchoolSuite::RoomTypes", t) : type;
}

} // namespace RoomTypes

} // namespace SchoolSuite
