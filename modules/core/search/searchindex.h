#pragma once

#include "searchprovider.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace SchoolSuite {

class Database;

// The search behind Ctrl+K: finds rows of every module by one or two Han characters, full
// pinyin, pinyin initials and prefixes of numbers, ranked and sorted by pinyin.
//
// The index lives in the store (tables of migration core/0004) and is brought up to date from
// search_dirty, which the synced tables' triggers fill. update() and rebuild() write through
// the Database's write connection; search() reads through any connection, so a worker thread
// can search on its Database::readConnection().
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);

    // One provider per synced table; a later provider for the same table replaces the earlier.
    void addProvider(std::shared_ptr<SearchProvider> provider);

    // Re-indexes the rows listed in search_dirty and clears them; returns how many rows were
    // handled. Rows of tables without a provider are dropped from search_dirty. Rebuilds
    // everything instead when the index was never built or was built by a program that cut
    // tokens differently.
    int update();
    // Indexes every row of every provider from scratch.
    void rebuild();

    // Whitespace-separated terms all have to match. Exact title matches come first, then hits
    // that match at the start of a name, then the others; ties in pinyin order of the name.
    // Never throws for odd input: quotes, *, -, parentheses, OR, NEAR are plain text.
    QList<SearchHit> search(const QString &query, int limit = 20) const;
    static QList<SearchHit> search(const QSqlDatabase &db, const QString &query, int limit);

private:
    bool isCurrent() const;

    Database &m_db;
    QHash<QString, std::shared_ptr<SearchProvider>> m_providers;
};

} // namespace SchoolSuite
