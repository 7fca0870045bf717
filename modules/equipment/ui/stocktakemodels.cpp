#include "stocktakemodels.h"

namespace SchoolSuite {

StocktakeEntriesModel::StocktakeEntriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StocktakeEntriesModel::setEntries(const QList<StocktakeEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_rowOfTag.clear();
    for (int row = 0; row < m_entries.size(); ++row)
        m_rowOfTag.insert(m_entries.at(row).tag.toCaseFolded(), row);
    endResetModel();
}

void StocktakeEntriesModel::append(const StocktakeEntry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries << entry;
    m_rowOfTag.insert(entry.tag.toCaseFolded(), row);
    endInsertRows();
}

bool StocktakeEntriesModel::addScan(const QString &tag)
{
    const auto it = m_rowOfTag.constFind(tag.toCaseFolded());
    if (it == m_rowOfTag.cend())
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

QString StocktakeEntriesModel::roomName(const QString &id) const
{
    if (id.isEmpty())
        return {};
    return m_roomNames.value(id, id);
}

QVariant StocktakeEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const StocktakeEntry &e = m_entries.at(index.row());
    if (role == ItemIdRole)
        return e.itemId;
    if (role == TagRole)
        return e.tag;
    if (role == Qt::TextAlignmentRole && index.column() == Scans)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Tag:
        return e.tag;
    case Name:
        if (e.scrapped)
            return tr("%1 (scrapped)").arg(e.name);
        if (e.registeredLost)
            return tr("%1 (registered as lost)").arg(e.name);
        if (e.itemId.isEmpty())
            return tr("Not in the register");
        return e.name;
    case RegisteredRoom:
        if (e.itemId.isEmpty())
            return QString();
        return e.registeredRoomId.isEmpty() ? tr("(no room)") : roomName(e.registeredRoomId);
    case ScannedRoom:
        return roomName(e.scannedRoomId);
    case ScannedAt:
        return e.scannedAt.isValid()
                   ? e.scannedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss"))
                   : QString();
    case Scans:
        return e.scans > 0 ? QVariant(e.scans) : QVariant();
    }
    return {};
}

QVariant StocktakeEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tag:
        return tr("Asset tag");
    case Name:
        return tr("Name");
    case RegisteredRoom:
        return tr("Registered room");
    case ScannedRoom:
        return tr("Scanned in");
    case ScannedAt:
        return tr("Time");
    case Scans:
        return tr("Scans");
    }
    return {};
}

} // namespace SchoolSuite
