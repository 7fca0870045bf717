#pragma once

#include "indicators/indicatorresult.h"

#include <QWidget>

namespace SchoolSuite {

// One indicator over the years against its target (IndicatorChart on screen). Reusable: give
// it the points of IndicatorsService::history().
class IndicatorChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorChartWidget(QWidget *parent = nullptr);

    void setSeries(Indicator indicator, const QList<IndicatorPoint> &points);
    Indicator indicator() const { return m_indicator; }
    const QList<IndicatorPoint> &points() const { return m_points; }

    QSize sizeHint() const override { return {380, 230}; }
    QSize minimumSizeHint() const override { return {220, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Indicator m_indicator = Indicator::TeacherComputerRatio;
    QList<IndicatorPoint> m_points;
};

} // namespace SchoolSuite
