// BoardView's ink and tools in use: a contact begins, extends, is held to straighten a shape, and
// finishes or is cancelled (pen, finger, mouse; several at once).
#include "boardview.h"

#include "core/error.h"
#include "core/store/uuid.h"
#include "whiteboard/document/shaperecognizer.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/render/boardrenderer.h"

#include <QDateTime>
#include <QMessageBox>
#include <QPainter>
#include <QTimer>

namespace SchoolSuite {

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

} // namespace SchoolSuite
