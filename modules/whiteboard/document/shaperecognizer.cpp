#include "shaperecognizer.h"

#include <QLineF>
#include <QtMath>

namespace SchoolSuite {

namespace {

qreal distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const qreal length2 = QPointF::dotProduct(d, d);
    const qreal t = length2 > 0 ? qBound<qreal>(0, QPointF::dotProduct(p - a, d) / length2, 1) : 0;
    return QLineF(p, a + d * t).length();
}

// Ramer–Douglas–Peucker between a and b: marks in keep the points that stand out of the line
// through their neighbours by more than tolerance.
void markCorners(
    const QList<QPointF> &points, qsizetype a, qsizetype b, qreal tolerance, QList<bool> &keep)
{
    QList<std::pair<qsizetype, qsizetype>> stack{{a, b}};
    while (!stack.isEmpty()) {
        const auto [from, to] = stack.takeLast();
        qreal worst = 0;
        qsizetype at = -1;
        for (qsizetype i = from + 1; i < to; ++i) {
            const qreal d = distanceToSegment(points[i], points[from], points[to]);
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        if (at >= 0 && worst > tolerance) {
            keep[at] = true;
            stack.append({from, at});
            stack.append({at, to});
        }
    }
}

QList<QPointF> kept(const QList<QPointF> &points, const QList<bool> &keep)
{
    QList<QPointF> out;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (keep[i])
            out << points[i];
    }
    return out;
}

// An open polyline with the points within tolerance of the line through their neighbours left
// out.
QList<QPointF> simplifiedPath(const QList<QPointF> &points, qreal tolerance)
{
    QList<bool> keep(points.size(), false);
    keep.first() = keep.last() = true;
    markCorners(points, 0, points.size() - 1, tolerance, keep);
    return kept(points, keep);
}

// Corners of a closed outline: the same, on the ring from the point farthest from the first
// and back.
QList<QPointF> corners(const QList<QPointF> &ring, qreal tolerance)
{
    const qsizetype n = ring.size();
    qsizetype far = 0;
    for (qsizetype i = 1; i < n; ++i) {
        if (QLineF(ring[0], ring[i]).length() > QLineF(ring[0], ring[far]).length())
            far = i;
    }
    QList<bool> keep(n, false);
    keep[0] = keep[far] = keep[n - 1] = true;
    markCorners(ring, 0, far, tolerance, keep);
    markCorners(ring, far, n - 1, tolerance, keep);
    QList<QPointF> out = kept(ring, keep);
    // The last point closes on the first: one corner, not two.
    if (out.size() > 2 && QLineF(out.first(), out.last()).length() <= tolerance * 2)
        out.removeLast();
    return out;
}

// Mean distance of the points from the closed polygon, relative to its size.
qreal polygonError(const QList<QPointF> &points, const QList<QPointF> &polygon, qreal size)
{
    qreal sum = 0;
    for (const QPointF &p : points) {
        qreal best = std::numeric_limits<qreal>::max();
        for (qsizetype k = 0; k < polygon.size(); ++k)
            best = qMin(best, distanceToSegment(p, polygon[k], polygon[(k + 1) % polygon.size()]));
        sum += best;
    }
    return sum / points.size() / size;
}

// How far the points are from the ellipse in the box, relative to its radii (0: on it).
qreal ellipseError(const QList<QPointF> &points, const QRectF &box)
{
    const QPointF c = box.center();
    const qreal rx = box.width() / 2, ry = box.height() / 2;
    qreal sum = 0;
    for (const QPointF &p : points)
        sum += qAbs(std::hypot((p.x() - c.x()) / rx, (p.y() - c.y()) / ry) - 1);
    return sum / points.size();
}

qreal angleAt(QPointF prev, QPointF at, QPointF next)
{
    return qAbs(QLineF(at, prev).angleTo(QLineF(at, next)));
}

QPointF snappedEnd(QPointF a, QPointF b)
{
    QLineF line(a, b);
    const qreal angle = line.angle();
    const qreal snapped = std::round(angle / 45) * 45;
    if (qAbs(angle - snapped) <= 6)
        line.setAngle(snapped);
    return line.p2();
}

} // namespace

std::optional<Shape> ShapeRecognizer::recognize(const QList<InkSample> &samples,
                                                const QColor &colour,
                                                float width)
{
    if (samples.size() < 3)
        return std::nullopt;
    QList<QPointF> points;
    for (const InkSample &s : samples)
        points << QPointF(s.x, s.y);
    QRectF box = QPolygonF(points).boundingRect();
    const qreal size = std::hypot(box.width(), box.height());
    if (size < 8)
        return std::nullopt; // a dot or a tick
    // The length of the stroke as drawn, not of the pen's jitter: along the stroke with the
    // wobble under 2 % of its size left out.
    qreal length = 0;
    {
        const QList<QPointF> path = simplifiedPath(points, size * 0.02);
        for (qsizetype i = 1; i < path.size(); ++i)
            length += QLineF(path[i - 1], path[i]).length();
    }
    Shape shape;
    shape.stroke = colour;
    shape.width = width;

    const QPointF first = points.first(), last = points.last();
    const qreal gap = QLineF(first, last).length();
    const bool closed = gap < length * 0.15 && gap < size * 0.12;
    if (!closed) {
        // A line: every point near the chord, and the stroke not much longer than it.
        const qreal chord = QLineF(first, last).length();
        qreal worst = 0;
        for (const QPointF &p : points)
            worst = qMax(worst, distanceToSegment(p, first, last));
        if (chord > 8 && worst <= chord * 0.06 && length <= chord * 1.15) {
            shape.kind = ShapeKind::Line;
            shape.points = {first, snappedEnd(first, last)};
            return shape;
        }
        return std::nullopt;
    }

    const QList<QPointF> poly = corners(points, size * 0.07);
    const qreal polyError = poly.size() >= 3 && poly.size() <= 6
                                ? polygonError(points, poly, size)
                                : std::numeric_limits<qreal>::max();
    const qreal ovalError = box.width() > 4 && box.height() > 4 ? ellipseError(points, box) : 1;
    if (ovalError < 0.12 && ovalError * 0.1 < polyError) {
        shape.kind = ShapeKind::Ellipse;
        // Nearly round is meant to be round.
        if (qAbs(box.width() - box.height()) < qMax(box.width(), box.height()) * 0.12) {
            const qreal r = (box.width() + box.height()) / 4;
            box = QRectF(box.center() - QPointF(r, r), QSizeF(2 * r, 2 * r));
        }
        shape.points = {box.topLeft(), box.bottomRight()};
        return shape;
    }
    if (polyError > 0.03)
        return std::nullopt;
    if (poly.size() == 4) {
        bool right = true;
        for (int k = 0; k < 4; ++k)
            right = right && qAbs(angleAt(poly[(k + 3) % 4], poly[k], poly[(k + 1) % 4]) - 90) < 18;
        // A rectangle drawn square to the page: the box of the corners.
        const QLineF edge(poly[0], poly[1]);
        const qreal tilt = std::fmod(edge.angle(), 90);
        if (right && (tilt < 10 || tilt > 80)) {
            shape.kind = ShapeKind::Rectangle;
            const QRectF r = QPolygonF(poly).boundingRect();
            shape.points = {r.topLeft(), r.bottomRight()};
            return shape;
        }
    }
    shape.kind = ShapeKind::Polygon;
    shape.points = QPolygonF(poly);
    return shape;
}

} // namespace SchoolSuite
