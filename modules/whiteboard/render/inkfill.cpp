#include "inkfill.h"

#include <QImage>
#include <QPainter>
#include <QRegion>

#include <cmath>
#include <vector>

namespace SchoolSuite {

namespace {

// The signed area each edge leaves in the pixels of its rows; a row's running sum is then the
// coverage of each pixel (see fillInk). acc holds width + 2 columns per row.
// span[y]: the columns of row y that edges touched (first, last + 1): the row's coverage is zero
// outside them.
void accumulateEdge(
    float *acc, std::pair<int, int> *span, int width, int height, QPointF a, QPointF b)
{
    if (a.y() == b.y())
        return;
    float dir = 1;
    if (a.y() > b.y()) {
        std::swap(a, b);
        dir = -1;
    }
    const float ay = float(a.y());
    const float by = float(b.y());
    const float dxdy = float((b.x() - a.x()) / (b.y() - a.y()));
    // Coordinates inside the box are >= 0 except where an edge leaves it: casts floor them
    // (std::floor is a library call on the baseline x86-64 this is built for).
    const int yStart = ay <= 0 ? 0 : int(ay);
    const int yEnd = std::min(height, int(by) + (by > float(int(by)) ? 1 : 0));
    float x = float(a.x()) + (float(yStart) > ay ? (float(yStart) - ay) * dxdy : 0.0f);
    const int stride = width + 2;
    const float w = float(width);
    for (int y = yStart; y < yEnd; ++y) {
        const float dy = std::min(float(y + 1), by) - std::max(float(y), ay);
        if (dy <= 0)
            continue;
        const float xNext = x + dxdy * dy;
        const float d = dy * dir;
        // The part of the edge in this row, kept inside the row's columns: what lies left of
        // the image covers its first column, what lies right of it nothing that is drawn.
        const float x0 = std::clamp(std::min(x, xNext), 0.0f, w);
        const float x1 = std::clamp(std::max(x, xNext), 0.0f, w);
        float *row = acc + y * stride;
        const int x0i = int(x0);
        const float x0Floor = float(x0i);
        const int x1i = int(x1) + (x1 > float(int(x1)) ? 1 : 0);
        const float x1Ceil = float(x1i);
        span[y].first = std::min(span[y].first, x0i);
        span[y].second = std::max(span[y].second, x1i + 2);
        if (x1i <= x0i + 1) {
            // Within one pixel: the area right of the edge's middle.
            const float xm = 0.5f * (x0 + x1) - x0Floor;
            row[x0i] += d * (1 - xm);
            row[x0i + 1] += d * xm;
        } else {
            const float s = 1.0f / (x1 - x0);
            const float x0f = x0 - x0Floor;
            const float a0 = 0.5f * s * (1 - x0f) * (1 - x0f);
            const float x1f = x1 - x1Ceil + 1;
            const float am = 0.5f * s * x1f * x1f;
            row[x0i] += d * a0;
            if (x1i == x0i + 2) {
                row[x0i + 1] += d * (1 - a0 - am);
            } else {
                const float a1 = s * (1.5f - x0f);
                row[x0i + 1] += d * (a1 - a0);
                for (int xi = x0i + 2; xi < x1i - 1; ++xi)
                    row[xi] += d * s;
                const float a2 = a1 + float(x1i - x0i - 3) * s;
                row[x1i - 1] += d * (1 - a2 - am);
            }
            row[x1i] += d * am;
        }
        x = xNext;
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

} // namespace

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
        if (painter.clipRegion().rectCount() != 1)
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
    QImage *image = target.image;
    const QRect clip = target.clip;
    const QTransform &t = target.transform;
    const QPolygonF device = t.map(outline);
    // Points far off the image (or not numbers at all, from a crafted file) are left to Qt.
    for (const QPointF &p : device) {
        if (!(qAbs(p.x()) < 1e7 && qAbs(p.y()) < 1e7))
            return false;
    }
    const QRect box = device.boundingRect().toAlignedRect() & clip;
    if (box.isEmpty())
        return true; // nothing of it shows
    const int width = box.width();
    const int height = box.height();
    thread_local std::vector<float> acc;
    thread_local std::vector<std::pair<int, int>> spans;
    const size_t cells = size_t(width + 2) * size_t(height);
    if (cells > 16 * 1024 * 1024)
        return false; // a stroke over a huge canvas: Qt's rasterizer works in bands
    if (acc.size() < cells)
        acc.resize(cells, 0.0f); // kept zero between fills: each fill clears what it used
    if (spans.size() < size_t(height))
        spans.resize(size_t(height));
    std::fill_n(spans.begin(), height, std::pair{width + 2, 0});
    const QPointF origin = box.topLeft();
    const qsizetype n = device.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = device[i] - origin;
        const QPointF b = device[(i + 1) % n] - origin;
        accumulateEdge(acc.data(), spans.data(), width, height, a, b);
    }
    // Sum each row into coverage and blend the colour in (premultiplied source-over, two
    // channels per multiplication as Qt's own blending does).
    const QRgb premultiplied = qPremultiply(color.rgba());
    const bool opaque = qAlpha(premultiplied) == 255;
    const int stride = width + 2;
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image->scanLine(box.top() + y)) + box.left();
        float *row = acc.data() + size_t(y) * stride;
        const int from = spans[size_t(y)].first;
        const int to = std::min(spans[size_t(y)].second, stride);
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
    return true;
}

} // namespace SchoolSuite
