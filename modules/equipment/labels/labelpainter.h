#pragma once

#include "labellayout.h"

#include <QImage>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace SchoolSuite {

// What one label shows.
struct LabelData
{
    QString tag;        // in the codes and as text
    QString name;       // the item's name
    QString schoolName; // the owner, on top
};

// Draws labels of a layout: the same code for a PDF file (QPdfWriter), a printer (QPrinter,
// its preview) and an image. Codes are vector rectangles, text is text.
class LabelPainter
{
public:
    explicit LabelPainter(LabelLayout layout);

    const LabelLayout &layout() const { return m_layout; }
    // Thin outlines around each label, to check the alignment on plain paper.
    void setOutlines(bool on) { m_outlines = on; }

    // One label into rect, in the painter's device coordinates (the painter is not scaled);
    // dotsPerMm: device pixels per millimetre. Throws Error when the tag cannot be encoded.
    void paintLabel(QPainter &painter,
                    const QRectF &rect,
                    double dotsPerMm,
                    const LabelData &label) const;

    // The whole run on a paged device: sets its page size (the sheet, or the label for a label
    // printer) with no margins, one page per sheet or label. A QPrinter must be set to full page
    // first. Returns the number of pages. Throws Error for a layout that cannot be printed or a
    // tag that cannot be encoded.
    int print(QPagedPaintDevice &device, const QList<LabelData> &labels) const;
    // The run as a PDF file (resolution 1200 dpi). Throws Error when it cannot be written.
    int writePdf(const QString &fileName, const QList<LabelData> &labels) const;

    // One label as an image at dpi, white background (tests, a quick look).
    QImage renderLabel(const LabelData &label, int dpi) const;
    // One page of the run as an image at dpi.
    QImage renderPage(const QList<LabelData> &labels, int page, int dpi) const;

private:
    void paintPage(QPainter &painter,
                   const QList<LabelData> &labels,
                   int page,
                   double dotsPerMm) const;

    LabelLayout m_layout;
    bool m_outlines = false;
};

} // namespace SchoolSuite
