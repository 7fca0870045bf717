// whiteboard info | export-pdf | convert (CLI.md; issue 6, must-have 8). Headless: the files
// are read and drawn without a store or a display (main() gives these commands an offscreen
// QGuiApplication, which fonts and QPdfWriter need).
#include "cliapp.h"

#include "whiteboard/format/boardformats.h"
#include "whiteboard/render/boardexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace SchoolSuite {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SchoolSuite", text, disambiguation, n);
}

// Problems met while reading go to stderr: the command still does what it can.
void reportWarnings(CliApp &cli, const BoardDocument &doc)
{
    for (const QString &w : doc.warnings())
        cli.error(tr("warning: %1").arg(w));
}

int info(CliApp &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.addOption(json);
    if (!cli.parse(p, args, 1, 1))
        return CliApp::Usage;
    const QString path = p.positionalArguments().constFirst();
    const BoardFormats::Kind kind = BoardFormats::detect(path);
    const BoardDocument doc = BoardFormats::open(path);
    int items = 0;
    QJsonArray pages;
    for (int i = 0; i < doc.pageCount(); ++i) {
        const BoardPage &page = doc.page(i);
        items += page.itemCount();
        pages.append(QJsonObject{{QStringLiteral("width"), page.size.width()},
                                 {QStringLiteral("height"), page.size.height()},
                                 {QStringLiteral("strokes"), page.strokeCount()},
                                 {QStringLiteral("items"), page.itemCount()}});
    }
    const int strokes = doc.strokeCount();
    reportWarnings(cli, doc);
    if (p.isSet(json)) {
        cli.printJson(
            QJsonObject{{QStringLiteral("format"), BoardFormats::name(kind)},
                        {QStringLiteral("title"), doc.title},
                        {QStringLiteral("pages"), doc.pageCount()},
                        {QStringLiteral("strokes"), strokes},
                        {QStringLiteral("items"), items},
                        {QStringLiteral("assets"), int(doc.assetKeys().size())},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(doc.warnings())},
                        {QStringLiteral("page_list"), pages}});
    } else {
        cli.print(tr("%1: %2, %n page(s)", nullptr, doc.pageCount())
                      .arg(QFileInfo(path).fileName(), BoardFormats::name(kind))
                  + QLatin1Char('\n') + tr("%n stroke(s)", nullptr, strokes) + QStringLiteral(", ")
                  + tr("%n item(s) in all", nullptr, items));
    }
    return CliApp::Success;
}

// IN OUT: opens IN (any format) and hands the document to write.
int inToOut(CliApp &cli,
            const QStringList &args,
            const std::function<void(const BoardDocument &, const QString &)> &write)
{
    QCommandLineParser p;
    if (!cli.parse(p, args, 2, 2))
        return CliApp::Usage;
    const BoardDocument doc = BoardFormats::open(p.positionalArguments().at(0));
    reportWarnings(cli, doc);
    write(doc, p.positionalArguments().at(1));
    return CliApp::Success;
}

int exportPdf(CliApp &cli, const QStringList &args)
{
    return inToOut(cli, args, [&cli](const BoardDocument &doc, const QString &out) {
        BoardExport::toPdf(doc, out);
        cli.print(tr("%1: %n page(s) written", nullptr, doc.pageCount()).arg(out));
    });
}

int convert(CliApp &cli, const QStringList &args)
{
    return inToOut(cli, args, [&cli](const BoardDocument &doc, const QString &out) {
        cli.print(BoardFormats::save(doc, out).join(QLatin1Char('\n')));
    });
}

} // namespace

void addWhiteboardCommands(QList<CliApp::Command> &c)
{
    c << CliApp::Command{QStringLiteral("whiteboard info"),
                         QStringLiteral("FILE [--json]"),
                         tr("Show the format, pages and strokes of a board document (.ssboard, "
                            ".xopp, .pdf, images)."),
                         info}
      << CliApp::Command{QStringLiteral("whiteboard export-pdf"),
                         QStringLiteral("IN OUT"),
                         tr("Write a board document as a vector PDF."),
                         exportPdf}
      << CliApp::Command{QStringLiteral("whiteboard convert"),
                         QStringLiteral("IN OUT"),
                         tr("Convert a board document; the format comes from OUT's extension "
                            "(.ssboard, .pdf, .png)."),
                         convert};
}

bool isWhiteboardCommand(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("whiteboard"));
}

} // namespace SchoolSuite
