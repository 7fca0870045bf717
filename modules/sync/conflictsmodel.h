#pragma once

#include "conflicts.h"

#include <QAbstractTableModel>

namespace SchoolSuite {

// The open conflicts for the Sync page: one row per conflict.
class ConflictsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Table, Record, Field, Kept, Lost, KeptBy, LostBy, Detected, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 }; // the conflict id (for Conflicts::restore/keep)

    explicit ConflictsModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    // What people call a table and a field ("Students", "Phone"), translated.
    static QString tableTitle(const QString &table);
    static QString fieldTitle(const QString &table, const QString &field);
    ConflictItem itemAt(int row) const;

private:
    Conflicts m_conflicts;
    QList<ConflictItem> m_items;
};

} // namespace SchoolSuite
