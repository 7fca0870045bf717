#include "peoplemodule.h"

#include "peoplesearch.h"

#include <QCoreApplication>

namespace SchoolSuite {

QString PeopleModule::title() const
{
    return QCoreApplication::translate("SchoolSuite::PeopleModule", "People");
}

QList<TableDecl> PeopleModule::syncedTables() const
{
    const QString m = QStringLiteral("people");
    return {
        TableDecl::reg(m, QStringLiteral("rooms")).search().writtenWith(Permission::PeopleEdit),
        TableDecl::reg(m, QStringLiteral("school_years")).writtenWith(Permission::PeopleEdit),
        TableDecl::reg(m, QStringLiteral("staff"))
            .search()
            .sensitive({QStringLiteral("phone")})
            .writtenWith(Permission::PeopleEdit),
        TableDecl::reg(m, QStringLiteral("classes")).search().writtenWith(Permission::PeopleEdit),
        TableDecl::reg(m, QStringLiteral("students"))
            .search()
            .sensitive({QStringLiteral("id_number"),
                        QStringLiteral("birth_date"),
                        QStringLiteral("guardian"),
                        QStringLiteral("phone")})
            .writtenWith(Permission::PeopleEdit)
            .byClass(QStringLiteral("class_id")),
        TableDecl::fact(QStringLiteral("core"), QStringLiteral("audit_log"))};
}

QList<std::shared_ptr<SearchProvider>> PeopleModule::searchProviders() const
{
    return PeopleSearch::providers();
}

void registerCoreModules()
{
    ModuleRegistry::instance().add(std::make_shared<PeopleModule>());
}

} // namespace SchoolSuite
