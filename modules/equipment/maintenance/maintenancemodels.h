#pragma once

#include "maintenanceservice.h"

#include <QAbstractTableModel>

namespace SchoolSuite {

class Session;

// Table models of the maintenance tab, loaded through MaintenanceService for one session (which
// must outlive them). reload() reads again; a refused read leaves the model empty with
// lastError().
class RepairsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ReportedOn, Item, Fault, ReportedBy, Status, Vendor, Cost };
    enum Roles { IdRole = Qt::UserRole + 1, SortRole };

    explicit RepairsModel(const Session &session, QObject *parent = nullptr);

    void setUnfinishedOnly(bool only);
    void reload();
    const RepairTicket &ticket(int row) const { return m_rows.at(row); }
    int rowOfId(const QString &id) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString yuan(qint64 fen); // "123.45"; empty for -1

private:
    const Session &m_session;
    bool m_unfinishedOnly = false;
    QList<RepairTicket> m_rows;
    QString m_lastError;
};

class MaintenancePlansModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Task, Target, Every, StartsOn, Active };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit MaintenancePlansModel(const Session &session, QObject *parent = nullptr);

    void reload();
    const MaintenancePlan &plan(int row) const { return m_rows.at(row); }
    int rowOfId(const QString &id) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Session &m_session;
    QList<MaintenancePlan> m_rows;
    QString m_lastError;
};

// The due list: overdue and due-soon maintenance (or every covered item with showAll).
class MaintenanceDueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DueOn, State, Task, Item, Room, LastDone };
    enum Roles { StateRole = Qt::UserRole + 1 };

    explicit MaintenanceDueModel(const Session &session, QObject *parent = nullptr);

    void setShowAll(bool all);
    void reload();
    const MaintenanceDue &due(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_lastError; }
    static QString stateTitle(MaintenanceDue::State state); // translated

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Session &m_session;
    bool m_showAll = false;
    QList<MaintenanceDue> m_rows;
    QString m_lastError;
};

} // namespace SchoolSuite
