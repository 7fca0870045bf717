// `schoolsuite-cli equipment import|export|list|set|move` as IT staff script them (CLI.md): run as
// real processes on a real demo store; exit codes, JSON keys, all-or-nothing writes.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = SchoolSuite::Test::CliRun;

Run run(const QStringList &args)
{
    return SchoolSuite::Test::runProgram(QStringLiteral(SCHOOLSUITE_CLI), args);
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    return SchoolSuite::Test::writeFile(dir, name, data);
}

} // namespace

class TestEquipmentCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;

    QStringList at(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--data-dir"), m_data} + args;
    }

    QJsonArray list()
    {
        const Run r = run(
            at({QStringLiteral("equipment"), QStringLiteral("list"), QStringLiteral("--json")}));
        if (r.code != 0)
            qWarning() << r.err;
        return r.json().array();
    }

    QJsonObject item(const QString &tag)
    {
        for (const QJsonValue &v : list()) {
            if (v.toObject().value(QStringLiteral("tag")).toString() == tag)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_data = m_dir.filePath(QStringLiteral("school"));
        const QString pw = write(m_dir, QStringLiteral("pw"), "correct horse\n");
        const Run demo = run(at({QStringLiteral("demo"),
                                 QStringLiteral("--size"),
                                 QStringLiteral("small"),
                                 QStringLiteral("--password-file"),
                                 pw}));
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
    }

    void listJsonKeys()
    {
        const Run r = run(
            at({QStringLiteral("equipment"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonArray items = r.json().array();
        QVERIFY2(items.size() > 200, qPrintable(QString::number(items.size())));
        const QSet<QString> keys{QStringLiteral("tag"),
                                 QStringLiteral("name"),
                                 QStringLiteral("category"),
                                 QStringLiteral("room"),
                                 QStringLiteral("status"),
                                 QStringLiteral("use")};
        const QSet<QString> statuses{QStringLiteral("in_stock"),
                                     QStringLiteral("in_use"),
                                     QStringLiteral("lent"),
                                     QStringLiteral("repair"),
                                     QStringLiteral("lost"),
                                     QStringLiteral("scrapped")};
        const QSet<QString> uses{QString(),
                                 QStringLiteral("teacher"),
                                 QStringLiteral("student"),
                                 QStringLiteral("classroom"),
                                 QStringLiteral("office")};
        QSet<QString> seenUses;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QStringList present = o.keys();
            QCOMPARE(QSet<QString>(present.begin(), present.end()), keys);
            QVERIFY2(statuses.contains(o.value(QStringLiteral("status")).toString()),
                     qPrintable(o.value(QStringLiteral("status")).toString()));
            QVERIFY(uses.contains(o.value(QStringLiteral("use")).toString()));
            QVERIFY(
                o.value(QStringLiteral("tag")).toString().startsWith(QStringLiteral("DC0001-")));
            seenUses.insert(o.value(QStringLiteral("use")).toString());
        }
        QVERIFY(seenUses.contains(QStringLiteral("teacher")));
        QVERIFY(seenUses.contains(QStringLiteral("classroom")));
        // Without --json: one line per item.
        const Run text = run(at({QStringLiteral("equipment"), QStringLiteral("list")}));
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count(QLatin1Char('\n')), items.size());
    }

    void moveAndSet()
    {
        const QString tag = list().first().toObject().value(QStringLiteral("tag")).toString();
        QCOMPARE(run(at({QStringLiteral("equipment"),
                         QStringLiteral("move"),
                         tag,
                         QStringLiteral("图书室")}))
                     .code,
                 0);
        QCOMPARE(item(tag).value(QStringLiteral("room")).toString(), QStringLiteral("图书室"));
        const Run noRoom = run(
            at({QStringLiteral("equipment"), QStringLiteral("move"), tag, QStringLiteral("火星")}));
        QCOMPARE(noRoom.code, 1);
        QVERIFY(noRoom.err.contains(QStringLiteral("火星")));
        const Run noTag = run(at({QStringLiteral("equipment"),
                                  QStringLiteral("move"),
                                  QStringLiteral("XX-404"),
                                  QStringLiteral("图书室")}));
        QCOMPARE(noTag.code, 1);
        QVERIFY(noTag.err.contains(QStringLiteral("XX-404")));
        QCOMPARE(run(at({QStringLiteral("equipment"), QStringLiteral("move"), tag})).code, 2);

        const Run set = run(at({QStringLiteral("equipment"),
                                QStringLiteral("set"),
                                tag,
                                QStringLiteral("位置=物理实验室"),
                                QStringLiteral("status=维修"),
                                QStringLiteral("use=office"),
                                QStringLiteral("price=1234.5")}));
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QJsonObject o = item(tag);
        QCOMPARE(o.value(QStringLiteral("room")).toString(), QStringLiteral("物理实验室"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("repair"));
        QCOMPARE(o.value(QStringLiteral("use")).toString(), QStringLiteral("office"));
        // All or nothing: a bad room leaves the name as it was.
        const Run bad = run(at({QStringLiteral("equipment"),
                                QStringLiteral("set"),
                                tag,
                                QStringLiteral("name=改名"),
                                QStringLiteral("room=火星")}));
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QStringLiteral("火星")));
        QVERIFY(item(tag).value(QStringLiteral("name")).toString() != QStringLiteral("改名"));
        QCOMPARE(run(at({QStringLiteral("equipment"),
                         QStringLiteral("set"),
                         tag,
                         QStringLiteral("colour=red")}))
                     .code,
                 2);
        QCOMPARE(run(at({QStringLiteral("equipment"),
                         QStringLiteral("set"),
                         tag,
                         QStringLiteral("novalue")}))
                     .code,
                 2);
    }

    void importDryRunThenForReal()
    {
        const int before = int(list().size());
        const QString csv = QStringLiteral(
            "name,category,room,custodian,price (yuan),purchase_date,funding_source,use,status\n"
            "备课笔记本,笔记本计算机,电子备课室,T0006,5299.00,2024-09-01,学校公用经费,teacher,"
            "在用\n"
            "移动投影仪,投影仪,多功能厅,,3999.9,2023-03-01,社会捐赠,classroom,in_stock\n");
        const QString gbk
            = write(m_dir, QStringLiteral("new-gbk.csv"), QStringEncoder("GB18030").encode(csv));
        const Run dry = run(at({QStringLiteral("equipment"),
                                QStringLiteral("import"),
                                gbk,
                                QStringLiteral("--dry-run")}));
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QVERIFY(dry.out.contains(QStringLiteral("2")));
        QCOMPARE(list().size(), before);
        const Run real = run(at({QStringLiteral("equipment"), QStringLiteral("import"), gbk}));
        QVERIFY2(real.code == 0, qPrintable(real.err));
        QCOMPARE(list().size(), before + 2);
        bool found = false;
        for (const QJsonValue &v : list()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("name")).toString() == QStringLiteral("移动投影仪")) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("in_stock"));
                QCOMPARE(o.value(QStringLiteral("room")).toString(), QStringLiteral("多功能厅"));
            }
        }
        QVERIFY(found);
    }

    void badImportNamesRowsAndWritesNothing()
    {
        const int before = int(list().size());
        const QString path = write(m_dir,
                                   QStringLiteral("bad.csv"),
                                   QStringLiteral("资产编号,名称,分类,位置,使用人\n"
                                                  ",计算机,台式计算机,计算机网络教室1,T0001\n"
                                                  ",计算机,打字机,计算机网络教室1,\n"
                                                  ",计算机,台式计算机,月球教室,\n"
                                                  ",计算机,台式计算机,,T8888\n")
                                       .toUtf8());
        const Run r = run(at({QStringLiteral("equipment"), QStringLiteral("import"), path}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("row 3"))
                     && r.err.contains(QStringLiteral("打字机")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("row 4"))
                     && r.err.contains(QStringLiteral("月球教室")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("row 5")) && r.err.contains(QStringLiteral("T8888")),
                 qPrintable(r.err));
        QCOMPARE(list().size(), before);
        QCOMPARE(run(at({QStringLiteral("equipment"), QStringLiteral("import")})).code, 2);
    }

    void exportAndReimport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << "register.xlsx";
        QTest::newRow("csv") << "register.csv";
    }

    void exportAndReimport()
    {
        QFETCH(QString, file);
        const QString path = m_dir.filePath(file);
        const Run e = run(at({QStringLiteral("equipment"), QStringLiteral("export"), path}));
        QVERIFY2(e.code == 0, qPrintable(e.err));
        QVERIFY(QFile::exists(path));
        const int before = int(list().size());
        const Run again = run(at({QStringLiteral("equipment"), QStringLiteral("import"), path}));
        QVERIFY2(again.code == 0, qPrintable(again.err));
        // Everything is known: nothing added, nothing changed.
        QVERIFY2(again.out.contains(QStringLiteral(": 0 added, 0 updated")), qPrintable(again.out));
        QCOMPARE(list().size(), before);
    }
};

QTEST_GUILESS_MAIN(TestEquipmentCli)
#include "tst_equipmentcli.moc"
