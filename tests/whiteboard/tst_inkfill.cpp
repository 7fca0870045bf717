// Ink's own filler (render/inkfill.h) against Qt's antialiased rasterizer: the same pixels, up
// to the rounding of edge coverage, for pressure outlines as the board draws them, outlines
// crossing themselves, clipped at the image's and the clip's edges, translucent ink. And a page
// drawn in bands of rows, as the board's view draws it on several cores, against the page drawn
// whole.
#include "whiteboard/document/boarditems.h"
#include "whiteboard/document/boardpage.h"
#include "whiteboard/render/boardrenderer.h"
#include "whiteboard/render/inkfill.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QtTest>

using namespace SchoolSuite;

namespace {

struct Difference
{
    int max = 0;
    double mean = 0;
    qint64 inkQt = 0; // the sum of darkness each drew
    qint64 inkOurs = 0;
    QString text() const
    {
        return QStringLiteral("max %1, mean %2, ink %3 vs %4")
            .arg(max)
            .arg(mean)
            .arg(inkQt)
            .arg(inkOurs);
    }
};

Difference compare(const QImage &a, const QImage &b)
{
    Difference d;
    qint64 total = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int diff = std::max({qAbs(qRed(p) - qRed(q)),
                                       qAbs(qGreen(p) - qGreen(q)),
                                       qAbs(qBlue(p) - qBlue(q)),
                                       qAbs(qAlpha(p) - qAlpha(q))});
            d.max = std::max(d.max, diff);
            total += diff;
            d.inkQt += 255 - qGray(p);
            d.inkOurs += 255 - qGray(q);
        }
    }
    d.mean = double(total) / (a.width() * a.height());
    return d;
}

// Draws outline with Qt and with fillInk on white images, painter set up by setup.
std::pair<QImage, QImage> both(const QPolygonF &outline,
                               const QColor &color,
                               const std::function<void(QPainter &)> &setup)
{
    QImage qt(300, 200, QImage::Format_ARGB32_Premultiplied);
    qt.fill(Qt::white);
    QImage ours = qt;
    {
        QPainter p(&qt);
        p.setRenderHint(QPainter::Antialiasing);
        setup(p);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(outline, Qt::WindingFill);
    }
    {
        QPainter p(&ours);
        p.setRenderHint(QPainter::Antialiasing);
        setup(p);
        if (!fillInk(p, outline, color))
            ours = QImage();
    }
    return {qt, ours};
}

} // namespace

class TestInkFill : public QObject
{
    Q_OBJECT

private slots:
    void matchesQt_data();
    void matchesQt();
    void refusesWhatItCannotDraw();
    void staysInsideARotatedClip();
    void largeFillThenSmallOnes();
    void bandsDrawTheWholePage_data();
    void bandsDrawTheWholePage();
};

void TestInkFill::matchesQt_data()
{
    QTest::addColumn<bool>("vectorized");
    // The vector code where the build has it (x86-64), and the plain code every other
    // processor runs: both must draw what Qt draws.
    if (inkVectorized())
        QTest::newRow("vector instructions") << true;
    QTest::newRow("plain code") << false;
}

void TestInkFill::matchesQt()
{
    QFETCH(bool, vectorized);
    const bool before = inkVectorized();
    setInkVectorized(vectorized);
    QCOMPARE(inkVectorized(), vectorized);
    const auto restore = qScopeGuard([before] { setInkVectorized(before); });
    QRandomGenerator rng(7);
    QList<std::pair<QString, QPolygonF>> cases;
    // Pressure strokes as the board makes their outlines: wavy handwriting, a dot, a hook.
    for (int k = 0; k < 6; ++k) {
        Stroke s;
        s.pressure = true;
        s.width = float(2 + k * 3);
        for (int i = 0; i < 40; ++i)
            s.samples << InkSample{float(20 + i * 6 + rng.bounded(3)),
                                   float(100 + 40 * std::sin(i * 0.3 + k)),
                                   float(0.3 + 0.7 * rng.generateDouble()),
                                   quint32(i * 8)};
        cases << std::pair{QStringLiteral("stroke %1").arg(k), s.geometry().outline};
    }
    // An outline that crosses itself (a sharp turn's fold): non-zero winding, filled once.
    cases << std::pair{QStringLiteral("figure eight"),
                       QPolygonF{{50, 50}, {150, 150}, {150, 50}, {50, 150}}};
    cases << std::pair{QStringLiteral("star"),
                       QPolygonF{{150, 20}, {180, 180}, {40, 80}, {260, 80}, {120, 180}}};
    // Partly outside the image on every side.
    cases << std::pair{QStringLiteral("overhanging"),
                       QPolygonF{{-40, -30}, {340, 20}, {320, 240}, {-20, 210}}};
    // Slivers: nearly horizontal and vertical thin outlines.
    cases << std::pair{QStringLiteral("sliver"),
                       QPolygonF{{10, 100.2}, {290, 100.7}, {290, 101.4}, {10, 101.1}}};
    cases << std::pair{QStringLiteral("needle"),
                       QPolygonF{{100.3, 5}, {101.1, 5}, {100.9, 195}, {100.4, 195}}};
    // Edges crossing many columns within one row (a long, shallow wedge), and a tiny one.
    cases << std::pair{QStringLiteral("wedge"),
                       QPolygonF{{3.3, 60.2}, {297.6, 61.9}, {296.1, 75.4}, {4.8, 63.7}}};
    cases << std::pair{QStringLiteral("speck"),
                       QPolygonF{{50.2, 50.3}, {50.9, 50.4}, {50.5, 50.8}}};

    const QList<std::pair<QString, std::function<void(QPainter &)>>> setups{
        {QStringLiteral("plain"), [](QPainter &) {}},
        {QStringLiteral("scaled and moved"),
         [](QPainter &p) {
             p.translate(13.25, -7.5);
             p.scale(1.37, 1.37);
         }},
        {QStringLiteral("clipped"), [](QPainter &p) { p.setClipRect(QRect(60, 40, 170, 110)); }},
    };
    for (const auto &[name, outline] : std::as_const(cases)) {
        for (const auto &[how, setup] : setups) {
            for (const QColor &color : {QColor(0x23, 0x26, 0x29), QColor(255, 200, 0, 110)}) {
                const auto [qt, ours] = both(outline, color, setup);
                QVERIFY2(!ours.isNull(), qPrintable(name));
                const Difference d = compare(qt, ours);
                const QString what
                    = QStringLiteral("%1, %2, alpha %3: ").arg(name, how).arg(color.alpha())
                      + d.text();
                // Edge pixels differ by the rasterizers' rounding (Qt samples coverage, this
                // computes it: a few levels); the whole is the same ink.
                QVERIFY2(d.max <= 16, qPrintable(what));
                QVERIFY2(d.mean < 0.2, qPrintable(what));
                QVERIFY2(qAbs(d.inkQt - d.inkOurs) <= d.inkQt / 50 + 255, qPrintable(what));
            }
        }
    }
}

void TestInkFill::refusesWhatItCannotDraw()
{
    const QPolygonF square{{10, 10}, {50, 10}, {50, 50}, {10, 50}};
    QImage rgb(100, 100, QImage::Format_RGB32);
    QPainter onRgb(&rgb);
    onRgb.setRenderHint(QPainter::Antialiasing);
    QVERIFY(!fillInk(onRgb, square, Qt::black)); // another pixel format
    onRgb.end();
    QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setOpacity(0.5);
    QVERIFY(!fillInk(p, square, Qt::black)); // a translucent painter
    p.setOpacity(1);
    p.setClipRegion(QRegion(0, 0, 30, 30) + QRegion(60, 60, 30, 30));
    QVERIFY(!fillInk(p, square, Qt::black)); // a clip that is no rectangle
    p.setClipping(false);
    QVERIFY(!fillInk(p, QPolygonF{{1, 1}, {2, 2}}, Qt::black)); // no area
    QCOMPARE(image.pixel(30, 30), qRgb(255, 255, 255));         // and nothing drawn
    QVERIFY(fillInk(p, square, Qt::black));
    QCOMPARE(image.pixel(30, 30), qRgb(0x00, 0x00, 0x00));
}

void TestInkFill::bandsDrawTheWholePage_data()
{
    QTest::addColumn<int>("pattern");
    QTest::addColumn<bool>("endless");
    QTest::addColumn<qreal>("dpr");
    using P = BoardBackground::Pattern;
    for (const P pattern :
         {P::Plain, P::Grid, P::Tianzige, P::Mizige, P::FourLine, P::Ruled, P::Dotted}) {
        for (const bool endless : {false, true}) {
            for (const qreal dpr : {1.0, 1.25}) {
                QTest::addRow(
                    "pattern %d, %s, dpr %.2f", int(pattern), endless ? "endless" : "page", dpr)
                    << int(pattern) << endless << dpr;
            }
        }
    }
}

void TestInkFill::bandsDrawTheWholePage()
{
    QFETCH(int, pattern);
    QFETCH(bool, endless);
    QFETCH(qreal, dpr);
    BoardPage page = BoardPage::blank();
    page.endless = endless;
    page.background.pattern = BoardBackground::Pattern(pattern);
    page.background.spacing = 37.5;
    QRandomGenerator rng(11);
    for (int k = 0; k < 60; ++k) {
        Stroke s;
        s.pressure = true;
        s.width = 3;
        const QPointF start(rng.bounded(900.0), rng.bounded(500.0));
        for (int i = 0; i < 12; ++i)
            s.samples << InkSample{float(start.x() + i * 5),
                                   float(start.y() + 20 * std::sin(i * 0.5 + k)),
                                   float(0.4 + 0.6 * rng.generateDouble()),
                                   quint32(i * 8)};
        BoardItem item;
        item.id = QString::number(k);
        item.data = s;
        page.layers[0].items << item;
    }
    BoardDocument doc;
    doc.appendPage(page);
    BoardRenderer renderer(doc);
    renderer.prepare(doc.page(0));
    // The page at 1.3 × with an offset, on a view of 700 × 420 (device pixels: × dpr).
    const QTransform view = QTransform::fromTranslate(-23.5, 17.25).scale(0.7, 0.7);
    const QSize pixels = (QSizeF(700, 420) * dpr).toSize();
    // What BoardView::paintBand does for the device rows [top, top + rows).
    const auto draw = [&](QImage &image, int top) {
        image.fill(Qt::darkGray);
        QPainter p(&image);
        p.translate(0, -top);
        p.scale(dpr, dpr);
        const QRectF area(0, top / dpr, 700, image.height() / dpr);
        const QRectF visible = view.inverted().mapRect(area);
        p.setTransform(view, true);
        const QRectF pageRect(QPointF(0, 0), page.size);
        if (!endless)
            p.setClipRect(pageRect, Qt::IntersectClip);
        renderer.paintPage(p, doc.page(0), endless ? visible : visible & pageRect);
    };
    QImage whole(pixels, QImage::Format_ARGB32_Premultiplied);
    draw(whole, 0);
    QImage banded(pixels, QImage::Format_ARGB32_Premultiplied);
    for (int top = 0; top < pixels.height(); top += 33) {
        QImage band(banded.bits() + top * banded.bytesPerLine(),
                    pixels.width(),
                    qMin(33, pixels.height() - top),
                    banded.bytesPerLine(),
                    banded.format());
        draw(band, top);
    }
    const Difference d = compare(whole, banded);
    QVERIFY2(d.inkQt > 0, "the page shows ink");
    // The same page: a pixel where a line crosses a band's border may be smoothed a little
    // differently by Qt (a clipped line takes another path through its rasterizer), nothing more.
    const QString what = QStringLiteral("whole vs in bands: ") + d.text();
    QVERIFY2(d.max <= 64, qPrintable(what));
    QVERIFY2(d.mean < 0.1, qPrintable(what));
    QVERIFY2(qAbs(d.inkQt - d.inkOurs) <= d.inkQt / 200, qPrintable(what));
}

void TestInkFill::staysInsideARotatedClip()
{
    // A clip set, then the painter turned a little (a rotated item on the page): in page units
    // the clip is still one rectangle, but its bounding rectangle is wider than the clip.
    for (const qreal angle : {0.5, 3.0, 89.9, 90.0}) {
        QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        const QRect clip(10, 10, 80, 30);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setClipRect(clip);
            p.translate(50, 50);
            p.rotate(angle);
            p.translate(-50, -50);
            const QPolygonF all{{0, 0}, {100, 0}, {100, 100}, {0, 100}};
            if (!fillInk(p, all, Qt::black)) {
                p.setPen(Qt::NoPen);
                p.setBrush(Qt::black);
                p.drawPolygon(all); // as the renderer falls back to Qt
            }
        }
        int outside = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                outside += !clip.contains(x, y) && image.pixel(x, y) != qRgb(255, 255, 255);
        }
        QVERIFY2(outside == 0,
                 qPrintable(
                     QStringLiteral("angle %1: %2 pixels drawn outside").arg(angle).arg(outside)));
        QCOMPARE(image.pixel(50, 25), qRgb(0, 0, 0)); // and inside it drawn
    }
}

void TestInkFill::largeFillThenSmallOnes()
{
    // A stroke over most of a zoomed-in page needs a large buffer, which is not kept: what is
    // drawn after it is drawn as well as before.
    QImage qt(1000, 700, QImage::Format_ARGB32_Premultiplied);
    qt.fill(Qt::white);
    QImage ours = qt;
    const QPolygonF large{{5.5, 10.25}, {990.5, 40.75}, {960.25, 690.5}, {20.75, 650.5}};
    const QList<QPolygonF> small{QPolygonF{{100.3, 100.2}, {140.7, 101.1}, {120.4, 150.8}},
                                 QPolygonF{{500.5, 300.5}, {530.5, 310.5}, {505.5, 340.5}}};
    {
        QPainter p(&qt);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 90, 200, 120));
        p.drawPolygon(large, Qt::WindingFill);
        p.setBrush(QColor(0xd9, 0x2b, 0x2b));
        for (const QPolygonF &polygon : small)
            p.drawPolygon(polygon, Qt::WindingFill);
    }
    {
        QPainter p(&ours);
        p.setRenderHint(QPainter::Antialiasing);
        QVERIFY(fillInk(p, large, QColor(0, 90, 200, 120)));
        for (const QPolygonF &polygon : small)
            QVERIFY(fillInk(p, polygon, QColor(0xd9, 0x2b, 0x2b)));
    }
    const Difference d = compare(qt, ours);
    QVERIFY2(d.max <= 16 && d.mean < 0.2, qPrintable(d.text()));
}

QTEST_MAIN(TestInkFill)
#include "tst_inkfill.moc"
