#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace SchoolSuite {

class Database;
class Session;

// A repair ticket (equipment_repairs): open -> in_progress (sent for repair) -> done.
struct RepairTicket
{
    QString id;
    QString itemId;
    QString itemName;
    QString itemTag;
    QString itemStatus; // the item's status key now
    QDate reportedOn;
    QString reportedBy;
    QString fault;
    QString vendor;
    qint64 costFen = -1; // -1: not known
    QString resolution;
    QDate resolvedOn;
    QString status; // open, in_progress, done
};

// Recurring maintenance of one item or of every item of a category (and its subcategories).
struct MaintenancePlan
{
    QString id;
    QString itemId; // one of itemId and categoryId is set
    QString categoryId;
    QString targetName; // the item (tag) or the category, for lists
    QString task;       // "replace the projector lamp"
    int everyMonths = 0;
    QDate startsOn;
    bool active = true;
};

// One item a plan covers, and when its maintenance is next due.
struct MaintenanceDue
{
    enum State { Overdue, DueSoon, Later };

    QString planId;
    QString task;
    int everyMonths = 0;
    QString itemId;
    QString itemName;
    QString itemTag;
    QString roomName;
    QDate lastDone; // invalid: never done
    QDate nextDue;
    State state = Later;
};

struct MaintenanceRecord
{
    QString id;
    QString planId;
    QString itemId;
    QDate doneOn;
    QString doneBy;
    QString note;
};

// Repairs and maintenance on behalf of a session. EquipmentView reads; EquipmentBook reports a
// fault; EquipmentEdit manages tickets, plans and marks maintenance done. Sending an item for
// repair and getting it back are movements of the register (EquipmentService), so the item's
// status and history follow the ticket.
class MaintenanceService
{
public:
    explicit MaintenanceService(const Session &session);

    static QStringList repairStatuses();                     // open, in_progress, done
    static QString repairStatusTitle(const QString &status); // translated: 待处理, 维修中, 已完成

    // --- repair tickets
    QString reportFault(const QString &itemId, const QString &fault);
    QList<RepairTicket> repairs(bool unfinishedOnly = false) const; // newest first
    RepairTicket repair(const QString &id) const;                   // throws NotFound
    // The clerk's fields; costFen -1 clears the cost.
    void updateRepair(const QString &id,
                      const QString &vendor,
                      qint64 costFen,
                      const QString &resolution);
    // open -> in_progress: the item goes to status "repair" (a movement), unless it is there.
    void startRepair(const QString &id, const QString &vendor = {});
    // open or in_progress -> done: an item in repair comes back (movement "repaired").
    void finishRepair(const QString &id,
                      const QString &resolution,
                      qint64 costFen = -1,
                      const QDate &resolvedOn = QDate::currentDate());

    // --- plans
    QList<MaintenancePlan> plans() const;
    MaintenancePlan plan(const QString &id) const; // throws NotFound
    QString addPlan(const MaintenancePlan &plan);
    void updatePlan(const MaintenancePlan &plan);
    void setPlanActive(const QString &id, bool active);

    // The next date of each item of each active plan: the last time it was done (or the plan's
    // start when never) plus the plan's months; a month end stays in its month (Jan 31 + 1 month
    // is Feb 28 or 29). Overdue: before asOf; due soon: within withinDays of asOf. With
    // withinDays < 0 every covered item is listed. Scrapped and lost items are left out.
    QList<MaintenanceDue> dueList(const QDate &asOf, int withinDays = 30) const;
    static QDate nextDue(const QDate &lastDoneOrStart, int everyMonths);
    // Records that the plan's task was done on the item (a fact).
    QString markDone(const QString &planId,
                     const QString &itemId,
                     const QDate &doneOn = QDate::currentDate(),
                     const QString &note = {});
    QList<MaintenanceRecord> records(const QString &planId, const QString &itemId = {}) const;

    const Session &session() const { return m_session; }

private:
    void checkPlan(const MaintenancePlan &plan) const;
    bool covers(const QString &planId, const QString &itemId) const;

    const Session &m_session;
    Database &m_db;
};

} // namespace SchoolSuite
