#include "pinyin.h"

#include "pinyintable_p.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace SchoolSuite {

namespace {

// Surnames whose reading differs from the character's everyday reading, or that decide where
// the surname ends. Domain knowledge, not in Unihan: written by hand.
struct CompoundSurname
{
    const char16_t *text;
    const char *first;
    const char *second;
};

const CompoundSurname compoundSurnames[] = {
    {u"欧阳", "ou", "yang"},    {u"尉迟", "yu", "chi"},     {u"长孙", "zhang", "sun"},
    {u"万俟", "mo", "qi"},      {u"司马", "si", "ma"},      {u"诸葛", "zhu", "ge"},
    {u"上官", "shang", "guan"}, {u"令狐", "ling", "hu"},    {u"皇甫", "huang", "fu"},
    {u"澹台", "tan", "tai"},    {u"司徒", "si", "tu"},      {u"司空", "si", "kong"},
    {u"东方", "dong", "fang"},  {u"夏侯", "xia", "hou"},    {u"宇文", "yu", "wen"},
    {u"慕容", "mu", "rong"},    {u"公孙", "gong", "sun"},   {u"轩辕", "xuan", "yuan"},
    {u"端木", "duan", "mu"},    {u"独孤", "du", "gu"},      {u"南宫", "nan", "gong"},
    {u"西门", "xi", "men"},     {u"闻人", "wen", "ren"},    {u"呼延", "hu", "yan"},
    {u"申屠", "shen", "tu"},    {u"太史", "tai", "shi"},    {u"百里", "bai", "li"},
    {u"钟离", "zhong", "li"},   {u"单于", "chan", "yu"},    {u"赫连", "he", "lian"},
    {u"公冶", "gong", "ye"},    {u"宗政", "zong", "zheng"}, {u"濮阳", "pu", "yang"},
    {u"淳于", "chun", "yu"},    {u"拓跋", "tuo", "ba"},     {u"第五", "di", "wu"},
    {u"左丘", "zuo", "qiu"},    {u"东郭", "dong", "guo"},   {u"谷梁", "gu", "liang"},
    {u"梁丘", "liang", "qiu"},  {u"羊舌", "yang", "she"},   {u"微生", "wei", "sheng"},
    {u"公羊", "gong", "yang"},  {u"乐正", "yue", "zheng"},  {u"仲孙", "zhong", "sun"},
    {u"叔孙", "shu", "sun"},    {u"亓官", "qi", "guan"},    {u"司寇", "si", "kou"},
    {u"巫马", "wu", "ma"},      {u"公西", "gong", "xi"},    {u"漆雕", "qi", "diao"},
    {u"壤驷", "rang", "si"},    {u"夹谷", "jia", "gu"},     {u"宰父", "zai", "fu"},
    {u"段干", "duan", "gan"},   {u"颛孙", "zhuan", "sun"},  {u"鲜于", "xian", "yu"},
    {u"闾丘", "lv", "qiu"},     {u"子车", "zi", "ju"},      {u"公良", "gong", "liang"},
    {u"东门", "dong", "men"},   {u"南门", "nan", "men"},    {u"归海", "gui", "hai"},
};

struct SingleSurname
{
    char16_t c;
    const char *reading;
};

const SingleSurname singleSurnames[] = {
    {u'单', "shan"},  {u'曾', "zeng"},  {u'解', "xie"},   {u'仇', "qiu"},   {u'朴', "piao"},
    {u'区', "ou"},    {u'查', "zha"},   {u'乐', "yue"},   {u'覃', "qin"},   {u'翟', "zhai"},
    {u'盖', "ge"},    {u'缪', "miao"},  {u'繁', "po"},    {u'召', "shao"},  {u'种', "chong"},
    {u'蕃', "pi"},    {u'那', "na"},    {u'燕', "yan"},   {u'员', "yun"},   {u'宿', "su"},
    {u'秘', "bi"},    {u'隗', "wei"},   {u'句', "gou"},   {u'折', "she"},   {u'阚', "kan"},
    {u'过', "guo"},   {u'华', "hua"},   {u'任', "ren"},   {u'沈', "shen"},  {u'石', "shi"},
    {u'盛', "sheng"}, {u'车', "che"},   {u'卜', "bu"},    {u'薄', "bo"},    {u'祭', "zhai"},
    {u'于', "yu"},    {u'长', "chang"}, {u'尉', "wei"},   {u'重', "chong"}, {u'朝', "chao"},
    {u'行', "xing"},  {u'柏', "bai"},   {u'瞿', "qu"},    {u'谌', "chen"},  {u'藏', "zang"},
    {u'莘', "shen"},  {u'曲', "qu"},    {u'率', "shuai"}, {u'褚', "chu"},   {u'粘', "nian"},
    {u'能', "nai"},   {u'黑', "he"},    {u'都', "du"},    {u'佴', "nai"},   {u'眭', "sui"},
    {u'六', "lu"},    {u'角', "jue"},   {u'阿', "a"},     {u'贲', "ben"},   {u'郇', "xun"},
    {u'逄', "pang"},  {u'訾', "zi"},    {u'厍', "she"},   {u'蔚', "yu"},    {u'相', "xiang"},
    {u'鲜', "xian"},  {u'亓', "qi"},    {u'冯', "feng"},  {u'洗', "xian"},  {u'叶', "ye"},
    {u'应', "ying"},  {u'宁', "ning"},  {u'纪', "ji"},    {u'强', "qiang"}, {u'莫', "mo"},
};

const QHash<char32_t, QLatin1String> &singleSurnameTable()
{
    static const QHash<char32_t, QLatin1String> table = [] {
        QHash<char32_t, QLatin1String> t;
        for (const SingleSurname &s : singleSurnames)
            t.insert(s.c, QLatin1String(s.reading));
        return t;
    }();
    return table;
}

quint64 pairKey(char32_t a, char32_t b)
{
    return (quint64(a) << 32) | b;
}

const QHash<quint64, const CompoundSurname *> &compoundSurnameTable()
{
    static const QHash<quint64, const CompoundSurname *> table = [] {
        QHash<quint64, const CompoundSurname *> t;
        for (const CompoundSurname &s : compoundSurnames)
            t.insert(pairKey(s.text[0], s.text[1]), &s);
        return t;
    }();
    return table;
}

quint16 mainSyllable(char32_t c)
{
    using namespace PinyinTable;
    if (c >= denseFirst && c <= denseLast)
        return dense[c - denseFirst];
    const Entry *end = sparse + sparseCount;
    const Entry *it = std::lower_bound(
        sparse, end, c, [](const Entry &e, char32_t v) { return e.codePoint < v; });
    return it != end && it->codePoint == c ? it->syllable : 0;
}

QList<QLatin1String> otherReadings(char32_t c)
{
    using namespace PinyinTable;
    const Alternate *end = alternates + alternateCount;
    const Alternate *it = std::lower_bound(
        alternates, end, c, [](const Alternate &a, char32_t v) { return a.codePoint < v; });
    QList<QLatin1String> result;
    if (it == end || it->codePoint != c)
        return result;
    for (int i = 0; i < it->count; ++i)
        result << QLatin1String(syllables[alternateSyllables[it->first + i]]);
    return result;
}

bool isLetterOrDigit(QStringView s)
{
    return !s.isEmpty() && s.front().isLetterOrNumber();
}

// A unit without allocations: views into the text. Sorting and spelling use these directly.
struct LiteUnit
{
    QStringView text;
    char32_t codePoint = 0; // of a Han unit
    QLatin1String reading;  // empty for units that are not Han
};
using LiteUnits = QVarLengthArray<LiteUnit, 16>;

// Han characters one unit each, runs of other non-space characters one unit each. For a
// person's name the leading surname gets its surname reading.
LiteUnits liteUnits(QStringView text, bool personName)
{
    LiteUnits result;
    qsizetype wordStart = -1;
    const auto flushWord = [&](qsizetype end) {
        if (wordStart >= 0)
            result.append(LiteUnit{text.mid(wordStart, end - wordStart), 0, {}});
        wordStart = -1;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        char32_t c = text.at(i).unicode();
        qsizetype len = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            len = 2;
        }
        if (const quint16 main = mainSyllable(c)) {
            flushWord(i);
            result.append(
                LiteUnit{text.mid(i, len), c, QLatin1String(PinyinTable::syllables[main])});
        } else if (QChar::isSpace(c)) {
            flushWord(i);
        } else if (wordStart < 0) {
            wordStart = i;
        }
        i += len;
    }
    flushWord(n);

    if (personName && !result.isEmpty() && !result.front().reading.isEmpty()) {
        const auto &compounds = compoundSurnameTable();
        const auto it
            = result.size() >= 3 && !result.at(1).reading.isEmpty()
                  ? compounds.constFind(pairKey(result.at(0).codePoint, result.at(1).codePoint))
                  : compounds.cend();
        if (it != compounds.cend()) {
            result[0].reading = QLatin1String(it.value()->first);
            result[1].reading = QLatin1String(it.value()->second);
        } else {
            const auto &singles = singleSurnameTable();
            const auto s = singles.constFind(result.at(0).codePoint);
            if (s != singles.cend())
                result[0].reading = s.value();
        }
    }
    return result;
}

} // namespace

bool Pinyin::isHan(char32_t c)
{
    return mainSyllable(c) != 0;
}

QLatin1String Pinyin::reading(char32_t c)
{
    return QLatin1String(PinyinTable::syllables[mainSyllable(c)]);
}

QList<QLatin1String> Pinyin::readings(char32_t c)
{
    const quint16 main = mainSyllable(c);
    if (main == 0)
        return {};
    QList<QLatin1String> result = otherReadings(c);
    result.prepend(QLatin1String(PinyinTable::syllables[main]));
    return result;
}

QList<Pinyin::Unit> Pinyin::units(const QString &text, bool personName)
{
    const LiteUnits lite = liteUnits(text, personName);
    QList<Unit> result;
    result.reserve(lite.size());
    for (const LiteUnit &l : lite) {
        Unit u{l.text.toString(), l.reading, {}};
        if (!l.reading.isEmpty()) {
            // The everyday reading of a surname stays findable: 曾 is also typed as ceng.
            u.others = otherReadings(l.codePoint);
            const QLatin1String main(PinyinTable::syllables[mainSyllable(l.codePoint)]);
            if (main != l.reading) {
                u.others.removeAll(l.reading);
                u.others.prepend(main);
            }
        }
        result << u;
    }
    return result;
}

int Pinyin::surnameLength(const QString &name)
{
    const LiteUnits u = liteUnits(name, false);
    if (u.isEmpty() || u.front().reading.isEmpty())
        return 0;
    if (u.size() >= 3 && !u.at(1).reading.isEmpty()
        && compoundSurnameTable().contains(pairKey(u.at(0).codePoint, u.at(1).codePoint)))
        return 2;
    return 1;
}

static QStringList syllablesOf(const LiteUnits &units)
{
    QStringList result;
    result.reserve(units.size());
    for (const LiteUnit &u : units)
        result << (u.reading.isEmpty() ? u.text.toString() : QString(u.reading));
    return result;
}

static QString fullOf(const LiteUnits &units)
{
    QString result;
    for (const LiteUnit &u : units) {
        if (!u.reading.isEmpty()) {
            result += u.reading;
            continue;
        }
        for (const QChar c : u.text) {
            if (c.isLetterOrNumber())
                result += c.toLower();
        }
    }
    return result;
}

static QString initialsOf(const LiteUnits &units)
{
    QString result;
    for (const LiteUnit &u : units) {
        if (!u.reading.isEmpty()) {
            result += QLatin1Char(u.reading.front());
            continue;
        }
        // A number stays whole ("2班" -> "2b"); a word gives its first letter.
        bool inWord = false;
        for (const QChar c : u.text) {
            if (c.isDigit()) {
                result += c;
                inWord = false;
            } else if (c.isLetter()) {
                if (!inWord)
                    result += c.toLower();
                inWord = true;
            } else {
                inWord = false;
            }
        }
    }
    return result;
}

QStringList Pinyin::syllables(const QString &text)
{
    return syllablesOf(liteUnits(text, false));
}

QStringList Pinyin::nameSyllables(const QString &name)
{
    return syllablesOf(liteUnits(name, true));
}

QString Pinyin::full(const QString &text)
{
    return fullOf(liteUnits(text, false));
}

QString Pinyin::nameFull(const QString &name)
{
    return fullOf(liteUnits(name, true));
}

QString Pinyin::initials(const QString &text)
{
    return initialsOf(liteUnits(text, false));
}

QString Pinyin::nameInitials(const QString &name)
{
    return initialsOf(liteUnits(name, true));
}

QString Pinyin::sortKey(const QString &name, bool isPersonName)
{
    // Syllables are separated by ' ' and the pinyin part ends with '\t': both sort before every
    // letter, so "xi an" (西安) < "xian" (先) and 张三 < 张三丰, as in a dictionary. The name
    // itself follows, to order names that read alike by character.
    const LiteUnits units = liteUnits(name, isPersonName);
    QString key;
    key.reserve(name.size() * 7 + 1);
    for (const LiteUnit &unit : units) {
        if (!key.isEmpty())
            key += QLatin1Char(' ');
        if (!unit.reading.isEmpty())
            key += unit.reading;
        else if (isLetterOrDigit(unit.text))
            key += unit.text.toString().toLower();
        else
            key += unit.text;
    }
    key += QLatin1Char('\t');
    key += name;
    return key;
}

} // namespace SchoolSuite
