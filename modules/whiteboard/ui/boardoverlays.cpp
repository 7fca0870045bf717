// Live items over the drawn board (BoardView::layoutOverlays): each clip of the page gets a
// player where it lies, each link a spot that opens it. They follow the page as it is zoomed,
// moved or turned; with the selection tool or the eraser they let the board have the pointer,
// so the items can be moved or erased like any other.
#include "boardmedia.h"
#include "boardview.h"

#include "whiteboard/edit/boardeditor.h"

#include <QMouseEvent>

namespace SchoolSuite {

namespace {

// A link on the board: touched, it opens.
class LinkSpot : public QWidget
{
public:
    LinkSpot(QString target, std::function<void(const QString &)> open, QWidget *parent)
        : QWidget(parent)
        , m_target(std::move(target))
        , m_open(std::move(open))
    {
        setObjectName(QStringLiteral("linkSpot"));
        setCursor(Qt::PointingHandCursor);
        setToolTip(m_target);
    }
    QString target() const { return m_target; }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            m_open(m_target);
        event->accept();
    }

private:
    QString m_target;
    std::function<void(const QString &)> m_open;
};

// An overlay no longer wanted goes once control is back in the event loop: it may be the one
// whose click is being handled (a link that opened another board).
void retire(QWidget *w)
{
    if (!w)
        return;
    w->hide();
    w->deleteLater();
}

} // namespace

void BoardView::layoutOverlays()
{
    const BoardDocument &doc = m_editor.document();
    if (m_page >= doc.pageCount())
        return;
    const BoardPage &page = doc.page(m_page);
    const QTransform t = pageToView();
    const bool passThrough = m_tool == Tool::Select || m_tool == Tool::Eraser;
    QSet<QString> seen;
    for (const BoardLayer &layer : page.layers) {
        if (!layer.visible)
            continue;
        for (const BoardItem &item : layer.items) {
            QRectF area;
            QWidget *w = m_overlays.value(item.id);
            if (const auto *m = std::get_if<MediaClip>(&item.data)) {
                area = m->rect;
                auto *player = qobject_cast<ClipPlayer *>(w);
                if (!player || player->asset() != m->asset) {
                    retire(w);
                    w = new ClipPlayer(doc, m->asset, m->video, this);
                }
            } else if (const auto *l = std::get_if<Link>(&item.data)) {
                area = l->rect;
                auto *spot = dynamic_cast<LinkSpot *>(w);
                if (!spot || spot->target() != l->target) {
                    retire(w);
                    w = new LinkSpot(
                        l->target,
                        [this](const QString &target) { emit linkActivated(target); },
                        this);
                }
            } else {
                continue;
            }
            m_overlays.insert(item.id, w);
            seen.insert(item.id);
            w->setGeometry(t.mapRect(item.transform.mapRect(area)).toAlignedRect());
            w->setAttribute(Qt::WA_TransparentForMouseEvents, passThrough);
            w->show();
            w->raise();
        }
    }
    for (auto it = m_overlays.begin(); it != m_overlays.end();) {
        if (seen.contains(it.key())) {
            ++it;
        } else {
            retire(it.value());
            it = m_overlays.erase(it);
        }
    }
}

QList<QWidget *> BoardView::overlays() const
{
    QList<QWidget *> out;
    for (const QPointer<QWidget> &w : m_overlays) {
        if (w)
            out << w;
    }
    return out;
}

bool BoardView::onOverlay(QPointF viewPos) const
{
    for (const QPointer<QWidget> &w : m_overlays) {
        if (w && w->isVisible() && !w->testAttribute(Qt::WA_TransparentForMouseEvents)
            && w->geometry().contains(viewPos.toPoint()))
            return true;
    }
    return false;
}

} // namespace SchoolSuite
