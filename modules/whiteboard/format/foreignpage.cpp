#include "foreignpage_p.h"

#include "core/store/uuid.h"

#include <QRegularExpression>

namespace SchoolSuite::ForeignPage {

// x stands on the page element; reads to its end.
BoardPage Translator::translate(QXmlStreamReader &x, const QSizeF &size, const QPointF &offset)
{
    w.writeStartDocument();
    w.writeNamespace(svgNs);
    w.writeNamespace(xlinkNs, QStringLiteral("xlink"));
    w.writeNamespace(ssNs, QStringLiteral("ss"));
    w.writeStartElement(svgNs, QStringLiteral("svg"));
    w.writeAttribute(QStringLiteral("width"), QString::number(size.width()));
    w.writeAttribute(QStringLiteral("height"), QString::number(size.height()));
    w.writeStartElement(svgNs, QStringLiteral("g"));
    w.writeAttribute(QStringLiteral("transform"),
                     QStringLiteral("translate(%1 %2)").arg(offset.x()).arg(offset.y()));
    children(x, 0);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    if (x.hasError())
        m_doc.addWarning(tr("%1: the page breaks off at line %2 (%3); what came before is kept.")
                             .arg(m_label)
                             .arg(x.lineNumber())
                             .arg(x.errorString()));
    if (!m_leftOut.isEmpty()) {
        QStringList kinds(m_leftOut.cbegin(), m_leftOut.cend());
        kinds.sort();
        m_doc.addWarning(tr("%1: left out, the whiteboard has no such item: %2.")
                             .arg(m_label, kinds.join(QStringLiteral(", "))));
    }
    QStringList warnings;
    BoardPage page = SvgPage::read(m_svg, m_ink, m_label, &warnings);
    for (const QString &warning : std::as_const(warnings))
        m_doc.addWarning(warning);
    page.id = Uuid::v7();
    page.size = size;
    const QString pdf = page.background.pdfAsset;
    const int pdfPage = page.background.pdfPage;
    page.background = background;
    page.background.pdfAsset = pdf;
    page.background.pdfPage = pdfPage;
    return page;
}

void Translator::children(QXmlStreamReader &x, int depth)
{
    bool first = true;
    while (x.readNextStartElement()) {
        if (depth > MaxDepth) {
            m_leftOut.insert(tr("groups nested too deeply"));
            x.skipCurrentElement();
            continue;
        }
        // OpenBoard writes the page's fill as its first rectangle: the background.
        const bool pageFill
            = first && depth == 0 && m_dialect == Dialect::Ubz && x.name() == QLatin1String("rect");
        first = false;
        if (pageFill)
            x.skipCurrentElement();
        else
            element(x, depth);
    }
}

void Translator::element(QXmlStreamReader &x, int depth)
{
    if (depth > MaxDepth) {
        m_leftOut.insert(tr("groups nested too deeply"));
        x.skipCurrentElement();
        return;
    }
    const QString name = x.name().toString();
    const QXmlStreamAttributes a = x.attributes();
    if (x.namespaceUri() != svgNs && !x.namespaceUri().isEmpty()) {
        // OpenBoard's tools (ruler, compass, protractor, curtain…) and group lists.
        if (x.namespaceUri() == ubNs)
            m_leftOut.insert(name);
        x.skipCurrentElement();
        return;
    }
    if (name == QLatin1String("g")) {
        group(x, a, depth);
    } else if (name == QLatin1String("polyline")) {
        strokeFromPolyline(a);
        x.skipCurrentElement();
    } else if (name == QLatin1String("rect") && backgroundIds.contains(idOf(a))) {
        const QColor fill = colorOf(a, QStringLiteral("fill"));
        if (fill.isValid())
            background.color = fill;
        x.skipCurrentElement();
    } else if (name == QLatin1String("polygon") || name == QLatin1String("line")
               || name == QLatin1String("rect") || name == QLatin1String("ellipse")
               || name == QLatin1String("circle")) {
        copyShape(name, a);
        x.skipCurrentElement();
    } else if (name == QLatin1String("image") && backgroundIds.contains(idOf(a))) {
        // An image behind the page (locked, not an item to move).
        const QString key = asset(hrefOf(a), tr("image"));
        if (!key.isEmpty())
            background.imageAsset = key;
        x.skipCurrentElement();
    } else if (name == QLatin1String("image")) {
        media(QStringLiteral("image"), a, tr("image"));
        x.skipCurrentElement();
    } else if (name == QLatin1String("video") || name == QLatin1String("audio")) {
        media(name, a, name == QLatin1String("video") ? tr("video") : tr("audio clip"));
        x.skipCurrentElement();
    } else if (name == QLatin1String("foreignObject")) {
        foreignObject(x, a);
    } else if (name == QLatin1String("textarea") || name == QLatin1String("textArea")
               || name == QLatin1String("text")) {
        textArea(x, a);
    } else if (name == QLatin1String("a")) {
        anchor(x, a);
    } else if (name == QLatin1String("switch")) {
        // The first alternative the whiteboard shows (OpenBoard: a video, else a notice).
        bool done = false;
        while (x.readNextStartElement()) {
            if (done)
                x.skipCurrentElement();
            else {
                element(x, depth + 1);
                done = true;
            }
        }
    } else {
        if (name != QLatin1String("defs") && name != QLatin1String("title")
            && name != QLatin1String("desc"))
            m_leftOut.insert(name);
        x.skipCurrentElement();
    }
}

QString Translator::idOf(const QXmlStreamAttributes &a)
{
    const QString id = a.value(QStringLiteral("id")).toString();
    return id.isEmpty() ? a.value(ubNs, QStringLiteral("uuid")).toString() : id;
}

// A <g>: one stroke (a polyline, or polygons for its pressure segments), or a group.
void Translator::group(QXmlStreamReader &x, const QXmlStreamAttributes &a, int depth)
{
    w.writeStartElement(svgNs, QStringLiteral("g"));
    copy(a, {QStringLiteral("transform")});
    QColor groupColor = colorOf(a, QStringLiteral("fill"));
    if (!groupColor.isValid())
        groupColor = QColor(a.value(ubNs, QStringLiteral("fill-on-light-background")));
    Stroke pressure;
    qreal widest = 0;
    QList<qreal> widths;
    while (x.readNextStartElement()) {
        const QXmlStreamAttributes c = x.attributes();
        if (x.name() == QLatin1String("polygon") && x.namespaceUri() == svgNs) {
            const QPolygonF outline = pointsOf(c);
            if (outline.size() >= 3) {
                const auto [centre, width] = segmentOf(outline);
                pressure.samples << InkSample{float(centre.x()), float(centre.y()), 1, 0};
                widths << width;
                widest = qMax(widest, width);
                if (pressure.samples.size() == 1) {
                    QColor color = colorOf(c, QStringLiteral("fill"));
                    if (!color.isValid())
                        color = groupColor.isValid() ? groupColor : QColor(Qt::black);
                    const qreal opacity = c.hasAttribute(QStringLiteral("fill-opacity"))
                                              ? opacityOf(c, QStringLiteral("fill-opacity"))
                                              : opacityOf(a, QStringLiteral("fill-opacity"));
                    color.setAlphaF(float(opacity));
                    pressure.color = color;
                }
            }
            x.skipCurrentElement();
        } else {
            element(x, depth + 1);
        }
    }
    if (!pressure.samples.isEmpty()) {
        for (qsizetype i = 0; i < pressure.samples.size(); ++i)
            pressure.samples[i].pressure = widest > 0 ? float(widths[i] / widest) : 1.0f;
        pressure.width = float(qMax<qreal>(widest, 0.5));
        pressure.pressure = true;
        writeStroke(pressure);
    }
    w.writeEndElement();
}

void Translator::strokeFromPolyline(const QXmlStreamAttributes &a)
{
    Stroke s;
    for (const QPointF &p : pointsOf(a))
        s.samples << InkSample{float(p.x()), float(p.y()), 1, 0};
    if (s.samples.isEmpty())
        return;
    s.color = colorOf(a, QStringLiteral("stroke"));
    if (!s.color.isValid())
        s.color = Qt::black;
    s.color.setAlphaF(float(opacityOf(a, QStringLiteral("stroke-opacity"))));
    bool ok = false;
    const qreal width = a.value(QStringLiteral("stroke-width")).toDouble(&ok);
    s.width = ok && qIsFinite(width) ? float(qBound<qreal>(0.1, width, 500)) : 2;
    if (!a.value(QStringLiteral("transform")).isEmpty()) {
        w.writeStartElement(svgNs, QStringLiteral("g"));
        copy(a, {QStringLiteral("transform")});
        writeStroke(s);
        w.writeEndElement();
    } else {
        writeStroke(s);
    }
}

void Translator::writeStroke(Stroke s)
{
    // Translucent ink is a highlighter's: drawn under the pen's ink, at its own opacity.
    if (s.color.alphaF() < 0.99f)
        s.pen = PenKind::Highlighter;
    const QString id = Uuid::v7();
    w.writeStartElement(svgNs, QStringLiteral("polyline"));
    w.writeAttribute(QStringLiteral("id"), id);
    w.writeAttribute(ssNs, QStringLiteral("item"), QStringLiteral("stroke"));
    w.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
    w.writeAttribute(QStringLiteral("stroke"), s.color.name(QColor::HexRgb));
    if (s.color.alphaF() < 0.99f)
        w.writeAttribute(QStringLiteral("stroke-opacity"), QString::number(s.color.alphaF()));
    w.writeAttribute(QStringLiteral("stroke-width"), QString::number(s.width));
    if (s.pen == PenKind::Highlighter)
        w.writeAttribute(ssNs, QStringLiteral("pen"), QStringLiteral("highlighter"));
    if (s.pressure)
        w.writeAttribute(ssNs, QStringLiteral("pressure"), QStringLiteral("1"));
    w.writeEndElement();
    m_ink.insert(id, s.samples);
}

void Translator::copy(const QXmlStreamAttributes &a, const QStringList &names)
{
    for (const QString &n : names) {
        if (a.hasAttribute(n))
            w.writeAttribute(n, a.value(n).toString());
    }
}

void Translator::copyShape(const QString &name, const QXmlStreamAttributes &a)
{
    w.writeStartElement(svgNs, name);
    copy(a,
         {QStringLiteral("x"),
          QStringLiteral("y"),
          QStringLiteral("width"),
          QStringLiteral("height"),
          QStringLiteral("x1"),
          QStringLiteral("y1"),
          QStringLiteral("x2"),
          QStringLiteral("y2"),
          QStringLiteral("cx"),
          QStringLiteral("cy"),
          QStringLiteral("r"),
          QStringLiteral("rx"),
          QStringLiteral("ry"),
          QStringLiteral("points"),
          QStringLiteral("stroke"),
          QStringLiteral("stroke-opacity"),
          QStringLiteral("stroke-width"),
          QStringLiteral("fill"),
          QStringLiteral("fill-opacity"),
          QStringLiteral("transform")});
    w.writeEndElement();
}

QList<qreal> numbers(QStringView text)
{
    QList<qreal> out;
    for (const QStringView part :
         text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qreal v = part.toDouble(&ok);
        // Beyond any board (and beyond float, which ink keeps): a crafted file.
        if (!ok || !qIsFinite(v) || qAbs(v) > 1e7)
            return {};
        out << v;
    }
    return out;
}

BoardPage translate(QXmlStreamReader &x,
                    ZipReader &zip,
                    BoardDocument &doc,
                    Media &media,
                    const QString &label,
                    const Setup &setup,
                    const QSizeF &size,
                    const QPointF &offset)
{
    Translator t(setup.dialect, zip, doc, media, label);
    t.backgroundIds = setup.backgroundIds;
    t.background = setup.background;
    return t.translate(x, size, offset);
}

} // namespace SchoolSuite::ForeignPage
