#pragma once

#include "libraryreports.h"

#include <QAbstractTableModel>

namespace SchoolSuite::Library {

// The collection by main class: letter, name, titles, copies, share of the copies; a total row.
class CollectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Letter, Name, Titles, Copies, Share, ColumnCount };
    explicit CollectionModel(QObject *parent = nullptr);
    void setCounts(const QList<ClassCount> &counts);
    const QList<ClassCount> &counts() const { return m_counts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<ClassCount> m_counts;
    int m_titles = 0;
    int m_copies = 0;
};

// Loans per month: a row per class (or grade), a column per month, the total; a total row.
class MonthlyLoansModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit MonthlyLoansModel(QObject *parent = nullptr);
    void setLoans(const MonthlyLoans &loans);
    const MonthlyLoans &loans() const { return m_loans; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    MonthlyLoans m_loans;
};

// The most borrowed titles: rank, title, author, class number, loans.
class TopTitlesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Title, Author, Class, Loans, ColumnCount };
    explicit TopTitlesModel(QObject *parent = nullptr);
    void setTitles(const QList<TopTitle> &titles);
    const QList<TopTitle> &titles() const { return m_titles; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<TopTitle> m_titles;
};

// "2025-03" as the reports show a month: "2025年3月" in Chinese, "Mar 2025" in English.
QString monthTitle(const QDate &month);

} // namespace SchoolSuite::Library
