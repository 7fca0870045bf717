#include "importcommand.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/io/tabularreader.h"
#include "core/people/peopleimport.h"
#include "core/search/searchindex.h"

#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite", text);
}
} // namespace

int runImportCommand(CliApp &cli,
                     QCommandLineParser &parser,
                     const QStringList &args,
                     const ImportRun &run,
                     const std::function<bool()> &checkOptions)
{
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("auto, utf-8 or gb18030."),
                                      QStringLiteral("ENC"),
                                      QStringLiteral("auto"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check and count, write nothing."));
    parser.addOptions({encoding, dryRun});
    if (!cli.parse(parser, args, 1, 1))
        return CliApp::Usage;
    if (checkOptions && !checkOptions())
        return CliApp::Usage;
    const QString enc = parser.value(encoding).toLower();
    TextEncoding textEncoding = TextEncoding::Auto;
    if (enc == QLatin1String("utf-8") || enc == QLatin1String("utf8"))
        textEncoding = TextEncoding::Utf8;
    else if (enc == QLatin1String("gb18030") || enc == QLatin1String("gbk"))
        textEncoding = TextEncoding::Gb18030;
    else if (enc != QLatin1String("auto"))
        return cli.usage(tr("--encoding is auto, utf-8 or gb18030."));
    const bool dry = parser.isSet(dryRun);
    const QString file = parser.positionalArguments().constFirst();
    const Table table = TabularReader::read(file, textEncoding);
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    const ImportReport report = run(session, table, dry);
    if (!report.errors.isEmpty()) {
        cli.error(tr("%1: nothing was imported because of these problems:").arg(file));
        cli.error(report.errorText());
        return CliApp::Failed;
    }
    if (!dry)
        store.search().update();
    cli.print((dry ? tr("Dry run, nothing written: %1 to add, %2 to update, %3 unchanged.")
                   : tr("Imported: %1 added, %2 updated, %3 unchanged."))
                  .arg(report.added)
                  .arg(report.updated)
                  .arg(report.unchanged));
    return CliApp::Success;
}

} // namespace SchoolSuite
