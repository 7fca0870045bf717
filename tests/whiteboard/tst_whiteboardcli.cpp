// schoolsuite-cli whiteboard info | export-pdf | convert (CLI.md; issue 6, must-have 8): the
// real program, headless (no QT_QPA_PLATFORM given), on files as IT staff would pass them.
#include "clirun.h"
#include "handwriting.h"

#include <QPdfDocument>
#include <QtTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Test;

namespace {

CliRun cli(const QStringList &args)
{
    return runProgram(QStringLiteral(SCHOOLSUITE_CLI), args);
}

} // namespace

class TestWhiteboardCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Headless as in a script: the program picks the offscreen platform itself.
        qunsetenv("QT_QPA_PLATFORM");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void infoJson()
    {
        QTemporaryDir dir;
        Handwriting::XoppOptions o;
        o.pages = 3;
        o.strokesPerPage = 50;
        const QString xopp = writeFile(
            dir, QStringLiteral("课堂笔记.xopp"), Handwriting::gzip(Handwriting::xoppXml(o)));
        const CliRun r = cli(
            {QStringLiteral("whiteboard"), QStringLiteral("info"), xopp, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject info = r.object();
        QCOMPARE(info.value(QStringLiteral("format")).toString(), QStringLiteral("xopp"));
        QCOMPARE(info.value(QStringLiteral("pages")).toInt(), 3);
        QCOMPARE(info.value(QStringLiteral("strokes")).toInt(), 3 * 51);
        const CliRun text = cli({QStringLiteral("whiteboard"), QStringLiteral("info"), xopp});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("3 pages"))
                     && text.out.contains(QStringLiteral("153 strokes")),
                 qPrintable(text.out));
    }

    void exportPdfAndConvert()
    {
        QTemporaryDir dir;
        Handwriting::XoppOptions o;
        o.pages = 2;
        o.strokesPerPage = 100;
        o.text = true;
        const QString xopp = writeFile(
            dir, QStringLiteral("notes.xopp"), Handwriting::gzip(Handwriting::xoppXml(o)));
        const QString pdf = dir.filePath(QStringLiteral("notes.pdf"));
        CliRun r = cli({QStringLiteral("whiteboard"), QStringLiteral("export-pdf"), xopp, pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QPdfDocument doc;
        QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
        QCOMPARE(doc.pageCount(), 2);
        QVERIFY(doc.getAllText(0).text().contains(QStringLiteral("line two")));

        // xopp -> native -> info of the native file: the same pages and strokes.
        const QString board = dir.filePath(QStringLiteral("notes.ssboard"));
        r = cli({QStringLiteral("whiteboard"), QStringLiteral("convert"), xopp, board});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("whiteboard"),
                 QStringLiteral("info"),
                 board,
                 QStringLiteral("--json")});
        QCOMPARE(r.object().value(QStringLiteral("format")).toString(), QStringLiteral("ssboard"));
        QCOMPARE(r.object().value(QStringLiteral("strokes")).toInt(), 2 * 101);
        // The native file exports too, and converts to a PNG per page.
        r = cli({QStringLiteral("whiteboard"),
                 QStringLiteral("convert"),
                 board,
                 dir.filePath(QStringLiteral("page.png"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QImage(dir.filePath(QStringLiteral("page-002.png"))).size(), QSize(1191, 1684));

        // For other board programs: IWB, told from its content whatever its name.
        const QString iwb = dir.filePath(QStringLiteral("notes.iwb"));
        r = cli({QStringLiteral("whiteboard"), QStringLiteral("convert"), board, iwb});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString renamed = dir.filePath(QStringLiteral("from-smart.zip"));
        QVERIFY(QFile::copy(iwb, renamed));
        r = cli({QStringLiteral("whiteboard"),
                 QStringLiteral("info"),
                 renamed,
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("format")).toString(), QStringLiteral("iwb"));
        QCOMPARE(r.object().value(QStringLiteral("pages")).toInt(), 2);
        QCOMPARE(r.object().value(QStringLiteral("strokes")).toInt(), 2 * 101);
    }

    void badInput()
    {
        QTemporaryDir dir;
        const QString junk
            = writeFile(dir, QStringLiteral("lesson.xopp"), QByteArray("\x1f\x8bjunk", 6));
        CliRun r = cli({QStringLiteral("whiteboard"),
                        QStringLiteral("export-pdf"),
                        junk,
                        dir.filePath(QStringLiteral("out.pdf"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("lesson.xopp")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.pdf"))));
        r = cli({QStringLiteral("whiteboard"),
                 QStringLiteral("info"),
                 dir.filePath(QStringLiteral("missing.ssboard"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("missing.ssboard")), qPrintable(r.err));
        Handwriting::XoppOptions o;
        const QString good = writeFile(
            dir, QStringLiteral("good.xopp"), Handwriting::gzip(Handwriting::xoppXml(o)));
        r = cli({QStringLiteral("whiteboard"),
                 QStringLiteral("convert"),
                 good,
                 dir.filePath(QStringLiteral("out.docx"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("out.docx")), qPrintable(r.err));
        r = cli({QStringLiteral("whiteboard"), QStringLiteral("convert"), good});
        QCOMPARE(r.code, 2);
    }
};

QTEST_MAIN(TestWhiteboardCli)
#include "tst_whiteboardcli.moc"
