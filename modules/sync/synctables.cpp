#include "synctables.h"

#include "core/app/module.h"

namespace SchoolSuite::SyncTables {

QList<TableDecl> all()
{
    QList<TableDecl> tables;
    for (const auto &module : ModuleRegistry::instance().modules())
        tables += module->syncedTables();
    return tables;
}

std::optional<TableDecl> find(const QString &name)
{
    for (const TableDecl &t : all()) {
        if (t.name == name)
            return t;
    }
    return std::nullopt;
}

} // namespace SchoolSuite::SyncTables
