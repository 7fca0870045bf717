#include "spinelabel.h"

#include "library/catalog/libraryservice.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <QtMath>

namespace SchoolSuite::Library {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Library::SpineLabelPainter", text);
}

constexpr int kPdfResolution = 1200;

QFont spineFont(double pixels)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Microsoft YaHei"),
                   QStringLiteral("SimHei"),
                   QStringLiteral("WenQuanYi Micro Hei")});
    f.setPixelSize(qMax(1, qRound(pixels)));
    f.setBold(true);
    return f;
}
} // namespace

QJsonObject SpineOptions::toJson() const
{
    return {{QStringLiteral("library_name"), libraryName},
            {QStringLiteral("class_number"), classNumber},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("volume"), volume},
            {QStringLiteral("font_points"), fontPoints},
            {QStringLiteral("name"), name}};
}

SpineOptions SpineOptions::fromJson(const QJsonObject &json)
{
    SpineOptions o;
    o.libraryName = json.value(QLatin1String("library_name")).toBool(o.libraryName);
    o.classNumber = json.value(QLatin1String("class_number")).toBool(o.classNumber);
    o.seq = json.value(QLatin1String("seq")).toBool(o.seq);
    o.volume = json.value(QLatin1String("volume")).toBool(o.volume);
    const double points = json.value(QLatin1String("font_points")).toDouble(o.fontPoints);
    o.fontPoints = points >= 4 && points <= 48 ? points : o.fontPoints;
    o.name = json.value(QLatin1String("name")).toString();
    return o;
}

QStringList SpineOptions::lines(const QString &callNo) const
{
    QStringList list;
    if (libraryName && !name.isEmpty())
        list << name;
    QString clc;
    QString volumeText;
    int number = 0;
    if (!CallNumber::split(callNo, &clc, &number, &volumeText)) {
        if (!callNo.trimmed().isEmpty())
            list << callNo.trimmed();
        return list;
    }
    if (classNumber)
        list << clc;
    if (seq)
        list << QString::number(number);
    if (volume && !volumeText.isEmpty())
        list << QLatin1Char(':') + volumeText;
    return list;
}

SpineLabelPainter::SpineLabelPainter(LabelLayout layout, SpineOptions options)
    : m_layout(std::move(layout))
    , m_options(std::move(options))
{}

QList<QRectF> SpineLabelPainter::lineRects(const QRectF &rect,
                                           double k,
                                           const QStringList &lines,
                                           double *fontPixels) const
{
    QList<QRectF> rects;
    const double pad = qMin(1.0 * k, qMin(rect.width(), rect.height()) * 0.08);
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    double pixels = m_options.fontPoints * 25.4 / 72.0 * k;
    if (!lines.isEmpty()) {
        const QFontMetricsF metrics(spineFont(pixels));
        double widest = 0;
        for (const QString &line : lines)
            widest = qMax(widest, metrics.horizontalAdvance(line));
        const double height = metrics.height() * lines.size();
        // Smaller when the lines do not fit; never larger than asked.
        const double shrink = qMin(
            1.0, qMin(inner.height() / qMax(1.0, height), inner.width() / qMax(1.0, widest)));
        if (shrink < 1.0)
            pixels = qMax(1.0, std::floor(pixels * shrink));
        const double lineHeight = QFontMetricsF(spineFont(pixels)).height();
        double y = inner.center().y() - lineHeight * lines.size() / 2;
        for (int i = 0; i < lines.size(); ++i, y += lineHeight)
            rects << QRectF(inner.left(), y, inner.width(), lineHeight);
    }
    if (fontPixels)
        *fontPixels = pixels;
    return rects;
}

void SpineLabelPainter::paintLabel(QPainter &painter,
                                   const QRectF &rect,
                                   double k,
                                   const QStringList &lines) const
{
    painter.save();
    if (m_outlines) {
        painter.setPen(QPen(Qt::gray, qMax(1.0, 0.1 * k)));
        painter.drawRect(rect);
    }
    double pixels = 0;
    const QList<QRectF> rects = lineRects(rect, k, lines, &pixels);
    painter.setPen(Qt::black);
    painter.setFont(spineFont(pixels));
    for (int i = 0; i < rects.size(); ++i)
        painter.drawText(rects.at(i), Qt::AlignCenter | Qt::TextSingleLine, lines.at(i));
    // A rule under the library's name, as printed spine labels have.
    if (m_options.libraryName && !m_options.name.isEmpty() && rects.size() > 1) {
        painter.setPen(QPen(Qt::black, qMax(1.0, 0.2 * k)));
        const double y = rects.at(0).bottom();
        painter.drawLine(QPointF(rect.left() + 0.1 * rect.width(), y),
                         QPointF(rect.right() - 0.1 * rect.width(), y));
    }
    painter.restore();
}

int SpineLabelPainter::print(QPagedPaintDevice &device, const QList<QStringList> &labels) const
{
    const QString problem = m_layout.problem();
    if (!problem.isEmpty())
        throw Error(problem, Error::Invalid);
    if (labels.isEmpty())
        throw Error(tr("The print queue is empty: add copies first."), Error::Invalid);
    const QPageSize pageSize(
        m_layout.pageSize(), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    device.setPageLayout(QPageLayout(
        pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(tr("The labels cannot be printed: the printer or file is not ready."));
    const double k = device.logicalDpiX() / 25.4;
    const int pages = m_layout.pageCount(int(labels.size()));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        for (int i = 0; i < labels.size(); ++i) {
            if (m_layout.pageOf(i) != page)
                continue;
            const QRectF mm = m_layout.slotRect(m_layout.slotOf(i));
            paintLabel(painter,
                       QRectF(mm.left() * k, mm.top() * k, mm.width() * k, mm.height() * k),
                       k,
                       labels.at(i));
        }
    }
    painter.end();
    return pages;
}

int SpineLabelPainter::writePdf(const QString &fileName, const QList<QStringList> &labels) const
{
    QPdfWriter writer(fileName);
    writer.setResolution(kPdfResolution);
    writer.setCreator(QStringLiteral("SchoolSuite"));
    writer.setTitle(tr("Spine labels"));
    return print(writer, labels);
}

QImage SpineLabelPainter::renderPage(const QList<QStringList> &labels, int page, int dpi) const
{
    const double k = dpi / 25.4;
    const QSizeF size = m_layout.pageSize();
    QImage image(qCeil(size.width() * k), qCeil(size.height() * k), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int i = 0; i < labels.size(); ++i) {
        if (m_layout.pageOf(i) != page)
            continue;
        const QRectF mm = m_layout.slotRect(m_layout.slotOf(i));
        paintLabel(painter,
                   QRectF(mm.left() * k, mm.top() * k, mm.width() * k, mm.height() * k),
                   k,
                   labels.at(i));
    }
    return image;
}

} // namespace SchoolSuite::Library
