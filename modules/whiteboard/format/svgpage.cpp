#include "svgpage.h"

#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace SchoolSuite {

namespace {

const QString ss = QString::fromLatin1(SvgPage::Namespace);
const QString xlink = QStringLiteral("http://www.w3.org/1999/xlink");
const QString svgNs = QStringLiteral("http://www.w3.org/2000/svg");

// The shortest text that reads back as the same number.
QString num(qreal v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// Ink points in the SVG are for other viewers (the raw ink file is exact): a hundredth of a
// point is finer than any pen.
QString inkNum(float v)
{
    return QString::number(v, 'f', 2);
}

const QHash<BoardBackground::Pattern, QString> &patternNames()
{
    using P = BoardBackground::Pattern;
    static const QHash<P, QString> names{{P::Plain, QStringLiteral("plain")},
                                         {P::Grid, QStringLiteral("grid")},
                                         {P::Tianzige, QStringLiteral("tianzige")},
                                         {P::Mizige, QStringLiteral("mizige")},
                                         {P::FourLine, QStringLiteral("four-line")},
                                         {P::Ruled, QStringLiteral("ruled")},
                                         {P::Dotted, QStringLiteral("dotted")}};
    return names;
}

const QHash<ShapeKind, QString> &shapeNames()
{
    static const QHash<ShapeKind, QString> names{
        {ShapeKind::Line, QStringLiteral("line")},
        {ShapeKind::Arrow, QStringLiteral("arrow")},
        {ShapeKind::Rectangle, QStringLiteral("rectangle")},
        {ShapeKind::Ellipse, QStringLiteral("ellipse")},
        {ShapeKind::Polygon, QStringLiteral("polygon")}};
    return names;
}

class Writer
{
public:
    explicit Writer(QByteArray *out)
        : x(out)
    {
        x.setAutoFormatting(false);
    }

    void page(const BoardPage &page)
    {
        x.writeStartDocument();
        x.writeDefaultNamespace(svgNs);
        x.writeNamespace(xlink, QStringLiteral("xlink"));
        x.writeNamespace(ss, QStringLiteral("ss"));
        x.writeStartElement(svgNs, QStringLiteral("svg"));
        x.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
        x.writeAttribute(QStringLiteral("baseProfile"), QStringLiteral("tiny"));
        const QRectF extent = page.extent();
        x.writeAttribute(QStringLiteral("width"), num(page.size.width()));
        x.writeAttribute(QStringLiteral("height"), num(page.size.height()));
        x.writeAttribute(
            QStringLiteral("viewBox"),
            QStringLiteral("%1 %2 %3 %4")
                .arg(num(extent.x()), num(extent.y()), num(extent.width()), num(extent.height())));
        x.writeAttribute(ss, QStringLiteral("id"), page.id);
        if (page.endless)
            x.writeAttribute(ss, QStringLiteral("endless"), QStringLiteral("1"));
        background(page);
        for (const BoardLayer &layer : page.layers) {
            x.writeStartElement(svgNs, QStringLiteral("g"));
            x.writeAttribute(QStringLiteral("id"), layer.id);
            x.writeAttribute(ss, QStringLiteral("layer"), layer.name);
            if (!layer.visible)
                x.writeAttribute(QStringLiteral("display"), QStringLiteral("none"));
            for (const BoardItem &item : layer.items)
                this->item(item);
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
    }

private:
    void color(const QString &attribute, const QColor &c)
    {
        if (!c.isValid()) {
            x.writeAttribute(attribute, QStringLiteral("none"));
            return;
        }
        x.writeAttribute(attribute, c.name(QColor::HexRgb));
        if (c.alpha() != 255)
            x.writeAttribute(attribute + QStringLiteral("-opacity"), num(c.alphaF()));
    }

    void rect(const QRectF &r)
    {
        x.writeAttribute(QStringLiteral("x"), num(r.x()));
        x.writeAttribute(QStringLiteral("y"), num(r.y()));
        x.writeAttribute(QStringLiteral("width"), num(r.width()));
        x.writeAttribute(QStringLiteral("height"), num(r.height()));
    }

    void background(const BoardPage &page)
    {
        const BoardBackground &b = page.background;
        x.writeStartElement(svgNs, QStringLiteral("rect"));
        x.writeAttribute(ss, QStringLiteral("role"), QStringLiteral("background"));
        rect(page.extent());
        color(QStringLiteral("fill"), b.color);
        x.writeAttribute(ss, QStringLiteral("pattern"), patternNames().value(b.pattern));
        x.writeAttribute(ss, QStringLiteral("line-color"), b.lineColor.name(QColor::HexArgb));
        x.writeAttribute(ss, QStringLiteral("spacing"), num(b.spacing));
        x.writeEndElement();
        const QString asset = !b.pdfAsset.isEmpty() ? b.pdfAsset : b.imageAsset;
        if (!asset.isEmpty()) {
            x.writeStartElement(svgNs, QStringLiteral("image"));
            x.writeAttribute(ss, QStringLiteral("role"), QStringLiteral("background"));
            rect(QRectF(QPointF(0, 0), page.size));
            x.writeAttribute(QStringLiteral("preserveAspectRatio"), QStringLiteral("none"));
            x.writeAttribute(xlink, QStringLiteral("href"), QStringLiteral("assets/") + asset);
            if (!b.pdfAsset.isEmpty())
                x.writeAttribute(ss, QStringLiteral("pdf-page"), QString::number(b.pdfPage));
            x.writeEndElement();
        }
    }

    void points(const QString &attribute, const QPolygonF &p)
    {
        QString s;
        s.reserve(p.size() * 14);
        for (const QPointF &pt : p) {
            if (!s.isEmpty())
                s += QLatin1Char(' ');
            s += num(pt.x()) + QLatin1Char(',') + num(pt.y());
        }
        x.writeAttribute(attribute, s);
    }

    void item(const BoardItem &item)
    {
        if (const Stroke *s = std::get_if<Stroke>(&item.data)) {
            x.writeStartElement(svgNs, QStringLiteral("polyline"));
            common(item, QStringLiteral("stroke"));
            QString p;
            p.reserve(s->samples.size() * 14);
            for (const InkSample &sample : s->samples) {
                if (!p.isEmpty())
                    p += QLatin1Char(' ');
                p += inkNum(sample.x) + QLatin1Char(',') + inkNum(sample.y);
            }
            x.writeAttribute(QStringLiteral("points"), p);
            x.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
            color(QStringLiteral("stroke"), s->color);
            x.writeAttribute(QStringLiteral("stroke-width"), num(s->width));
            x.writeAttribute(QStringLiteral("stroke-linecap"),
                             s->pen == PenKind::Highlighter ? QStringLiteral("butt")
                                                            : QStringLiteral("round"));
            x.writeAttribute(QStringLiteral("stroke-linejoin"), QStringLiteral("round"));
            if (s->pen == PenKind::Highlighter)
                x.writeAttribute(ss, QStringLiteral("pen"), QStringLiteral("highlighter"));
            if (s->pressure)
                x.writeAttribute(ss, QStringLiteral("pressure"), QStringLiteral("1"));
            x.writeEndElement();
        } else if (const Shape *s = std::get_if<Shape>(&item.data)) {
            shape(item, *s);
        } else if (const TextBox *t = std::get_if<TextBox>(&item.data)) {
            x.writeStartElement(svgNs, QStringLiteral("textArea"));
            common(item, QStringLiteral("text"));
            rect(t->rect);
            x.writeAttribute(ss, QStringLiteral("html"), t->html);
            // The plain text, for viewers that do not read ss:html.
            QTextDocument doc;
            doc.setHtml(t->html);
            x.writeCharacters(doc.toPlainText());
            x.writeEndElement();
        } else if (const Picture *p = std::get_if<Picture>(&item.data)) {
            x.writeStartElement(svgNs, QStringLiteral("image"));
            common(item, QStringLiteral("picture"));
            rect(p->rect);
            x.writeAttribute(QStringLiteral("preserveAspectRatio"), QStringLiteral("none"));
            x.writeAttribute(xlink, QStringLiteral("href"), QStringLiteral("assets/") + p->asset);
            x.writeEndElement();
        } else if (const MediaClip *m = std::get_if<MediaClip>(&item.data)) {
            x.writeStartElement(svgNs,
                                m->video ? QStringLiteral("video") : QStringLiteral("audio"));
            common(item, QStringLiteral("clip"));
            rect(m->rect);
            x.writeAttribute(xlink, QStringLiteral("href"), QStringLiteral("assets/") + m->asset);
            x.writeEndElement();
        } else if (const Link *l = std::get_if<Link>(&item.data)) {
            x.writeStartElement(svgNs, QStringLiteral("a"));
            common(item, QStringLiteral("link"));
            x.writeAttribute(xlink, QStringLiteral("href"), l->target);
            x.writeAttribute(ss, QStringLiteral("label"), l->label);
            x.writeAttribute(ss,
                             QStringLiteral("rect"),
                             QStringLiteral("%1 %2 %3 %4")
                                 .arg(num(l->rect.x()),
                                      num(l->rect.y()),
                                      num(l->rect.width()),
                                      num(l->rect.height())));
            x.writeStartElement(svgNs, QStringLiteral("text"));
            x.writeAttribute(QStringLiteral("x"), num(l->rect.x()));
            x.writeAttribute(QStringLiteral("y"), num(l->rect.bottom() - l->rect.height() * 0.25));
            x.writeAttribute(QStringLiteral("font-size"), num(l->rect.height() * 0.6));
            x.writeAttribute(QStringLiteral("fill"), QStringLiteral("#1d5fbf"));
            x.writeCharacters(l->label.isEmpty() ? l->target : l->label);
            x.writeEndElement();
            x.writeEndElement();
        }
    }

    void shape(const BoardItem &item, const Shape &s)
    {
        const QPointF a = s.points.value(0), b = s.points.value(1);
        switch (s.kind) {
        case ShapeKind::Line:
            x.writeStartElement(svgNs, QStringLiteral("line"));
            x.writeAttribute(QStringLiteral("x1"), num(a.x()));
            x.writeAttribute(QStringLiteral("y1"), num(a.y()));
            x.writeAttribute(QStringLiteral("x2"), num(b.x()));
            x.writeAttribute(QStringLiteral("y2"), num(b.y()));
            break;
        case ShapeKind::Arrow:
            x.writeStartElement(svgNs, QStringLiteral("polyline"));
            points(QStringLiteral("points"), s.points);
            break;
        case ShapeKind::Rectangle:
            x.writeStartElement(svgNs, QStringLiteral("rect"));
            rect(QRectF(a, b).normalized());
            break;
        case ShapeKind::Ellipse: {
            x.writeStartElement(svgNs, QStringLiteral("ellipse"));
            const QRectF r = QRectF(a, b).normalized();
            x.writeAttribute(QStringLiteral("cx"), num(r.center().x()));
            x.writeAttribute(QStringLiteral("cy"), num(r.center().y()));
            x.writeAttribute(QStringLiteral("rx"), num(r.width() / 2));
            x.writeAttribute(QStringLiteral("ry"), num(r.height() / 2));
            break;
        }
        case ShapeKind::Polygon:
            x.writeStartElement(svgNs, QStringLiteral("polygon"));
            points(QStringLiteral("points"), s.points);
            break;
        }
        common(item, QStringLiteral("shape"));
        x.writeAttribute(ss, QStringLiteral("shape"), shapeNames().value(s.kind));
        color(QStringLiteral("stroke"), s.stroke);
        color(QStringLiteral("fill"), s.fill);
        x.writeAttribute(QStringLiteral("stroke-width"), num(s.width));
        x.writeEndElement();
    }

    void common(const BoardItem &item, const QString &kind)
    {
        x.writeAttribute(QStringLiteral("id"), item.id);
        x.writeAttribute(ss, QStringLiteral("item"), kind);
        const QTransform &t = item.transform;
        if (!t.isIdentity()) {
            x.writeAttribute(QStringLiteral("transform"),
                             QStringLiteral("matrix(%1 %2 %3 %4 %5 %6)")
                                 .arg(num(t.m11()),
                                      num(t.m12()),
                                      num(t.m21()),
                                      num(t.m22()),
                                      num(t.dx()),
                                      num(t.dy())));
        }
    }

    QXmlStreamWriter x;
};

} // namespace

QByteArray SvgPage::write(const BoardPage &page)
{
    QByteArray out;
    Writer(&out).page(page);
    return out;
}

} // namespace SchoolSuite
