// `schoolsuite-cli indicators` as IT staff and acceptance checks run it (CLI.md): a real
// process on a real store holding the hand-made school of indicatorfixture.h.
#include "clirun.h"
#include "indicatorfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace SchoolSuite;

namespace {

using Run = SchoolSuite::Test::CliRun;

Run run(const QStringList &args)
{
    return SchoolSuite::Test::runProgram(QStringLiteral(SCHOOLSUITE_CLI), args, 120000);
}

} // namespace

class TestIndicatorsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;

    QStringList at(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--data-dir"),
                           m_data,
                           QStringLiteral("--lang"),
                           QStringLiteral("en")}
               + args;
    }

private slots:
    void initTestCase()
    {
        Test::registerIndicatorTestModules();
        m_data = m_dir.filePath(QStringLiteral("school"));
        LocalStore store;
        store.open(m_data, true);
        store.initializeSchool(QStringLiteral("T001"), QStringLiteral("测试学校"));
        Test::IndicatorFixture fixture;
        fixture.build(store.db());
        store.close();
    }

    void json()
    {
        const Run r = run(at({QStringLiteral("indicators"),
                              QStringLiteral("--year"),
                              QStringLiteral("2017"),
                              QStringLiteral("--json")}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("year")), QJsonValue(2017));
        QCOMPARE(o.value(QStringLiteral("teacher_computer_ratio")).toDouble(), 7.0 / 3.0);
        QCOMPARE(o.value(QStringLiteral("student_computer_ratio")).toDouble(), 6.0);
        QCOMPARE(o.value(QStringLiteral("classroom_multimedia_rate")).toDouble(), 0.6);
        const QJsonObject targets = o.value(QStringLiteral("targets")).toObject();
        QCOMPARE(targets.value(QStringLiteral("teacher_computer_ratio")).toDouble(), 1.0);
        QCOMPARE(targets.value(QStringLiteral("student_computer_ratio")).toDouble(), 8.0);
        QCOMPARE(targets.value(QStringLiteral("classroom_multimedia_rate")).toDouble(), 0.9);
        const QJsonObject met = o.value(QStringLiteral("met")).toObject();
        QCOMPARE(met.value(QStringLiteral("teacher_computer_ratio")), QJsonValue(false));
        QCOMPARE(met.value(QStringLiteral("student_computer_ratio")), QJsonValue(true));
        QCOMPARE(met.value(QStringLiteral("classroom_multimedia_rate")), QJsonValue(false));
        QCOMPARE(o.value(QStringLiteral("spending_by_funding_source"))
                     .toObject()
                     .value(QStringLiteral("上级项目资金"))
                     .toInteger(),
                 400000);
    }

    void defaultYearIsThisYear()
    {
        const Run r = run(at({QStringLiteral("indicators"), QStringLiteral("--json")}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("year")).toInt(), QDate::currentDate().year());
        QCOMPARE(r.object().value(QStringLiteral("as_of")).toString(),
                 QDate::currentDate().toString(Qt::ISODate));
    }

    void table()
    {
        const Run r = run(
            at({QStringLiteral("indicators"), QStringLiteral("--year"), QStringLiteral("2017")}));
        QCOMPARE(r.code, 0);
        const QString out = r.out;
        QVERIFY2(out.contains(QStringLiteral("测试学校")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Teachers per computer")));
        QVERIFY(out.contains(QStringLiteral("2.33:1")));
        QVERIFY(out.contains(QStringLiteral("60.0%")));
    }

    void badYearIsUsage()
    {
        for (const QString &year : {QStringLiteral("abc"),
                                    QStringLiteral("1800"),
                                    QString::number(QDate::currentDate().year() + 1)}) {
            const Run r = run(at({QStringLiteral("indicators"),
                                  QStringLiteral("--year"),
                                  year,
                                  QStringLiteral("--json")}));
            QCOMPARE(r.code, 2);
            QVERIFY(r.out.isEmpty());
        }
    }

    void campusNetworkAndRecord()
    {
        Run r = run(at({QStringLiteral("indicators"),
                        QStringLiteral("campus-network"),
                        QStringLiteral("2016"),
                        QStringLiteral("--note"),
                        QStringLiteral("光纤")}));
        QCOMPARE(r.code, 0);
        r = run(at({QStringLiteral("indicators"),
                    QStringLiteral("--year"),
                    QStringLiteral("2017"),
                    QStringLiteral("--json")}));
        QCOMPARE(r.object().value(QStringLiteral("campus_network")), QJsonValue(true));
        QCOMPARE(r.object()
                     .value(QStringLiteral("met"))
                     .toObject()
                     .value(QStringLiteral("campus_network")),
                 QJsonValue(true));
        QVERIFY(!r.object().contains(QStringLiteral("recorded")));
        QCOMPARE(run(at({QStringLiteral("indicators"),
                         QStringLiteral("campus-network"),
                         QStringLiteral("soon")}))
                     .code,
                 2);

        r = run(at({QStringLiteral("indicators"),
                    QStringLiteral("record"),
                    QStringLiteral("--year"),
                    QStringLiteral("2017")}));
        QCOMPARE(r.code, 0);
        r = run(at({QStringLiteral("indicators"),
                    QStringLiteral("--year"),
                    QStringLiteral("2017"),
                    QStringLiteral("--json")}));
        const QJsonObject recorded = r.object().value(QStringLiteral("recorded")).toObject();
        QCOMPARE(recorded.value(QStringLiteral("teacher_computer_ratio")).toDouble(), 7.0 / 3.0);
        QVERIFY(!recorded.value(QStringLiteral("recorded_at")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIndicatorsCli)
#include "tst_indicatorscli.moc"
