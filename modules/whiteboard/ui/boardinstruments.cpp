// The ruler and the protractor of BoardView: drawn over the page in page units (they zoom with
// it), moved by dragging their body, turned by their round handle; a pen put down along the
// ruler's edge draws a straight line on it, along the protractor's arc an arc. The protractor's
// arm, dragged round, reads an angle off its scale.
#include "boardview.h"

#include "whiteboard/edit/boardeditor.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace SchoolSuite {

namespace {

constexpr qreal RulerHeight = 64; // page units
constexpr qreal ProtractorRadius = 190;
constexpr qreal HandleRadius = 16; // the round handles, page units
constexpr qreal SnapDistance = 18; // view pixels from an edge where the pen follows it
const QColor Body(250, 246, 220, 200);
const QColor Scale(60, 60, 60);

// Page units per centimetre: the board is 960 × 540 units for a 16:9 board (72 units per inch).
constexpr qreal UnitsPerCm = 72 / 2.54;

qreal normalized(qreal degrees)
{
    degrees = std::fmod(degrees, 360.0);
    return degrees < 0 ? degrees + 360 : degrees;
}

} // namespace

QTransform BoardView::rulerTransform() const
{
    QTransform t;
    t.translate(m_instruments.rulerPos.x(), m_instruments.rulerPos.y());
    t.rotate(m_instruments.rulerAngle);
    return t;
}

QTransform BoardView::protractorTransform() const
{
    QTransform t;
    t.translate(m_instruments.protractorCentre.x(), m_instruments.protractorCentre.y());
    t.rotate(m_instruments.protractorAngle);
    return t;
}

QLineF BoardView::rulerEdge() const
{
    return rulerTransform().map(QLineF(0, 0, rulerLength(), 0));
}

QPointF BoardView::rulerHandle() const
{
    return rulerTransform().map(QPointF(rulerLength() + HandleRadius * 1.5, RulerHeight / 2));
}

qreal BoardView::protractorRadius()
{
    return ProtractorRadius;
}

QPointF BoardView::protractorArmHandle() const
{
    return protractorTransform().map(
        QLineF::fromPolar(ProtractorRadius * 0.8, m_instruments.arm).p2());
}

qreal BoardView::rulerLength() const
{
    const QSizeF page = m_editor.document().page(m_page).size;
    return std::floor(qMax<qreal>(page.width() * 0.7, 200) / UnitsPerCm) * UnitsPerCm + 40;
}

void BoardView::showInstrument(Instrument which, bool shown)
{
    const QSizeF page = m_editor.document().page(m_page).size;
    const QPointF centre = pageToView().inverted().map(QRectF(rect()).center());
    if (which == Instrument::Ruler) {
        if (shown && !m_instruments.ruler) {
            m_instruments.rulerAngle = 0;
            m_instruments.rulerPos = centre - QPointF(rulerLength() / 2, RulerHeight / 2);
        }
        m_instruments.ruler = shown;
    } else {
        if (shown && !m_instruments.protractor) {
            m_instruments.protractorAngle = 0;
            m_instruments.protractorCentre = centre + QPointF(0, qMin(page.height() / 4, 120.0));
            m_instruments.arm = 60;
        }
        m_instruments.protractor = shown;
    }
    update();
}

bool BoardView::instrumentShown(Instrument which) const
{
    return which == Instrument::Ruler ? m_instruments.ruler : m_instruments.protractor;
}

BoardView::InstrumentGrab BoardView::instrumentAt(QPointF pagePos) const
{
    if (m_instruments.protractor) {
        const QPointF p = protractorTransform().inverted().map(pagePos);
        const QPointF arm = QLineF::fromPolar(ProtractorRadius * 0.8, m_instruments.arm).p2();
        if (QLineF(p, arm).length() <= HandleRadius * 1.5)
            return InstrumentGrab::ProtractorArm;
        if (QLineF(p, QPointF(ProtractorRadius + HandleRadius * 2, 0)).length()
            <= HandleRadius * 1.5)
            return InstrumentGrab::ProtractorTurn;
        // The body, short of the arc the pen draws along.
        if (p.y() <= 4 && QLineF(QPointF(), p).length() <= ProtractorRadius - snapReach())
            return InstrumentGrab::ProtractorMove;
    }
    if (m_instruments.ruler) {
        const QPointF p = rulerTransform().inverted().map(pagePos);
        const qreal length = rulerLength();
        if (QLineF(p, QPointF(length + HandleRadius * 1.5, RulerHeight / 2)).length()
            <= HandleRadius * 1.5)
            return InstrumentGrab::RulerTurn;
        if (QRectF(0, snapReach(), length, RulerHeight - snapReach()).contains(p))
            return InstrumentGrab::RulerMove;
    }
    return InstrumentGrab::None;
}

qreal BoardView::snapReach() const
{
    return SnapDistance / pageToView().m11();
}

BoardView::Snap BoardView::snapFor(QPointF pagePos) const
{
    if (m_instruments.ruler) {
        const QPointF p = rulerTransform().inverted().map(pagePos);
        if (p.x() >= -snapReach() && p.x() <= rulerLength() + snapReach()
            && qAbs(p.y()) <= snapReach())
            return Snap::RulerEdge;
    }
    if (m_instruments.protractor) {
        const QPointF p = protractorTransform().inverted().map(pagePos);
        if (p.y() <= snapReach()
            && qAbs(QLineF(QPointF(), p).length() - ProtractorRadius) <= snapReach())
            return Snap::ProtractorArc;
    }
    return Snap::None;
}

QPointF BoardView::snapped(Snap snap, QPointF pagePos, qreal penWidth) const
{
    switch (snap) {
    case Snap::RulerEdge: {
        // On the edge, the pen's half width outside the ruler.
        QPointF p = rulerTransform().inverted().map(pagePos);
        p.setY(-penWidth / 2);
        p.setX(qBound<qreal>(0, p.x(), rulerLength()));
        return rulerTransform().map(p);
    }
    case Snap::ProtractorArc: {
        const QPointF p = protractorTransform().inverted().map(pagePos);
        QLineF ray(QPointF(), p);
        if (ray.length() < 1)
            return pagePos;
        ray.setLength(ProtractorRadius + penWidth / 2);
        return protractorTransform().map(ray.p2());
    }
    case Snap::None:
        break;
    }
    return pagePos;
}

void BoardView::dragInstrument(Live &live, QPointF pagePos)
{
    const QPointF delta = pagePos - live.grabLast;
    live.grabLast = pagePos;
    switch (live.grab) {
    case InstrumentGrab::RulerMove:
        m_instruments.rulerPos += delta;
        break;
    case InstrumentGrab::RulerTurn: {
        // Turned about its middle, in whole degrees (what a teacher reads off).
        const QPointF middle = rulerTransform().map(QPointF(rulerLength() / 2, RulerHeight / 2));
        const qreal angle = std::round(-QLineF(middle, pagePos).angle());
        m_instruments.rulerAngle = angle;
        m_instruments.rulerPos
            = middle - QTransform().rotate(angle).map(QPointF(rulerLength() / 2, RulerHeight / 2));
        break;
    }
    case InstrumentGrab::ProtractorMove:
        m_instruments.protractorCentre += delta;
        break;
    case InstrumentGrab::ProtractorTurn:
        m_instruments.protractorAngle
            = std::round(-QLineF(m_instruments.protractorCentre, pagePos).angle());
        break;
    case InstrumentGrab::ProtractorArm: {
        const QPointF p = protractorTransform().inverted().map(pagePos);
        const qreal angle = std::round(normalized(QLineF(QPointF(), p).angle()));
        m_instruments.arm = angle > 270 ? 0 : qMin<qreal>(angle, 180);
        break;
    }
    case InstrumentGrab::None:
        return;
    }
    update();
}

void BoardView::paintInstruments(QPainter &p) const
{
    if (!m_instruments.ruler && !m_instruments.protractor)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QTransform toView = pageToView();
    const qreal px = 1 / toView.m11(); // a view pixel in page units
    QFont font = p.font();
    font.setPixelSize(12);
    if (m_instruments.ruler) {
        p.setTransform(rulerTransform() * toView);
        const qreal length = rulerLength();
        p.setPen(QPen(Scale, px));
        p.setBrush(Body);
        p.drawRect(QRectF(0, 0, length, RulerHeight));
        // Centimetres and millimetres along the drawing edge.
        for (int mm = 0; mm * UnitsPerCm / 10 <= length; ++mm) {
            const qreal x = mm * UnitsPerCm / 10;
            const qreal tick = mm % 10 == 0 ? 18 : mm % 5 == 0 ? 12 : 7;
            p.drawLine(QPointF(x, 0), QPointF(x, tick));
            if (mm % 10 == 0) {
                p.setFont(font);
                p.drawText(QRectF(x - 20, 20, 40, 16), Qt::AlignCenter, QString::number(mm / 10));
            }
        }
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(30, 110, 220, 200));
        p.drawEllipse(
            QPointF(length + HandleRadius * 1.5, RulerHeight / 2), HandleRadius, HandleRadius);
        p.setPen(Scale);
        p.drawText(QRectF(length / 2 - 40, RulerHeight - 22, 80, 18),
                   Qt::AlignCenter,
                   QStringLiteral("%1°").arg(int(normalized(-m_instruments.rulerAngle)) % 180));
    }
    if (m_instruments.protractor) {
        p.setTransform(protractorTransform() * toView);
        const qreal r = ProtractorRadius;
        QPainterPath half;
        half.moveTo(-r, 0);
        half.arcTo(QRectF(-r, -r, 2 * r, 2 * r), 180, -180);
        half.closeSubpath();
        p.setPen(QPen(Scale, px));
        p.setBrush(Body);
        p.drawPath(half);
        p.setFont(font);
        for (int deg = 0; deg <= 180; ++deg) {
            const qreal tick = deg % 10 == 0 ? 18 : deg % 5 == 0 ? 12 : 6;
            const QLineF outer = QLineF::fromPolar(r, deg);
            const QLineF inner = QLineF::fromPolar(r - tick, deg);
            p.drawLine(inner.p2(), outer.p2());
            if (deg % 10 == 0) {
                const QPointF at = QLineF::fromPolar(r - 32, deg).p2();
                p.drawText(QRectF(at - QPointF(14, 8), QSizeF(28, 16)),
                           Qt::AlignCenter,
                           QString::number(deg));
            }
        }
        p.drawEllipse(QPointF(), 3, 3);
        // The arm and its reading.
        const QPointF armEnd = QLineF::fromPolar(r * 0.8, m_instruments.arm).p2();
        p.setPen(QPen(QColor(200, 40, 40), 2 * px));
        p.drawLine(QPointF(), QLineF::fromPolar(r, m_instruments.arm).p2());
        p.drawLine(QPointF(), QPointF(r, 0));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(200, 40, 40, 200));
        p.drawEllipse(armEnd, HandleRadius, HandleRadius);
        p.setBrush(QColor(30, 110, 220, 200));
        p.drawEllipse(QPointF(r + HandleRadius * 2, 0), HandleRadius, HandleRadius);
        p.setPen(QColor(200, 40, 40));
        QFont big = font;
        big.setPixelSize(22);
        big.setBold(true);
        p.setFont(big);
        p.drawText(QRectF(-60, -r * 0.45, 120, 28),
                   Qt::AlignCenter,
                   QStringLiteral("%1°").arg(int(m_instruments.arm)));
    }
    p.restore();
}

} // namespace SchoolSuite
