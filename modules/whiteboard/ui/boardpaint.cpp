// BoardView's painting: the drawn page (in bands, on every core), what changed of it, the live
// layer, and the widget's paint event.
#include "boardview.h"

#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/render/boardrenderer.h"

#include <QDateTime>
#include <QFuture>
#include <QPaintEvent>
#include <QPainter>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <QtMath>

#include <atomic>

namespace SchoolSuite {

namespace {

const QColor Desk(0x4a, 0x51, 0x5c); // around the page

} // namespace

void BoardView::rebuildCache()
{
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_cache.size() != pixels) {
        m_cache = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_liveLayer = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_liveLayer.setDevicePixelRatio(dpr);
        redrawLiveLayer();
    }
    m_cache.setDevicePixelRatio(dpr);
    const BoardPage &page = m_editor.document().page(m_page);
    m_renderer->prepare(page);
    // The view is drawn in bands of rows, straight into the image, by this thread and the
    // pool's: each takes the next band until none is left, so a page whose ink is mostly at the
    // top keeps every core busy to the end. Four bands per core: fewer leave a core idle at the
    // end, more draw the ink across their borders twice.
    const int cores = qBound(1, QThread::idealThreadCount(), 8);
    uchar *bits = m_cache.bits();
    const qsizetype bytesPerLine = m_cache.bytesPerLine();
    const int rows = m_cache.height();
    const int bandRows = qMax(32, rows / (4 * cores));
    std::atomic<int> next{0};
    auto work = [&] {
        for (int top = next.fetch_add(bandRows); top < rows; top = next.fetch_add(bandRows)) {
            QImage band(bits + top * bytesPerLine,
                        m_cache.width(),
                        qMin(bandRows, rows - top),
                        bytesPerLine,
                        m_cache.format());
            paintBand(band, top, page);
        }
    };
    QList<QFuture<void>> helpers;
    for (int i = 1; i < cores; ++i)
        helpers << QtConcurrent::run(work);
    work();
    for (QFuture<void> &helper : helpers)
        helper.waitForFinished();
    m_cacheValid = true;
    layoutOverlays();
}

void BoardView::redrawArea(const QRectF &area)
{
    const QTransform t = pageToView();
    const QRect view = t.mapRect(area).toAlignedRect().adjusted(-2, -2, 2, 2) & rect();
    if (view.isEmpty())
        return;
    const BoardPage &page = m_editor.document().page(m_page);
    QPainter p(&m_cache);
    p.setClipRect(view);
    p.fillRect(view, Desk);
    p.setTransform(t);
    const QRectF pageRect(QPointF(0, 0), page.size);
    if (!page.endless)
        p.setClipRect(pageRect, Qt::IntersectClip);
    const QRectF exposed = t.inverted().mapRect(QRectF(view));
    m_renderer->paintPage(p, page, page.endless ? exposed : exposed & pageRect, m_hidden);
    update(view);
}

void BoardView::paintBand(QImage &band, int top, const BoardPage &page) const
{
    // band: the view's device pixel rows from top on.
    const qreal dpr = m_cache.devicePixelRatio();
    const QTransform t = pageToView();
    const QRectF pageRect(QPointF(0, 0), page.size);
    if (!page.endless) {
        // The desk around the page; the page's background covers the pixels wholly inside it
        // (and an endless page everything), so they are not filled twice.
        const QRectF onBand
            = (t * QTransform::fromScale(dpr, dpr)).mapRect(pageRect).translated(0, -top);
        const QRect inside(QPoint(qCeil(onBand.left()), qCeil(onBand.top())),
                           QPoint(qFloor(onBand.right()) - 1, qFloor(onBand.bottom()) - 1));
        QPainter desk(&band);
        desk.setCompositionMode(QPainter::CompositionMode_Source);
        for (const QRect &r : QRegion(band.rect()).subtracted(inside))
            desk.fillRect(r, Desk);
    }
    QPainter p(&band);
    p.translate(0, -top);
    p.scale(dpr, dpr);
    const QRectF area(0, top / dpr, width(), band.height() / dpr);
    const QRectF visible = t.inverted().mapRect(area);
    p.setTransform(t, true);
    if (!page.endless)
        p.setClipRect(pageRect, Qt::IntersectClip);
    m_renderer->paintPage(p, page, page.endless ? visible : visible & pageRect, m_hidden);
}

void BoardView::redrawLiveLayer()
{
    m_liveLayer.fill(Qt::transparent);
    if (m_live.isEmpty() && m_select.grab == Grab::None)
        return;
    QPainter p(&m_liveLayer);
    p.setTransform(pageToView());
    p.setRenderHint(QPainter::Antialiasing);
    paintSelectionPreview(p);
    for (const Live &live : std::as_const(m_live)) {
        if (live.shape) {
            BoardItem preview;
            preview.data = *live.shape;
            m_renderer->paintItem(p, preview);
        } else if (live.tool == Tool::Pen || live.tool == Tool::Highlighter) {
            BoardRenderer::paintStroke(p, live.stroke);
        }
    }
}

void BoardView::paintEvent(QPaintEvent *event)
{
    if (!m_cacheValid || m_cache.size() != (QSizeF(size()) * devicePixelRatioF()).toSize())
        rebuildCache();
    QPainter p(this);
    const QRect r = event->rect();
    const qreal dpr = m_cache.devicePixelRatio();
    const QRectF source(QPointF(r.topLeft()) * dpr, QSizeF(r.size()) * dpr);
    p.drawImage(r, m_cache, source);
    if (!m_live.isEmpty())
        p.drawImage(r, m_liveLayer, source);
    paintInstruments(p);
    for (const Live &live : std::as_const(m_live)) {
        if (live.tool == Tool::Eraser && (!live.dense.isEmpty() || !live.area.isEmpty()))
            paintErasePreview(p, live);
    }
    if (!m_selection.isEmpty() || m_select.grab == Grab::Lasso)
        paintSelection(p);
    if (!m_laser.isEmpty())
        paintLaser(p);
}

void BoardView::paintLaser(QPainter &p) const
{
    // A red dot with a glow, and its trail thinning and fading behind it.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 1; i < m_laser.size(); ++i) {
        const qreal life = 1.0 - qreal(now - m_laser[i].second) / LaserTrailMs;
        if (life <= 0)
            continue;
        p.setPen(
            QPen(QColor(255, 40, 40, int(200 * life)), 2 + 6 * life, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(m_laser[i - 1].first, m_laser[i].first);
    }
    // The dot at the newest point (paintLaser runs only while there is a trail).
    const QPointF at = m_laser.last().first;
    QRadialGradient glow(at, 18);
    glow.setColorAt(0, QColor(255, 60, 60, 230));
    glow.setColorAt(0.45, QColor(255, 0, 0, 160));
    glow.setColorAt(1, QColor(255, 0, 0, 0));
    p.setPen(Qt::NoPen);
    p.setBrush(glow);
    p.drawEllipse(at, 18, 18);
    p.restore();
}

void BoardView::paintLiveSegment(const Live &live)
{
    const QList<InkSample> &s = live.stroke.samples;
    const InkSample &b = s.last();
    const InkSample &a = s.size() > 1 ? s.at(s.size() - 2) : b;
    const QTransform t = pageToView();
    const qreal scale = t.m11();
    const qreal w = live.stroke.width * (live.stroke.pressure ? b.pressure : 1) * scale;
    QPainter p(&m_liveLayer);
    p.setRenderHint(QPainter::Antialiasing);
    // Source: a highlighter's segments do not darken where they overlap.
    p.setCompositionMode(QPainter::CompositionMode_Source);
    const Qt::PenCapStyle cap
        = live.stroke.pen == PenKind::Highlighter ? Qt::SquareCap : Qt::RoundCap;
    p.setPen(QPen(live.stroke.color, qMax(w, 1.0), Qt::SolidLine, cap, Qt::RoundJoin));
    const QPointF va = t.map(QPointF(a.x, a.y)), vb = t.map(QPointF(b.x, b.y));
    p.drawLine(va, vb);
    const qreal pad = w / 2 + 2;
    update(QRectF(va, vb).normalized().adjusted(-pad, -pad, pad, pad).toAlignedRect());
}

} // namespace SchoolSuite
