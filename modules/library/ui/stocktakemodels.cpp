#include "stocktakemodels.h"

#include "library/stocktake/stocktakereport.h"

namespace SchoolSuite::Library {

StocktakeEntriesModel::StocktakeEntriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StocktakeEntriesModel::setEntries(const QList<StocktakeEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_rowOf.clear();
    for (int row = 0; row < m_entries.size(); ++row)
        m_rowOf.insert(m_entries.at(row).barcode.toCaseFolded(), row);
    endResetModel();
}

void StocktakeEntriesModel::append(const StocktakeEntry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries << entry;
    m_rowOf.insert(entry.barcode.toCaseFolded(), row);
    endInsertRows();
}

bool StocktakeEntriesModel::addScan(const QString &barcode)
{
    const auto it = m_rowOf.constFind(barcode.toCaseFolded());
    if (it == m_rowOf.cend())
        return false;
    ++m_entries[*it].scans;
    const QModelIndex cell = index(*it, Scans);
    emit dataChanged(cell, cell, {Qt::DisplayRole});
    return true;
}

int StocktakeEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int StocktakeEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StocktakeEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const StocktakeEntry &e = m_entries.at(index.row());
    if (role == CopyIdRole)
        return e.copyId;
    if (role == BarcodeRole)
        return e.barcode;
    if (role == Qt::TextAlignmentRole && index.column() == Scans)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Barcode:
        return e.barcode;
    case CallNo:
        return e.callNo;
    case Title:
        return e.copyId.isEmpty() ? tr("No copy has this barcode") : e.title;
    case Shelf:
        return e.homeShelf;
    case Found:
        return StocktakeReport::reasonText(e);
    case ScannedAt:
        return e.scannedAt.isValid()
                   ? e.scannedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss"))
                   : QString();
    case Scans:
        return e.scans > 0 ? QVariant(e.scans) : QVariant();
    case Note:
        if (e.status == QLatin1String("withdrawn"))
            return tr("Withdrawn");
        if (e.status == QLatin1String("lost"))
            return tr("Registered as lost: found");
        if (e.onLoan)
            return e.scans > 0
                       ? tr("Lent to %1: return it at the desk").arg(e.borrower)
                       : tr("Lent to %1, due %2").arg(e.borrower, e.dueOn.toString(Qt::ISODate));
        return QString();
    }
    return {};
}

QVariant StocktakeEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Barcode:
        return tr("Barcode");
    case CallNo:
        return tr("Call number");
    case Title:
        return tr("Title");
    case Shelf:
        return tr("Shelf");
    case Found:
        return tr("Found");
    case ScannedAt:
        return tr("Time");
    case Scans:
        return tr("Scans");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace SchoolSuite::Library
