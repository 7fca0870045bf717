#include "barchart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace SchoolSuite::Library {

namespace {
QString number(double v)
{
    return QLocale().toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
}
} // namespace

BarChart::BarChart(QString title, QStringList categories, QList<Series> series)
    : m_title(std::move(title))
    , m_categories(std::move(categories))
    , m_series(std::move(series))
{}

QFont BarChart::font(double pixelSize)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Microsoft YaHei"),
                   QStringLiteral("SimSun"),
                   QStringLiteral("WenQuanYi Micro Hei")});
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    return f;
}

QColor BarChart::paletteColor(int index)
{
    static const QRgb kColors[] = {0x1565c0,
                                   0xef6c00,
                                   0x2e7d32,
                                   0x6a1b9a,
                                   0xc62828,
                                   0x00838f,
                                   0x9e9d24,
                                   0x4e342e,
                                   0xad1457,
                                   0x37474f,
                                   0x283593,
                                   0x558b2f};
    return QColor(kColors[index % int(std::size(kColors))]);
}

QColor BarChart::colorOf(int series) const
{
    const QColor c = m_series.at(series).color;
    return c.isValid() ? c : paletteColor(series);
}

double BarChart::maxValue() const
{
    double max = 0;
    for (int c = 0; c < m_categories.size(); ++c) {
        double stack = 0;
        for (const Series &s : m_series) {
            const double v = c < s.values.size() ? qMax(0.0, s.values.at(c)) : 0.0;
            stack += v;
            max = qMax(max, v);
        }
        if (m_stacked)
            max = qMax(max, stack);
    }
    return max;
}

double BarChart::axisStep() const
{
    const double max = maxValue();
    if (max <= 0)
        return 1;
    const double raw = max / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power)
            return qMax(1.0, m * power);
    return qMax(1.0, 10 * power);
}

double BarChart::axisMax() const
{
    const double step = axisStep();
    return qMax(step, std::ceil(maxValue() / step) * step);
}

int BarChart::preferredHeight(int categories, Orientation orientation)
{
    return orientation == Orientation::Horizontal ? 60 + 22 * qMax(1, categories) : 280;
}

BarChart::Layout BarChart::layout(const QRectF &rect, double scale) const
{
    Layout l;
    l.fontPixels = 12 * scale;
    const QFont f = font(l.fontPixels);
    const QFontMetricsF metrics(f);
    const double line = metrics.height();
    QRectF area = rect.adjusted(4 * scale, 4 * scale, -8 * scale, -4 * scale);
    if (!m_title.isEmpty()) {
        l.title = QRectF(area.left(), area.top(), area.width(), line * 1.4);
        area.setTop(l.title.bottom());
    }
    if (m_series.size() > 1) {
        l.legend = QRectF(area.left(), area.bottom() - line * 1.3, area.width(), line * 1.3);
        area.setBottom(l.legend.top());
    }
    const QString widest = number(axisMax());
    if (m_orientation == Orientation::Horizontal) {
        double labelWidth = 0;
        for (const QString &c : m_categories)
            labelWidth = qMax(labelWidth, metrics.horizontalAdvance(c));
        labelWidth = qMin(labelWidth + 6 * scale, area.width() * 0.45);
        // Room for the value written after the longest bar.
        l.plot = area.adjusted(
            labelWidth, 0, -(metrics.horizontalAdvance(widest) + 10 * scale), -line * 1.2);
    } else {
        const double axisWidth = metrics.horizontalAdvance(widest) + 6 * scale;
        l.plot = area.adjusted(axisWidth, line * (m_showValues ? 1.1 : 0.2), 0, -line * 1.3);
    }
    return l;
}

QList<QList<QRectF>> BarChart::bars(const QRectF &rect, double scale) const
{
    const Layout l = layout(rect, scale);
    const double max = axisMax();
    const int n = int(m_categories.size());
    QList<QList<QRectF>> result(n);
    if (n == 0 || m_series.isEmpty())
        return result;
    const bool lying = m_orientation == Orientation::Horizontal;
    const double band = (lying ? l.plot.height() : l.plot.width()) / n;
    const int groups = m_stacked ? 1 : int(m_series.size());
    // Few categories on a wide chart: bars of a readable width, not slabs.
    const double barWidth = qMin(band * 0.7 / groups, 56 * scale);
    const double length = lying ? l.plot.width() : l.plot.height();
    for (int c = 0; c < n; ++c) {
        double offset = 0;
        for (int s = 0; s < m_series.size(); ++s) {
            const QList<double> &values = m_series.at(s).values;
            const double v = c < values.size() ? qMax(0.0, values.at(c)) : 0.0;
            const double len = max > 0 ? v / max * length : 0;
            const double across
                = c * band + (band - barWidth * groups) / 2 + (m_stacked ? 0 : s * barWidth);
            QRectF bar;
            if (v > 0) {
                if (lying)
                    bar = QRectF(l.plot.left() + offset, l.plot.top() + across, len, barWidth);
                else
                    bar = QRectF(
                        l.plot.left() + across, l.plot.bottom() - offset - len, barWidth, len);
            }
            if (m_stacked)
                offset += len;
            result[c] << bar;
        }
    }
    return result;
}

void BarChart::paint(QPainter &painter, const QRectF &rect, double scale) const
{
    const Layout l = layout(rect, scale);
    const QFont f = font(l.fontPixels);
    const QFontMetricsF metrics(f);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setFont(f);
    if (!m_title.isEmpty()) {
        QFont bold = f;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(Qt::black);
        painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, m_title);
        painter.setFont(f);
    }
    const bool lying = m_orientation == Orientation::Horizontal;
    const double max = axisMax();
    const double step = axisStep();
    // Grid and value axis.
    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), qMax(1.0, scale)));
    for (double v = 0; v <= max + 1e-9; v += step) {
        const double t = max > 0 ? v / max : 0;
        if (lying) {
            const double x = l.plot.left() + t * l.plot.width();
            painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), qMax(1.0, scale)));
            painter.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(x - 40 * scale, l.plot.bottom(), 80 * scale, metrics.height()),
                             Qt::AlignCenter,
                             number(v));
        } else {
            const double y = l.plot.bottom() - t * l.plot.height();
            painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), qMax(1.0, scale)));
            painter.drawLine(QPointF(l.plot.left(), y), QPointF(l.plot.right(), y));
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(rect.left(),
                                    y - metrics.height() / 2,
                                    l.plot.left() - rect.left() - 4 * scale,
                                    metrics.height()),
                             Qt::AlignRight | Qt::AlignVCenter,
                             number(v));
        }
    }
    // Bars, category labels and values.
    const QList<QList<QRectF>> all = bars(rect, scale);
    const int n = int(m_categories.size());
    const double band = n > 0 ? (lying ? l.plot.height() : l.plot.width()) / n : 0;
    for (int c = 0; c < n; ++c) {
        double total = 0;
        QRectF end;
        for (int s = 0; s < all.at(c).size(); ++s) {
            const QRectF &bar = all.at(c).at(s);
            const double v = c < m_series.at(s).values.size() ? m_series.at(s).values.at(c) : 0;
            total += qMax(0.0, v);
            if (bar.isEmpty())
                continue;
            painter.fillRect(bar, colorOf(s));
            end = end.isNull() ? bar : end.united(bar);
            if (m_showValues && !m_stacked) {
                painter.setPen(Qt::black);
                if (lying)
                    painter.drawText(
                        QRectF(bar.right() + 3 * scale, bar.top(), 60 * scale, bar.height()),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        number(v));
                else
                    painter.drawText(QRectF(bar.center().x() - 30 * scale,
                                            bar.top() - metrics.height(),
                                            60 * scale,
                                            metrics.height()),
                                     Qt::AlignHCenter | Qt::AlignBottom,
                                     number(v));
            }
        }
        if (m_showValues && m_stacked && !end.isNull()) {
            painter.setPen(Qt::black);
            if (lying)
                painter.drawText(
                    QRectF(end.right() + 3 * scale, end.top(), 60 * scale, end.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    number(total));
            else
                painter.drawText(QRectF(end.center().x() - 30 * scale,
                                        end.top() - metrics.height(),
                                        60 * scale,
                                        metrics.height()),
                                 Qt::AlignHCenter | Qt::AlignBottom,
                                 number(total));
        }
        painter.setPen(QColor(0x22, 0x22, 0x22));
        const QString label = m_categories.at(c);
        if (lying) {
            const QRectF cell(rect.left(),
                              l.plot.top() + c * band,
                              l.plot.left() - rect.left() - 6 * scale,
                              band);
            painter.drawText(cell,
                             Qt::AlignRight | Qt::AlignVCenter,
                             metrics.elidedText(label, Qt::ElideRight, cell.width()));
        } else {
            const QRectF cell(
                l.plot.left() + c * band, l.plot.bottom() + 2 * scale, band, metrics.height());
            painter.drawText(cell,
                             Qt::AlignHCenter | Qt::AlignTop,
                             metrics.elidedText(label, Qt::ElideRight, cell.width()));
        }
    }
    painter.setPen(QPen(QColor(0x77, 0x77, 0x77), qMax(1.0, scale)));
    if (lying)
        painter.drawLine(l.plot.topLeft(), l.plot.bottomLeft());
    else
        painter.drawLine(l.plot.bottomLeft(), l.plot.bottomRight());
    // Legend.
    if (m_series.size() > 1) {
        double x = l.legend.left();
        for (int s = 0; s < m_series.size(); ++s) {
            const double box = metrics.height() * 0.7;
            painter.fillRect(QRectF(x, l.legend.center().y() - box / 2, box, box), colorOf(s));
            x += box + 4 * scale;
            painter.setPen(Qt::black);
            const double w = metrics.horizontalAdvance(m_series.at(s).name);
            painter.drawText(QRectF(x, l.legend.top(), w + 2 * scale, l.legend.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             m_series.at(s).name);
            x += w + 14 * scale;
        }
    }
    painter.restore();
}

} // namespace SchoolSuite::Library
