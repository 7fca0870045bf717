// `schoolsuite-cli library import-marc | export-marc` as IT staff script them (CLI.md): real
// processes on a real store; exit codes, all-or-nothing, broken records named by position, the
// JSON report, and an export the real yaz-marcdump reads.
#include "clirun.h"
#include "marctestdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace SchoolSuite::Test;
using namespace SchoolSuite::Test::Marc;

class TestMarcCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;

    CliRun cli(const QStringList &args)
    {
        return runProgram(QStringLiteral(SCHOOLSUITE_CLI),
                          QStringList{QStringLiteral("--data-dir"),
                                      m_data,
                                      QStringLiteral("--lang"),
                                      QStringLiteral("en")}
                              + args);
    }
    int titles()
    {
        const CliRun r
            = cli({QStringLiteral("library"), QStringLiteral("stats"), QStringLiteral("--json")});
        return r.object().value(QStringLiteral("titles")).toInt(-1);
    }

private slots:
    void initTestCase()
    {
        m_data = m_dir.filePath(QStringLiteral("store"));
        const QString pw = writeFile(m_dir, QStringLiteral("pw"), "secret-password-1\n");
        const CliRun r = cli({QStringLiteral("init"),
                              QStringLiteral("--school-code"),
                              QStringLiteral("T001"),
                              QStringLiteral("--school-name"),
                              QStringLiteral("测试学校"),
                              QStringLiteral("--admin"),
                              QStringLiteral("admin"),
                              QStringLiteral("--password-file"),
                              pw});
        QCOMPARE(r.code, 0);
        QCOMPARE(titles(), 0);
    }

    void brokenFileImportsNothing()
    {
        const QByteArray one = cnmarcBook(1, Text::Gb18030);
        QByteArray bad = cnmarcBook(2, Text::Gb18030, QStringLiteral("9787536692930"));
        bad[24 + 12 * 3 + 5] = 'x'; // the fourth entry's length
        const QString path = writeFile(m_dir,
                                       QStringLiteral("bad.iso"),
                                       one + bad + marc21Book(3, QStringLiteral("9780306406157")));
        CliRun r = cli({QStringLiteral("library"), QStringLiteral("import-marc"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("record 2 (byte %1): bad directory: entry 4 (field "
                                               "101)")
                                    .arg(one.size())),
                 qPrintable(r.err));
        QCOMPARE(titles(), 0);

        r = cli({QStringLiteral("library"),
                 QStringLiteral("import-marc"),
                 path,
                 QStringLiteral("--skip-bad"),
                 QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Dry run, nothing written: 3 records; 2 new")),
                 qPrintable(r.out));
        QCOMPARE(titles(), 0);

        r = cli({QStringLiteral("library"),
                 QStringLiteral("import-marc"),
                 path,
                 QStringLiteral("--skip-bad"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("copies")).toInt(), 4);
        const QJsonArray broken = o.value(QStringLiteral("broken")).toArray();
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken[0].toObject().value(QStringLiteral("record")).toInt(), 2);
        QCOMPARE(broken[0].toObject().value(QStringLiteral("offset")).toInt(), int(one.size()));
        QVERIFY(r.err.contains(QLatin1String("1 broken record left out")));
        QCOMPARE(titles(), 2);

        // Again, merging: both are duplicates now; their barcodes are in the catalog.
        r = cli({QStringLiteral("library"),
                 QStringLiteral("import-marc"),
                 path,
                 QStringLiteral("--skip-bad")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("2 duplicates skipped")), qPrintable(r.out));
        QCOMPARE(titles(), 2);
    }

    void encodingsAndUsage()
    {
        const QString gbk
            = writeFile(m_dir,
                        QStringLiteral("gbk.iso"),
                        cnmarcBook(9, Text::Gb18030, QStringLiteral("9787020090006")));
        CliRun r = cli({QStringLiteral("library"),
                        QStringLiteral("import-marc"),
                        gbk,
                        QStringLiteral("--encoding"),
                        QStringLiteral("utf-8"),
                        QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("record 1 (byte 0): invalid UTF-8 in field")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("library"),
                 QStringLiteral("import-marc"),
                 gbk,
                 QStringLiteral("--encoding"),
                 QStringLiteral("latin9")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("library"),
                 QStringLiteral("import-marc"),
                 gbk,
                 QStringLiteral("--duplicates"),
                 QStringLiteral("replace")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("library"), QStringLiteral("import-marc")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("library"),
                 QStringLiteral("import-marc"),
                 m_dir.filePath(QStringLiteral("missing.mrc"))});
        QCOMPARE(r.code, 1);
    }

    void exportReadByYaz()
    {
        const QString out = m_dir.filePath(QStringLiteral("out.mrc"));
        CliRun r = cli({QStringLiteral("library"), QStringLiteral("export-marc"), out});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Exported %1 records").arg(titles())),
                 qPrintable(r.out));
        int code = -1;
        const QString line = QString::fromUtf8(yazMarcdump({out}, &code));
        QCOMPARE(code, 0);
        QVERIFY2(line.contains(QStringLiteral("245 00 $a 红楼梦 $b 校注本")), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("952    $c 书库")));

        const QString xml = m_dir.filePath(QStringLiteral("out.xml"));
        r = cli({QStringLiteral("library"),
                 QStringLiteral("export-marc"),
                 xml,
                 QStringLiteral("--cnmarc")});
        QCOMPARE(r.code, 0);
        const QString fromXml = QString::fromUtf8(
            yazMarcdump({QStringLiteral("-i"), QStringLiteral("marcxml"), xml}, &code));
        QCOMPARE(code, 0);
        QVERIFY2(
            fromXml.contains(QStringLiteral("200 1  $a 红楼梦 $e 校注本 $f 曹雪芹著 $g 高鹗续")),
            qPrintable(fromXml));
    }
};

QTEST_GUILESS_MAIN(TestMarcCli)
#include "tst_marccli.moc"
