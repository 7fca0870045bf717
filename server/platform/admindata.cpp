// Admin commands on stored data: backup and restore, the district rows, held batches, purge.
#include "admincommands.h"

#include "core/error.h"
#include "server/sync/syncservice.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace SchoolSuite::Server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Server::AdminCommands", text);
}

const QString kActor = QStringLiteral("district-admin");

bool parseArgs(AdminCommands &admin,
               QCommandLineParser &parser,
               const QStringList &args,
               int positional)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(QStringList{QStringLiteral("admin")} + args)) {
        admin.usage(parser.errorText());
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n != positional) {
        admin.usage(n < positional ? tr("Missing arguments.")
                                   : tr("Unexpected argument \"%1\".")
                                         .arg(parser.positionalArguments().value(positional)));
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

void requireSqlite(ServerDb &db, const QString &what)
{
    if (db.dialect() != ServerDb::Dialect::Sqlite)
        throw Error(tr("%1 works on SQLite databases only; back up and restore PostgreSQL with "
                       "pg_dump and pg_restore.")
                        .arg(what));
}

int backup(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseArgs(admin, parser, args, 1))
        return AdminCommands::Usage;
    const QString target = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    ServerDb &db = admin.platform().db();
    requireSqlite(db, QStringLiteral("admin backup"));
    if (QFileInfo::exists(target))
        throw Error(tr("%1 exists already; name a new file.").arg(target));
    // VACUUM INTO writes one consistent snapshot while the server keeps serving.
    db.exec(QStringLiteral("VACUUM INTO ?"), {target});
    admin.print(tr("Backed up to %1.").arg(target));
    return AdminCommands::Success;
}

int restore(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseArgs(admin, parser, args, 1))
        return AdminCommands::Usage;
    const QString source = parser.positionalArguments().constFirst();
    ServerDb &db = admin.platform().db();
    requireSqlite(db, QStringLiteral("admin restore"));
    if (!QFileInfo(source).isFile())
        throw Error(tr("There is no file %1.").arg(source));

    // Bring a copy of the backup to this version's schema; the backup itself stays untouched.
    QTemporaryDir temp;
    const QString copy = temp.filePath(QStringLiteral("restore.db"));
    if (!QFile::copy(source, copy))
        throw Error(tr("Cannot copy %1.").arg(source));
    {
        ServerDb restored(QStringLiteral("sqlite:") + copy);
        if (!restored
                 .scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                                        " AND name = 'server_meta'"))
                 .isValid())
            throw Error(tr("%1 is not a backup of a district database.").arg(source));
        for (const QString &name : restored.appliedMigrations()) {
            if (!db.appliedMigrations().contains(name))
                throw Error(tr("%1 comes from a newer version of schoolsuite-district (%2).")
                                .arg(source, name));
        }
        restored.migrate();
    }

    // Every table is replaced in one transaction, so a running server sees the old data or the
    // new, never a mix.
    db.exec(QStringLiteral("ATTACH DATABASE ? AS restored"), {copy});
    try {
        db.transaction([&] {
            db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            QStringList tables;
            QSqlQuery q = db.exec(QStringLiteral("SELECT name FROM main.sqlite_master"
                                                 " WHERE type = 'table'"
                                                 " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
            while (q.next())
                tables.append(q.value(0).toString());
            q.finish();
            for (const QString &table : std::as_const(tables))
                db.exec(QStringLiteral("DELETE FROM main.\"%1\"").arg(table));
            for (const QString &table : std::as_const(tables)) {
                QStringList columns;
                QSqlQuery info = db.exec(
                    QStringLiteral("SELECT m.name FROM pragma_table_info(?, 'main') m"
                                   " JOIN pragma_table_info(?, 'restored') r ON r.name = m.name"),
                    {table, table});
                while (info.next())
                    columns.append(QLatin1Char('"') + info.value(0).toString() + QLatin1Char('"'));
                info.finish();
                if (columns.isEmpty())
                    continue;
                const QString list = columns.join(QStringLiteral(", "));
                db.exec(
                    QStringLiteral("INSERT INTO main.\"%1\" (%2) SELECT %2 FROM restored.\"%1\"")
                        .arg(table, list));
            }
        });
    } catch (...) {
        db.exec(QStringLiteral("DETACH DATABASE restored"));
        throw;
    }
    db.exec(QStringLiteral("DETACH DATABASE restored"));
    // Devices see a new epoch and push what they hold again (docs/sync-protocol.md §7).
    db.newEpoch();
    admin.print(tr("Restored %1; the new epoch is %2.").arg(source, db.epoch()));
    return AdminCommands::Success;
}

// The id of the district_targets row of a year, or empty.
QString targetRowId(ServerDb &db, int year)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, fields FROM sync_rows"
                                         " WHERE tbl = 'district_targets' AND deleted = 0"));
    while (q.next()) {
        const QCborMap fields = QCborValue::fromCbor(q.value(1).toByteArray()).toMap();
        if (fields.value(QStringLiteral("year")).toInteger() == year)
            return q.value(0).toString();
    }
    return {};
}

int setTarget(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption multimedia(QStringLiteral("multimedia-rate"), {}, QStringLiteral("R"));
    const QCommandLineOption teacher(QStringLiteral("teacher-ratio"), {}, QStringLiteral("R"));
    const QCommandLineOption student(QStringLiteral("student-ratio"), {}, QStringLiteral("R"));
    const QCommandLineOption note(QStringLiteral("note"), {}, QStringLiteral("TEXT"));
    parser.addOptions({multimedia, teacher, student, note});
    if (!parseArgs(admin, parser, args, 1))
        return AdminCommands::Usage;
    bool ok = false;
    const int year = parser.positionalArguments().constFirst().toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return admin.usage(tr("YEAR must be a year such as 2020."));
    QVariantMap fields{{QStringLiteral("year"), year}};
    const QList<QPair<const QCommandLineOption *, QString>> numbers{
        {&multimedia, QStringLiteral("classroom_multimedia_rate")},
        {&teacher, QStringLiteral("teacher_computer_ratio")},
        {&student, QStringLiteral("student_computer_ratio")}};
    for (const auto &[option, column] : numbers) {
        if (!parser.isSet(*option))
            continue;
        const double value = parser.value(*option).toDouble(&ok);
        if (!ok || value < 0)
            return admin.usage(tr("--%1 needs a number, not \"%2\".")
                                   .arg(option->names().constFirst(), parser.value(*option)));
        fields.insert(column, value);
    }
    if (parser.isSet(note))
        fields.insert(QStringLiteral("note"), parser.value(note));
    Platform &platform = admin.platform();
    const QString id = platform.db().transaction([&] {
        return platform.sync().writeDistrictRow(
            QStringLiteral("district_targets"), targetRowId(platform.db(), year), fields, kActor);
    });
    admin.print(tr("Set the targets of %1 (%2).").arg(year).arg(id));
    return AdminCommands::Success;
}

int addNotice(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption attach(QStringLiteral("attach"), {}, QStringLiteral("FILE"));
    parser.addOptions({bodyFile, attach});
    if (!parseArgs(admin, parser, args, 1))
        return AdminCommands::Usage;
    const QString title = parser.positionalArguments().constFirst().trimmed();
    if (title.isEmpty())
        return admin.usage(tr("The notice needs a title."));
    const QString body
        = parser.isSet(bodyFile) ? QString::fromUtf8(readFile(parser.value(bodyFile))) : QString();
    QList<QPair<QString, QByteArray>> files;
    for (const QString &path : parser.values(attach))
        files.append({path, readFile(path)});

    Platform &platform = admin.platform();
    const QString id = platform.db().transaction([&] {
        QJsonArray attachments;
        QMimeDatabase mime;
        for (const auto &[path, data] : std::as_const(files)) {
            const QString sha256 = platform.blobs().store(data);
            attachments.append(QJsonObject{
                {QStringLiteral("name"), QFileInfo(path).fileName()},
                {QStringLiteral("sha256"), sha256},
                {QStringLiteral("size"), qint64(data.size())},
                {QStringLiteral("mime"), mime.mimeTypeForFileNameAndData(path, data).name()}});
        }
        QVariantMap fields{{QStringLiteral("title"), title},
                           {QStringLiteral("published_at"), ServerDb::now()},
                           {QStringLiteral("publisher"), kActor}};
        if (!body.isEmpty())
            fields.insert(QStringLiteral("body"), body);
        if (!attachments.isEmpty())
            fields.insert(
                QStringLiteral("attachments"),
                QString::fromUtf8(QJsonDocument(attachments).toJson(QJsonDocument::Compact)));
        return platform.sync().writeDistrictRow(
            QStringLiteral("district_notices"), {}, fields, kActor);
    });
    admin.print(id);
    return AdminCommands::Success;
}

// A funding source the schools' asset registers offer besides the built-in ones (equipment).
int addFundingSource(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption note(QStringLiteral("note"), {}, QStringLiteral("TEXT"));
    parser.addOption(note);
    if (!parseArgs(admin, parser, args, 1))
        return AdminCommands::Usage;
    const QString name = parser.positionalArguments().constFirst().trimmed();
    if (name.isEmpty() || name.size() > 100)
        return admin.usage(tr("NAME must be 1 to 100 characters."));
    Platform &platform = admin.platform();
    const QString table = QStringLiteral("district_funding_sources");
    QSqlQuery q = platform.db().exec(
        QStringLiteral("SELECT fields FROM sync_rows WHERE tbl = ? AND deleted = 0"), {table});
    while (q.next()) {
        if (QCborValue::fromCbor(q.value(0).toByteArray())
                .toMap()
                .value(QStringLiteral("name"))
                .toString()
            == name)
            throw Error(tr("The funding source %1 exists already.").arg(name));
    }
    QVariantMap fields{{QStringLiteral("name"), name}};
    if (parser.isSet(note))
        fields.insert(QStringLiteral("note"), parser.value(note));
    const QString id = platform.db().transaction(
        [&] { return platform.sync().writeDistrictRow(table, {}, fields, kActor); });
    admin.print(tr("Added the funding source %1 (%2).").arg(name, id));
    return AdminCommands::Success;
}

int listHeld(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parseArgs(admin, parser, args, 0))
        return AdminCommands::Usage;
    const QList<QCborMap> held = admin.platform().sync().heldBatches();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const QCborMap &batch : held)
            list.append(batch.toJsonObject());
        admin.printJson(list);
        return AdminCommands::Success;
    }
    if (held.isEmpty())
        admin.print(tr("No held batches."));
    for (const QCborMap &b : held)
        admin.print(tr("%1  %2: %3 of %4 rows of %5 deleted by %6 (device %7)")
                        .arg(b.value(QStringLiteral("held_id")).toString(),
                             b.value(QStringLiteral("held_at")).toString())
                        .arg(b.value(QStringLiteral("deletes")).toInteger())
                        .arg(b.value(QStringLiteral("rows")).toInteger())
                        .arg(b.value(QStringLiteral("table")).toString(),
                             b.value(QStringLiteral("user")).toString(),
                             b.value(QStringLiteral("device_id")).toString()));
    return AdminCommands::Success;
}

int confirmHeld(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseArgs(admin, parser, args, 1))
        return AdminCommands::Usage;
    const QCborMap result
        = admin.platform().sync().confirmHeld(parser.positionalArguments().constFirst(), kActor);
    admin.print(tr("Applied the held batch: %1 changes applied, %2 skipped, %3 conflicts.")
                    .arg(result.value(QStringLiteral("applied")).toInteger())
                    .arg(result.value(QStringLiteral("skipped")).toInteger())
                    .arg(result.value(QStringLiteral("conflicts")).toInteger()));
    return AdminCommands::Success;
}

int purge(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption days(
        QStringLiteral("older-than-days"), {}, QStringLiteral("DAYS"), QStringLiteral("400"));
    parser.addOption(days);
    if (!parseArgs(admin, parser, args, 0))
        return AdminCommands::Usage;
    bool ok = false;
    const int olderThan = parser.value(days).toInt(&ok);
    if (!ok || olderThan < 1)
        return admin.usage(tr("--older-than-days needs a number of days."));
    const int removed = admin.platform().sync().purgeTombstones(olderThan);
    admin.print(QCoreApplication::translate(
        "SchoolSuite::Server::AdminCommands", "Removed %n deleted row(s).", nullptr, removed));
    return AdminCommands::Success;
}

} // namespace

QList<QPair<QString, AdminCommands::Command>> dataCommands()
{
    return {
        {QStringLiteral("backup"), backup},
        {QStringLiteral("restore"), restore},
        {QStringLiteral("set-target"), setTarget},
        {QStringLiteral("add-notice"), addNotice},
        {QStringLiteral("add-funding-source"), addFundingSource},
        {QStringLiteral("list-held"), listHeld},
        {QStringLiteral("confirm-held"), confirmHeld},
        {QStringLiteral("purge"), purge},
    };
}

} // namespace SchoolSuite::Server
