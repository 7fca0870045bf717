// The eraser of BoardView: whole strokes, part of strokes (the ink under the eraser goes, the
// rest of each stroke stays as pieces), or an area dragged as a rectangle (the ink inside goes,
// and every other item lying wholly inside). A sweep is one undo step.
#include "boardview.h"

#include "core/error.h"
#include "core/store/uuid.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/render/boardrenderer.h"

#include <QMessageBox>
#include <QPainter>

namespace SchoolSuite {

namespace {

constexpr qreal EraserRadius = 14; // view pixels

// Samples no further apart than step, so a long straight segment is cut where the eraser
// crosses it and not only at its ends; original marks those the pen made.
QList<InkSample> densified(const QList<InkSample> &samples, qreal step, QList<bool> *original)
{
    QList<InkSample> out;
    out.reserve(samples.size());
    original->clear();
    for (qsizetype i = 0; i < samples.size(); ++i) {
        if (i > 0) {
            const InkSample &a = samples[i - 1];
            const InkSample &b = samples[i];
            const qreal length = QLineF(a.x, a.y, b.x, b.y).length();
            const int extra = qIsFinite(length) ? int(qMin<qreal>(length / step, 1000)) : 0;
            for (int k = 1; k <= extra; ++k) {
                const float f = float(k) / float(extra + 1);
                out << InkSample{a.x + (b.x - a.x) * f,
                                 a.y + (b.y - a.y) * f,
                                 a.pressure + (b.pressure - a.pressure) * f,
                                 quint32(a.t + (b.t - a.t) * f)};
                *original << false;
            }
        }
        out << samples[i];
        *original << true;
    }
    return out;
}

} // namespace

qreal BoardView::eraserRadius() const
{
    return EraserRadius / pageToView().m11();
}

void BoardView::eraseAt(Live &live, QPointF pos)
{
    if (m_eraserMode == EraserMode::Area) {
        if (live.area.isEmpty())
            live.area << pos;
        live.area.resize(1);
        live.area << pos;
        update();
        return;
    }
    const qreal r = eraserRadius();
    const QRectF box(pos - QPointF(r, r), QSizeF(2 * r, 2 * r));
    QPainterPath circle;
    circle.addEllipse(pos, r, r);
    bool hit = false;
    bool cut = false;
    for (const BoardLayer &layer : m_editor.document().page(m_page).layers) {
        if (!layer.visible)
            continue;
        for (const BoardItem &item : layer.items) {
            const Stroke *s = item.stroke();
            if (!s || !item.bounds().intersects(box))
                continue;
            if (m_eraserMode == EraserMode::Partial) {
                // Each sample within reach of the eraser's centre goes.
                auto dense = live.dense.find(item.id);
                if (dense == live.dense.end()) {
                    QList<bool> original;
                    dense = live.dense.insert(item.id, densified(s->samples, r / 3, &original));
                    live.keep.insert(item.id, QList<bool>(dense->size(), true));
                    live.original.insert(item.id, original);
                }
                QList<bool> &keep = live.keep[item.id];
                const qreal reach = r + s->width / 2;
                for (qsizetype i = 0; i < dense->size(); ++i) {
                    const QPointF p = item.transform.map(QPointF(dense->at(i).x, dense->at(i).y));
                    if (keep[i] && QLineF(p, pos).length() <= reach) {
                        keep[i] = false;
                        cut = true;
                        if (!m_hidden.contains(item.id)) {
                            m_hidden.insert(item.id);
                            hit = true;
                        }
                    }
                }
                continue;
            }
            if (m_hidden.contains(item.id))
                continue;
            const Stroke::Geometry &g = s->geometry();
            bool touches = false;
            if (g.filled) {
                touches = item.transform.map(g.path).intersects(circle);
            } else {
                // A stroked centre line: near enough to one of its points.
                const qreal reach = r + s->width / 2;
                for (const InkSample &sample : s->samples) {
                    const QPointF p = item.transform.map(QPointF(sample.x, sample.y));
                    if (QLineF(p, pos).length() <= reach) {
                        touches = true;
                        break;
                    }
                }
            }
            if (touches) {
                m_hidden.insert(item.id);
                live.erased << item.id;
                hit = true;
            }
        }
    }
    if (hit)
        m_cacheValid = false; // the stroke leaves the drawn page (its pieces are drawn above)
    if (hit || cut)
        update();
}

QList<BoardItem> BoardView::piecesOf(const BoardItem &item,
                                     const QList<InkSample> &dense,
                                     const QList<bool> &keep,
                                     const QList<bool> &original)
{
    QList<BoardItem> pieces;
    const Stroke *s = item.stroke();
    QList<InkSample> run;
    qsizetype lastKept = -1;
    const auto close = [&] {
        if (lastKept >= 0 && !run.isEmpty() && !(run.last() == dense[lastKept]))
            run << dense[lastKept]; // where the piece ends
        if (run.size() >= 2) {
            BoardItem piece;
            piece.id = Uuid::v7();
            piece.transform = item.transform;
            // A new stroke (a copy would keep the whole stroke's drawn outline).
            Stroke part;
            part.color = s->color;
            part.width = s->width;
            part.pen = s->pen;
            part.pressure = s->pressure;
            part.samples = run;
            piece.data = part;
            pieces << piece;
        }
        run.clear();
        lastKept = -1;
    };
    for (qsizetype i = 0; i < dense.size(); ++i) {
        if (!keep[i]) {
            close();
            continue;
        }
        // A piece keeps the pen's own samples and the ones where the eraser cut it.
        if (run.isEmpty() || original.value(i, true))
            run << dense[i];
        lastKept = i;
    }
    close();
    return pieces;
}

void BoardView::finishErase(Live &live)
{
    const BoardPage &page = m_editor.document().page(m_page);
    QStringList removed = live.erased;
    if (m_eraserMode == EraserMode::Area && live.area.size() == 2) {
        const QRectF area = QRectF(live.area[0], live.area[1]).normalized();
        for (const BoardLayer &layer : page.layers) {
            if (!layer.visible)
                continue;
            for (const BoardItem &item : layer.items) {
                if (!item.bounds().intersects(area))
                    continue;
                if (const Stroke *s = item.stroke()) {
                    QList<bool> original;
                    const QList<InkSample> dense
                        = densified(s->samples, eraserRadius() / 3, &original);
                    QList<bool> keep(dense.size(), true);
                    bool any = false;
                    for (qsizetype i = 0; i < dense.size(); ++i) {
                        if (area.contains(item.transform.map(QPointF(dense[i].x, dense[i].y)))) {
                            keep[i] = false;
                            any = true;
                        }
                    }
                    if (any) {
                        live.dense.insert(item.id, dense);
                        live.keep.insert(item.id, keep);
                        live.original.insert(item.id, original);
                    }
                } else if (area.contains(item.bounds())) {
                    removed << item.id;
                }
            }
        }
    }
    for (auto it = live.keep.cbegin(); it != live.keep.cend(); ++it) {
        if (it.value().contains(false))
            removed << it.key();
    }
    // Each cut stroke's pieces go where it lay, in its layer: the index counts the items left
    // below it once the removed ones are gone. From the top down, so an insert does not move
    // the places of those still to come.
    QList<BoardOp> ops;
    const QSet<QString> gone(removed.cbegin(), removed.cend());
    for (const BoardLayer &layer : page.layers) {
        int below = 0; // items of the layer that stay, below the current one
        QList<std::pair<int, QList<BoardItem>>> inserts;
        for (const BoardItem &item : layer.items) {
            const auto dense = live.dense.constFind(item.id);
            if (gone.contains(item.id)) {
                if (dense != live.dense.cend()) {
                    const QList<BoardItem> pieces
                        = piecesOf(item, *dense, live.keep[item.id], live.original[item.id]);
                    if (!pieces.isEmpty())
                        inserts.prepend({below, pieces});
                }
                continue;
            }
            ++below;
        }
        for (const auto &[index, pieces] : std::as_const(inserts))
            ops << BoardOp::insert(m_page, layer.id, index, pieces);
    }
    if (!removed.isEmpty())
        ops.prepend(BoardOp::remove(m_page, removed));
    try {
        if (!ops.isEmpty())
            m_editor.apply(tr("Erase"), ops);
    } catch (const Error &e) {
        m_cacheValid = false;
        QMessageBox::warning(this, tr("Erase"), e.message());
    }
    for (const QString &id : std::as_const(removed))
        m_hidden.remove(id);
    for (auto it = live.dense.cbegin(); it != live.dense.cend(); ++it)
        m_hidden.remove(it.key());
    m_cacheValid = false;
    update();
}

void BoardView::paintErasePreview(QPainter &p, const Live &live) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setTransform(pageToView(), true);
    if (!live.area.isEmpty()) {
        // The area being dragged, and what it will take.
        const QRectF area = QRectF(live.area.first(), live.area.last()).normalized();
        p.setPen(QPen(QColor(200, 40, 40), 2 / pageToView().m11(), Qt::DashLine));
        p.setBrush(QColor(200, 40, 40, 30));
        p.drawRect(area);
    }
    // The pieces of the strokes being cut (the strokes themselves are hidden from the page).
    for (const BoardLayer &layer : m_editor.document().page(m_page).layers) {
        for (const BoardItem &item : layer.items) {
            const auto dense = live.dense.constFind(item.id);
            if (dense == live.dense.cend())
                continue;
            for (const BoardItem &piece :
                 piecesOf(item, *dense, live.keep[item.id], live.original[item.id]))
                m_renderer->paintItem(p, piece);
        }
    }
    p.restore();
}

} // namespace SchoolSuite
