#include "permissions.h"

namespace SchoolSuite::Roles {

QList<Role> all()
{
    return {Role::Administrator,
            Role::Principal,
            Role::Clerk,
            Role::Librarian,
            Role::Teacher,
            Role::HomeroomTeacher};
}

QString key(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Principal:
        return QStringLiteral("principal");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Librarian:
        return QStringLiteral("librarian");
    case Role::Teacher:
        return QStringLiteral("teacher");
    case Role::HomeroomTeacher:
        return QStringLiteral("homeroom_teacher");
    }
    return {};
}

Role fromKey(const QString &k, bool *ok)
{
    for (Role r : all()) {
        if (key(r) == k) {
            if (ok)
                *ok = true;
            return r;
        }
    }
    if (ok)
        *ok = false;
    return Role::Teacher;
}

QString title(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("SchoolSuite::Roles", "Administrator");
    case Role::Principal:
        return QCoreApplication::translate("SchoolSuite::Roles", "Principal");
    case Role::Clerk:
        return QCoreApplication::translate("SchoolSuite::Roles", "Clerk");
    case Role::Librarian:
        return QCoreApplication::translate("SchoolSuite::Roles", "Librarian");
    case Role::Teacher:
        return QCoreApplication::translate("SchoolSuite::Roles", "Teacher");
    case Role::HomeroomTeacher:
        return QCoreApplication::translate("SchoolSuite::Roles", "Homeroom teacher");
    }
    return {};
}

bool allows(Role role, Permission p)
{
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::Principal:
        return p == Permission::PeopleView || p == Permission::PeopleContact
               || p == Permission::PeopleExport || p == Permission::SensitiveReveal
               || p == Permission::AuditView || p == Permission::EquipmentView
               || p == Permission::EquipmentBook || p == Permission::EquipmentApprove
               || p == Permission::IndicatorsView || p == Permission::LibraryView
               || p == Permission::WhiteboardUse;
    case Role::Clerk:
        return p == Permission::PeopleView || p == Permission::PeopleContact
               || p == Permission::PeopleEdit || p == Permission::PeopleImport
               || p == Permission::PeopleExport || p == Permission::SensitiveReveal
               || p == Permission::EquipmentView || p == Permission::EquipmentBook
               || p == Permission::EquipmentEdit || p == Permission::IndicatorsView
               || p == Permission::LibraryView || p == Permission::LibraryCirculate
               || p == Permission::LibraryEdit;
    case Role::Librarian:
        return p == Permission::PeopleView || p == Permission::EquipmentView
               || p == Permission::EquipmentBook || p == Permission::LibraryView
               || p == Permission::LibraryCirculate || p == Permission::LibraryEdit;
    case Role::Teacher:
        return p == Permission::PeopleView || p == Permission::EquipmentView
               || p == Permission::EquipmentBook || p == Permission::LibraryView
               || p == Permission::WhiteboardUse;
    case Role::HomeroomTeacher:
        if (p == Permission::EquipmentView || p == Permission::EquipmentBook
            || p == Permission::LibraryView || p == Permission::WhiteboardUse)
            return true;
        // Within their own class only; the services narrow the rows.
        return p == Permission::PeopleView || p == Permission::PeopleContact
               || p == Permission::PeopleEdit || p == Permission::SensitiveReveal;
    }
    return false;
}

QString permissionKey(Permission p)
{
    switch (p) {
    case Permission::PeopleView:
        return QStringLiteral("people.view");
    case Permission::PeopleContact:
        return QStringLiteral("people.contact");
    case Permission::PeopleEdit:
        return QStringLiteral("people.edit");
    case Permission::PeopleImport:
        return QStringLiteral("people.import");
    case Permission::PeopleExport:
        return QStringLiteral("people.export");
    case Permission::SensitiveReveal:
        return QStringLiteral("people.reveal");
    case Permission::UsersManage:
        return QStringLiteral("users.manage");
    case Permission::AuditView:
        return QStringLiteral("audit.view");
    case Permission::StoreAdmin:
        return QStringLiteral("store.admin");
    case Permission::SettingsManage:
        return QStringLiteral("settings.manage");
    case Permission::EquipmentView:
        return QStringLiteral("equipment.view");
    case Permission::EquipmentBook:
        return QStringLiteral("equipment.book");
    case Permission::EquipmentEdit:
        return QStringLiteral("equipment.edit");
    case Permission::EquipmentApprove:
        return QStringLiteral("equipment.approve");
    case Permission::IndicatorsView:
        return QStringLiteral("indicators.view");
    case Permission::LibraryView:
        return QStringLiteral("library.view");
    case Permission::LibraryCirculate:
        return QStringLiteral("library.circulate");
    case Permission::LibraryEdit:
        return QStringLiteral("library.edit");
    case Permission::WhiteboardUse:
        return QStringLiteral("whiteboard.use");
    }
    return {};
}

} // namespace SchoolSuite::Roles
