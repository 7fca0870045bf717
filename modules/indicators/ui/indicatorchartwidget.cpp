#include "indicatorchartwidget.h"

#include "indicators/indicatorchart.h"

#include <QPainter>

namespace SchoolSuite {

IndicatorChartWidget::IndicatorChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void IndicatorChartWidget::setSeries(Indicator indicator, const QList<IndicatorPoint> &points)
{
    m_indicator = indicator;
    m_points = points;
    QStringList years;
    for (const IndicatorPoint &p : points) {
        years << QStringLiteral("%1: %2").arg(p.year).arg(Indicators::format(indicator, p.value));
    }
    setAccessibleName(Indicators::title(indicator));
    setToolTip(years.join(QLatin1Char('\n')));
    update();
}

void IndicatorChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    IndicatorChart(m_indicator, m_points).paint(p, QRectF(rect()), 1.0);
}

} // namespace SchoolSuite
