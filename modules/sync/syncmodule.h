#pragma once

#include "core/app/module.h"

namespace SchoolSuite {

// The sync module as the platform sees it: its tables (conflicts, district data, drafts) and
// its migrations. Its pages are registered by the sync ui target.
class SyncModule : public Module
{
public:
    QString id() const override { return QStringLiteral("sync"); }
    QString title() const override;
    QString iconName() const override { return QStringLiteral("view-refresh"); }
    Permission permission() const override { return Permission::PeopleView; }
    QList<TableDecl> syncedTables() const override;
};

// Registers the sync module after the core modules; every program calls it once.
void registerSyncModule();

} // namespace SchoolSuite
