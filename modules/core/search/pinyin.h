#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

namespace SchoolSuite {

// Pinyin of Chinese text, from the table generated at build time out of Unicode's Unihan data
// (kMandarin). Readings are toneless lowercase ASCII with ü written as v ("lv"), as people type
// them. The person-name variants read a leading surname the way surnames are read (曾 zeng,
// 单 shan, 欧阳 ouyang) instead of the character's everyday reading.
//
// All functions are thread-safe and cheap enough to run per keystroke and inside sort proxies.
class Pinyin
{
public:
    // One unit of text: a Han character with its readings, or a run of other non-space
    // characters (a Latin word, a number) kept as written.
    struct Unit
    {
        QString text;                // as written
        QLatin1String reading;       // main reading; empty for units that are not Han
        QList<QLatin1String> others; // other readings of a polyphonic character (for search)
        bool isHan() const { return !reading.isEmpty(); }
    };

    static bool isHan(char32_t c);
    // The main reading of c, empty when c has none (not a Han character).
    static QLatin1String reading(char32_t c);
    // All readings of c, main first.
    static QList<QLatin1String> readings(char32_t c);

    // Han characters one unit each; whitespace separates the other units and is dropped.
    static QList<Unit> units(const QString &text, bool personName = false);

    // "张三 Tom" -> {"zhang", "san", "Tom"}
    static QStringList syllables(const QString &text);
    static QStringList nameSyllables(const QString &name);

    // Readings run together, other letters and digits lowercased: "张三2" -> "zhangsan2".
    static QString full(const QString &text);
    static QString nameFull(const QString &name);

    // First letter of every reading; a Latin word gives its first letter, a number stays whole:
    // "张三" -> "zs", "三年级2班" -> "snj2b".
    static QString initials(const QString &text);
    static QString nameInitials(const QString &name);

    // Number of characters of the surname that the name rule recognises at the start of name:
    // 2 for a compound surname (欧阳) when a given name follows, 1 for a Han first character,
    // 0 otherwise.
    static int surnameLength(const QString &name);

    // A key whose plain string order is pinyin order, syllable by syllable, then character
    // order for names that read alike: 张三 < 赵六, 曾 sorts as zeng. Compare keys with
    // QString::compare (or SQLite's BINARY collation).
    static QString sortKey(const QString &name, bool isPersonName = true);
};

} // namespace SchoolSuite
