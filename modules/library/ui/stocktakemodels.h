#pragma once

#include "library/stocktake/stocktake.h"

#include <QAbstractTableModel>
#include <QHash>

namespace SchoolSuite::Library {

// One result list of a library stocktake (on shelf, misshelved, on loan, missing, ...) as a
// table: barcode, call number, title, the catalog's shelf, where and when it was found, how
// often it was scanned, and a note (the borrower and due date of a lent copy, withdrawn, lost).
class StocktakeEntriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Barcode, CallNo, Title, Shelf, Found, ScannedAt, Scans, Note, ColumnCount };
    enum Roles { CopyIdRole = Qt::UserRole + 1, BarcodeRole };

    explicit StocktakeEntriesModel(QObject *parent = nullptr);

    void setEntries(const QList<StocktakeEntry> &entries);
    void append(const StocktakeEntry &entry);
    // One more scan of the entry with this barcode; false when it is not listed.
    bool addScan(const QString &barcode);
    const StocktakeEntry &entry(int row) const { return m_entries.at(row); }
    const QList<StocktakeEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<StocktakeEntry> m_entries;
    QHash<QString, int> m_rowOf; // case-folded barcode -> row
};

} // namespace SchoolSuite::Library
