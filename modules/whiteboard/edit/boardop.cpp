#include "boardop.h"

#include "core/error.h"
#include "whiteboard/format/inkcodec.h"
#include "whiteboard/format/svgpage.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::BoardOp", text);
}

struct Found
{
    int layer = -1;
    int index = -1;
};

Found find(const BoardPage &page, const QString &id)
{
    for (int l = 0; l < page.layers.size(); ++l) {
        const QList<BoardItem> &items = page.layers.at(l).items;
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).id == id)
                return {l, i};
        }
    }
    return {};
}

int layerIndex(const BoardPage &page, const QString &id)
{
    for (int l = 0; l < page.layers.size(); ++l) {
        if (page.layers.at(l).id == id)
            return l;
    }
    return -1;
}

void checkPage(const BoardDocument &doc, int page)
{
    if (page < 0 || page >= doc.pageCount())
        throw Error(QCoreApplication::translate("SchoolSuite::BoardOp", "The board has no page %1.")
                        .arg(page + 1),
                    Error::Invalid);
}

// Pages, items and backgrounds travel in the journal as the page format writes them.
QCborMap pageCbor(const BoardPage &page)
{
    return QCborMap{{QStringLiteral("svg"), SvgPage::write(page)},
                    {QStringLiteral("ink"), InkCodec::write(page)}};
}

BoardPage pageFromCbor(const QCborValue &v, bool *ok)
{
    const QCborMap m = v.toMap();
    bool inkOk = false;
    const auto ink = InkCodec::read(m.value(QStringLiteral("ink")).toByteArray(), &inkOk);
    QStringList warnings;
    BoardPage page
        = SvgPage::read(m.value(QStringLiteral("svg")).toByteArray(), ink, QString(), &warnings);
    *ok = *ok && inkOk && warnings.isEmpty();
    return page;
}

BoardPage itemsPage(const QList<BoardItem> &items)
{
    BoardPage page;
    page.layers = {BoardLayer{QStringLiteral("items"), QString(), true, items}};
    return page;
}

QList<BoardItem> itemsFromCbor(const QCborValue &v, bool *ok)
{
    const BoardPage page = pageFromCbor(v, ok);
    return page.layers.isEmpty() ? QList<BoardItem>() : page.layers.first().items;
}

} // namespace

BoardOp BoardOp::insert(int page, const QString &layerId, int index, QList<BoardItem> items)
{
    BoardOp op;
    op.kind = Kind::Insert;
    op.page = page;
    for (BoardItem &item : items)
        op.places.append({layerId, index++, std::move(item)});
    return op;
}

BoardOp BoardOp::remove(int page, QStringList ids)
{
    BoardOp op;
    op.kind = Kind::Remove;
    op.page = page;
    op.ids = std::move(ids);
    return op;
}

BoardOp BoardOp::replace(int page, QList<BoardItem> items)
{
    BoardOp op;
    op.kind = Kind::Replace;
    op.page = page;
    op.items = std::move(items);
    return op;
}

BoardOp BoardOp::setBackground(int page, const BoardBackground &background)
{
    BoardOp op;
    op.kind = Kind::SetBackground;
    op.page = page;
    op.background = background;
    return op;
}

BoardOp BoardOp::insertPage(int index, BoardPage page)
{
    BoardOp op;
    op.kind = Kind::InsertPage;
    op.index = index;
    op.pageData = std::move(page);
    return op;
}

BoardOp BoardOp::removePage(int index)
{
    BoardOp op;
    op.kind = Kind::RemovePage;
    op.index = index;
    return op;
}

BoardOp BoardOp::movePage(int from, int to)
{
    BoardOp op;
    op.kind = Kind::MovePage;
    op.index = from;
    op.to = to;
    return op;
}

BoardOp BoardOp::apply(BoardDocument &doc) const
{
    switch (kind) {
    case Kind::Insert: {
        checkPage(doc, page);
        BoardPage &p = doc.pageForEdit(page);
        // Checked before anything changes: all or nothing.
        QList<int> layers;
        for (const Place &place : places) {
            const int l = layerIndex(p, place.layerId);
            if (l < 0)
                throw Error(tr("Page %1 has no layer %2.").arg(page + 1).arg(place.layerId),
                            Error::Invalid);
            layers << l;
        }
        QStringList ids;
        for (int i = 0; i < places.size(); ++i) {
            QList<BoardItem> &items = p.layers[layers[i]].items;
            items.insert(qBound(0, places[i].index, int(items.size())), places[i].item);
            ids << places[i].item.id;
        }
        return remove(page, ids);
    }
    case Kind::Remove: {
        checkPage(doc, page);
        BoardPage &p = doc.pageForEdit(page);
        QList<std::pair<Found, QString>> found;
        for (const QString &id : ids) {
            const Found f = find(p, id);
            if (f.layer < 0)
                throw Error(tr("Page %1 has no item %2.").arg(page + 1).arg(id), Error::Invalid);
            found.append({f, id});
        }
        // Taken out from the last, so the indexes noted stay right; put back from the first.
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
            return std::pair(a.first.layer, a.first.index)
                   < std::pair(b.first.layer, b.first.index);
        });
        BoardOp inverse;
        inverse.kind = Kind::Insert;
        inverse.page = page;
        for (auto it = found.crbegin(); it != found.crend(); ++it) {
            QList<BoardItem> &items = p.layers[it->first.layer].items;
            inverse.places.prepend(
                {p.layers[it->first.layer].id, it->first.index, items.takeAt(it->first.index)});
        }
        return inverse;
    }
    case Kind::Replace: {
        checkPage(doc, page);
        BoardPage &p = doc.pageForEdit(page);
        QList<Found> found;
        for (const BoardItem &item : items) {
            found << find(p, item.id);
            if (found.last().layer < 0)
                throw Error(tr("Page %1 has no item %2.").arg(page + 1).arg(item.id),
                            Error::Invalid);
        }
        BoardOp inverse;
        inverse.kind = Kind::Replace;
        inverse.page = page;
        for (int i = 0; i < items.size(); ++i) {
            BoardItem &target = p.layers[found[i].layer].items[found[i].index];
            inverse.items << target;
            target = items[i];
        }
        return inverse;
    }
    case Kind::SetBackground: {
        checkPage(doc, page);
        BoardPage &p = doc.pageForEdit(page);
        const BoardOp inverse = setBackground(page, p.background);
        p.background = background;
        return inverse;
    }
    case Kind::InsertPage:
        if (index < 0 || index > doc.pageCount())
            throw Error(tr("The board has no place for a page %1.").arg(index + 1), Error::Invalid);
        doc.insertPage(index, pageData);
        return removePage(index);
    case Kind::RemovePage:
        checkPage(doc, index);
        if (doc.pageCount() == 1)
            throw Error(tr("The last page of a board cannot be removed."), Error::Invalid);
        return insertPage(index, doc.takePage(index));
    case Kind::MovePage:
        checkPage(doc, index);
        checkPage(doc, to);
        doc.movePage(index, to);
        return movePage(to, index);
    }
    return {};
}

QCborValue BoardOp::toCbor() const
{
    QCborMap m{{QStringLiteral("k"), int(kind)}, {QStringLiteral("p"), page}};
    switch (kind) {
    case Kind::Insert: {
        QList<BoardItem> list;
        QCborArray layers, indexes;
        for (const Place &place : places) {
            list << place.item;
            layers << place.layerId;
            indexes << place.index;
        }
        m.insert(QStringLiteral("items"), pageCbor(itemsPage(list)));
        m.insert(QStringLiteral("layers"), layers);
        m.insert(QStringLiteral("indexes"), indexes);
        break;
    }
    case Kind::Remove:
        m.insert(QStringLiteral("ids"), QCborArray::fromStringList(ids));
        break;
    case Kind::Replace:
        m.insert(QStringLiteral("items"), pageCbor(itemsPage(items)));
        break;
    case Kind::SetBackground: {
        BoardPage p;
        p.background = background;
        m.insert(QStringLiteral("bg"), pageCbor(p));
        break;
    }
    case Kind::InsertPage:
        m.insert(QStringLiteral("i"), index);
        m.insert(QStringLiteral("page"), pageCbor(pageData));
        break;
    case Kind::RemovePage:
        m.insert(QStringLiteral("i"), index);
        break;
    case Kind::MovePage:
        m.insert(QStringLiteral("i"), index);
        m.insert(QStringLiteral("to"), to);
        break;
    }
    return m;
}

BoardOp BoardOp::fromCbor(const QCborValue &value, bool *ok)
{
    *ok = value.isMap();
    const QCborMap m = value.toMap();
    BoardOp op;
    const qint64 k = m.value(QStringLiteral("k")).toInteger(-1);
    if (k < 0 || k > qint64(Kind::MovePage)) {
        *ok = false;
        return op;
    }
    op.kind = Kind(k);
    op.page = int(m.value(QStringLiteral("p")).toInteger());
    op.index = int(m.value(QStringLiteral("i")).toInteger());
    op.to = int(m.value(QStringLiteral("to")).toInteger());
    switch (op.kind) {
    case Kind::Insert: {
        const QList<BoardItem> list = itemsFromCbor(m.value(QStringLiteral("items")), ok);
        const QCborArray layers = m.value(QStringLiteral("layers")).toArray();
        const QCborArray indexes = m.value(QStringLiteral("indexes")).toArray();
        if (layers.size() != list.size() || indexes.size() != list.size()) {
            *ok = false;
            break;
        }
        for (int i = 0; i < list.size(); ++i)
            op.places.append({layers.at(i).toString(), int(indexes.at(i).toInteger()), list.at(i)});
        break;
    }
    case Kind::Remove:
        for (const QCborValue &id : m.value(QStringLiteral("ids")).toArray())
            op.ids << id.toString();
        break;
    case Kind::Replace:
        op.items = itemsFromCbor(m.value(QStringLiteral("items")), ok);
        break;
    case Kind::SetBackground:
        op.background = pageFromCbor(m.value(QStringLiteral("bg")), ok).background;
        break;
    case Kind::InsertPage:
        op.pageData = pageFromCbor(m.value(QStringLiteral("page")), ok);
        break;
    case Kind::RemovePage:
    case Kind::MovePage:
        break;
    }
    return op;
}

} // namespace SchoolSuite
