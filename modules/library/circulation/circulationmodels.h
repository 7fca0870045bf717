#pragma once

#include "circulation.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace SchoolSuite {

// Loans as a table: a reader's loans at the desk, the overdue and clearance lists, the copies
// lent twice. Overdue rows are red.
class LoansModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Title,
        Barcode,
        CallNo,
        Reader,
        Class,
        LentAt,
        Due,
        Overdue,
        Renewals,
        Desk,
        ColumnCount
    };
    enum Roles { LoanIdRole = Qt::UserRole + 1, OverdueDaysRole };

    explicit LoansModel(QObject *parent = nullptr);
    void setLoans(const QList<LoanInfo> &loans, const QDate &today);
    const QList<LoanInfo> &loans() const { return m_loans; }
    const LoanInfo &loan(int row) const { return m_loans.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<LoanInfo> m_loans;
    QDate m_today;
};

// A reader's holds: the title, waiting (with the place in the queue) or ready until a day.
class HoldsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Status, ReadyUntil, ColumnCount };
    explicit HoldsModel(QObject *parent = nullptr);
    void setHolds(const QList<HoldInfo> &holds);
    const HoldInfo &hold(int row) const { return m_holds.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<HoldInfo> m_holds;
};

// What the desk did in this session, newest first: every scan and its answer.
class DeskLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Kind { Lent, Returned, Renewed, Reader, Refused, Notice };
    enum Column { Time, Action, Scan, Message, ColumnCount };
    enum Roles { KindRole = Qt::UserRole + 1 };
    struct Entry
    {
        QDateTime at;
        Kind kind = Notice;
        QString scan;
        QString message;
    };

    explicit DeskLogModel(QObject *parent = nullptr);
    void add(Kind kind, const QString &scan, const QString &message);
    const Entry &entry(int row) const { return m_entries.at(row); }
    int count(Kind kind) const;
    static QString kindTitle(Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Entry> m_entries; // newest first
};

} // namespace SchoolSuite
