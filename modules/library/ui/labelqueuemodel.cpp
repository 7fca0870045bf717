#include "labelqueuemodel.h"

namespace SchoolSuite::Library {

LabelQueueModel::LabelQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LabelQueueModel::setCopies(const QList<QueuedCopy> &copies)
{
    beginResetModel();
    m_copies = copies;
    endResetModel();
}

int LabelQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_copies.size());
}

int LabelQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabelQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_copies.size())
        return {};
    const QueuedCopy &c = m_copies.at(index.row());
    if (role == CopyIdRole)
        return c.copyId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Barcode:
        return c.barcode;
    case CallNo:
        return c.callNo;
    case Title:
        return c.title;
    case Shelf:
        return c.shelf;
    }
    return {};
}

QVariant LabelQueueModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Barcode:
        return tr("Barcode");
    case CallNo:
        return tr("Call number");
    case Title:
        return tr("Title");
    case Shelf:
        return tr("Shelf");
    }
    return {};
}

} // namespace SchoolSuite::Library
