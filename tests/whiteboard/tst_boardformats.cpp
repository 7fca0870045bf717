// The whiteboard's formats (issue 6, must-have 7): Xournal++ documents as Xournal++ writes
// them, the native format's round trip and lazy pages, PDF and PNG export, PDF and image
// import, and damaged files.
#include "core/error.h"
#include "core/io/zipreader.h"
#include "core/io/zipwriter.h"
#include "handwriting.h"
#include "whiteboard/format/boardfile.h"
#include "whiteboard/format/boardformats.h"
#include "whiteboard/format/inkcodec.h"
#include "whiteboard/format/xoppimport.h"
#include "whiteboard/render/boardexport.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

using namespace SchoolSuite;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
    return path;
}

// Dark pixels in a region of a rendered page: where ink was drawn.
int darkPixels(const QImage &image, const QRect &region)
{
    int n = 0;
    const QRect r = region.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    }
    return n;
}

BoardItem itemOf(auto data, const QString &id)
{
    BoardItem item;
    item.id = id;
    item.data = data;
    return item;
}

// A page with one of every kind of item, a hidden second layer and a 田字格 background.
BoardDocument everything()
{
    BoardDocument doc;
    doc.title = QStringLiteral("三年级语文 第5课");
    QImage img(40, 30, QImage::Format_RGB32);
    img.fill(Qt::red);
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    img.save(&png, "PNG");
    const QString asset = doc.addAsset(png.data(), QStringLiteral("image/png"));
    const QString clip
        = doc.addAsset(QByteArray("not really a video"), QStringLiteral("video/mp4"));

    BoardPage page = BoardPage::blank(QStringLiteral("板书"));
    page.background.pattern = BoardBackground::Pattern::Tianzige;
    page.background.spacing = 80;
    Stroke s;
    s.pressure = true;
    s.color = QColor(0x20, 0x40, 0xc0);
    s.width = 4;
    for (int i = 0; i < 30; ++i)
        s.samples << InkSample{
            float(100 + i * 3), float(100 + i * i * 0.1), 0.3f + i / 60.0f, quint32(i * 8)};
    BoardItem moved = itemOf(s, QStringLiteral("s1"));
    moved.transform = QTransform().translate(20, 10).rotate(15);
    Stroke marker;
    marker.pen = PenKind::Highlighter;
    marker.color = QColor(255, 255, 0, 128);
    marker.width = 16;
    marker.samples = {InkSample{50, 300, 1, 0}, InkSample{400, 305, 1, 120}};
    Shape arrow{ShapeKind::Arrow, QPolygonF{QPointF(500, 100), QPointF(700, 200)}, Qt::red, {}, 3};
    Shape box{ShapeKind::Rectangle,
              QPolygonF{QPointF(500, 250), QPointF(650, 350)},
              Qt::black,
              QColor(0, 128, 0, 100),
              2};
    Shape oval{
        ShapeKind::Ellipse, QPolygonF{QPointF(700, 250), QPointF(900, 350)}, Qt::blue, {}, 2};
    Shape triangle{ShapeKind::Polygon,
                   QPolygonF{QPointF(100, 400), QPointF(200, 400), QPointF(150, 480)},
                   Qt::black,
                   {},
                   2};
    Shape line{ShapeKind::Line, QPolygonF{QPointF(10, 10), QPointF(90, 90)}, Qt::darkGray, {}, 1};
    page.layers[0].items
        << moved << itemOf(marker, QStringLiteral("s2")) << itemOf(arrow, QStringLiteral("a1"))
        << itemOf(box, QStringLiteral("r1")) << itemOf(oval, QStringLiteral("e1"))
        << itemOf(triangle, QStringLiteral("p1")) << itemOf(line, QStringLiteral("l1"))
        << itemOf(TextBox{QRectF(300, 420, 300, 60),
                          QStringLiteral("<p>春眠不觉晓 <b>bold</b> &amp; &lt;tag&gt;</p>")},
                  QStringLiteral("t1"))
        << itemOf(Picture{QRectF(700, 400, 80, 60), asset}, QStringLiteral("i1"))
        << itemOf(MediaClip{QRectF(800, 400, 120, 90), clip, true}, QStringLiteral("v1"))
        << itemOf(Link{QRectF(20, 500, 200, 24),
                       QStringLiteral("https://example.edu/静夜思"),
                       QStringLiteral("《静夜思》朗读")},
                  QStringLiteral("k1"));
    BoardLayer hidden;
    hidden.id = QStringLiteral("layer-answers");
    hidden.name = QStringLiteral("答案");
    hidden.visible = false;
    hidden.items << itemOf(
        Shape{ShapeKind::Line, QPolygonF{QPointF(1, 2), QPointF(3, 4)}, Qt::green, {}, 5},
        QStringLiteral("l2"));
    page.layers << hidden;
    doc.appendPage(page);
    BoardPage dark = BoardPage::blank();
    dark.background = BoardBackground::dark();
    dark.background.pattern = BoardBackground::Pattern::FourLine;
    dark.background.spacing = 60;
    dark.endless = true;
    dark.layers[0].items << itemOf(
        Shape{ShapeKind::Line, QPolygonF{QPointF(-200, -50), QPointF(1500, 900)}, Qt::white, {}, 3},
        QStringLiteral("l3"));
    doc.appendPage(dark);
    return doc;
}

// The same native file with members replaced (an empty replacement leaves the member out).
QByteArray withMembers(const QByteArray &archive, const QHash<QString, QByteArray> &replaced)
{
    ZipReader in(archive);
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    ZipWriter out(&buffer);
    QStringList names = in.entries();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        QByteArray data;
        in.read(name, &data);
        if (replaced.contains(name))
            data = replaced.value(name);
        if (!data.isEmpty())
            out.add(name, data);
    }
    out.close();
    return buffer.data();
}

} // namespace

class TestBoardFormats : public QObject
{
    Q_OBJECT

private slots:
    void xoppAsXournalWritesIt();
    void xoppPlainXmlAndMissingBackground();
    void nativeRoundTripKeepsEverything();
    void nativeRoundTripOfAnImportedXopp();
    void pagesLoadWhenFirstUsed();
    void inkCodecRefusesDamage();
    void pdfExportIsVectorAndShowsTheInk();
    void pngExportOnePerPage();
    void pdfImportPutsPagesUnderTheInk();
    void imageImportFitsThePage();
    void damagedFilesOpenWhatCanBeOpened_data();
    void damagedFilesOpenWhatCanBeOpened();
    void nativeDamageInside();
    void bombsAndGiantImages();
    void refusedFiles_data();
    void refusedFiles();
};

void TestBoardFormats::xoppAsXournalWritesIt()
{
    QTemporaryDir dir;
    Handwriting::XoppOptions o;
    o.pages = 3;
    o.strokesPerPage = 40;
    o.text = true;
    o.image = true;
    const QString path
        = write(dir, QStringLiteral("notes.xopp"), Handwriting::gzip(Handwriting::xoppXml(o)));
    QCOMPARE(BoardFormats::detect(path), BoardFormats::Kind::Xopp);
    const BoardDocument doc = BoardFormats::open(path);
    QVERIFY2(doc.warnings().isEmpty(), qPrintable(doc.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(doc.pageCount(), 3);
    // 40 pen strokes and one highlighter per page.
    QCOMPARE(doc.strokeCount(), 3 * 41);
    const BoardPage &first = doc.page(0);
    QCOMPARE(first.size, QSizeF(595.275591, 841.889764));
    QCOMPARE(first.background.pattern, BoardBackground::Pattern::Ruled);
    QCOMPARE(doc.page(1).background.pattern, BoardBackground::Pattern::Grid);
    const QList<BoardItem> &items = first.layers.at(0).items;
    const Stroke *pen = items.at(0).stroke();
    QVERIFY(pen);
    QVERIFY(pen->pressure);
    QCOMPARE(pen->width, 1.41f);
    // Xournal++ widths are per segment: the pressure follows them, lighter at the ends.
    QVERIFY(pen->samples.first().pressure < pen->samples.at(pen->samples.size() / 2).pressure);
    const Stroke *marker = items.at(40).stroke();
    QVERIFY(marker);
    QCOMPARE(marker->pen, PenKind::Highlighter);
    QCOMPARE(marker->color, QColor(255, 255, 0, 128));
    QCOMPARE(marker->samples.size(), 3);
    const auto *text = std::get_if<TextBox>(&items.at(41).data);
    QVERIFY(text);
    QVERIFY(text->html.contains(QStringLiteral("第1页 Page 1<br>line two")));
    QVERIFY(text->html.contains(QStringLiteral("#3333cc")));
    const auto *picture = std::get_if<Picture>(&items.at(42).data);
    QVERIFY(picture);
    QCOMPARE(picture->rect, QRectF(450, 760, 64, 48));
    QCOMPARE(doc.assetMime(picture->asset), QStringLiteral("image/png"));
    QCOMPARE(QImage::fromData(doc.asset(picture->asset)).size(), QSize(32, 24));
}

void TestBoardFormats::xoppPlainXmlAndMissingBackground()
{
    QTemporaryDir dir;
    const QByteArray xml
        = "<?xml version=\"1.0\"?><xournal version=\"0.4.8\">"
          "<page width=\"612\" height=\"792\">"
          "<background type=\"pdf\" domain=\"absolute\" filename=\"/nowhere/lecture.pdf\" "
          "pageno=\"1\"/>"
          "<layer><stroke tool=\"pen\" color=\"blue\" width=\"2\">10 10 20 20 30 10</stroke>"
          "<stroke tool=\"eraser\" color=\"white\" width=\"10\">10 10 20 20</stroke>"
          "<stroke tool=\"pen\" color=\"black\" width=\"2\"></stroke></layer></page>"
          "</xournal>";
    const QString path = write(dir, QStringLiteral("old.xoj"), xml);
    const BoardDocument doc = BoardFormats::open(path);
    QCOMPARE(doc.pageCount(), 1);
    // The eraser's white-out and the empty stroke are left out; the blue stroke stays.
    QCOMPARE(doc.strokeCount(), 1);
    QCOMPARE(doc.page(0).layers.at(0).items.at(0).stroke()->color, QColor(0x3333cc));
    QCOMPARE(doc.warnings().size(), 2);
    QVERIFY(doc.warnings().at(0).contains(QStringLiteral("lecture.pdf")));
    QVERIFY(doc.warnings().at(1).contains(QStringLiteral("Page 1")));
}

void TestBoardFormats::nativeRoundTripKeepsEverything()
{
    QTemporaryDir dir;
    const BoardDocument doc = everything();
    const QString path = dir.filePath(QStringLiteral("lesson.ssboard"));
    BoardFile::write(doc, path);
    QCOMPARE(BoardFormats::detect(path), BoardFormats::Kind::Native);
    const BoardDocument back = BoardFormats::open(path);
    QVERIFY2(back.warnings().isEmpty(), qPrintable(back.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(back.title, doc.title);
    QCOMPARE(back.id, doc.id);
    QCOMPARE(back.pageCount(), 2);
    for (int i = 0; i < 2; ++i) {
        const BoardPage &a = doc.page(i);
        const BoardPage &b = back.page(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.size, a.size);
        QCOMPARE(b.endless, a.endless);
        QCOMPARE(b.background, a.background);
        QCOMPARE(b.layers.size(), a.layers.size());
        for (int l = 0; l < a.layers.size(); ++l) {
            QCOMPARE(b.layers[l].name, a.layers[l].name);
            QCOMPARE(b.layers[l].visible, a.layers[l].visible);
            QCOMPARE(b.layers[l].items.size(), a.layers[l].items.size());
            for (int k = 0; k < a.layers[l].items.size(); ++k)
                QVERIFY2(b.layers[l].items[k] == a.layers[l].items[k],
                         qPrintable(a.layers[l].items[k].id));
        }
    }
    // The raw samples came back with their pressure and time, not the drawn polyline.
    const Stroke *s = back.page(0).layers[0].items[0].stroke();
    QCOMPARE(s->samples.at(29).t, 232u);
    QCOMPARE(s->samples.at(29).pressure, 0.3f + 29 / 60.0f);
    // Assets travel inside the file.
    const auto *picture = std::get_if<Picture>(&back.page(0).layers[0].items[8].data);
    QCOMPARE(QImage::fromData(back.asset(picture->asset)).pixelColor(5, 5), QColor(Qt::red));
}

void TestBoardFormats::nativeRoundTripOfAnImportedXopp()
{
    QTemporaryDir dir;
    Handwriting::XoppOptions o;
    o.pages = 2;
    o.strokesPerPage = 200;
    o.text = true;
    o.image = true;
    const QString xopp
        = write(dir, QStringLiteral("a.xopp"), Handwriting::gzip(Handwriting::xoppXml(o)));
    const BoardDocument doc = BoardFormats::open(xopp);
    const QString native = dir.filePath(QStringLiteral("a.ssboard"));
    QCOMPARE(BoardFormats::save(doc, native), QStringList{native});
    const BoardDocument back = BoardFormats::open(native);
    QCOMPARE(back.pageCount(), doc.pageCount());
    for (int i = 0; i < doc.pageCount(); ++i)
        QVERIFY(back.page(i) == doc.page(i));
    // Saving again gives the same pages (a stable format).
    const QString again = dir.filePath(QStringLiteral("b.ssboard"));
    BoardFormats::save(back, again);
    const BoardDocument third = BoardFormats::open(again);
    for (int i = 0; i < doc.pageCount(); ++i)
        QVERIFY(third.page(i) == doc.page(i));
}

void TestBoardFormats::pagesLoadWhenFirstUsed()
{
    BoardDocument doc;
    for (int i = 0; i < 100; ++i) {
        BoardPage page = BoardPage::blank();
        Shape line{ShapeKind::Line, QPolygonF{QPointF(i, 0), QPointF(i, 100)}, Qt::black, {}, 1};
        page.layers[0].items << itemOf(line, QString::number(i));
        doc.appendPage(page);
    }
    const BoardDocument back = BoardFile::readData(BoardFile::writeData(doc), QStringLiteral("x"));
    QCOMPARE(back.pageCount(), 100);
    for (int i = 0; i < 100; ++i)
        QVERIFY(!back.isPageLoaded(i));
    QCOMPARE(std::get<Shape>(back.page(57).layers[0].items[0].data).points.at(0), QPointF(57, 0));
    QVERIFY(back.isPageLoaded(57));
    QVERIFY(!back.isPageLoaded(56));
    QVERIFY(!back.isPageLoaded(58));
}

void TestBoardFormats::inkCodecRefusesDamage()
{
    BoardPage page = BoardPage::blank();
    Stroke s;
    s.samples = {InkSample{1, 2, 0.5f, 3}, InkSample{4, 5, 0.6f, 7}};
    page.layers[0].items << itemOf(s, QStringLiteral("a")) << itemOf(s, QStringLiteral("b"));
    const QByteArray data = InkCodec::write(page);
    bool ok = false;
    QCOMPARE(InkCodec::read(data, &ok).value(QStringLiteral("b")), s.samples);
    QVERIFY(ok);
    // Cut in the second stroke: the first is kept, the damage reported.
    const auto cut = InkCodec::read(data.left(data.size() - 5), &ok);
    QVERIFY(!ok);
    QCOMPARE(cut.size(), 1);
    QVERIFY(cut.contains(QStringLiteral("a")));
    // A count that claims more samples than there are bytes is not believed.
    QByteArray lying = data;
    lying[8 + 2 + 1] = char(0xff);
    lying[8 + 2 + 1 + 3] = char(0x7f);
    QVERIFY(InkCodec::read(lying, &ok).isEmpty());
    QVERIFY(!ok);
    QVERIFY(InkCodec::read("PK\3\4 not ink", &ok).isEmpty());
    QVERIFY(!ok);
}

void TestBoardFormats::pdfExportIsVectorAndShowsTheInk()
{
    QTemporaryDir dir;
    Handwriting::XoppOptions o;
    o.pages = 2;
    o.strokesPerPage = 300;
    o.text = true;
    const BoardDocument doc = XoppImport::readData(Handwriting::gzip(Handwriting::xoppXml(o)),
                                                   dir.filePath(QStringLiteral("n.xopp")));
    const QString pdfPath = dir.filePath(QStringLiteral("n.pdf"));
    BoardExport::toPdf(doc, pdfPath);
    QPdfDocument pdf;
    QCOMPARE(pdf.load(pdfPath), QPdfDocument::Error::None);
    QCOMPARE(pdf.pageCount(), 2);
    QCOMPARE(pdf.pagePointSize(0).toSize(), QSize(595, 842));
    // Text stays text: it can be found and copied in the PDF.
    // (页 comes back as the radical ⻚ that shares its glyph in Noto CJK: Qt's PDF text map.)
    const QString text = pdf.getAllText(1).text();
    QVERIFY2(text.contains(QStringLiteral("第2")) && text.contains(QStringLiteral("Page 2"))
                 && text.contains(QStringLiteral("line two")),
             qPrintable(text));
    // The handwriting is where the strokes were: the first line of characters, not the margin.
    const QImage page = pdf.render(0, QSize(595, 842));
    QVERIFY(darkPixels(page, QRect(40, 55, 500, 30)) > 200);
    QCOMPARE(darkPixels(page, QRect(0, 800, 595, 40)), 0);
    // Vector: a page of 300 strokes is far smaller than an image of it would be.
    QVERIFY(QFileInfo(pdfPath).size() < 400 * 1024);
}

void TestBoardFormats::pngExportOnePerPage()
{
    QTemporaryDir dir;
    const BoardDocument doc = everything();
    const QStringList files = BoardFormats::save(doc, dir.filePath(QStringLiteral("board.png")));
    QCOMPARE(files,
             (QStringList{dir.filePath(QStringLiteral("board-001.png")),
                          dir.filePath(QStringLiteral("board-002.png"))}));
    const QImage first(files.at(0));
    QCOMPARE(first.size(), QSize(1920, 1080));
    // The filled rectangle (green at 40 %) and the red picture are drawn where they belong.
    const QColor inBox = first.pixelColor(575 * 2, 300 * 2);
    QVERIFY(inBox.green() > inBox.red() && inBox.green() > inBox.blue());
    QCOMPARE(first.pixelColor(740 * 2, 430 * 2), QColor(Qt::red));
    // The hidden layer's green line is not drawn.
    QCOMPARE(first.pixelColor(2 * 2, 3 * 2), QColor(Qt::white));
    // The endless dark page is exported to what it holds, beyond the first view.
    const QImage second(files.at(1));
    QCOMPARE(second.size(), QSize((1500 + 200 + 3) * 2, (900 + 50 + 3) * 2));
    QVERIFY(second.pixelColor(20, second.height() / 2).lightness() < 80);
}

void TestBoardFormats::pdfImportPutsPagesUnderTheInk()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("worksheet.pdf"));
    {
        QPdfWriter writer(source);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QSizeF(400, 300), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&writer);
        p.fillRect(QRectF(0, 0, 100, 100), Qt::black);
        writer.newPage();
        p.fillRect(QRectF(300, 200, 100, 100), Qt::black);
    }
    QCOMPARE(BoardFormats::detect(source), BoardFormats::Kind::Pdf);
    BoardDocument doc = BoardFormats::open(source);
    QCOMPARE(doc.pageCount(), 2);
    QCOMPARE(doc.page(0).size.toSize(), QSize(400, 300));
    QCOMPARE(doc.page(1).background.pdfPage, 1);
    // One copy of the PDF however many pages use it.
    QCOMPARE(doc.assetKeys().size(), 1);
    const QImage first = BoardExport::pageImage(doc, 0, 1);
    const QImage second = BoardExport::pageImage(doc, 1, 1);
    QVERIFY(darkPixels(first, QRect(10, 10, 80, 80)) > 6000);
    QCOMPARE(darkPixels(first, QRect(310, 210, 80, 80)), 0);
    QVERIFY(darkPixels(second, QRect(310, 210, 80, 80)) > 6000);
    // Written as a board and opened again, the pages still lie on their PDF.
    const QString native = dir.filePath(QStringLiteral("worksheet.ssboard"));
    BoardFormats::save(doc, native);
    const BoardDocument back = BoardFormats::open(native);
    QVERIFY(darkPixels(BoardExport::pageImage(back, 1, 1), QRect(310, 210, 80, 80)) > 6000);
}

void TestBoardFormats::imageImportFitsThePage()
{
    QTemporaryDir dir;
    QImage img(400, 400, QImage::Format_RGB32);
    img.fill(Qt::blue);
    const QString path = dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(img.save(path, "JPEG"));
    const BoardDocument doc = BoardFormats::open(path);
    QCOMPARE(doc.pageCount(), 1);
    const auto &p = std::get<Picture>(doc.page(0).layers[0].items[0].data);
    QCOMPARE(p.rect.height(), 540 * 0.9);
    QCOMPARE(p.rect.center(), QPointF(480, 270));
    QCOMPARE(doc.assetMime(p.asset), QStringLiteral("image/jpeg"));
}

void TestBoardFormats::damagedFilesOpenWhatCanBeOpened_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QString>("warning");
    Handwriting::XoppOptions o;
    o.pages = 4;
    o.strokesPerPage = 300;
    const QByteArray xml = Handwriting::xoppXml(o);
    const QByteArray gz = Handwriting::gzip(xml);
    // Two whole pages and the part of the third that arrived.
    QTest::newRow("xopp cut short")
        << gz.left(gz.size() * 3 / 5) << 3 << QStringLiteral("damaged or cut short");
    QTest::newRow("xml broken") << QByteArray(xml).replace("</page>\n<page", "</page>\n<page <<")
                                << 1 << QStringLiteral("breaks off at line");
    QTest::newRow("xopp with a bad stroke")
        << QByteArray("<xournal><page width=\"100\" height=\"100\"><layer>"
                      "<stroke tool=\"pen\" color=\"#000000ff\" width=\"1\">1 2 nan 4</stroke>"
                      "<stroke tool=\"pen\" color=\"#000000ff\" width=\"1\">1 2 3 4</stroke>"
                      "</layer></page></xournal>")
        << 1 << QStringLiteral("without points");
}

void TestBoardFormats::damagedFilesOpenWhatCanBeOpened()
{
    QFETCH(QByteArray, data);
    QFETCH(int, pages);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("damaged.xopp"), data);
    const BoardDocument doc = BoardFormats::open(path);
    QCOMPARE(doc.pageCount(), pages);
    if (pages > 1) {
        QCOMPARE(doc.page(0).strokeCount(), 301);
        QVERIFY(doc.page(pages - 1).strokeCount() < 301);
    }
    QVERIFY2(doc.warnings().join(QLatin1Char('\n')).contains(warning),
             qPrintable(doc.warnings().join(QLatin1Char('\n'))));
}

void TestBoardFormats::nativeDamageInside()
{
    const BoardDocument doc = everything();
    const QByteArray native = BoardFile::writeData(doc);
    ZipReader zip(native);
    QByteArray svg, ink;
    QVERIFY(zip.read(QStringLiteral("pages/0001.svg"), &svg));
    QVERIFY(zip.read(QStringLiteral("ink/0001.ink"), &ink));
    const QString picture = std::get<Picture>(doc.page(0).layers[0].items[8].data).asset;

    // A page cut short keeps the items before the cut.
    const qsizetype cut = svg.indexOf("<ellipse");
    QVERIFY(cut > 0);
    BoardDocument a = BoardFile::readData(
        withMembers(native, {{QStringLiteral("pages/0001.svg"), svg.left(cut + 20)}}),
        QStringLiteral("a.ssboard"));
    QCOMPARE(a.page(0).itemCount(), 4); // two strokes, the arrow, the rectangle
    QVERIFY(a.warnings().join(QLatin1Char('\n')).contains(QStringLiteral("Page 1")));
    QCOMPARE(a.page(1), doc.page(1));

    // A missing asset: named, and its place is kept on the page.
    BoardDocument b = BoardFile::readData(
        withMembers(native, {{QStringLiteral("assets/") + picture, QByteArray()}}),
        QStringLiteral("b.ssboard"));
    QVERIFY(b.warnings().join(QLatin1Char('\n')).contains(picture));
    QCOMPARE(b.page(0).itemCount(), doc.page(0).itemCount());
    const QImage drawn = BoardExport::pageImage(b, 0, 1);
    QVERIFY(drawn.pixelColor(740, 430) != QColor(Qt::red));

    // Damaged raw ink: the strokes keep the points drawn in the SVG.
    BoardDocument c
        = BoardFile::readData(withMembers(native, {{QStringLiteral("ink/0001.ink"), ink.left(30)}}),
                              QStringLiteral("c.ssboard"));
    QCOMPARE(c.page(0).strokeCount(), 2);
    QVERIFY(c.warnings().join(QLatin1Char('\n')).contains(QStringLiteral("raw ink is damaged")));
    QCOMPARE(c.page(0).layers[0].items[0].stroke()->samples.size(), 30);

    // A page member missing altogether: an empty page in its place, the others intact.
    BoardDocument d = BoardFile::readData(
        withMembers(native, {{QStringLiteral("pages/0002.svg"), QByteArray()}}),
        QStringLiteral("d.ssboard"));
    QCOMPARE(d.pageCount(), 2);
    QCOMPARE(d.page(1).itemCount(), 0);
    QCOMPARE(d.page(0), doc.page(0));
    QVERIFY(d.warnings().join(QLatin1Char('\n')).contains(QStringLiteral("pages/0002.svg")));

    // Groups nested ten thousand deep: refused inside the page, no crash.
    QByteArray deep = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">";
    deep += QByteArray("<g>").repeated(10000) + QByteArray("</g>").repeated(10000) + "</svg>";
    BoardDocument e
        = BoardFile::readData(withMembers(native, {{QStringLiteral("pages/0001.svg"), deep}}),
                              QStringLiteral("e.ssboard"));
    QCOMPARE(e.page(0).itemCount(), 0);
    QVERIFY(e.warnings().join(QLatin1Char('\n')).contains(QStringLiteral("nested too deeply")));
}

namespace {

// A PNG whose header claims width × height (the pixels are not there).
QByteArray claimedPng(quint32 width, quint32 height)
{
    QImage small(4, 4, QImage::Format_RGB32);
    small.fill(Qt::green);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    small.save(&buffer, "PNG");
    QByteArray png = buffer.data();
    // IHDR starts at byte 8: length (4), "IHDR" (4), width (4), height (4), ...; then its CRC.
    auto put32 = [&png](int at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            png[at + i] = char((v >> (24 - 8 * i)) & 0xff);
    };
    put32(16, width);
    put32(20, height);
    const quint32 crc
        = quint32(crc32(0, reinterpret_cast<const Bytef *>(png.constData() + 12), 17));
    put32(29, crc);
    return png;
}

} // namespace

void TestBoardFormats::bombsAndGiantImages()
{
    // A member whose directory entry claims 4 GB: not inflated at all; the page says so.
    const QByteArray native = BoardFile::writeData(everything());
    QByteArray bomb = native;
    const QByteArray name = "pages/0002.svg";
    // The central directory entry: signature PK\1\2, uncompressed size at +24, name at +46.
    qsizetype at = -1;
    for (qsizetype i = bomb.indexOf("PK\x01\x02"); i >= 0; i = bomb.indexOf("PK\x01\x02", i + 4)) {
        if (bomb.mid(i + 46, name.size()) == name) {
            at = i;
            break;
        }
    }
    QVERIFY(at > 0);
    for (int k = 0; k < 4; ++k)
        bomb[at + 24 + k] = char(0xff);
    const BoardDocument doc = BoardFile::readData(bomb, QStringLiteral("bomb.ssboard"));
    QCOMPARE(doc.pageCount(), 2);
    QCOMPARE(doc.page(1).itemCount(), 0);
    QVERIFY(doc.warnings().join(QLatin1Char('\n')).contains(QStringLiteral("pages/0002.svg")));
    QCOMPARE(doc.page(0).itemCount(), everything().page(0).itemCount());

    // An image claiming 100,000 × 100,000 pixels (40 GB decoded): not decoded, its place marked,
    // the rest drawn.
    BoardDocument giant;
    BoardPage page = BoardPage::blank();
    const QString key = giant.addAsset(claimedPng(100000, 100000), QStringLiteral("image/png"));
    page.layers[0].items << itemOf(Picture{QRectF(100, 100, 200, 100), key}, QStringLiteral("g"))
                         << itemOf(Shape{ShapeKind::Rectangle,
                                         QPolygonF{QPointF(500, 100), QPointF(700, 300)},
                                         Qt::black,
                                         Qt::black,
                                         1},
                                   QStringLiteral("r"));
    giant.appendPage(page);
    const QImage drawn = BoardExport::pageImage(giant, 0, 1);
    QCOMPARE(drawn.pixelColor(600, 200), QColor(Qt::black));  // the rest is there
    QVERIFY(drawn.pixelColor(150, 150) != QColor(Qt::green)); // the giant is not
    // A PDF of it too (and no crash or hang).
    QVERIFY(BoardExport::toPdfData(giant).startsWith("%PDF"));
}

void TestBoardFormats::refusedFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray native = BoardFile::writeData(everything());
    QByteArray manifest;
    ZipReader(native).read(QStringLiteral("manifest.json"), &manifest);
    QTest::newRow("text file") << QStringLiteral("notes.txt") << QByteArray("hello")
                               << QStringLiteral("not a format the whiteboard opens");
    QTest::newRow("not a zip") << QStringLiteral("x.ssboard") << QByteArray("hello board")
                               << QStringLiteral("not a board document (not a ZIP archive)");
    QTest::newRow("no manifest") << QStringLiteral(
        "x.ssboard") << withMembers(native, {{QStringLiteral("manifest.json"), QByteArray()}})
                                 << QStringLiteral("no manifest.json");
    QTest::newRow("newer version")
        << QStringLiteral("x.ssboard")
        << withMembers(native,
                       {{QStringLiteral("manifest.json"),
                         QByteArray(manifest).replace("\"version\": 1", "\"version\": 99")}})
        << QStringLiteral("newer SchoolSuite (format version 99)");
    QTest::newRow("manifest of something else")
        << QStringLiteral("x.ssboard")
        << withMembers(native,
                       {{QStringLiteral("manifest.json"), QByteArray("{\"format\":\"epub\"}")}})
        << QStringLiteral("manifest is damaged");
    QTest::newRow("xopp that is not")
        << QStringLiteral("x.xopp") << Handwriting::gzip("<html><body>hi</body></html>")
        << QStringLiteral("not a Xournal++ document");
    QTest::newRow("xopp without pages")
        << QStringLiteral("x.xopp") << Handwriting::gzip("<xournal></xournal>")
        << QStringLiteral("no readable page");
    QTest::newRow("pdf that is not") << QStringLiteral("x.pdf") << QByteArray("%PDF-1.4 garbage")
                                     << QStringLiteral("not a PDF that can be read");
}

void TestBoardFormats::refusedFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = write(dir, name, data);
    try {
        BoardFormats::open(path);
        QFAIL("opened");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        QVERIFY2(e.message().contains(name), qPrintable(e.message()));
    }
}

QTEST_MAIN(TestBoardFormats)
#include "tst_boardformats.moc"
