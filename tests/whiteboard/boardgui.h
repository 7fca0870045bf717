#pragma once

// Driving the board in GUI tests: the page shown at a board-like size, strokes dragged with the
// mouse, and the ink a user sees.
#include <QBuffer>
#include <QImage>
#include <QMouseEvent>
#include <QTest>
#include <QWidget>

namespace SchoolSuite::Test {

// The page on screen at a board-like size.
inline bool shown(QWidget *page)
{
    page->resize(1000, 700);
    page->show();
    return QTest::qWaitForWindowExposed(page);
}

// A stroke dragged with the mouse through points (view pixels), the button held holdMs at the
// end before it is let go.
inline void drag(QWidget *w, const QList<QPoint> &points, int holdMs = 0)
{
    QTest::mousePress(w, Qt::LeftButton, {}, points.first());
    for (const QPoint &p : points.mid(1)) {
        QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(w, &move);
    }
    if (holdMs > 0)
        QTest::qWait(holdMs);
    QTest::mouseRelease(w, Qt::LeftButton, {}, points.last());
}

inline QList<QPoint> line(QPoint from, QPoint to, int steps = 12)
{
    QList<QPoint> out;
    for (int i = 0; i <= steps; ++i)
        out << from + (to - from) * i / steps;
    return out;
}

// Dark pixels the user sees around a point of the board.
inline int inkAround(QWidget *w, QPoint at, int radius = 6)
{
    const QImage img = w->grab().toImage();
    int n = 0;
    for (int y = at.y() - radius; y <= at.y() + radius; ++y) {
        for (int x = at.x() - radius; x <= at.x() + radius; ++x)
            n += img.rect().contains(x, y) && qGray(img.pixel(x, y)) < 90 ? 1 : 0;
    }
    return n;
}

// A PNG file's bytes: an image of one colour.
inline QByteArray pngOf(const QColor &color, QSize size = QSize(40, 30))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace SchoolSuite::Test
