#pragma once

#include "core/app/module.h"

namespace SchoolSuite {

// The people directory as a module: students, staff, classes, rooms, school years, and the
// audit log the platform keeps.
class PeopleModule : public Module
{
public:
    QString id() const override { return QStringLiteral("people"); }
    QString title() const override;
    QString iconName() const override { return QStringLiteral("system-users"); }
    Permission permission() const override { return Permission::PeopleView; }
    QString migrationSet() const override { return QStringLiteral("core"); }
    QList<TableDecl> syncedTables() const override;
    QList<std::shared_ptr<SearchProvider>> searchProviders() const override;
};

} // namespace SchoolSuite
