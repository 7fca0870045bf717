#pragma once

#include "searchprovider.h"

#include <QHash>
#include <QList>
#include <QString>

// How documents and queries become tokens of the search index. Shared by indexing and search
// so that both sides cut text the same way.
namespace SchoolSuite::SearchTokens {

// Token weights: lower ranks first. "Other" tokens spell a name with another reading of a
// polyphonic character (丁 as zheng), so a main reading always ranks above them.
enum Weight {
    NameStart = 0,      // starts at the first character of a name (张, 张三, zhangsan, zs)
    NameStartOther = 1, // same, with another reading
    NameInner = 2,      // starts inside a name (三, san, s)
    NameInnerOther = 3, // same, with another reading
    Text = 4,           // from texts
};

// NFKC (full-width letters become ASCII), lowercase, ü as v: what both sides compare.
QString normalize(const QString &text);

// token -> lowest weight
QHash<QString, int> documentTokens(const SearchDocument &doc);
// Lowercased names and texts, one per line: checked for Han runs longer than a bigram.
QString haystack(const SearchDocument &doc);

// One condition of a query; all conditions of a query must hold (AND).
struct Condition
{
    QString token; // exact token, or prefix when prefix is set
    bool prefix = false;
    QString contains; // when set, the document's haystack must contain it too
};

// Splits a query on whitespace and punctuation into conditions. Han runs become their
// unigram/bigrams (exact), words of letters and digits become prefixes. Characters with a
// meaning in SQL or FTS syntax are separators and nothing else.
QList<Condition> parseQuery(const QString &query);

} // namespace SchoolSuite::SearchTokens
