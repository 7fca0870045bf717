#include "marcmapping.h"

#include "library/catalog/isbn.h"

#include <QDate>

namespace SchoolSuite::MarcMapping {

namespace {

const QChar A = QLatin1Char('a');

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    }
    return kept.join(separator);
}

int yearOf(const QString &text)
{
    // The first 1xxx or 20xx anywhere in the text ("c2019", "[1998?]"). Scanned rather than
    // matched: an import of 100,000 records asks it 100,000 times.
    const auto digit = [&text](qsizetype i) {
        return text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9');
    };
    for (qsizetype i = 0; i + 4 <= text.size(); ++i) {
        const bool year
            = (text.at(i) == QLatin1Char('1') && digit(i + 1) && digit(i + 2) && digit(i + 3))
              || (text.at(i) == QLatin1Char('2') && text.at(i + 1) == QLatin1Char('0')
                  && digit(i + 2) && digit(i + 3));
        if (year)
            return QStringView(text).mid(i, 4).toInt();
    }
    return 0;
}

// The first valid ISBN among the fields' $a; an invalid one is kept for the note.
void readIsbn(const MarcRecord &record, const QString &tag, MarcBook &book, QString *priceText)
{
    QString invalid;
    for (const MarcField *f : record.fieldsWith(tag)) {
        if (priceText->isEmpty())
            *priceText
                = f->value(tag == QLatin1String("020") ? QLatin1Char('c') : QLatin1Char('d'));
        const QString a = f->value(A);
        if (a.isEmpty() || !book.bib.isbn.isEmpty())
            continue;
        // "9787020002207 (pbk.)", "7-02-000220-X : CNY25.00"
        qsizetype end = 0;
        while (end < a.size() && !QStringView(u" \t\n\v\f\r(:;").contains(a.at(end)))
            ++end;
        const QString candidate = a.left(end);
        bool ok = false;
        const QString isbn = Isbn::normalize(candidate, &ok);
        if (!isbn.isEmpty())
            book.bib.isbn = isbn;
        else if (invalid.isEmpty())
            invalid = candidate;
    }
    if (book.bib.isbn.isEmpty() && !invalid.isEmpty())
        book.bib.note = QStringLiteral("ISBN ") + invalid;
}

LibraryCopy copyFromCallNumber(const QString &callNo, const QString &titleClc)
{
    LibraryCopy c;
    c.callNo = callNo.trimmed();
    QString clc;
    int seq = 0;
    QString volume;
    if (CallNumber::split(c.callNo, &clc, &seq, &volume)) {
        c.clc = clc;
        c.seq = seq;
        c.volume = volume;
    } else if (!c.callNo.isEmpty()) {
        c.clc = c.callNo.section(QLatin1Char('/'), 0, 0).trimmed();
    } else {
        c.clc = titleClc;
    }
    return c;
}

void readCopies(const MarcRecord &record, MarcFamily family, MarcBook &book)
{
    const QString &titleClc = book.bib.clc;
    if (family == MarcFamily::Unimarc) {
        for (const MarcField *f : record.fieldsWith(u"905")) {
            const QString clc
                = f->value(QLatin1Char('d')).isEmpty() ? titleClc : f->value(QLatin1Char('d'));
            const QString seq = f->value(QLatin1Char('e'));
            const QString volume = f->value(QLatin1Char('f'));
            QString callNo;
            if (!seq.isEmpty() && !clc.isEmpty())
                callNo = clc + QLatin1Char('/') + seq
                         + (volume.isEmpty() ? QString() : QLatin1Char(':') + volume);
            LibraryCopy c = copyFromCallNumber(callNo, clc);
            if (callNo.isEmpty())
                c.volume = volume;
            c.barcode = f->value(QLatin1Char('b'));
            c.location = f->value(QLatin1Char('c'));
            book.copies << c;
        }
        return;
    }
    for (const MarcField *f : record.fieldsWith(u"952")) {
        LibraryCopy c = copyFromCallNumber(f->value(QLatin1Char('o')), titleClc);
        c.barcode = f->value(QLatin1Char('p'));
        c.location = f->value(QLatin1Char('c'));
        const QDate acquired = QDate::fromString(f->value(QLatin1Char('d')), Qt::ISODate);
        if (acquired.isValid())
            c.acquiredOn = acquired;
        c.priceFen = parsePriceFen(f->value(QLatin1Char('g')));
        book.copies << c;
    }
    for (const MarcField *f : record.fieldsWith(u"852")) {
        const QString h = f->value(QLatin1Char('h'));
        const QString i = f->value(QLatin1Char('i'));
        LibraryCopy c = copyFromCallNumber(i.isEmpty() ? h : h + QLatin1Char('/') + i, titleClc);
        c.barcode = f->value(QLatin1Char('p'));
        c.location = f->value(QLatin1Char('b'));
        c.shelf = f->value(QLatin1Char('c'));
        book.copies << c;
    }
}

MarcBook toMarc21(const MarcRecord &r)
{
    MarcBook book;
    BibRecord &b = book.bib;
    QString price;
    readIsbn(r, QStringLiteral("020"), book, &price);
    b.priceFen = parsePriceFen(price);
    if (const MarcField *f = r.field(u"245")) {
        QStringList parts{stripIsbdPunctuation(f->value(A))};
        const QString sub = stripIsbdPunctuation(f->value(QLatin1Char('b')));
        for (QChar code : {QLatin1Char('n'), QLatin1Char('p')}) {
            for (const QString &v : f->values(code))
                parts.first() += QStringLiteral(". ") + stripIsbdPunctuation(v);
        }
        b.title = sub.isEmpty() ? parts.first() : parts.first() + QStringLiteral(" : ") + sub;
        b.responsibility = stripIsbdPunctuation(f->value(QLatin1Char('c')));
    }
    b.edition = stripIsbdPunctuation(r.value(u"250", A), false);
    const MarcField *pub = nullptr;
    for (const MarcField *f : r.fieldsWith(u"264")) {
        if (f->ind2 == QLatin1Char('1') && !pub)
            pub = f;
    }
    if (!pub)
        pub = r.field(u"260");
    if (pub) {
        b.place = stripIsbdPunctuation(pub->value(A), false);
        b.publisher = stripIsbdPunctuation(pub->value(QLatin1Char('b')), false);
        b.year = yearOf(pub->value(QLatin1Char('c')));
    }
    const QString fixed = r.control(u"008");
    if (b.year == 0 && fixed.size() >= 11)
        b.year = yearOf(fixed.mid(7, 4));
    if (fixed.size() >= 38) {
        const QString lang = fixed.mid(35, 3).trimmed();
        if (lang.size() == 3 && lang != QLatin1String("|||"))
            b.language = lang;
    }
    b.pages = firstNumber(r.value(u"300", A));
    b.series = stripIsbdPunctuation(r.value(u"490", A), false);
    QStringList notes;
    for (const MarcField *f : r.fieldsWith(u"500"))
        notes << f->value(A);
    if (!notes.isEmpty())
        b.note = joinNonEmpty(QStringList{b.note} + notes, QStringLiteral("\n"));
    b.summary = r.value(u"520", A);
    for (const MarcField *f : r.fieldsWith(u"650")) {
        const QString s = stripIsbdPunctuation(f->value(A));
        if (!s.isEmpty() && !b.subjects.contains(s))
            b.subjects << s;
    }
    for (const MarcField *f : r.fieldsWith(u"084")) {
        if (f->value(QLatin1Char('2')).startsWith(QLatin1String("clc"), Qt::CaseInsensitive)) {
            b.clc = f->value(A);
            break;
        }
    }
    if (b.clc.isEmpty())
        b.clc = r.value(u"093", A);
    b.clc = CallNumber::normalizeClass(b.clc);
    return book;
}

MarcBook toUnimarc(const MarcRecord &r)
{
    MarcBook book;
    BibRecord &b = book.bib;
    QString price;
    readIsbn(r, QStringLiteral("010"), book, &price);
    b.priceFen = parsePriceFen(price);
    if (const MarcField *f = r.field(u"200")) {
        const QString proper = stripIsbdPunctuation(f->value(A));
        const QString other = stripIsbdPunctuation(f->value(QLatin1Char('e')));
        b.title = other.isEmpty() ? proper : proper + QStringLiteral(" : ") + other;
        b.responsibility
            = joinNonEmpty(QStringList{f->value(QLatin1Char('f'))} + f->values(QLatin1Char('g')),
                           QStringLiteral(" ; "));
    }
    b.edition = r.value(u"205", A);
    if (const MarcField *f = r.field(u"210")) {
        b.place = stripIsbdPunctuation(f->value(A), false);
        b.publisher = stripIsbdPunctuation(f->value(QLatin1Char('c')), false);
        b.year = yearOf(f->value(QLatin1Char('d')));
    }
    const QString fixed = r.value(u"100", A);
    if (b.year == 0 && fixed.size() >= 13)
        b.year = yearOf(fixed.mid(9, 4));
    b.pages = firstNumber(r.value(u"215", A));
    b.series = r.value(u"225", A);
    QStringList notes;
    for (const MarcField *f : r.fieldsWith(u"300"))
        notes << f->value(A);
    if (!notes.isEmpty())
        b.note = joinNonEmpty(QStringList{b.note} + notes, QStringLiteral("\n"));
    b.summary = r.value(u"330", A);
    for (const MarcField *f : r.fieldsWith(u"606")) {
        const QString s = f->value(A);
        if (!s.isEmpty() && !b.subjects.contains(s))
            b.subjects << s;
    }
    b.clc = CallNumber::normalizeClass(r.value(u"690", A));
    b.language = r.value(u"101", A);
    return book;
}

} // namespace

MarcBook toBook(const MarcRecord &record, MarcFamily family)
{
    MarcBook book = family == MarcFamily::Marc21 ? toMarc21(record) : toUnimarc(record);
    book.bib.source = QStringLiteral("marc");
    readCopies(record, family, book);
    return book;
}

namespace {
// The first run of ASCII digits at or after from: where it starts and how long it is.
std::pair<qsizetype, qsizetype> digitsFrom(QStringView text, qsizetype from)
{
    const auto digit = [&text](qsizetype i) {
        return text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9');
    };
    qsizetype start = from;
    while (start < text.size() && !digit(start))
        ++start;
    qsizetype end = start;
    while (end < text.size() && digit(end))
        ++end;
    return {start, end - start};
}
} // namespace

qint64 parsePriceFen(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    // Other currencies are not kept as a price in fen: a dollar price is not yuan.
    for (const QStringView currency :
         {u"USD", u"EUR", u"GBP", u"JPY", u"HKD", u"TWD", u"$", u"£", u"€"}) {
        if (t.startsWith(currency, Qt::CaseInsensitive))
            return -1;
    }
    // The first number, with up to two decimals: "CNY25.00", "25.5元".
    const auto [start, length] = digitsFrom(t, 0);
    if (length == 0)
        return -1;
    const qint64 yuan = QStringView(t).mid(start, length).toLongLong();
    qint64 fen = 0;
    const qsizetype dot = start + length;
    if (dot + 1 < t.size() && t.at(dot) == QLatin1Char('.')) {
        const auto [decimals, count] = digitsFrom(t, dot + 1);
        if (decimals == dot + 1 && count > 0) {
            fen = (t.at(decimals).unicode() - '0') * 10;
            if (count > 1)
                fen += t.at(decimals + 1).unicode() - '0';
        }
    }
    return yuan * 100 + fen;
}

int firstNumber(const QString &text)
{
    // Roman-numbered front matter ("xii, 256 p.") is skipped: its digits are not Arabic.
    const auto [start, length] = digitsFrom(text, 0);
    return length > 0 ? QStringView(text).mid(start, length).toInt() : 0;
}

QString stripIsbdPunctuation(const QString &text, bool period)
{
    QString s = text.trimmed();
    while (!s.isEmpty()) {
        const QChar last = s.back();
        if (last == QLatin1Char('/') || last == QLatin1Char(':') || last == QLatin1Char(';')
            || last == QLatin1Char('=') || last == QLatin1Char(',')
            || (period && last == QLatin1Char('.') && !s.endsWith(QLatin1String("..")))) {
            s.chop(1);
            s = s.trimmed();
        } else {
            break;
        }
    }
    return s;
}

} // namespace SchoolSuite::MarcMapping
