#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>

namespace SchoolSuite {

class Session;

// The asset register as a table for the list page: every item with its category, model, room
// and custodian by name, read in one query. Filter texts and sort keys are computed once per
// load, so a 20,000-item register filters in a few milliseconds per keystroke. The session must
// outlive the model.
class EquipmentItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Tag,
        Name,
        Category,
        Model,
        Room,
        Custodian,
        Status,
        Use,
        PurchaseDate,
        Price,
        ColumnCount
    };
    enum Roles {
        // Names sort by pinyin, dates and prices as such, the rest by text.
        SortRole = Qt::UserRole + 1,
        // One lowercase string per row: every column, the serial number and the pinyin (full
        // and initials) of the name, for ListFilterProxy.
        FilterRole,
        IdRole,
        StatusKeyRole, // "in_use"
        CategoryIdRole,
        RoomIdRole,
    };

    struct Item
    {
        QString id;
        QString tag;
        QString name;
        QString categoryId;
        QString category;
        QString model;
        QString serial;
        QString roomId;
        QString room;
        QString custodianId;
        QString custodian;
        QString status; // key
        QString use;    // key
        QDate purchaseDate;
        qint64 priceFen = -1;
        QString fundingSource;
    };

    explicit EquipmentItemsModel(const Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the register again. A session without EquipmentView gets an empty model and
    // lastError().
    void reload();
    QString lastError() const { return m_lastError; }

    const Item &item(int row) const { return m_items.at(row); }
    QString idAt(int row) const;
    int rowOfId(const QString &id) const; // -1 if absent

private:
    QString text(int row, int column) const;
    void load();
    // The rank of each row in the sort order of column: the proxy compares integers, not texts,
    // on every keystroke. Computed on first use per column.
    const QList<int> &ranks(int column) const;

    const Session &m_session;
    QList<Item> m_items;
    QStringList m_filterTexts;
    QStringList m_nameKeys;
    QStringList m_statusTitles; // by row, translated once
    QStringList m_useTitles;
    QString m_lastError;
    mutable QList<QList<int>> m_ranks; // by column; empty until asked for
};

} // namespace SchoolSuite
