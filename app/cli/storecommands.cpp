// Commands on the store as a whole: init, demo, check, stats, backup, restore, search, users.
#include "cliapp.h"

#include "core/settings/settings.h"

#include "core/app/localstore.h"
#include "core/app/storemaintenance.h"
#include "core/auth/accounts.h"
#include "core/auth/auditlog.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/demoschool.h"
#include "core/people/peopleservice.h"
#include "core/search/searchindex.h"
#include "core/store/outbox.h"
#include "library/circulation/circulation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

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

int tableCount(LocalStore &store, const QString &table, const QString &where = {})
{
    const bool exists = store.db()
                            .scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type "
                                                   "= 'table' AND name = ?"),
                                    {table})
                            .toInt();
    if (!exists)
        return 0; // the module that owns it is not part of this build yet
    return store.db()
        .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0 %2").arg(table, where))
        .toInt();
}

int init(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption code(
        QStringLiteral("school-code"), tr("School code."), QStringLiteral("CODE"));
    const QCommandLineOption name(
        QStringLiteral("school-name"), tr("School name."), QStringLiteral("NAME"));
    const QCommandLineOption admin(
        QStringLiteral("admin"), tr("First administrator."), QStringLiteral("USER"));
    const QCommandLineOption password(
        QStringLiteral("password-file"), tr("File with the password."), QStringLiteral("FILE"));
    p.addOptions({code, name, admin, password});
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    for (const auto &o : {code, name, admin, password}) {
        if (!p.isSet(o))
            return cli.usage(tr("init needs --%1.").arg(o.names().first()));
    }
    const QString secret = CliApp::readPasswordFile(p.value(password));
    if (LocalStore::existsIn(cli.dataDir())) {
        LocalStore &existing = cli.openStore();
        if (existing.isInitialized())
            throw Error(
                tr("%1 already holds school %2.").arg(cli.dataDir(), existing.schoolCode()));
    }
    Accounts::checkPasswordStrength(secret);
    const bool existed = LocalStore::existsIn(cli.dataDir());
    LocalStore &store = cli.openStore(true);
    try {
        store.db().transaction([&] {
            store.initializeSchool(p.value(code), p.value(name));
            Accounts(store.db())
                .createUser(nullptr, p.value(admin), p.value(admin), Role::Administrator, secret);
        });
    } catch (const Error &) {
        // A refused init leaves the folder as it found it.
        if (!existed)
            cli.removeStore();
        throw;
    }
    cli.print(tr("School %1 (%2) is set up in %3.")
                  .arg(store.schoolName(), store.schoolCode(), cli.dataDir()));
    return CliApp::Success;
}

int demo(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("small or large."),
                                  QStringLiteral("SIZE"),
                                  QStringLiteral("small"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("Random seed."), QStringLiteral("N"), QStringLiteral("2015"));
    const QCommandLineOption password(
        QStringLiteral("password-file"), tr("File with the password."), QStringLiteral("FILE"));
    p.addOptions({size, seed, password});
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    if (p.value(size) != QLatin1String("small") && p.value(size) != QLatin1String("large"))
        return cli.usage(tr("--size is small or large."));
    bool ok = false;
    const quint32 seedValue = p.value(seed).toUInt(&ok);
    if (!ok)
        return cli.usage(tr("--seed is a number."));
    const QString secret = p.isSet(password) ? CliApp::readPasswordFile(p.value(password))
                                             : DemoSchool::defaultPassword();
    if (LocalStore::existsIn(cli.dataDir()) && cli.openStore().isInitialized())
        throw Error(
            tr("%1 already holds a school; choose an empty --data-dir.").arg(cli.dataDir()));
    LocalStore &store = cli.openStore(true);
    const auto r = DemoSchool::create(
        store,
        p.value(size) == QLatin1String("large") ? DemoSchool::Size::Large : DemoSchool::Size::Small,
        seedValue,
        secret);
    cli.print(tr("Demo school %1: %2 students, %3 staff, %4 classes, %5 rooms. Accounts admin, "
                 "principal, clerk, librarian, teacher and homeroom share the password%6.")
                  .arg(store.schoolName())
                  .arg(r.students)
                  .arg(r.staff)
                  .arg(r.classes)
                  .arg(r.rooms)
                  .arg(p.isSet(password) ? QString() : QStringLiteral(" \"%1\"").arg(secret)));
    return CliApp::Success;
}

int check(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    LocalStore &store = cli.openStore(false, false);
    const auto r = StoreMaintenance::check(store);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray policyProblems;
        for (const Policy::Problem &problem : cli.settings().policy().problems())
            policyProblems.append(QStringLiteral("%1: %2").arg(problem.key, problem.reason()));
        cli.printJson(
            QJsonObject{{QStringLiteral("healthy"), r.healthy()},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
                        {QStringLiteral("checked"), QJsonArray::fromStringList(r.facts)},
                        {QStringLiteral("policy_problems"), policyProblems}});
    } else {
        for (const QString &f : r.facts)
            cli.print(QStringLiteral("✓ ") + f);
        for (const QString &f : r.problems)
            cli.print(QStringLiteral("✗ ") + f);
        // Not the store's health, but what IT staff look for when something is off.
        for (const Policy::Problem &problem : cli.settings().policy().problems()) {
            cli.print(QStringLiteral("! ")
                      + (problem.ignored ? tr("Policy value ignored: %1 = \"%2\" is %3.")
                                         : tr("Policy value adjusted: %1 = \"%2\" is %3."))
                            .arg(problem.key, problem.value, problem.reason())
                      + QLatin1Char(' ') + cli.settings().policy().origin());
        }
        cli.print(r.healthy() ? tr("The store is healthy.") : tr("The store has problems."));
    }
    return r.healthy() ? CliApp::Success : CliApp::Failed;
}

int stats(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    // Open loans: loans with no return of the same copy after them (Circulation).
    const CirculationStats library = Circulation(Session::commandLine(store.db())).stats();
    const QJsonObject o{
        {QStringLiteral("students"), tableCount(store, QStringLiteral("students"))},
        {QStringLiteral("staff"), tableCount(store, QStringLiteral("staff"))},
        {QStringLiteral("classes"), tableCount(store, QStringLiteral("classes"))},
        {QStringLiteral("rooms"), tableCount(store, QStringLiteral("rooms"))},
        {QStringLiteral("assets"), tableCount(store, QStringLiteral("equipment_items"))},
        {QStringLiteral("titles"), library.titles},
        {QStringLiteral("copies"), library.copies},
        {QStringLiteral("loans_open"), library.loansOpen},
        {QStringLiteral("boards"), tableCount(store, QStringLiteral("boards"))},
        {QStringLiteral("pending_changes"), Outbox::pendingCount(store.db().connection())}};
    if (p.isSet(QStringLiteral("json"))) {
        cli.printJson(o);
    } else {
        for (auto it = o.begin(); it != o.end(); ++it)
            cli.print(QStringLiteral("%1: %2").arg(it.key()).arg(it.value().toInt()));
    }
    return CliApp::Success;
}

int backup(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    StoreMaintenance::backup(cli.openStore(), p.positionalArguments().first());
    cli.print(tr("Backup written to %1.").arg(p.positionalArguments().first()));
    return CliApp::Success;
}

int restore(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    StoreMaintenance::restore(cli.dataDir(), p.positionalArguments().first());
    LocalStore &store = cli.openStore();
    Session::commandLine(store.db())
        .audit(QStringLiteral("restore"), {}, {}, p.positionalArguments().first());
    cli.print(tr("Restored %1 into %2.").arg(p.positionalArguments().first(), cli.dataDir()));
    return CliApp::Success;
}

int search(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption limit(
        QStringLiteral("limit"), tr("At most N hits."), QStringLiteral("N"), QStringLiteral("20"));
    p.addOptions({limit, jsonOption()});
    if (!cli.parse(p, args, 1, -1))
        return CliApp::Usage;
    bool ok = false;
    const int n = p.value(limit).toInt(&ok);
    if (!ok || n < 1)
        return cli.usage(tr("--limit is a positive number."));
    LocalStore &store = cli.openStore();
    const auto hits = store.search().search(p.positionalArguments().join(QLatin1Char(' ')), n);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const SearchHit &h : hits)
            a << QJsonObject{{QStringLiteral("module"), h.module},
                             {QStringLiteral("kind"), h.kind},
                             {QStringLiteral("id"), h.id},
                             {QStringLiteral("title"), h.title},
                             {QStringLiteral("subtitle"), h.subtitle}};
        cli.printJson(a);
    } else {
        for (const SearchHit &h : hits)
            cli.print(QStringLiteral("%1\t%2\t%3").arg(h.kind, h.title, h.subtitle));
    }
    return CliApp::Success;
}

int usersAdd(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(
        QStringLiteral("name"), tr("Display name."), QStringLiteral("NAME"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        tr("administrator, principal, clerk, librarian, teacher or homeroom_teacher."),
        QStringLiteral("ROLE"));
    const QCommandLineOption password(
        QStringLiteral("password-file"), tr("File with the password."), QStringLiteral("FILE"));
    const QCommandLineOption staff(QStringLiteral("staff-no"),
                                   tr("The staff member (工号) this account belongs to."),
                                   QStringLiteral("NO"));
    p.addOptions({name, role, password, staff});
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    bool ok = false;
    const Role r = Roles::fromKey(p.value(role), &ok);
    if (!ok || !p.isSet(password))
        return cli.usage(tr("users add needs --role and --password-file."));
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    QString staffId;
    if (p.isSet(staff))
        staffId = PeopleService(session).staffMember(p.value(staff)).id;
    const QString user = p.positionalArguments().first();
    Accounts(store.db())
        .createUser(&session,
                    user,
                    p.isSet(name) ? p.value(name) : user,
                    r,
                    CliApp::readPasswordFile(p.value(password)),
                    staffId);
    cli.print(tr("Account %1 (%2) created.").arg(user, Roles::title(r)));
    return CliApp::Success;
}

int usersList(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const auto users = Accounts(store.db()).users(Session::commandLine(store.db()));
    QJsonArray a;
    for (const auto &u : users) {
        a << QJsonObject{
            {QStringLiteral("username"), u.username},
            {QStringLiteral("name"), u.displayName},
            {QStringLiteral("role"), Roles::key(u.role)},
            {QStringLiteral("locked"),
             u.lockedUntil.isValid() && u.lockedUntil > QDateTime::currentDateTimeUtc()},
            {QStringLiteral("last_sign_in"), u.lastSignIn}};
        if (!p.isSet(QStringLiteral("json")))
            cli.print(
                QStringLiteral("%1\t%2\t%3").arg(u.username, u.displayName, Roles::title(u.role)));
    }
    if (p.isSet(QStringLiteral("json")))
        cli.printJson(a);
    return CliApp::Success;
}

int usersUnlock(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    Accounts(store.db()).unlock(Session::commandLine(store.db()), p.positionalArguments().first());
    cli.print(tr("Account %1 unlocked.").arg(p.positionalArguments().first()));
    return CliApp::Success;
}

int audit(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("At most N entries."),
                                   QStringLiteral("N"),
                                   QStringLiteral("50"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    tr("Only this action (sign_in, denied, reveal, export …)."),
                                    QStringLiteral("ACTION"));
    p.addOptions({limit, action, jsonOption()});
    if (!cli.parse(p, args, 0, 0))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    bool ok = false;
    const int n = p.value(limit).toInt(&ok);
    if (!ok || n < 1)
        return cli.usage(tr("--limit is a positive number."));
    const auto entries = AuditLog::recent(store.db(), n, p.value(action));
    QJsonArray a;
    for (const auto &e : entries) {
        a << QJsonObject{{QStringLiteral("at"), e.at},
                         {QStringLiteral("user"), e.username},
                         {QStringLiteral("action"), e.action},
                         {QStringLiteral("table"), e.table},
                         {QStringLiteral("record"), e.recordId},
                         {QStringLiteral("detail"), e.detail}};
        if (!p.isSet(QStringLiteral("json")))
            cli.print(QStringLiteral("%1\t%2\t%3\t%4")
                          .arg(e.at, e.username, AuditLog::actionTitle(e.action), e.detail));
    }
    if (p.isSet(QStringLiteral("json")))
        cli.printJson(a);
    return CliApp::Success;
}

} // namespace

void addStoreCommands(QList<CliApp::Command> &c)
{
    c << CliApp::
            Command{QStringLiteral("init"),
                    QStringLiteral(
                        "--school-code CODE --school-name NAME --admin USER --password-file FILE"),
                    tr("Set up a new school store."),
                    init}
      << CliApp::Command{QStringLiteral("demo"),
                         QStringLiteral("--size small|large [--seed N] [--password-file FILE]"),
                         tr("Create a realistic demo school (administrator \"admin\")."),
                         demo}
      << CliApp::Command{QStringLiteral("check"),
                         QStringLiteral("[--json]"),
                         tr("Check schema, integrity and foreign keys."),
                         check}
      << CliApp::Command{QStringLiteral("stats"),
                         QStringLiteral("[--json]"),
                         tr("Count the school's records."),
                         stats}
      << CliApp::Command{QStringLiteral("backup"),
                         QStringLiteral("FILE"),
                         tr("Write a consistent copy of the store."),
                         backup}
      << CliApp::Command{QStringLiteral("restore"),
                         QStringLiteral("FILE"),
                         tr("Replace the store with a checked backup."),
                         restore}
      << CliApp::Command{QStringLiteral("search"),
                         QStringLiteral("QUERY [--limit N] [--json]"),
                         tr("Search people, classes and rooms (Chinese, pinyin, initials)."),
                         search}
      << CliApp::Command{QStringLiteral("users add"),
                         QStringLiteral(
                             "USER --role ROLE --password-file FILE [--name NAME] [--staff-no NO]"),
                         tr("Create a local account."),
                         usersAdd}
      << CliApp::Command{QStringLiteral("users list"),
                         QStringLiteral("[--json]"),
                         tr("List local accounts."),
                         usersList}
      << CliApp::Command{QStringLiteral("users unlock"),
                         QStringLiteral("USER"),
                         tr("Unlock an account locked after failed sign-ins."),
                         usersUnlock}
      << CliApp::Command{QStringLiteral("audit"),
                         QStringLiteral("[--limit N] [--action ACTION] [--json]"),
                         tr("Show the audit log."),
                         audit};
}

} // namespace SchoolSuite
