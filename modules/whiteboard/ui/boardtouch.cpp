// Fingers on the board (BoardView::touch): writers, a pinch, a palm.
#include "boardview.h"

#include <QTouchEvent>

namespace SchoolSuite {

namespace {
constexpr quint64 PinchWindowMs = 250; // two fingers down within this make a pinch
constexpr qreal PinchReach = 400;      // ...and within this many pixels of each other
} // namespace

void BoardView::touch(QTouchEvent *event)
{
    const quint64 now = event->timestamp();
    for (const QEventPoint &pt : event->points()) {
        const int id = pt.id() + 16;
        if (isPalm(pt.ellipseDiameters())) {
            cancel(id); // a palm resting on the board
            continue;
        }
        const bool inPinch = m_pinch.active && (id == m_pinch.a || id == m_pinch.b);
        switch (pt.state()) {
        case QEventPoint::State::Pressed: {
            // A finger that joins another just put down nearby makes a pinch; a finger far
            // away or later is another writer.
            int partner = -1;
            for (auto it = m_touchStarted.cbegin(); it != m_touchStarted.cend(); ++it) {
                const auto live = m_live.constFind(it.key());
                if (now - it.value() <= PinchWindowMs && live != m_live.cend()
                    && QLineF(live->lastView, pt.position()).length() <= PinchReach)
                    partner = it.key();
            }
            m_touchStarted.insert(id, now);
            if (!m_pinch.active && partner >= 0) {
                const QPointF other = m_live.value(partner).lastView;
                cancel(partner);
                m_pinch.active = true;
                m_pinch.a = partner;
                m_pinch.b = id;
                m_pinch.centre = (other + pt.position()) / 2;
                m_pinch.distance = qMax(1.0, QLineF(other, pt.position()).length());
                m_pinch.zoom = m_zoom;
                m_pinch.pan = m_pan;
                Live finger;
                finger.tool = Tool::Pan;
                finger.lastView = other;
                m_live.insert(partner, finger);
                finger.lastView = pt.position();
                m_live.insert(id, finger);
            } else if (!m_pinch.active) {
                begin(id, pt.position(), 1, m_fingerMode == FingerMode::Pan ? Tool::Pan : m_tool);
            }
            break;
        }
        case QEventPoint::State::Updated:
        case QEventPoint::State::Stationary:
            if (inPinch) {
                m_live[id].lastView = pt.position();
                const QPointF a = m_live.value(m_pinch.a).lastView;
                const QPointF b = m_live.value(m_pinch.b).lastView;
                const qreal factor = QLineF(a, b).length() / m_pinch.distance;
                // The page point that was under the fingers' centre follows it.
                m_zoom = m_pinch.zoom;
                m_pan = m_pinch.pan;
                const QPointF pagePoint = pageToView().inverted().map(m_pinch.centre);
                m_zoom = qBound(0.25, m_pinch.zoom * factor, 8.0);
                m_pan = {};
                m_pan = (a + b) / 2 - pageToView().map(pagePoint);
                m_cacheValid = false;
                update();
            } else if (pt.state() == QEventPoint::State::Updated) {
                extend(id, pt.position(), 1);
            }
            break;
        case QEventPoint::State::Released:
            m_touchStarted.remove(id);
            if (inPinch) {
                m_live.remove(m_pinch.a);
                m_live.remove(m_pinch.b);
                m_pinch = {};
                emit zoomChanged(m_zoom);
            } else {
                finish(id);
            }
            break;
        case QEventPoint::State::Unknown:
            break;
        }
    }
}

} // namespace SchoolSuite
