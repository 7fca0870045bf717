#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace SchoolSuite {

enum class Role { Administrator, Principal, Clerk, Librarian, Teacher, HomeroomTeacher };

enum class Permission {
    PeopleView,    // names, classes, staff list
    PeopleContact, // guardians and phone numbers
    PeopleEdit,
    PeopleImport,
    PeopleExport,
    SensitiveReveal, // ID numbers in full (each reveal is audited)
    UsersManage,
    AuditView,
    StoreAdmin, // backup, restore, check
    SettingsManage,
    EquipmentView,    // the asset register, bookings, maintenance lists
    EquipmentBook,    // reserve shared equipment, report a fault
    EquipmentEdit,    // register, move, lend, stocktake, labels, scrapping requests
    EquipmentApprove, // approve scrapping (报废)
    IndicatorsView,   // the informatization indicators and the supervision report
    LibraryView,      // the catalog, reports; a homeroom teacher's class's overdue loans
    LibraryCirculate, // the circulation desk: lend, return, renew, holds
    LibraryEdit,      // cataloguing, MARC import, stocktake, labels, rules and calendar
    WhiteboardUse,    // prepare and present board documents
};

// What each role may do; a homeroom teacher's people permissions are limited to their own
// class by the services (Session::ownClassIds).
namespace Roles {
QList<Role> all();
QString key(Role role); // "homeroom_teacher"
Role fromKey(const QString &key, bool *ok = nullptr);
QString title(Role role); // translated
bool allows(Role role, Permission permission);
QString permissionKey(Permission permission);
} // namespace Roles

} // namespace SchoolSuite
