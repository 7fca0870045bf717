#include "syncmodule.h"

#include <QCoreApplication>

namespace SchoolSuite {

QString SyncModule::title() const
{
    return QCoreApplication::translate("SchoolSuite::SyncModule", "Sync");
}

QList<TableDecl> SyncModule::syncedTables() const
{
    const QString m = id();
    return {TableDecl::reg(m, QStringLiteral("sync_conflicts")),
            TableDecl::reg(m, QStringLiteral("district_targets")).inScope(TableScope::District),
            TableDecl::reg(m, QStringLiteral("district_notices")).inScope(TableScope::District),
            TableDecl::reg(m, QStringLiteral("drafts")).inScope(TableScope::Personal)};
}

void registerSyncModule()
{
    if (!ModuleRegistry::instance().find(QStringLiteral("sync")))
        ModuleRegistry::instance().add(std::make_shared<SyncModule>());
}

} // namespace SchoolSuite
