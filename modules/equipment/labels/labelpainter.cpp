#include "labelpainter.h"

#include "barcodematrix.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <QtMath>

#include <algorithm>
#include <optional>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::LabelPainter", text);
}

constexpr int kPdfResolution = 1200;

QFont fontOf(double pixels, bool bold)
{
    QFont font;
    font.setPixelSize(qMax(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

// Draws text in at most maxLines lines of rect's width from rect's top, the last one elided.
// Returns the height used.
double drawLines(QPainter &painter,
                 const QRectF &rect,
                 const QString &text,
                 const QFont &font,
                 int maxLines,
                 Qt::Alignment align = Qt::AlignLeft)
{
    if (text.isEmpty() || rect.width() <= 0)
        return 0;
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double lineHeight = metrics.height();
    QString rest = text.simplified();
    double y = rect.top();
    for (int line = 0; line < maxLines && !rest.isEmpty(); ++line) {
        QString shown;
        if (line == maxLines - 1 || metrics.horizontalAdvance(rest) <= rect.width()) {
            shown = metrics.elidedText(rest, Qt::ElideRight, rect.width());
            rest.clear();
        } else {
            // As many characters as fit; break after a space when there is one (Latin names),
            // anywhere in Chinese.
            qsizetype fit = 1;
            while (fit < rest.size()
                   && metrics.horizontalAdvance(rest.left(fit + 1)) <= rect.width())
                ++fit;
            const qsizetype space = rest.left(fit + 1).lastIndexOf(QLatin1Char(' '));
            if (space > 0)
                fit = space;
            shown = rest.left(fit);
            rest = rest.mid(fit).trimmed();
        }
        painter.drawText(QRectF(rect.left(), y, rect.width(), lineHeight),
                         int(align | Qt::AlignVCenter) | Qt::TextSingleLine,
                         shown);
        y += lineHeight;
    }
    return y - rect.top();
}

// A code with its quiet zone in area: the largest module that fits, the code centred.
QRectF codeArea(const BarcodeMatrix &code, const QRectF &area)
{
    const int quiet = code.quietZone();
    if (code.format() == BarcodeMatrix::Format::Qr) {
        const double side = qMin(area.width(), area.height());
        const double module = side / (code.width() + 2 * quiet);
        const double inner = module * code.width();
        return QRectF(area.center().x() - inner / 2, area.center().y() - inner / 2, inner, inner);
    }
    const double module = area.width() / (code.width() + 2 * quiet);
    const double inner = module * code.width();
    return QRectF(area.center().x() - inner / 2, area.top(), inner, area.height());
}
} // namespace

LabelPainter::LabelPainter(LabelLayout layout)
    : m_layout(std::move(layout))
{}

void LabelPainter::paintLabel(QPainter &painter,
                              const QRectF &rect,
                              double k,
                              const LabelData &label) const
{
    const LabelCodes codes = m_layout.codes;
    std::optional<BarcodeMatrix> qr;
    std::optional<BarcodeMatrix> bars;
    if (codes != LabelCodes::Code128)
        qr = BarcodeMatrix::encode(BarcodeMatrix::Format::Qr, label.tag);
    if (codes != LabelCodes::Qr)
        bars = BarcodeMatrix::encode(BarcodeMatrix::Format::Code128, label.tag);

    painter.save();
    painter.setPen(Qt::black);
    if (m_outlines) {
        painter.setPen(QPen(Qt::gray, qMax(1.0, 0.1 * k)));
        painter.drawRect(rect);
        painter.setPen(Qt::black);
    }
    const double wMm = rect.width() / k;
    const double hMm = rect.height() / k;
    const double pad = std::min(1.5, 0.06 * std::min(wMm, hMm)) * k;
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    const double innerMm = inner.height() / k;
    const QFont schoolFont = fontOf(std::clamp(innerMm * 0.11, 1.6, 3.2) * k, false);
    const QFont nameFont = fontOf(std::clamp(innerMm * 0.13, 1.8, 3.6) * k, false);
    const QFont tagFont = fontOf(std::clamp(innerMm * 0.14, 1.8, 3.8) * k, true);
    const double tagHeight = QFontMetricsF(tagFont, painter.device()).height();
    const double gap = 1.0 * k;

    if (codes == LabelCodes::Code128) {
        double y = inner.top();
        y += drawLines(painter,
                       QRectF(inner.left(), y, inner.width(), inner.height()),
                       label.schoolName,
                       schoolFont,
                       1,
                       Qt::AlignHCenter);
        y += drawLines(painter,
                       QRectF(inner.left(), y, inner.width(), inner.height()),
                       label.name,
                       nameFont,
                       1,
                       Qt::AlignHCenter);
        const QRectF barArea(inner.left(),
                             y + 0.4 * k,
                             inner.width(),
                             inner.bottom() - tagHeight - 0.3 * k - (y + 0.4 * k));
        bars->paint(painter, codeArea(*bars, barArea));
        drawLines(painter,
                  QRectF(inner.left(), inner.bottom() - tagHeight, inner.width(), tagHeight),
                  label.tag,
                  tagFont,
                  1,
                  Qt::AlignHCenter);
    } else {
        // The QR code on the left, the text beside it; with both codes the bar code takes the
        // label's full width below (it needs the width far more than the QR code does).
        const double topHeight = codes == LabelCodes::Both ? inner.height() * 0.58 : inner.height();
        const double side = std::min(topHeight, inner.width() * 0.5);
        const QRectF qrArea(inner.left(), inner.top() + (topHeight - side) / 2, side, side);
        const QRectF qrDrawn = qr->paint(painter, codeArea(*qr, qrArea));
        const double textLeft = std::max(qrArea.right(), qrDrawn.right() + gap);
        const QRectF text(textLeft, inner.top(), inner.right() - textLeft, topHeight);
        double y = text.top();
        y += drawLines(painter,
                       QRectF(text.left(), y, text.width(), text.height()),
                       label.schoolName,
                       schoolFont,
                       1);
        y += 0.3 * k;
        const double nameRoom = text.bottom() - tagHeight - y;
        const int nameLines
            = qMax(1, int(nameRoom / QFontMetricsF(nameFont, painter.device()).height()));
        drawLines(painter,
                  QRectF(text.left(), y, text.width(), nameRoom),
                  label.name,
                  nameFont,
                  qMin(2, nameLines));
        drawLines(painter,
                  QRectF(text.left(), text.bottom() - tagHeight, text.width(), tagHeight),
                  label.tag,
                  tagFont,
                  1);
        if (bars) {
            const QRectF barArea(inner.left(),
                                 inner.top() + topHeight + 0.6 * k,
                                 inner.width(),
                                 inner.height() - topHeight - 0.6 * k);
            bars->paint(painter, codeArea(*bars, barArea));
        }
    }
    painter.restore();
}

void LabelPainter::paintPage(QPainter &painter,
                             const QList<LabelData> &labels,
                             int page,
                             double k) const
{
    for (int i = 0; i < labels.size(); ++i) {
        if (m_layout.pageOf(i) != page)
            continue;
        const QRectF mm = m_layout.slotRect(m_layout.slotOf(i));
        const QRectF rect(mm.left() * k, mm.top() * k, mm.width() * k, mm.height() * k);
        paintLabel(painter, rect, k, labels.at(i));
    }
}

int LabelPainter::print(QPagedPaintDevice &device, const QList<LabelData> &labels) const
{
    const QString problem = m_layout.problem();
    if (!problem.isEmpty())
        throw Error(problem, Error::Invalid);
    if (labels.isEmpty())
        throw Error(tr("Choose the items to label first."), Error::Invalid);
    // Every code is made before the first page, so a bad tag leaves no half-written file.
    for (const LabelData &label : labels) {
        if (m_layout.codes != LabelCodes::Code128)
            BarcodeMatrix::encode(BarcodeMatrix::Format::Qr, label.tag);
        if (m_layout.codes != LabelCodes::Qr)
            BarcodeMatrix::encode(BarcodeMatrix::Format::Code128, label.tag);
    }
    const QSizeF size = m_layout.pageSize();
    const QPageSize pageSize(size, QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    // Portrait keeps the size as given: a 50 × 30 mm label is a page 50 mm wide, as the label
    // printer feeds it (landscape would turn it).
    const QPageLayout pageLayout(
        pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    device.setPageLayout(pageLayout);
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(tr("The labels cannot be printed: the printer or file is not ready."));
    const double k = device.logicalDpiX() / 25.4;
    const int pages = m_layout.pageCount(int(labels.size()));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        paintPage(painter, labels, page, k);
    }
    painter.end();
    return pages;
}

int LabelPainter::writePdf(const QString &fileName, const QList<LabelData> &labels) const
{
    QPdfWriter writer(fileName);
    writer.setResolution(kPdfResolution);
    writer.setCreator(QStringLiteral("SchoolSuite"));
    writer.setTitle(tr("Asset labels"));
    const int pages = print(writer, labels);
    return pages;
}

QImage LabelPainter::renderLabel(const LabelData &label, int dpi) const
{
    const double k = dpi / 25.4;
    QImage image(qCeil(m_layout.label.width() * k),
                 qCeil(m_layout.label.height() * k),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintLabel(
        painter, QRectF(0, 0, m_layout.label.width() * k, m_layout.label.height() * k), k, label);
    return image;
}

QImage LabelPainter::renderPage(const QList<LabelData> &labels, int page, int dpi) const
{
    const double k = dpi / 25.4;
    const QSizeF size = m_layout.pageSize();
    QImage image(qCeil(size.width() * k), qCeil(size.height() * k), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, labels, page, k);
    return image;
}

} // namespace SchoolSuite
