// MarcMapping::fromBook: the catalog's records as MARC 21 or CNMARC, copies as holdings.
#include "marcmapping.h"

#include "library/catalog/isbn.h"

#include <QDate>

namespace SchoolSuite::MarcMapping {

namespace {

const QChar A = QLatin1Char('a');

QString priceText(qint64 fen)
{
    return QStringLiteral("CNY%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

QString yuan(qint64 fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

// "title : other title" → the title proper and the other title information.
std::pair<QString, QString> splitTitle(const QString &title)
{
    const qsizetype colon = title.indexOf(QLatin1String(" : "));
    if (colon < 0)
        return {title, QString()};
    return {title.left(colon), title.mid(colon + 3)};
}

void addNotes(MarcRecord &r, const QString &tag, const QString &note)
{
    for (const QString &line : note.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        r.addField(tag).add(A, line.trimmed());
}

MarcRecord marc21(const BibRecord &b, const QList<LibraryCopy> &copies)
{
    MarcRecord r;
    r.leader = QStringLiteral("00000nam a2200000 i 4500");
    if (!b.id.isEmpty())
        r.addControl(QStringLiteral("001"), b.id);
    // 008: date entered, single date, the year, language (positions 35-37).
    QString fixed(40, QLatin1Char(' '));
    fixed.replace(0, 6, QDate::currentDate().toString(QStringLiteral("yyMMdd")));
    fixed[6] = b.year > 0 ? QLatin1Char('s') : QLatin1Char('n');
    fixed.replace(7, 4, b.year > 0 ? QString::number(b.year) : QStringLiteral("uuuu"));
    fixed.replace(35, 3, b.language.isEmpty() ? QStringLiteral("   ") : b.language.left(3));
    fixed[39] = QLatin1Char('d');
    r.addControl(QStringLiteral("008"), fixed);
    if (!b.isbn.isEmpty() || b.priceFen >= 0) {
        MarcField &f = r.addField(QStringLiteral("020"));
        f.add(A, b.isbn);
        if (b.priceFen >= 0)
            f.add(QLatin1Char('c'), priceText(b.priceFen));
    }
    if (!b.clc.isEmpty()) {
        MarcField &f = r.addField(QStringLiteral("084"));
        f.add(A, b.clc);
        f.add(QLatin1Char('2'), QStringLiteral("clc"));
    }
    const auto [proper, other] = splitTitle(b.title);
    MarcField &title = r.addField(QStringLiteral("245"), QLatin1Char('0'), QLatin1Char('0'));
    title.add(A, proper);
    title.add(QLatin1Char('b'), other);
    title.add(QLatin1Char('c'), b.responsibility);
    if (!b.edition.isEmpty())
        r.addField(QStringLiteral("250")).add(A, b.edition);
    if (!b.place.isEmpty() || !b.publisher.isEmpty() || b.year > 0) {
        MarcField &f = r.addField(QStringLiteral("264"), QLatin1Char(' '), QLatin1Char('1'));
        f.add(A, b.place);
        f.add(QLatin1Char('b'), b.publisher);
        if (b.year > 0)
            f.add(QLatin1Char('c'), QString::number(b.year));
    }
    if (b.pages > 0)
        r.addField(QStringLiteral("300")).add(A, QStringLiteral("%1 p").arg(b.pages));
    if (!b.series.isEmpty())
        r.addField(QStringLiteral("490"), QLatin1Char('0')).add(A, b.series);
    addNotes(r, QStringLiteral("500"), b.note);
    if (!b.summary.isEmpty())
        r.addField(QStringLiteral("520")).add(A, b.summary);
    for (const QString &s : b.subjects)
        r.addField(QStringLiteral("650"), QLatin1Char(' '), QLatin1Char('4')).add(A, s);
    for (const LibraryCopy &c : copies) {
        // Koha's item field.
        MarcField &f = r.addField(QStringLiteral("952"));
        f.add(QLatin1Char('c'), c.location);
        if (c.acquiredOn.isValid())
            f.add(QLatin1Char('d'), c.acquiredOn.toString(Qt::ISODate));
        if (c.priceFen >= 0)
            f.add(QLatin1Char('g'), yuan(c.priceFen));
        f.add(QLatin1Char('o'), c.callNo);
        f.add(QLatin1Char('p'), c.barcode);
    }
    return r;
}

MarcRecord cnmarc(const BibRecord &b, const QList<LibraryCopy> &copies)
{
    MarcRecord r;
    r.leader = QStringLiteral("00000nam0 2200000   450 ");
    if (!b.id.isEmpty())
        r.addControl(QStringLiteral("001"), b.id);
    if (!b.isbn.isEmpty() || b.priceFen >= 0) {
        MarcField &f = r.addField(QStringLiteral("010"));
        f.add(A, b.isbn.isEmpty() ? QString() : Isbn::display(b.isbn));
        if (b.priceFen >= 0)
            f.add(QLatin1Char('d'), priceText(b.priceFen));
    }
    // 100$a: date entered, the year, cataloguing language, character set 50 (ISO 10646).
    const QString language = b.language.isEmpty() ? QStringLiteral("chi") : b.language.left(3);
    QString fixed = QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('d')
                    + (b.year > 0 ? QString::number(b.year).rightJustified(4, QLatin1Char('0'))
                                  : QStringLiteral("    "))
                    + QStringLiteral("    em y0") + QStringLiteral("chi") + QStringLiteral("y50  ")
                    + QStringLiteral("    ea");
    r.addField(QStringLiteral("100")).add(A, fixed);
    if (!b.language.isEmpty())
        r.addField(QStringLiteral("101"), QLatin1Char('0')).add(A, language);
    const auto [proper, other] = splitTitle(b.title);
    MarcField &title = r.addField(QStringLiteral("200"), QLatin1Char('1'));
    title.add(A, proper);
    title.add(QLatin1Char('e'), other);
    const QStringList responsibility
        = b.responsibility.split(QLatin1String(" ; "), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < responsibility.size(); ++i)
        title.add(i == 0 ? QLatin1Char('f') : QLatin1Char('g'), responsibility.at(i));
    if (!b.edition.isEmpty())
        r.addField(QStringLiteral("205")).add(A, b.edition);
    if (!b.place.isEmpty() || !b.publisher.isEmpty() || b.year > 0) {
        MarcField &f = r.addField(QStringLiteral("210"));
        f.add(A, b.place);
        f.add(QLatin1Char('c'), b.publisher);
        if (b.year > 0)
            f.add(QLatin1Char('d'), QString::number(b.year));
    }
    if (b.pages > 0)
        r.addField(QStringLiteral("215")).add(A, QStringLiteral("%1页").arg(b.pages));
    if (!b.series.isEmpty())
        r.addField(QStringLiteral("225"), QLatin1Char('2')).add(A, b.series);
    addNotes(r, QStringLiteral("300"), b.note);
    if (!b.summary.isEmpty())
        r.addField(QStringLiteral("330")).add(A, b.summary);
    for (const QString &s : b.subjects)
        r.addField(QStringLiteral("606"), QLatin1Char('0')).add(A, s);
    if (!b.clc.isEmpty()) {
        MarcField &f = r.addField(QStringLiteral("690"));
        f.add(A, b.clc);
        f.add(QLatin1Char('v'), QStringLiteral("5"));
    }
    for (const LibraryCopy &c : copies) {
        MarcField &f = r.addField(QStringLiteral("905"));
        f.add(QLatin1Char('b'), c.barcode);
        f.add(QLatin1Char('c'), c.location);
        QString clc = c.clc;
        QString seq;
        QString volume = c.volume;
        int n = 0;
        if (CallNumber::split(c.callNo, &clc, &n, &volume)) {
            seq = QString::number(n);
        } else if (c.callNo.contains(QLatin1Char('/'))) {
            clc = c.callNo.section(QLatin1Char('/'), 0, 0);
            seq = c.callNo.section(QLatin1Char('/'), 1);
            volume.clear();
        }
        f.add(QLatin1Char('d'), clc);
        f.add(QLatin1Char('e'), seq);
        f.add(QLatin1Char('f'), volume);
    }
    return r;
}

} // namespace

MarcRecord fromBook(const BibRecord &bib, const QList<LibraryCopy> &copies, MarcFamily family)
{
    return family == MarcFamily::Marc21 ? marc21(bib, copies) : cnmarc(bib, copies);
}

} // namespace SchoolSuite::MarcMapping
