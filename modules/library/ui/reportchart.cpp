#include "reportchart.h"

#include <QPainter>

namespace SchoolSuite::Library {

ReportChart::ReportChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
}

void ReportChart::setChart(const BarChart &chart)
{
    m_chart = chart;
    m_height = BarChart::preferredHeight(int(chart.categories().size()), chart.orientation());
    setMinimumHeight(qMin(m_height, 700));
    updateGeometry();
    update();
}

QSize ReportChart::sizeHint() const
{
    return {600, m_height};
}

void ReportChart::paintEvent(QPaintEvent *)
{
    if (!m_chart)
        return;
    QPainter painter(this);
    m_chart->paint(painter, rect());
}

} // namespace SchoolSuite::Library
