#pragma once

#include "core/app/module.h"

namespace SchoolSuite {

// The informatization indicators against the district plan, their charts and the supervision
// report (docs/user-guide/*/indicators.md). Principals and clerks see it.
class IndicatorsModule : public Module
{
public:
    QString id() const override { return QStringLiteral("indicators"); }
    QString title() const override;
    QString iconName() const override { return QStringLiteral("office-chart-line"); }
    Permission permission() const override { return Permission::IndicatorsView; }
    QList<TableDecl> syncedTables() const override;
};

// Adds the module to ModuleRegistry (once). Every program calls it.
void registerIndicatorsModule();

} // namespace SchoolSuite
