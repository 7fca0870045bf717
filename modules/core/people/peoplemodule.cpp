#include "peoplemodule.h"

#include "peoplefields.h"
#include "peoplesearch.h"

#include <QCoreApplication>

namespace SchoolSuite {

QString PeopleModule::title() const
{
    return QCoreApplication::translate("SchoolSuite::PeopleModule", "People");
}

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::PeopleModule", text);
}

QHash<QString, QString> personColumns(PersonKind kind)
{
    QHash<QString, QString> titles;
    for (const FieldDef &f : PeopleFields::fields(kind))
        titles.insert(f.key, PeopleFields::title(kind, f.key));
    return titles;
}
} // namespace

QList<TableDecl> PeopleModule::syncedTables() const
{
    const QString m = QStringLiteral("people");
    QHash<QString, QString> students = personColumns(PersonKind::Student);
    students.insert(QStringLiteral("class_id"), PeopleFields::title(PersonKind::Student,
                                                                    QStringLiteral("class")));
    students.insert(QStringLiteral("status"), tr("Status"));
    QHash<QString, QString> staff = personColumns(PersonKind::Staff);
    staff.insert(QStringLiteral("et_trained"), tr("Ed-tech training"));
    staff.insert(QStringLiteral("active"), tr("Active"));
    const QHash<QString, QString> rooms{{QStringLiteral("name"), tr("Name")},
                                        {QStringLiteral("type"), tr("Type")},
                                        {QStringLiteral("building"), tr("Building")},
                                        {QStringLiteral("floor"), tr("Floor")},
                                        {QStringLiteral("capacity"), tr("Capacity")},
                                        {QStringLiteral("has_multimedia"), tr("Multimedia")},
                                        {QStringLiteral("note"), tr("Note")}};
    const QHash<QString, QString> classes{{QStringLiteral("grade"), tr("Grade")},
                                          {QStringLiteral("name"), tr("Name")},
                                          {QStringLiteral("homeroom_staff_id"),
                                           tr("Homeroom teacher")},
                                          {QStringLiteral("room_id"), tr("Classroom")}};
    return {
        TableDecl::reg(m, QStringLiteral("rooms"))
            .search()
            .writtenWith(Permission::PeopleEdit)
            .titled(tr("Rooms"), rooms),
        TableDecl::reg(m, QStringLiteral("school_years"))
            .writtenWith(Permission::PeopleEdit)
            .titled(tr("School years")),
        TableDecl::reg(m, QStringLiteral("staff"))
            .search()
            .sensitive({QStringLiteral("phone")})
            .writtenWith(Permission::PeopleEdit)
            .titled(tr("Staff"), staff),
        TableDecl::reg(m, QStringLiteral("classes"))
            .search()
            .writtenWith(Permission::PeopleEdit)
            .titled(tr("Classes"), classes),
        TableDecl::reg(m, QStringLiteral("students"))
            .search()
            .sensitive({QStringLiteral("id_number"),
                        QStringLiteral("birth_date"),
                        QStringLiteral("guardian"),
                        QStringLiteral("phone")})
            .writtenWith(Permission::PeopleEdit)
            .byClass(QStringLiteral("class_id"))
            .titled(tr("Students"), students),
        TableDecl::fact(QStringLiteral("core"), QStringLiteral("audit_log")).titled(tr("Audit log"))};
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
