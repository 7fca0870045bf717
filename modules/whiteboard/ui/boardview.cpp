#include "boardview.h"

#include "core/error.h"
#include "core/store/uuid.h"
#include "whiteboard/document/shaperecognizer.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/render/boardrenderer.h"

#include <QDateTime>
#include <QFuture>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QTabletEvent>
#include <QThread>
#include <QTimer>
#include <QTouchEvent>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <QtMath>

#include <atomic>

namespace SchoolSuite {

namespace {

constexpr qreal Margin = 8;          // view pixels around a page that fits
constexpr qreal PalmDiameter = 48;   // a contact wider than this is a hand, not a finger
constexpr quint64 HoldMs = 600;      // a pen held this long at the end of a stroke straightens it
constexpr qreal HoldSlack = 4;       // view pixels a resting pen may still drift
constexpr qint64 LaserTrailMs = 600; // how long the laser pointer's trail stays
const QColor Desk(0x4a, 0x51, 0x5c);

} // namespace

BoardView::BoardView(BoardEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_renderer(std::make_unique<BoardRenderer>(editor.document()))
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    m_holdTimer = new QTimer(this);
    m_holdTimer->setSingleShot(true);
    m_holdTimer->setTimerType(Qt::PreciseTimer);
    m_holdTimer->setInterval(int(HoldMs));
    connect(m_holdTimer, &QTimer::timeout, this, &BoardView::checkHolds);
    m_laserFade = new QTimer(this);
    m_laserFade->setInterval(33);
    connect(m_laserFade, &QTimer::timeout, this, [this] {
        // The trail fades: points older than LaserTrailMs go.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QRectF dirty;
        while (!m_laser.isEmpty() && now - m_laser.first().second > LaserTrailMs) {
            dirty |= QRectF(m_laser.first().first - QPointF(20, 20), QSizeF(40, 40));
            m_laser.removeFirst();
        }
        for (const auto &point : std::as_const(m_laser))
            dirty |= QRectF(point.first - QPointF(20, 20), QSizeF(40, 40));
        update(dirty.toAlignedRect());
        if (m_laser.isEmpty())
            m_laserFade->stop();
    });
    connect(&editor, &BoardEditor::pageAreaChanged, this, [this](int page, const QRectF &area) {
        // Only that part of the drawn page is drawn again (an undo, an erased stroke).
        if (page == m_page && !m_ownChange && m_cacheValid && !m_cache.isNull()) {
            redrawArea(area);
            m_areaDone = true;
            layoutOverlays();
        }
    });
    connect(&editor, &BoardEditor::pageChanged, this, [this](int page) {
        if (page == m_page && !m_selection.isEmpty()) {
            QStringList still;
            for (const BoardLayer &layer : m_editor.document().page(m_page).layers) {
                for (const BoardItem &item : layer.items) {
                    if (m_selection.contains(item.id))
                        still << item.id;
                }
            }
            if (still != m_selection)
                selectItems(still);
        }
        if (page == m_page && !m_ownChange && !m_areaDone) {
            m_cacheValid = false;
            update();
        }
        m_areaDone = false;
    });
    connect(&editor, &BoardEditor::pagesChanged, this, [this] {
        m_page = qBound(0, m_page, qMax(0, m_editor.document().pageCount() - 1));
        m_cacheValid = false;
        update();
        emit pageShown(m_page);
    });
}

BoardView::~BoardView() = default;

bool BoardView::isPalm(QSizeF contact)
{
    return contact.width() > PalmDiameter || contact.height() > PalmDiameter;
}

void BoardView::setPage(int page)
{
    page = qBound(0, page, qMax(0, m_editor.document().pageCount() - 1));
    if (page == m_page)
        return;
    for (const int id : m_live.keys())
        cancel(id);
    selectItems({});
    finishText(); // text being typed stays on the page it was typed on
    m_page = page;
    m_zoom = 1;
    m_pan = {};
    m_cacheValid = false;
    update();
    emit pageShown(page);
}

void BoardView::setTool(Tool tool)
{
    if (tool != Tool::Select)
        selectItems({});
    m_tool = tool;
    setCursor(tool == Tool::Pan ? Qt::OpenHandCursor : Qt::CrossCursor);
    layoutOverlays(); // clips and links let the selection and the eraser through
}

void BoardView::setPenColor(const QColor &color)
{
    (m_tool == Tool::Highlighter ? m_highlight : m_color) = color;
}

void BoardView::setPenWidth(float width)
{
    m_width = qBound(0.5f, width, 60.0f);
}

QTransform BoardView::pageToView() const
{
    const QSizeF size = m_editor.document().page(m_page).size;
    const qreal fit = qMax(
        0.01, qMin((width() - 2 * Margin) / size.width(), (height() - 2 * Margin) / size.height()));
    const qreal s = fit * m_zoom;
    const QPointF origin = QPointF(width() / 2.0, height() / 2.0)
                           - QPointF(size.width() * s / 2, size.height() * s / 2) + m_pan;
    return QTransform(s, 0, 0, s, origin.x(), origin.y());
}

QRectF BoardView::pageRectInView() const
{
    return pageToView().mapRect(QRectF(QPointF(0, 0), m_editor.document().page(m_page).size));
}

void BoardView::setZoom(qreal zoom, QPointF anchor)
{
    zoom = qBound(0.25, zoom, 8.0);
    if (anchor.x() < 0)
        anchor = QPointF(width() / 2.0, height() / 2.0);
    // The page point under the anchor stays under it.
    const QPointF pagePoint = pageToView().inverted().map(anchor);
    m_zoom = zoom;
    m_pan = {};
    m_pan = anchor - pageToView().map(pagePoint);
    m_cacheValid = false;
    update();
    emit zoomChanged(m_zoom);
}

void BoardView::resetView()
{
    m_zoom = 1;
    m_pan = {};
    m_cacheValid = false;
    update();
    emit zoomChanged(1);
}

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

void BoardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_cacheValid = false;
}

void BoardView::begin(int id, QPointF viewPos, float pressure, Tool tool)
{
    cancel(id);
    if (tool == Tool::Text) {
        beginText(viewPos);
        return;
    }
    // The ruler or the protractor taken by its body or handle moves instead of writing.
    if (tool != Tool::Select) {
        const InstrumentGrab grab = instrumentAt(pageToView().inverted().map(viewPos));
        if (grab != InstrumentGrab::None) {
            Live live;
            live.tool = Tool::Pan;
            live.grab = grab;
            live.grabLast = pageToView().inverted().map(viewPos);
            live.lastView = viewPos;
            m_live.insert(id, live);
            return;
        }
    }
    if (tool == Tool::Select) {
        // One pointer selects at a time.
        if (m_select.grab != Grab::None)
            return;
        Live live;
        live.tool = tool;
        live.lastView = viewPos;
        m_live.insert(id, live);
        selectBegin(viewPos);
        return;
    }
    Live live;
    live.tool = tool;
    live.lastView = viewPos;
    live.stroke.color = m_color;
    live.stroke.width = m_width;
    if (tool == Tool::Highlighter) {
        live.stroke.pen = PenKind::Highlighter;
        live.stroke.color = m_highlight;
        live.stroke.color.setAlpha(110);
        live.stroke.width = m_width * 5;
    }
    m_live.insert(id, live);
    extend(id, viewPos, pressure);
}

void BoardView::extend(int id, QPointF viewPos, float pressure)
{
    const auto it = m_live.find(id);
    if (it == m_live.end())
        return;
    Live &live = *it;
    QPointF pos = pageToView().inverted().map(viewPos);
    if (live.grab != InstrumentGrab::None) {
        dragInstrument(live, pos);
        return;
    }
    switch (live.tool) {
    case Tool::Text:
        return; // the text tool opens its editor on the press; nothing follows the pointer
    case Tool::Pan:
        m_pan += viewPos - live.lastView;
        live.lastView = viewPos;
        m_cacheValid = false;
        update();
        return;
    case Tool::Eraser:
        eraseAt(live, pos);
        return;
    case Tool::Select:
        selectMove(viewPos);
        return;
    case Tool::Laser:
        m_laser.append({viewPos, QDateTime::currentMSecsSinceEpoch()});
        m_laserFade->start();
        update(QRectF(viewPos - QPointF(20, 20), QSizeF(40, 40)).toAlignedRect());
        return;
    case Tool::Pen:
    case Tool::Highlighter:
        break;
    }
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
    if (live.stroke.samples.isEmpty()) {
        live.started = now;
        live.snap = snapFor(pos); // put down along the ruler or the protractor: follow it
    }
    if (live.snap != Snap::None)
        pos = snapped(live.snap, pos, live.stroke.width);
    // Straightening: the pen moving on (beyond its drift) starts the hold anew and undoes a
    // shape it became.
    if (live.tool == Tool::Pen && live.snap == Snap::None) {
        if (live.stroke.samples.isEmpty()
            || QLineF(live.holdAnchor, viewPos).length() > HoldSlack) {
            live.holdAnchor = viewPos;
            live.holdSince = now;
            m_holdTimer->start(int(HoldMs));
            if (live.shape) {
                live.shape.reset();
                redrawLiveLayer();
                update();
            }
        } else {
            return; // resting: no new sample
        }
    }
    live.stroke.samples.append(InkSample{
        float(pos.x()), float(pos.y()), qBound(0.0f, pressure, 1.0f), quint32(now - live.started)});
    live.lastView = viewPos;
    paintLiveSegment(live);
}

void BoardView::checkHolds()
{
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
    bool changed = false;
    for (Live &live : m_live) {
        if (live.tool != Tool::Pen || live.shape || live.stroke.samples.isEmpty())
            continue;
        if (now - live.holdSince < HoldMs) {
            // Another pen moved since: ask again when this one has rested long enough.
            m_holdTimer->start(int(HoldMs - (now - live.holdSince)) + 1);
            continue;
        }
        live.shape
            = ShapeRecognizer::recognize(live.stroke.samples, live.stroke.color, live.stroke.width);
        changed = changed || live.shape.has_value();
    }
    if (changed) {
        redrawLiveLayer();
        update();
    }
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

void BoardView::finish(int id)
{
    const auto it = m_live.find(id);
    if (it == m_live.end())
        return;
    Live live = *it;
    m_live.erase(it);
    if (live.tool == Tool::Select) {
        selectEnd();
        return;
    }
    const BoardPage &page = m_editor.document().page(m_page);
    // Written on the top visible layer.
    int layer = int(page.layers.size()) - 1;
    while (layer > 0 && !page.layers.at(layer).visible)
        --layer;
    try {
        if (live.tool == Tool::Eraser) {
            finishErase(live);
        } else if ((live.tool == Tool::Pen || live.tool == Tool::Highlighter)
                   && !live.stroke.samples.isEmpty() && layer >= 0) {
            BoardItem item;
            item.id = Uuid::v7();
            if (live.shape)
                item.data = *live.shape;
            else
                item.data = live.stroke;
            // The finished stroke goes onto the cached page as it will be drawn from now on;
            // the editor's change signal then has nothing more to repaint.
            {
                QPainter p(&m_cache);
                p.setTransform(pageToView());
                p.setRenderHint(QPainter::Antialiasing);
                if (!page.endless)
                    p.setClipRect(QRectF(QPointF(0, 0), page.size));
                m_renderer->paintItem(p, item);
            }
            m_ownChange = true;
            m_editor.apply(live.shape               ? tr("Shape")
                           : live.tool == Tool::Pen ? tr("Pen")
                                                    : tr("Highlighter"),
                           {BoardOp::insert(m_page,
                                            page.layers.at(layer).id,
                                            int(page.layers.at(layer).items.size()),
                                            {item})});
            m_ownChange = false;
        }
    } catch (const Error &e) {
        m_ownChange = false;
        m_cacheValid = false;
        QMessageBox::warning(this, tr("Whiteboard"), e.message());
    }
    if (live.tool == Tool::Pan)
        m_cacheValid = false;
    redrawLiveLayer();
    update();
}

void BoardView::cancel(int id)
{
    const auto it = m_live.find(id);
    if (it == m_live.end())
        return;
    for (const QString &erased : std::as_const(it->erased))
        m_hidden.remove(erased);
    // Strokes a partial sweep was cutting come back whole.
    for (auto cut = it->dense.cbegin(); cut != it->dense.cend(); ++cut)
        m_hidden.remove(cut.key());
    const bool erasing = !it->erased.isEmpty() || !it->dense.isEmpty();
    m_live.erase(it);
    if (erasing)
        m_cacheValid = false;
    redrawLiveLayer();
    update();
}

void BoardView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        begin(MouseId, event->position(), 1, m_tool);
    else if (event->button() == Qt::MiddleButton)
        begin(MouseId, event->position(), 1, Tool::Pan);
}

void BoardView::mouseMoveEvent(QMouseEvent *event)
{
    extend(MouseId, event->position(), 1);
}

void BoardView::mouseReleaseEvent(QMouseEvent *)
{
    finish(MouseId);
}

void BoardView::tabletEvent(QTabletEvent *event)
{
    const bool eraserEnd = event->pointerType() == QPointingDevice::PointerType::Eraser;
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(TabletId,
              event->position(),
              float(event->pressure()),
              eraserEnd ? Tool::Eraser : m_tool);
        if (auto it = m_live.find(TabletId); it != m_live.end())
            it->stroke.pressure = true;
        break;
    case QEvent::TabletMove:
        extend(TabletId, event->position(), float(event->pressure()));
        break;
    case QEvent::TabletRelease:
        finish(TabletId);
        break;
    default:
        break;
    }
    event->accept();
}

void BoardView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(m_zoom * std::pow(1.15, steps), event->position());
    } else {
        m_pan += QPointF(event->angleDelta()) / 4;
        m_cacheValid = false;
        update();
    }
    event->accept();
}

bool BoardView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
        // A finger on a clip or a link works it (as a mouse press Qt makes from the touch).
        if (const auto *te = static_cast<QTouchEvent *>(event);
            te->points().size() == 1 && onOverlay(te->points().first().position())) {
            event->ignore();
            return false;
        }
        touch(static_cast<QTouchEvent *>(event));
        return true;
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
        touch(static_cast<QTouchEvent *>(event));
        return true;
    case QEvent::TouchCancel:
        for (const int id : m_live.keys()) {
            if (id >= 16)
                cancel(id);
        }
        m_pinch = {};
        m_touchStarted.clear();
        return true;
    default:
        return QWidget::event(event);
    }
}

} // namespace SchoolSuite
