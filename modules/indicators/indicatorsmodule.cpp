#include "indicatorsmodule.h"

#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::IndicatorsModule", text);
}
} // namespace

QString IndicatorsModule::title() const
{
    return tr("Indicators");
}

QList<TableDecl> IndicatorsModule::syncedTables() const
{
    const QString m = id();
    // Principals and clerks (IndicatorsView) set the campus network and record a year.
    return {TableDecl::reg(m, QStringLiteral("indicator_settings"))
                .writtenWith(Permission::IndicatorsView)
                .titled(tr("Indicator settings"),
                        {{QStringLiteral("key"), tr("Setting")},
                         {QStringLiteral("value"), tr("Value")}}),
            TableDecl::reg(m, QStringLiteral("indicator_snapshots"))
                .writtenWith(Permission::IndicatorsView)
                .titled(tr("Recorded indicators"),
                        {{QStringLiteral("year"), tr("Year")},
                         {QStringLiteral("key"), tr("Indicator")},
                         {QStringLiteral("value"), tr("Value")}})};
}

void registerIndicatorsModule()
{
    if (!ModuleRegistry::instance().find(QStringLiteral("indicators")))
        ModuleRegistry::instance().add(std::make_shared<IndicatorsModule>());
}

} // namespace SchoolSuite
