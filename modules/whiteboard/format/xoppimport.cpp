#include "xoppimport.h"

#include "core/error.h"
#include "core/store/uuid.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageReader>
#include <QXmlStreamReader>

#include <zlib.h>

#include <charconv>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::XoppImport", text);
}

constexpr qint64 MaxXml = 1024LL * 1024 * 1024;

// "#RRGGBBAA" as Xournal++ writes colours (and a few names the original Xournal used).
QColor xoppColor(QStringView text)
{
    if (text.startsWith(QLatin1Char('#')) && text.size() == 9) {
        bool ok = false;
        const uint v = text.mid(1).toUInt(&ok, 16);
        if (ok)
            return QColor(v >> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }
    static const QHash<QString, QColor> names{{QStringLiteral("black"), Qt::black},
                                              {QStringLiteral("blue"), QColor(0x3333cc)},
                                              {QStringLiteral("red"), QColor(0xff0000)},
                                              {QStringLiteral("green"), QColor(0x008000)},
                                              {QStringLiteral("gray"), QColor(0x808080)},
                                              {QStringLiteral("lightblue"), QColor(0x00c0ff)},
                                              {QStringLiteral("lightgreen"), QColor(0x00ff00)},
                                              {QStringLiteral("magenta"), QColor(0xff00ff)},
                                              {QStringLiteral("orange"), QColor(0xff8000)},
                                              {QStringLiteral("yellow"), QColor(0xffff00)},
                                              {QStringLiteral("white"), Qt::white}};
    const QColor c = names.value(text.toString());
    return c.isValid() ? c : QColor(text.toString());
}

// The numbers of a stroke's text or width list, separated by white space. Parsed from Latin-1
// with std::from_chars: a document of 20,000 strokes has a million and a half of them.
void numbers(QStringView text, QByteArray *buffer, QList<float> *out)
{
    out->clear();
    // Anything outside Latin-1 is no digit: it becomes '?' and fails the parse below.
    *buffer = text.toLatin1();
    const char *p = buffer->constData();
    const char *end = p + buffer->size();
    while (p < end) {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r'))
            ++p;
        if (p == end)
            break;
        float v = 0;
        const auto [next, ec] = std::from_chars(p, end, v);
        if (ec != std::errc() || !qIsFinite(v)
            || (next < end && *next != ' ' && *next != '\n' && *next != '\t' && *next != '\r')) {
            out->clear();
            return;
        }
        out->append(v);
        p = next;
    }
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSuite::XoppImport)

public:
    Reader(const QByteArray &xml, const QString &path)
        : x(xml)
        , m_dir(QFileInfo(path).absoluteDir())
        , m_path(path)
    {
        x.setNamespaceProcessing(false); // Xournal++ uses none
    }

    BoardDocument read()
    {
        if (!x.readNextStartElement()
            || (x.name() != QLatin1String("xournal") && x.name() != QLatin1String("MrWriter"))) {
            throw Error(tr("%1 is not a Xournal++ document.").arg(QFileInfo(m_path).fileName()),
                        Error::Invalid);
        }
        while (x.readNextStartElement()) {
            if (x.name() == QLatin1String("title"))
                m_doc.title = x.readElementText();
            else if (x.name() == QLatin1String("page"))
                page();
            else
                x.skipCurrentElement();
        }
        if (x.hasError()) {
            m_doc.addWarning(tr("The file breaks off at line %1 (%2); the pages before are kept.")
                                 .arg(x.lineNumber())
                                 .arg(x.errorString()));
        }
        if (m_doc.pageCount() == 0)
            throw Error(tr("%1 has no readable page.").arg(QFileInfo(m_path).fileName()),
                        Error::Invalid);
        return std::move(m_doc);
    }

private:
    QString label() const { return tr("Page %1").arg(m_doc.pageCount() + 1); }
    void warn(const QString &what) { m_doc.addWarning(label() + QStringLiteral(": ") + what); }

    void page()
    {
        BoardPage page;
        page.id = Uuid::v7();
        const qreal w = x.attributes().value(QStringLiteral("width")).toDouble();
        const qreal h = x.attributes().value(QStringLiteral("height")).toDouble();
        if (w > 1 && h > 1 && w < 1e5 && h < 1e5)
            page.size = QSizeF(w, h);
        else
            warn(tr("no valid page size; the board size is used"));
        while (x.readNextStartElement()) {
            if (x.name() == QLatin1String("background"))
                background(&page);
            else if (x.name() == QLatin1String("layer"))
                layer(&page);
            else
                x.skipCurrentElement();
        }
        if (page.layers.isEmpty())
            page.layers = BoardPage::blank().layers;
        m_doc.appendPage(std::move(page));
    }

    void background(BoardPage *page);
    void layer(BoardPage *page);
    bool stroke(BoardItem *item);
    bool text(BoardItem *item);
    bool image(BoardItem *item);
    QString attachedFile(const QString &domain, const QString &filename);

    QXmlStreamReader x;
    BoardDocument m_doc;
    QDir m_dir;
    QString m_path;
    QString m_pdfAsset;       // the PDF of "pdf" backgrounds, once read
    QString m_lastBackground; // for "clone" backgrounds
    QList<float> m_values;
    QByteArray m_latin1;
    QList<float> m_widths;
};

QString Reader::attachedFile(const QString &domain, const QString &filename)
{
    if (domain == QLatin1String("absolute"))
        return filename;
    // "attach": beside the document, named after it.
    const QString beside = m_path + QLatin1Char('.') + filename;
    return QFile::exists(beside) ? beside : m_dir.filePath(filename);
}

void Reader::background(BoardPage *page)
{
    const auto a = x.attributes();
    const QString type = a.value(QStringLiteral("type")).toString();
    BoardBackground &b = page->background;
    if (type == QLatin1String("solid")) {
        const QColor c = xoppColor(a.value(QStringLiteral("color")));
        if (c.isValid())
            b.color = c;
        const QString style = a.value(QStringLiteral("style")).toString();
        using P = BoardBackground::Pattern;
        if (style == QLatin1String("graph") || style == QLatin1String("isograph")) {
            b.pattern = P::Grid;
            b.spacing = 14.17f; // Xournal++: 0.5 cm
        } else if (style == QLatin1String("lined") || style == QLatin1String("ruled")) {
            b.pattern = P::Ruled;
            b.spacing = 24;
        } else if (style.contains(QLatin1String("dotted"))) {
            b.pattern = P::Dotted;
            b.spacing = 14.17f;
        }
    } else if (type == QLatin1String("pdf")) {
        const QString domain = a.value(QStringLiteral("domain")).toString();
        if (domain != QLatin1String("clone") || m_pdfAsset.isEmpty()) {
            const QString file
                = attachedFile(domain, a.value(QStringLiteral("filename")).toString());
            QFile f(file);
            if (m_pdfAsset.isEmpty() && f.open(QIODevice::ReadOnly))
                m_pdfAsset = m_doc.addAsset(f.readAll(), QStringLiteral("application/pdf"));
        }
        if (m_pdfAsset.isEmpty()) {
            warn(tr("the PDF background %1 was not found beside the file; the page is blank under "
                    "the ink")
                     .arg(a.value(QStringLiteral("filename")).toString()));
        } else {
            b.pdfAsset = m_pdfAsset;
            b.pdfPage = a.value(QStringLiteral("pageno")).toInt() - 1;
        }
    } else if (type == QLatin1String("pixmap")) {
        const QString domain = a.value(QStringLiteral("domain")).toString();
        if (domain == QLatin1String("clone")) {
            b.imageAsset = m_lastBackground;
        } else {
            QFile f(attachedFile(domain, a.value(QStringLiteral("filename")).toString()));
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray data = f.readAll();
                QBuffer buffer;
                buffer.setData(data);
                const QByteArray format = QImageReader(&buffer).format();
                b.imageAsset
                    = m_doc.addAsset(data, QStringLiteral("image/") + QString::fromLatin1(format));
                m_lastBackground = b.imageAsset;
            } else {
                warn(tr("the background image %1 was not found")
                         .arg(a.value(QStringLiteral("filename")).toString()));
            }
        }
    }
    x.skipCurrentElement();
}

void Reader::layer(BoardPage *page)
{
    BoardLayer layer;
    layer.id = Uuid::v7();
    layer.name = x.attributes().value(QStringLiteral("name")).toString();
    while (x.readNextStartElement()) {
        BoardItem item;
        bool keep = false;
        if (x.name() == QLatin1String("stroke"))
            keep = stroke(&item);
        else if (x.name() == QLatin1String("text"))
            keep = text(&item);
        else if (x.name() == QLatin1String("image") || x.name() == QLatin1String("teximage"))
            keep = image(&item);
        else
            x.skipCurrentElement();
        if (keep) {
            item.id = Uuid::v7();
            layer.items << std::move(item);
        }
    }
    page->layers << std::move(layer);
}

bool Reader::stroke(BoardItem *item)
{
    const auto a = x.attributes();
    const QString tool = a.value(QStringLiteral("tool")).toString();
    Stroke s;
    s.pen = tool == QLatin1String("highlighter") ? PenKind::Highlighter : PenKind::Pen;
    s.color = xoppColor(a.value(QStringLiteral("color")));
    if (!s.color.isValid())
        s.color = Qt::black;
    numbers(a.value(QStringLiteral("width")), &m_latin1, &m_widths);
    const QString text = x.readElementText();
    if (tool == QLatin1String("eraser"))
        return false; // the original Xournal's white-out strokes: nothing to draw on a board
    numbers(text, &m_latin1, &m_values);
    const qsizetype n = m_values.size() / 2;
    if (n == 0 || m_widths.isEmpty() || m_widths[0] <= 0) {
        warn(tr("a stroke without points or width (line %1) was left out").arg(x.lineNumber()));
        return false;
    }
    s.width = qMin(m_widths[0], 500.0f);
    // Pressure: a width per point (or per segment) after the nominal width.
    s.pressure = m_widths.size() > 1 && s.pen == PenKind::Pen;
    s.samples.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        InkSample &sample = s.samples[i];
        sample.x = m_values[2 * i];
        sample.y = m_values[2 * i + 1];
        if (s.pressure) {
            const float w = m_widths[qMin(i + 1, m_widths.size() - 1)];
            sample.pressure = qBound(0.0f, w / s.width, 4.0f);
        }
    }
    item->data = std::move(s);
    return true;
}

bool Reader::text(BoardItem *item)
{
    const auto a = x.attributes();
    const QString family = a.value(QStringLiteral("font")).toString();
    const qreal size = qBound(1.0, a.value(QStringLiteral("size")).toDouble(), 500.0);
    const QColor color = xoppColor(a.value(QStringLiteral("color")));
    const QPointF pos(a.value(QStringLiteral("x")).toDouble(),
                      a.value(QStringLiteral("y")).toDouble());
    const QString content = x.readElementText();
    if (content.isEmpty())
        return false;
    QFont font(family);
    font.setPixelSize(qMax(1, qRound(size)));
    const QFontMetricsF metrics(font);
    qreal width = 0;
    const QStringList lines = content.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        width = qMax(width, metrics.horizontalAdvance(line));
    TextBox t;
    // The text box adds a small margin around its text (BoardRenderer).
    t.rect
        = QRectF(pos - QPointF(2, 2), QSizeF(width + 8, metrics.lineSpacing() * lines.size() + 4));
    t.html = QStringLiteral("<span style=\"font-family:'%1'; font-size:%2px; color:%3\">%4</span>")
                 .arg(family.toHtmlEscaped())
                 .arg(qRound(size))
                 .arg((color.isValid() ? color : QColor(Qt::black)).name())
                 .arg(content.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    item->data = t;
    return true;
}

bool Reader::image(BoardItem *item)
{
    const auto a = x.attributes();
    const QRectF rect(QPointF(a.value(QStringLiteral("left")).toDouble(),
                              a.value(QStringLiteral("top")).toDouble()),
                      QPointF(a.value(QStringLiteral("right")).toDouble(),
                              a.value(QStringLiteral("bottom")).toDouble()));
    const QByteArray data = QByteArray::fromBase64(x.readElementText().toLatin1());
    QBuffer buffer;
    buffer.setData(data);
    const QByteArray format = QImageReader(&buffer).format();
    if (data.isEmpty() || format.isEmpty() || !rect.isValid()) {
        warn(tr("an image that could not be read (line %1) was left out").arg(x.lineNumber()));
        return false;
    }
    Picture p;
    p.rect = rect.normalized();
    p.asset = m_doc.addAsset(data, QStringLiteral("image/") + QString::fromLatin1(format));
    item->data = p;
    return true;
}

} // namespace

XoppImport::Gunzip XoppImport::gunzip(const QByteArray &data, QByteArray *out, qint64 maxSize)
{
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return Gunzip::Damaged;
    out->clear();
    out->reserve(qMin<qint64>(data.size() * 6, maxSize));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    char buffer[256 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        const qsizetype got = qsizetype(sizeof buffer - z.avail_out);
        if (out->size() + got > maxSize) {
            inflateEnd(&z);
            return Gunzip::TooLarge;
        }
        out->append(buffer, got);
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            break; // truncated
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END ? Gunzip::Ok : Gunzip::Damaged;
}

BoardDocument XoppImport::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("Could not open %1: %2").arg(path, f.errorString()), Error::NotFound);
    return readData(f.readAll(), path);
}

BoardDocument XoppImport::readData(const QByteArray &data, const QString &path)
{
    QByteArray xml;
    bool truncated = false;
    if (data.startsWith("\x1f\x8b")) {
        const Gunzip result = gunzip(data, &xml, MaxXml);
        if (result == Gunzip::TooLarge)
            throw Error(tr("%1 unpacks to more than 1 GB; it is not opened.")
                            .arg(QFileInfo(path).fileName()),
                        Error::Invalid);
        // Damaged: what inflated is read; the XML reader says where it stops.
        truncated = result == Gunzip::Damaged;
    } else {
        xml = data; // the original Xournal also wrote plain XML
    }
    BoardDocument doc = Reader(xml, path).read();
    if (truncated)
        doc.addWarning(tr("The compressed file is damaged or cut short."));
    return doc;
}

} // namespace SchoolSuite
