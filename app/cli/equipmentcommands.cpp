// equipment import | export | list | set | move
#include "cliapp.h"
#include "importcommand.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/io/tabularreader.h"
#include "core/io/tabularwriter.h"
#include "core/search/searchindex.h"
#include "equipment/register/equipmentfields.h"
#include "equipment/register/equipmentimport.h"
#include "equipment/register/equipmentitemsmodel.h"
#include "equipment/register/equipmentservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite", text);
}

int importEquipment(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    return runImportCommand(cli, p, args, [](const Session &session, const Table &table, bool dry) {
        return EquipmentImport(session).run(table, dry);
    });
}

int exportEquipment(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    const Table table = EquipmentImport(session).exportTable();
    const QString file = p.positionalArguments().first();
    TabularWriter::write(file, table, tr("Equipment"));
    cli.print(tr("Exported %1 rows to %2.").arg(table.rowCount()).arg(file));
    return CliApp::Success;
}

int list(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.addOption(json);
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    EquipmentItemsModel model(session);
    if (!model.lastError().isEmpty())
        throw Error(model.lastError());
    if (p.isSet(json)) {
        QJsonArray items;
        for (int r = 0; r < model.rowCount(); ++r) {
            const EquipmentItemsModel::Item &i = model.item(r);
            items.append(QJsonObject{{QStringLiteral("tag"), i.tag},
                                     {QStringLiteral("name"), i.name},
                                     {QStringLiteral("category"), i.category},
                                     {QStringLiteral("room"), i.room},
                                     {QStringLiteral("status"), i.status},
                                     {QStringLiteral("use"), i.use}});
        }
        cli.printJson(items);
        return CliApp::Success;
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c : {EquipmentItemsModel::Tag,
                      EquipmentItemsModel::Name,
                      EquipmentItemsModel::Category,
                      EquipmentItemsModel::Room,
                      EquipmentItemsModel::Custodian,
                      EquipmentItemsModel::Status})
            cells << model.index(r, c).data().toString();
        cli.print(cells.join(QLatin1Char('\t')));
    }
    return CliApp::Success;
}

int set(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 2, -1))
        return CliApp::Usage;
    const QStringList pos = p.positionalArguments();
    QHash<QString, QString> values;
    for (const QString &assignment : pos.mid(1)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return cli.usage(tr("\"%1\" is not FIELD=VALUE.").arg(assignment));
        const QString field = assignment.left(eq).trimmed();
        if (EquipmentFields::keyForHeader(field).isEmpty())
            return cli.usage(tr("%1 is not a field of an item; use the import headers, such as "
                                "room, custodian, status or 位置.")
                                 .arg(field));
        values.insert(field, assignment.mid(eq + 1));
    }
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    EquipmentImport(session).setFields(pos.first(), values);
    store.search().update();
    cli.print(tr("%1 updated.").arg(pos.first()));
    return CliApp::Success;
}

int move(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 2, 2))
        return CliApp::Usage;
    const QString tag = p.positionalArguments().at(0);
    const QString room = p.positionalArguments().at(1);
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    const QString roomId = EquipmentLookup(store.db()).room(room);
    if (roomId.isEmpty())
        throw Error(tr("There is no room %1.").arg(room), Error::NotFound);
    EquipmentService service(session);
    service.move(service.asset(tag).id, roomId);
    store.search().update();
    cli.print(tr("%1 moved to %2.").arg(tag, room));
    return CliApp::Success;
}

} // namespace

void addEquipmentCommands(QList<CliApp::Command> &c)
{
    c << CliApp::Command{QStringLiteral("equipment import"),
                         QStringLiteral("FILE [--encoding auto|utf-8|gb18030] [--dry-run]"),
                         tr("Import equipment from CSV or XLSX, all or nothing."),
                         importEquipment}
      << CliApp::Command{QStringLiteral("equipment export"),
                         QStringLiteral("FILE"),
                         tr("Export the equipment register to .csv or .xlsx."),
                         exportEquipment}
      << CliApp::Command{QStringLiteral("equipment list"),
                         QStringLiteral("[--json]"),
                         tr("List the equipment register."),
                         list}
      << CliApp::Command{QStringLiteral("equipment set"),
                         QStringLiteral("TAG FIELD=VALUE ..."),
                         tr("Change fields of an item, all or nothing."),
                         set}
      << CliApp::Command{QStringLiteral("equipment move"),
                         QStringLiteral("TAG ROOM"),
                         tr("Move an item to a room (by name)."),
                         move};
}

} // namespace SchoolSuite
