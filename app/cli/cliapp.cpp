#include "cliapp.h"

#include "core/app/localstore.h"
#include "core/app/module.h"
#include "core/app/translations.h"
#include "core/auth/accounts.h"
#include "core/error.h"
#include "core/settings/settings.h"
#include "equipment/equipmentmodule.h"
#include "indicators/indicatorsmodule.h"
#include "library/librarymodule.h"
#include "sync/syncmodule.h"
#include "whiteboard/whiteboardmodule.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::CliApp", text);
}

void write(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}
} // namespace

CliApp::CliApp() = default;

CliApp::~CliApp() = default;

Settings &CliApp::settings()
{
    if (!m_settings)
        m_settings = std::make_unique<Settings>();
    return *m_settings;
}

void CliApp::print(const QString &text) const
{
    write(stdout, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

void CliApp::error(const QString &text) const
{
    write(stderr, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

int CliApp::usage(const QString &text) const
{
    error(text);
    error(tr("Run \"schoolsuite-cli --help\" for the commands."));
    return Usage;
}

void CliApp::printJson(const QJsonValue &value) const
{
    QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QString CliApp::readPasswordFile(const QString &path)
{
    return Accounts::readPasswordFile(path);
}

bool CliApp::parse(QCommandLineParser &parser,
                   const QStringList &args,
                   int minPositional,
                   int maxPositional)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(QStringList{QStringLiteral("schoolsuite-cli")} + args)) {
        usage(parser.errorText());
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        usage(n < minPositional ? tr("Missing arguments.")
                                : tr("Unexpected argument \"%1\".")
                                      .arg(parser.positionalArguments().value(maxPositional)));
        return false;
    }
    return true;
}

LocalStore &CliApp::openStore(bool create, bool upgradeSchema)
{
    if (!m_store) {
        m_store = std::make_unique<LocalStore>();
        m_store->open(m_dataDir, create, upgradeSchema);
    }
    return *m_store;
}

void CliApp::removeStore()
{
    m_store.reset();
    const QString path = LocalStore::pathIn(m_dataDir);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

int CliApp::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    QString language;
    QString dataDir;
    // --data-dir and --lang apply to every command, so scripts may give them before or after
    // the command's name.
    for (qsizetype i = 0; i < args.size();) {
        const QString &arg = args.at(i);
        QString *target = nullptr;
        QString name;
        for (const auto &[option, value] : {std::pair{QStringLiteral("--data-dir"), &dataDir},
                                            std::pair{QStringLiteral("--lang"), &language}}) {
            if (arg == option || arg.startsWith(option + QLatin1Char('='))) {
                target = value;
                name = option;
            }
        }
        if (!target) {
            ++i;
            continue;
        }
        if (arg == name) {
            if (i + 1 >= args.size()) {
                installTranslations(language);
                return usage(tr("%1 needs a value.").arg(name));
            }
            *target = args.at(i + 1);
            args.remove(i, 2);
        } else {
            *target = arg.mid(name.size() + 1);
            args.remove(i);
        }
    }
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--version")) {
            print(QStringLiteral("schoolsuite-cli %1").arg(QStringLiteral(SCHOOLSUITE_VERSION)));
            return Success;
        } else if (opt == QLatin1String("--help")) {
            args.prepend(QStringLiteral("help"));
            break;
        } else {
            installTranslations(language);
            return usage(tr("Unknown option %1.").arg(opt));
        }
    }
    if (language.isEmpty())
        language = settings().language();
    if (!language.isEmpty() && language != QLatin1String("zh_CN")
        && language != QLatin1String("en"))
        return usage(QStringLiteral("--lang: zh_CN or en"));
    installTranslations(language);
    m_dataDir = dataDir.isEmpty() ? settings().dataDirectory() : dataDir;
    registerCoreModules();
    registerSyncModule();
    registerEquipmentModule();
    registerIndicatorsModule();
    registerLibraryModule();
    registerWhiteboardModule();
    // Built after the translations are installed, so the help text is in the user's language.
    addStoreCommands(m_commands);
    addConfigCommands(m_commands);
    addPeopleCommands(m_commands);
    addSyncCommands(m_commands);
    addEquipmentCommands(m_commands);
    addIndicatorsCommands(m_commands);
    addLibraryMarcCommands(m_commands);
    addLibraryCommands(m_commands);
    addWhiteboardCommands(m_commands);

    if (args.isEmpty() || args.first() == QLatin1String("help")) {
        QString text
            = tr("Usage: schoolsuite-cli [--data-dir DIR] [--lang zh_CN|en] COMMAND ...\n"
                 "       schoolsuite-cli --version\n\n"
                 "Commands:\n");
        for (const Command &c : std::as_const(m_commands))
            text += QStringLiteral("  %1 %2\n      %3\n").arg(c.name, c.synopsis, c.description);
        // Asked for, the list is the answer (stdout); without a command it explains an error.
        if (args.isEmpty()) {
            error(text);
            return Usage;
        }
        print(text);
        return Success;
    }
    // Commands have one or two words ("people import").
    const Command *command = nullptr;
    int words = 0;
    for (const Command &c : std::as_const(m_commands)) {
        const QStringList name = c.name.split(QLatin1Char(' '));
        if (args.size() >= name.size() && args.mid(0, name.size()) == name && name.size() > words) {
            command = &c;
            words = int(name.size());
        }
    }
    if (!command)
        return usage(tr("Unknown command \"%1\".").arg(args.join(QLatin1Char(' '))));
    try {
        return command->run(*this, args.mid(words));
    } catch (const Error &e) {
        error(e.message());
        return Failed;
    } catch (const std::exception &e) {
        error(QString::fromLocal8Bit(e.what()));
        return Failed;
    }
}

} // namespace SchoolSuite
