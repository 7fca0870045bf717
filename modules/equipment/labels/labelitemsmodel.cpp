#include "labelitemsmodel.h"

#include <QSet>

#include <algorithm>

namespace SchoolSuite {

LabelItemsModel::LabelItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int LabelItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int LabelItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabelItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LabelItem &item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Tag:
            return item.tag;
        case Name:
            return item.name;
        case Room:
            return item.room;
        case Category:
            return item.category;
        default:
            break;
        }
    }
    if (role == Qt::UserRole)
        return item.id;
    return {};
}

QVariant LabelItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tag:
        return tr("Asset tag");
    case Name:
        return tr("Name");
    case Room:
        return tr("Room");
    case Category:
        return tr("Category");
    default:
        return {};
    }
}

void LabelItemsModel::setItems(const QList<LabelItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

bool LabelItemsModel::contains(const QString &id) const
{
    return std::any_of(
        m_items.cbegin(), m_items.cend(), [&](const LabelItem &i) { return i.id == id; });
}

int LabelItemsModel::add(const QList<LabelItem> &items)
{
    QSet<QString> ids;
    for (const LabelItem &i : std::as_const(m_items))
        ids.insert(i.id);
    QList<LabelItem> fresh;
    for (const LabelItem &i : items) {
        if (!ids.contains(i.id)) {
            ids.insert(i.id);
            fresh.append(i);
        }
    }
    if (fresh.isEmpty())
        return 0;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + fresh.size() - 1));
    m_items.append(fresh);
    endInsertRows();
    return int(fresh.size());
}

void LabelItemsModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_items.size())
            continue;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }
}

} // namespace SchoolSuite
