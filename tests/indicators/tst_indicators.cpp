// The indicators on a hand-made school with known counts: every figure, the targets (the
// district's rows against the plan's defaults), met, the year cut-off, the drill-down lists,
// recorded years, the campus network setting, the JSON of CLI.md and the PDF report.
#include "core/error.h"
#include "core/store/outbox.h"
#include "indicatorfixture.h"
#include "indicators/indicatorchart.h"
#include "indicators/indicatorjson.h"
#include "indicators/indicatorpdf.h"
#include "indicators/indicatorsservice.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>

using namespace SchoolSuite;

namespace {

QStringList codes(const DrillSection &s)
{
    QStringList list;
    for (const DrillRow &r : s.rows)
        list << (r.code.isEmpty() ? r.name : r.code);
    list.sort();
    return list;
}

int pdfPages(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    int n = 0;
    auto it = QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))
                  .globalMatch(QString::fromLatin1(f.readAll()));
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempStore> m_store;
    Test::IndicatorFixture m_fixture;

    IndicatorYear compute(int year)
    {
        const Session s = m_store->as(Role::Principal);
        return IndicatorsService(s).compute(year);
    }

private slots:
    void initTestCase() { Test::registerIndicatorTestModules(); }

    void init()
    {
        m_store = std::make_unique<Test::TempStore>();
        m_fixture = Test::IndicatorFixture();
        m_fixture.build(m_store->db());
    }

    void teacherComputerRatio()
    {
        const IndicatorFigure f = compute(2017).figure(Indicator::TeacherComputerRatio);
        QCOMPARE(f.numerator, 7);
        QCOMPARE(f.denominator, 3);
        QCOMPARE(*f.value, 7.0 / 3.0);
        // Lost (TC4) and scrapped (TC5 later, TC6 undated) are left out; so is the office laptop.
        QCOMPARE(f.sections.size(), 2);
        QCOMPARE(
            codes(f.sections.at(1)),
            (QStringList{QStringLiteral("TC1"), QStringLiteral("TC2"), QStringLiteral("TC5")}));
        QCOMPARE(codes(f.sections.at(0)),
                 (QStringList{QStringLiteral("T01"),
                              QStringLiteral("T02"),
                              QStringLiteral("T03"),
                              QStringLiteral("T04"),
                              QStringLiteral("T05"),
                              QStringLiteral("T06"),
                              QStringLiteral("T09")}));
        QCOMPARE(*f.target, 1.0); // the plan's 2017
        QCOMPARE(f.met, std::optional<bool>(false));
    }

    void yearCutOff()
    {
        // 2016: TC1, TC2, TC4 not yet bought, TC5 in service, TC6 scrapped with no date.
        QCOMPARE(compute(2016).figure(Indicator::TeacherComputerRatio).denominator, 3);
        // 2015: TC1 and TC5.
        QCOMPARE(compute(2015).figure(Indicator::TeacherComputerRatio).denominator, 2);
        // 2019: TC5 was scrapped on 2019-03-01; TC3 bought 2018.
        QCOMPARE(compute(2019).figure(Indicator::TeacherComputerRatio).denominator, 3);
        // This year: TC7, with no purchase date, counts from its registration (today).
        const int now = QDate::currentDate().year();
        QCOMPARE(compute(now).figure(Indicator::TeacherComputerRatio).denominator, 4);
        QCOMPARE(compute(now).asOf, QDate::currentDate());
        QCOMPARE(compute(2017).asOf, QDate(2017, 12, 31));
        // Before anything was bought there are no computers: no value, and the target missed.
        const IndicatorFigure none = compute(2011).figure(Indicator::TeacherComputerRatio);
        QVERIFY(!none.value);
        QVERIFY(!none.target); // the plan starts in 2015
        QVERIFY(!none.met);
        const IndicatorFigure early = compute(2015).figure(Indicator::StudentComputerRatio);
        QCOMPARE(*early.value, 8.0);
        QCOMPARE(*early.target, 12.0);
        QCOMPARE(early.met, std::optional<bool>(true));
    }

    void studentComputerRatio()
    {
        const IndicatorFigure f = compute(2017).figure(Indicator::StudentComputerRatio);
        QCOMPARE(f.numerator, 24); // the transferred student is not counted
        QCOMPARE(f.denominator, 4);
        QCOMPARE(*f.value, 6.0);
        QCOMPARE(*f.target, 8.0);
        QCOMPARE(f.met, std::optional<bool>(true));
        QCOMPARE(f.sections.at(0).rows.size(), 2); // by class
        QCOMPARE(codes(f.sections.at(1)),
                 (QStringList{QStringLiteral("SC1"),
                              QStringLiteral("SC2"),
                              QStringLiteral("SC3"),
                              QStringLiteral("SC4")}));
    }

    void noComputersIsNullAndMissed()
    {
        m_store->db().exec(QStringLiteral("UPDATE equipment_items SET use = 'office' WHERE use = "
                                          "'student'"));
        const IndicatorYear y = compute(2017);
        QVERIFY(!y.figure(Indicator::StudentComputerRatio).value);
        QCOMPARE(y.figure(Indicator::StudentComputerRatio).met, std::optional<bool>(false));
        const QJsonObject json = IndicatorJson::toJson(y);
        QVERIFY(json.value(QStringLiteral("student_computer_ratio")).isNull());
        QCOMPARE(json.value(QStringLiteral("met"))
                     .toObject()
                     .value(QStringLiteral("student_computer_ratio")),
                 QJsonValue(false));
    }

    void classroomMultimedia_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("with");
        QTest::addColumn<QStringList>("without");
        const auto list = [](const char *s) {
            return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("2015") << 2015 << list("C2 C5") << list("C1 C3 C4");
        QTest::newRow("2016") << 2016 << list("C1 C2") << list("C3 C4 C5");
        QTest::newRow("2017") << 2017 << list("C1 C2 C4") << list("C3 C5");
    }

    void classroomMultimedia()
    {
        QFETCH(int, year);
        QFETCH(QStringList, with);
        QFETCH(QStringList, without);
        const IndicatorFigure f = compute(year).figure(Indicator::ClassroomMultimediaRate);
        QCOMPARE(codes(f.sections.at(0)), with);
        QCOMPARE(codes(f.sections.at(1)), without);
        QVERIFY(f.sections.at(0).counted);
        QVERIFY(!f.sections.at(1).counted);
        QCOMPARE(f.numerator, with.size());
        QCOMPARE(f.denominator, 5);
        QCOMPARE(*f.value, double(with.size()) / 5.0);
    }

    void classroomMultimediaMet()
    {
        const IndicatorFigure f = compute(2017).figure(Indicator::ClassroomMultimediaRate);
        QCOMPARE(*f.target, 0.9);
        QCOMPARE(f.met, std::optional<bool>(false));
        // The district asks only 50 % in 2017: 60 % meets it.
        Test::IndicatorFixture::districtTarget(m_store->db(), 2017, 0.5, QVariant(), QVariant());
        const IndicatorFigure d = compute(2017).figure(Indicator::ClassroomMultimediaRate);
        QCOMPARE(*d.target, 0.5);
        QVERIFY(d.targetFromDistrict);
        QCOMPARE(d.met, std::optional<bool>(true));
    }

    void functionalRooms()
    {
        const IndicatorFigure f = compute(2017).figure(Indicator::FunctionalRoomMultimediaRate);
        QCOMPARE(codes(f.sections.at(0)),
                 (QStringList{QStringLiteral("EPREP"), QStringLiteral("LAB")}));
        QCOMPARE(codes(f.sections.at(1)), QStringList{QStringLiteral("LIB")});
        QCOMPARE(*f.value, 2.0 / 3.0);
        QVERIFY(!f.target); // the plan asks for every functional room from 2020
        QVERIFY(!f.met);
        const IndicatorFigure later = compute(2020).figure(Indicator::FunctionalRoomMultimediaRate);
        QCOMPARE(*later.target, 1.0);
        QCOMPARE(later.met, std::optional<bool>(false));
    }

    void campusNetwork()
    {
        const Session s = m_store->as(Role::Clerk);
        IndicatorsService service(s);
        QVERIFY(!service.campusNetwork().since);
        QCOMPARE(*compute(2017).figure(Indicator::CampusNetwork).value, 0.0);
        QCOMPARE(compute(2017).figure(Indicator::CampusNetwork).met, std::optional<bool>(false));
        service.setCampusNetwork({2016, QStringLiteral("光纤接入教育城域网")});
        QCOMPARE(*service.campusNetwork().since, 2016);
        QCOMPARE(service.campusNetwork().note, QStringLiteral("光纤接入教育城域网"));
        QCOMPARE(*compute(2015).figure(Indicator::CampusNetwork).value, 0.0);
        const IndicatorFigure f = compute(2017).figure(Indicator::CampusNetwork);
        QCOMPARE(*f.value, 1.0);
        QCOMPARE(f.met, std::optional<bool>(true));
        QCOMPARE(codes(f.sections.at(1)), QStringList{QStringLiteral("N1")});
        // Set again on another device it is the same row (ids derived from school and key).
        service.setCampusNetwork({2015, {}});
        QCOMPARE(
            m_store->db().scalar(QStringLiteral("SELECT count(*) FROM indicator_settings")).toInt(),
            2);
        QCOMPARE(*service.campusNetwork().since, 2015);
        QVERIFY(service.campusNetwork().note.isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, service.setCampusNetwork({1900, {}}));
        QCOMPARE(*service.campusNetwork().since, 2015);
    }

    void teacherTraining_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("trained");
        QTest::newRow("2014: only the undated") << 2014 << 1;
        QTest::newRow("2017") << 2017 << 4;
        QTest::newRow("2018") << 2018 << 5;
    }

    void teacherTraining()
    {
        QFETCH(int, year);
        QFETCH(int, trained);
        const IndicatorFigure f = compute(year).figure(Indicator::TeacherEtTrainedRate);
        QCOMPARE(f.numerator, trained);
        QCOMPARE(f.denominator, 7);
        QCOMPARE(*f.value, trained / 7.0);
        QCOMPARE(f.sections.at(0).rows.size(), trained);
        QCOMPARE(f.sections.at(1).rows.size(), 7 - trained);
        if (year >= 2017) {
            QCOMPARE(*f.target, 1.0);
            QCOMPARE(f.met, std::optional<bool>(false));
        }
    }

    void serviceLife()
    {
        QCOMPARE(compute(2017).figure(Indicator::ComputersPastServiceLife).numerator, 0);
        const IndicatorFigure f2018 = compute(2018).figure(Indicator::ComputersPastServiceLife);
        QCOMPARE(codes(f2018.sections.at(0)), QStringList{QStringLiteral("TC5")});
        const IndicatorFigure f2020 = compute(2020).figure(Indicator::ComputersPastServiceLife);
        QCOMPARE(*f2020.value, 1.0);
        QCOMPARE(codes(f2020.sections.at(0)), QStringList{QStringLiteral("TC1")}); // inherited life
        QVERIFY(!f2020.met); // for information
        // 2020: TC1 TC2 TC3 OFF1 SC1-SC4 in service.
        QCOMPARE(f2020.denominator, 8);
    }

    void spending()
    {
        const IndicatorYear y = compute(2017);
        QCOMPARE(y.spending.size(), 2);
        QCOMPARE(y.spending.at(0).source, QStringLiteral("上级项目资金"));
        QCOMPARE(y.spending.at(0).fen, 400000); // lost later: still spent
        QCOMPARE(y.spending.at(1).source, QStringLiteral("学校公用经费"));
        QCOMPARE(y.spending.at(1).fen, 250000);
        const IndicatorFigure f = y.figure(Indicator::Spending);
        QCOMPARE(*f.value, 650000.0);
        QCOMPARE(codes(f.sections.at(0)), QStringList{QStringLiteral("TC4")});
        QCOMPARE(codes(f.sections.at(1)), QStringList{QStringLiteral("SC4")});
        QCOMPARE(compute(2015).spending.size(), 1);
        QCOMPARE(compute(2015).spending.at(0).fen, 900000);
        QCOMPARE(*compute(2016).figure(Indicator::Spending).value, 0.0);
    }

    void targetsFromDistrictAndPlan()
    {
        // Plan defaults, years between held to the latest earlier one.
        QCOMPARE(*IndicatorTargets::planDefault(2015).value(Indicator::TeacherComputerRatio), 2.0);
        QCOMPARE(*IndicatorTargets::planDefault(2016).value(Indicator::StudentComputerRatio), 10.0);
        QCOMPARE(*IndicatorTargets::planDefault(2018).value(Indicator::ClassroomMultimediaRate),
                 0.9);
        QCOMPARE(*IndicatorTargets::planDefault(2019).value(Indicator::StudentComputerRatio), 8.0);
        QCOMPARE(*IndicatorTargets::planDefault(2020).value(Indicator::StudentComputerRatio), 7.0);
        QCOMPARE(*IndicatorTargets::planDefault(2026).value(Indicator::ClassroomMultimediaRate),
                 1.0);
        QCOMPARE(*IndicatorTargets::planDefault(2026).value(Indicator::TeacherEtTrainedRate), 1.0);
        QVERIFY(!IndicatorTargets::planDefault(2014).value(Indicator::TeacherComputerRatio));
        QVERIFY(!IndicatorTargets::planDefault(2016).value(Indicator::TeacherEtTrainedRate));

        // The district's 2016 row: teachers 3:1, classrooms left empty (the plan's stays).
        Test::IndicatorFixture::districtTarget(m_store->db(), 2016, QVariant(), 3.0, QVariant());
        const QSqlDatabase db = m_store->db().connection();
        const IndicatorTargets t2017 = IndicatorTargets::forYear(db, 2017);
        QCOMPARE(t2017.districtYear, 2016);
        QCOMPARE(*t2017.value(Indicator::TeacherComputerRatio), 3.0);
        QVERIFY(t2017.isFromDistrict(Indicator::TeacherComputerRatio));
        QCOMPARE(*t2017.value(Indicator::ClassroomMultimediaRate), 0.9);
        QVERIFY(!t2017.isFromDistrict(Indicator::ClassroomMultimediaRate));
        QCOMPARE(*t2017.value(Indicator::StudentComputerRatio), 8.0);
        // Before the district's first row the plan applies.
        QCOMPARE(IndicatorTargets::forYear(db, 2015).districtYear, 0);
        QCOMPARE(*IndicatorTargets::forYear(db, 2015).value(Indicator::TeacherComputerRatio), 2.0);
        // 7 teachers per 3 computers meet the district's 3:1.
        const IndicatorFigure f = compute(2017).figure(Indicator::TeacherComputerRatio);
        QCOMPARE(*f.target, 3.0);
        QCOMPARE(f.met, std::optional<bool>(true));
    }

    void metLogic_data()
    {
        QTest::addColumn<int>("indicator");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("target");
        QTest::addColumn<bool>("met");
        const int ratio = int(Indicator::TeacherComputerRatio);
        const int rate = int(Indicator::ClassroomMultimediaRate);
        QTest::newRow("ratio below") << ratio << 0.9 << 1.0 << true;
        QTest::newRow("ratio equal") << ratio << 1.5 << 1.5 << true;
        QTest::newRow("ratio above") << ratio << 2.1 << 2.0 << false;
        QTest::newRow("rate above") << rate << 0.95 << 0.9 << true;
        QTest::newRow("rate equal") << rate << 0.7 << 0.7 << true;
        QTest::newRow("rate below") << rate << 0.69 << 0.7 << false;
    }

    void metLogic()
    {
        QFETCH(int, indicator);
        QFETCH(double, value);
        QFETCH(double, target);
        QFETCH(bool, met);
        QCOMPARE(Indicators::met(Indicator(indicator), value, target), std::optional<bool>(met));
        QCOMPARE(Indicators::met(Indicator(indicator), std::nullopt, target),
                 std::optional<bool>(false));
        QVERIFY(!Indicators::met(Indicator(indicator), value, std::nullopt));
    }

    void drillDownMatchesCounts()
    {
        for (int year : {2015, 2017, 2020}) {
            const IndicatorYear y = compute(year);
            for (const IndicatorFigure &f : y.figures) {
                switch (f.indicator) {
                case Indicator::TeacherComputerRatio:
                    QCOMPARE(f.sections.at(0).rows.size(), f.numerator);
                    QCOMPARE(f.sections.at(1).rows.size(), f.denominator);
                    break;
                case Indicator::StudentComputerRatio:
                    QCOMPARE(f.sections.at(1).rows.size(), f.denominator);
                    break;
                case Indicator::ClassroomMultimediaRate:
                case Indicator::FunctionalRoomMultimediaRate:
                case Indicator::TeacherEtTrainedRate:
                    QCOMPARE(f.countedRows(), f.numerator);
                    QCOMPARE(f.sections.at(0).rows.size() + f.sections.at(1).rows.size(),
                             f.denominator);
                    break;
                case Indicator::ComputersPastServiceLife:
                    QCOMPARE(f.countedRows(), f.numerator);
                    break;
                case Indicator::Spending:
                    QCOMPARE(f.countedRows(), f.denominator);
                    break;
                case Indicator::CampusNetwork:
                    break;
                }
            }
        }
    }

    void onlyPrincipalsAndClerks()
    {
        const Session teacher = m_store->as(Role::Teacher);
        try {
            IndicatorsService(teacher).compute(2017);
            QFAIL("a teacher computed the indicators");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::PermissionDenied);
        }
        QVERIFY_THROWS_EXCEPTION(Error, IndicatorsService(teacher).recordYear(2017));
        QVERIFY_THROWS_EXCEPTION(Error, IndicatorsService(teacher).setCampusNetwork({2016, {}}));
        const Session clerk = m_store->as(Role::Clerk);
        QCOMPARE(IndicatorsService(clerk).compute(2017).year, 2017);
    }

    void recordedYears()
    {
        const Session s = m_store->as(Role::Principal);
        IndicatorsService service(s);
        service.recordYear(2017);
        QCOMPARE(service.recordedYears(), QList<int>{2017});
        const int rows = m_store->db()
                             .scalar(QStringLiteral("SELECT count(*) FROM indicator_snapshots "
                                                    "WHERE deleted = 0"))
                             .toInt();
        QVERIFY(rows >= kIndicatorCount * 3);
        // The rows go out with the next sync.
        QVERIFY(m_store->db()
                    .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE tbl = "
                                           "'indicator_snapshots'"))
                    .toInt()
                >= rows);

        // Two more teachers join later: the register now says 9 per 3, the record 7 per 3.
        m_fixture.staff(m_store->db(),
                        QStringLiteral("T10"),
                        QStringLiteral("教师"),
                        QStringLiteral("历史"),
                        false,
                        {});
        m_fixture.staff(m_store->db(),
                        QStringLiteral("T11"),
                        QStringLiteral("教师"),
                        QStringLiteral("地理"),
                        false,
                        {});
        const IndicatorYear y = service.compute(2017);
        QCOMPARE(*y.figure(Indicator::TeacherComputerRatio).value, 3.0);
        QCOMPARE(*y.figure(Indicator::TeacherComputerRatio).recorded, 7.0 / 3.0);
        QVERIFY(!y.recordedAt.isEmpty());
        const IndicatorHistory h = service.history(2015, 2018);
        QCOMPARE(h.years, (QList<int>{2015, 2016, 2017, 2018}));
        const auto &points = h.of(Indicator::TeacherComputerRatio);
        QVERIFY(points.at(2).recorded);
        QCOMPARE(*points.at(2).value, 7.0 / 3.0);
        QVERIFY(!points.at(3).recorded);
        QCOMPARE(*points.at(3).value, 9.0 / 4.0); // TC1 TC2 TC3 TC5
        QCOMPARE(*points.at(0).target, 2.0);
        QCOMPARE(*points.at(3).target, 1.0);

        // Recording again replaces the figures in the same rows.
        service.recordYear(2017);
        QCOMPARE(m_store->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM indicator_snapshots"))
                     .toInt(),
                 rows);
        QCOMPARE(*service.compute(2017).figure(Indicator::TeacherComputerRatio).recorded, 3.0);
        QVERIFY_THROWS_EXCEPTION(Error, service.recordYear(QDate::currentDate().year() + 1));
    }

    void json()
    {
        const QJsonObject o = IndicatorJson::toJson(compute(2017));
        QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2017);
        QCOMPARE(o.value(QStringLiteral("teacher_computer_ratio")).toDouble(), 7.0 / 3.0);
        QCOMPARE(o.value(QStringLiteral("student_computer_ratio")).toDouble(), 6.0);
        QCOMPARE(o.value(QStringLiteral("classroom_multimedia_rate")).toDouble(), 0.6);
        QCOMPARE(o.value(QStringLiteral("campus_network")), QJsonValue(false));
        QCOMPARE(o.value(QStringLiteral("computers_past_service_life")).toInt(), 0);
        const QJsonObject targets = o.value(QStringLiteral("targets")).toObject();
        QCOMPARE(targets.value(QStringLiteral("teacher_computer_ratio")).toDouble(), 1.0);
        QCOMPARE(targets.value(QStringLiteral("student_computer_ratio")).toDouble(), 8.0);
        QCOMPARE(targets.value(QStringLiteral("classroom_multimedia_rate")).toDouble(), 0.9);
        const QJsonObject met = o.value(QStringLiteral("met")).toObject();
        QCOMPARE(met.value(QStringLiteral("teacher_computer_ratio")), QJsonValue(false));
        QCOMPARE(met.value(QStringLiteral("student_computer_ratio")), QJsonValue(true));
        QCOMPARE(met.value(QStringLiteral("classroom_multimedia_rate")), QJsonValue(false));
        for (const QString &key : targets.keys())
            QVERIFY2(met.contains(key), qPrintable(key));
        const QJsonObject spending
            = o.value(QStringLiteral("spending_by_funding_source")).toObject();
        QCOMPARE(spending.value(QStringLiteral("学校公用经费")).toInteger(), 250000);
        QCOMPARE(spending.value(QStringLiteral("上级项目资金")).toInteger(), 400000);
        QCOMPARE(o.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("teacher_computer_ratio"))
                     .toArray(),
                 (QJsonArray{7, 3}));
    }

    void pdfReport()
    {
        const Session s = m_store->as(Role::Principal);
        IndicatorsService service(s);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const int pages = IndicatorPdf::write(
            path, service.compute(2017), service.history(2015, 2017), QStringLiteral("校长"));
        // Summary, charts, and the drill-down lists of this small school on one page.
        QCOMPARE(pages, 3);
        QCOMPARE(pdfPages(path), 3);
        QVERIFY(QFileInfo(path).size() > 10000); // fonts and charts, not an empty shell

        // 150 teachers not yet trained fill more pages of details, each of them listed.
        m_store->db().transaction([&] {
            for (int i = 0; i < 150; ++i)
                m_fixture.staff(m_store->db(),
                                QStringLiteral("N%1").arg(i, 3, 10, QLatin1Char('0')),
                                QStringLiteral("教师"),
                                QStringLiteral("数学"),
                                false,
                                {});
        });
        const QString longer = dir.filePath(QStringLiteral("longer.pdf"));
        const int more
            = IndicatorPdf::write(longer, service.compute(2017), service.history(2015, 2017));
        QVERIFY2(more >= 5, qPrintable(QString::number(more)));
        QCOMPARE(pdfPages(longer), more);
        QVERIFY_THROWS_EXCEPTION(
            Error,
            IndicatorPdf::write(
                dir.filePath(QStringLiteral("no/such/dir.pdf")), service.compute(2017), {}));
    }

    void chartPaints()
    {
        const Session s = m_store->as(Role::Principal);
        const IndicatorHistory h = IndicatorsService(s).history(2015, 2020);
        QImage image(400, 240, QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter p(&image);
        IndicatorChart(Indicator::StudentComputerRatio, h.of(Indicator::StudentComputerRatio))
            .paint(p, QRectF(0, 0, 400, 240));
        p.end();
        int value = 0;
        int target = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                value += c == IndicatorChart::valueColor() ? 1 : 0;
                target += c == IndicatorChart::targetColor() ? 1 : 0;
            }
        }
        QVERIFY2(value > 100, qPrintable(QString::number(value)));
        QVERIFY2(target > 50, qPrintable(QString::number(target)));
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
    }
};

QTEST_MAIN(TestIndicators)
#include "tst_indicators.moc"
