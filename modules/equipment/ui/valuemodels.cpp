#include "valuemodels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace SchoolSuite {

ScrapRequestsModel::ScrapRequestsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ScrapRequestsModel::setRequests(const QList<ScrapRequest> &requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

int ScrapRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int ScrapRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScrapRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_requests.size())
        return {};
    const ScrapRequest &r = m_requests.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == StatusRole)
        return int(r.status);
    if (role == Qt::ForegroundRole && index.column() == Status)
        return r.status == ScrapStatus::Pending
                   ? QBrush(QColor(0xe6, 0x51, 0x00))
                   : (r.status == ScrapStatus::Approved ? QBrush(QColor(0x2e, 0x7d, 0x32))
                                                        : QBrush(QColor(0x75, 0x75, 0x75)));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Tag:
        return r.tag;
    case Item:
        return r.itemName;
    case Reason:
        return r.reason;
    case RequestedBy:
        return r.requestedBy;
    case RequestedOn:
        return r.requestedOn.toString(Qt::ISODate);
    case Status:
        return ScrapKeys::statusTitle(r.status);
    case Decision: {
        if (r.status == ScrapStatus::Pending)
            return QString();
        QStringList parts{r.decidedBy, r.decidedOn.toString(Qt::ISODate)};
        if (!r.decisionNote.isEmpty())
            parts << r.decisionNote;
        if (!r.disposal.isEmpty())
            parts << tr("disposal: %1").arg(r.disposal);
        parts.removeAll(QString());
        return parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

QVariant ScrapRequestsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Tag:
        return tr("Asset tag");
    case Item:
        return tr("Item");
    case Reason:
        return tr("Reason");
    case RequestedBy:
        return tr("Requested by");
    case RequestedOn:
        return tr("Requested on");
    case Status:
        return tr("Status");
    case Decision:
        return tr("Decision");
    }
    return {};
}

ValueReportModel::ValueReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ValueReportModel::setReport(const ValueReport::Report &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int ValueReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size()) + 1;
}

int ValueReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValueReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() > m_report.rows.size())
        return {};
    const bool total = index.row() == m_report.rows.size();
    const ValueReport::Row &r = total ? m_report.total : m_report.rows.at(index.row());
    if (role == Qt::FontRole && total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Count)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) // raw figures for sorting and tests
        switch (index.column()) {
        case Count:
            return r.count;
        case Cost:
            return r.costFen;
        case Accumulated:
            return r.accumulatedFen;
        case Net:
            return r.netFen;
        default:
            break;
        }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Category:
        return total ? tr("Total") : r.categoryName;
    case Funding:
        return total ? QString()
                     : (r.fundingSource.isEmpty() ? tr("(not recorded)") : r.fundingSource);
    case Count:
        return r.count;
    case Cost:
        return ValueReport::money(r.costFen);
    case Accumulated:
        return ValueReport::money(r.accumulatedFen);
    case Net:
        return ValueReport::money(r.netFen);
    }
    return {};
}

QVariant ValueReportModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Category:
        return tr("Category");
    case Funding:
        return tr("Funding source");
    case Count:
        return tr("Items");
    case Cost:
        return tr("Original cost (yuan)");
    case Accumulated:
        return tr("Accumulated depreciation (yuan)");
    case Net:
        return tr("Net value (yuan)");
    }
    return {};
}

ReplacementModel::ReplacementModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReplacementModel::setList(const ValueReport::ReplacementList &list)
{
    beginResetModel();
    m_list = list;
    m_table = ValueReport::table(list);
    endResetModel();
}

int ReplacementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount();
}

int ReplacementModel::columnCount(const QModelIndex &parent) const
{
    static const int columns
        = int(ValueReport::table(ValueReport::ReplacementList{}).header.size());
    return parent.isValid() ? 0 : columns;
}

QVariant ReplacementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rowCount()
        || index.column() >= m_table.columnCount())
        return {};
    if (role == Qt::ForegroundRole && m_list.items.at(index.row()).pastLife)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::UserRole)
        return m_list.items.at(index.row()).itemId;
    if (role != Qt::DisplayRole)
        return {};
    return m_table.rows.at(index.row()).at(index.column());
}

QVariant ReplacementModel::headerData(int section, Qt::Orientation o, int role) const
{
    const QStringList header = m_table.header.isEmpty()
                                   ? ValueReport::table(ValueReport::ReplacementList{}).header
                                   : m_table.header;
    if (o != Qt::Horizontal || role != Qt::DisplayRole || section >= header.size())
        return QAbstractTableModel::headerData(section, o, role);
    return header.at(section);
}

} // namespace SchoolSuite
