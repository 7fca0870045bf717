#include "equipmentmodule.h"

#include "maintenance/plandemo.h"
#include "register/equipmentdefaults.h"
#include "register/equipmentdemo.h"
#include "register/equipmentsearch.h"

#include "sync/syncmodule.h"

#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::EquipmentModule", text);
}
} // namespace

QString EquipmentModule::title() const
{
    return tr("Equipment");
}

QList<TableDecl> EquipmentModule::syncedTables() const
{
    const QString m = id();
    const Permission edit = Permission::EquipmentEdit;
    const QHash<QString, QString> items{{QStringLiteral("asset_tag"), tr("Asset tag")},
                                        {QStringLiteral("name"), tr("Name")},
                                        {QStringLiteral("category_id"), tr("Category")},
                                        {QStringLiteral("model_id"), tr("Model")},
                                        {QStringLiteral("serial"), tr("Serial number")},
                                        {QStringLiteral("purchase_date"), tr("Purchase date")},
                                        {QStringLiteral("price_fen"), tr("Price")},
                                        {QStringLiteral("funding_source"), tr("Funding source")},
                                        {QStringLiteral("supplier"), tr("Supplier")},
                                        {QStringLiteral("warranty_end"), tr("Warranty end")},
                                        {QStringLiteral("room_id"), tr("Room")},
                                        {QStringLiteral("custodian_id"), tr("Custodian")},
                                        {QStringLiteral("use"), tr("Use")},
                                        {QStringLiteral("status"), tr("Status")},
                                        {QStringLiteral("note"), tr("Note")}};
    return {
        TableDecl::reg(m, QStringLiteral("equipment_categories"))
            .writtenWith(edit)
            .titled(tr("Equipment categories")),
        TableDecl::reg(m, QStringLiteral("equipment_models"))
            .writtenWith(edit)
            .titled(tr("Equipment models")),
        TableDecl::reg(m, QStringLiteral("equipment_items"))
            .search()
            .writtenWith(edit)
            .titled(tr("Equipment"), items),
        TableDecl::reg(m, QStringLiteral("equipment_photos"))
            .writtenWith(edit)
            .blobs({QStringLiteral("sha256")})
            .titled(tr("Photos")),
        TableDecl::fact(m, QStringLiteral("equipment_movements"))
            .writtenWith(edit)
            .titled(tr("Equipment history")),
        TableDecl::reg(m, QStringLiteral("timetable_periods"))
            .writtenWith(edit)
            .titled(tr("Timetable periods")),
        // Teachers book and report faults themselves.
        TableDecl::reg(m, QStringLiteral("equipment_bookings")).titled(tr("Bookings")),
        TableDecl::reg(m, QStringLiteral("equipment_repairs")).titled(tr("Repairs")),
        TableDecl::reg(m, QStringLiteral("equipment_maintenance_plans"))
            .writtenWith(edit)
            .titled(tr("Maintenance plans")),
        TableDecl::fact(m, QStringLiteral("equipment_maintenance_done"))
            .writtenWith(edit)
            .titled(tr("Maintenance done")),
        TableDecl::reg(m, QStringLiteral("equipment_stocktakes"))
            .writtenWith(edit)
            .titled(tr("Stocktakes")),
        TableDecl::fact(m, QStringLiteral("equipment_stocktake_scans"))
            .writtenWith(edit)
            .titled(tr("Stocktake scans")),
        // Requested by clerks, decided by principals: both write.
        TableDecl::reg(m, QStringLiteral("equipment_scrap_requests"))
            .titled(tr("Scrapping requests")),
        // The district extends the list of funding sources.
        TableDecl::reg(m, QStringLiteral("district_funding_sources"))
            .inScope(TableScope::District)
            .titled(tr("Funding sources")),
    };
}

QList<std::shared_ptr<SearchProvider>> EquipmentModule::searchProviders() const
{
    return EquipmentSearch::providers();
}

void EquipmentModule::initialize(LocalStore &store)
{
    EquipmentDefaults::ensure(store);
}

void EquipmentModule::createDemo(LocalStore &store, bool large, quint32 seed)
{
    EquipmentDemo::create(store, large, seed);
    PlanDemo::create(store, large, seed);
}

void registerEquipmentModule()
{
    // Asset tags come from the sync module's number leases.
    registerSyncModule();
    if (!ModuleRegistry::instance().find(QStringLiteral("equipment")))
        ModuleRegistry::instance().add(std::make_shared<EquipmentModule>());
}

} // namespace SchoolSuite
