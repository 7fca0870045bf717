// MARC import (issue 5, performance): 100,000 CNMARC records in GBK, each with one holding (905:
// barcode, class number, 种次号), read, previewed against the catalog and committed in one
// transaction into a fresh store by MarcImport — the whole import but the search index and the
// checkpoint that copies the commit's pages from the WAL into the file in the background (both
// printed, neither overlapping a baseline run).
// Baseline, interleaved in the same run: the real `yaz-marcdump -f GB18030 -t UTF-8 -o marcxml
// FILE > /dev/null` on the same file (YAZ reading every record, converting its text and writing
// it out as MARCXML). Goal: ratio <= 2.00.
#include "benchcommon.h"

#include "core/app/localstore.h"
#include "core/app/module.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/search/searchindex.h"
#include "library/catalog/isbn.h"
#include "library/librarymodule.h"
#include "library/marc/marcimport.h"
#include "sync/syncmodule.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace SchoolSuite;

namespace {

int g_records = 100000;
int g_runs = 3;
bool g_search = true; // --no-search: leave the search index out (profiling the import)

void field(const char *tag, const QByteArray &body, QByteArray &directory, QByteArray &area)
{
    const QByteArray b = body + '\x1e';
    directory += QByteArray(tag) + QByteArray::number(b.size()).rightJustified(4, '0')
                 + QByteArray::number(area.size()).rightJustified(5, '0');
    area += b;
}

// One CNMARC record as Chinese systems write it: GBK text, 100$a claiming "50" all the same.
QByteArray record(int i, QStringEncoder &gbk)
{
    static const char *classes[]
        = {"I247.5", "I242.4", "G624.23", "K82", "TP311.1", "P1", "H31", "Q95", "J292", "D648"};
    static const QString words[] = {QStringLiteral("春天"),
                                    QStringLiteral("科学"),
                                    QStringLiteral("故事"),
                                    QStringLiteral("数学"),
                                    QStringLiteral("世界"),
                                    QStringLiteral("少年"),
                                    QStringLiteral("历史"),
                                    QStringLiteral("自然")};
    auto sub = [&gbk](char code, const QString &value) {
        return QByteArray("\x1f") + code + QByteArray(gbk.encode(value));
    };
    const QString first12 = QStringLiteral("9787%1").arg(10000000 + i); // 12 digits
    const QString isbn = first12 + Isbn::checkDigit13(first12);
    const QString clc = QString::fromLatin1(classes[i % 10]);
    QByteArray directory;
    QByteArray area;
    field("001", QByteArray::number(i), directory, area);
    field("010",
          "  " + sub('a', Isbn::display(isbn))
              + sub('d', QStringLiteral("CNY%1.00").arg(10 + i % 50)),
          directory,
          area);
    field("100",
          "  " + sub('a', QStringLiteral("20200101d%1    em y0chiy50      ea").arg(1990 + i % 30)),
          directory,
          area);
    field("101", "0 " + sub('a', QStringLiteral("chi")), directory, area);
    field("200",
          "1 " + sub('a', words[i % 8] + words[(i / 8) % 8] + QStringLiteral("第%1册").arg(i))
              + sub('f', QStringLiteral("作者%1著").arg(i % 997)),
          directory,
          area);
    field("210",
          "  " + sub('a', QStringLiteral("北京")) + sub('c', QStringLiteral("人民文学出版社"))
              + sub('d', QString::number(1990 + i % 30)),
          directory,
          area);
    field("215", "  " + sub('a', QStringLiteral("%1页").arg(100 + i % 400)), directory, area);
    field("606", "0 " + sub('a', words[(i / 3) % 8]), directory, area);
    field("690", "  " + sub('a', clc) + sub('v', QStringLiteral("5")), directory, area);
    field("905",
          "  " + sub('b', QStringLiteral("B%1").arg(i, 7, 10, QLatin1Char('0'))) + sub('d', clc)
              + sub('e', QString::number(i / 10 + 1)),
          directory,
          area);
    directory += '\x1e';
    const int base = 24 + int(directory.size());
    const int length = base + int(area.size()) + 1;
    return QByteArray::number(length).rightJustified(5, '0') + "nam0 22"
           + QByteArray::number(base).rightJustified(5, '0') + "   450 " + directory + area
           + '\x1d';
}

// CPU seconds (user + system) of this process or of its finished children, in ns: the figure
// that stays honest on a machine other builds are loading.
double cpuNs(bool children)
{
#ifdef Q_OS_UNIX
    rusage u{};
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &u);
    return (double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e9
            + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e3);
#else
    Q_UNUSED(children);
    return 0;
#endif
}

struct Times
{
    double wall = 0;
    double cpu = 0;
};

Times runYaz(const QString &path)
{
    const double cpu0 = cpuNs(true);
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("yaz-marcdump"),
            {QStringLiteral("-f"),
             QStringLiteral("GB18030"),
             QStringLiteral("-t"),
             QStringLiteral("UTF-8"),
             QStringLiteral("-o"),
             QStringLiteral("marcxml"),
             path});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        throw Error(QStringLiteral("yaz-marcdump failed: %1")
                        .arg(QString::fromLocal8Bit(p.readAllStandardError())));
    return Times{double(t.nsecsElapsed()), cpuNs(true) - cpu0};
}

struct ImportTimes
{
    double read = 0, preview = 0, commit = 0, checkpoint = 0, search = 0;
    double cpu = 0; // read, preview and commit
    double total() const { return read + preview + commit; }
};

ImportTimes runImport(const QString &path, const QString &dataDir)
{
    LocalStore store;
    store.open(dataDir, true);
    store.initializeSchool(QStringLiteral("B001"), QStringLiteral("基准学校"));
    const Session admin = Session::commandLine(store.db());
    ImportTimes times;
    const double cpu0 = cpuNs(false);
    QElapsedTimer t;
    t.start();
    const MarcFile file = MarcImport::read(path, MarcEncoding::Auto);
    times.read = double(t.nsecsElapsed());
    if (file.records.isEmpty() || file.records.constFirst().book.bib.isbn.isEmpty())
        throw Error(QStringLiteral("the generated records were read without their ISBN"));
    t.restart();
    MarcImport import(admin);
    const MarcPreview preview = import.preview(file, {});
    times.preview = double(t.nsecsElapsed());
    if (preview.newTitles != g_records || preview.broken != 0)
        throw Error(QStringLiteral("the preview found %1 new titles and %2 broken records: %3")
                        .arg(preview.newTitles)
                        .arg(preview.broken)
                        .arg(preview.problems(file).value(0)));
    t.restart();
    const MarcImportResult r = import.commit(file, preview, {});
    times.commit = double(t.nsecsElapsed());
    times.cpu = cpuNs(false) - cpu0;
    // The commit leaves the pages in the WAL; they are copied into the file on a thread of
    // their own while the user goes on (LargeWriteScope). Waited for here, so it neither
    // overlaps the next yaz-marcdump run nor goes unreported.
    t.restart();
    store.db().waitForCheckpoint();
    times.checkpoint = double(t.nsecsElapsed());
    if (r.titlesAdded != g_records || r.copiesAdded != g_records)
        throw Error(QStringLiteral("imported %1 titles and %2 copies")
                        .arg(r.titlesAdded)
                        .arg(r.copiesAdded));
    t.restart();
    if (g_search)
        store.search().update();
    times.search = double(t.nsecsElapsed());
    return times;
}

int run()
{
    registerCoreModules();
    registerSyncModule();
    registerLibraryModule();
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("cnmarc-gbk.mrc"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            throw Error(QStringLiteral("cannot write %1").arg(path));
        QStringEncoder gbk("GB18030");
        for (int i = 0; i < g_records; ++i)
            f.write(record(i, gbk));
    }
    Bench::print(QStringLiteral("librarymarc: %1 CNMARC records in GBK, %2 MB")
                     .arg(g_records)
                     .arg(double(QFile(path).size()) / 1e6, 0, 'f', 1));
    QList<double> baseline, subject, read, preview, commit, search, baselineCpu, subjectCpu;
    for (int run = 0; run < g_runs; ++run) {
        const Times yaz = runYaz(path);
        baseline << yaz.wall;
        baselineCpu << yaz.cpu;
        const ImportTimes t = runImport(path, tmp.filePath(QStringLiteral("store%1").arg(run)));
        subject << t.total();
        subjectCpu << t.cpu;
        read << t.read;
        preview << t.preview;
        commit << t.commit;
        search << t.search;
        Bench::print(QStringLiteral("librarymarc: run %1: yaz-marcdump %2, import %3 (read %4, "
                                    "preview %5, commit %6); after it: the checkpoint in the "
                                    "background %7, the search index %8")
                         .arg(run + 1)
                         .arg(Bench::seconds(baseline.last()),
                              Bench::seconds(t.total()),
                              Bench::seconds(t.read),
                              Bench::seconds(t.preview),
                              Bench::seconds(t.commit),
                              Bench::seconds(t.checkpoint),
                              Bench::seconds(t.search)));
    }
    const double ratio = Bench::median(subject) / Bench::median(baseline);
    if (Bench::median(baselineCpu) > 0)
        Bench::print(
            QStringLiteral("librarymarc: CPU time (user + system): import median %1, "
                           "yaz-marcdump median %2, ratio %3 (for information: steadier "
                           "than wall time on a loaded machine)")
                .arg(Bench::seconds(Bench::median(subjectCpu)),
                     Bench::seconds(Bench::median(baselineCpu)),
                     Bench::ratio(Bench::median(subjectCpu) / Bench::median(baselineCpu))));
    Bench::print(QStringLiteral("librarymarc: import median %1, yaz-marcdump median %2, ratio %3")
                     .arg(Bench::seconds(Bench::median(subject)),
                          Bench::seconds(Bench::median(baseline)),
                          Bench::ratio(ratio)));
    Bench::goal(QStringLiteral("librarymarc import of %1 CNMARC/GBK records vs yaz-marcdump")
                    .arg(g_records),
                ratio <= 2.0,
                Bench::ratio(ratio),
                QStringLiteral("<= 2.00x"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // --records N, --runs N and --no-search for a quick look or a profile; the goal is measured
    // with the defaults.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--no-search") == 0)
            g_search = false;
    }
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--records") == 0)
            g_records = std::max(1, atoi(argv[i + 1]));
        else if (qstrcmp(argv[i], "--runs") == 0)
            g_runs = std::max(1, atoi(argv[i + 1]));
    }
    return Bench::runMain(argc, argv, QStringLiteral("librarymarc"), run);
}
