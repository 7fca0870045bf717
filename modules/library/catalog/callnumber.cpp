#include "libraryservice.h"

#include <QHash>
#include <QRegularExpression>

namespace SchoolSuite::CallNumber {

namespace {
// Main classes of the 中图法: 22 letters (no L, M, W, Y); T has two-letter subclasses.
bool isMainClassLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z') && c != QLatin1Char('L')
           && c != QLatin1Char('M') && c != QLatin1Char('W') && c != QLatin1Char('Y');
}

// A class number broken into what orders it: the letters, then the digits read as a decimal
// fraction (I247.5 -> "2475", which sorts as 0.2475), then the auxiliary notation as text.
struct ClassKey
{
    QString letters;
    QString digits;
    QString rest;
};

ClassKey classKey(const QString &clc)
{
    ClassKey k;
    qsizetype i = 0;
    while (i < clc.size() && clc.at(i).isLetter())
        k.letters.append(clc.at(i++));
    while (i < clc.size() && (clc.at(i).isDigit() || clc.at(i) == QLatin1Char('.'))) {
        if (clc.at(i) != QLatin1Char('.'))
            k.digits.append(clc.at(i));
        ++i;
    }
    k.rest = clc.mid(i);
    return k;
}

int compareText(const QString &a, const QString &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareVolumes(const QString &a, const QString &b)
{
    bool okA = false;
    bool okB = false;
    const int na = a.toInt(&okA);
    const int nb = b.toInt(&okB);
    if (okA && okB)
        return na < nb ? -1 : (nb < na ? 1 : 0);
    return compareText(a, b);
}
} // namespace

QString normalizeClass(const QString &text)
{
    return text.trimmed().toUpper();
}

bool isClassNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Z]{1,2}(\d{1,3}(\.\d{1,3})*)?([-=+:]\d[\d.]*|\(\d[\d.]*\)|"\d+"|<\d+>|[-=+:][A-Z]\d*)*$)"));
    const QString s = normalizeClass(text);
    if (s.isEmpty() || !isMainClassLetter(s.at(0)))
        return false;
    // Only T has two-letter subclasses (TP, TU, ...); a second letter elsewhere is a typo.
    if (s.size() > 1 && s.at(1).isLetter() && s.at(0) != QLatin1Char('T'))
        return false;
    // A catalog uses a few thousand classes: an import of 100,000 copies asks about the same
    // ones again and again, and the expression costs more than the lookup.
    thread_local QHash<QString, bool> known;
    if (const auto it = known.constFind(s); it != known.cend())
        return *it;
    if (known.size() >= 4096)
        known.clear();
    const bool valid = re.match(s).hasMatch();
    known.insert(s, valid);
    return valid;
}

QString mainClass(const QString &clc)
{
    const QString s = normalizeClass(clc);
    return !s.isEmpty() && isMainClassLetter(s.at(0)) ? QString(s.at(0)) : QString();
}

QString make(const QString &clc, int seq, const QString &volume)
{
    QString s = normalizeClass(clc);
    if (seq > 0)
        s += QLatin1Char('/') + QString::number(seq);
    if (!volume.trimmed().isEmpty())
        s += QLatin1Char(':') + volume.trimmed();
    return s;
}

bool split(const QString &callNo, QString *clc, int *seq, QString *volume)
{
    const QString s = callNo.trimmed();
    const qsizetype slash = s.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return false;
    QString tail = s.mid(slash + 1);
    QString vol;
    const qsizetype colon = tail.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        vol = tail.mid(colon + 1);
        tail = tail.left(colon);
    }
    bool ok = false;
    const int n = tail.toInt(&ok);
    if (!ok || n <= 0 || !isClassNumber(s.left(slash)))
        return false;
    if (clc)
        *clc = normalizeClass(s.left(slash));
    if (seq)
        *seq = n;
    if (volume)
        *volume = vol;
    return true;
}

int compare(const QString &a, const QString &b)
{
    QString clcA;
    QString clcB;
    QString volA;
    QString volB;
    int seqA = 0;
    int seqB = 0;
    if (!split(a, &clcA, &seqA, &volA))
        clcA = normalizeClass(a);
    if (!split(b, &clcB, &seqB, &volB))
        clcB = normalizeClass(b);
    const ClassKey ka = classKey(clcA);
    const ClassKey kb = classKey(clcB);
    if (int c = compareText(ka.letters, kb.letters))
        return c;
    // As decimal fractions: "247" < "2475" < "248"; plain text order of the digits does this.
    if (int c = compareText(ka.digits, kb.digits))
        return c;
    if (int c = compareText(ka.rest, kb.rest))
        return c;
    if (seqA != seqB)
        return seqA < seqB ? -1 : 1;
    return compareVolumes(volA, volB);
}

QString sequence(const QString &clc)
{
    return QStringLiteral("clc:") + normalizeClass(clc);
}

} // namespace SchoolSuite::CallNumber
