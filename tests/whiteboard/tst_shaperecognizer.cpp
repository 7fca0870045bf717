// Shape straightening (issue 6, must-have 2): strokes drawn by a hand — uneven, overshooting,
// not quite closed — become the shapes meant, and handwriting stays handwriting.
#include "whiteboard/document/shaperecognizer.h"

#include <QRandomGenerator>
#include <QtMath>
#include <QtTest>

using namespace SchoolSuite;

namespace {

// A hand's stroke through the points: a sample every 2 units with a wobble of ±amount.
QList<InkSample> hand(const QList<QPointF> &through, qreal wobble = 1.5, quint32 seed = 3)
{
    QRandomGenerator rng(seed);
    QList<InkSample> out;
    for (int k = 0; k + 1 < through.size(); ++k) {
        const QPointF a = through[k], b = through[k + 1];
        const int steps = qMax(2, int(QLineF(a, b).length() / 2));
        for (int i = 0; i < steps; ++i) {
            const QPointF p = a + (b - a) * (qreal(i) / steps);
            out << InkSample{float(p.x() + (rng.generateDouble() - 0.5) * 2 * wobble),
                             float(p.y() + (rng.generateDouble() - 0.5) * 2 * wobble),
                             1,
                             0};
        }
    }
    out << InkSample{float(through.last().x()), float(through.last().y()), 1, 0};
    return out;
}

QList<QPointF> ellipse(QPointF c, qreal rx, qreal ry, qreal from = 0, qreal turn = 2.05 * M_PI)
{
    QList<QPointF> out;
    for (int i = 0; i <= 60; ++i) {
        const qreal a = from + turn * i / 60;
        out << c + QPointF(rx * std::cos(a), ry * std::sin(a));
    }
    return out;
}

} // namespace

class TestShapeRecognizer : public QObject
{
    Q_OBJECT

private slots:
    void recognized_data();
    void recognized();
    void handwritingStays_data();
    void handwritingStays();
};

void TestShapeRecognizer::recognized_data()
{
    QTest::addColumn<QList<InkSample>>("stroke");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("corners"); // polygon corners, or 2 for two-point shapes
    QTest::newRow("horizontal line") << hand({{100, 200}, {400, 203}}) << int(ShapeKind::Line) << 2;
    QTest::newRow("slanted line") << hand({{100, 300}, {360, 150}}) << int(ShapeKind::Line) << 2;
    QTest::newRow("rectangle from a corner")
        << hand({{100, 100}, {400, 102}, {398, 300}, {101, 298}, {104, 108}})
        << int(ShapeKind::Rectangle) << 2;
    QTest::newRow("triangle") << hand({{200, 100}, {350, 350}, {60, 340}, {196, 108}})
                              << int(ShapeKind::Polygon) << 3;
    QTest::newRow("pentagon") << hand(
        {{200, 80}, {330, 170}, {280, 320}, {120, 320}, {70, 170}, {196, 84}})
                              << int(ShapeKind::Polygon) << 5;
    QTest::newRow("circle") << hand(ellipse({300, 300}, 120, 115)) << int(ShapeKind::Ellipse) << 2;
    QTest::newRow("ellipse") << hand(ellipse({300, 300}, 200, 90, 1.0)) << int(ShapeKind::Ellipse)
                             << 2;
}

void TestShapeRecognizer::recognized()
{
    QFETCH(QList<InkSample>, stroke);
    QFETCH(int, kind);
    QFETCH(int, corners);
    QVERIFY(stroke.size() > 10);
    const auto shape = ShapeRecognizer::recognize(stroke, Qt::blue, 3);
    QVERIFY(shape);
    QCOMPARE(int(shape->kind), kind);
    QCOMPARE(shape->points.size(), corners);
    QCOMPARE(shape->stroke, QColor(Qt::blue));
    QCOMPARE(shape->width, 3.0f);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (tag == QLatin1String("horizontal line")) {
        // Snapped level.
        QCOMPARE(shape->points[1].y(), shape->points[0].y());
    } else if (tag == QLatin1String("rectangle from a corner")) {
        const QRectF r = QRectF(shape->points[0], shape->points[1]).normalized();
        QVERIFY(qAbs(r.left() - 100) < 6 && qAbs(r.right() - 400) < 6);
        QVERIFY(qAbs(r.top() - 100) < 6 && qAbs(r.bottom() - 300) < 6);
    } else if (tag == QLatin1String("circle")) {
        const QRectF r = QRectF(shape->points[0], shape->points[1]).normalized();
        QCOMPARE(r.width(), r.height()); // nearly round made round
        QVERIFY(QLineF(r.center(), QPointF(300, 300)).length() < 6);
    } else if (tag == QLatin1String("ellipse")) {
        const QRectF r = QRectF(shape->points[0], shape->points[1]).normalized();
        QVERIFY(r.width() > 1.8 * r.height());
    }
}

void TestShapeRecognizer::handwritingStays_data()
{
    QTest::addColumn<QList<InkSample>>("stroke");
    QList<QPointF> scribble;
    QRandomGenerator rng(11);
    QPointF p(200, 200);
    for (int i = 0; i < 40; ++i) {
        p += QPointF(rng.bounded(40.0) - 20, rng.bounded(40.0) - 20);
        scribble << p;
    }
    QTest::newRow("scribble") << hand(scribble);
    QTest::newRow("S curve") << hand(ellipse({200, 150}, 60, 50, M_PI / 2, -1.5 * M_PI)
                                     + ellipse({200, 250}, 60, 50, -M_PI / 2, 1.5 * M_PI));
    QTest::newRow("zigzag") << hand({{100, 100}, {150, 200}, {200, 100}, {250, 200}, {300, 100}});
    QTest::newRow("a tick") << hand({{100, 100}, {103, 104}}, 0.2);
    QTest::newRow("character 口 with a tail")
        << hand({{100, 100}, {200, 100}, {200, 200}, {100, 200}, {100, 100}, {60, 160}, {20, 90}});
}

void TestShapeRecognizer::handwritingStays()
{
    QFETCH(QList<InkSample>, stroke);
    const auto shape = ShapeRecognizer::recognize(stroke, Qt::black, 2);
    QVERIFY2(!shape, shape ? qPrintable(QString::number(int(shape->kind))) : "");
}

QTEST_MAIN(TestShapeRecognizer)
#include "tst_shaperecognizer.moc"
