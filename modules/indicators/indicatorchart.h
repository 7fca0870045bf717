#pragma once

#include "indicatorresult.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace SchoolSuite {

// Draws one indicator over the years against its target line: the value as a line (bars for
// spending), filled dots for recorded years and hollow ones for years computed from the
// register, the target as a dashed step line. Used by the page's chart widget and the PDF
// report, so both look the same; scale is device pixels per screen pixel (1 on screen, the PDF
// writer's resolution / 96 on paper).
class IndicatorChart
{
public:
    IndicatorChart(Indicator indicator, QList<IndicatorPoint> points);

    void paint(QPainter &painter, const QRectF &rect, double scale = 1.0) const;

    Indicator indicator() const { return m_indicator; }
    const QList<IndicatorPoint> &points() const { return m_points; }
    // The value axis: 0 to the largest value or target, with room above.
    double axisMax() const;
    static QFont font(); // a CJK font for labels (Noto Sans CJK SC, Microsoft YaHei, ...)

    static QColor valueColor();
    static QColor targetColor();
    static QColor metColor();
    static QColor missedColor();

private:
    Indicator m_indicator;
    QList<IndicatorPoint> m_points;
    QString axisLabel(double v) const;
};

} // namespace SchoolSuite
