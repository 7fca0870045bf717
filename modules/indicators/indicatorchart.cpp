#include "indicatorchart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::IndicatorChart", text);
}

constexpr int kTicks = 4;

// A step of 1, 2, 2.5 or 5 times a power of ten, so the axis reads in round numbers.
double niceStep(double range)
{
    const double raw = range / kTicks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10.0 * power;
}

} // namespace

IndicatorChart::IndicatorChart(Indicator indicator, QList<IndicatorPoint> points)
    : m_indicator(indicator)
    , m_points(std::move(points))
{}

QColor IndicatorChart::valueColor()
{
    return QColor(0x1d, 0x6f, 0xc4);
}

QColor IndicatorChart::targetColor()
{
    return QColor(0xd9, 0x73, 0x1a);
}

QColor IndicatorChart::metColor()
{
    return QColor(0x2e, 0x8b, 0x3e);
}

QColor IndicatorChart::missedColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QFont IndicatorChart::font()
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Microsoft YaHei"),
                   QStringLiteral("SimSun"),
                   QStringLiteral("WenQuanYi Micro Hei"),
                   f.defaultFamily()});
    return f;
}

double IndicatorChart::axisMax() const
{
    switch (m_indicator) {
    case Indicator::ClassroomMultimediaRate:
    case Indicator::FunctionalRoomMultimediaRate:
    case Indicator::TeacherEtTrainedRate:
    case Indicator::CampusNetwork:
        return 1.0;
    default:
        break;
    }
    double top = 0;
    for (const IndicatorPoint &p : m_points) {
        top = std::max(top, p.value.value_or(0.0));
        top = std::max(top, p.target.value_or(0.0));
    }
    if (top <= 0)
        return m_indicator == Indicator::Spending ? 100000.0 : 4.0;
    const double step = niceStep(top * 1.1);
    return step * kTicks;
}

QString IndicatorChart::axisLabel(double v) const
{
    const QLocale locale;
    switch (m_indicator) {
    case Indicator::ClassroomMultimediaRate:
    case Indicator::FunctionalRoomMultimediaRate:
    case Indicator::TeacherEtTrainedRate:
        return locale.toString(qRound(v * 100)) + QStringLiteral("%");
    case Indicator::CampusNetwork:
        return v >= 1.0 ? tr("Yes") : (v <= 0.0 ? tr("No") : QString());
    case Indicator::TeacherComputerRatio:
    case Indicator::StudentComputerRatio:
        return v <= 0 ? QStringLiteral("0") : locale.toString(v, 'g', 3) + QStringLiteral(":1");
    case Indicator::ComputersPastServiceLife:
        return locale.toString(v, 'g', 4);
    case Indicator::Spending:
        // In 10,000 yuan (万元), as budgets are read; the unit stands in the legend.
        return locale.toString(v / 1000000.0, 'g', 3);
    }
    return {};
}

void IndicatorChart::paint(QPainter &p, const QRectF &rect, double s) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(rect);
    p.fillRect(rect, Qt::white);

    QFont titleFont = font();
    titleFont.setPixelSize(qRound(13 * s));
    titleFont.setBold(true);
    QFont label = font();
    label.setPixelSize(qRound(10.5 * s));
    const QFontMetricsF tm(titleFont, p.device());
    const QFontMetricsF lm(label, p.device());

    // Title, and the legend on the right of it.
    p.setFont(titleFont);
    p.setPen(QColor(0x20, 0x20, 0x20));
    const QRectF titleRect(
        rect.left() + 6 * s, rect.top() + 4 * s, rect.width() - 12 * s, tm.height());
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, Indicators::title(m_indicator));
    p.setFont(label);
    const bool hasTarget = std::any_of(
        m_points.cbegin(), m_points.cend(), [](const auto &pt) { return pt.target.has_value(); });
    {
        double x = rect.right() - 6 * s;
        const double y = titleRect.center().y() + tm.height() * 0.9;
        const auto legend = [&](const QString &text, const QPen &pen) {
            const double w = lm.horizontalAdvance(text);
            x -= w;
            p.setPen(QColor(0x40, 0x40, 0x40));
            p.drawText(QPointF(x, y + lm.ascent() / 2 - 1 * s), text);
            x -= 22 * s;
            p.setPen(pen);
            p.drawLine(QPointF(x, y), QPointF(x + 18 * s, y));
            x -= 10 * s;
        };
        if (hasTarget)
            legend(tr("Target"), QPen(targetColor(), 1.6 * s, Qt::DashLine));
        if (m_indicator == Indicator::Spending)
            legend(tr("School, 10,000 yuan"), QPen(valueColor(), 6 * s));
        else
            legend(tr("School"), QPen(valueColor(), 2 * s));
    }

    const double top = axisMax();
    double labelWidth = 0;
    for (int t = 0; t <= kTicks; ++t)
        labelWidth = std::max(labelWidth, lm.horizontalAdvance(axisLabel(top * t / kTicks)));
    const QRectF plot(rect.left() + labelWidth + 12 * s,
                      titleRect.bottom() + tm.height() * 1.2,
                      rect.width() - labelWidth - 22 * s,
                      rect.height() - (titleRect.bottom() - rect.top()) - tm.height() * 1.2
                          - lm.height() - 12 * s);
    if (plot.width() <= 0 || plot.height() <= 0) {
        p.restore();
        return;
    }
    const auto yAt
        = [&](double v) { return plot.bottom() - std::clamp(v / top, 0.0, 1.05) * plot.height(); };

    // Grid and value axis.
    for (int t = 0; t <= kTicks; ++t) {
        const double v = top * t / kTicks;
        const double y = yAt(v);
        p.setPen(QPen(t == 0 ? QColor(0x90, 0x90, 0x90) : QColor(0xe2, 0xe2, 0xe2), 1 * s));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const QString text = axisLabel(v);
        if (!text.isEmpty()) {
            p.setPen(QColor(0x55, 0x55, 0x55));
            p.drawText(QRectF(rect.left(), y - lm.height() / 2, labelWidth + 6 * s, lm.height()),
                       Qt::AlignRight | Qt::AlignVCenter,
                       text);
        }
    }
    const qsizetype n = m_points.size();
    if (n == 0) {
        p.drawText(plot, Qt::AlignCenter, tr("No data"));
        p.restore();
        return;
    }
    const double step = plot.width() / double(n);
    const auto xAt = [&](qsizetype i) { return plot.left() + (double(i) + 0.5) * step; };

    // Year axis: every year while they fit, else every other one.
    const double yearWidth = lm.horizontalAdvance(QStringLiteral("2020")) + 6 * s;
    const int every = yearWidth > step ? int(std::ceil(yearWidth / step)) : 1;
    p.setPen(QColor(0x55, 0x55, 0x55));
    for (qsizetype i = 0; i < n; ++i) {
        if ((n - 1 - i) % every)
            continue;
        p.drawText(
            QRectF(xAt(i) - step * every / 2, plot.bottom() + 3 * s, step * every, lm.height()),
            Qt::AlignHCenter | Qt::AlignTop,
            QString::number(m_points.at(i).year));
    }

    // Values: bars for money, a line otherwise.
    if (m_indicator == Indicator::Spending) {
        p.setPen(Qt::NoPen);
        for (qsizetype i = 0; i < n; ++i) {
            const auto &pt = m_points.at(i);
            if (!pt.value || *pt.value <= 0)
                continue;
            QColor c = valueColor();
            if (!pt.recorded)
                c.setAlpha(170);
            p.setBrush(c);
            const double y = yAt(*pt.value);
            p.drawRect(QRectF(xAt(i) - step * 0.3, y, step * 0.6, plot.bottom() - y));
        }
    } else {
        QPainterPath line;
        bool open = false;
        for (qsizetype i = 0; i < n; ++i) {
            const auto &pt = m_points.at(i);
            if (!pt.value) {
                open = false;
                continue;
            }
            const QPointF at(xAt(i), yAt(*pt.value));
            if (open)
                line.lineTo(at);
            else
                line.moveTo(at);
            open = true;
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(valueColor(), 2 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(line);
    }

    // Target: a dashed step line, one step per year.
    if (hasTarget) {
        QPainterPath target;
        bool open = false;
        for (qsizetype i = 0; i < n; ++i) {
            const auto &t = m_points.at(i).target;
            if (!t) {
                open = false;
                continue;
            }
            const double y = yAt(*t);
            const QPointF from(xAt(i) - step / 2, y);
            if (open)
                target.lineTo(from);
            else
                target.moveTo(from);
            target.lineTo(QPointF(xAt(i) + step / 2, y));
            open = true;
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(targetColor(), 1.6 * s, Qt::DashLine));
        p.drawPath(target);
    }

    // Dots: green where the target is met, red where not; hollow for a year computed from
    // today's register rather than recorded.
    if (m_indicator != Indicator::Spending) {
        for (qsizetype i = 0; i < n; ++i) {
            const auto &pt = m_points.at(i);
            if (!pt.value)
                continue;
            const std::optional<bool> met = Indicators::met(m_indicator, pt.value, pt.target);
            const QColor c = met ? (*met ? metColor() : missedColor()) : valueColor();
            p.setPen(QPen(c, 1.6 * s));
            p.setBrush(pt.recorded ? QBrush(c) : QBrush(Qt::white));
            p.drawEllipse(QPointF(xAt(i), yAt(*pt.value)), 3.2 * s, 3.2 * s);
        }
    }
    p.restore();
}

} // namespace SchoolSuite
