// enroll | sync | conflicts [restore|keep]
#include "cliapp.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/search/searchindex.h"
#include "sync/conflicts.h"
#include "sync/credentialstore.h"
#include "sync/syncclient.h"
#include "sync/syncmeta.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite", text);
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON."));
}

// The store of an enrolled device, or nullptr after telling the user why not.
LocalStore *enrolledStore(CliApp &cli)
{
    if (!LocalStore::existsIn(cli.dataDir())) {
        cli.error(tr("This device is not enrolled with the district: there is no store in %1. "
                     "Run \"schoolsuite-cli enroll --server URL --school CODE --key KEY\" first.")
                      .arg(cli.dataDir()));
        return nullptr;
    }
    LocalStore &store = cli.openStore();
    if (!SyncClient::isEnrolled(store)) {
        cli.error(tr("This device is not enrolled with the district. Run \"schoolsuite-cli enroll "
                     "--server URL --school CODE --key KEY\" first."));
        return nullptr;
    }
    return &store;
}

QJsonValue jsonValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    return QJsonValue::fromVariant(v);
}

int enroll(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("The district server, https://HOST[:PORT]."),
                                    QStringLiteral("URL"));
    const QCommandLineOption school(
        QStringLiteral("school"), tr("This school's code."), QStringLiteral("CODE"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("The one-time enrollment key from the district."),
                                 QStringLiteral("KEY"));
    const QCommandLineOption ca(QStringLiteral("ca-cert"),
                                tr("A CA certificate (PEM) the server's certificate is signed "
                                   "with."),
                                QStringLiteral("FILE"));
    p.addOptions({server, school, key, ca});
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    for (const QCommandLineOption &required : {server, school, key}) {
        if (p.value(required).isEmpty())
            return cli.usage(tr("enroll needs --%1.").arg(required.names().constFirst()));
    }
    const QUrl url = QUrl::fromUserInput(p.value(server));
    const EnrollResult r
        = SyncClient::enroll(cli.dataDir(), url, p.value(school), p.value(key), p.value(ca));
    cli.print(tr("Enrolled this device (%1) for school %2 %3 with %4. Run \"schoolsuite-cli sync\" "
                 "to exchange data.")
                  .arg(r.deviceId, r.schoolCode, r.schoolName, url.toString()));
    return CliApp::Success;
}

int sync(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption confirm(QStringLiteral("confirm-deletes"),
                                     tr("Apply received deletions that wait for confirmation."));
    p.addOptions({json, confirm});
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    LocalStore *store = enrolledStore(cli);
    if (!store)
        return CliApp::Failed;
    CredentialStore credentials;
    SyncClient client(*store, credentials);
    if (p.isSet(confirm)) {
        // Pushed deletions the server holds need an administrator's sign-in on the server side.
        const QString held = store->meta(SyncMeta::heldPush());
        if (!held.isEmpty())
            cli.error(tr("The district server holds this device's deletions (batch %1). Only the "
                         "district administrator can let them through: \"schoolsuite-district "
                         "admin confirm-held %1\". Deletions received from the district are "
                         "applied now.")
                          .arg(held));
        client.allowHeldDeletes();
    }
    const SyncResult r = client.sync(SyncTrigger::Cli);
    // The sync leaves pulled rows in search_dirty; the index catches up after it.
    store->search().update();
    const bool usable = r.status == SyncStatus::Ok || r.status == SyncStatus::Held;
    if (usable && p.isSet(json)) {
        cli.printJson(QJsonObject{{QStringLiteral("pushed"), r.pushed},
                                  {QStringLiteral("pulled"), r.pulled},
                                  {QStringLiteral("conflicts"), r.conflicts},
                                  {QStringLiteral("problems"), r.problems},
                                  {QStringLiteral("status"), syncStatusKey(r.status)}});
    } else if (usable) {
        cli.print(tr("Synced: %1 sent, %2 received, %3 new conflicts.")
                      .arg(r.pushed)
                      .arg(r.pulled)
                      .arg(r.conflicts));
    }
    if (!r.message.isEmpty())
        cli.error(r.message);
    return r.status == SyncStatus::Ok ? CliApp::Success : CliApp::Failed;
}

int listConflicts(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption problems(QStringLiteral("problems"),
                                      tr("List received rows that could not be applied."));
    p.addOptions({json, problems});
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const Conflicts conflicts(store.db());
    if (p.isSet(problems)) {
        const QList<SyncProblem> list = conflicts.problems();
        if (p.isSet(json)) {
            QJsonArray a;
            for (const SyncProblem &pr : list)
                a.append(QJsonObject{{QStringLiteral("id"), pr.id},
                                     {QStringLiteral("table"), pr.table},
                                     {QStringLiteral("row_id"), pr.rowId},
                                     {QStringLiteral("kind"), pr.kind},
                                     {QStringLiteral("message"), pr.message},
                                     {QStringLiteral("detected_at"), pr.detectedAt}});
            cli.printJson(a);
        } else {
            for (const SyncProblem &pr : list)
                cli.print(QStringLiteral("%1  %2 %3\n    %4")
                              .arg(pr.detectedAt, pr.table, pr.rowId, pr.message));
        }
        return CliApp::Success;
    }
    const QList<ConflictItem> items = conflicts.open();
    if (p.isSet(json)) {
        QJsonArray a;
        for (const ConflictItem &c : items)
            a.append(QJsonObject{{QStringLiteral("table"), c.table},
                                 {QStringLiteral("id"), c.id},
                                 {QStringLiteral("row_id"), c.rowId},
                                 {QStringLiteral("record"), c.recordTitle},
                                 {QStringLiteral("field"), c.field},
                                 {QStringLiteral("kept_value"), jsonValue(c.keptValue)},
                                 {QStringLiteral("lost_value"), jsonValue(c.lostValue)},
                                 {QStringLiteral("kept_user"), c.keptUser},
                                 {QStringLiteral("lost_user"), c.lostUser},
                                 {QStringLiteral("kept_device"), c.keptDevice},
                                 {QStringLiteral("lost_device"), c.lostDevice},
                                 {QStringLiteral("detected_at"), c.detectedAt}});
        cli.printJson(a);
        return CliApp::Success;
    }
    if (items.isEmpty())
        cli.print(tr("No open conflicts."));
    for (const ConflictItem &c : items) {
        cli.print(tr("%1  %2 %3, field %4\n    kept: %5 (%6)\n    other: %7 (%8)\n    "
                     "\"schoolsuite-cli conflicts restore %9\" brings the other value back.")
                      .arg(c.detectedAt,
                           c.table,
                           c.recordTitle.isEmpty() ? c.rowId : c.recordTitle,
                           c.field,
                           Conflicts::displayText(c.keptValue),
                           c.keptUser.isEmpty() ? c.keptDevice : c.keptUser,
                           Conflicts::displayText(c.lostValue),
                           c.lostUser.isEmpty() ? c.lostDevice : c.lostUser,
                           c.id));
    }
    const int problemCount = int(conflicts.problems().size());
    if (problemCount > 0)
        cli.print(tr("%1 received row(s) could not be applied here: \"schoolsuite-cli conflicts "
                     "--problems\" lists them.")
                      .arg(problemCount));
    return CliApp::Success;
}

int settle(CliApp &cli, const QStringList &args, bool restore)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    Conflicts conflicts(store.db());
    const QString id = p.positionalArguments().constFirst();
    if (restore) {
        conflicts.restore(id, session);
        store.search().update();
        cli.print(tr("Restored the other value; it goes to the district with the next sync."));
    } else {
        conflicts.keep(id, session);
        cli.print(tr("Kept the current value."));
    }
    return CliApp::Success;
}

} // namespace

void addSyncCommands(QList<CliApp::Command> &c)
{
    c << CliApp::Command{QStringLiteral("enroll"),
                         QStringLiteral("--server URL --school CODE --key KEY [--ca-cert FILE]"),
                         tr("Enroll this device with the district server (once)."),
                         enroll}
      << CliApp::Command{QStringLiteral("sync"),
                         QStringLiteral("[--json] [--confirm-deletes]"),
                         tr("Send this device's changes to the district and receive the others'."),
                         sync}
      << CliApp::Command{QStringLiteral("conflicts"),
                         QStringLiteral("[--json] [--problems]"),
                         tr("List open conflicts: both values, who and when."),
                         listConflicts}
      << CliApp::Command{QStringLiteral("conflicts restore"),
                         QStringLiteral("ID"),
                         tr("Bring back the value that lost a conflict."),
                         [](CliApp &cli, const QStringList &a) { return settle(cli, a, true); }}
      << CliApp::Command{QStringLiteral("conflicts keep"),
                         QStringLiteral("ID"),
                         tr("Keep the current value and close the conflict."),
                         [](CliApp &cli, const QStringList &a) { return settle(cli, a, false); }};
}

} // namespace SchoolSuite
