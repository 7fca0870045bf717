#pragma once

#include "library/labels/labelqueue.h"

#include <QAbstractTableModel>

namespace SchoolSuite::Library {

// The label print queue as a table: barcode, call number, title, shelf.
class LabelQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Barcode, CallNo, Title, Shelf, ColumnCount };
    enum Roles { CopyIdRole = Qt::UserRole + 1 };

    explicit LabelQueueModel(QObject *parent = nullptr);
    void setCopies(const QList<QueuedCopy> &copies);
    const QList<QueuedCopy> &copies() const { return m_copies; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<QueuedCopy> m_copies;
};

} // namespace SchoolSuite::Library
