#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace SchoolSuite::Library {

// A bar chart of the library's reports: categories (main classes, months, titles) and one or
// more series, grouped or stacked, bars standing up or lying down (long labels read better
// beside lying bars). The same painting goes to the reports tab, the PDF and the printer; scale
// is device pixels per screen pixel (1 on screen). IndicatorChart (modules/indicators) draws one
// indicator over the years against its target, which these are not, so this is its own.
class BarChart
{
public:
    enum class Orientation { Vertical, Horizontal };
    struct Series
    {
        QString name;
        QList<double> values; // one per category
        QColor color;         // invalid: the palette's
    };

    BarChart(QString title, QStringList categories, QList<Series> series);

    void setOrientation(Orientation o) { m_orientation = o; }
    Orientation orientation() const { return m_orientation; }
    void setStacked(bool on) { m_stacked = on; }
    // Values written at the end of each bar (of the top of a stack).
    void setShowValues(bool on) { m_showValues = on; }

    void paint(QPainter &painter, const QRectF &rect, double scale = 1.0) const;
    // Where each bar goes in rect: [category][series], empty rectangles for zero values.
    QList<QList<QRectF>> bars(const QRectF &rect, double scale = 1.0) const;
    // The value axis: 0 to a round number above the largest bar (1, 2 or 5 × 10^n steps).
    double axisMax() const;
    double axisStep() const;
    // A reasonable height for a lying chart of n categories on screen.
    static int preferredHeight(int categories, Orientation orientation);

    const QStringList &categories() const { return m_categories; }
    const QList<Series> &series() const { return m_series; }
    static QFont font(double pixelSize); // a CJK font (Noto Sans CJK SC, Microsoft YaHei, ...)
    static QColor paletteColor(int index);

private:
    struct Layout
    {
        QRectF plot;
        QRectF legend;
        QRectF title;
        double fontPixels = 12;
    };
    Layout layout(const QRectF &rect, double scale) const;
    double maxValue() const;
    QColor colorOf(int series) const;

    QString m_title;
    QStringList m_categories;
    QList<Series> m_series;
    Orientation m_orientation = Orientation::Vertical;
    bool m_stacked = false;
    bool m_showValues = true;
};

} // namespace SchoolSuite::Library
