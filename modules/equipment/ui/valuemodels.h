#pragma once

#include "equipment/value/scrapservice.h"
#include "equipment/value/valuereport.h"

#include <QAbstractTableModel>

namespace SchoolSuite {

// Scrapping requests as a table: tag, item, reason, asked by/on, status, decision.
class ScrapRequestsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Tag, Item, Reason, RequestedBy, RequestedOn, Status, Decision, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, StatusRole };

    explicit ScrapRequestsModel(QObject *parent = nullptr);
    void setRequests(const QList<ScrapRequest> &requests);
    const ScrapRequest &request(int row) const { return m_requests.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<ScrapRequest> m_requests;
};

// The value report's rows (category, funding source, count, cost, depreciation, net) and a
// total row at the end.
class ValueReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Category, Funding, Count, Cost, Accumulated, Net, ColumnCount };

    explicit ValueReportModel(QObject *parent = nullptr);
    void setReport(const ValueReport::Report &report);
    const ValueReport::Report &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    ValueReport::Report m_report;
};

// The computers due for replacement, oldest first.
class ReplacementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReplacementModel(QObject *parent = nullptr);
    void setList(const ValueReport::ReplacementList &list);
    const ValueReport::ReplacementList &list() const { return m_list; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    ValueReport::ReplacementList m_list;
    Table m_table; // the same cells the CSV export writes
};

} // namespace SchoolSuite
