#include "inkfill.h"
#include "inkfill_p.h"

#include <QImage>
#include <QPainter>
#include <QRegion>

#include <atomic>
#include <cmath>
#include <vector>

namespace SchoolSuite {

namespace {

// The accumulation buffer has this many columns more than the box per row: an edge's cells reach
// up to four columns right of the box, and the row sums read four cells at a time.
constexpr int Padding = 8;

// Cells of the accumulation buffer a thread keeps between fills (1 MB; a handwriting stroke on
// a board needs a few hundred).
constexpr size_t KeptCells = 256 * 1024;

std::atomic<bool> g_vectorized{SCHOOLSUITE_INK_SSE2 != 0};

// The cells of one row for the part of an edge in it, from x0 to x1 (x0 <= x1, both in the
// row's columns), d its signed height. The area right of the edge in column c is
// H(c + 1) - H(c), H the integral of the share of the row's height where the edge is left of x:
//   H(x) = (u - x0)^2 / (2 (x1 - x0)) + max(x - x1, 0),  u = x clamped to [x0, x1].
// Each cell gets the difference of its column's coverage to the one before (a row's running sum
// is then the coverage), from floor(x0) to the first column wholly right of the edge. Returns
// the column after the last cell written.
int addEdgeRow(float *row, float x0, float x1, float d)
{
    const int first = int(x0);
    const float half = 0.5f / std::max(x1 - x0, 1e-6f);
    float hBefore = 0;
    float coverageBefore = 0;
    for (int c = first;; ++c) {
        const float right = float(c + 1);
        const float u = std::clamp(right, x0, x1) - x0;
        const float h = u * u * half + std::max(right - x1, 0.0f);
        const float coverage = h - hBefore;
        row[c] += d * (coverage - coverageBefore);
        if (x1 <= float(c))
            return c + 1;
        hBefore = h;
        coverageBefore = coverage;
    }
}

// The signed area an edge inside the box's columns leaves in the cells of its rows (see
// addEdgeRow). acc holds width + Padding cells per row; span[y]: the cells of row y that edges
// wrote (first, last + 1): the row's coverage is zero outside them.
void accumulateRows(float *acc,
                    std::pair<int, int> *span,
                    int width,
                    int height,
                    float ax,
                    float ay,
                    float bx,
                    float by,
                    bool vectorized)
{
    if (ay == by)
        return;
    float dir = 1;
    if (ay > by) {
        std::swap(ax, bx);
        std::swap(ay, by);
        dir = -1;
    }
    const float dxdy = (bx - ax) / (by - ay);
    // Coordinates inside the box are >= 0 except where an edge leaves it: casts floor them
    // (std::floor is a library call on the baseline x86-64 this is built for).
    const int yStart = ay <= 0 ? 0 : int(ay);
    const int yEnd = std::min(height, int(by) + (by > float(int(by)) ? 1 : 0));
    float x = ax + (float(yStart) > ay ? (float(yStart) - ay) * dxdy : 0.0f);
    const int stride = width + Padding;
    const float w = float(width);
    for (int y = yStart; y < yEnd; ++y) {
        const float dy = std::min(float(y + 1), by) - std::max(float(y), ay);
        if (dy <= 0)
            continue;
        const float xNext = x + dxdy * dy;
        // The part of the edge in this row (clamped only against rounding: accumulateEdge cut
        // it at the box's sides).
        const float x0 = std::clamp(std::min(x, xNext), 0.0f, w);
        const float x1 = std::clamp(std::max(x, xNext), 0.0f, w);
        float *row = acc + y * stride;
#if SCHOOLSUITE_INK_SSE2
        const int end = vectorized ? InkSimd::addEdgeRow4(row, x0, x1, dy * dir)
                                   : addEdgeRow(row, x0, x1, dy * dir);
#else
        Q_UNUSED(vectorized);
        const int end = addEdgeRow(row, x0, x1, dy * dir);
#endif
        span[y].first = std::min(span[y].first, int(x0));
        span[y].second = std::max(span[y].second, end);
        x = xNext;
    }
}

struct EdgeTarget
{
    float *acc;
    std::pair<int, int> *span;
    int width;
    int height;
    bool vectorized;
};

// An edge cut where it crosses the box's sides: what lies left of the box counts as an upright
// edge at 0 with the same rise (it covers the first column wholly), what lies right of it as one
// at the box's right side (it closes the row's running sum, covering nothing drawn). Clamping
// the ends instead would tilt an edge that leaves the box within a row.
void accumulateEdge(const EdgeTarget &t, float ax, float ay, float bx, float by)
{
    const float w = float(t.width);
    const auto rowAt = [&](float x) { return ay + (x - ax) / (bx - ax) * (by - ay); };
    // Only where an end lies strictly on each side (one on the side is no crossing).
    if ((ax < 0 && bx > 0) || (ax > 0 && bx < 0)) {
        const float y = rowAt(0);
        accumulateEdge(t, ax, ay, 0, y);
        accumulateEdge(t, 0, y, bx, by);
    } else if ((ax > w && bx < w) || (ax < w && bx > w)) {
        const float y = rowAt(w);
        accumulateEdge(t, ax, ay, w, y);
        accumulateEdge(t, w, y, bx, by);
    } else {
        if (ax < 0 || bx < 0) // both ends at or left of 0
            ax = bx = 0;
        else if (ax > w || bx > w) // both at or right of w
            ax = bx = w;
        accumulateRows(t.acc, t.span, t.width, t.height, ax, ay, bx, by, t.vectorized);
    }
}

// Each channel of x times a / 255 (a in 0..255), two channels per multiplication.
inline uint byteMul(uint x, uint a)
{
    uint t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = x + ((x >> 8) & 0xff00ff) + 0x800080;
    x &= 0xff00ff00;
    return x | t;
}

// Sums the cells [from, to) of row into coverage and blends the colour in (premultiplied
// source-over) in the columns below width; clears the cells.
void blendRow(float *row, QRgb *line, int from, int to, int width, QRgb premultiplied)
{
    const bool opaque = qAlpha(premultiplied) == 255;
    float sum = 0;
    for (int x = from; x < to; ++x) {
        sum += row[x];
        row[x] = 0; // clean for the next fill
        if (x >= width)
            continue;
        const int alpha = std::min(255, int(std::fabs(sum) * 255.0f + 0.5f));
        if (alpha == 0)
            continue;
        if (alpha == 255 && opaque) {
            line[x] = premultiplied;
            continue;
        }
        const uint src = byteMul(premultiplied, uint(alpha));
        line[x] = src + byteMul(line[x], 255 - qAlpha(src));
    }
}

} // namespace

void setInkVectorized(bool on)
{
    g_vectorized = on && SCHOOLSUITE_INK_SSE2;
}

bool inkVectorized()
{
    return g_vectorized;
}

InkTarget InkTarget::of(QPainter &painter)
{
    InkTarget target;
    auto *image = dynamic_cast<QImage *>(painter.device());
    if (!image || image->format() != QImage::Format_ARGB32_Premultiplied
        || painter.compositionMode() != QPainter::CompositionMode_SourceOver
        || painter.opacity() < 1.0 || !painter.testRenderHint(QPainter::Antialiasing))
        return target;
    target.transform = painter.deviceTransform();
    target.clip = image->rect();
    if (painter.hasClipping()) {
        // A rectangle in device pixels only: under a rotated or sheared painter the clip's
        // bounding rectangle would be larger than the clip.
        const QTransform &t = target.transform;
        if (painter.clipRegion().rectCount() != 1 || t.m12() != 0 || t.m21() != 0)
            return target;
        // Rounded to device pixels as Qt's raster engine rounds a rectangular clip.
        const QRectF r = target.transform.mapRect(painter.clipBoundingRect());
        target.clip &= QRect(QPoint(qRound(r.left()), qRound(r.top())),
                             QPoint(qRound(r.right()) - 1, qRound(r.bottom()) - 1));
    }
    target.image = image;
    return target;
}

bool fillInk(QPainter &painter, const QPolygonF &outline, const QColor &color)
{
    return fillInk(InkTarget::of(painter), outline, color);
}

bool fillInk(const InkTarget &target, const QPolygonF &outline, const QColor &color)
{
    if (!target.image || outline.size() < 3)
        return false;
    InkSimd::clearUpperVectorState();
    QImage *image = target.image;
    const QRect clip = target.clip;
    const QTransform &t = target.transform;
    // The outline in device pixels (an affine transform: ink is never drawn in perspective).
    thread_local std::vector<QPointF> device;
    const qsizetype n = outline.size();
    device.resize(size_t(n));
    const double m11 = t.m11(), m12 = t.m12(), m21 = t.m21(), m22 = t.m22(), dx = t.dx(),
                 dy = t.dy();
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    const QPointF *src = outline.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const double x = m11 * src[i].x() + m21 * src[i].y() + dx;
        const double y = m12 * src[i].x() + m22 * src[i].y() + dy;
        // Points far off the image (or not numbers at all, from a crafted file) are left to Qt.
        if (!(qAbs(x) < 1e7 && qAbs(y) < 1e7))
            return false;
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
        device[size_t(i)] = QPointF(x, y);
    }
    const QRect box = QRectF(QPointF(minX, minY), QPointF(maxX, maxY)).toAlignedRect() & clip;
    if (box.isEmpty())
        return true; // nothing of it shows
    const int width = box.width();
    const int height = box.height();
    thread_local std::vector<float> acc;
    thread_local std::vector<std::pair<int, int>> spans;
    const size_t cells = size_t(width + Padding) * size_t(height);
    if (cells > 16 * 1024 * 1024)
        return false; // a stroke over a huge canvas: Qt's rasterizer works in bands
    if (acc.size() < cells)
        acc.resize(cells, 0.0f); // kept zero between fills: each fill clears what it used
    if (spans.size() < size_t(height))
        spans.resize(size_t(height));
    std::fill_n(spans.begin(), height, std::pair{width + Padding, 0});
    // Relative to the box, as floats (exact enough inside it: the box is at most 16M cells).
    thread_local std::vector<float> px, py;
    px.resize(size_t(n) + 1);
    py.resize(size_t(n) + 1);
    for (qsizetype i = 0; i < n; ++i) {
        px[size_t(i)] = float(device[size_t(i)].x() - box.left());
        py[size_t(i)] = float(device[size_t(i)].y() - box.top());
    }
    px[size_t(n)] = px[0];
    py[size_t(n)] = py[0];
    const bool vectorized = g_vectorized.load(std::memory_order_relaxed);
    const EdgeTarget edges{acc.data(), spans.data(), width, height, vectorized};
    for (size_t i = 0; i < size_t(n); ++i)
        accumulateEdge(edges, px[i], py[i], px[i + 1], py[i + 1]);
    // Sum each row into coverage and blend the colour in (premultiplied source-over).
    const QRgb premultiplied = qPremultiply(color.rgba());
    const size_t stride = size_t(width + Padding);
    uchar *bits = image->bits(); // detaches once, not per line
    const qsizetype bytesPerLine = image->bytesPerLine();
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(bits + (box.top() + y) * bytesPerLine) + box.left();
        const auto [from, to] = spans[size_t(y)];
        float *row = acc.data() + size_t(y) * stride;
#if SCHOOLSUITE_INK_SSE2
        if (vectorized) {
            InkSimd::blendRow4(row, line, from, to, width, premultiplied);
            continue;
        }
#endif
        blendRow(row, line, from, to, width, premultiplied);
    }
    // A stroke over much of a zoomed-in page needed a large buffer: not kept (every drawing
    // thread has one), the next small stroke starts a small one.
    if (acc.size() > KeptCells) {
        std::vector<float>().swap(acc);
        std::vector<std::pair<int, int>>().swap(spans);
    }
    return true;
}

} // namespace SchoolSuite
