#include "handwriting.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QtMath>

#include <zlib.h>

namespace SchoolSuite::Handwriting {

namespace {

QString num(double v)
{
    return QString::number(v, 'f', 4);
}

// One pen stroke of a character: a curve of 12-60 samples starting near (x, y).
QString stroke(QRandomGenerator &rng, double x, double y, bool pressure)
{
    const int n = 12 + int(rng.bounded(48));
    double angle = rng.bounded(2 * M_PI);
    const double turn = (rng.generateDouble() - 0.5) * 0.3;
    double px = x, py = y;
    QString points, widths = QStringLiteral("1.41");
    points.reserve(n * 20);
    for (int i = 0; i < n; ++i) {
        if (i)
            points += QLatin1Char(' ');
        points += num(px) + QLatin1Char(' ') + num(py);
        if (pressure && i + 1 < n)
            widths += QLatin1Char(' ') + num(1.41 * (0.5 + 0.5 * std::sin(M_PI * i / n) + 0.1));
        angle += turn;
        px += 0.6 * std::cos(angle);
        py += 0.6 * std::sin(angle);
    }
    return QStringLiteral("<stroke tool=\"pen\" color=\"#000000ff\" width=\"%1\">%2</stroke>\n")
        .arg(pressure ? widths : QStringLiteral("1.41"), points);
}

QByteArray smallPng()
{
    QImage img(32, 24, QImage::Format_RGB32);
    img.fill(QColor(0x30, 0x80, 0xd0));
    QPainter(&img).fillRect(8, 6, 16, 12, Qt::yellow);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return buffer.data();
}

} // namespace

QByteArray xoppXml(const XoppOptions &o)
{
    QRandomGenerator rng(o.seed);
    QString xml = QStringLiteral(
        "<?xml version=\"1.0\" standalone=\"no\"?>\n"
        "<xournal creator=\"Xournal++ 1.1.3\" fileversion=\"4\">\n"
        "<title>Xournal++ document - see https://github.com/xournalpp/xournalpp</title>\n");
    for (int p = 0; p < o.pages; ++p) {
        xml += QStringLiteral("<page width=\"595.27559100\" height=\"841.88976400\">\n"
                              "<background type=\"solid\" color=\"#ffffffff\" style=\"%1\"/>\n"
                              "<layer>\n")
                   .arg(p % 2 ? QStringLiteral("graph") : QStringLiteral("lined"));
        // Characters of about 14 pt, 5 strokes each, 32 to a line, lines 24 pt apart.
        for (int s = 0; s < o.strokesPerPage; ++s) {
            const int character = s / 5;
            const double x = 40 + (character % 32) * 16 + rng.bounded(8.0);
            const double y = 60 + ((character / 32) % 30) * 24 + rng.bounded(8.0);
            xml += stroke(rng, x, y, o.pressure);
        }
        if (o.highlighter) {
            xml += QStringLiteral("<stroke tool=\"highlighter\" color=\"#ffff0080\" width=\"8.5\">"
                                  "40 70 200 71 400 72</stroke>\n");
        }
        if (o.text) {
            xml += QStringLiteral("<text font=\"Sans\" size=\"12\" x=\"40\" y=\"20\" "
                                  "color=\"#3333ccff\">第%1页 Page %1\nline two</text>\n")
                       .arg(p + 1);
        }
        if (o.image) {
            xml += QStringLiteral("<image left=\"450\" top=\"760\" right=\"514\" bottom=\"808\">%1"
                                  "</image>\n")
                       .arg(QString::fromLatin1(smallPng().toBase64()));
        }
        xml += QStringLiteral("</layer>\n</page>\n");
    }
    xml += QStringLiteral("</xournal>\n");
    return xml.toUtf8();
}

QByteArray gzip(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace SchoolSuite::Handwriting
