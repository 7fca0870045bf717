// Reading a page SVG back (SvgPage::read). Foreign SVG of the same subset (IWB pages) reads too:
// what has no ss: attributes becomes shapes, strokes, images and text by its element.
#include "svgpage.h"

#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace SchoolSuite {

namespace {

const QString ssNs = QString::fromLatin1(SvgPage::Namespace);
const QString xlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");

// Numbers of a points list or a viewBox: separated by spaces and/or commas.
QList<qreal> numbers(QStringView text)
{
    QList<qreal> out;
    out.reserve(text.size() / 5);
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && (text[i].isSpace() || text[i] == QLatin1Char(',')))
            ++i;
        const qsizetype start = i;
        while (i < n && !text[i].isSpace() && text[i] != QLatin1Char(','))
            ++i;
        if (i > start) {
            bool ok = false;
            const qreal v = text.mid(start, i - start).toDouble(&ok);
            // Beyond any board (and beyond float, which ink keeps): a crafted file.
            if (!ok || !qIsFinite(v) || qAbs(v) > 1e7)
                return {};
            out << v;
        }
    }
    return out;
}

QPolygonF polygon(QStringView text)
{
    const QList<qreal> v = numbers(text);
    QPolygonF p;
    p.reserve(v.size() / 2);
    for (qsizetype i = 0; i + 1 < v.size(); i += 2)
        p << QPointF(v[i], v[i + 1]);
    return p;
}

// matrix(), translate(), scale() and rotate() in sequence, as SVG writes them.
QTransform transformOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"((\w+)\s*\(([^)]*)\))"));
    QTransform t;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString op = m.captured(1);
        const QList<qreal> a = numbers(m.capturedView(2));
        QTransform step;
        if (op == QLatin1String("matrix") && a.size() == 6)
            step = QTransform(a[0], a[1], a[2], a[3], a[4], a[5]);
        else if (op == QLatin1String("translate") && !a.isEmpty())
            step.translate(a[0], a.value(1));
        else if (op == QLatin1String("scale") && !a.isEmpty())
            step.scale(a[0], a.size() > 1 ? a[1] : a[0]);
        else if (op == QLatin1String("rotate") && a.size() == 1)
            step.rotate(a[0]);
        else if (op == QLatin1String("rotate") && a.size() == 3)
            step.translate(a[1], a[2]).rotate(a[0]).translate(-a[1], -a[2]);
        t = step * t;
    }
    return t;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSuite::SvgPage)

public:
    Reader(const QByteArray &svg,
           const QHash<QString, QList<InkSample>> &ink,
           const QString &label,
           QStringList *warnings)
        : x(svg)
        , m_ink(ink)
        , m_label(label)
        , m_warnings(warnings)
    {}

    BoardPage read()
    {
        BoardPage page;
        page.layers.clear();
        if (!x.readNextStartElement() || x.name() != QLatin1String("svg")) {
            warn(tr("not an SVG page"));
            return BoardPage::blank();
        }
        const auto root = x.attributes();
        page.id = root.value(ssNs, QStringLiteral("id")).toString();
        page.endless = root.value(ssNs, QStringLiteral("endless")) == QLatin1String("1");
        const qreal w = root.value(QStringLiteral("width")).toDouble();
        const qreal h = root.value(QStringLiteral("height")).toDouble();
        if (w > 0 && h > 0 && w < 1e6 && h < 1e6) {
            page.size = QSizeF(w, h);
        } else if (const QList<qreal> box = numbers(root.value(QStringLiteral("viewBox")));
                   box.size() == 4 && box[2] > 0 && box[3] > 0) {
            page.size = QSizeF(box[2], box[3]);
        }
        m_page = &page;
        children(QTransform(), nullptr);
        if (x.hasError() && x.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            warn(tr("the SVG breaks off at line %1: %2").arg(x.lineNumber()).arg(x.errorString()));
        else if (x.hasError())
            warn(tr("the SVG is cut short; what came before is kept"));
        if (page.layers.isEmpty())
            page.layers << BoardPage::blank().layers;
        return page;
    }

private:
    void warn(const QString &what) { m_warnings->append(m_label + QStringLiteral(": ") + what); }

    BoardLayer &defaultLayer()
    {
        if (m_page->layers.isEmpty()) {
            BoardLayer layer;
            layer.id = Uuid::v7();
            m_page->layers << layer;
        }
        return m_page->layers.last();
    }

    // The children of the current element; layer is the layer they belong to (null at the top).
    void children(const QTransform &outer, BoardLayer *layer, int depth = 0)
    {
        while (x.readNextStartElement()) {
            if (depth > 32) {
                // Groups in groups past any drawing's need: a crafted file, not a page.
                if (!m_tooDeep)
                    warn(tr("groups nested too deeply were left out"));
                m_tooDeep = true;
                x.skipCurrentElement();
                continue;
            }
            const QString name = x.name().toString();
            const auto a = x.attributes();
            const QTransform t
                = a.hasAttribute(QStringLiteral("transform"))
                      ? transformOf(a.value(QStringLiteral("transform")).toString()) * outer
                      : outer;
            if (name == QLatin1String("g")) {
                if (!layer) {
                    BoardLayer l;
                    l.id = a.value(QStringLiteral("id")).toString();
                    if (l.id.isEmpty())
                        l.id = Uuid::v7();
                    l.name = a.value(ssNs, QStringLiteral("layer")).toString();
                    l.visible = a.value(QStringLiteral("display")) != QLatin1String("none");
                    m_page->layers << l;
                    const qsizetype index = m_page->layers.size() - 1;
                    children(t, &m_page->layers[index], depth + 1);
                } else {
                    children(t, layer, depth + 1);
                }
                continue;
            }
            if (a.value(ssNs, QStringLiteral("role")) == QLatin1String("background")) {
                background(name, a);
                x.skipCurrentElement();
                continue;
            }
            BoardItem item;
            item.id = a.value(QStringLiteral("id")).toString();
            item.transform = t;
            if (element(name, a, &item)) {
                if (item.id.isEmpty())
                    item.id = Uuid::v7();
                (layer ? *layer : defaultLayer()).items << std::move(item);
            }
        }
    }

    void background(const QString &name, const QXmlStreamAttributes &a)
    {
        BoardBackground &b = m_page->background;
        if (name == QLatin1String("rect")) {
            b.color = colorOf(a, QStringLiteral("fill"));
            if (!b.color.isValid())
                b.color = Qt::white;
            static const QHash<QString, BoardBackground::Pattern> patterns{
                {QStringLiteral("grid"), BoardBackground::Pattern::Grid},
                {QStringLiteral("tianzige"), BoardBackground::Pattern::Tianzige},
                {QStringLiteral("mizige"), BoardBackground::Pattern::Mizige},
                {QStringLiteral("four-line"), BoardBackground::Pattern::FourLine},
                {QStringLiteral("ruled"), BoardBackground::Pattern::Ruled},
                {QStringLiteral("dotted"), BoardBackground::Pattern::Dotted}};
            b.pattern = patterns.value(a.value(ssNs, QStringLiteral("pattern")).toString(),
                                       BoardBackground::Pattern::Plain);
            const QColor line(a.value(ssNs, QStringLiteral("line-color")).toString());
            if (line.isValid())
                b.lineColor = line;
            const qreal spacing = a.value(ssNs, QStringLiteral("spacing")).toDouble();
            if (spacing >= 2 && spacing <= 10000)
                b.spacing = float(spacing);
        } else if (name == QLatin1String("image")) {
            const QString asset = assetOf(a);
            if (a.hasAttribute(ssNs, QStringLiteral("pdf-page"))) {
                b.pdfAsset = asset;
                b.pdfPage = a.value(ssNs, QStringLiteral("pdf-page")).toInt();
            } else {
                b.imageAsset = asset;
            }
        }
    }

    static QString assetOf(const QXmlStreamAttributes &a)
    {
        QString href = a.value(xlinkNs, QStringLiteral("href")).toString();
        if (href.isEmpty())
            href = a.value(QStringLiteral("href")).toString();
        return href.startsWith(QLatin1String("assets/")) ? href.mid(7) : href;
    }

    static QColor colorOf(const QXmlStreamAttributes &a, const QString &attribute)
    {
        const QString value = a.value(attribute).toString().trimmed();
        if (value.isEmpty() || value == QLatin1String("none"))
            return {};
        QColor c(value);
        const QString opacity = attribute + QStringLiteral("-opacity");
        if (c.isValid() && a.hasAttribute(opacity))
            c.setAlphaF(qBound(0.0, a.value(opacity).toDouble(), 1.0));
        return c;
    }

    static qreal number(const QXmlStreamAttributes &a, const QString &name, qreal fallback = 0)
    {
        bool ok = false;
        const qreal v = a.value(name).toDouble(&ok);
        return ok && qIsFinite(v) ? v : fallback;
    }

    static QRectF rectOf(const QXmlStreamAttributes &a)
    {
        return QRectF(number(a, QStringLiteral("x")),
                      number(a, QStringLiteral("y")),
                      number(a, QStringLiteral("width")),
                      number(a, QStringLiteral("height")));
    }

    bool element(const QString &name, const QXmlStreamAttributes &a, BoardItem *item);
    bool shape(const QString &name, const QXmlStreamAttributes &a, BoardItem *item);

    QXmlStreamReader x;
    const QHash<QString, QList<InkSample>> &m_ink;
    QString m_label;
    QStringList *m_warnings;
    BoardPage *m_page = nullptr;
    bool m_tooDeep = false;
};

bool Reader::element(const QString &name, const QXmlStreamAttributes &a, BoardItem *item)
{
    const QString kind = a.value(ssNs, QStringLiteral("item")).toString();
    if (kind == QLatin1String("stroke")
        || (kind.isEmpty() && name == QLatin1String("polyline")
            && colorOf(a, QStringLiteral("fill")) == QColor())) {
        Stroke s;
        s.color = colorOf(a, QStringLiteral("stroke"));
        if (!s.color.isValid())
            s.color = Qt::black;
        s.width = float(qBound<qreal>(0.1, number(a, QStringLiteral("stroke-width"), 2), 500));
        s.pen = a.value(ssNs, QStringLiteral("pen")) == QLatin1String("highlighter")
                    ? PenKind::Highlighter
                    : PenKind::Pen;
        s.pressure = a.value(ssNs, QStringLiteral("pressure")) == QLatin1String("1");
        const auto raw = m_ink.constFind(item->id);
        const auto sane = [](const InkSample &p) {
            return qAbs(p.x) < 1e7f && qAbs(p.y) < 1e7f && p.pressure >= 0 && p.pressure < 1000;
        };
        if (raw != m_ink.cend() && !raw->isEmpty()
            && std::all_of(raw->cbegin(), raw->cend(), sane)) {
            s.samples = *raw;
        } else {
            const QPolygonF p = polygon(a.value(QStringLiteral("points")));
            s.samples.reserve(p.size());
            for (const QPointF &pt : p)
                s.samples << InkSample{float(pt.x()), float(pt.y()), 1, 0};
            s.pressure = false;
        }
        x.skipCurrentElement();
        if (s.samples.isEmpty()) {
            warn(tr("stroke %1 has no points and was left out").arg(item->id));
            return false;
        }
        item->data = std::move(s);
        return true;
    }
    if (name == QLatin1String("textArea") || name == QLatin1String("textarea")) {
        TextBox t;
        t.rect = rectOf(a);
        t.html = a.value(ssNs, QStringLiteral("html")).toString();
        const QString plain = x.readElementText(QXmlStreamReader::IncludeChildElements);
        if (t.html.isEmpty())
            t.html = plain.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        item->data = t;
        return true;
    }
    if (name == QLatin1String("image")) {
        Picture p;
        p.rect = rectOf(a);
        p.asset = assetOf(a);
        x.skipCurrentElement();
        item->data = p;
        return true;
    }
    if (name == QLatin1String("video") || name == QLatin1String("audio")) {
        MediaClip m;
        m.rect = rectOf(a);
        m.asset = assetOf(a);
        m.video = name == QLatin1String("video");
        x.skipCurrentElement();
        item->data = m;
        return true;
    }
    if (name == QLatin1String("a")) {
        Link l;
        l.target = a.value(xlinkNs, QStringLiteral("href")).toString();
        l.label = a.value(ssNs, QStringLiteral("label")).toString();
        const QList<qreal> r = numbers(a.value(ssNs, QStringLiteral("rect")));
        if (r.size() == 4)
            l.rect = QRectF(r[0], r[1], r[2], r[3]);
        const QString text = x.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        if (l.label.isEmpty() && text != l.target)
            l.label = text;
        item->data = l;
        return true;
    }
    return shape(name, a, item);
}

bool Reader::shape(const QString &name, const QXmlStreamAttributes &a, BoardItem *item)
{
    static const QHash<QString, ShapeKind> kinds{
        {QStringLiteral("line"), ShapeKind::Line},
        {QStringLiteral("arrow"), ShapeKind::Arrow},
        {QStringLiteral("rectangle"), ShapeKind::Rectangle},
        {QStringLiteral("ellipse"), ShapeKind::Ellipse},
        {QStringLiteral("polygon"), ShapeKind::Polygon}};
    Shape s;
    s.stroke = colorOf(a, QStringLiteral("stroke"));
    s.fill = colorOf(a, QStringLiteral("fill"));
    s.width = float(qBound<qreal>(0, number(a, QStringLiteral("stroke-width"), 1), 500));
    if (name == QLatin1String("line")) {
        s.kind = ShapeKind::Line;
        s.points = {QPointF(number(a, QStringLiteral("x1")), number(a, QStringLiteral("y1"))),
                    QPointF(number(a, QStringLiteral("x2")), number(a, QStringLiteral("y2")))};
    } else if (name == QLatin1String("rect")) {
        const QRectF r = rectOf(a);
        s.kind = ShapeKind::Rectangle;
        s.points = {r.topLeft(), r.bottomRight()};
    } else if (name == QLatin1String("ellipse") || name == QLatin1String("circle")) {
        const QPointF c(number(a, QStringLiteral("cx")), number(a, QStringLiteral("cy")));
        const qreal rx = number(
            a, name == QLatin1String("circle") ? QStringLiteral("r") : QStringLiteral("rx"));
        const qreal ry = name == QLatin1String("circle") ? rx : number(a, QStringLiteral("ry"));
        s.kind = ShapeKind::Ellipse;
        s.points = {c - QPointF(rx, ry), c + QPointF(rx, ry)};
    } else if (name == QLatin1String("polygon") || name == QLatin1String("polyline")) {
        s.kind = name == QLatin1String("polygon") ? ShapeKind::Polygon : ShapeKind::Line;
        s.points = polygon(a.value(QStringLiteral("points")));
        if (s.kind == ShapeKind::Line && s.points.size() > 2)
            s.kind = ShapeKind::Polygon;
    } else {
        // Elements outside the subset (path, text, foreignObject of other programs) are
        // skipped, not guessed; the importers of those programs handle their own.
        x.skipCurrentElement();
        return false;
    }
    s.kind = kinds.value(a.value(ssNs, QStringLiteral("shape")).toString(), s.kind);
    x.skipCurrentElement();
    if (s.points.size() < 2) {
        warn(tr("shape %1 has too few points and was left out").arg(item->id));
        return false;
    }
    item->data = s;
    return true;
}

} // namespace

BoardPage SvgPage::read(const QByteArray &svg,
                        const QHash<QString, QList<InkSample>> &ink,
                        const QString &pageLabel,
                        QStringList *warnings)
{
    QStringList ignored;
    return Reader(svg, ink, pageLabel, warnings ? warnings : &ignored).read();
}

} // namespace SchoolSuite
