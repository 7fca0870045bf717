#include "indicatorpdf.h"

#include "core/error.h"
#include "indicatorchart.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace SchoolSuite::IndicatorPdf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::IndicatorPdf", text);
}

constexpr int kDpi = 300;
constexpr double kScale = kDpi / 96.0; // device pixels per screen pixel

QFont font(double pixels, bool bold = false)
{
    QFont f = IndicatorChart::font();
    f.setPixelSize(qRound(pixels * kScale));
    f.setBold(bold);
    return f;
}

// Lines of text down the page, a new page when the next one does not fit.
class Flow
{
public:
    Flow(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_p(painter)
        , m_area(QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())))
    {
        m_y = m_area.top();
    }

    int pages() const { return m_pages; }
    QRectF area() const { return m_area; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }

    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_pages;
        m_y = m_area.top();
    }
    void ensure(double height)
    {
        if (m_y + height > m_area.bottom() - footerHeight())
            newPage();
    }
    void text(const QString &s,
              const QFont &f,
              const QColor &color = QColor(0x20, 0x20, 0x20),
              double indent = 0)
    {
        const QFontMetricsF fm(f, m_p.device());
        const double h = fm.height() * 1.35;
        ensure(h);
        m_p.setFont(f);
        m_p.setPen(color);
        const double width = m_area.width() - indent;
        m_p.drawText(QRectF(m_area.left() + indent, m_y, width, h),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(s, Qt::ElideRight, width));
        m_y += h;
    }
    void space(double screenPixels) { m_y += screenPixels * kScale; }
    void footer()
    {
        const QFont f = font(8);
        m_p.setFont(f);
        m_p.setPen(QColor(0x70, 0x70, 0x70));
        m_p.drawText(
            QRectF(m_area.left(), m_area.bottom() - footerHeight(), m_area.width(), footerHeight()),
            Qt::AlignHCenter | Qt::AlignBottom,
            QCoreApplication::translate("SchoolSuite::IndicatorPdf::Flow", "Page %1").arg(m_pages));
    }
    double footerHeight() const { return 16 * kScale; }

private:
    QPdfWriter &m_writer;
    QPainter &m_p;
    QRectF m_area;
    double m_y = 0;
    int m_pages = 1;
};

QString metText(const IndicatorFigure &f)
{
    if (!f.met)
        return QStringLiteral("—");
    return *f.met ? tr("✓ Met") : tr("✗ Not met");
}

QColor metColor(const IndicatorFigure &f)
{
    if (!f.met)
        return QColor(0x55, 0x55, 0x55);
    return *f.met ? IndicatorChart::metColor() : IndicatorChart::missedColor();
}

void summaryPage(Flow &flow, QPainter &p, const IndicatorYear &y, const QString &preparedBy)
{
    flow.text(tr("Educational informatization indicators — supervision report"), font(18, true));
    flow.text(y.schoolName.isEmpty() ? y.schoolCode
                                     : QStringLiteral("%1（%2）").arg(y.schoolName, y.schoolCode),
              font(13, true));
    flow.space(4);
    flow.text(tr("Year %1, as of %2").arg(y.year).arg(y.asOf.toString(Qt::ISODate)), font(10));
    flow.text(
        y.targets.districtYear > 0
            ? tr("Targets: the district's targets for %1").arg(y.targets.districtYear)
            : tr("Targets: the district plan (通昌政办发〔2015〕8号) until the district sends "
                 "its own"),
        font(10));
    if (!y.recordedAt.isEmpty())
        flow.text(tr("The year's figures were recorded on %1; recorded values in brackets.")
                      .arg(y.recordedAt.left(10)),
                  font(10));
    flow.space(10);

    // The table of indicators.
    const QRectF area = flow.area();
    const QList<double> widths{0.30, 0.16, 0.12, 0.12, 0.30};
    const QStringList headers{tr("Indicator"), tr("School"), tr("Target"), tr("Met"), tr("Basis")};
    const QFont head = font(9.5, true);
    const QFont cell = font(9.5);
    const double rowHeight = QFontMetricsF(cell, p.device()).height() * 1.9;
    const auto row = [&](const QStringList &cells,
                         const QFont &f,
                         const QList<QColor> &colors,
                         const QColor &background) {
        flow.ensure(rowHeight);
        double x = area.left();
        const double top = flow.y();
        p.fillRect(QRectF(area.left(), top, area.width(), rowHeight), background);
        p.setFont(f);
        const QFontMetricsF fm(f, p.device());
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const double w = widths.at(c) * area.width();
            p.setPen(colors.value(c, QColor(0x20, 0x20, 0x20)));
            p.drawText(QRectF(x + 4 * kScale, top, w - 8 * kScale, rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(cells.at(c), Qt::ElideRight, w - 8 * kScale));
            x += w;
        }
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1 * kScale));
        p.drawLine(QPointF(area.left(), top + rowHeight), QPointF(area.right(), top + rowHeight));
        flow.setY(top + rowHeight);
    };
    row(headers, head, {}, QColor(0xe8, 0xee, 0xf6));
    for (const IndicatorFigure &f : y.figures) {
        QString value = Indicators::format(f.indicator, f.value);
        if (!y.recordedAt.isEmpty() && f.recorded != f.value)
            value += QStringLiteral(" (%1)").arg(Indicators::format(f.indicator, f.recorded));
        row({Indicators::title(f.indicator),
             value,
             f.target ? Indicators::format(f.indicator, f.target) : QStringLiteral("—"),
             metText(f),
             f.basis},
            cell,
            {QColor(0x20, 0x20, 0x20),
             QColor(0x20, 0x20, 0x20),
             QColor(0x20, 0x20, 0x20),
             metColor(f)},
            Qt::white);
    }
    flow.space(14);

    flow.text(tr("Spending on equipment bought in %1, per funding source").arg(y.year),
              font(11, true));
    if (y.spending.isEmpty())
        flow.text(tr("Nothing with a price was bought in the year."), cell);
    for (const FundingSpending &s : y.spending)
        flow.text(QStringLiteral("%1: %2 (%3)")
                      .arg(s.source.isEmpty() ? tr("Funding source not recorded") : s.source,
                           Indicators::formatFen(s.fen))
                      .arg(tr("%1 items").arg(s.items)),
                  cell,
                  QColor(0x20, 0x20, 0x20),
                  12 * kScale);
    flow.space(24);
    flow.text(tr("Prepared by: %1        Date: %2        Principal's signature:")
                  .arg(preparedBy, QDate::currentDate().toString(Qt::ISODate)),
              cell);
}

void chartsPage(Flow &flow, QPainter &p, const IndicatorHistory &history)
{
    flow.text(tr("The indicators over the years against their targets"), font(14, true));
    flow.text(tr("Filled dots: recorded figures; hollow dots: computed from today's register; "
                 "green: target met, red: missed; dashed: the target."),
              font(8.5),
              QColor(0x55, 0x55, 0x55));
    flow.space(6);
    const QRectF area = flow.area();
    const double top = flow.y();
    const double gap = 8 * kScale;
    const int columns = 2;
    const int rows = (kIndicatorCount + columns - 1) / columns;
    const double w = (area.width() - gap) / columns;
    const double h = (area.bottom() - flow.footerHeight() - top - gap * (rows - 1)) / rows;
    for (int i = 0; i < kIndicatorCount; ++i) {
        const QRectF cell(
            area.left() + (i % columns) * (w + gap), top + (i / columns) * (h + gap), w, h);
        IndicatorChart(Indicator(i), history.series[i]).paint(p, cell, kScale);
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1 * kScale));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell);
    }
    flow.setY(area.bottom());
}

// Which lists are printed in full: those a principal acts on. The others by their size.
bool listInFull(const IndicatorFigure &f, const DrillSection &s)
{
    return !s.counted || f.indicator == Indicator::ComputersPastServiceLife
           || f.indicator == Indicator::Spending || f.indicator == Indicator::CampusNetwork;
}

void drillPages(Flow &flow, const IndicatorYear &y)
{
    flow.text(tr("Details"), font(14, true));
    flow.space(4);
    const QFont heading = font(11, true);
    const QFont section = font(9.5, true);
    const QFont line = font(8.5);
    for (const IndicatorFigure &f : y.figures) {
        flow.space(6);
        flow.ensure(heading.pixelSize() * 4);
        flow.text(QStringLiteral("%1 — %2").arg(Indicators::title(f.indicator),
                                                Indicators::format(f.indicator, f.value)),
                  heading);
        flow.text(f.basis, line, QColor(0x55, 0x55, 0x55));
        for (const DrillSection &s : f.sections) {
            flow.text(s.title, section, QColor(0x30, 0x30, 0x30), 8 * kScale);
            if (!listInFull(f, s))
                continue;
            for (const DrillRow &r : s.rows) {
                QString text
                    = r.code.isEmpty() ? r.name : QStringLiteral("%1  %2").arg(r.code, r.name);
                if (!r.detail.isEmpty())
                    text += QStringLiteral(" — ") + r.detail;
                flow.text(text, line, QColor(0x20, 0x20, 0x20), 20 * kScale);
            }
        }
    }
}

} // namespace

int write(const QString &path,
          const IndicatorYear &year,
          const IndicatorHistory &history,
          const QString &preparedBy)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QPdfWriter writer(&file);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     QPageLayout::Portrait,
                                     QMarginsF(18, 16, 18, 14),
                                     QPageLayout::Millimeter));
    writer.setTitle(tr("Informatization indicators %1").arg(year.year));
    writer.setCreator(QStringLiteral("SchoolSuite"));
    QPainter painter;
    if (!painter.begin(&writer))
        throw Error(tr("Cannot write %1.").arg(path));
    Flow flow(writer, painter);
    summaryPage(flow, painter, year, preparedBy);
    flow.newPage();
    chartsPage(flow, painter, history);
    flow.newPage();
    drillPages(flow, year);
    flow.footer();
    painter.end();
    file.close();
    if (file.error() != QFileDevice::NoError)
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return flow.pages();
}

} // namespace SchoolSuite::IndicatorPdf
