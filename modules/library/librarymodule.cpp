#include "librarymodule.h"

#include "catalog/librarydemo.h"
#include "catalog/librarysearch.h"
#include "catalog/libraryservice.h"
#include "circulation/circulationdemo.h"
#include "circulation/circulationrules.h"
#include "copycat/librarytargets.h"
#include "core/app/localstore.h"
#include "core/error.h"

#include "equipment/equipmentmodule.h"

#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::LibraryModule", text);
}
} // namespace

QString LibraryModule::title() const
{
    return tr("Library");
}

QList<TableDecl> LibraryModule::syncedTables() const
{
    const QString m = id();
    const Permission edit = Permission::LibraryEdit;
    const Permission desk = Permission::LibraryCirculate;
    const QHash<QString, QString> titles{{QStringLiteral("isbn"), tr("ISBN")},
                                         {QStringLiteral("title"), tr("Title")},
                                         {QStringLiteral("responsibility"), tr("Author")},
                                         {QStringLiteral("publisher"), tr("Publisher")},
                                         {QStringLiteral("place"), tr("Place")},
                                         {QStringLiteral("year"), tr("Year")},
                                         {QStringLiteral("edition"), tr("Edition")},
                                         {QStringLiteral("clc"), tr("Class number")},
                                         {QStringLiteral("subjects"), tr("Subjects")},
                                         {QStringLiteral("price_fen"), tr("Price")},
                                         {QStringLiteral("pages"), tr("Pages")},
                                         {QStringLiteral("series"), tr("Series")},
                                         {QStringLiteral("language"), tr("Language")},
                                         {QStringLiteral("summary"), tr("Summary")},
                                         {QStringLiteral("note"), tr("Note")}};
    const QHash<QString, QString> copies{{QStringLiteral("barcode"), tr("Barcode")},
                                         {QStringLiteral("call_no"), tr("Call number")},
                                         {QStringLiteral("item_type"), tr("Item type")},
                                         {QStringLiteral("location"), tr("Location")},
                                         {QStringLiteral("shelf"), tr("Shelf")},
                                         {QStringLiteral("status"), tr("Status")},
                                         {QStringLiteral("price_fen"), tr("Price")},
                                         {QStringLiteral("note"), tr("Note")}};
    return {
        TableDecl::reg(m, QStringLiteral("library_titles"))
            .search()
            .writtenWith(edit)
            .blobs({QStringLiteral("cover_sha256")})
            .titled(tr("Library catalog"), titles),
        TableDecl::reg(m, QStringLiteral("library_copies"))
            .writtenWith(edit)
            .titled(tr("Library copies"), copies),
        TableDecl::fact(m, QStringLiteral("library_loans")).writtenWith(desk).titled(tr("Loans")),
        TableDecl::fact(m, QStringLiteral("library_returns"))
            .writtenWith(desk)
            .titled(tr("Returns")),
        TableDecl::fact(m, QStringLiteral("library_renewals"))
            .writtenWith(desk)
            .titled(tr("Renewals")),
        TableDecl::reg(m, QStringLiteral("library_holds")).writtenWith(desk).titled(tr("Holds")),
        TableDecl::reg(m, QStringLiteral("library_rules"))
            .writtenWith(edit)
            .titled(tr("Circulation rules")),
        TableDecl::reg(m, QStringLiteral("library_closed_days"))
            .writtenWith(edit)
            .titled(tr("Library calendar")),
        TableDecl::reg(m, QStringLiteral("library_settings"))
            .writtenWith(edit)
            .titled(tr("Library settings")),
        TableDecl::reg(m, QStringLiteral("library_stocktakes"))
            .writtenWith(edit)
            .titled(tr("Library stocktakes")),
        TableDecl::fact(m, QStringLiteral("library_stocktake_scans"))
            .writtenWith(edit)
            .titled(tr("Library stocktake scans")),
        // The district's Z39.50/SRU target for copy cataloguing (copycat/).
        LibraryTargets::declaration(m),
    };
}

QList<std::shared_ptr<SearchProvider>> LibraryModule::searchProviders() const
{
    return LibrarySearch::providers();
}

void LibraryModule::initialize(LocalStore &store)
{
    LibraryService::declareBarcodes(store.db());
    try {
        CirculationRules::ensureDefaults(store.db());
    } catch (const Error &) {
        // A store opened read-only (check): the desk seeds the rules on first use.
    }
}

void LibraryModule::createDemo(LocalStore &store, bool large, quint32 seed)
{
    LibraryDemo::create(store, large, seed);
    CirculationDemo::create(store, large, seed);
}

void LibraryModule::afterSync(LocalStore &store)
{
    // Copies catalogued while this device held no 种次号 of their class get them now.
    const Session session = Session::commandLine(store.db());
    LibraryService(session).assignPendingCallNumbers();
}

void registerLibraryModule()
{
    // Barcodes and 种次号 come from the sync module's number leases (registered with
    // equipment, whose label drawing the library's labels use).
    registerEquipmentModule();
    if (!ModuleRegistry::instance().find(QStringLiteral("library")))
        ModuleRegistry::instance().add(std::make_shared<LibraryModule>());
}

} // namespace SchoolSuite
