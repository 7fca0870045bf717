// Background patterns of board pages (BoardRenderer::paintPattern).
#include "boardrenderer.h"

#include <QPainter>

namespace SchoolSuite {

namespace {

// The dashes of a dashed line from a to b (dash 4, gap 3 line widths, as Qt's CustomDashLine
// {4, 3}), counted from a: drawn as plain lines, the pattern stays in place however the line is
// clipped (Qt's dasher restarts it where a clip cuts the line, so bands of a page would not
// join up).
void addDashes(QList<QLineF> &dashes, QPointF a, QPointF b, qreal width)
{
    const QLineF line(a, b);
    const qreal length = line.length();
    const qreal dash = 4 * width;
    const qreal period = 7 * width;
    if (length <= 0 || period <= 0)
        return;
    const QPointF unit = (b - a) / length;
    for (qreal at = 0; at < length; at += period)
        dashes << QLineF(a + unit * at, a + unit * std::min(at + dash, length));
}

// 田字格 and 米字格: rows of square boxes, solid frame, dashed middle lines (and diagonals). On a
// page of a size, whole boxes centred across it; on an endless page a lattice from the page's
// origin, so that any part of it, drawn alone, shows the same boxes.
void characterBoxes(
    QPainter &painter, const BoardBackground &b, const QRectF &area, bool endless, bool diagonals)
{
    const qreal box = b.spacing;
    const qreal gap = box / 4;
    const qreal pitch = box + gap;
    qreal left = 0, top = 0, right = 0, bottom = 0;
    if (endless) {
        left = std::floor(area.left() / box) * box;
        top = std::floor((area.top() - gap) / pitch) * pitch + gap;
        right = area.right() + box; // every box that reaches into the area
        bottom = area.bottom() + box;
    } else {
        const qreal columns = std::floor(area.width() / box);
        left = area.left() + (area.width() - columns * box) / 2;
        top = area.top() + gap;
        right = area.right() + 0.01;
        bottom = area.bottom();
    }
    constexpr qreal DashWidth = 0.8;
    QList<QLineF> dashes;
    QList<QRectF> frames;
    for (qreal y = top; y + box <= bottom; y += pitch) {
        for (qreal x = left; x + box <= right; x += box) {
            const QRectF r(x, y, box, box);
            const QPointF c = r.center();
            addDashes(dashes, QPointF(c.x(), r.top()), QPointF(c.x(), r.bottom()), DashWidth);
            addDashes(dashes, QPointF(r.left(), c.y()), QPointF(r.right(), c.y()), DashWidth);
            if (diagonals) {
                addDashes(dashes, r.topLeft(), r.bottomRight(), DashWidth);
                addDashes(dashes, r.topRight(), r.bottomLeft(), DashWidth);
            }
            frames << r;
        }
    }
    painter.setPen(QPen(b.lineColor, DashWidth, Qt::SolidLine, Qt::SquareCap));
    painter.drawLines(dashes);
    painter.setPen(QPen(b.lineColor.darker(130), 1.4));
    painter.setBrush(Qt::NoBrush);
    painter.drawRects(frames);
}

// 四线三格: groups of four lines, three equal spaces; the third line (the base line) red. Whole
// groups from the top of a page of a size; on an endless page from its origin (as above).
void fourLines(QPainter &painter, const BoardBackground &b, const QRectF &area, bool endless)
{
    const qreal group = b.spacing;
    const qreal step = group / 3;
    const qreal pitch = group * 1.6;
    const QColor base(0xd9, 0x4f, 0x4f);
    const qreal top = endless ? std::floor((area.top() - group / 2) / pitch) * pitch + group / 2
                              : area.top() + group / 2;
    const qreal bottom = endless ? area.bottom() + group : area.bottom();
    for (qreal y = top; y + group <= bottom; y += pitch) {
        for (int line = 0; line < 4; ++line) {
            painter.setPen(QPen(line == 2 ? base : b.lineColor, line == 2 ? 1.2 : 0.9));
            const qreal ly = y + line * step;
            painter.drawLine(QPointF(area.left(), ly), QPointF(area.right(), ly));
        }
    }
}

} // namespace

void BoardRenderer::paintPattern(QPainter &painter,
                                 const BoardBackground &b,
                                 const QRectF &area,
                                 bool endless)
{
    using P = BoardBackground::Pattern;
    if (b.pattern == P::Plain || b.spacing < 2 || area.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const qreal s = b.spacing;
    // On an endless page, lines and dots just outside the area reach into it (the painter clips
    // the rest); a page of a size is drawn whole.
    const QRectF reach = endless ? area.adjusted(-2, -2, 2, 2) : area;
    const qreal x0 = std::floor(reach.left() / s) * s;
    const qreal y0 = std::floor(reach.top() / s) * s;
    switch (b.pattern) {
    case P::Plain:
        break;
    case P::Grid:
        painter.setPen(QPen(b.lineColor, 0.7));
        for (qreal x = x0; x <= reach.right(); x += s)
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        for (qreal y = y0; y <= reach.bottom(); y += s)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        break;
    case P::Ruled:
        painter.setPen(QPen(b.lineColor, 0.8));
        for (qreal y = y0 + s; y <= reach.bottom(); y += s)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        break;
    case P::Dotted:
        painter.setPen(Qt::NoPen);
        painter.setBrush(b.lineColor);
        for (qreal y = y0; y <= reach.bottom(); y += s) {
            for (qreal x = x0; x <= reach.right(); x += s)
                painter.drawEllipse(QPointF(x, y), 1.2, 1.2);
        }
        break;
    case P::Tianzige:
    case P::Mizige:
        // Smoothed: boxes of equal frames however the page is scaled.
        painter.setRenderHint(QPainter::Antialiasing);
        characterBoxes(painter, b, area, endless, b.pattern == P::Mizige);
        break;
    case P::FourLine:
        painter.setRenderHint(QPainter::Antialiasing);
        fourLines(painter, b, area, endless);
        break;
    }
    painter.restore();
}

} // namespace SchoolSuite
