#include "boardpage.h"

#include "core/store/uuid.h"

namespace SchoolSuite {

BoardBackground BoardBackground::dark()
{
    BoardBackground b;
    b.color = QColor(0x1e, 0x3a, 0x2f);
    b.lineColor = QColor(0x6f, 0x8f, 0x80);
    return b;
}

BoardPage BoardPage::blank(const QString &layerName)
{
    BoardPage page;
    page.id = Uuid::v7();
    BoardLayer layer;
    layer.id = Uuid::v7();
    layer.name = layerName;
    page.layers << layer;
    return page;
}

int BoardPage::itemCount() const
{
    int n = 0;
    for (const BoardLayer &layer : layers)
        n += int(layer.items.size());
    return n;
}

int BoardPage::strokeCount() const
{
    int n = 0;
    for (const BoardLayer &layer : layers) {
        for (const BoardItem &item : layer.items)
            n += item.isStroke() ? 1 : 0;
    }
    return n;
}

QRectF BoardPage::extent() const
{
    QRectF r(QPointF(0, 0), size);
    if (!endless)
        return r;
    for (const BoardLayer &layer : layers) {
        for (const BoardItem &item : layer.items)
            r |= item.bounds();
    }
    return r;
}

} // namespace SchoolSuite
