#pragma once

#include "equipment/maintenance/maintenanceservice.h"

class QWidget;

namespace SchoolSuite {

class RecordDialog;
class Session;

// The forms of the maintenance tab. Each opens window-modal, writes through MaintenanceService
// on Save, stays open with the message when the service refuses, and deletes itself on close.
namespace MaintenanceDialogs {
// Report a fault: the item by its asset tag (typed or scanned), and what is wrong.
RecordDialog *reportFault(const Session &session, QWidget *parent, const QString &tag = {});
// The clerk's fields of a ticket: vendor, cost, resolution.
RecordDialog *editRepair(const Session &session, QWidget *parent, const RepairTicket &ticket);
// Send for repair (to a vendor): the item's status becomes 维修.
RecordDialog *startRepair(const Session &session, QWidget *parent, const RepairTicket &ticket);
// Close the ticket: resolution, cost, day; an item in repair comes back.
RecordDialog *finishRepair(const Session &session, QWidget *parent, const RepairTicket &ticket);
// Add (plan.id empty) or change a plan.
RecordDialog *editPlan(const Session &session, QWidget *parent, const MaintenancePlan &plan);
// Record that a due task was done.
RecordDialog *markDone(const Session &session, QWidget *parent, const MaintenanceDue &due);
} // namespace MaintenanceDialogs

} // namespace SchoolSuite
