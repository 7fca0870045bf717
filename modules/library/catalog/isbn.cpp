#include "isbn.h"

#include <QCoreApplication>

namespace SchoolSuite::Isbn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Isbn", text);
}

bool allDigits(const QString &s, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (!s.at(i).isDigit() || s.at(i).unicode() > '9')
            return false;
    }
    return true;
}
} // namespace

QString digits(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1String("ISBN"), Qt::CaseInsensitive))
        s = s.mid(4);
    QString out;
    out.reserve(13);
    for (const QChar c : std::as_const(s)) {
        if (c.isDigit() && c.unicode() <= '9')
            out.append(c);
        else if (c == QLatin1Char('x') || c == QLatin1Char('X'))
            out.append(QLatin1Char('X'));
        else if (c == QLatin1Char('-') || c == QLatin1Char(' ') || c == QLatin1Char(':'))
            continue;
        else
            return QString(); // a letter or symbol: not an ISBN at all
    }
    return out;
}

QChar checkDigit10(const QString &firstNine)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += (10 - i) * firstNine.at(i).digitValue();
    const int check = (11 - sum % 11) % 11;
    return check == 10 ? QLatin1Char('X') : QChar(QLatin1Char(char('0' + check)));
}

QChar checkDigit13(const QString &firstTwelve)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (i % 2 ? 3 : 1) * firstTwelve.at(i).digitValue();
    return QLatin1Char(char('0' + (10 - sum % 10) % 10));
}

bool isValid10(const QString &d)
{
    return d.size() == 10 && allDigits(d, 9) && d.at(9) == checkDigit10(d);
}

bool isValid13(const QString &d)
{
    return d.size() == 13 && allDigits(d, 13) && d.at(12) == checkDigit13(d);
}

QString to13(const QString &isbn10)
{
    const QString d = digits(isbn10);
    if (!isValid10(d))
        return {};
    const QString twelve = QStringLiteral("978") + d.left(9);
    return twelve + checkDigit13(twelve);
}

QString to10(const QString &isbn13)
{
    const QString d = digits(isbn13);
    if (!isValid13(d) || !d.startsWith(QLatin1String("978")))
        return {};
    const QString nine = d.mid(3, 9);
    return nine + checkDigit10(nine);
}

QString normalize(const QString &text, bool *ok)
{
    const QString d = digits(text);
    if (ok)
        *ok = text.trimmed().isEmpty() || isValid10(d) || isValid13(d);
    if (isValid13(d))
        return d;
    if (isValid10(d))
        return to13(d);
    return {};
}

QString problem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QString d = digits(text);
    if (d.isEmpty())
        return tr("an ISBN has only digits, hyphens and a final X");
    if (d.size() == 10) {
        if (!allDigits(d, 9))
            return tr("only the last character of an ISBN-10 may be X");
        const QChar check = checkDigit10(d);
        return d.at(9) == check ? QString() : tr("the check digit should be %1").arg(check);
    }
    if (d.size() == 13) {
        if (!allDigits(d, 13))
            return tr("an ISBN-13 has only digits");
        if (!d.startsWith(QLatin1String("978")) && !d.startsWith(QLatin1String("979")))
            return tr("an ISBN-13 starts with 978 or 979");
        const QChar check = checkDigit13(d);
        return d.at(12) == check ? QString() : tr("the check digit should be %1").arg(check);
    }
    return tr("an ISBN has 10 or 13 digits, not %1").arg(d.size());
}

QString display(const QString &isbn13)
{
    const QString d = digits(isbn13);
    if (!isValid13(d))
        return isbn13;
    // Group 7 (China) with its registrant ranges; other groups: prefix and the rest.
    if (d.mid(3, 1) == QLatin1String("7")) {
        const int two = d.mid(4, 2).toInt();
        int registrant = 0;
        if (two <= 9)
            registrant = 2;
        else if (two <= 49)
            registrant = 3;
        else if (two <= 79)
            registrant = 4;
        else if (two <= 89)
            registrant = 5;
        else
            registrant = 6;
        return QStringLiteral("%1-7-%2-%3-%4")
            .arg(
                d.left(3), d.mid(4, registrant), d.mid(4 + registrant, 8 - registrant), d.right(1));
    }
    return d.left(3) + QLatin1Char('-') + d.mid(3);
}

} // namespace SchoolSuite::Isbn
