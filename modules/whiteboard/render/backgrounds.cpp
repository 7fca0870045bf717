// Background patterns of board pages (BoardRenderer::paintPattern).
#include "boardrenderer.h"

#include <QPainter>

namespace SchoolSuite {

namespace {

void dashed(QPainter &painter, const QColor &color, qreal width)
{
    QPen pen(color, width, Qt::CustomDashLine);
    pen.setDashPattern({4, 3});
    painter.setPen(pen);
}

// 田字格 and 米字格: rows of square boxes, solid frame, dashed middle lines (and diagonals).
void characterBoxes(QPainter &painter, const BoardBackground &b, const QRectF &area, bool diagonals)
{
    const qreal box = b.spacing;
    const qreal gap = box / 4;
    const qreal columns = std::floor(area.width() / box);
    const qreal left = area.left() + (area.width() - columns * box) / 2;
    for (qreal y = area.top() + gap; y + box <= area.bottom(); y += box + gap) {
        for (qreal x = left; x + box <= area.right() + 0.01; x += box) {
            const QRectF r(x, y, box, box);
            dashed(painter, b.lineColor, 0.8);
            painter.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
            painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
            if (diagonals) {
                painter.drawLine(r.topLeft(), r.bottomRight());
                painter.drawLine(r.topRight(), r.bottomLeft());
            }
            painter.setPen(QPen(b.lineColor.darker(130), 1.4));
            painter.drawRect(r);
        }
    }
}

// 四线三格: groups of four lines, three equal spaces; the third line (the base line) red.
void fourLines(QPainter &painter, const BoardBackground &b, const QRectF &area)
{
    const qreal group = b.spacing;
    const qreal step = group / 3;
    const QColor base(0xd9, 0x4f, 0x4f);
    for (qreal y = area.top() + group / 2; y + group <= area.bottom(); y += group * 1.6) {
        for (int line = 0; line < 4; ++line) {
            painter.setPen(QPen(line == 2 ? base : b.lineColor, line == 2 ? 1.2 : 0.9));
            const qreal ly = y + line * step;
            painter.drawLine(QPointF(area.left(), ly), QPointF(area.right(), ly));
        }
    }
}

} // namespace

void BoardRenderer::paintPattern(QPainter &painter, const BoardBackground &b, const QRectF &area)
{
    using P = BoardBackground::Pattern;
    if (b.pattern == P::Plain || b.spacing < 2 || area.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const qreal s = b.spacing;
    const qreal x0 = std::floor(area.left() / s) * s;
    const qreal y0 = std::floor(area.top() / s) * s;
    switch (b.pattern) {
    case P::Plain:
        break;
    case P::Grid:
        painter.setPen(QPen(b.lineColor, 0.7));
        for (qreal x = x0; x <= area.right(); x += s)
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        for (qreal y = y0; y <= area.bottom(); y += s)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        break;
    case P::Ruled:
        painter.setPen(QPen(b.lineColor, 0.8));
        for (qreal y = y0 + s; y <= area.bottom(); y += s)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        break;
    case P::Dotted:
        painter.setPen(Qt::NoPen);
        painter.setBrush(b.lineColor);
        for (qreal y = y0; y <= area.bottom(); y += s) {
            for (qreal x = x0; x <= area.right(); x += s)
                painter.drawEllipse(QPointF(x, y), 1.2, 1.2);
        }
        break;
    case P::Tianzige:
    case P::Mizige:
        // Smoothed: boxes of equal frames however the page is scaled.
        painter.setRenderHint(QPainter::Antialiasing);
        characterBoxes(painter, b, area, b.pattern == P::Mizige);
        break;
    case P::FourLine:
        painter.setRenderHint(QPainter::Antialiasing);
        fourLines(painter, b, area);
        break;
    }
    painter.restore();
}

} // namespace SchoolSuite
