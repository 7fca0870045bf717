#include "maintenancemodels.h"

#include "core/error.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString isoDay(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

// --- RepairsModel

RepairsModel::RepairsModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void RepairsModel::setUnfinishedOnly(bool only)
{
    m_unfinishedOnly = only;
    reload();
}

void RepairsModel::reload()
{
    beginResetModel();
    m_lastError.clear();
    try {
        m_rows = MaintenanceService(m_session).repairs(m_unfinishedOnly);
    } catch (const Error &e) {
        m_rows.clear();
        m_lastError = e.message();
    }
    endResetModel();
}

int RepairsModel::rowOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString RepairsModel::yuan(qint64 fen)
{
    return fen < 0 ? QString() : QString::number(double(fen) / 100.0, 'f', 2);
}

int RepairsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RepairsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Cost + 1;
}

QVariant RepairsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RepairTicket &t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role == SortRole && index.column() == Cost)
        return t.costFen;
    if (role == Qt::ForegroundRole && index.column() == Status && t.status != QLatin1String("done"))
        return QBrush(QColor(0xb0, 0x40, 0x00));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case ReportedOn:
        return isoDay(t.reportedOn);
    case Item:
        return QStringLiteral("%1 (%2)").arg(t.itemName, t.itemTag);
    case Fault:
        return t.fault;
    case ReportedBy:
        return t.reportedBy;
    case Status:
        return MaintenanceService::repairStatusTitle(t.status);
    case Vendor:
        return t.vendor;
    case Cost:
        return yuan(t.costFen);
    default:
        return {};
    }
}

QVariant RepairsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReportedOn:
        return tr("Reported on");
    case Item:
        return tr("Item");
    case Fault:
        return tr("Fault");
    case ReportedBy:
        return tr("Reported by");
    case Status:
        return tr("Status");
    case Vendor:
        return tr("Vendor");
    case Cost:
        return tr("Cost (yuan)");
    default:
        return {};
    }
}

// --- MaintenancePlansModel

MaintenancePlansModel::MaintenancePlansModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void MaintenancePlansModel::reload()
{
    beginResetModel();
    m_lastError.clear();
    try {
        m_rows = MaintenanceService(m_session).plans();
    } catch (const Error &e) {
        m_rows.clear();
        m_lastError = e.message();
    }
    endResetModel();
}

int MaintenancePlansModel::rowOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int MaintenancePlansModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaintenancePlansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Active + 1;
}

QVariant MaintenancePlansModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MaintenancePlan &p = m_rows.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role == Qt::ForegroundRole && !p.active)
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Task:
        return p.task;
    case Target:
        return p.itemId.isEmpty() ? tr("every item of %1").arg(p.targetName) : p.targetName;
    case Every:
        return tr("%n month(s)", nullptr, p.everyMonths);
    case StartsOn:
        return isoDay(p.startsOn);
    case Active:
        return p.active ? tr("Active") : tr("Paused");
    default:
        return {};
    }
}

QVariant MaintenancePlansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Task:
        return tr("Task");
    case Target:
        return tr("For");
    case Every:
        return tr("Every");
    case StartsOn:
        return tr("Starts on");
    case Active:
        return tr("State");
    default:
        return {};
    }
}

// --- MaintenanceDueModel

MaintenanceDueModel::MaintenanceDueModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void MaintenanceDueModel::setShowAll(bool all)
{
    m_showAll = all;
    reload();
}

void MaintenanceDueModel::reload()
{
    beginResetModel();
    m_lastError.clear();
    try {
        m_rows = MaintenanceService(m_session).dueList(QDate::currentDate(), m_showAll ? -1 : 30);
    } catch (const Error &e) {
        m_rows.clear();
        m_lastError = e.message();
    }
    endResetModel();
}

QString MaintenanceDueModel::stateTitle(MaintenanceDue::State state)
{
    switch (state) {
    case MaintenanceDue::Overdue:
        return tr("Overdue");
    case MaintenanceDue::DueSoon:
        return tr("Due soon");
    case MaintenanceDue::Later:
        return tr("Later");
    }
    return {};
}

int MaintenanceDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaintenanceDueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LastDone + 1;
}

QVariant MaintenanceDueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MaintenanceDue &d = m_rows.at(index.row());
    if (role == StateRole)
        return int(d.state);
    if (role == Qt::ForegroundRole && d.state == MaintenanceDue::Overdue)
        return QBrush(QColor(0xc0, 0x1c, 0x28));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DueOn:
        return isoDay(d.nextDue);
    case State:
        return stateTitle(d.state);
    case Task:
        return d.task;
    case Item:
        return QStringLiteral("%1 (%2)").arg(d.itemName, d.itemTag);
    case Room:
        return d.roomName;
    case LastDone:
        return d.lastDone.isValid() ? isoDay(d.lastDone) : tr("never");
    default:
        return {};
    }
}

QVariant MaintenanceDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueOn:
        return tr("Due on");
    case State:
        return tr("State");
    case Task:
        return tr("Task");
    case Item:
        return tr("Item");
    case Room:
        return tr("Room");
    case LastDone:
        return tr("Last done");
    default:
        return {};
    }
}

} // namespace SchoolSuite
