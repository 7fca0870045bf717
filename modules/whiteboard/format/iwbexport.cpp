#include "iwbexport.h"

#include "core/error.h"
#include "core/io/zipwriter.h"
#include "core/store/uuid.h"
#include "whiteboard/render/boardrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QXmlStreamWriter>
#include <QtMath>

namespace SchoolSuite {

namespace {

const QString iwbNs = QStringLiteral("http://www.imsglobal.org/xsd/iwb_v1p0");
const QString svgNs = QStringLiteral("http://www.w3.org/2000/svg");
const QString xlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");

// Pixels per page unit of a background drawn into an image (2 ≈ 144 dpi).
constexpr qreal BackgroundScale = 2;

QString num(qreal v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString pointsText(const QPolygonF &points)
{
    QString out;
    out.reserve(points.size() * 14);
    for (const QPointF &p : points)
        out += QString::number(p.x(), 'f', 2) + QLatin1Char(',') + QString::number(p.y(), 'f', 2)
               + QLatin1Char(' ');
    return out.trimmed();
}

// Renames the members OpenBoard's reader recognises: images/, video/, audio/.
QString folderFor(const QString &mime)
{
    if (mime.startsWith(QLatin1String("video/")))
        return QStringLiteral("video/");
    if (mime.startsWith(QLatin1String("audio/")))
        return QStringLiteral("audio/");
    return QStringLiteral("images/");
}

class Writer
{
public:
    Writer(const BoardDocument &doc, QByteArray *xml, ZipWriter &zip)
        : m_doc(doc)
        , m_zip(zip)
        , w(xml)
    {
        w.setAutoFormatting(true);
    }

    void write()
    {
        w.writeStartDocument();
        // Prefixes written as OpenBoard writes them: the root in the default namespace, the
        // other IWB elements with iwb:, SVG with svg:.
        w.writeStartElement(QStringLiteral("iwb"));
        w.writeAttribute(QStringLiteral("xmlns"), iwbNs);
        w.writeAttribute(QStringLiteral("xmlns:iwb"), iwbNs);
        w.writeAttribute(QStringLiteral("xmlns:svg"), svgNs);
        w.writeAttribute(QStringLiteral("xmlns:xlink"), xlinkNs);
        w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
        meta(QStringLiteral("title"), m_doc.title);
        meta(QStringLiteral("creator"), QStringLiteral("SchoolSuite"));
        QSizeF size;
        for (int i = 0; i < m_doc.pageCount(); ++i)
            size = size.expandedTo(m_doc.page(i).size);
        w.writeStartElement(QStringLiteral("svg:svg"));
        w.writeAttribute(QStringLiteral("viewbox"),
                         QStringLiteral("0 0 %1 %2").arg(num(size.width()), num(size.height())));
        w.writeAttribute(QStringLiteral("width"), num(size.width()));
        w.writeAttribute(QStringLiteral("height"), num(size.height()));
        w.writeStartElement(QStringLiteral("svg:pageset"));
        for (int i = 0; i < m_doc.pageCount(); ++i)
            page(i);
        w.writeEndElement();
        w.writeEndElement();
        for (const QString &ref : std::as_const(m_backgrounds)) {
            w.writeEmptyElement(QStringLiteral("iwb:element"));
            w.writeAttribute(QStringLiteral("ref"), ref);
            w.writeAttribute(QStringLiteral("background"), QStringLiteral("true"));
            w.writeAttribute(QStringLiteral("locked"), QStringLiteral("true"));
        }
        w.writeEndElement();
        w.writeEndDocument();
    }

private:
    void meta(const QString &name, const QString &content)
    {
        w.writeEmptyElement(QStringLiteral("iwb:meta"));
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeAttribute(QStringLiteral("content"), content);
    }

    QString newId() { return QLatin1Char('{') + Uuid::v7() + QLatin1Char('}'); }

    void page(int index)
    {
        const BoardPage &p = m_doc.page(index);
        w.writeStartElement(QStringLiteral("svg:page"));
        w.writeAttribute(QStringLiteral("id"), QString::number(index + 1));
        const QString fill = newId();
        w.writeEmptyElement(QStringLiteral("svg:rect"));
        w.writeAttribute(QStringLiteral("id"), fill);
        w.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("width"), num(p.size.width()));
        w.writeAttribute(QStringLiteral("height"), num(p.size.height()));
        w.writeAttribute(QStringLiteral("fill"), p.background.color.name());
        m_backgrounds << fill;
        const BoardBackground &b = p.background;
        if (b.pattern != BoardBackground::Pattern::Plain || !b.imageAsset.isEmpty()
            || !b.pdfAsset.isEmpty())
            backgroundImage(p);
        for (const BoardLayer &layer : p.layers) {
            if (!layer.visible)
                continue;
            for (const BoardItem &item : layer.items)
                this->item(item);
        }
        w.writeEndElement();
    }

    // What IWB cannot say about a background (田字格 lines, a PDF page) as an image behind it.
    void backgroundImage(const BoardPage &p)
    {
        const QSize pixels = (p.size * BackgroundScale).toSize();
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(BackgroundScale, BackgroundScale);
            BoardRenderer renderer(m_doc);
            renderer.setPdfBackgroundScale(BackgroundScale);
            renderer.paintBackground(painter, p, QRectF(QPointF(), p.size));
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString name = QStringLiteral("images/%1.png").arg(newId());
        m_zip.add(name, png, false);
        const QString id = newId();
        w.writeEmptyElement(QStringLiteral("svg:image"));
        w.writeAttribute(QStringLiteral("id"), id);
        w.writeAttribute(QStringLiteral("xlink:href"), name);
        rect(QRectF(QPointF(), p.size));
        m_backgrounds << id;
    }

    void rect(const QRectF &r)
    {
        w.writeAttribute(QStringLiteral("x"), num(r.x()));
        w.writeAttribute(QStringLiteral("y"), num(r.y()));
        w.writeAttribute(QStringLiteral("width"), num(r.width()));
        w.writeAttribute(QStringLiteral("height"), num(r.height()));
    }

    void transform(const QTransform &t)
    {
        if (!t.isIdentity())
            w.writeAttribute(QStringLiteral("transform"),
                             QStringLiteral("matrix(%1 %2 %3 %4 %5 %6)")
                                 .arg(num(t.m11()), num(t.m12()), num(t.m21()), num(t.m22()))
                                 .arg(num(t.dx()), num(t.dy())));
    }

    void colour(const QString &attribute, const QColor &c)
    {
        w.writeAttribute(attribute, c.isValid() ? c.name() : QStringLiteral("none"));
        if (c.isValid() && c.alphaF() < 0.99f)
            w.writeAttribute(attribute + QStringLiteral("-opacity"), num(c.alphaF()));
    }

    // A file of the document's assets in the ZIP (once); its member name, empty if missing.
    QString media(const QString &key)
    {
        if (const auto it = m_written.constFind(key); it != m_written.cend())
            return *it;
        const QByteArray data = m_doc.asset(key);
        if (data.isEmpty())
            return {};
        const QString name = folderFor(m_doc.assetMime(key)) + key;
        m_zip.add(name, data, false);
        m_written.insert(key, name);
        return name;
    }

    void item(const BoardItem &item)
    {
        if (const auto *s = std::get_if<Stroke>(&item.data))
            stroke(*s, item.transform);
        else if (const auto *shape = std::get_if<Shape>(&item.data))
            this->shape(*shape, item.transform);
        else if (const auto *t = std::get_if<TextBox>(&item.data))
            text(t->rect, t->html, item.transform);
        else if (const auto *p = std::get_if<Picture>(&item.data))
            file(QStringLiteral("image"), p->asset, p->rect, item.transform);
        else if (const auto *m = std::get_if<MediaClip>(&item.data))
            file(m->video ? QStringLiteral("video") : QStringLiteral("audio"),
                 m->asset,
                 m->rect,
                 item.transform);
        else if (const auto *l = std::get_if<Link>(&item.data))
            link(*l, item.transform);
    }

    void stroke(const Stroke &s, const QTransform &t)
    {
        if (s.pressure && s.samples.size() > 1) {
            // Pressure ink as OpenBoard writes it: a group of one filled outline per segment
            // (ids {G}{P}), each a hexagon whose ends reach half the width beyond the points.
            const QString group = newId();
            w.writeStartElement(QStringLiteral("svg:g"));
            for (qsizetype i = 1; i < s.samples.size(); ++i) {
                const QPointF a = t.map(QPointF(s.samples[i - 1].x, s.samples[i - 1].y));
                const QPointF b = t.map(QPointF(s.samples[i].x, s.samples[i].y));
                const qreal length = QLineF(a, b).length();
                if (length < 0.01)
                    continue;
                const QPointF d = (b - a) / length;
                const QPointF n(-d.y(), d.x());
                const qreal ha = qMax<qreal>(s.width * s.samples[i - 1].pressure / 2, 0.1);
                const qreal hb = qMax<qreal>(s.width * s.samples[i].pressure / 2, 0.1);
                const QPolygonF outline{
                    a - d * ha, a + n * ha, b + n * hb, b + d * hb, b - n * hb, a - n * ha};
                w.writeEmptyElement(QStringLiteral("svg:polygon"));
                w.writeAttribute(QStringLiteral("id"), group + newId());
                w.writeAttribute(QStringLiteral("points"), pointsText(outline));
                colour(QStringLiteral("fill"), s.color);
            }
            w.writeEndElement();
            return;
        }
        QPolygonF points;
        for (const InkSample &sample : s.samples)
            points << QPointF(sample.x, sample.y);
        w.writeEmptyElement(QStringLiteral("svg:polyline"));
        w.writeAttribute(QStringLiteral("id"), newId());
        w.writeAttribute(QStringLiteral("points"), pointsText(t.map(points)));
        w.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        colour(QStringLiteral("stroke"), s.color);
        w.writeAttribute(QStringLiteral("stroke-width"), num(s.width));
        w.writeAttribute(QStringLiteral("stroke-linecap"), QStringLiteral("round"));
        w.writeAttribute(QStringLiteral("stroke-linejoin"), QStringLiteral("round"));
    }

    void shape(const Shape &s, const QTransform &t)
    {
        const auto styled = [&] {
            w.writeAttribute(QStringLiteral("id"), newId());
            colour(QStringLiteral("stroke"), s.stroke);
            colour(QStringLiteral("fill"), s.fill);
            w.writeAttribute(QStringLiteral("stroke-width"), num(s.width));
        };
        const QPolygonF points = t.map(s.points);
        switch (s.kind) {
        case ShapeKind::Line:
        case ShapeKind::Arrow: {
            w.writeEmptyElement(QStringLiteral("svg:line"));
            styled();
            w.writeAttribute(QStringLiteral("x1"), num(points.first().x()));
            w.writeAttribute(QStringLiteral("y1"), num(points.first().y()));
            w.writeAttribute(QStringLiteral("x2"), num(points.last().x()));
            w.writeAttribute(QStringLiteral("y2"), num(points.last().y()));
            if (s.kind == ShapeKind::Arrow) {
                // The head: a filled triangle at the end.
                const QLineF line(points.first(), points.last());
                const qreal head = qMax<qreal>(s.width * 4, 10);
                QLineF a = QLineF::fromPolar(head, line.angle() + 150).translated(line.p2());
                QLineF b = QLineF::fromPolar(head, line.angle() - 150).translated(line.p2());
                w.writeEmptyElement(QStringLiteral("svg:polygon"));
                w.writeAttribute(QStringLiteral("id"), newId());
                w.writeAttribute(QStringLiteral("points"),
                                 pointsText(QPolygonF{line.p2(), a.p2(), b.p2()}));
                colour(QStringLiteral("fill"), s.stroke);
            }
            break;
        }
        case ShapeKind::Rectangle:
        case ShapeKind::Polygon: {
            const QPolygonF corners
                = s.kind == ShapeKind::Rectangle && s.points.size() >= 2
                      ? t.map(QPolygonF(QRectF(s.points.first(), s.points.last()).normalized()))
                      : points;
            w.writeEmptyElement(QStringLiteral("svg:polygon"));
            styled();
            w.writeAttribute(QStringLiteral("points"), pointsText(corners));
            break;
        }
        case ShapeKind::Ellipse: {
            const QRectF r = QRectF(s.points.first(), s.points.last()).normalized();
            w.writeEmptyElement(QStringLiteral("svg:ellipse"));
            styled();
            w.writeAttribute(QStringLiteral("cx"), num(r.center().x()));
            w.writeAttribute(QStringLiteral("cy"), num(r.center().y()));
            w.writeAttribute(QStringLiteral("rx"), num(r.width() / 2));
            w.writeAttribute(QStringLiteral("ry"), num(r.height() / 2));
            transform(t);
            break;
        }
        }
    }

    void text(const QRectF &r, const QString &html, const QTransform &t)
    {
        QTextDocument doc;
        doc.setHtml(html);
        QTextCursor start(&doc);
        start.movePosition(QTextCursor::NextCharacter);
        const QTextCharFormat format = start.charFormat();
        w.writeStartElement(QStringLiteral("svg:textarea"));
        w.writeAttribute(QStringLiteral("id"), newId());
        rect(r);
        transform(t);
        const QFont font = format.font();
        if (font.pixelSize() > 0)
            w.writeAttribute(QStringLiteral("font-size"),
                             num(font.pixelSize()) + QStringLiteral("px"));
        else if (font.pointSizeF() > 0)
            w.writeAttribute(QStringLiteral("font-size"),
                             num(font.pointSizeF()) + QStringLiteral("pt"));
        if (!font.family().isEmpty())
            w.writeAttribute(QStringLiteral("font-family"), font.family());
        if (format.foreground().style() != Qt::NoBrush)
            w.writeAttribute(QStringLiteral("fill"), format.foreground().color().name());
        bool firstBlock = true;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            if (!firstBlock)
                w.writeEmptyElement(QStringLiteral("svg:tbreak"));
            firstBlock = false;
            w.writeCharacters(block.text());
        }
        w.writeEndElement();
    }

    void file(const QString &element, const QString &asset, const QRectF &r, const QTransform &t)
    {
        const QString name = media(asset);
        if (name.isEmpty())
            return; // a missing asset was reported when the document was read
        w.writeEmptyElement(QStringLiteral("svg:") + element);
        w.writeAttribute(QStringLiteral("id"), newId());
        w.writeAttribute(QStringLiteral("xlink:href"), name);
        rect(r);
        transform(t);
    }

    void link(const Link &l, const QTransform &t)
    {
        w.writeStartElement(QStringLiteral("svg:a"));
        w.writeAttribute(QStringLiteral("xlink:href"), l.target);
        w.writeStartElement(QStringLiteral("svg:textarea"));
        w.writeAttribute(QStringLiteral("id"), newId());
        rect(l.rect);
        transform(t);
        w.writeCharacters(l.label.isEmpty() ? l.target : l.label);
        w.writeEndElement();
        w.writeEndElement();
    }

    const BoardDocument &m_doc;
    ZipWriter &m_zip;
    QXmlStreamWriter w;
    QStringList m_backgrounds;
    QHash<QString, QString> m_written;
};

} // namespace

QByteArray IwbExport::writeData(const BoardDocument &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    ZipWriter zip(&buffer);
    QByteArray xml;
    Writer(document, &xml, zip).write();
    zip.add(QStringLiteral("content.xml"), xml);
    if (!zip.close())
        throw Error(QCoreApplication::translate("SchoolSuite::IwbExport",
                                                "The IWB file could not be written."));
    return buffer.data();
}

void IwbExport::write(const BoardDocument &document, const QString &path)
{
    const QByteArray data = writeData(document);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        throw Error(QCoreApplication::translate("SchoolSuite::IwbExport", "Could not write %1: %2")
                        .arg(path, f.errorString()));
}

} // namespace SchoolSuite
