#include "searchtokens_p.h"

#include "pinyin.h"

#include <QRegularExpression>

namespace SchoolSuite::SearchTokens {

namespace {

// Bounds that keep one long title or query from blowing up the index or the SQL.
constexpr int MaxVariants = 8;      // pinyin spellings of one suffix (polyphonic characters)
constexpr int MaxOtherReadings = 2; // other readings per character taken into the variants
constexpr int MaxVariantUnits = 8;  // names longer than this get their main reading only
constexpr int MaxTokenConditions = 8;

void add(QHash<QString, int> &tokens, const QString &token, int weight)
{
    if (token.isEmpty())
        return;
    auto it = tokens.find(token);
    if (it == tokens.end())
        tokens.insert(token, weight);
    else if (weight < it.value())
        it.value() = weight;
}

// Runs of letters and digits of an already normalized string.
QStringList words(const QString &normalized)
{
    QStringList result;
    QString word;
    for (const QChar c : normalized) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            result << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        result << word;
    return result;
}

void addHanGrams(QHash<QString, int> &tokens,
                 const QList<Pinyin::Unit> &units,
                 int startWeight,
                 int innerWeight)
{
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (!units.at(i).isHan())
            continue;
        const int weight = i == 0 ? startWeight : innerWeight;
        add(tokens, units.at(i).text, weight);
        if (i + 1 < units.size() && units.at(i + 1).isHan())
            add(tokens, units.at(i).text + units.at(i + 1).text, weight);
    }
}

// Every spelling of elements[start..]: each element lists its choices, main reading first,
// so the first variant is always the main reading.
QStringList variants(const QList<QStringList> &elements, qsizetype start)
{
    QStringList acc{QString()};
    for (qsizetype i = start; i < elements.size(); ++i) {
        QStringList next;
        for (const QString &prefix : std::as_const(acc)) {
            for (const QString &choice : elements.at(i)) {
                if (next.size() < MaxVariants)
                    next << prefix + choice;
            }
        }
        acc = next;
    }
    return acc;
}

void addName(QHash<QString, int> &tokens, const QString &name, bool personName)
{
    const QList<Pinyin::Unit> units = Pinyin::units(name, personName);
    addHanGrams(tokens, units, NameStart, NameInner);

    const bool withOthers = units.size() <= MaxVariantUnits;
    QList<QStringList> full;     // per unit: its spellings
    QList<QStringList> initials; // per unit: their first letters
    for (qsizetype i = 0; i < units.size(); ++i) {
        const Pinyin::Unit &u = units.at(i);
        if (u.isHan()) {
            QStringList spellings{QString(u.reading)};
            QStringList letters{QString(u.reading.front())};
            for (qsizetype k = 0; withOthers && k < u.others.size() && k < MaxOtherReadings; ++k) {
                spellings << QString(u.others.at(k));
                const QString letter(u.others.at(k).front());
                if (!letters.contains(letter))
                    letters << letter;
            }
            full << spellings;
            initials << letters;
            continue;
        }
        const QStringList w = words(normalize(u.text));
        for (qsizetype k = 0; k < w.size(); ++k)
            add(tokens, w.at(k), i == 0 && k == 0 ? NameStart : NameInner);
        if (!w.isEmpty()) {
            full << QStringList{w.join(QString())};
            initials << QStringList{w.front().left(1)};
        }
    }
    // Suffixes at syllable boundaries, so "zihan" and "zh" find 欧阳子涵 as well as "ouyang".
    for (qsizetype start = 0; start < full.size(); ++start) {
        const int weight = start == 0 ? NameStart : NameInner;
        const int otherWeight = start == 0 ? NameStartOther : NameInnerOther;
        const QStringList spellings = variants(full, start);
        for (qsizetype k = 0; k < spellings.size(); ++k)
            add(tokens, spellings.at(k), k == 0 ? weight : otherWeight);
        const QStringList letters = variants(initials, start);
        for (qsizetype k = 0; k < letters.size(); ++k)
            add(tokens, letters.at(k), k == 0 ? weight : otherWeight);
    }
}

void addText(QHash<QString, int> &tokens, const QString &text)
{
    const QList<Pinyin::Unit> units = Pinyin::units(text, false);
    addHanGrams(tokens, units, Text, Text);
    QStringList all;
    for (const Pinyin::Unit &u : units) {
        if (u.isHan())
            continue;
        for (const QString &word : words(normalize(u.text))) {
            add(tokens, word, Text);
            all << word;
        }
    }
    // "138-1234-5678" is also typed as "13812345678".
    if (all.size() > 1)
        add(tokens, all.join(QString()), Text);
}

// One whitespace-separated term of a query.
template<typename AddCondition>
void addTerm(const QString &term, AddCondition &&addCondition)
{
    const QList<Pinyin::Unit> units = Pinyin::units(term, false);
    for (qsizetype i = 0; i < units.size();) {
        if (!units.at(i).isHan()) {
            for (const QString &w : words(units.at(i).text))
                addCondition(Condition{w, true, {}});
            ++i;
            continue;
        }
        QStringList chars;
        for (; i < units.size() && units.at(i).isHan(); ++i)
            chars << units.at(i).text;
        const QString run = chars.join(QString());
        if (chars.size() <= 2) {
            addCondition(Condition{run, false, {}});
            continue;
        }
        // Longer runs: the first and last bigram narrow the candidates through the index,
        // the haystack check makes sure the characters stand together.
        addCondition(Condition{chars.at(0) + chars.at(1), false, run});
        addCondition(Condition{chars.at(chars.size() - 2) + chars.last(), false, {}});
    }
}

} // namespace

QString normalize(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toLower();
    s.replace(QChar(0x00FC), QLatin1Char('v')); // ü, as pinyin is typed
    return s;
}

QHash<QString, int> documentTokens(const SearchDocument &doc)
{
    QHash<QString, int> tokens;
    if (doc.names.isEmpty() && doc.texts.isEmpty()) {
        addName(tokens, doc.title, doc.personNames);
        return tokens;
    }
    for (const QString &name : doc.names)
        addName(tokens, name, doc.personNames);
    for (const QString &text : doc.texts)
        addText(tokens, text);
    return tokens;
}

QString haystack(const SearchDocument &doc)
{
    if (doc.names.isEmpty() && doc.texts.isEmpty())
        return normalize(doc.title);
    return normalize((doc.names + doc.texts).join(QLatin1Char('\n')));
}

QList<Condition> parseQuery(const QString &query)
{
    QList<Condition> conditions;
    int tokenConditions = 0;
    const auto addCondition = [&](Condition c) {
        // Past the limit a condition is only checked against the haystack, which is slower
        // to evaluate but still correct.
        if (!c.token.isEmpty() && ++tokenConditions > MaxTokenConditions) {
            if (c.contains.isEmpty())
                c.contains = c.token;
            c.token.clear();
            c.prefix = false;
        }
        conditions << c;
    };

    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList terms = normalize(query).split(space, Qt::SkipEmptyParts);
    for (const QString &term : terms)
        addTerm(term, addCondition);
    return conditions;
}

} // namespace SchoolSuite::SearchTokens
