#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace SchoolSuite {

class Database;

// The catalog tab's search over every title (migration library/0004): by title, responsibility,
// publisher, series and subjects (one or two Chinese characters, or longer runs), pinyin of the
// title and the responsibility from any syllable (full or initials: "kexue", "kx"), words of
// letters and digits by prefix, the ISBN in any form (ISBN-10 or -13, with or without hyphens),
// the class and call number, and the copies' barcodes. Whitespace-separated terms must all
// match. Hits come in the order of the titles' pinyin (exact to the first ten letters of the
// reading, in order of cataloguing after that).
//
// Built for a keystroke over 200,000 titles: a term that matches few titles is looked up in
// library_search_key; when every term matches many, the titles are read in order and the first
// page is there after a few thousand rows.
class CatalogSearch
{
public:
    explicit CatalogSearch(Database &db);

    // Brings the index up to date from library_search_dirty (filled by triggers on titles and
    // copies); a large backlog (an import) rebuilds it in one sorted pass. Returns the number of
    // titles handled. Runs in its own transaction on the write connection.
    int update();
    void rebuild();
    // Whether update() would rebuild the index for titles more titles to index: a writer of
    // that many (CatalogWriter) asks for the rebuild (requestRebuild(), inside its transaction)
    // rather than queue every one of them.
    static bool rebuildsFor(const QSqlDatabase &db, qint64 titles);
    static void requestRebuild(Database &db);

    struct Hits
    {
        QStringList titleIds; // in order
        // Every match is in titleIds (exact count); otherwise there are more after the last.
        bool complete = true;
        qint64 lastRank = -1; // where the next page starts when not complete
    };
    // Up to limit hits after afterRank (the lastRank of the previous page; -1 from the start).
    // A term that matches few titles yields all of them at once, whatever the limit.
    static Hits search(const QSqlDatabase &db,
                       const QString &query,
                       int limit,
                       qint64 afterRank = -1);
    // Every match, ordered by orderBy: an SQL expression over the titles row "t" (columns of
    // library_titles) and the index row "d" (d.rank: title order), then by title. Reads every
    // match: for a click on a column header, not for a keystroke.
    static QStringList searchSorted(const QSqlDatabase &db,
                                    const QString &query,
                                    const QString &orderBy,
                                    bool descending);
    // How many titles the index holds.
    static int count(const QSqlDatabase &db);

    // The query as it is matched (for tests and the tab's tooltip): an ISBN typed with hyphens
    // or as ISBN-10 becomes the ISBN-13 digits.
    static QString normalizedQuery(const QString &query);

    // The index's view of one title, as update() computes it (exposed for tests and the bench).
    struct Entry
    {
        QStringList keys;  // prefix-searchable, normalized
        QStringList texts; // Chinese text fields, normalized
        QString sortKey;   // Pinyin::sortKey of the title
    };
    static Entry entry(const QSqlDatabase &db, const QString &titleId, bool *exists);
    static qint64 rankBase(const QString &sortKey);

private:
    Database &m_db;
};

} // namespace SchoolSuite
