#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <functional>

namespace SchoolSuite {

// The proxy behind every list page: keeps the rows in which every whitespace-separated term of
// the filter text occurs (case-insensitive), and that pass the page's own row filter (a class
// combo, a status). Terms are looked up in filterRole of column 0 when the model provides it
// there — the people models put every column plus the pinyin of the name in one string, so
// "zs" finds 张三 — and otherwise in the display text of all columns.
class ListFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ListFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_terms.join(QLatin1Char(' ')); }

    using RowFilter = std::function<bool(int sourceRow)>;
    void setRowFilter(RowFilter filter);
    // Re-applies the filters after what the row filter depends on changed.
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString rowText(int sourceRow, const QModelIndex &sourceParent) const;

    QStringList m_terms; // lowercase
    RowFilter m_rowFilter;
};

} // namespace SchoolSuite
