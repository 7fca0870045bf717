#include "catalogsearch_p.h"
#include "core/search/pinyin.h"
#include "isbn.h"

#include <QRegularExpression>
#include <QSet>

namespace SchoolSuite::CatalogSearchKeys {

namespace {

// Bounds that keep one long title from blowing up the index: pinyin keys start at each of the
// first syllables only, and are cut to a length nobody types.
constexpr int MaxPinyinStarts = 6;
constexpr int MaxFullLength = 24;
constexpr int MaxInitialsLength = 8;

// Splits normalized text into runs of Han characters (one string per run) and words of other
// letters and digits.
void scan(const QString &normalized, QStringList *hanRuns, QStringList *words)
{
    QString han;
    QString word;
    const auto flush = [&] {
        if (!han.isEmpty() && hanRuns)
            *hanRuns << han;
        if (!word.isEmpty() && words)
            *words << word;
        han.clear();
        word.clear();
    };
    const QList<uint> chars = normalized.toUcs4();
    for (const uint c : chars) {
        const QString s = QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        if (Pinyin::isHan(c)) {
            if (!word.isEmpty()) {
                if (words)
                    *words << word;
                word.clear();
            }
            han += s;
        } else if (QChar::isLetterOrNumber(c)) {
            if (!han.isEmpty()) {
                if (hanRuns)
                    *hanRuns << han;
                han.clear();
            }
            word += s;
        } else {
            flush();
        }
    }
    flush();
}

// Han runs as lists of characters (a character outside the BMP is two QChars).
QStringList characters(const QString &run)
{
    QStringList list;
    const QList<uint> chars = run.toUcs4();
    for (const uint c : chars)
        list << QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    return list;
}

// Full pinyin and initials from each of the first syllables: "kexuejia", "xuejia", "kxj", "xj".
void addPinyin(QSet<QString> &keys, const QString &text, bool personName)
{
    const QList<Pinyin::Unit> units = Pinyin::units(text, personName);
    QStringList spellings;
    QStringList initials;
    bool anyHan = false;
    for (const Pinyin::Unit &u : units) {
        if (u.isHan()) {
            anyHan = true;
            spellings << QString(u.reading);
            initials << QString(u.reading.front());
            continue;
        }
        QStringList words;
        scan(normalize(u.text), nullptr, &words);
        for (const QString &w : std::as_const(words)) {
            spellings << w;
            initials << w.left(1);
        }
    }
    if (!anyHan)
        return; // words of letters are keys already
    for (qsizetype start = 0; start < spellings.size() && start < MaxPinyinStarts; ++start) {
        QString full;
        QString letters;
        for (qsizetype i = start; i < spellings.size(); ++i) {
            full += spellings.at(i);
            letters += initials.at(i);
        }
        keys.insert(full.left(MaxFullLength));
        keys.insert(letters.left(MaxInitialsLength));
    }
}

} // namespace

QString normalize(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toLower();
    s.replace(QChar(0x00FC), QLatin1Char('v')); // ü, as pinyin is typed
    return s;
}

CatalogSearch::Entry entry(const Source &source)
{
    CatalogSearch::Entry e;
    QSet<QString> keys;
    const QStringList textFields{
        source.title, source.responsibility, source.publisher, source.series, source.subjects};
    for (const QString &field : textFields) {
        if (field.trimmed().isEmpty())
            continue;
        const QString n = normalize(field.simplified());
        QStringList hanRuns;
        QStringList words;
        scan(n, &hanRuns, &words);
        for (const QString &w : std::as_const(words))
            keys.insert(w);
        if (!hanRuns.isEmpty())
            e.texts << n;
    }
    addPinyin(keys, source.title, false);
    addPinyin(keys, source.responsibility, true);

    const QString isbn = Isbn::digits(source.isbn).toLower();
    if (!isbn.isEmpty()) {
        keys.insert(isbn);
        const QString ten = Isbn::to10(isbn).toLower();
        if (!ten.isEmpty())
            keys.insert(ten);
    }
    // Codes whole (as a scanner types them), without separators, and by their words.
    QStringList codes{source.clc};
    codes << source.callNumbers << source.barcodes;
    for (const QString &code : std::as_const(codes)) {
        const QString n = normalize(code.trimmed());
        if (n.isEmpty())
            continue;
        keys.insert(n);
        QStringList words;
        scan(n, nullptr, &words);
        for (const QString &w : std::as_const(words))
            keys.insert(w);
        if (words.size() > 1)
            keys.insert(words.join(QString()));
    }
    keys.remove(QString());
    e.keys = keys.values();
    e.keys.sort();
    e.sortKey = Pinyin::sortKey(source.title.trimmed(), false);
    return e;
}

QString hanTerms(const QStringList &texts)
{
    QSet<QString> grams;
    for (const QString &text : texts) {
        QStringList runs;
        scan(text, &runs, nullptr);
        for (const QString &run : std::as_const(runs)) {
            const QStringList chars = characters(run);
            for (qsizetype i = 0; i < chars.size(); ++i) {
                grams.insert(chars.at(i));
                if (i + 1 < chars.size())
                    grams.insert(chars.at(i) + chars.at(i + 1));
            }
        }
    }
    QStringList list = grams.values();
    list.sort();
    return list.join(QLatin1Char(' '));
}

QList<Condition> parseQuery(const QString &query)
{
    QList<Condition> conditions;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression isbnLike(QStringLiteral("^[0-9][0-9x-]*$"));
    const QStringList terms = normalize(query).split(space, Qt::SkipEmptyParts);
    for (QString term : terms) {
        if (isbnLike.match(term).hasMatch() && term.contains(QLatin1Char('-'))) {
            // 978-7-02-000220-7 or 7-02-000220-7, typed or pasted.
            term.remove(QLatin1Char('-'));
        }
        if (term.size() == 10 && Isbn::isValid10(term.toUpper()))
            term = Isbn::to13(term.toUpper());
        QStringList hanRuns;
        QStringList words;
        scan(term, &hanRuns, &words);
        for (const QString &w : std::as_const(words))
            conditions << Condition{w, w, false};
        for (const QString &run : std::as_const(hanRuns)) {
            const QStringList chars = characters(run);
            if (chars.size() <= 2) {
                conditions << Condition{run, run, true};
                continue;
            }
            // Longer runs: two bigrams find the candidates, the text must hold the whole run.
            conditions << Condition{chars.at(0) + chars.at(1), run, true};
            conditions << Condition{chars.at(chars.size() - 2) + chars.last(), run, true};
        }
    }
    return conditions;
}

} // namespace SchoolSuite::CatalogSearchKeys
