#pragma once

#include <QList>
#include <QString>

class QPainter;
class QRectF;

namespace SchoolSuite {

// A QR code or Code 128 bar code as its modules (made by zxing-cpp), painted as filled
// rectangles so a PDF holds vector shapes that print sharp at any resolution.
class BarcodeMatrix
{
public:
    enum class Format { Qr, Code128 };

    // Throws Error when the text cannot be encoded (empty, or not Latin-1 for Code 128).
    static BarcodeMatrix encode(Format format, const QString &text);

    Format format() const { return m_format; }
    int width() const { return m_width; }   // modules, without a quiet zone
    int height() const { return m_height; } // modules; 1 for Code 128
    bool dark(int x, int y) const { return m_bits.at(y * m_width + x); }
    // The quiet zone a reader needs on each side, in modules.
    int quietZone() const { return m_format == Format::Qr ? 2 : 10; }

    // Paints the dark modules into rect (device coordinates: the painter is not scaled), the
    // code centred in it: a QR code square, a bar code's bars rect's full height. A module is a
    // whole number of device pixels when it is at least one, so a raster print (a thermal
    // printer at 203 dpi) has bars of equal width. Returns the rectangle the code covers.
    QRectF paint(QPainter &painter, const QRectF &rect) const;

private:
    Format m_format = Format::Qr;
    int m_width = 0;
    int m_height = 0;
    QList<bool> m_bits;
};

} // namespace SchoolSuite
