#include "foreignpage.h"

#include "core/io/zipreader.h"
#include "core/store/uuid.h"
#include "svgpage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamWriter>
#include <QtMath>

namespace SchoolSuite {

namespace {

using ForeignPage::numbers;

const QString ubNs = QStringLiteral("http://uniboard.mnemis.com/document");
const QString xlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");
const QString svgNs = QStringLiteral("http://www.w3.org/2000/svg");
const QString ssNs = QString::fromLatin1(SvgPage::Namespace);

constexpr qint64 MaxMedia = 1024LL * 1024 * 1024;
constexpr int MaxDepth = 32;

QPolygonF pointsOf(const QXmlStreamAttributes &a)
{
    const QList<qreal> v = numbers(a.value(QStringLiteral("points")));
    QPolygonF p;
    for (qsizetype i = 0; i + 1 < v.size(); i += 2)
        p << QPointF(v[i], v[i + 1]);
    return p;
}

QColor colorOf(const QXmlStreamAttributes &a, const QString &name)
{
    const QString value = a.value(name).toString().trimmed();
    if (value.isEmpty() || value == QLatin1String("none"))
        return {};
    return QColor(value);
}

qreal opacityOf(const QXmlStreamAttributes &a, const QString &name)
{
    bool ok = false;
    const qreal v = a.value(name).toDouble(&ok);
    return ok && qIsFinite(v) ? qBound(0.0, v, 1.0) : 1.0;
}

// A pressure segment's centre and width: OpenBoard fills each segment's outline; its centroid
// lies on the stroke and its extent across the segment's long axis is the width there.
std::pair<QPointF, qreal> segmentOf(const QPolygonF &outline)
{
    QPointF mean;
    for (const QPointF &p : outline)
        mean += p;
    mean /= qreal(outline.size());
    qreal sxx = 0, syy = 0, sxy = 0;
    for (const QPointF &p : outline) {
        const QPointF d = p - mean;
        sxx += d.x() * d.x();
        syy += d.y() * d.y();
        sxy += d.x() * d.y();
    }
    const qreal angle = 0.5 * qAtan2(2 * sxy, sxx - syy);
    const QPointF across(-qSin(angle), qCos(angle));
    qreal lo = 0, hi = 0;
    for (const QPointF &p : outline) {
        const qreal t = QPointF::dotProduct(p - mean, across);
        lo = qMin(lo, t);
        hi = qMax(hi, t);
    }
    return {mean, hi - lo};
}

// Translates one foreign page into the native page SVG (and its ink), then reads that.
class Translator
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSuite::OpenBoardImport)

public:
    using Dialect = ForeignPage::Dialect;
    using Media = ForeignPage::Media;

    Translator(
        Dialect dialect, ZipReader &zip, BoardDocument &doc, Media &media, const QString &label)
        : m_dialect(dialect)
        , m_zip(zip)
        , m_doc(doc)
        , m_media(media)
        , m_label(label)
        , w(&m_svg)
    {}

    QSet<QString> backgroundIds;
    BoardBackground background;

    // x stands on the page element; reads to its end.
    BoardPage translate(QXmlStreamReader &x, const QSizeF &size, const QPointF &offset)
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
            m_doc.addWarning(
                tr("%1: the page breaks off at line %2 (%3); what came before is kept.")
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

private:
    void children(QXmlStreamReader &x, int depth)
    {
        bool first = true;
        while (x.readNextStartElement()) {
            if (depth > MaxDepth) {
                m_leftOut.insert(tr("groups nested too deeply"));
                x.skipCurrentElement();
                continue;
            }
            // OpenBoard writes the page's fill as its first rectangle: the background.
            const bool pageFill = first && depth == 0 && m_dialect == Dialect::Ubz
                                  && x.name() == QLatin1String("rect");
            first = false;
            if (pageFill)
                x.skipCurrentElement();
            else
                element(x, depth);
        }
    }

    void element(QXmlStreamReader &x, int depth)
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

    static QString idOf(const QXmlStreamAttributes &a)
    {
        const QString id = a.value(QStringLiteral("id")).toString();
        return id.isEmpty() ? a.value(ubNs, QStringLiteral("uuid")).toString() : id;
    }

    // A <g>: one stroke (a polyline, or polygons for its pressure segments), or a group.
    void group(QXmlStreamReader &x, const QXmlStreamAttributes &a, int depth)
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

    void strokeFromPolyline(const QXmlStreamAttributes &a)
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

    void writeStroke(Stroke s)
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

    void copy(const QXmlStreamAttributes &a, const QStringList &names)
    {
        for (const QString &n : names) {
            if (a.hasAttribute(n))
                w.writeAttribute(n, a.value(n).toString());
        }
    }

    void copyShape(const QString &name, const QXmlStreamAttributes &a)
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

    // An embedded file by its path in the ZIP; empty (with a warning) when it is missing.
    QString asset(const QString &href, const QString &what)
    {
        QString path = QUrl::fromPercentEncoding(href.section(QLatin1Char('#'), 0, 0).toUtf8());
        while (path.startsWith(QLatin1String("./")) || path.startsWith(QLatin1Char('/')))
            path = path.mid(path.startsWith(QLatin1Char('/')) ? 1 : 2);
        if (const auto known = m_media.keys.constFind(path); known != m_media.keys.cend())
            return *known;
        QByteArray data;
        if (path.isEmpty() || path.contains(QLatin1String(".."))
            || !m_zip.read(path, &data, MaxMedia - m_media.read) || data.isEmpty()) {
            m_doc.addWarning(tr("%1: the %2 %3 is missing from the file and was left out.")
                                 .arg(m_label, what, href));
            return {};
        }
        m_media.read += data.size();
        const QString key
            = m_doc.addAsset(data, QMimeDatabase().mimeTypeForFileNameAndData(path, data).name());
        m_media.keys.insert(path, key);
        return key;
    }

    static QString hrefOf(const QXmlStreamAttributes &a)
    {
        const QString href = a.value(xlinkNs, QStringLiteral("href")).toString();
        return href.isEmpty() ? a.value(QStringLiteral("href")).toString() : href;
    }

    void media(const QString &element, const QXmlStreamAttributes &a, const QString &what)
    {
        const QString key = asset(hrefOf(a), what);
        if (key.isEmpty())
            return;
        w.writeStartElement(svgNs, element);
        copy(a,
             {QStringLiteral("x"),
              QStringLiteral("y"),
              QStringLiteral("width"),
              QStringLiteral("height"),
              QStringLiteral("transform")});
        w.writeAttribute(xlinkNs, QStringLiteral("href"), QStringLiteral("assets/") + key);
        w.writeEndElement();
    }

    void foreignObject(QXmlStreamReader &x, const QXmlStreamAttributes &a)
    {
        const QString href = hrefOf(a);
        if (a.value(QStringLiteral("requiredExtensions")).contains(QLatin1String("pdf"))) {
            // A PDF page: the page's background to write on.
            const int page = href.section(QStringLiteral("#page="), 1).toInt();
            const QString key = asset(href, tr("PDF"));
            x.skipCurrentElement();
            if (key.isEmpty())
                return;
            w.writeStartElement(svgNs, QStringLiteral("image"));
            w.writeAttribute(ssNs, QStringLiteral("role"), QStringLiteral("background"));
            w.writeAttribute(ssNs, QStringLiteral("pdf-page"), QString::number(qMax(0, page - 1)));
            w.writeAttribute(xlinkNs, QStringLiteral("href"), QStringLiteral("assets/") + key);
            w.writeEndElement();
            return;
        }
        if (a.value(ubNs, QStringLiteral("type")) != QLatin1String("text")) {
            m_leftOut.insert(a.hasAttribute(ubNs, QStringLiteral("src"))
                                 ? tr("widgets")
                                 : QStringLiteral("foreignObject"));
            x.skipCurrentElement();
            return;
        }
        // Qt rich text in <itemTextContent> (ub:version 4.5 and later), else the text itself.
        QString html;
        QString plain;
        while (x.readNextStartElement()) {
            if (x.name() == QLatin1String("itemTextContent"))
                html = x.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                plain += x.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        if (html.isEmpty())
            html = plain.toHtmlEscaped();
        writeText(a, html, plain);
    }

    void writeText(const QXmlStreamAttributes &a, const QString &html, const QString &plain)
    {
        w.writeStartElement(svgNs, QStringLiteral("textArea"));
        copy(a, {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("transform")});
        for (const QString &side : {QStringLiteral("width"), QStringLiteral("height")}) {
            const QString value = a.value(ubNs, side).isEmpty() ? a.value(side).toString()
                                                                : a.value(ubNs, side).toString();
            if (!value.isEmpty())
                w.writeAttribute(side, value);
        }
        w.writeAttribute(ssNs, QStringLiteral("html"), html);
        w.writeCharacters(plain);
        w.writeEndElement();
    }

    // IWB text: runs (tspan) and line breaks (tbreak) with the area's font size and colour.
    void textArea(QXmlStreamReader &x, const QXmlStreamAttributes &a)
    {
        QStringList lines{QString()};
        int depth = 0;
        while (!x.atEnd()) {
            const auto token = x.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                if (x.name() == QLatin1String("tbreak"))
                    lines << QString();
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    break;
            } else if (token == QXmlStreamReader::Characters) {
                // Runs keep their spaces; line ends and indentation count as one space.
                static const QRegularExpression space(QStringLiteral("\\s+"));
                lines.last() += x.text().toString().replace(space, QStringLiteral(" "));
            }
        }
        for (QString &line : lines)
            line = line.trimmed();
        QString style;
        if (const QString size = a.value(QStringLiteral("font-size")).toString(); !size.isEmpty())
            style += QStringLiteral("font-size:%1;").arg(size.toHtmlEscaped());
        if (const QColor fill = colorOf(a, QStringLiteral("fill")); fill.isValid())
            style += QStringLiteral("color:%1;").arg(fill.name());
        if (const QString family = a.value(QStringLiteral("font-family")).toString();
            !family.isEmpty())
            style += QStringLiteral("font-family:%1;").arg(family.toHtmlEscaped());
        QString html;
        for (const QString &line : std::as_const(lines))
            html += QStringLiteral("<p style=\"%1\">%2</p>").arg(style, line.toHtmlEscaped());
        writeText(a, html, lines.join(QLatin1Char('\n')));
    }

    // <a>: a link, or OpenBoard's exported audio (a speaker image linking to the clip).
    void anchor(QXmlStreamReader &x, const QXmlStreamAttributes &a)
    {
        const QString href = hrefOf(a);
        QXmlStreamAttributes inner;
        QString text;
        while (x.readNextStartElement()) {
            if (inner.isEmpty())
                inner = x.attributes();
            text += x.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        const QString suffix = QFileInfo(href.section(QLatin1Char('#'), 0, 0)).suffix().toLower();
        static const QStringList audio{QStringLiteral("mp3"),
                                       QStringLiteral("wav"),
                                       QStringLiteral("ogg"),
                                       QStringLiteral("m4a")};
        if (audio.contains(suffix) && !href.contains(QLatin1String("://"))) {
            // The clip where the speaker image was.
            QXmlStreamAttributes clip;
            for (const QXmlStreamAttribute &attribute : std::as_const(inner)) {
                if (attribute.name() != QLatin1String("href"))
                    clip.append(attribute);
            }
            clip.append(xlinkNs, QStringLiteral("href"), href);
            media(QStringLiteral("audio"), clip, tr("audio clip"));
            return;
        }
        const qreal x0 = inner.value(QStringLiteral("x")).toDouble();
        const qreal y0 = inner.value(QStringLiteral("y")).toDouble();
        const qreal width = qMax<qreal>(inner.value(QStringLiteral("width")).toDouble(), 120);
        const qreal height = qMax<qreal>(inner.value(QStringLiteral("height")).toDouble(), 30);
        w.writeStartElement(svgNs, QStringLiteral("a"));
        w.writeAttribute(xlinkNs, QStringLiteral("href"), href);
        w.writeAttribute(ssNs,
                         QStringLiteral("rect"),
                         QStringLiteral("%1 %2 %3 %4").arg(x0).arg(y0).arg(width).arg(height));
        w.writeCharacters(text.simplified().isEmpty() ? href : text.simplified());
        w.writeEndElement();
    }

    Dialect m_dialect;
    ZipReader &m_zip;
    BoardDocument &m_doc;
    Media &m_media;
    QString m_label;
    QByteArray m_svg;
    QXmlStreamWriter w;
    QHash<QString, QList<InkSample>> m_ink;
    QSet<QString> m_leftOut;
};

} // namespace

QList<qreal> ForeignPage::numbers(QStringView text)
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

BoardPage ForeignPage::translate(QXmlStreamReader &x,
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

} // namespace SchoolSuite
