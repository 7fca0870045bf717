#pragma once

#include "labelsource.h"

#include <QAbstractTableModel>

namespace SchoolSuite {

// A list of items for labels: the items found, or the ones queued for printing.
class LabelItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Tag, Name, Room, Category, ColumnCount };

    explicit LabelItemsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setItems(const QList<LabelItem> &items);
    const QList<LabelItem> &items() const { return m_items; }
    const LabelItem &item(int row) const { return m_items.at(row); }
    // Appends the items not in the list yet; returns how many were added.
    int add(const QList<LabelItem> &items);
    void removeRowsAt(QList<int> rows);
    bool contains(const QString &id) const;

private:
    QList<LabelItem> m_items;
};

} // namespace SchoolSuite
