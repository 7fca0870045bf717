#include "listfilterproxy.h"

#include <QRegularExpression>

namespace SchoolSuite {

ListFilterProxy::ListFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterRole(Qt::DisplayRole);
}

void ListFilterProxy::setFilterText(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList terms = text.toLower().split(space, Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

void ListFilterProxy::setRowFilter(RowFilter filter)
{
    m_rowFilter = std::move(filter);
    invalidateFilter();
}

void ListFilterProxy::refilter()
{
    invalidateFilter();
}

QString ListFilterProxy::rowText(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (filterRole() != Qt::DisplayRole) {
        const QVariant v = model->index(sourceRow, 0, sourceParent).data(filterRole());
        if (v.isValid())
            return v.toString().toLower();
    }
    QStringList parts;
    for (int c = 0; c < model->columnCount(sourceParent); ++c)
        parts << model->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString();
    return parts.join(QLatin1Char('\t')).toLower();
}

bool ListFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_rowFilter && !m_rowFilter(sourceRow))
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString text = rowText(sourceRow, sourceParent);
    for (const QString &term : m_terms) {
        if (!text.contains(term))
            return false;
    }
    return true;
}

} // namespace SchoolSuite
