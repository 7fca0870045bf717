#include "boardrenderer.h"

#include "inkfill.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfDocument>
#include <QTextDocument>

namespace SchoolSuite {

namespace {

void paintShape(QPainter &painter, const Shape &s)
{
    QPen pen(s.stroke, s.width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(s.width > 0 ? pen : QPen(Qt::NoPen));
    painter.setBrush(s.fill.isValid() ? QBrush(s.fill) : QBrush(Qt::NoBrush));
    if (s.points.size() < 2)
        return;
    const QPointF a = s.points.at(0), b = s.points.at(1);
    switch (s.kind) {
    case ShapeKind::Line:
        painter.drawLine(a, b);
        break;
    case ShapeKind::Arrow: {
        painter.drawLine(a, b);
        const QLineF line(b, a);
        if (line.length() < 1e-6)
            break;
        const qreal head = qMax<qreal>(s.width * 4, 10);
        QLineF side1 = line;
        side1.setLength(head);
        side1.setAngle(line.angle() + 25);
        QLineF side2 = line;
        side2.setLength(head);
        side2.setAngle(line.angle() - 25);
        painter.setBrush(s.stroke);
        painter.drawPolygon(QPolygonF{b, side1.p2(), side2.p2()});
        break;
    }
    case ShapeKind::Rectangle:
        painter.drawRect(QRectF(a, b).normalized());
        break;
    case ShapeKind::Ellipse:
        painter.drawEllipse(QRectF(a, b).normalized());
        break;
    case ShapeKind::Polygon:
        painter.drawPolygon(s.points);
        break;
    }
}

void paintText(QPainter &painter, const TextBox &t)
{
    QTextDocument doc;
    QFont font = doc.defaultFont();
    font.setPixelSize(24); // page units: a readable size on a board page
    doc.setDefaultFont(font);
    doc.setDocumentMargin(2);
    doc.setHtml(t.html);
    doc.setTextWidth(t.rect.width());
    painter.save();
    painter.translate(t.rect.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    context.clip = QRectF(QPointF(0, 0), t.rect.size());
    painter.setClipRect(context.clip, Qt::IntersectClip);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

// A clip is played on the board; on paper it is a frame with a play mark and its name.
void paintClip(QPainter &painter, const MediaClip &m)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x26, 0x2b, 0x33));
    painter.drawRoundedRect(m.rect, 6, 6);
    const qreal side = qMin(m.rect.width(), m.rect.height()) / 3;
    const QPointF c = m.rect.center();
    painter.setBrush(QColor(255, 255, 255, 220));
    if (m.video) {
        painter.drawPolygon(QPolygonF{c + QPointF(-side / 3, -side / 2),
                                      c + QPointF(-side / 3, side / 2),
                                      c + QPointF(side / 2, 0)});
    } else {
        // A note for sound.
        painter.drawEllipse(QRectF(c.x() - side / 2, c.y(), side / 2, side / 3));
        painter.drawRect(QRectF(c.x() - side / 20, c.y() - side / 2, side / 10, side * 2 / 3));
    }
}

void paintLink(QPainter &painter, const Link &l)
{
    QFont font = painter.font();
    font.setPixelSize(qBound(10, int(l.rect.height() * 0.6), 48));
    font.setUnderline(true);
    painter.setFont(font);
    painter.setPen(QColor(0x1d, 0x5f, 0xbf));
    const QString text = l.label.isEmpty() ? l.target : l.label;
    painter.drawText(l.rect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, text);
}

} // namespace

BoardRenderer::BoardRenderer(const BoardDocument &document)
    : m_document(document)
{}

BoardRenderer::~BoardRenderer() = default;

void BoardRenderer::paintStroke(QPainter &painter, const Stroke &stroke)
{
    const Stroke::Geometry &g = stroke.geometry();
    if (!g.outline.isEmpty() && painter.paintEngine()
        && painter.paintEngine()->type() == QPaintEngine::Raster) {
        // Ink's own filler first (inkfill.h); else a polygon, which Qt rasterizes faster than a
        // path.
        if (painter.testRenderHint(QPainter::Antialiasing)
            && fillInk(painter, g.outline, stroke.color))
            return;
        painter.setPen(Qt::NoPen);
        painter.setBrush(stroke.color);
        painter.drawPolygon(g.outline, Qt::WindingFill);
        return;
    }
    if (g.filled) {
        painter.fillPath(g.path, stroke.color);
        return;
    }
    const Qt::PenCapStyle cap = stroke.pen == PenKind::Highlighter ? Qt::FlatCap : Qt::RoundCap;
    painter.strokePath(g.path, QPen(stroke.color, stroke.width, Qt::SolidLine, cap, Qt::RoundJoin));
}

void BoardRenderer::paintItem(QPainter &painter, const BoardItem &item) const
{
    const bool moved = !item.transform.isIdentity();
    if (moved) {
        painter.save();
        painter.setTransform(item.transform, true);
    }
    if (const Stroke *s = std::get_if<Stroke>(&item.data)) {
        paintStroke(painter, *s);
    } else if (const Shape *shape = std::get_if<Shape>(&item.data)) {
        painter.save();
        paintShape(painter, *shape);
        painter.restore();
    } else if (const TextBox *t = std::get_if<TextBox>(&item.data)) {
        paintText(painter, *t);
    } else if (const Picture *p = std::get_if<Picture>(&item.data)) {
        const QImage img = image(p->asset);
        if (!img.isNull()) {
            painter.drawImage(p->rect, img);
        } else {
            // A missing or unreadable image: its place stays visible.
            painter.save();
            painter.setPen(QPen(Qt::gray, 1, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(p->rect);
            painter.drawLine(p->rect.topLeft(), p->rect.bottomRight());
            painter.drawLine(p->rect.topRight(), p->rect.bottomLeft());
            painter.restore();
        }
    } else if (const MediaClip *m = std::get_if<MediaClip>(&item.data)) {
        painter.save();
        paintClip(painter, *m);
        painter.restore();
    } else if (const Link *l = std::get_if<Link>(&item.data)) {
        painter.save();
        paintLink(painter, *l);
        painter.restore();
    }
    if (moved)
        painter.restore();
}

namespace {

// Consecutive strokes of one colour and kind drawn as one path: one fill (or one stroke) for a
// line of handwriting instead of one per stroke, which is most of the cost of a PDF page and
// of a repaint. Pressure outlines all turn the same way (StrokeGeometry), so their union under
// the winding rule is the same as drawing them one by one.
class StrokeBatch
{
public:
    explicit StrokeBatch(QPainter &painter)
        : m_painter(painter)
        , m_vector(painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Pdf)
    {}
    ~StrokeBatch() { flush(); }

    // False if the stroke cannot join a batch (it is drawn on its own). Only vector output
    // batches: the raster engine fills many small paths faster than one large one (its
    // rasterizer splits a large path into bands), while a PDF pays per fill.
    bool add(const Stroke &s)
    {
        if (!m_vector)
            return false;
        const Stroke::Geometry &g = s.geometry();
        if (g.dot)
            return false;
        const Key key{s.color.rgba(), g.filled, g.filled ? 0.0f : s.width, s.pen};
        if (!m_path.isEmpty() && !(key == m_key))
            flush();
        m_key = key;
        m_path.addPath(g.path);
        return true;
    }

    void flush()
    {
        if (m_path.isEmpty())
            return;
        if (m_key.filled) {
            m_path.setFillRule(Qt::WindingFill);
            m_painter.fillPath(m_path, QColor::fromRgba(m_key.rgba));
        } else {
            const Qt::PenCapStyle cap
                = m_key.pen == PenKind::Highlighter ? Qt::FlatCap : Qt::RoundCap;
            m_painter.strokePath(
                m_path,
                QPen(QColor::fromRgba(m_key.rgba), m_key.width, Qt::SolidLine, cap, Qt::RoundJoin));
        }
        m_path.clear();
    }

private:
    struct Key
    {
        QRgb rgba = 0;
        bool filled = false;
        float width = 0;
        PenKind pen = PenKind::Pen;
        bool operator==(const Key &) const = default;
    };
    QPainter &m_painter;
    bool m_vector = false;
    QPainterPath m_path;
    Key m_key;
};

} // namespace

void BoardRenderer::paintPage(QPainter &painter,
                              const BoardPage &page,
                              const QRectF &exposed,
                              const QSet<QString> &hidden) const
{
    const QRectF area = exposed.isEmpty() ? page.extent() : exposed;
    paintBackground(painter, page, area);
    painter.setRenderHint(QPainter::Antialiasing);
    // What ink's own filler needs of the painter, found once for the page (inkfill.h).
    const InkTarget ink
        = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster
              ? InkTarget::of(painter)
              : InkTarget();
    for (const BoardLayer &layer : page.layers) {
        if (!layer.visible)
            continue;
        StrokeBatch batch(painter);
        for (const BoardItem &item : layer.items) {
            // Ink, most of a page: its geometry looked up once (a page is drawn in bands, each
            // going through all the items).
            const Stroke *s = item.stroke();
            const Stroke::Geometry *g = s && item.transform.isIdentity() ? &s->geometry() : nullptr;
            if ((!exposed.isEmpty() && !(g ? g->bounds : item.bounds()).intersects(exposed))
                || (!hidden.isEmpty() && hidden.contains(item.id)))
                continue;
            if (g && ink.image && !g->outline.isEmpty() && fillInk(ink, g->outline, s->color))
                continue;
            if (g && batch.add(*s))
                continue;
            batch.flush();
            paintItem(painter, item);
        }
    }
}

void BoardRenderer::paintBackground(QPainter &painter,
                                    const BoardPage &page,
                                    const QRectF &area) const
{
    const BoardBackground &b = page.background;
    painter.fillRect(area, b.color);
    const QRectF pageRect(QPointF(0, 0), page.size);
    if (!b.pdfAsset.isEmpty()) {
        const QImage img = pdfPage(b.pdfAsset, b.pdfPage, page.size);
        if (!img.isNull())
            painter.drawImage(pageRect, img);
    } else if (!b.imageAsset.isEmpty()) {
        const QImage img = image(b.imageAsset);
        if (!img.isNull())
            painter.drawImage(pageRect, img);
    }
    // Patterns are laid out on the whole page, so a partial repaint draws the same lines.
    paintPattern(painter, b, page.endless ? area : pageRect, page.endless);
}

void BoardRenderer::prepare(const BoardPage &page) const
{
    if (!page.background.pdfAsset.isEmpty())
        pdfPage(page.background.pdfAsset, page.background.pdfPage, page.size);
    if (!page.background.imageAsset.isEmpty())
        image(page.background.imageAsset);
    for (const BoardLayer &layer : page.layers) {
        for (const BoardItem &item : layer.items) {
            if (const Stroke *s = item.stroke())
                s->geometry();
            else if (const Picture *p = std::get_if<Picture>(&item.data))
                image(p->asset);
        }
    }
}

QImage BoardRenderer::image(const QString &asset) const
{
    const auto it = m_images.constFind(asset);
    if (it != m_images.cend())
        return *it;
    QImage img;
    const QByteArray data = m_document.asset(asset);
    // Images of a board are photos and scans; a decoded image past 64 megapixels is refused
    // rather than taking gigabytes (a crafted header can claim anything).
    if (!data.isEmpty()) {
        QBuffer buffer;
        buffer.setData(data);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (size.isValid() && qint64(size.width()) * size.height() <= 64'000'000)
            img = reader.read();
    }
    m_images.insert(asset, img);
    return img;
}

QImage BoardRenderer::pdfPage(const QString &asset, int page, const QSizeF &size) const
{
    const QString key = asset + QLatin1Char('#') + QString::number(page) + QLatin1Char('@')
                        + QString::number(m_pdfScale);
    const auto it = m_images.constFind(key);
    if (it != m_images.cend())
        return *it;
    QImage img;
    QBuffer buffer;
    buffer.setData(m_document.asset(asset));
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    if (pdf.status() == QPdfDocument::Status::Ready && page >= 0 && page < pdf.pageCount()) {
        const QSize pixels = (size * m_pdfScale).toSize().boundedTo(QSize(8000, 8000));
        img = pdf.render(page, pixels);
    }
    m_images.insert(key, img);
    return img;
}

} // namespace SchoolSuite
