// pinyingen: turns Unicode's Unihan_Readings.txt into the compact pinyin table that
// SchoolSuite::Pinyin looks characters up in. It runs at build time so the table always comes
// from the published data set (kMandarin for the main reading; kTGHZ2013, kXHC1983 and
// kHanyuPinlu for the other modern readings of polyphonic characters) and never drifts from it.
//
// usage: pinyingen <Unihan_Readings.txt> <output.cpp>

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMap>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace {

// The dense table covers CJK Extension A and the URO; other code points go to a sorted list.
constexpr char32_t DenseFirst = 0x3400;
constexpr char32_t DenseLast = 0x9FFF;
constexpr int MaxAlternates = 3;

// Toneless lowercase ASCII: tone marks dropped, ü written as v. Empty when it is not pinyin.
QByteArray toneless(const QString &reading)
{
    const QString decomposed = reading.normalized(QString::NormalizationForm_D);
    QByteArray out;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const char16_t c = decomposed.at(i).unicode();
        if (c == 0x0308) { // combining diaeresis: u + ¨ is ü
            if (out.endsWith('u'))
                out.back() = 'v';
            continue;
        }
        if (c >= 0x0300 && c <= 0x036F)
            continue;
        if (c >= u'A' && c <= u'Z')
            out += char(c - u'A' + 'a');
        else if (c >= u'a' && c <= u'z')
            out += char(c);
        else
            return {};
    }
    return out;
}

// "0117.100:chán 0207.100:dān" and "21521.030:zēng,céng" -> readings in order.
QStringList dictionaryReadings(const QString &value)
{
    QStringList readings;
    const QStringList entries = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        const QString list = colon >= 0 ? entry.mid(colon + 1) : entry;
        for (QString r : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype paren = r.indexOf(QLatin1Char('(')); // kHanyuPinlu "dān(603)"
            if (paren >= 0)
                r.truncate(paren);
            readings << r;
        }
    }
    return readings;
}

struct Readings
{
    QByteArray primary;
    QList<QByteArray> others;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: pinyingen <Unihan_Readings.txt> <output.cpp>\n");
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "pinyingen: cannot read %s\n", argv[1]);
        return 1;
    }

    QMap<char32_t, Readings> chars;
    QByteArray version;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (line.startsWith("# Unihan_Readings.txt") || line.startsWith("# Date:"))
            version += line.mid(2) + ' ';
        if (!line.startsWith("U+"))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 3)
            continue;
        bool ok = false;
        const char32_t cp = fields[0].mid(2).toUInt(&ok, 16);
        if (!ok)
            continue;
        const QByteArray &field = fields[1];
        const QString value = QString::fromUtf8(fields[2]);
        if (field == "kMandarin") {
            // The first value is the customary reading (zh-CN first when two are given).
            chars[cp].primary = toneless(value.section(QLatin1Char(' '), 0, 0));
        } else if (field == "kTGHZ2013" || field == "kXHC1983" || field == "kHanyuPinlu") {
            Readings &r = chars[cp];
            for (const QString &reading : dictionaryReadings(value)) {
                const QByteArray t = toneless(reading);
                if (!t.isEmpty() && !r.others.contains(t))
                    r.others << t;
            }
        }
    }

    // Syllables sorted, so that index order is alphabetical order; index 0 means "no reading".
    QMap<QByteArray, int> syllableIndex;
    for (auto it = chars.begin(); it != chars.end();) {
        Readings &r = it.value();
        if (r.primary.isEmpty()) {
            it = chars.erase(it); // only dictionary readings: not a character kMandarin covers
            continue;
        }
        r.others.removeAll(r.primary);
        if (r.others.size() > MaxAlternates)
            r.others.resize(MaxAlternates);
        syllableIndex.insert(r.primary, 0);
        for (const QByteArray &s : std::as_const(r.others))
            syllableIndex.insert(s, 0);
        ++it;
    }
    int next = 1;
    for (auto it = syllableIndex.begin(); it != syllableIndex.end(); ++it)
        it.value() = next++;

    QSaveFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "pinyingen: cannot write %s\n", argv[2]);
        return 1;
    }
    QTextStream s(&out);
    s << "// Generated by tools/pinyingen from " << version.trimmed() << "\n"
      << "// Do not edit: change the generator or the data set instead.\n"
      << "#include \"core/search/pinyintable_p.h\"\n\n"
      << "namespace SchoolSuite::PinyinTable {\n\n";

    s << "const char *const syllables[] = {\"\"";
    for (auto it = syllableIndex.cbegin(); it != syllableIndex.cend(); ++it)
        s << (it.value() % 12 == 0 ? ",\n    \"" : ", \"") << it.key() << '"';
    s << "};\nconst int syllableCount = " << next << ";\n\n";

    s << "const char32_t denseFirst = 0x" << Qt::hex << quint32(DenseFirst) << ";\n"
      << "const char32_t denseLast = 0x" << quint32(DenseLast) << Qt::dec << ";\n"
      << "const quint16 dense[] = {";
    for (char32_t cp = DenseFirst; cp <= DenseLast; ++cp) {
        const auto it = chars.constFind(cp);
        s << ((cp - DenseFirst) % 20 == 0 ? "\n    " : "")
          << (it == chars.cend() ? 0 : syllableIndex.value(it->primary)) << ',';
    }
    s << "\n};\n\n";

    s << "const Entry sparse[] = {";
    int sparseCount = 0;
    for (auto it = chars.cbegin(); it != chars.cend(); ++it) {
        if (it.key() >= DenseFirst && it.key() <= DenseLast)
            continue;
        s << (sparseCount++ % 8 == 0 ? "\n    " : " ") << "{0x" << Qt::hex << quint32(it.key())
          << Qt::dec << ", " << syllableIndex.value(it->primary) << "},";
    }
    s << "\n};\nconst int sparseCount = " << sparseCount << ";\n\n";

    // Other readings: sorted code points, each pointing into one flat list of syllables.
    QList<int> flat;
    s << "const Alternate alternates[] = {";
    int alternateCount = 0;
    for (auto it = chars.cbegin(); it != chars.cend(); ++it) {
        if (it->others.isEmpty())
            continue;
        s << (alternateCount++ % 6 == 0 ? "\n    " : " ") << "{0x" << Qt::hex << quint32(it.key())
          << Qt::dec << ", " << flat.size() << ", " << it->others.size() << "},";
        for (const QByteArray &o : it->others)
            flat << syllableIndex.value(o);
    }
    s << "\n};\nconst int alternateCount = " << alternateCount << ";\n"
      << "const quint16 alternateSyllables[] = {";
    for (qsizetype i = 0; i < flat.size(); ++i)
        s << (i % 20 == 0 ? "\n    " : "") << flat[i] << ',';
    s << "\n};\n\n} // namespace SchoolSuite::PinyinTable\n";
    s.flush();
    if (!out.commit()) {
        std::fprintf(stderr, "pinyingen: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
