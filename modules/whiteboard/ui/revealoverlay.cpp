#include "revealoverlay.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTouchEvent>
#include <QWheelEvent>

namespace SchoolSuite {

namespace {
const QColor Shade(0x10, 0x14, 0x18, 225);
constexpr int Mark = 44; // the close mark, a finger's size
} // namespace

RevealOverlay::RevealOverlay(Kind kind, QWidget *board)
    : QWidget(board)
    , m_kind(kind)
{
    setObjectName(kind == Kind::Spotlight ? QStringLiteral("spotlight")
                                          : QStringLiteral("curtain"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setFocusPolicy(Qt::StrongFocus);
    setGeometry(board->rect());
    m_centre = QPointF(width() / 2.0, height() / 2.0);
    board->installEventFilter(this);
    show();
    raise();
    setFocus();
}

QRect RevealOverlay::closeMark() const
{
    return QRect(width() - Mark - 12, 12, Mark, Mark);
}

bool RevealOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void RevealOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_kind == Kind::Spotlight) {
        QPainterPath shade;
        shade.addRect(rect());
        shade.addEllipse(m_centre, m_radius, m_radius);
        shade.setFillRule(Qt::OddEvenFill);
        p.fillPath(shade, Shade);
        p.setPen(QPen(QColor(255, 255, 255, 120), 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(m_centre, m_radius, m_radius);
    } else {
        const QRect covered(0, m_edge, width(), height() - m_edge);
        p.fillRect(covered, QColor(0x3b, 0x44, 0x52));
        // The handle along the curtain's edge.
        const QRectF handle(width() / 2.0 - 60, m_edge + 8, 120, 14);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 200));
        p.drawRoundedRect(handle, 7, 7);
    }
    // The close mark.
    const QRect mark = closeMark();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 220));
    p.drawEllipse(mark);
    p.setPen(QPen(QColor(0x23, 0x26, 0x29), 4, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(mark.topLeft() + QPoint(14, 14), mark.bottomRight() - QPoint(14, 14));
    p.drawLine(mark.topRight() + QPoint(-14, 14), mark.bottomLeft() + QPoint(14, -14));
}

void RevealOverlay::mousePressEvent(QMouseEvent *event)
{
    if (closeMark().contains(event->position().toPoint())) {
        deleteLater();
        return;
    }
    m_dragging = true;
    m_grab = m_kind == Kind::Spotlight ? event->position() - m_centre
                                       : QPointF(0, event->position().y() - m_edge);
}

void RevealOverlay::dragTo(QPointF pos)
{
    if (m_kind == Kind::Spotlight)
        m_centre = pos - m_grab;
    else
        m_edge = qBound(0, int(pos.y() - m_grab.y()), height());
    update();
}

void RevealOverlay::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        dragTo(event->position());
}

void RevealOverlay::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
}

void RevealOverlay::wheelEvent(QWheelEvent *event)
{
    if (m_kind == Kind::Spotlight) {
        m_radius = qBound(40.0,
                          m_radius * std::pow(1.1, event->angleDelta().y() / 120.0),
                          qreal(qMax(width(), height())));
        update();
    }
    event->accept();
}

void RevealOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        deleteLater();
    else
        QWidget::keyPressEvent(event);
}

bool RevealOverlay::event(QEvent *event)
{
    if (event->type() == QEvent::TouchBegin || event->type() == QEvent::TouchUpdate
        || event->type() == QEvent::TouchEnd) {
        const auto *touch = static_cast<QTouchEvent *>(event);
        const QList<QEventPoint> points = touch->points();
        if (points.size() >= 2 && m_kind == Kind::Spotlight) {
            // Two fingers size the spotlight.
            const qreal d = QLineF(points[0].position(), points[1].position()).length();
            if (event->type() == QEvent::TouchBegin || m_pinchStart <= 0) {
                m_pinchStart = qMax(1.0, d);
                m_radiusAtPinch = m_radius;
            }
            m_radius
                = qBound(40.0, m_radiusAtPinch * d / m_pinchStart, qreal(qMax(width(), height())));
            update();
        } else if (!points.isEmpty()) {
            const QPointF pos = points.first().position();
            if (event->type() == QEvent::TouchBegin) {
                if (closeMark().contains(pos.toPoint())) {
                    deleteLater();
                    return true;
                }
                m_grab = m_kind == Kind::Spotlight ? pos - m_centre : QPointF(0, pos.y() - m_edge);
            } else {
                dragTo(pos);
            }
        }
        if (event->type() == QEvent::TouchEnd)
            m_pinchStart = 0;
        return true;
    }
    return QWidget::event(event);
}

} // namespace SchoolSuite
