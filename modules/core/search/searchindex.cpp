#include "searchindex.h"

#include "core/error.h"
#include "core/store/database.h"
#include "pinyin.h"
#include "searchtokens_p.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace SchoolSuite {

namespace {

// Raise when documentTokens() or parseQuery() cut text differently: stores rebuild then.
const QString IndexVersion = QStringLiteral("1");

// NOT NULL columns: a provider that leaves a field unset means "empty".
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString titleKey(const QString &text)
{
    return SearchTokens::normalize(text).simplified();
}

// Prepared statements reused for every row of one update or rebuild.
class IndexWriter
{
public:
    explicit IndexWriter(const QSqlDatabase &db)
        : m_findDoc(prepare(db, "SELECT doc FROM search_doc WHERE tbl = ? AND row_id = ?"))
        , m_deleteTokens(prepare(db, "DELETE FROM search_token WHERE doc = ?"))
        , m_deleteDoc(prepare(db, "DELETE FROM search_doc WHERE doc = ?"))
        , m_insertDoc(prepare(db,
                              "INSERT INTO search_doc (tbl, row_id, module, kind, id, title, "
                              "subtitle, title_key, sort_key, haystack) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        , m_insertToken(
              prepare(db, "INSERT INTO search_token (token, doc, weight) VALUES (?, ?, ?)"))
        , m_clearDirty(prepare(db, "DELETE FROM search_dirty WHERE tbl = ? AND row_id = ?"))
    {}

    void clearDirty(const QString &table, const QString &rowId)
    {
        run(m_clearDirty, {table, rowId});
    }

    void remove(const QString &table, const QString &rowId)
    {
        run(m_findDoc, {table, rowId});
        if (!m_findDoc.next())
            return;
        const QVariant doc = m_findDoc.value(0);
        m_findDoc.finish();
        run(m_deleteTokens, {doc});
        run(m_deleteDoc, {doc});
    }

    void insert(const QString &table, const QString &rowId, const SearchDocument &d)
    {
        const QString sortName = d.names.isEmpty() ? d.title : d.names.constFirst();
        run(m_insertDoc,
            {table,
             rowId,
             nonNull(d.module),
             nonNull(d.kind),
             nonNull(d.id),
             nonNull(d.title),
             nonNull(d.subtitle),
             nonNull(titleKey(d.title)),
             Pinyin::sortKey(sortName, d.personNames),
             SearchTokens::haystack(d)});
        const QVariant doc = m_insertDoc.lastInsertId();
        const QHash<QString, int> tokens = SearchTokens::documentTokens(d);
        for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
            run(m_insertToken, {it.key(), doc, it.value()});
    }

private:
    static QSqlQuery prepare(const QSqlDatabase &db, const char *sql)
    {
        QSqlQuery q(db);
        if (!q.prepare(QLatin1String(sql)))
            throw Error(
                QCoreApplication::translate("SchoolSuite::SearchIndex", "Search index error: %1")
                    .arg(q.lastError().text()));
        return q;
    }

    static void run(QSqlQuery &q, const QVariantList &bindings)
    {
        for (int i = 0; i < bindings.size(); ++i)
            q.bindValue(i, bindings.at(i));
        if (!q.exec())
            throw Error(
                QCoreApplication::translate("SchoolSuite::SearchIndex", "Search index error: %1")
                    .arg(q.lastError().text()));
    }

    QSqlQuery m_findDoc;
    QSqlQuery m_deleteTokens;
    QSqlQuery m_deleteDoc;
    QSqlQuery m_insertDoc;
    QSqlQuery m_insertToken;
    QSqlQuery m_clearDirty;
};

// Above this many rows an update is a large write (an import's backlog).
constexpr qsizetype kLargeBacklog = 1000;

} // namespace

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{}

void SearchIndex::addProvider(std::shared_ptr<SearchProvider> provider)
{
    const QString table = provider->table();
    m_providers.insert(table, std::move(provider));
}

bool SearchIndex::isCurrent() const
{
    return m_db.scalar(QStringLiteral("SELECT value FROM search_meta WHERE key = 'version'"))
               .toString()
           == IndexVersion;
}

int SearchIndex::update()
{
    if (!isCurrent()) {
        rebuild();
        return int(m_db.scalar(QStringLiteral("SELECT count(*) FROM search_doc")).toLongLong());
    }
    int handled = 0;
    std::optional<LargeWriteScope> large;
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM search_dirty")).toLongLong()
        > kLargeBacklog)
        large.emplace(m_db);
    m_db.transaction([&] {
        QList<std::pair<QString, QString>> dirty;
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT tbl, row_id FROM search_dirty"));
        while (q.next())
            dirty.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        if (dirty.isEmpty())
            return;

        const QSqlDatabase db = m_db.connection();
        IndexWriter writer(db);
        for (const auto &[table, rowId] : std::as_const(dirty)) {
            const auto provider = m_providers.value(table);
            if (provider) {
                writer.remove(table, rowId);
                if (const std::optional<SearchDocument> doc = provider->document(db, rowId))
                    writer.insert(table, rowId, *doc);
            }
            writer.clearDirty(table, rowId);
            ++handled;
        }
    });
    return handled;
}

void SearchIndex::rebuild()
{
    const LargeWriteScope large(m_db);
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM search_token"));
        m_db.exec(QStringLiteral("DELETE FROM search_doc"));
        const QSqlDatabase db = m_db.connection();
        IndexWriter writer(db);
        for (auto it = m_providers.cbegin(); it != m_providers.cend(); ++it) {
            const QStringList ids = it.value()->allIds(db);
            for (const QString &id : ids) {
                if (const std::optional<SearchDocument> doc = it.value()->document(db, id))
                    writer.insert(it.key(), id, *doc);
            }
        }
        m_db.exec(QStringLiteral("DELETE FROM search_dirty"));
        m_db.exec(QStringLiteral("INSERT OR REPLACE INTO search_meta (key, value) "
                                 "VALUES ('version', ?)"),
                  {IndexVersion});
    });
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    return search(m_db.connection(), query, limit);
}

QList<SearchHit> SearchIndex::search(const QSqlDatabase &db, const QString &query, int limit)
{
    const QList<SearchTokens::Condition> conditions = SearchTokens::parseQuery(query);
    if (conditions.isEmpty() || conditions.constFirst().token.isEmpty())
        return {};

    // One aggregate per token condition: the documents it matches and their best score
    // (weight, and an exact token before a longer one it is a prefix of). Every value is
    // bound, so nothing typed reaches the SQL text.
    QStringList ctes;
    QStringList joins;
    QStringList filters;
    QStringList scores;
    QVariantList bindings;
    QVariantList filterBindings;
    const QString top = QString(QChar::highSurrogate(0x10FFFF)) + QChar::lowSurrogate(0x10FFFF);
    for (const SearchTokens::Condition &c : conditions) {
        if (!c.token.isEmpty()) {
            const QString name = QStringLiteral("m%1").arg(ctes.size());
            if (c.prefix) {
                ctes << name
                            + QStringLiteral(
                                "(doc, s) AS (SELECT doc, min(weight * 2 + (token <> ?)) "
                                "FROM search_token WHERE token >= ? AND token < ? "
                                "GROUP BY doc)");
                bindings << c.token << c.token << c.token + top;
            } else {
                ctes << name
                            + QStringLiteral("(doc, s) AS (SELECT doc, weight * 2 FROM "
                                             "search_token WHERE token = ?)");
                bindings << c.token;
            }
            joins << (joins.isEmpty() ? QStringLiteral("FROM %1").arg(name)
                                      : QStringLiteral("JOIN %1 ON %1.doc = m0.doc").arg(name));
            scores << name + QStringLiteral(".s");
        }
        if (!c.contains.isEmpty()) {
            filters << QStringLiteral("instr(d.haystack, ?) > 0");
            filterBindings << c.contains;
        }
    }
    const QString sql = QStringLiteral("WITH %1 SELECT d.module, d.kind, d.id, d.title, "
                                       "d.subtitle %2 JOIN search_doc d ON d.doc = m0.doc %3 "
                                       "ORDER BY d.title_key = ? DESC, %4, d.sort_key, d.doc "
                                       "LIMIT ?")
                            .arg(ctes.join(QStringLiteral(", ")),
                                 joins.join(QLatin1Char(' ')),
                                 filters.isEmpty() ? QString()
                                                   : QStringLiteral("WHERE ")
                                                         + filters.join(QStringLiteral(" AND ")),
                                 scores.join(QLatin1Char('+')));
    bindings << filterBindings << titleKey(query) << (limit > 0 ? limit : -1);

    QSqlQuery q = Database::execOn(db, sql, bindings);
    QList<SearchHit> hits;
    QSet<QString> seen;
    while (q.next()) {
        SearchHit hit{q.value(0).toString(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString()};
        // Two tables may index the same record (a person and their student row).
        const QString key = hit.module + QLatin1Char('\n') + hit.kind + QLatin1Char('\n') + hit.id;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        hits << hit;
    }
    return hits;
}

} // namespace SchoolSuite
