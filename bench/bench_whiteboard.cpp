// Issue 6, performance: a handwritten Xournal++ document of 10 pages and 20,000 pressure
// strokes exported to PDF by `schoolsuite-cli whiteboard export-pdf` and by
// `xournalpp --create-pdf` (Debian's package), both as processes, interleaved, same file.
// Goal: ours at least 3× faster (ratio ours / xournalpp <= 0.33). The phases of our export
// (read, outlines, PDF) are timed in-process for information.
#include "benchcommon.h"
#include "core/error.h"
#include "handwriting.h"
#include "whiteboard/format/xoppimport.h"
#include "whiteboard/render/boardexport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace SchoolSuite;

namespace {

int g_runs = 5;
int g_pages = 10;
int g_strokes = 20000;

double runProcess(const QString &program, const QStringList &args, const QString &expectPdf)
{
    QFile::remove(expectPdf);
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw Error(QStringLiteral("%1 failed: %2").arg(program, p.errorString()));
    const double elapsed = double(t.nsecsElapsed());
    QPdfDocument pdf;
    if (pdf.load(expectPdf) != QPdfDocument::Error::None || pdf.pageCount() != g_pages)
        throw Error(QStringLiteral("%1 wrote no PDF of %2 pages").arg(program).arg(g_pages));
    return elapsed;
}

int run()
{
    const QString xournalpp = QStandardPaths::findExecutable(QStringLiteral("xournalpp"));
    if (xournalpp.isEmpty())
        throw Error(QStringLiteral("xournalpp is not installed (scripts/install-deps.sh)"));
    QTemporaryDir tmp;
    const QString xopp = tmp.filePath(QStringLiteral("handwriting.xopp"));
    Handwriting::XoppOptions o;
    o.pages = g_pages;
    o.strokesPerPage = g_strokes / g_pages;
    o.highlighter = false;
    {
        QFile f(xopp);
        if (!f.open(QIODevice::WriteOnly))
            throw Error(QStringLiteral("cannot write %1").arg(xopp));
        f.write(Handwriting::gzip(Handwriting::xoppXml(o)));
    }
    Bench::print(QStringLiteral("whiteboard: %1 pages, %2 pressure strokes, %3 MB .xopp")
                     .arg(g_pages)
                     .arg(g_strokes)
                     .arg(double(QFile(xopp).size()) / 1e6, 0, 'f', 1));

    // In-process phases, once, for information.
    QElapsedTimer t;
    t.start();
    const BoardDocument doc = XoppImport::read(xopp);
    const double read = double(t.nsecsElapsed());
    t.restart();
    for (int i = 0; i < doc.pageCount(); ++i) {
        for (const BoardLayer &layer : doc.page(i).layers) {
            for (const BoardItem &item : layer.items) {
                if (const Stroke *s = item.stroke())
                    s->geometry();
            }
        }
    }
    const double outlines = double(t.nsecsElapsed());
    t.restart();
    BoardExport::toPdf(doc, tmp.filePath(QStringLiteral("inprocess.pdf")));
    const double pdf = double(t.nsecsElapsed());
    Bench::print(
        QStringLiteral("whiteboard: in-process: read %1, stroke outlines %2, PDF %3 (%4 MB)")
            .arg(Bench::seconds(read), Bench::seconds(outlines), Bench::seconds(pdf))
            .arg(double(QFile(tmp.filePath(QStringLiteral("inprocess.pdf"))).size()) / 1e6,
                 0,
                 'f',
                 1));

    const QString oursPdf = tmp.filePath(QStringLiteral("ours.pdf"));
    const QString theirsPdf = tmp.filePath(QStringLiteral("xournalpp.pdf"));
    QList<double> ours, theirs;
    for (int r = 0; r < g_runs; ++r) {
        theirs << runProcess(
            xournalpp, {QStringLiteral("--create-pdf=") + theirsPdf, xopp}, theirsPdf);
        ours << runProcess(
            QStringLiteral(SCHOOLSUITE_CLI_PATH),
            {QStringLiteral("whiteboard"), QStringLiteral("export-pdf"), xopp, oursPdf},
            oursPdf);
        Bench::print(QStringLiteral("whiteboard: run %1: xournalpp %2, schoolsuite-cli %3")
                         .arg(r + 1)
                         .arg(Bench::seconds(theirs.last()), Bench::seconds(ours.last())));
    }
    const double ratio = Bench::median(ours) / Bench::median(theirs);
    Bench::print(QStringLiteral("whiteboard: export median %1, xournalpp median %2, ratio %3 "
                                "(%4 times as fast)")
                     .arg(Bench::seconds(Bench::median(ours)),
                          Bench::seconds(Bench::median(theirs)),
                          Bench::ratio(ratio))
                     .arg(1 / ratio, 0, 'f', 2));
    Bench::goal(
        QStringLiteral("whiteboard export of %1 strokes to PDF vs xournalpp").arg(g_strokes),
        ratio <= 1.0 / 3,
        Bench::ratio(ratio),
        QStringLiteral("<= 0.33x"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--runs") == 0)
            g_runs = std::max(1, atoi(argv[i + 1]));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    try {
        return run();
    } catch (const Error &e) {
        Bench::print(QStringLiteral("whiteboard: ERROR %1").arg(e.message()));
        return 1;
    }
}
