#include "librarysearch.h"

#include "core/search/searchprovider.h"
#include "core/store/database.h"
#include "isbn.h"

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
        const std::optional<QVariantList> row = m_query.row(db, id);
        if (!row)
            return std::nullopt;
        const QVariantList &v = *row;
        SearchDocument d;
        d.module = QStringLiteral("library");
        d.kind = QStringLiteral("title");
        d.id = id;
        d.title = v.at(0).toString();
        const QString responsibility = v.at(1).toString();
        const QString isbn = v.at(2).toString();
        const QString callNo = v.at(4).isNull() ? v.at(3).toString() : v.at(4).toString();
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
    mutable DocumentQuery m_query{
        QStringLiteral("SELECT t.title, t.responsibility, t.isbn, t.clc, (SELECT c.call_no "
                       "FROM library_copies c WHERE c.title_id = t.id AND c.deleted = 0 "
                       "ORDER BY c.seq LIMIT 1) FROM library_titles t "
                       "WHERE t.id = ? AND t.deleted = 0")};
};

} // namespace

QList<std::shared_ptr<SearchProvider>> LibrarySearch::providers()
{
    return {std::make_shared<TitleProvider>()};
}

} // namespace SchoolSuite
