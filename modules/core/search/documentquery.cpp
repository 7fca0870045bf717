#include "core/error.h"
#include "core/store/database.h"
#include "searchprovider.h"

#include <QSqlRecord>

namespace SchoolSuite {

DocumentQuery::DocumentQuery(QString sql)
    : m_sql(std::move(sql))
{}

std::optional<QVariantList> DocumentQuery::row(const QSqlDatabase &db, const QString &id)
{
    if (!m_query || m_connection != db.connectionName()) {
        m_query.reset();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(m_sql))
            Database::execOn(db, m_sql, {id}); // throws Error naming what is wrong
        m_query = q;
        m_connection = db.connectionName();
    }
    QSqlQuery &q = *m_query;
    q.bindValue(0, id);
    if (!q.exec())
        Database::execOn(db, m_sql, {id}); // throws Error naming what is wrong
    std::optional<QVariantList> values;
    if (q.next()) {
        values.emplace();
        const int n = q.record().count();
        for (int i = 0; i < n; ++i)
            values->append(q.value(i));
    }
    q.finish(); // no statement left open between documents
    return values;
}

} // namespace SchoolSuite
