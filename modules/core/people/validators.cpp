#include "validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace SchoolSuite::Validators {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Validators", text);
}
} // namespace

QChar idCheckCharacter(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

bool isValidIdNumber(const QString &id, QString *why)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{17}[\\dX]$"));
    if (!shape.match(id).hasMatch()) {
        if (why)
            *why = tr("an ID number has 17 digits and a digit or X");
        return false;
    }
    if (!birthDateFromId(id).isValid()) {
        if (why)
            *why = tr("the birth date in the ID number is not a date");
        return false;
    }
    if (idCheckCharacter(id.left(17)) != id.at(17)) {
        if (why)
            *why = tr("the check character is wrong (expected %1)")
                       .arg(idCheckCharacter(id.left(17)));
        return false;
    }
    return true;
}

QDate birthDateFromId(const QString &id)
{
    if (id.size() != 18)
        return {};
    return QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

QString genderFromId(const QString &id)
{
    if (id.size() != 18 || !id.at(16).isDigit())
        return {};
    return (id.at(16).digitValue() % 2) ? QStringLiteral("M") : QStringLiteral("F");
}

QString maskIdNumber(const QString &id)
{
    if (id.size() <= 4)
        return QString(id.size(), QLatin1Char('*'));
    return QString(id.size() - 4, QLatin1Char('*')) + id.right(4);
}

bool isValidStudentNo(const QString &no, QString *why)
{
    static const QRegularExpression shape(QStringLiteral("^[GLJ][0-9]{17}[0-9X]$"));
    if (!shape.match(no).hasMatch()) {
        if (why)
            *why = tr("a student number is G, L or J followed by 18 digits (the last may be X)");
        return false;
    }
    if (no.startsWith(QLatin1Char('G'))) {
        QString idWhy;
        if (!isValidIdNumber(no.mid(1), &idWhy)) {
            if (why)
                *why = tr("a G number holds an ID number, and %1").arg(idWhy);
            return false;
        }
    }
    return true;
}

QString maskStudentNo(const QString &no)
{
    if (!no.startsWith(QLatin1Char('G')) || no.size() != 19)
        return no;
    // Like the ID number: only the last four characters. Keeping the region and hiding only the
    // birth date would let anyone who sees the birth date rebuild the whole number.
    return no.left(1) + QString(no.size() - 5, QLatin1Char('*')) + no.right(4);
}

bool isValidStaffNo(const QString &no)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9-]{1,20}$"));
    return shape.match(no).hasMatch();
}

bool isValidPhone(const QString &phone)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?\\d{7,8}$"));
    return mobile.match(phone).hasMatch() || landline.match(phone).hasMatch();
}

QDate parseDate(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = separated.match(text);
    if (!m.hasMatch())
        m = compact.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QString parseGender(const QString &input)
{
    const QString text = input.trimmed().toLower();
    if (text == QStringLiteral("男") || text == QStringLiteral("m")
        || text == QStringLiteral("male"))
        return QStringLiteral("M");
    if (text == QStringLiteral("女") || text == QStringLiteral("f")
        || text == QStringLiteral("female"))
        return QStringLiteral("F");
    return {};
}

} // namespace SchoolSuite::Validators
