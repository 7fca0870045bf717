// OpenBoard .ubz and IWB .iwb (issue 6, must-have 7): documents made here the way OpenBoard
// writes them (its page SVG, metadata.rdf, its IWB exporter's content.xml), our .iwb export read
// back by us and checked for what OpenBoard's reader needs, and damaged files.
#include "core/error.h"
#include "core/io/zipreader.h"
#include "core/io/zipwriter.h"
#include "whiteboard/format/boardformats.h"
#include "whiteboard/format/iwbexport.h"
#include "whiteboard/format/openboardimport.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QXmlStreamReader>
#include <QtTest>

using namespace SchoolSuite;

// Declared before the sample documents: moc reads no further than it must.
class TestOpenBoard : public QObject
{
    Q_OBJECT

private slots:
    void ubzAsOpenBoardWritesIt();
    void iwbAsOpenBoardExportsIt();
    void iwbExportReadsBack();
    void damagedFiles();
};

namespace {

QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &members)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    ZipWriter zip(&buffer);
    for (const auto &[name, data] : members)
        zip.add(name, data);
    zip.close();
    return buffer.data();
}

QByteArray png(const QColor &color, const QSize &size = QSize(40, 30))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

const QByteArray kRdf = R"X(<?xml version="1.0" encoding="UTF-8"?>
<RDF xmlns="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:ub="http://uniboard.mnemis.com/document">
    <Description about="http://uniboard.mnemis.com/document/0b9c7f0e-1d2a-4e55-9a7b-0c1d2e3f4a5b">
        <dc:title>二年级数学 认识图形</dc:title>
        <dc:type>教研组</dc:type>
        <dc:date>2024-05-01T10:00:00ZZ</dc:date>
        <dc:format>image/svg+xml</dc:format>
        <ub:version>4.8.0</ub:version>
        <ub:size>1280x960</ub:size>
        <ub:updated-at>2024-05-01T10:00:00ZZ</ub:updated-at>
    </Description>
</RDF>
)X";

// OpenBoard's pressure ink: one filled outline per segment, a round-capped quad around the
// segment from a to b, growing from width 2 to 8.
QString segments()
{
    QString out;
    const QList<QPointF> centre{
        QPointF(-300, -200), QPointF(-280, -200), QPointF(-260, -200), QPointF(-240, -200)};
    for (int i = 1; i < centre.size(); ++i) {
        const qreal ha = i, hb = i + 1;
        const QPointF a = centre[i - 1], b = centre[i];
        out += QStringLiteral(
                   R"X(<polygon points="%1,%2 %3,%4 %5,%6 %7,%8 %9,%10 %11,%12 " )X"
                   R"X(transform="matrix(1, 0, 0, 1, 0, 0)" fill="#ff0000" fill-opacity="1.00" )X"
                   R"X(fill-rule="winding" ub:uuid="{p%13}" ub:parent="{g2}"/>)X")
                   .arg(a.x() - ha)
                   .arg(a.y())
                   .arg(a.x())
                   .arg(a.y() - ha)
                   .arg(b.x())
                   .arg(b.y() - hb)
                   .arg(b.x() + hb)
                   .arg(b.y())
                   .arg(b.x())
                   .arg(b.y() + hb)
                   .arg(a.x())
                   .arg(a.y() + ha)
                   .arg(i);
    }
    return out;
}

QByteArray ubzPage0()
{
    return (QStringLiteral(R"X(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:ub="http://uniboard.mnemis.com/document" xmlns:xhtml="http://www.w3.org/1999/xhtml" version="1.1" ub:version="4.8.0" ub:uuid="6f1c1f9e-0000-4000-8000-000000000001" viewBox="-690 -530 1380 1060" ub:nominal-size="1280x960" ub:dark-background="false" ub:crossed-background="false" ub:ruled-background="false" ub:grid-size="24" pageDpi="96">
    <rect fill="white" x="-690" y="-530" width="1380" height="1060"/>
    <g ub:z-value="1" ub:fill-on-dark-background="#ffffff" ub:fill-on-light-background="#000000" ub:uuid="{g1}" ub:hidden-on-display="false" ub:layer="0">
        <polyline points="-100,-50 -80,-40 -60,-45 " fill="none" stroke-width="3.00" stroke="#000000" stroke-opacity="1" stroke-linecap="round" ub:uuid="{l1}" ub:parent="{g1}"/>
    </g>
    <g ub:z-value="2" ub:fill-on-dark-background="#ffffff" ub:fill-on-light-background="#ff0000" ub:uuid="{g2}" ub:hidden-on-display="false" ub:layer="0">
        %1
    </g>
    <image xlink:href="images/{6d3a1c2b-aaaa-4bbb-8ccc-123456789abc}.png" x="0" y="0" width="40" height="30" transform="matrix(2, 0, 0, 2, 100, 50)" ub:z-value="3" ub:background="false" ub:uuid="{i1}" ub:layer="0" ub:hidden-on-display="false"/>
    <foreignObject ub:type="text" x="0" y="0" width="300" height="60" transform="matrix(1, 0, 0, 1, -400, 200)" ub:z-value="4" ub:background="false" ub:uuid="{t1}" ub:width="300" ub:height="60" ub:pixels-per-point="1" ub:fill-on-dark-background="#ffffff" ub:fill-on-light-background="#000000"><itemTextContent>&lt;!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN" "http://www.w3.org/TR/REC-html40/strict.dtd"&gt;&lt;html&gt;&lt;body style=" font-family:'Arial'; font-size:24pt;"&gt;&lt;p&gt;三角形有三条边&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</itemTextContent></foreignObject>
    <audio x="0" y="0" width="320" height="60" transform="matrix(1, 0, 0, 1, 200, -300)" ub:z-value="5" ub:uuid="{a1}" ub:position="0" xlink:href="audios/{7e4b2d3c-bbbb-4ccc-8ddd-23456789abcd}.mp3"/>
    <ub:ruler x="0" y="0" width="800" height="80" transform="matrix(1, 0, 0, 1, 0, 0)" ub:z-value="6"/>
</svg>
)X")
                .arg(segments()))
        .toUtf8();
}

const QByteArray kUbzPage1 = R"X(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:ub="http://uniboard.mnemis.com/document" version="1.1" ub:version="4.8.0" ub:uuid="6f1c1f9e-0000-4000-8000-000000000002" viewBox="-690 -530 1380 1060" ub:nominal-size="1280x960" ub:dark-background="true" ub:crossed-background="true" ub:ruled-background="false" ub:grid-size="32" pageDpi="96">
    <rect fill="black" x="-690" y="-530" width="1380" height="1060"/>
    <g ub:z-value="1" ub:fill-on-dark-background="#ffffff" ub:fill-on-light-background="#000000" ub:uuid="{g3}" ub:layer="0">
        <polyline points="0,0 10,10 " fill="none" stroke-width="2.00" stroke="#ffffff" stroke-opacity="1" stroke-linecap="round" ub:uuid="{l3}" ub:parent="{g3}"/>
    </g>
    <foreignObject ub:src="widgets/{w1}.wgt" x="0" y="0" width="200" height="200" ub:z-value="2"><xhtml:iframe xmlns:xhtml="http://www.w3.org/1999/xhtml" style="border: none" width="200" height="200" src="widgets/{w1}.wgt/index.html"/></foreignObject>
</svg>
)X";

QList<const BoardItem *> itemsOf(const BoardPage &page)
{
    QList<const BoardItem *> out;
    for (const BoardLayer &layer : page.layers) {
        for (const BoardItem &item : layer.items)
            out << &item;
    }
    return out;
}

template<typename T>
QList<std::pair<const BoardItem *, const T *>> ofKind(const BoardPage &page)
{
    QList<std::pair<const BoardItem *, const T *>> out;
    for (const BoardItem *item : itemsOf(page)) {
        if (const T *t = std::get_if<T>(&item->data))
            out << std::pair{item, t};
    }
    return out;
}

QString plainOf(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

void TestOpenBoard::ubzAsOpenBoardWritesIt()
{
    const QByteArray image = png(Qt::darkCyan);
    const QByteArray mp3("ID3\x03\x00\x00\x00\x00\x00\x0a"
                         "fake-audio",
                         20);
    const QByteArray file
        = zipOf({{QStringLiteral("metadata.rdf"), kRdf},
                 {QStringLiteral("page000.svg"), ubzPage0()},
                 {QStringLiteral("page001.svg"), kUbzPage1},
                 {QStringLiteral("page000.thumbnail.jpg"), QByteArray("jpeg")},
                 {QStringLiteral("images/{6d3a1c2b-aaaa-4bbb-8ccc-123456789abc}.png"), image},
                 {QStringLiteral("audios/{7e4b2d3c-bbbb-4ccc-8ddd-23456789abcd}.mp3"), mp3}});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("认识图形.ubz"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(file);
    f.close();
    QCOMPARE(BoardFormats::detect(path), BoardFormats::Kind::Ubz);
    const BoardDocument doc = BoardFormats::open(path);
    QCOMPARE(doc.title, QStringLiteral("二年级数学 认识图形"));
    QCOMPARE(doc.pageCount(), 2);
    const BoardPage &first = doc.page(0);
    QCOMPARE(first.size, QSizeF(1280, 960));
    QVERIFY(!first.background.isDark());

    // Scene coordinates (origin at the centre) become page coordinates.
    const auto strokes = ofKind<Stroke>(first);
    QCOMPARE(strokes.size(), 2);
    const Stroke &line = *strokes[0].second;
    QCOMPARE(line.samples.size(), 3);
    const QTransform &toPage = strokes[0].first->transform;
    QCOMPARE(toPage.map(QPointF(line.samples[0].x, line.samples[0].y)), QPointF(540, 430));
    QCOMPARE(line.width, 3.0f);
    QCOMPARE(line.color, QColor(Qt::black));
    QVERIFY(!line.pressure);
    // Three pressure segments: one stroke, its width growing along it.
    const Stroke &pressure = *strokes[1].second;
    QVERIFY(pressure.pressure);
    QCOMPARE(pressure.color, QColor(Qt::red));
    QCOMPARE(pressure.samples.size(), 3);
    QVERIFY(pressure.samples[0].pressure < pressure.samples[1].pressure);
    QVERIFY(pressure.samples[1].pressure < pressure.samples[2].pressure);
    QCOMPARE(pressure.samples[2].pressure, 1.0f);
    QVERIFY2(pressure.width > 5 && pressure.width < 9, qPrintable(QString::number(pressure.width)));
    const QPointF start
        = strokes[1].first->transform.map(QPointF(pressure.samples[0].x, pressure.samples[0].y));
    QVERIFY(qAbs(start.y() - 280) < 1); // on the centre line (y -200 + 480)
    QVERIFY(start.x() > 340 && start.x() < 420);

    const auto pictures = ofKind<Picture>(first);
    QCOMPARE(pictures.size(), 1);
    QCOMPARE(doc.asset(pictures[0].second->asset), image);
    // Drawn 80×60 at (100, 50) from the centre: (740, 530) to (820, 590) on the page.
    QCOMPARE(pictures[0].first->bounds(), QRectF(740, 530, 80, 60));

    const auto texts = ofKind<TextBox>(first);
    QCOMPARE(texts.size(), 1);
    QCOMPARE(plainOf(texts[0].second->html), QStringLiteral("三角形有三条边"));
    QCOMPARE(texts[0].first->bounds().topLeft(), QPointF(240, 680));

    const auto clips = ofKind<MediaClip>(first);
    QCOMPARE(clips.size(), 1);
    QVERIFY(!clips[0].second->video);
    QCOMPARE(doc.asset(clips[0].second->asset), mp3);

    const BoardPage &second = doc.page(1);
    QVERIFY(second.background.isDark());
    QCOMPARE(second.background.pattern, BoardBackground::Pattern::Grid);
    QCOMPARE(second.background.spacing, 32.0f);
    QCOMPARE(ofKind<Stroke>(second).size(), 1);
    QCOMPARE(ofKind<Stroke>(second)[0].second->color, QColor(Qt::white));
    // What the whiteboard has no equivalent of is named, not silently dropped.
    const QString warnings = doc.warnings().join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QStringLiteral("Page 1"))
                 && warnings.contains(QStringLiteral("ruler")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("Page 2"))
                 && warnings.contains(QStringLiteral("widgets")),
             qPrintable(warnings));
}

void TestOpenBoard::iwbAsOpenBoardExportsIt()
{
    // As OpenBoard's CFF exporter writes it: pages in a page set, the background rectangles
    // named by <iwb:element> at the end, ink as {G}{P} polygons in an attribute-less group.
    const QByteArray xml = R"X(<?xml version="1.0" encoding="UTF-8"?>
<iwb xmlns="http://www.imsglobal.org/xsd/iwb_v1p0" xmlns:iwb="http://www.imsglobal.org/xsd/iwb_v1p0" xmlns:svg="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.0">
    <iwb:meta name="creator" content=""/>
    <iwb:meta name="title" content="Lesson 1 光的反射"/>
    <iwb:meta name="version" content="4.8.0"/>
    <svg:svg viewbox="-690 -530 1380 1060" width="1380" height="1060">
        <svg:pageset>
            <svg:page id="1">
                <svg:rect fill="#ffffcc" id="{A}" x="-690" y="-530" width="1380" height="1060"/>
                <svg:g>
                    <svg:polygon id="{G}{P1}" points="-101,-50 -100,-51 -90,-51 -89,-50 -90,-49 -100,-49" fill="#0000ff" fill-opacity="1.00" stroke="#0000ff" x="0" y="0" width="0" height="0" transform="rotate(0) translate(0,0)"/>
                    <svg:polygon id="{G}{P2}" points="-92,-50 -90,-52 -80,-52 -78,-50 -80,-48 -90,-48" fill="#0000ff" fill-opacity="1.00" stroke="#0000ff" x="0" y="0" width="0" height="0" transform="rotate(0) translate(0,0)"/>
                </svg:g>
                <svg:polyline id="{L}" points="0,0 50,50 100,0" fill="none" stroke="#008000" stroke-width="4"/>
                <svg:textarea id="{T}" x="-600" y="-400" width="400" height="100" font-size="28pt" fill="#333333" transform="rotate(0) translate(0,0)"><svg:tspan>入射角</svg:tspan><svg:tspan> = 反射角</svg:tspan><svg:tbreak/><svg:tspan>第二行</svg:tspan></svg:textarea>
            </svg:page>
            <svg:page id="2">
                <svg:rect fill="white" id="{B}" x="-690" y="-530" width="1380" height="1060"/>
                <svg:image id="{I}" xlink:href="images/{N}.png" x="0" y="0" width="320" height="240" transform="rotate(0) translate(-160,-120)"/>
                <svg:switch><svg:video id="{V}" xlink:href="video/{M}.mpg" x="0" y="0" width="320" height="240" transform="rotate(0) translate(100,100)"/><svg:textarea x="0" y="0" width="100" height="20">Cannot Open Content</svg:textarea></svg:switch>
                <svg:a xlink:href="audio/{S}.mp3"><svg:image id="{SI}" xlink:href="images/{speaker}.png" x="-300" y="200" width="64" height="64"/></svg:a>
                <svg:a xlink:href="https://www.example.edu.cn/lesson"><svg:textarea x="200" y="300" width="200" height="40">课程网站</svg:textarea></svg:a>
                <svg:line x1="0" y1="0" x2="10" y2="10" stroke="#000000"/>
            </svg:page>
        </svg:pageset>
    </svg:svg>
    <iwb:element ref="{A}" background="true"/>
    <iwb:element ref="{B}" background="true"/>
</iwb>
)X";
    const QByteArray image = png(Qt::yellow, QSize(32, 24));
    const QByteArray mpg("\x00\x00\x01\xba"
                         "mpeg-video",
                         14);
    const QByteArray mp3("ID3"
                         "audio",
                         8);
    const BoardDocument doc
        = OpenBoardImport::readIwb(zipOf({{QStringLiteral("content.xml"), xml},
                                          {QStringLiteral("images/{N}.png"), image},
                                          {QStringLiteral("images/{speaker}.png"), png(Qt::gray)},
                                          {QStringLiteral("video/{M}.mpg"), mpg},
                                          {QStringLiteral("audio/{S}.mp3"), mp3}}),
                                   QStringLiteral("光的反射.iwb"));
    QCOMPARE(doc.title, QStringLiteral("Lesson 1 光的反射"));
    QCOMPARE(doc.pageCount(), 2);
    const BoardPage &first = doc.page(0);
    QCOMPARE(first.size, QSizeF(1380, 1060));
    QCOMPARE(first.background.color, QColor(0xff, 0xff, 0xcc));
    QCOMPARE(ofKind<Shape>(first).size(), 0); // the background is not an item
    const auto strokes = ofKind<Stroke>(first);
    QCOMPARE(strokes.size(), 2);
    QVERIFY(strokes[0].second->pressure);
    QCOMPARE(strokes[0].second->samples.size(), 2);
    QCOMPARE(strokes[0].second->color, QColor(Qt::blue));
    QCOMPARE(strokes[1].second->samples.size(), 3);
    QCOMPARE(QPointF(strokes[1].second->samples[1].x, strokes[1].second->samples[1].y),
             QPointF(50, 50));
    QCOMPARE(strokes[1].first->transform.map(QPointF(50, 50)), QPointF(740, 580));
    const auto texts = ofKind<TextBox>(first);
    QCOMPARE(texts.size(), 1);
    QCOMPARE(plainOf(texts[0].second->html), QStringLiteral("入射角 = 反射角\n第二行"));
    QVERIFY(texts[0].second->html.contains(QStringLiteral("font-size:28pt")));

    const BoardPage &second = doc.page(1);
    const auto pictures = ofKind<Picture>(second);
    QCOMPARE(pictures.size(), 1);
    QCOMPARE(doc.asset(pictures[0].second->asset), image);
    QCOMPARE(pictures[0].first->bounds(), QRectF(530, 410, 320, 240));
    const auto clips = ofKind<MediaClip>(second);
    QCOMPARE(clips.size(), 2);
    QVERIFY(clips[0].second->video);
    QCOMPARE(doc.asset(clips[0].second->asset), mpg);
    QVERIFY(!clips[1].second->video);
    QCOMPARE(doc.asset(clips[1].second->asset), mp3);
    const auto links = ofKind<Link>(second);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0].second->target, QStringLiteral("https://www.example.edu.cn/lesson"));
    QCOMPARE(links[0].second->label, QStringLiteral("课程网站"));
    QCOMPARE(ofKind<Shape>(second).size(), 1); // the line
}

void TestOpenBoard::iwbExportReadsBack()
{
    BoardDocument doc;
    doc.title = QStringLiteral("一年级语文《春晓》");
    BoardPage page = BoardPage::blank();
    page.background.pattern = BoardBackground::Pattern::Tianzige;
    page.background.spacing = 80;
    Stroke pressure;
    pressure.pressure = true;
    pressure.width = 6;
    pressure.color = QColor(0xc0, 0x10, 0x10);
    for (int i = 0; i < 20; ++i)
        pressure.samples << InkSample{
            float(100 + i * 5), float(200 + (i % 3)), 0.3f + i * 0.03f, quint32(i * 8)};
    Stroke plain;
    plain.width = 3;
    plain.samples = {{300, 300, 1, 0}, {340, 320, 1, 10}, {380, 300, 1, 20}};
    Stroke highlighter = plain;
    highlighter.pen = PenKind::Highlighter;
    highlighter.color = QColor(255, 230, 0, 128);
    highlighter.width = 16;
    Shape arrow;
    arrow.kind = ShapeKind::Arrow;
    arrow.points = {QPointF(500, 100), QPointF(700, 100)};
    arrow.stroke = Qt::red;
    Shape rectangle;
    rectangle.kind = ShapeKind::Rectangle;
    rectangle.points = {QPointF(520, 300), QPointF(620, 380)};
    TextBox text;
    text.rect = QRectF(50, 420, 400, 80);
    text.html = QStringLiteral("<p style=\"font-size:32px\">春眠不觉晓</p><p>处处闻啼鸟</p>");
    Picture picture;
    picture.rect = QRectF(700, 300, 120, 90);
    const QByteArray image = png(Qt::darkGreen);
    picture.asset = doc.addAsset(image, QStringLiteral("image/png"));
    int n = 0;
    for (const auto &data : std::initializer_list<decltype(BoardItem::data)>{
             pressure, plain, highlighter, arrow, rectangle, text, picture}) {
        BoardItem item;
        item.id = QStringLiteral("item-%1").arg(++n);
        item.data = data;
        page.layers[0].items << item;
    }
    page.layers[0].items[1].transform = QTransform::fromTranslate(10, 20);
    doc.appendPage(page);
    doc.appendPage(BoardPage::blank());

    const QByteArray iwb = IwbExport::writeData(doc);
    // What OpenBoard's reader needs: content.xml in the IWB namespace, a page set, a background
    // element for each page, ink as {G}{P} polygons, media where it looks for them.
    ZipReader zip(iwb);
    QVERIFY(zip.isOpen());
    QByteArray xml;
    QVERIFY(zip.read(QStringLiteral("content.xml"), &xml));
    QXmlStreamReader x(xml);
    QStringList seen;
    int backgrounds = 0;
    int inkPolygons = 0;
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        seen << x.namespaceUri().toString().section(QLatin1Char('/'), -1) + QLatin1Char(':')
                    + x.name().toString();
        if (x.name() == QLatin1String("element")
            && x.attributes().value(QStringLiteral("background")) == QLatin1String("true"))
            ++backgrounds;
        if (x.name() == QLatin1String("polygon")
            && x.attributes().value(QStringLiteral("id")).count(QLatin1Char('{')) == 2)
            ++inkPolygons;
    }
    QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
    QCOMPARE(seen.first(), QStringLiteral("iwb_v1p0:iwb"));
    QVERIFY(seen.contains(QStringLiteral("svg:pageset")));
    QCOMPARE(seen.count(QStringLiteral("svg:page")), 2);
    QCOMPARE(backgrounds, 3); // two page colours and the 田字格 drawn as an image
    QCOMPARE(inkPolygons, 19);
    QVERIFY(zip.contains(QStringLiteral("images/") + picture.asset));

    const BoardDocument back = OpenBoardImport::readIwb(iwb, QStringLiteral("back.iwb"));
    QVERIFY2(back.warnings().isEmpty(), qPrintable(back.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(back.title, doc.title);
    QCOMPARE(back.pageCount(), 2);
    const BoardPage &p = back.page(0);
    QCOMPARE(p.size, page.size);
    QVERIFY(!p.background.imageAsset.isEmpty()); // the 田字格, as an image behind the ink
    const auto strokes = ofKind<Stroke>(p);
    QCOMPARE(strokes.size(), 3);
    QVERIFY(strokes[0].second->pressure);
    QCOMPARE(strokes[0].second->samples.size(), 19);
    QCOMPARE(strokes[0].second->color, pressure.color);
    QVERIFY(strokes[0].second->samples.first().pressure
            < strokes[0].second->samples.last().pressure);
    QVERIFY(qAbs(strokes[0].second->width - 6 * 0.87f) < 0.5f);
    QCOMPARE(strokes[1].second->samples.size(), 3);
    QCOMPARE(QPointF(strokes[1].second->samples[0].x, strokes[1].second->samples[0].y),
             QPointF(310, 320)); // the move was applied to the points
    QCOMPARE(strokes[2].second->pen, PenKind::Highlighter);
    QCOMPARE(ofKind<Shape>(p).size(), 3); // the arrow's line and head, the rectangle
    const auto texts = ofKind<TextBox>(p);
    QCOMPARE(texts.size(), 1);
    QCOMPARE(plainOf(texts[0].second->html), QStringLiteral("春眠不觉晓\n处处闻啼鸟"));
    const auto pictures = ofKind<Picture>(p);
    QCOMPARE(pictures.size(), 1);
    QCOMPARE(back.asset(pictures[0].second->asset), image);
    QCOMPARE(pictures[0].first->bounds(), picture.rect);

    // And through the file formats: detected by content, written by extension.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("春晓.iwb"));
    QCOMPARE(BoardFormats::save(doc, path), QStringList{path});
    QCOMPARE(BoardFormats::detect(path), BoardFormats::Kind::Iwb);
    QCOMPARE(BoardFormats::open(path).pageCount(), 2);
}

void TestOpenBoard::damagedFiles()
{
    // Not a ZIP, a ZIP without content.xml: refused with the file's name.
    for (const auto &[data, name] :
         {std::pair{QByteArray("not a zip at all"), QStringLiteral("坏文件.iwb")},
          std::pair{zipOf({{QStringLiteral("other.xml"), QByteArray("<x/>")}}),
                    QStringLiteral("空.iwb")}}) {
        try {
            OpenBoardImport::readIwb(data, name);
            QFAIL("a file that is no IWB document opened");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(name), qPrintable(e.message()));
        }
    }
    try {
        OpenBoardImport::readUbz(QByteArray("PK\x03\x04 broken", 13), QStringLiteral("a.ubz"));
        QFAIL("a broken .ubz opened");
    } catch (const Error &e) {
        QVERIFY(e.message().contains(QStringLiteral("a.ubz")));
    }

    // A page cut short and an image missing: the rest opens, each problem named.
    const QByteArray page = ubzPage0();
    const QByteArray cut = page.left(page.indexOf("<image"));
    const BoardDocument doc
        = OpenBoardImport::readUbz(zipOf({{QStringLiteral("metadata.rdf"), kRdf},
                                          {QStringLiteral("page000.svg"), cut},
                                          {QStringLiteral("page001.svg"), page}}),
                                   QStringLiteral("cut.ubz"));
    QCOMPARE(doc.pageCount(), 2);
    QCOMPARE(ofKind<Stroke>(doc.page(0)).size(), 2);
    const QString warnings = doc.warnings().join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QStringLiteral("Page 1: the page breaks off")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("Page 2: the image images/{6d3a1c2b")),
             qPrintable(warnings));

    // Groups nested past any drawing's need (a crafted file): left out, no crash.
    QByteArray deep = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
                      "xmlns:ub=\"http://uniboard.mnemis.com/document\" ub:version=\"4.8.0\" "
                      "ub:nominal-size=\"1280x960\">";
    for (int i = 0; i < 5000; ++i)
        deep += "<g>";
    deep += "<polyline points=\"0,0 1,1\" fill=\"none\" stroke=\"#000000\"/>";
    for (int i = 0; i < 5000; ++i)
        deep += "</g>";
    deep += "</svg>";
    const BoardDocument nested = OpenBoardImport::readUbz(
        zipOf({{QStringLiteral("page000.svg"), deep}}), QStringLiteral("deep.ubz"));
    QCOMPARE(nested.pageCount(), 1);
    QVERIFY(
        nested.warnings().join(QLatin1Char('\n')).contains(QStringLiteral("nested too deeply")));
}

QTEST_MAIN(TestOpenBoard)
#include "tst_openboard.moc"
