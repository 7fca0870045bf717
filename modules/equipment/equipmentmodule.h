#pragma once

#include "core/app/module.h"

namespace SchoolSuite {

// Equipment and assets: the register, movements, bookings, maintenance, stocktake, scrapping,
// labels (docs/equipment.md).
class EquipmentModule : public Module
{
public:
    QString id() const override { return QStringLiteral("equipment"); }
    QString title() const override;
    QString iconName() const override { return QStringLiteral("computer"); }
    Permission permission() const override { return Permission::EquipmentView; }
    QList<TableDecl> syncedTables() const override;
    QList<std::shared_ptr<SearchProvider>> searchProviders() const override;
    void initialize(LocalStore &store) override;
    void createDemo(LocalStore &store, bool large, quint32 seed) override;
};

// Adds the module to ModuleRegistry (once). Every program calls it.
void registerEquipmentModule();

} // namespace SchoolSuite
