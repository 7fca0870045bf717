#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace SchoolSuite {

// What the search index stores for one row of a synced table.
struct SearchDocument
{
    QString module;   // module id, e.g. "people"
    QString kind;     // what the row is within the module, e.g. "student"
    QString id;       // the row's id, handed back in hits
    QString title;    // shown as the hit's first line; an exact match of it ranks first
    QString subtitle; // shown as the second line
    // Names and title-like strings: found by one or two Han characters, by full pinyin from
    // any syllable on (ouyang, zihan), by initials (oyzh, zh). The first entry also gives the
    // hits' sort order; person names get the surname reading (曾 zeng, 欧阳 ouyang).
    QStringList names;
    // Other strings (student number, phone, class name): one or two Han characters, and words
    // of letters and digits by prefix (G3201 finds G320102201001011234).
    QStringList texts;
    // Whether names are people's names (surname rule). Titles of books are not.
    bool personNames = true;
};

struct SearchHit
{
    QString module;
    QString kind;
    QString id;
    QString title;
    QString subtitle;
};

// A module's view of one synced table for the search index. Implementations are called on the
// thread that owns the SearchIndex's write connection.
class SearchProvider
{
public:
    virtual ~SearchProvider() = default;

    // The synced table this provider indexes; search_dirty rows name it in tbl.
    virtual QString table() const = 0;
    virtual QStringList allIds(const QSqlDatabase &db) const = 0;
    // The document of row id, or nullopt when the row is deleted (tombstone) or gone.
    virtual std::optional<SearchDocument> document(const QSqlDatabase &db,
                                                   const QString &id) const = 0;
};

// A provider's query for one row (bound to its id), prepared once per connection: the backlog
// of an import asks for thousands of documents. Used on the index's write thread only.
class DocumentQuery
{
public:
    explicit DocumentQuery(QString sql);
    // The first row's values, or nullopt when there is none. Throws Error.
    std::optional<QVariantList> row(const QSqlDatabase &db, const QString &id);

private:
    QString m_sql;
    std::optional<QSqlQuery> m_query;
    QString m_connection;
};

} // namespace SchoolSuite
