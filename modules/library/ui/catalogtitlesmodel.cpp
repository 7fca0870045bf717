#include "catalogtitlesmodel.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "library/catalog/catalogsearch.h"
#include "library/catalog/isbn.h"

#include <QScopeGuard>
#include <QSqlQuery>

namespace SchoolSuite {

namespace {

// A copy is on loan while a loan of it has no return of the same copy after it (the
// circulation facts; two desks may both have lent it).
const QString OnLoanSql = QStringLiteral(
    "EXISTS (SELECT 1 FROM library_loans l WHERE l.copy_id = c.id AND l.deleted = 0 AND NOT "
    "EXISTS (SELECT 1 FROM library_returns r WHERE r.copy_id = c.id AND r.deleted = 0 AND "
    "r.returned_at > l.lent_at))");

QString copiesSql()
{
    return QStringLiteral("(SELECT count(*) FROM library_copies c WHERE c.title_id = t.id AND "
                          "c.deleted = 0 AND c.status <> 'withdrawn')");
}

QString availableSql()
{
    return QStringLiteral("(SELECT count(*) FROM library_copies c WHERE c.title_id = t.id AND "
                          "c.deleted = 0 AND c.status = 'active' AND NOT ")
           + OnLoanSql + QLatin1Char(')');
}

} // namespace

CatalogTitlesModel::CatalogTitlesModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    reload();
}

int CatalogTitlesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogTitlesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogTitlesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Year || index.column() == Copies || index.column() == Available)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title:
        return r.title;
    case Responsibility:
        return r.responsibility;
    case Publisher:
        return r.publisher;
    case Year:
        return r.year > 0 ? QVariant(r.year) : QVariant();
    case Isbn:
        return Isbn::display(r.isbn);
    case Clc:
        return r.clc;
    case Copies:
        return r.copies;
    case Available:
        return r.available;
    }
    return {};
}

QVariant CatalogTitlesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Responsibility:
        return tr("Responsibility");
    case Publisher:
        return tr("Publisher");
    case Year:
        return tr("Year");
    case Isbn:
        return tr("ISBN");
    case Clc:
        return tr("Class");
    case Copies:
        return tr("Copies");
    case Available:
        return tr("Available");
    }
    return {};
}

bool CatalogTitlesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && (m_rows.size() < m_ids.size() || !m_complete);
}

void CatalogTitlesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views (and the model tester) ask for more from inside the rowsInserted of a fetch.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    if (m_rows.size() == m_ids.size()) {
        const CatalogSearch::Hits hits = CatalogSearch::search(
            m_session.database().connection(), m_query, PageSize, m_lastRank);
        m_ids << hits.titleIds;
        m_complete = hits.complete;
        m_lastRank = hits.lastRank;
    }
    loadRows(PageSize, true);
}

void CatalogTitlesModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = Title;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    runQuery();
    endReset();
}

void CatalogTitlesModel::endReset()
{
    // Views and the model tester fetch more from inside modelReset: let them after it.
    m_fetching = true;
    endResetModel();
    m_fetching = false;
}

void CatalogTitlesModel::setQuery(const QString &query)
{
    if (query == m_query && !m_rows.isEmpty())
        return;
    beginResetModel();
    m_query = query;
    runQuery();
    endReset();
}

void CatalogTitlesModel::reload()
{
    beginResetModel();
    m_lastError.clear();
    try {
        m_session.require(Permission::LibraryView, tr("see the catalog"));
        CatalogSearch(m_session.database()).update();
    } catch (const Error &e) {
        m_lastError = e.message();
    }
    runQuery();
    endReset();
}

int CatalogTitlesModel::rowOf(const QString &titleId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == titleId)
            return int(i);
    }
    return -1;
}

QHash<QString, QString> CatalogTitlesModel::openLoans(const Session &session,
                                                      const QString &titleId)
{
    QHash<QString, QString> due;
    QSqlQuery q = session.database().exec(
        QStringLiteral("SELECT c.id, l.id, l.due_on FROM library_copies c JOIN library_loans l ON "
                       "l.copy_id = c.id AND l.deleted = 0 WHERE c.title_id = ? AND c.deleted = 0 "
                       "AND NOT EXISTS (SELECT 1 FROM library_returns r WHERE r.copy_id = c.id "
                       "AND r.deleted = 0 AND r.returned_at > l.lent_at) ORDER BY l.lent_at"),
        {titleId});
    while (q.next()) {
        QString dueOn = q.value(2).toString();
        QSqlQuery r = session.database().exec(
            QStringLiteral("SELECT max(due_on) FROM library_renewals WHERE loan_id = ? AND "
                           "deleted = 0"),
            {q.value(1)});
        if (r.next() && !r.value(0).isNull())
            dueOn = std::max(dueOn, r.value(0).toString());
        due.insert(q.value(0).toString(), dueOn);
    }
    return due;
}

int CatalogTitlesModel::matchCount() const
{
    return m_complete ? int(m_ids.size()) : -1;
}

void CatalogTitlesModel::runQuery()
{
    m_ids.clear();
    m_rows.clear();
    m_complete = true;
    m_lastRank = -1;
    if (!m_lastError.isEmpty() || !m_session.can(Permission::LibraryView))
        return;
    const QSqlDatabase db = m_session.database().connection();
    try {
        if (m_sortColumn == Title && m_sortOrder == Qt::AscendingOrder) {
            const CatalogSearch::Hits hits = CatalogSearch::search(db, m_query, PageSize);
            m_ids = hits.titleIds;
            m_complete = hits.complete;
            m_lastRank = hits.lastRank;
        } else {
            static const QStringList orderBy{QStringLiteral("d.rank"),
                                             QStringLiteral("t.responsibility IS NULL, "
                                                            "t.responsibility"),
                                             QStringLiteral("t.publisher IS NULL, t.publisher"),
                                             QStringLiteral("t.year IS NULL, t.year"),
                                             QStringLiteral("t.isbn IS NULL, t.isbn"),
                                             QStringLiteral("t.clc IS NULL, t.clc"),
                                             copiesSql(),
                                             availableSql()};
            m_ids = CatalogSearch::searchSorted(
                db, m_query, orderBy.at(m_sortColumn), m_sortOrder == Qt::DescendingOrder);
        }
        loadRows(PageSize, false);
    } catch (const Error &e) {
        m_lastError = e.message();
        m_ids.clear();
        m_rows.clear();
    }
}

void CatalogTitlesModel::loadRows(int count, bool signal)
{
    const qsizetype from = m_rows.size();
    const qsizetype to = std::min<qsizetype>(m_ids.size(), from + count);
    if (to <= from)
        return;
    const QStringList ids = m_ids.mid(from, to - from);
    QStringList marks;
    QVariantList bindings;
    for (const QString &id : ids) {
        marks << QStringLiteral("?");
        bindings << id;
    }
    QSqlQuery q = Database::execOn(
        m_session.database().connection(),
        QStringLiteral("SELECT t.id, t.title, t.responsibility, t.publisher, t.year, t.isbn, "
                       "t.clc, %1, %2 FROM library_titles t WHERE t.id IN (%3)")
            .arg(copiesSql(), availableSql(), marks.join(QLatin1Char(','))),
        bindings);
    QHash<QString, Row> byId;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toString();
        r.title = q.value(1).toString();
        r.responsibility = q.value(2).toString();
        r.publisher = q.value(3).toString();
        r.year = q.value(4).toInt();
        r.isbn = q.value(5).toString();
        r.clc = q.value(6).toString();
        r.copies = q.value(7).toInt();
        r.available = q.value(8).toInt();
        byId.insert(r.id, r);
    }
    QList<Row> rows;
    for (const QString &id : ids) {
        // A title deleted since the index was read keeps its place empty rather than vanish
        // from under the user's selection.
        Row r = byId.value(id);
        r.id = id;
        rows << r;
    }
    if (signal)
        beginInsertRows({}, int(from), int(from + rows.size() - 1));
    m_rows << rows;
    if (signal)
        endInsertRows();
}

} // namespace SchoolSuite
