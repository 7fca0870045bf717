#include "barcodematrix.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <cmath>
#include <stdexcept>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::BarcodeMatrix", text);
}

// A module of s device pixels: whole pixels when there is room for one.
double snapped(double s)
{
    return s >= 1.0 ? std::floor(s) : s;
}
} // namespace

BarcodeMatrix BarcodeMatrix::encode(Format format, const QString &text)
{
    if (text.isEmpty())
        throw Error(tr("There is nothing to put in the code."), Error::Invalid);
    BarcodeMatrix m;
    m.m_format = format;
    try {
        ZXing::BitMatrix bits;
        if (format == Format::Qr) {
            bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                       .setEncoding(ZXing::CharacterSet::UTF8)
                       .setMargin(0)
                       .encode(text.toStdWString(), 0, 0);
        } else {
            for (const QChar c : text) {
                if (c.unicode() > 0x7e || c.unicode() < 0x20)
                    throw Error(tr("A Code 128 bar code holds letters, digits and signs only, "
                                   "not \"%1\".")
                                    .arg(text),
                                Error::Invalid);
            }
            bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128)
                       .setMargin(0)
                       .encode(text.toStdWString(), 0, 1);
        }
        m.m_width = bits.width();
        m.m_height = format == Format::Qr ? bits.height() : 1;
        m.m_bits.resize(qsizetype(m.m_width) * m.m_height);
        for (int y = 0; y < m.m_height; ++y) {
            for (int x = 0; x < m.m_width; ++x)
                m.m_bits[y * m.m_width + x] = bits.get(x, y);
        }
    } catch (const std::exception &e) {
        if (const auto *error = dynamic_cast<const Error *>(&e))
            throw *error;
        throw Error(tr("The code for \"%1\" cannot be made: %2")
                        .arg(text, QString::fromLocal8Bit(e.what())),
                    Error::Invalid);
    }
    if (m.m_width <= 0)
        throw Error(tr("The code for \"%1\" cannot be made.").arg(text), Error::Invalid);
    return m;
}

QRectF BarcodeMatrix::paint(QPainter &painter, const QRectF &rect) const
{
    if (m_width <= 0 || rect.width() <= 0 || rect.height() <= 0)
        return {};
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    QRectF covered;
    if (m_format == Format::Qr) {
        const double module = snapped(qMin(rect.width() / m_width, rect.height() / m_height));
        const QSizeF size(module * m_width, module * m_height);
        const QPointF origin(std::round(rect.center().x() - size.width() / 2),
                             std::round(rect.center().y() - size.height() / 2));
        covered = QRectF(origin, size);
        // Runs of dark modules in a row, joined with the same run of the rows below: fewer,
        // larger rectangles, and no hairline seams between rows in a PDF viewer.
        QList<bool> done(m_bits.size(), false);
        for (int y = 0; y < m_height; ++y) {
            for (int x = 0; x < m_width;) {
                if (!dark(x, y) || done.at(y * m_width + x)) {
                    ++x;
                    continue;
                }
                int end = x;
                while (end < m_width && dark(end, y) && !done.at(y * m_width + end))
                    ++end;
                auto sameRun = [&](int row) {
                    for (int i = x; i < end; ++i) {
                        if (!dark(i, row) || done.at(row * m_width + i))
                            return false;
                    }
                    return (x == 0 || !dark(x - 1, row)) && (end == m_width || !dark(end, row));
                };
                int bottom = y + 1;
                while (bottom < m_height && sameRun(bottom))
                    ++bottom;
                for (int row = y; row < bottom; ++row) {
                    for (int i = x; i < end; ++i)
                        done[row * m_width + i] = true;
                }
                path.addRect(QRectF(origin.x() + x * module,
                                    origin.y() + y * module,
                                    (end - x) * module,
                                    (bottom - y) * module));
                x = end;
            }
        }
    } else {
        const double module = snapped(rect.width() / m_width);
        const double width = module * m_width;
        const QPointF origin(std::round(rect.center().x() - width / 2), rect.top());
        covered = QRectF(origin, QSizeF(width, rect.height()));
        for (int x = 0; x < m_width;) {
            if (!dark(x, 0)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_width && dark(end, 0))
                ++end;
            path.addRect(
                QRectF(origin.x() + x * module, origin.y(), (end - x) * module, rect.height()));
            x = end;
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillPath(path, Qt::black);
    painter.restore();
    return covered;
}

} // namespace SchoolSuite
