// The indicators page as a principal uses it: the cards of a year, a click for the drill-down
// and the chart, the campus network setting, recording a year, the report; and the chart
// widget on its own.
#include "indicatorfixture.h"
#include "indicators/drilldownmodel.h"
#include "indicators/indicatorchart.h"
#include "indicators/ui/indicatorcard.h"
#include "indicators/ui/indicatorchartwidget.h"
#include "indicators/ui/indicatorspage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

using namespace SchoolSuite;

namespace {

int countColor(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y) == color ? 1 : 0;
    }
    return n;
}

} // namespace

class TestIndicatorsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempStore> m_store;

private slots:
    void initTestCase() { Test::registerIndicatorTestModules(); }

    void init()
    {
        m_store = std::make_unique<Test::TempStore>();
        Test::IndicatorFixture fixture;
        fixture.build(m_store->db());
    }

    void cardsOfAYear()
    {
        const Session principal = m_store->as(Role::Principal);
        IndicatorsPage page(m_store->store, principal);
        page.resize(1300, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.year(), QDate::currentDate().year());

        auto *year = page.findChild<QComboBox *>(QStringLiteral("year"));
        QVERIFY(year);
        QCOMPARE(year->itemText(0), QString::number(QDate::currentDate().year()));
        QCOMPARE(year->itemText(year->count() - 1), QStringLiteral("2012")); // the first purchase
        page.selectYear(2017);
        QCOMPARE(page.year(), 2017);

        IndicatorCard *teachers = page.card(Indicator::TeacherComputerRatio);
        QCOMPARE(teachers->valueText(),
                 Indicators::format(Indicator::TeacherComputerRatio, 7.0 / 3.0));
        QVERIFY(teachers->targetText().contains(QStringLiteral("1.00:1")));
        QCOMPARE(teachers->metText(), QStringLiteral("✗ Not met"));
        QCOMPARE(page.card(Indicator::StudentComputerRatio)->metText(), QStringLiteral("✓ Met"));
        QCOMPARE(page.card(Indicator::ClassroomMultimediaRate)->valueText(),
                 QStringLiteral("60.0%"));
        QVERIFY(page.card(Indicator::ComputersPastServiceLife)->metText().isEmpty());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("summary"))
                    ->text()
                    .contains(QStringLiteral("2017-12-31")));
    }

    void clickDrillsDown()
    {
        const Session principal = m_store->as(Role::Principal);
        IndicatorsPage page(m_store->store, principal);
        page.resize(1300, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectYear(2017);
        QAbstractItemModelTester tester(page.drillDownModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        IndicatorCard *classrooms = page.card(Indicator::ClassroomMultimediaRate);
        QTest::mouseClick(classrooms, Qt::LeftButton, {}, QPoint(20, 20));
        QCOMPARE(page.selectedIndicator(), Indicator::ClassroomMultimediaRate);
        QVERIFY(classrooms->isSelected());
        QVERIFY(!page.card(Indicator::TeacherComputerRatio)->isSelected());
        DrillDownModel *model = page.drillDownModel();
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex with = model->index(0, 0);
        const QModelIndex without = model->index(1, 0);
        QCOMPARE(model->rowCount(with), 3);
        QCOMPARE(model->rowCount(without), 2);
        QVERIFY(model->data(with).toString().contains(QLatin1Char('3')));
        QStringList rooms;
        for (int r = 0; r < 3; ++r)
            rooms << model->index(r, DrillDownModel::Name, with).data().toString();
        rooms.sort();
        QCOMPARE(rooms,
                 (QStringList{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C4")}));
        QCOMPARE(model->index(0, 0, with).data(DrillDownModel::KindRole).toString(),
                 QStringLiteral("room"));
        // The lists are open in the tree, as the user sees them.
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("drillDown"));
        QVERIFY(tree->isExpanded(tree->model()->index(1, 0)));
        QCOMPARE(page.chart()->indicator(), Indicator::ClassroomMultimediaRate);
        QCOMPARE(page.chart()->points().size(), QDate::currentDate().year() - 2012 + 1);

        // The keyboard too: focus a card and press Enter.
        IndicatorCard *teachers = page.card(Indicator::TeacherComputerRatio);
        teachers->setFocus();
        QTest::keyClick(teachers, Qt::Key_Return);
        QCOMPARE(page.selectedIndicator(), Indicator::TeacherComputerRatio);
        QCOMPARE(model->rowCount(model->index(1, 0)), 3); // TC1 TC2 TC5
        QCOMPARE(model->index(0, DrillDownModel::Code, model->index(1, 0)).data().toString(),
                 QStringLiteral("TC1"));
    }

    void campusNetworkSetting()
    {
        const Session clerk = m_store->as(Role::Clerk);
        IndicatorsPage page(m_store->store, clerk);
        page.show();
        page.selectYear(2017);
        QCOMPARE(page.card(Indicator::CampusNetwork)->metText(), QStringLiteral("✗ Not met"));
        auto *inPlace = page.findChild<QCheckBox *>(QStringLiteral("campusInPlace"));
        auto *since = page.findChild<QSpinBox *>(QStringLiteral("campusSince"));
        auto *note = page.findChild<QLineEdit *>(QStringLiteral("campusNote"));
        QVERIFY(!inPlace->isChecked());
        inPlace->click();
        QVERIFY(since->isEnabled());
        since->setValue(2016);
        QTest::keyClicks(note, QStringLiteral("fibre"));
        page.findChild<QPushButton *>(QStringLiteral("campusSave"))->click();
        QCOMPARE(page.year(), 2017);
        QCOMPARE(page.card(Indicator::CampusNetwork)->metText(), QStringLiteral("✓ Met"));
        IndicatorsService service(clerk);
        QCOMPARE(*service.campusNetwork().since, 2016);
        QCOMPARE(service.campusNetwork().note, QStringLiteral("fibre"));
    }

    void recordAndReport()
    {
        const Session principal = m_store->as(Role::Principal);
        IndicatorsPage page(m_store->store, principal);
        page.show();
        page.selectYear(2016);
        page.findChild<QPushButton *>(QStringLiteral("record"))->click();
        QCOMPARE(page.year(), 2016);
        QCOMPARE(IndicatorsService(principal).recordedYears(), QList<int>{2016});
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("summary"))
                    ->text()
                    .contains(QStringLiteral("Recorded")));
        const IndicatorChartWidget *chart = page.findChild<IndicatorChartWidget *>(
            QStringLiteral("chart_teacher_computer_ratio"));
        const auto &points = chart->points();
        QVERIFY(std::any_of(points.cbegin(), points.cend(), [](const IndicatorPoint &p) {
            return p.year == 2016 && p.recorded;
        }));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(page.exportReport(path), 3);
        QVERIFY(QFileInfo(path).size() > 10000);
    }

    void chartWidgetRenders()
    {
        IndicatorChartWidget chart;
        chart.resize(420, 260);
        QList<IndicatorPoint> points;
        for (int year = 2015; year <= 2020; ++year)
            points << IndicatorPoint{
                year,
                0.5 + 0.08 * (year - 2015),
                IndicatorTargets::planDefault(year).value(Indicator::ClassroomMultimediaRate),
                year < 2018};
        chart.setSeries(Indicator::ClassroomMultimediaRate, points);
        const QImage image = chart.grab().toImage();
        QCOMPARE(image.size(), QSize(420, 260) * chart.devicePixelRatioF());
        QVERIFY(countColor(image, IndicatorChart::targetColor()) > 50);
        // Dots: 2015-2017 missed (red, recorded: filled), 2018-2020 missed or met.
        QVERIFY(countColor(image, IndicatorChart::missedColor()) > 20);

        IndicatorChartWidget empty;
        empty.resize(420, 260);
        empty.setSeries(Indicator::Spending, {});
        // Below the title and legend nothing is drawn in the value colour.
        const QImage blank = empty.grab().toImage();
        QCOMPARE(countColor(blank.copy(0, 50, blank.width(), blank.height() - 50),
                            IndicatorChart::valueColor()),
                 0);
        QVERIFY(countColor(image.copy(0, 50, image.width(), image.height() - 50),
                           IndicatorChart::valueColor())
                > 100);
        QVERIFY(countColor(blank, Qt::white) > 420 * 200);
    }

    void teachersDoNotSeeFigures()
    {
        const Session teacher = m_store->as(Role::Teacher);
        IndicatorsPage page(m_store->store, teacher);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("summary"))
                    ->text()
                    .contains(QStringLiteral("may not")));
        QVERIFY(page.card(Indicator::TeacherComputerRatio)->valueText().isEmpty());
    }
};

QTEST_MAIN(TestIndicatorsPage)
#include "tst_indicatorspage.moc"
