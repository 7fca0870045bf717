#include "admincommands.h"

#include "apierror.h"
#include "unioncatalog.h"

#include "core/auth/accounts.h"
#include "core/error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace SchoolSuite::Server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Server::AdminCommands", text);
}

void write(FILE *stream, const QString &text)
{
    const QByteArray utf8
        = (text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}

// Parses a command's options; on a usage error prints it and returns false.
bool parse(AdminCommands &admin,
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

const QCommandLineOption jsonOption(QStringLiteral("json"));

// Keys one `admin enrollment-key --count` makes at most (a district enrolls a few hundred devices).
constexpr int MaxEnrollmentKeys = 10000;
// A deployment key stays valid at most a school year and a bit.
constexpr int MaxEnrollmentKeyDays = 400;

int addSchool(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(admin, parser, args, 2))
        return AdminCommands::Usage;
    const QStringList p = parser.positionalArguments();
    const Directory::School school = admin.platform().directory().addSchool(p.at(0), p.at(1));
    admin.print(tr("Added school %1 (%2).").arg(school.code, school.name));
    return AdminCommands::Success;
}

int addUser(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption school(QStringLiteral("school"), {}, QStringLiteral("CODE"));
    const QCommandLineOption role(QStringLiteral("role"), {}, QStringLiteral("ROLE"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption displayName(
        QStringLiteral("display-name"), {}, QStringLiteral("NAME"));
    const QCommandLineOption staffId(QStringLiteral("staff-id"), {}, QStringLiteral("ID"));
    parser.addOptions({school, role, passwordFile, displayName, staffId});
    if (!parse(admin, parser, args, 1))
        return AdminCommands::Usage;
    for (const QCommandLineOption *required : {&school, &role, &passwordFile}) {
        if (!parser.isSet(*required))
            return admin.usage(tr("--%1 is required.").arg(required->names().constFirst()));
    }
    bool ok = false;
    const Role userRole = Roles::fromKey(parser.value(role), &ok);
    if (!ok) {
        QStringList keys;
        for (Role r : Roles::all())
            keys.append(Roles::key(r));
        return admin.usage(tr("Unknown role \"%1\"; one of: %2.")
                               .arg(parser.value(role), keys.join(QStringLiteral(", "))));
    }
    const QString password = Accounts::readPasswordFile(parser.value(passwordFile));
    const QString username = parser.positionalArguments().constFirst();
    admin.platform().directory().addUser(username,
                                         parser.value(school),
                                         userRole,
                                         password,
                                         parser.value(displayName),
                                         parser.value(staffId));
    admin.print(tr("Added user %1 (%2) to school %3.")
                    .arg(username, Roles::title(userRole), parser.value(school)));
    return AdminCommands::Success;
}

int enrollmentKey(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("count"), {}, QStringLiteral("N"));
    const QCommandLineOption devices(QStringLiteral("devices"), {}, QStringLiteral("N"));
    const QCommandLineOption validDays(QStringLiteral("valid-days"), {}, QStringLiteral("DAYS"));
    parser.addOption(count);
    parser.addOption(devices);
    parser.addOption(validDays);
    if (!parse(admin, parser, args, 1))
        return AdminCommands::Usage;
    const auto number = [&parser](const QCommandLineOption &option, int fallback, int max) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        return ok && n >= 1 && n <= max ? n : 0;
    };
    const int n = number(count, 1, MaxEnrollmentKeys);
    if (n == 0)
        return admin.usage(tr("--count takes a number from 1 to %1.").arg(MaxEnrollmentKeys));
    const int perKey = number(devices, 1, MaxEnrollmentKeys);
    if (perKey == 0)
        return admin.usage(tr("--devices takes a number from 1 to %1.").arg(MaxEnrollmentKeys));
    const int days = number(validDays, Directory::EnrollmentKeyDays, MaxEnrollmentKeyDays);
    if (days == 0)
        return admin.usage(
            tr("--valid-days takes a number from 1 to %1.").arg(MaxEnrollmentKeyDays));
    // Only the keys on stdout, one a line, so scripts can capture them.
    const QStringList keys = admin.platform().directory().createEnrollmentKeys(
        parser.positionalArguments().constFirst(), n, days, perKey);
    admin.print(keys.join(QLatin1Char('\n')));
    return AdminCommands::Success;
}

int listSchools(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption);
    if (!parse(admin, parser, args, 0))
        return AdminCommands::Usage;
    const QList<Directory::School> schools = admin.platform().directory().schools();
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const Directory::School &s : schools)
            list.append(QJsonObject{{QStringLiteral("code"), s.code},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("devices"), s.devices},
                                    {QStringLiteral("users"), s.users}});
        admin.printJson(list);
        return AdminCommands::Success;
    }
    if (schools.isEmpty())
        admin.print(tr("No schools yet."));
    for (const Directory::School &s : schools)
        admin.print(
            tr("%1  %2  (%3 devices, %4 users)").arg(s.code, s.name).arg(s.devices).arg(s.users));
    return AdminCommands::Success;
}

int listDevices(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption);
    if (!parse(admin, parser, args, 0))
        return AdminCommands::Usage;
    const QList<Directory::Device> devices = admin.platform().directory().devices();
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const Directory::Device &d : devices)
            list.append(QJsonObject{{QStringLiteral("id"), d.id},
                                    {QStringLiteral("school"), d.schoolCode},
                                    {QStringLiteral("name"), d.name},
                                    {QStringLiteral("platform"), d.platform},
                                    {QStringLiteral("enrolled_at"), d.enrolledAt},
                                    {QStringLiteral("last_seen"), orNull(d.lastSeen)},
                                    {QStringLiteral("revoked_at"), orNull(d.revokedAt)}});
        admin.printJson(list);
        return AdminCommands::Success;
    }
    if (devices.isEmpty())
        admin.print(tr("No devices enrolled."));
    for (const Directory::Device &d : devices)
        admin.print(
            tr("%1  %2  %3 (%4)  enrolled %5, last seen %6%7")
                .arg(d.id,
                     d.schoolCode,
                     d.name,
                     d.platform,
                     d.enrolledAt,
                     d.lastSeen.isEmpty() ? tr("never") : d.lastSeen,
                     d.revokedAt.isEmpty() ? QString() : tr(", revoked %1").arg(d.revokedAt)));
    return AdminCommands::Success;
}

int revokeDevice(AdminCommands &admin, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(admin, parser, args, 1))
        return AdminCommands::Usage;
    const QString id = parser.positionalArguments().constFirst();
    admin.platform().directory().revokeDevice(id);
    admin.print(tr("Revoked device %1.").arg(id));
    return AdminCommands::Success;
}

} // namespace

AdminCommands::AdminCommands(QString databaseUrl, Platform::Options options)
    : m_databaseUrl(std::move(databaseUrl))
    , m_options(options)
{}

Platform &AdminCommands::platform()
{
    if (!m_platform)
        m_platform = std::make_unique<Platform>(m_databaseUrl, m_options);
    return *m_platform;
}

void AdminCommands::print(const QString &text) const
{
    write(stdout, text);
}

void AdminCommands::printJson(const QJsonValue &value) const
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void AdminCommands::error(const QString &text) const
{
    write(stderr, text);
}

int AdminCommands::usage(const QString &text) const
{
    error(text);
    error(tr("Run \"schoolsuite-district --help\" for the commands."));
    return Usage;
}

int AdminCommands::run(const QStringList &args)
{
    QList<QPair<QString, Command>> commands{
        {QStringLiteral("add-school"), addSchool},
        {QStringLiteral("add-user"), addUser},
        {QStringLiteral("enrollment-key"), enrollmentKey},
        {QStringLiteral("list-schools"), listSchools},
        {QStringLiteral("list-devices"), listDevices},
        {QStringLiteral("revoke-device"), revokeDevice},
    };
    commands += dataCommands();
    commands += libraryAdminCommands();
    if (args.isEmpty())
        return usage(tr("admin needs a command."));
    for (const auto &[name, command] : std::as_const(commands)) {
        if (name != args.constFirst())
            continue;
        try {
            return command(*this, args.mid(1));
        } catch (const ApiError &e) {
            error(e.message());
        } catch (const Error &e) {
            error(e.message());
        } catch (const std::exception &e) {
            error(QString::fromUtf8(e.what()));
        }
        return Failed;
    }
    return usage(tr("Unknown admin command \"%1\".").arg(args.constFirst()));
}

} // namespace SchoolSuite::Server
