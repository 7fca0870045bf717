#pragma once

#include "equipment/labels/labellayout.h"

#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace SchoolSuite::Library {

// What a spine label (书标) shows, one item a line: the library's name on top, the class number,
// the 种次号 and the volume; the font size in points (made smaller when the lines do not fit).
// Kept in library_settings under spine_lines, for the whole school.
struct SpineOptions
{
    bool libraryName = false;
    bool classNumber = true;
    bool seq = true;
    bool volume = true;
    double fontPoints = 12;
    QString name; // the library's name; empty: the school's name

    QJsonObject toJson() const;
    static SpineOptions fromJson(const QJsonObject &json);
    // The lines of a call number: "I247.5/12:2" -> "I247.5", "12", ":2" (with the name on top
    // when asked). A call number not of the CLC form is one line as it is.
    QStringList lines(const QString &callNo) const;
};

// Draws spine labels on a LabelLayout (the equipment's A4 sheets and label printer sizes): the
// lines centred, one under the other, in a bold font. The same code draws a PDF (QPdfWriter), a
// printer (and its preview) and an image.
class SpineLabelPainter
{
public:
    SpineLabelPainter(LabelLayout layout, SpineOptions options);

    const LabelLayout &layout() const { return m_layout; }
    void setOutlines(bool on) { m_outlines = on; }

    // Where each line goes in rect (device pixels; dotsPerMm device pixels per millimetre) and the
    // font's pixel size that fits them all.
    QList<QRectF> lineRects(const QRectF &rect,
                            double dotsPerMm,
                            const QStringList &lines,
                            double *fontPixels = nullptr) const;
    void paintLabel(QPainter &painter,
                    const QRectF &rect,
                    double dotsPerMm,
                    const QStringList &lines) const;
    // A page per sheet (or label); returns the pages. Throws Error for a layout that cannot be
    // printed or an empty run.
    int print(QPagedPaintDevice &device, const QList<QStringList> &labels) const;
    int writePdf(const QString &fileName, const QList<QStringList> &labels) const;
    QImage renderPage(const QList<QStringList> &labels, int page, int dpi) const;

private:
    LabelLayout m_layout;
    SpineOptions m_options;
    bool m_outlines = false;
};

} // namespace SchoolSuite::Library
