// The selection tool of the board (BoardView): lasso, move, scale, turn, delete, duplicate.
#include "boardview.h"

#include "core/error.h"
#include "core/store/uuid.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/render/boardrenderer.h"

#include <QMessageBox>
#include <QPainter>
#include <QtMath>

namespace SchoolSuite {

namespace {

constexpr qreal HandleSize = 28;  // view pixels: a finger's tip
constexpr qreal RotateReach = 44; // the turning handle's distance above the frame
const QColor SelectionBlue(0x1d, 0x5f, 0xbf);

// Chosen by the lasso: most of a stroke's samples inside it, or the middle of any other item.
bool insideLasso(const BoardItem &item, const QPolygonF &lasso)
{
    if (const Stroke *s = item.stroke()) {
        int in = 0;
        for (const InkSample &sample : s->samples)
            in += lasso.containsPoint(item.transform.map(QPointF(sample.x, sample.y)),
                                      Qt::WindingFill)
                      ? 1
                      : 0;
        return in * 5 >= s->samples.size() * 4;
    }
    return lasso.containsPoint(item.bounds().center(), Qt::WindingFill);
}

} // namespace

void BoardView::selectItems(const QStringList &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    update();
    emit selectionChanged(!ids.isEmpty());
}

QRectF BoardView::selectionBounds() const
{
    QRectF r;
    for (const BoardLayer &layer : m_editor.document().page(m_page).layers) {
        for (const BoardItem &item : layer.items) {
            if (m_selection.contains(item.id))
                r = r.isNull() ? item.bounds() : r | item.bounds();
        }
    }
    return r;
}

QPolygonF BoardView::selectionFrame() const
{
    return (m_select.delta * pageToView()).map(QPolygonF(selectionBounds()));
}

void BoardView::selectBegin(QPointF viewPos)
{
    const QPointF pos = pageToView().inverted().map(viewPos);
    m_select.start = pos;
    m_select.delta = QTransform();
    m_select.grab = Grab::Lasso;
    if (!m_selection.isEmpty()) {
        const QRectF frame = selectionFrame().boundingRect();
        const QPointF rotate(frame.center().x(), frame.top() - RotateReach);
        const QRectF scale(frame.bottomRight() - QPointF(HandleSize / 2, HandleSize / 2),
                           QSizeF(HandleSize, HandleSize));
        if (QLineF(viewPos, rotate).length() <= HandleSize / 2 + 4)
            m_select.grab = Grab::Rotate;
        else if (scale.adjusted(-4, -4, 4, 4).contains(viewPos))
            m_select.grab = Grab::Scale;
        else if (frame.adjusted(-4, -4, 4, 4).contains(viewPos))
            m_select.grab = Grab::Move;
    }
    if (m_select.grab == Grab::Lasso) {
        selectItems({});
        m_select.lasso = QPolygonF{pos};
        return;
    }
    // The chosen items leave the drawn page while they are dragged: drawn above it instead.
    for (const QString &id : std::as_const(m_selection))
        m_hidden.insert(id);
    m_cacheValid = false;
    redrawLiveLayer();
    update();
}

void BoardView::selectMove(QPointF viewPos)
{
    const QPointF pos = pageToView().inverted().map(viewPos);
    const QRectF bounds = selectionBounds();
    switch (m_select.grab) {
    case Grab::None:
        return;
    case Grab::Lasso:
        m_select.lasso << pos;
        update();
        return;
    case Grab::Move:
        m_select.delta
            = QTransform::fromTranslate(pos.x() - m_select.start.x(), pos.y() - m_select.start.y());
        break;
    case Grab::Scale: {
        // Both ways alike, about the opposite corner.
        const QPointF anchor = bounds.topLeft();
        const qreal from = QLineF(anchor, m_select.start).length();
        const qreal factor = from > 1 ? qBound(0.05, QLineF(anchor, pos).length() / from, 20.0) : 1;
        m_select.delta = QTransform::fromTranslate(-anchor.x(), -anchor.y())
                         * QTransform::fromScale(factor, factor)
                         * QTransform::fromTranslate(anchor.x(), anchor.y());
        break;
    }
    case Grab::Rotate: {
        const QPointF c = bounds.center();
        const qreal angle = QLineF(c, m_select.start).angleTo(QLineF(c, pos));
        m_select.delta = QTransform::fromTranslate(-c.x(), -c.y()) * QTransform().rotate(-angle)
                         * QTransform::fromTranslate(c.x(), c.y());
        break;
    }
    }
    redrawLiveLayer();
    update();
}

void BoardView::selectEnd()
{
    const Grab grab = m_select.grab;
    m_select.grab = Grab::None;
    if (grab == Grab::Lasso) {
        QStringList chosen;
        if (m_select.lasso.size() > 2) {
            for (const BoardLayer &layer : m_editor.document().page(m_page).layers) {
                if (!layer.visible)
                    continue;
                for (const BoardItem &item : layer.items) {
                    if (insideLasso(item, m_select.lasso))
                        chosen << item.id;
                }
            }
        }
        m_select.lasso.clear();
        selectItems(chosen);
        update();
        return;
    }
    QList<BoardItem> changed;
    if (!m_select.delta.isIdentity()) {
        for (const BoardLayer &layer : m_editor.document().page(m_page).layers) {
            for (BoardItem item : layer.items) {
                if (m_selection.contains(item.id)) {
                    item.transform = item.transform * m_select.delta;
                    changed << item;
                }
            }
        }
    }
    m_select.delta = QTransform();
    for (const QString &id : std::as_const(m_selection))
        m_hidden.remove(id);
    try {
        if (!changed.isEmpty()) {
            const QString step = grab == Grab::Move    ? tr("Move")
                                 : grab == Grab::Scale ? tr("Resize")
                                                       : tr("Turn");
            m_editor.apply(step, {BoardOp::replace(m_page, changed)});
        }
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Whiteboard"), e.message());
    }
    m_cacheValid = false;
    redrawLiveLayer();
    update();
}

void BoardView::deleteSelection()
{
    if (m_selection.isEmpty())
        return;
    const QStringList ids = m_selection;
    selectItems({});
    m_editor.apply(tr("Delete"), {BoardOp::remove(m_page, ids)});
}

void BoardView::duplicateSelection()
{
    if (m_selection.isEmpty())
        return;
    // The copies a little below and to the right, on top of their layers, then chosen.
    QList<BoardOp> ops;
    QStringList copies;
    const QTransform offset = QTransform::fromTranslate(20, 20);
    for (const BoardLayer &layer : m_editor.document().page(m_page).layers) {
        QList<BoardItem> add;
        for (const BoardItem &item : layer.items) {
            if (!m_selection.contains(item.id))
                continue;
            BoardItem copy = item;
            copy.id = Uuid::v7();
            copy.transform = item.transform * offset;
            copies << copy.id;
            add << copy;
        }
        if (!add.isEmpty())
            ops << BoardOp::insert(m_page, layer.id, int(layer.items.size()), add);
    }
    m_editor.apply(tr("Duplicate"), ops);
    selectItems(copies);
}

void BoardView::paintSelectionPreview(QPainter &painter) const
{
    if (m_select.grab == Grab::None || m_select.grab == Grab::Lasso)
        return;
    for (const BoardLayer &layer : m_editor.document().page(m_page).layers) {
        for (BoardItem item : layer.items) {
            if (!m_selection.contains(item.id))
                continue;
            item.transform = item.transform * m_select.delta;
            m_renderer->paintItem(painter, item);
        }
    }
}

void BoardView::paintSelection(QPainter &p) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPen dashed(SelectionBlue, 2, Qt::DashLine);
    if (m_select.grab == Grab::Lasso) {
        p.setPen(dashed);
        p.setBrush(QColor(0x1d, 0x5f, 0xbf, 24));
        p.drawPolygon(pageToView().map(m_select.lasso));
        p.restore();
        return;
    }
    const QPolygonF frame = selectionFrame();
    const QRectF box = frame.boundingRect();
    p.setPen(dashed);
    p.setBrush(Qt::NoBrush);
    p.drawPolygon(frame);
    if (m_select.grab == Grab::None) {
        p.setPen(QPen(SelectionBlue, 2));
        p.setBrush(Qt::white);
        p.drawRect(QRectF(box.bottomRight() - QPointF(HandleSize / 2, HandleSize / 2),
                          QSizeF(HandleSize, HandleSize)));
        const QPointF rotate(box.center().x(), box.top() - RotateReach);
        p.drawLine(QPointF(box.center().x(), box.top()), rotate + QPointF(0, HandleSize / 2));
        p.drawEllipse(rotate, HandleSize / 2, HandleSize / 2);
    }
    p.restore();
}

} // namespace SchoolSuite
