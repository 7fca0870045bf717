#include "catalogsearch.h"

#include "catalogsearch_p.h"
#include "core/error.h"
#include "core/store/database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <string>
#include <vector>

namespace SchoolSuite {

using namespace CatalogSearchKeys;

namespace {

// A condition that matches fewer titles than this is looked up in the index and every match
// is returned; when all match more, titles are read in rank order until a page is full (at
// most Threshold / fraction of the catalog rows: a few thousand).
constexpr int Threshold = 3000;
// Conditions are counted up to this many titles (an index range read, no sorting).
constexpr int Medium = 20000;
// A larger backlog than this (and than a quarter of the index) is rebuilt in one sorted pass.
constexpr int RebuildBacklog = 2000;
constexpr int RankSlots = 1024;

const QString Top = QString(QChar::highSurrogate(0x10FFFF)) + QChar::lowSurrogate(0x10FFFF);

QString ftsPhrase(const QString &gram)
{
    return QLatin1Char('"') + gram + QLatin1Char('"');
}

CatalogSearchKeys::Source readSource(const QSqlQuery &q)
{
    CatalogSearchKeys::Source s;
    s.isbn = q.value(1).toString();
    s.title = q.value(2).toString();
    s.responsibility = q.value(3).toString();
    s.publisher = q.value(4).toString();
    s.series = q.value(5).toString();
    s.subjects = q.value(6).toString();
    s.clc = q.value(7).toString();
    return s;
}

const QString SourceSql = QStringLiteral(
    "SELECT id, isbn, title, responsibility, publisher, series, subjects, clc FROM library_titles "
    "WHERE deleted = 0");

QString keysColumn(const QStringList &keys)
{
    return QLatin1Char('\n') + keys.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList keysOf(const QString &column)
{
    return column.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The statements one update or rebuild reuses.
class IndexWriter
{
public:
    explicit IndexWriter(const QSqlDatabase &db)
        : m_db(db)
        , m_insertDoc(db,
                      QStringLiteral("INSERT INTO library_search_doc (rank, title_id, keys, "
                                     "texts) VALUES (?, ?, ?, ?)"))
        , m_insertFts(db,
                      QStringLiteral("INSERT INTO library_search_fts (rowid, terms) VALUES (?, ?)"))
        , m_insertKey(db,
                      QStringLiteral("INSERT OR IGNORE INTO library_search_key (key, rank) VALUES "
                                     "(?, ?)"))
    {}

    void insertDoc(qint64 rank, const QString &titleId, const CatalogSearch::Entry &e)
    {
        QString texts = e.texts.join(QLatin1Char('\n'));
        if (texts.isNull())
            texts = QStringLiteral(""); // NOT NULL: no Chinese text
        m_insertDoc.run({rank, titleId, keysColumn(e.keys), texts});
        const QString terms = hanTerms(e.texts);
        if (!terms.isEmpty())
            m_insertFts.run({rank, terms});
    }
    void insertKey(const QString &key, qint64 rank) { m_insertKey.run({key, rank}); }

    void remove(const QString &titleId)
    {
        QSqlQuery q = Database::execOn(
            m_db,
            QStringLiteral("SELECT rank, keys, texts FROM library_search_doc WHERE title_id = ?"),
            {titleId});
        if (!q.next())
            return;
        const qint64 rank = q.value(0).toLongLong();
        const QStringList keys = keysOf(q.value(1).toString());
        const QString terms = hanTerms(q.value(2).toString().split(QLatin1Char('\n')));
        q.finish();
        if (!terms.isEmpty())
            Database::execOn(m_db,
                             QStringLiteral("INSERT INTO library_search_fts (library_search_fts, "
                                            "rowid, terms) VALUES ('delete', ?, ?)"),
                             {rank, terms});
        for (const QString &key : keys)
            Database::execOn(
                m_db,
                QStringLiteral("DELETE FROM library_search_key WHERE key = ? AND rank = ?"),
                {key, rank});
        Database::execOn(
            m_db, QStringLiteral("DELETE FROM library_search_doc WHERE rank = ?"), {rank});
    }

private:
    QSqlDatabase m_db;
    Statement m_insertDoc;
    Statement m_insertFts;
    Statement m_insertKey;
};

} // namespace

CatalogSearch::CatalogSearch(Database &db)
    : m_db(db)
{}

qint64 CatalogSearch::rankBase(const QString &sortKey)
{
    // The first ten letters and digits of the reading in base 38 (0: the end), times the slots
    // that titles reading alike that far share: exact shelf-list order up to there.
    qint64 value = 0;
    int used = 0;
    for (const QChar c : sortKey) {
        if (used == 10 || c == QLatin1Char('\t'))
            break;
        int digit;
        if (c == QLatin1Char(' '))
            continue;
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            digit = 1 + (c.unicode() - 'a');
        else if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digit = 27 + (c.unicode() - '0');
        else
            digit = 37;
        value = value * 38 + digit;
        ++used;
    }
    for (; used < 10; ++used)
        value *= 38;
    return value * RankSlots;
}

CatalogSearch::Entry CatalogSearch::entry(const QSqlDatabase &db,
                                          const QString &titleId,
                                          bool *exists)
{
    QSqlQuery q = Database::execOn(db, SourceSql + QStringLiteral(" AND id = ?"), {titleId});
    if (!q.next()) {
        *exists = false;
        return {};
    }
    *exists = true;
    Source s = readSource(q);
    q.finish();
    QSqlQuery c = Database::execOn(db,
                                   QStringLiteral("SELECT barcode, call_no FROM library_copies "
                                                  "WHERE title_id = ? AND deleted = 0"),
                                   {titleId});
    while (c.next()) {
        s.barcodes << c.value(0).toString();
        s.callNumbers << c.value(1).toString();
    }
    return CatalogSearchKeys::entry(s);
}

namespace {
const QString &rebuildKey()
{
    static const QString key = QStringLiteral("library_search_rebuild");
    return key;
}
} // namespace

bool CatalogSearch::rebuildsFor(const QSqlDatabase &db, qint64 titles)
{
    return titles > RebuildBacklog && titles > count(db) / 4;
}

void CatalogSearch::requestRebuild(Database &db)
{
    db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO "
                           "UPDATE SET value = '1'"),
            {rebuildKey()});
}

int CatalogSearch::update()
{
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"), {rebuildKey()}).isValid()) {
        rebuild();
        return count(m_db.connection());
    }
    const int dirty
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM library_search_dirty")).toInt();
    if (dirty == 0)
        return 0;
    if (rebuildsFor(m_db.connection(), dirty)) {
        rebuild();
        return dirty;
    }
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        QStringList ids;
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT title_id FROM library_search_dirty"));
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        IndexWriter writer(db);
        for (const QString &id : std::as_const(ids)) {
            writer.remove(id);
            bool exists = false;
            const Entry e = entry(db, id, &exists);
            if (exists) {
                const qint64 base = rankBase(e.sortKey);
                qint64 rank = base;
                const QVariant max = m_db.scalar(
                    QStringLiteral(
                        "SELECT max(rank) FROM library_search_doc WHERE rank >= ? AND rank < ?"),
                    {base, base + RankSlots});
                if (!max.isNull())
                    rank = max.toLongLong() + 1;
                while (
                    m_db.scalar(QStringLiteral("SELECT 1 FROM library_search_doc WHERE rank = ?"),
                                {rank})
                        .isValid())
                    ++rank;
                writer.insertDoc(rank, id, e);
                for (const QString &key : e.keys)
                    writer.insertKey(key, rank);
            }
            m_db.exec(QStringLiteral("DELETE FROM library_search_dirty WHERE title_id = ?"), {id});
        }
    });
    return dirty;
}

void CatalogSearch::rebuild()
{
    const LargeWriteScope large(m_db);
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        m_db.exec(QStringLiteral("DELETE FROM library_search_key"));
        m_db.exec(QStringLiteral("DELETE FROM library_search_doc"));
        m_db.exec(QStringLiteral(
            "INSERT INTO library_search_fts (library_search_fts) VALUES ('delete-all')"));

        QHash<QString, QList<std::pair<QString, QString>>> copies; // title: barcode, call no
        QSqlQuery c = m_db.exec(QStringLiteral(
            "SELECT title_id, barcode, call_no FROM library_copies WHERE deleted = 0"));
        while (c.next())
            copies[c.value(0).toString()].append({c.value(1).toString(), c.value(2).toString()});
        c.finish();

        struct Item
        {
            QString id;
            Entry entry;
        };
        std::vector<Item> items;
        QSqlQuery q = m_db.exec(SourceSql);
        while (q.next()) {
            Source s = readSource(q);
            const QString id = q.value(0).toString();
            for (const auto &[barcode, callNo] : copies.value(id)) {
                s.barcodes << barcode;
                s.callNumbers << callNo;
            }
            items.push_back({id, CatalogSearchKeys::entry(s)});
        }
        q.finish();
        std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
            const int c = QString::compare(a.entry.sortKey, b.entry.sortKey);
            return c != 0 ? c < 0 : a.id < b.id;
        });

        // Keys are inserted in key order: appending to the B-tree is several times faster than
        // inserting at random places.
        std::vector<std::pair<std::string, qint64>> keys;
        IndexWriter writer(db);
        qint64 previous = -1;
        for (const Item &item : items) {
            const qint64 rank = std::max(rankBase(item.entry.sortKey), previous + 1);
            previous = rank;
            writer.insertDoc(rank, item.id, item.entry);
            for (const QString &key : item.entry.keys)
                keys.emplace_back(key.toStdString(), rank);
        }
        items.clear();
        std::sort(keys.begin(), keys.end());
        for (const auto &[key, rank] : keys)
            writer.insertKey(QString::fromStdString(key), rank);
        m_db.exec(QStringLiteral("DELETE FROM library_search_dirty"));
        m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {rebuildKey()});
    });
}

QStringList CatalogSearch::searchSorted(const QSqlDatabase &db,
                                        const QString &query,
                                        const QString &orderBy,
                                        bool descending)
{
    QStringList checks;
    QVariantList bindings;
    for (const Condition &c : parseQuery(query)) {
        checks << (c.han ? QStringLiteral("instr(d.texts, ?) > 0")
                         : QStringLiteral("instr(d.keys, ?) > 0"));
        bindings << (c.han ? c.check : QLatin1Char('\n') + c.check);
    }
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    QSqlQuery q = Database::execOn(
        db,
        QStringLiteral("SELECT d.title_id FROM library_search_doc d JOIN library_titles t ON "
                       "t.id = d.title_id %1 ORDER BY %2%3, d.rank%3")
            .arg(checks.isEmpty() ? QString()
                                  : QStringLiteral("WHERE ") + checks.join(QStringLiteral(" AND ")),
                 orderBy,
                 dir),
        bindings);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

int CatalogSearch::count(const QSqlDatabase &db)
{
    QSqlQuery q = Database::execOn(db, QStringLiteral("SELECT count(*) FROM library_search_doc"));
    return q.next() ? q.value(0).toInt() : 0;
}

QString CatalogSearch::normalizedQuery(const QString &query)
{
    QStringList parts;
    for (const Condition &c : parseQuery(query))
        parts << (c.han ? c.check : c.key);
    parts.removeDuplicates();
    return parts.join(QLatin1Char(' '));
}

CatalogSearch::Hits CatalogSearch::search(const QSqlDatabase &db,
                                          const QString &query,
                                          int limit,
                                          qint64 afterRank)
{
    const QList<Condition> conditions = parseQuery(query);
    QStringList checks;
    QVariantList checkBindings;
    for (const Condition &c : conditions) {
        if (c.han) {
            checks << QStringLiteral("instr(d.texts, ?) > 0");
            checkBindings << c.check;
        } else {
            checks << QStringLiteral("instr(d.keys, ?) > 0");
            checkBindings << QLatin1Char('\n') + c.check;
        }
    }

    // How many titles each condition matches, counted up to Medium.
    QList<int> counts;
    for (const Condition &c : conditions) {
        QSqlQuery q
            = c.han
                  ? Database::execOn(db,
                                     QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM "
                                                    "library_search_fts WHERE library_search_fts "
                                                    "MATCH ? LIMIT ?)"),
                                     {ftsPhrase(c.key), Medium})
                  : Database::execOn(db,
                                     QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM "
                                                    "library_search_key WHERE key >= ? AND key < ? "
                                                    "LIMIT ?)"),
                                     {c.key, c.key + Top, Medium});
        counts << (q.next() ? q.value(0).toInt() : 0);
        if (counts.last() == 0)
            return {};
    }
    int best = -1;    // the condition that matches fewest titles
    int bestHan = -1; // the Chinese condition that matches fewest
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        if (best < 0 || counts.at(i) < counts.at(best))
            best = int(i);
        if (conditions.at(i).han && (bestHan < 0 || counts.at(i) < counts.at(bestHan)))
            bestHan = int(i);
    }

    const QString where = checks.isEmpty()
                              ? QString()
                              : QStringLiteral(" AND ") + checks.join(QStringLiteral(" AND "));
    const auto readHits = [&](QSqlQuery &q, int max) {
        Hits hits;
        while (q.next()) {
            if (max >= 0 && hits.titleIds.size() == max) {
                hits.complete = false;
                break;
            }
            hits.titleIds << q.value(1).toString();
            hits.lastRank = q.value(0).toLongLong();
        }
        return hits;
    };
    const QString ftsSql = QStringLiteral(
        "SELECT d.rank, d.title_id FROM library_search_fts f JOIN library_search_doc d ON "
        "d.rank = f.rowid WHERE library_search_fts MATCH ? AND d.rank > ?");
    const QString keySql = QStringLiteral(
        "SELECT DISTINCT d.rank, d.title_id FROM library_search_key k JOIN library_search_doc d "
        "ON d.rank = k.rank WHERE k.key >= ? AND k.key < ? AND d.rank > ?");
    if (best >= 0 && counts.at(best) < Threshold) {
        // Few matches: all of them, from the index.
        const Condition &c = conditions.at(best);
        QSqlQuery q = Database::execOn(db,
                                       (c.han ? ftsSql : keySql) + where
                                           + QStringLiteral(" ORDER BY d.rank"),
                                       (c.han ? QVariantList{ftsPhrase(c.key), afterRank}
                                              : QVariantList{c.key, c.key + Top, afterRank})
                                           + checkBindings);
        return readHits(q, -1);
    }
    if (bestHan >= 0) {
        // Chinese text matches come from the full-text index in rank order: the page is full
        // after about limit / (fraction of the candidates that pass the other checks) rows,
        // wherever in the shelf list the matches cluster.
        QSqlQuery q
            = Database::execOn(db,
                               ftsSql + where + QStringLiteral(" ORDER BY f.rowid LIMIT ?"),
                               QVariantList{ftsPhrase(conditions.at(bestHan).key), afterRank}
                                   + checkBindings + QVariantList{limit + 1});
        return readHits(q, limit);
    }
    if (best >= 0 && counts.at(best) < Medium) {
        // A word that starts many titles ("harry"): its matches may all stand together far down
        // the shelf list, so they are collected and sorted rather than walked to.
        const Condition &c = conditions.at(best);
        QSqlQuery q = Database::execOn(db,
                                       keySql + where + QStringLiteral(" ORDER BY d.rank LIMIT ?"),
                                       QVariantList{c.key, c.key + Top, afterRank} + checkBindings
                                           + QVariantList{limit + 1});
        return readHits(q, limit);
    }

    // Every condition matches a large part of the catalog: read the titles in order until the
    // page is full.
    QSqlQuery q
        = Database::execOn(db,
                           QStringLiteral("SELECT d.rank, d.title_id FROM "
                                          "library_search_doc d WHERE d.rank > ?")
                               + where + QStringLiteral(" ORDER BY d.rank LIMIT ?"),
                           QVariantList{afterRank} + checkBindings + QVariantList{limit + 1});
    return readHits(q, limit);
}

} // namespace SchoolSuite
