#pragma once

#include "equipment/stocktake/stocktake.h"

#include <QAbstractTableModel>
#include <QHash>

namespace SchoolSuite {

// One result list of a stocktake (found, wrong room, missing, ...) as a table: tag, name, the
// registered room and, for scanned entries, where and when it was scanned and how often.
class StocktakeEntriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Tag, Name, RegisteredRoom, ScannedRoom, ScannedAt, Scans, ColumnCount };
    enum Roles { ItemIdRole = Qt::UserRole + 1, TagRole };

    explicit StocktakeEntriesModel(QObject *parent = nullptr);

    void setRoomNames(const QHash<QString, QString> &names) { m_roomNames = names; }
    void setEntries(const QList<StocktakeEntry> &entries);
    void append(const StocktakeEntry &entry);
    // One more scan of the entry with this tag (a duplicate); false when it is not listed.
    bool addScan(const QString &tag);
    const StocktakeEntry &entry(int row) const { return m_entries.at(row); }
    const QList<StocktakeEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString roomName(const QString &id) const;
    QList<StocktakeEntry> m_entries;
    QHash<QString, int> m_rowOfTag; // case-folded tag -> row
    QHash<QString, QString> m_roomNames;
};

} // namespace SchoolSuite
