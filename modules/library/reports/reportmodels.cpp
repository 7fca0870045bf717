#include "reportmodels.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace SchoolSuite::Library {

namespace {
QVariant right()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}
} // namespace

QString monthTitle(const QDate &month)
{
    return QCoreApplication::translate("SchoolSuite::Library::LibraryReports", "%1-%2")
        .arg(month.year())
        .arg(month.month(), 2, 10, QLatin1Char('0'));
}

CollectionModel::CollectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CollectionModel::setCounts(const QList<ClassCount> &counts)
{
    beginResetModel();
    m_counts = counts;
    m_titles = m_copies = 0;
    for (const ClassCount &c : counts) {
        m_titles += c.titles;
        m_copies += c.copies;
    }
    endResetModel();
}

int CollectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_counts.isEmpty() ? 0 : int(m_counts.size()) + 1;
}

int CollectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CollectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() > m_counts.size())
        return {};
    const bool total = index.row() == m_counts.size();
    if (role == Qt::TextAlignmentRole && index.column() >= Titles)
        return right();
    if (role == Qt::FontRole && total) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const int titles = total ? m_titles : m_counts.at(index.row()).titles;
    const int copies = total ? m_copies : m_counts.at(index.row()).copies;
    switch (index.column()) {
    case Letter:
        return total ? QString() : m_counts.at(index.row()).letter;
    case Name:
        return total ? tr("Total") : m_counts.at(index.row()).name;
    case Titles:
        return titles;
    case Copies:
        return copies;
    case Share:
        if (role == Qt::UserRole)
            return m_copies > 0 ? double(copies) / m_copies : 0.0;
        return m_copies > 0
                   ? QLocale().toString(100.0 * copies / m_copies, 'f', 1) + QLatin1Char('%')
                   : QString();
    }
    return {};
}

QVariant CollectionModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Letter:
        return tr("Class");
    case Name:
        return tr("Name");
    case Titles:
        return tr("Titles");
    case Copies:
        return tr("Copies");
    case Share:
        return tr("Share");
    }
    return {};
}

MonthlyLoansModel::MonthlyLoansModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MonthlyLoansModel::setLoans(const MonthlyLoans &loans)
{
    beginResetModel();
    m_loans = loans;
    endResetModel();
}

int MonthlyLoansModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_loans.months.isEmpty() ? 0 : int(m_loans.rows.size()) + 1;
}

int MonthlyLoansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_loans.months.isEmpty() ? 0 : int(m_loans.months.size()) + 2;
}

QVariant MonthlyLoansModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() > m_loans.rows.size())
        return {};
    const bool total = index.row() == m_loans.rows.size();
    const int months = int(m_loans.months.size());
    if (role == Qt::TextAlignmentRole && index.column() > 0)
        return right();
    if (role == Qt::FontRole && (total || index.column() == months + 1)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == 0)
        return total ? tr("Total") : m_loans.rows.at(index.row()).label;
    if (index.column() == months + 1)
        return total ? m_loans.total : m_loans.rows.at(index.row()).total;
    const int m = index.column() - 1;
    return total ? m_loans.totalPerMonth.at(m) : m_loans.rows.at(index.row()).perMonth.at(m);
}

QVariant MonthlyLoansModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    if (section == 0)
        return tr("Readers");
    if (section == m_loans.months.size() + 1)
        return tr("Total");
    if (section > 0 && section <= m_loans.months.size())
        return monthTitle(m_loans.months.at(section - 1));
    return {};
}

TopTitlesModel::TopTitlesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TopTitlesModel::setTitles(const QList<TopTitle> &titles)
{
    beginResetModel();
    m_titles = titles;
    endResetModel();
}

int TopTitlesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

int TopTitlesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopTitlesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_titles.size())
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == Rank || index.column() == Loans))
        return right();
    if (role != Qt::DisplayRole)
        return {};
    const TopTitle &t = m_titles.at(index.row());
    switch (index.column()) {
    case Rank:
        return index.row() + 1;
    case Title:
        return t.title;
    case Author:
        return t.responsibility;
    case Class:
        return t.clc;
    case Loans:
        return t.loans;
    }
    return {};
}

QVariant TopTitlesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Title:
        return tr("Title");
    case Author:
        return tr("Author");
    case Class:
        return tr("Class number");
    case Loans:
        return tr("Loans");
    }
    return {};
}

} // namespace SchoolSuite::Library
