#include "foreignpage_p.h"

#include "core/io/zipreader.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>

namespace SchoolSuite::ForeignPage {

// An embedded file by its path in the ZIP; empty (with a warning) when it is missing.
QString Translator::asset(const QString &href, const QString &what)
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

QString Translator::hrefOf(const QXmlStreamAttributes &a)
{
    const QString href = a.value(xlinkNs, QStringLiteral("href")).toString();
    return href.isEmpty() ? a.value(QStringLiteral("href")).toString() : href;
}

void Translator::media(const QString &element, const QXmlStreamAttributes &a, const QString &what)
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

void Translator::foreignObject(QXmlStreamReader &x, const QXmlStreamAttributes &a)
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

void Translator::writeText(const QXmlStreamAttributes &a, const QString &html, const QString &plain)
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
void Translator::textArea(QXmlStreamReader &x, const QXmlStreamAttributes &a)
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
    if (const QString family = a.value(QStringLiteral("font-family")).toString(); !family.isEmpty())
        style += QStringLiteral("font-family:%1;").arg(family.toHtmlEscaped());
    QString html;
    for (const QString &line : std::as_const(lines))
        html += QStringLiteral("<p style=\"%1\">%2</p>").arg(style, line.toHtmlEscaped());
    writeText(a, html, lines.join(QLatin1Char('\n')));
}

// <a>: a link, or OpenBoard's exported audio (a speaker image linking to the clip).
void Translator::anchor(QXmlStreamReader &x, const QXmlStreamAttributes &a)
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
    static const QStringList audio{
        QStringLiteral("mp3"), QStringLiteral("wav"), QStringLiteral("ogg"), QStringLiteral("m4a")};
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

} // namespace SchoolSuite::ForeignPage
