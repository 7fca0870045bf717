// library import-marc | export-marc (CLI.md; issue 5, must-have 2)
#include "cliapp.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/search/searchindex.h"
#include "library/marc/marcexport.h"
#include "library/marc/marcimport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite", text);
}

QJsonArray brokenJson(const MarcFile &file, const MarcPreview &preview)
{
    QJsonArray list;
    for (const MarcPreview::Row &row : preview.rows) {
        if (row.kind != MarcPreview::Kind::Broken)
            continue;
        const MarcFileRecord &r = file.records.at(row.index);
        QJsonObject o{{QStringLiteral("record"), r.number},
                      {QStringLiteral("reason"), row.problem}};
        if (r.line > 0)
            o.insert(QStringLiteral("line"), r.line);
        else
            o.insert(QStringLiteral("offset"), r.offset);
        list.append(o);
    }
    return list;
}

int importMarc(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption skipBad(QStringLiteral("skip-bad"),
                                     tr("Import the good records and list the broken ones."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check and count, write nothing."));
    const QCommandLineOption duplicates(QStringLiteral("duplicates"),
                                        tr("Records whose ISBN is in the catalog: skip (default) "
                                           "or merge (fill empty fields, add the copies)."),
                                        QStringLiteral("skip|merge"),
                                        QStringLiteral("skip"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("auto (as each record says), utf-8, gb18030 or marc8."),
                                      QStringLiteral("ENC"),
                                      QStringLiteral("auto"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.addOptions({skipBad, dryRun, duplicates, encoding, json});
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    MarcImportOptions options;
    options.skipBad = p.isSet(skipBad);
    const QString dup = p.value(duplicates).toLower();
    if (dup == QLatin1String("merge"))
        options.duplicates = MarcImportOptions::Duplicates::Merge;
    else if (dup != QLatin1String("skip"))
        return cli.usage(tr("--duplicates is skip or merge."));
    if (!parseMarcEncoding(p.value(encoding), &options.encoding))
        return cli.usage(tr("--encoding is auto, utf-8, gb18030 or marc8."));
    const bool dry = p.isSet(dryRun);
    const QString path = p.positionalArguments().constFirst();

    const MarcFile file = MarcImport::read(path, options.encoding);
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    MarcImport import(session);
    const MarcPreview preview = import.preview(file, options);
    const QStringList problems = preview.problems(file);
    const bool merge = options.duplicates == MarcImportOptions::Duplicates::Merge;
    if (!problems.isEmpty() && !options.skipBad) {
        cli.error(tr("%1: nothing was imported because of these broken records (--skip-bad "
                     "imports the others):")
                      .arg(path));
        cli.error(problems.join(QLatin1Char('\n')));
        return CliApp::Failed;
    }
    MarcImportResult result;
    if (dry) {
        result.titlesAdded = preview.newTitles;
        (merge ? result.titlesMerged : result.duplicatesSkipped) = preview.duplicates;
        result.copiesAdded = preview.copies;
        result.skipped = problems;
    } else {
        result = import.commit(file, preview, options);
        store.search().update();
    }
    if (p.isSet(json)) {
        cli.printJson(QJsonObject{{QStringLiteral("records"), int(file.records.size())},
                                  {QStringLiteral("added"), result.titlesAdded},
                                  {QStringLiteral("merged"), result.titlesMerged},
                                  {QStringLiteral("duplicates_skipped"), result.duplicatesSkipped},
                                  {QStringLiteral("copies"), result.copiesAdded},
                                  {QStringLiteral("broken"), brokenJson(file, preview)},
                                  {QStringLiteral("dry_run"), dry}});
    } else {
        cli.print((dry ? tr("Dry run, nothing written: %1 records; %2 new titles, %3 duplicates "
                            "to %4, %5 copies to add.")
                       : tr("Imported %1 records: %2 new titles, %3 duplicates %4, %5 copies "
                            "added."))
                      .arg(file.records.size())
                      .arg(result.titlesAdded)
                      .arg(merge ? result.titlesMerged : result.duplicatesSkipped)
                      .arg(merge ? (dry ? tr("merge") : tr("merged"))
                                 : (dry ? tr("skip") : tr("skipped")))
                      .arg(result.copiesAdded));
    }
    if (!result.skipped.isEmpty()) {
        cli.error(QCoreApplication::translate(
            "SchoolSuite", "%n broken record(s) left out:", nullptr, int(result.skipped.size())));
        cli.error(result.skipped.join(QLatin1Char('\n')));
    }
    return CliApp::Success;
}

int exportMarc(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption cnmarc(QStringLiteral("cnmarc"),
                                    tr("Write CNMARC (UNIMARC) instead of MARC 21."));
    p.addOption(cnmarc);
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    LocalStore &store = cli.openStore();
    const Session session = Session::commandLine(store.db());
    const QString path = p.positionalArguments().constFirst();
    const int count = MarcExport(session).write(
        path, p.isSet(cnmarc) ? MarcFamily::Unimarc : MarcFamily::Marc21);
    cli.print(tr("Exported %1 records to %2.").arg(count).arg(path));
    return CliApp::Success;
}

} // namespace

void addLibraryMarcCommands(QList<CliApp::Command> &c)
{
    c << CliApp::Command{QStringLiteral("library import-marc"),
                         QStringLiteral("FILE [--skip-bad] [--dry-run] [--duplicates skip|merge] "
                                        "[--encoding auto|utf-8|gb18030|marc8] [--json]"),
                         tr("Import ISO 2709 or MARCXML records (MARC 21, CNMARC), all or "
                            "nothing."),
                         importMarc}
      << CliApp::Command{QStringLiteral("library export-marc"),
                         QStringLiteral("FILE [--cnmarc]"),
                         tr("Export the catalog with its copies as MARC: .xml or .marcxml is "
                            "MARCXML, anything else ISO 2709."),
                         exportMarc};
}

} // namespace SchoolSuite
