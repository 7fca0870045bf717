#include "librarysearch.h"

#include "core/search/searchprovider.h"
#include "core/store/database.h"
#include "isbn.h"

#include <QScopeGuard>
#include <QSqlQuery>

#include <optional>

namespace SchoolSuite {

namespace {

// Titles by their title, responsibility (an author's name by pinyin too), ISBN-13 and ISBN-10,
// and the call number of their copies; the hit shows the responsibility and the call number.
class TitleProvider : public SearchProvider
{
public:
    QString table() const override { return QStringLiteral("library_titles"); }
    QStringList allIds(const QSqlDatabase &db) const override
    {
        QStringList list;
        QSqlQuery q = Database::execOn(
            db, QStringLiteral("SELECT id FROM library_titles WHERE deleted = 0"));
        while (q.next())
            list << q.value(0).toString();
        return list;
    }
    std::optional<SearchDocument> document(const QSqlDatabase &db, const QString &id) const override
    {
        // Prepared once per connection: an import's backlog asks for 100,000 documents.
        if (!m_query || m_connection != db.connectionName()) {
            m_connection = db.connectionName();
            m_query.emplace(db);
            m_query->setForwardOnly(true);
            if (!m_query->prepare(documentSql()))
                Database::execOn(db, documentSql(), {id}); // throws, naming the error
        }
        QSqlQuery &q = *m_query;
        q.bindValue(0, id);
        if (!q.exec())
            Database::execOn(db, documentSql(), {id}); // throws, naming the error
        const auto done = qScopeGuard([&q] { q.finish(); });
        if (!q.next())
            return std::nullopt;
        SearchDocument d;
        d.module = QStringLiteral("library");
        d.kind = QStringLiteral("title");
        d.id = id;
        d.title = q.value(0).toString();
        const QString responsibility = q.value(1).toString();
        const QString isbn = q.value(2).toString();
        const QString callNo = q.value(4).isNull() ? q.value(3).toString() : q.value(4).toString();
        QStringList sub{responsibility, callNo};
        sub.removeAll(QString());
        d.subtitle = sub.join(QStringLiteral(" · "));
        d.names = {d.title};
        d.texts = {responsibility, isbn, Isbn::to10(isbn), callNo};
        d.texts.removeAll(QString());
        d.personNames = false;
        return d;
    }

private:
    static QString documentSql()
    {
        return QStringLiteral("SELECT t.title, t.responsibility, t.isbn, t.clc, (SELECT c.call_no "
                              "FROM library_copies c WHERE c.title_id = t.id AND c.deleted = 0 "
                              "ORDER BY c.seq LIMIT 1) FROM library_titles t "
                              "WHERE t.id = ? AND t.deleted = 0");
    }

    mutable std::optional<QSqlQuery> m_query;
    mutable QString m_connection;
};

} // namespace

QList<std::shared_ptr<SearchProvider>> LibrarySearch::providers()
{
    return {std::make_shared<TitleProvider>()};
}

} // namespace SchoolSuite
