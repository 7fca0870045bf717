// Copy and paste on the board (WhiteboardPage): items go to the clipboard exactly (raw ink, and
// the images and clips they show), with a picture of them for other programs; pasting puts them
// on the page shown, on another page or another board. An image or text copied in another
// program pastes as an image, a link (an address) or a text box.
#include "boardview.h"
#include "whiteboardpage.h"

#include "core/error.h"
#include "core/store/uuid.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/render/boardrenderer.h"

#include <QApplication>
#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QClipboard>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QUrl>

namespace SchoolSuite {

namespace {

const QString ItemsMime = QStringLiteral("application/x-schoolsuite-board-items");

void collectAssets(const BoardItem &item, QStringList *keys)
{
    if (const auto *p = std::get_if<Picture>(&item.data))
        *keys << p->asset;
    else if (const auto *m = std::get_if<MediaClip>(&item.data))
        *keys << m->asset;
}

} // namespace

void WhiteboardPage::copySelection()
{
    const QStringList ids = m_view->selection();
    if (ids.isEmpty())
        return;
    const BoardDocument &doc = m_editor->document();
    QList<BoardItem> items;
    QRectF bounds;
    QStringList assets;
    for (const BoardLayer &layer : doc.page(m_view->page()).layers) {
        for (const BoardItem &item : layer.items) {
            if (!ids.contains(item.id))
                continue;
            items << item;
            bounds |= item.bounds();
            collectAssets(item, &assets);
        }
    }
    QCborMap files;
    for (const QString &key : std::as_const(assets)) {
        if (doc.hasAsset(key))
            files.insert(key,
                         QCborMap{{QStringLiteral("mime"), doc.assetMime(key)},
                                  {QStringLiteral("data"), doc.asset(key)}});
    }
    const QCborMap payload{
        {QStringLiteral("document"), doc.id},
        {QStringLiteral("page"), m_view->page()},
        {QStringLiteral("items"), BoardOp::insert(0, QString(), 0, items).toCbor()},
        {QStringLiteral("assets"), files}};
    auto *mime = new QMimeData;
    mime->setData(ItemsMime, payload.toCborValue().toCbor());
    // A picture of them, for a word processor or a chat.
    // At most 4096 pixels a side, however large the selection (an endless page).
    const qreal side = qMax<qreal>(qMax(bounds.width(), bounds.height()), 1);
    const qreal scale = qMin<qreal>(2, 4096 / side);
    QImage picture((bounds.size() * scale).toSize().expandedTo(QSize(1, 1)),
                   QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::transparent);
    {
        QPainter p(&picture);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(scale, scale);
        p.translate(-bounds.topLeft());
        BoardRenderer renderer(doc);
        for (const BoardItem &item : std::as_const(items))
            renderer.paintItem(p, item);
    }
    mime->setImageData(picture);
    QApplication::clipboard()->setMimeData(mime);
}

QStringList WhiteboardPage::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return {};
    BoardDocument &doc = m_editor->document();
    const BoardPage &page = doc.page(m_view->page());
    int layer = int(page.layers.size()) - 1;
    while (layer > 0 && !page.layers.at(layer).visible)
        --layer;
    QList<BoardItem> items;
    bool newFiles = false;
    if (mime->hasFormat(ItemsMime)) {
        const QCborMap payload = QCborValue::fromCbor(mime->data(ItemsMime)).toMap();
        bool ok = false;
        const BoardOp op = BoardOp::fromCbor(payload.value(QStringLiteral("items")), &ok);
        if (!ok)
            throw Error(tr("What was copied cannot be pasted on the board."), Error::Invalid);
        const QCborMap files = payload.value(QStringLiteral("assets")).toMap();
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString key = it.key().toString();
            if (doc.hasAsset(key))
                continue;
            const QCborMap f = it.value().toMap();
            doc.addAsset(f.value(QStringLiteral("data")).toByteArray(),
                         f.value(QStringLiteral("mime")).toString());
            newFiles = true;
        }
        // On the page they were copied from, the copies sit a little below and to the right.
        const bool samePage
            = payload.value(QStringLiteral("document")).toString() == doc.id
              && payload.value(QStringLiteral("page")).toInteger() == m_view->page();
        for (const BoardOp::Place &place : op.places) {
            BoardItem item = place.item;
            item.id = Uuid::v7();
            if (samePage)
                item.transform = item.transform * QTransform::fromTranslate(20, 20);
            items << item;
        }
    } else if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (image.isNull())
            return {};
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        Picture p;
        p.asset = doc.addAsset(png, QStringLiteral("image/png"));
        p.rect = placeFor(QSizeF(image.size()));
        BoardItem item;
        item.id = Uuid::v7();
        item.data = p;
        items << item;
        newFiles = true;
    } else if (mime->hasText() && !mime->text().trimmed().isEmpty()) {
        const QString text = mime->text().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        BoardItem item;
        item.id = Uuid::v7();
        if (!text.contains(QLatin1Char('\n')) && url.isValid()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))) {
            Link l;
            l.target = text;
            l.rect = placeFor(QSizeF(qBound<qreal>(120, text.size() * 12.0, 600), 40));
            item.data = l;
        } else {
            TextBox t;
            t.html = text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            t.rect = placeFor(QSizeF(400, 40 + 30 * text.count(QLatin1Char('\n'))));
            item.data = t;
        }
        items << item;
    }
    if (items.isEmpty())
        return {};
    m_editor->apply(tr("Paste"),
                    {BoardOp::insert(m_view->page(),
                                     page.layers.at(layer).id,
                                     int(page.layers.at(layer).items.size()),
                                     items)});
    if (newFiles)
        m_editor->save(); // the new files are in the working copy before anything can crash
    QStringList ids;
    for (const BoardItem &item : std::as_const(items))
        ids << item.id;
    action(QStringLiteral("select"))->setChecked(true);
    m_view->setTool(BoardView::Tool::Select);
    m_view->selectItems(ids);
    return ids;
}

} // namespace SchoolSuite
