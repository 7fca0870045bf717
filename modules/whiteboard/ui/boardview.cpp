#include "boardview.h"

#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/render/boardrenderer.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QTabletEvent>
#include <QTimer>
#include <QTouchEvent>
#include <QWheelEvent>

namespace SchoolSuite {

namespace {

constexpr qreal Margin = 8;        // view pixels around a page that fits
constexpr qreal PalmDiameter = 48; // a contact wider than this is a hand, not a finger

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

void BoardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_cacheValid = false;
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
