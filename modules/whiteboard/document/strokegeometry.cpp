// How ink is drawn: the raw samples are smoothed here, at drawing time.
#include "boarditems.h"

#include <QtMath>

namespace SchoolSuite {

namespace {

// Consecutive samples at the same place add nothing to the line (a pen resting).
QList<InkSample> distinct(const QList<InkSample> &samples)
{
    QList<InkSample> out;
    out.reserve(samples.size());
    for (const InkSample &s : samples) {
        if (!out.isEmpty() && qAbs(out.last().x - s.x) < 0.01f
            && qAbs(out.last().y - s.y) < 0.01f) {
            out.last().pressure = qMax(out.last().pressure, s.pressure);
            continue;
        }
        out.append(s);
    }
    return out;
}

// Drawn points lie on a grid of a sixteenth of a point (0.02 mm): exact in binary, so a PDF
// at 16 × 72 dpi (BoardExport) writes them as short integers.
QPointF onGrid(QPointF p)
{
    return QPointF(std::round(p.x() * 16) / 16, std::round(p.y() * 16) / 16);
}

// The centre line smoothed over three samples (ends kept), pressure likewise.
struct Smoothed
{
    QList<QPointF> points;
    QList<qreal> pressure;
};

Smoothed smoothed(const QList<InkSample> &s)
{
    const qsizetype n = s.size();
    Smoothed out;
    out.points.resize(n);
    out.pressure.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype a = qMax<qsizetype>(i - 1, 0), b = qMin(i + 1, n - 1);
        out.points[i] = QPointF(s[a].x + 2 * s[i].x + s[b].x, s[a].y + 2 * s[i].y + s[b].y) / 4;
        out.pressure[i] = (s[a].pressure + 2 * s[i].pressure + s[b].pressure) / 4;
    }
    out.points[0] = QPointF(s[0].x, s[0].y);
    out.points[n - 1] = QPointF(s[n - 1].x, s[n - 1].y);
    return out;
}

// Which points to keep (Ramer–Douglas–Peucker): a point goes when the line between its
// neighbours kept passes within tolerance of it and its pressure is near the line's. Pens
// sample every pixel or two; most samples of a smooth curve add nothing visible, and every
// one left out is drawn faster and makes a smaller PDF.
QList<qsizetype> simplified(const Smoothed &s, qreal tolerance, qreal halfWidth)
{
    const qsizetype n = s.points.size();
    QList<bool> keep(n, false);
    keep[0] = keep[n - 1] = true;
    QList<std::pair<qsizetype, qsizetype>> stack{{0, n - 1}};
    while (!stack.isEmpty()) {
        const auto [first, last] = stack.takeLast();
        if (last - first < 2)
            continue;
        const QPointF a = s.points[first], b = s.points[last];
        const QPointF d = b - a;
        const qreal length2 = QPointF::dotProduct(d, d);
        qreal worst = -1;
        qsizetype worstAt = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const QPointF v = s.points[i] - a;
            const qreal t
                = length2 > 0 ? qBound<qreal>(0, QPointF::dotProduct(v, d) / length2, 1) : 0;
            const QPointF off = v - d * t;
            // How far the outline would move: the centre's distance plus the change of width.
            const qreal p = s.pressure[first] + (s.pressure[last] - s.pressure[first]) * t;
            const qreal e
                = std::sqrt(QPointF::dotProduct(off, off)) + qAbs(s.pressure[i] - p) * halfWidth;
            if (e > worst) {
                worst = e;
                worstAt = i;
            }
        }
        if (worst > tolerance) {
            keep[worstAt] = true;
            stack.append({first, worstAt});
            stack.append({worstAt, last});
        }
    }
    QList<qsizetype> kept;
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[i])
            kept << i;
    }
    return kept;
}

// Simplification tolerance: a tenth of a point (0.035 mm, a fifth of a pixel on a board at
// full width), finer for fine pens.
qreal toleranceFor(float width)
{
    return qBound<qreal>(0.02, width * 0.06, 0.1);
}

// A line of constant width, stroked with round caps and joins.
QPainterPath centreLine(const QList<InkSample> &samples, float width)
{
    const Smoothed s = smoothed(samples);
    const QList<qsizetype> kept = simplified(s, toleranceFor(width), 0);
    QPainterPath path(onGrid(s.points[kept[0]]));
    path.reserve(int(kept.size()));
    for (qsizetype k = 1; k < kept.size(); ++k)
        path.lineTo(onGrid(s.points[kept[k]]));
    return path;
}

QPointF unit(QPointF v)
{
    const qreal len = std::hypot(v.x(), v.y());
    return len > 1e-9 ? v / len : QPointF(1, 0);
}

// A round cap: the half circle from the left edge round the end to the right edge, as a few
// straight pieces on the grid — as many as the radius needs to look round (pen tips are a
// point or two across; curves would make the PDF twice as large for nothing seen).
void cap(QPainterPath &path, QPointF centre, QPointF direction, qreal radius)
{
    const int pieces = radius < 1 ? 2 : radius < 3 ? 4 : radius < 8 ? 8 : 16;
    const QPointF normal(-direction.y(), direction.x());
    for (int i = 1; i < pieces; ++i) {
        const qreal a = M_PI * i / pieces; // from the left edge (0) to the right edge (pi)
        path.lineTo(onGrid(centre + (normal * std::cos(a) + direction * std::sin(a)) * radius));
    }
}

// A line whose width follows the pressure: its outline, filled, with round caps.
QPainterPath pressureOutline(const QList<InkSample> &samples, float width)
{
    const Smoothed s = smoothed(samples);
    const QList<qsizetype> kept = simplified(s, toleranceFor(width), width / 2.0);
    const qsizetype n = kept.size();
    QList<QPointF> c(n), left(n), right(n);
    QList<qreal> r(n);
    for (qsizetype k = 0; k < n; ++k) {
        c[k] = s.points[kept[k]];
        r[k] = qMax<qreal>(width * qBound<qreal>(0.05, s.pressure[kept[k]], 1.5) / 2, 0.1);
    }
    for (qsizetype k = 0; k < n; ++k) {
        const QPointF t = unit(c[qMin(k + 1, n - 1)] - c[qMax<qsizetype>(k - 1, 0)]);
        const QPointF normal(-t.y(), t.x());
        left[k] = onGrid(c[k] + normal * r[k]);
        right[k] = onGrid(c[k] - normal * r[k]);
    }
    QPainterPath path(left[0]);
    path.reserve(int(2 * n + 6));
    for (qsizetype k = 1; k < n; ++k)
        path.lineTo(left[k]);
    cap(path, c[n - 1], unit(c[n - 1] - c[n - 2]), r[n - 1]);
    path.lineTo(right[n - 1]);
    for (qsizetype k = n - 2; k >= 0; --k)
        path.lineTo(right[k]);
    cap(path, c[0], unit(c[0] - c[1]), r[0]);
    path.closeSubpath();
    path.setFillRule(Qt::WindingFill);
    return path;
}

} // namespace

const Stroke::Geometry &Stroke::geometry() const
{
    if (m_geometry && m_geometry->source == samples.constData()
        && m_geometry->count == samples.size() && m_geometry->width == width
        && m_geometry->pressure == pressure && m_geometry->pen == pen)
        return *m_geometry;
    auto g = std::make_shared<Geometry>();
    g->source = samples.constData();
    g->count = samples.size();
    g->width = width;
    g->pressure = pressure;
    g->pen = pen;
    const QList<InkSample> s = distinct(samples);
    if (s.size() == 1) {
        // A dot.
        const qreal radius = qMax<qreal>(width * (pressure ? s[0].pressure : 1) / 2, 0.1);
        g->path.addEllipse(QPointF(s[0].x, s[0].y), radius, radius);
        g->filled = true;
        g->dot = true;
    } else if (s.size() > 1 && pressure && pen == PenKind::Pen) {
        g->path = pressureOutline(s, width);
        g->outline = g->path.toFillPolygon();
        g->filled = true;
    } else if (s.size() > 1) {
        g->path = centreLine(s, width);
    }
    g->bounds = g->path.boundingRect();
    if (!g->filled)
        g->bounds.adjust(-width / 2, -width / 2, width / 2, width / 2);
    m_geometry = std::move(g);
    return *m_geometry;
}

QRectF BoardItem::bounds() const
{
    struct Visitor
    {
        QRectF operator()(const Stroke &s) const { return s.geometry().bounds; }
        QRectF operator()(const Shape &s) const
        {
            const qreal half = s.width / 2 + (s.kind == ShapeKind::Arrow ? s.width * 2 : 0);
            return s.points.boundingRect().adjusted(-half, -half, half, half);
        }
        QRectF operator()(const TextBox &t) const { return t.rect; }
        QRectF operator()(const Picture &p) const { return p.rect; }
        QRectF operator()(const MediaClip &m) const { return m.rect; }
        QRectF operator()(const Link &l) const { return l.rect; }
    };
    const QRectF local = std::visit(Visitor{}, data);
    return transform.isIdentity() ? local : transform.mapRect(local);
}

} // namespace SchoolSuite
