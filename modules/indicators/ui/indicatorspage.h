#pragma once

#include "indicators/indicatorresult.h"
#include "indicators/indicatorsservice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace SchoolSuite {

class DrillDownModel;
class IndicatorCard;
class IndicatorChartWidget;
class LocalStore;
class Session;

// The indicators page (principals and clerks): a card per indicator for the chosen year, the
// selected card's drill-down and its chart over the years, all charts on a tab, the campus
// network setting, recording a year, and the PDF report for the supervision visit.
class IndicatorsPage : public QWidget
{
    Q_OBJECT

public:
    IndicatorsPage(LocalStore &store, const Session &session, QWidget *parent = nullptr);

    int year() const;
    void selectYear(int year);
    void selectIndicator(Indicator indicator);
    Indicator selectedIndicator() const { return m_selected; }
    // Writes the supervision report of the chosen year; returns its page count. Throws Error.
    int exportReport(const QString &path);

    const IndicatorYear &figures() const { return m_figures; }
    IndicatorCard *card(Indicator indicator) const;
    DrillDownModel *drillDownModel() const { return m_drill; }
    IndicatorChartWidget *chart() const { return m_chart; }
    QList<IndicatorChartWidget *> charts() const { return m_charts; }

public slots:
    // Reads everything again (after an import, or a sync brought changes).
    void reload();

private:
    LocalStore &m_store;
    const Session &m_session;
    IndicatorsService m_service;
    IndicatorYear m_figures;
    IndicatorHistory m_history;
    Indicator m_selected = Indicator::TeacherComputerRatio;

    QComboBox *m_year;
    QLabel *m_summary;
    QPushButton *m_record;
    QPushButton *m_report;
    QCheckBox *m_campusInPlace;
    QSpinBox *m_campusSince;
    QLineEdit *m_campusNote;
    QPushButton *m_campusSave;
    QList<IndicatorCard *> m_cards;
    QLabel *m_drillTitle;
    QLabel *m_drillExplanation;
    DrillDownModel *m_drill;
    QTreeView *m_drillView;
    IndicatorChartWidget *m_chart;
    QList<IndicatorChartWidget *> m_charts;

    QWidget *createToolbar();
    QWidget *createCampusNetwork();
    QWidget *createCards();
    QWidget *createDetails();
    QWidget *createAllCharts();
    void showYear();
    void showSelection();
    void loadCampusNetwork();
    void saveCampusNetwork();
    void recordYear();
    void chooseReportFile();
};

} // namespace SchoolSuite
