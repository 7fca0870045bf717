#pragma once

#include <QtGlobal>

// The pinyin table generated at build time by tools/pinyingen from Unicode's Unihan data.
// Only SchoolSuite::Pinyin reads it.
namespace SchoolSuite::PinyinTable {

struct Entry
{
    char32_t codePoint;
    quint16 syllable;
};

// Readings other than the main one: alternateSyllables[first .. first + count).
struct Alternate
{
    char32_t codePoint;
    quint16 first;
    quint16 count;
};

// Toneless, lowercase ASCII, ü as v, in alphabetical order; syllables[0] is "" (no reading).
extern const char *const syllables[];
extern const int syllableCount;

// Main (kMandarin) reading of denseFirst..denseLast, indexed by code point - denseFirst.
extern const char32_t denseFirst;
extern const char32_t denseLast;
extern const quint16 dense[];

// Main reading of the other code points, sorted by code point.
extern const Entry sparse[];
extern const int sparseCount;

extern const Alternate alternates[];
extern const int alternateCount;
extern const quint16 alternateSyllables[];

} // namespace SchoolSuite::PinyinTable
