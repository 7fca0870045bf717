// The board's tools beyond the pen (issue 6, must-have 2) through the real page: the partial and
// area erasers, inserting images, links, clips played on the board, the ruler and protractor.
#include "boardgui.h"
#include "core/error.h"
#include "core/store/uuid.h"
#include "testutil.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/ui/boardview.h"
#include "whiteboard/ui/whiteboardpage.h"
#include "whiteboard/whiteboardmodule.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QtTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Test;

namespace {

QList<const Stroke *> strokesOf(const BoardPage &page)
{
    QList<const Stroke *> out;
    for (const BoardLayer &layer : page.layers) {
        for (const BoardItem &item : layer.items) {
            if (const Stroke *s = item.stroke())
                out << s;
        }
    }
    return out;
}

} // namespace

class TestBoardTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initTestEnvironment();
        registerWhiteboardModule();
    }
    void partialAndAreaEraser();
};

void TestBoardTools::partialAndAreaEraser()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardView *view = page.view();
    BoardEditor &editor = page.editor();
    drag(view, line({200, 200}, {600, 200}, 40));
    drag(view, line({200, 400}, {260, 400}, 6));
    QCOMPARE(editor.document().page(0).strokeCount(), 2);

    // The partial eraser cuts the long stroke where it passes: two pieces, a gap between.
    page.action(QStringLiteral("erasePartial"))->trigger();
    QCOMPARE(view->tool(), BoardView::Tool::Eraser);
    QCOMPARE(view->eraserMode(), BoardView::EraserMode::Partial);
    drag(view, line({400, 150}, {400, 250}));
    const QList<const Stroke *> cut = strokesOf(editor.document().page(0));
    QCOMPARE(cut.size(), 3);
    QVERIFY(inkAround(view, {300, 200}) > 0);
    QCOMPARE(inkAround(view, {400, 200}, 3), 0);
    QVERIFY(inkAround(view, {500, 200}) > 0);
    const QTransform toView = view->pageToView();
    const auto xOf = [&](const InkSample &s) { return toView.map(QPointF(s.x, s.y)).x(); };
    QVERIFY(xOf(cut[1]->samples.last()) < 395);  // the piece left of the eraser
    QVERIFY(xOf(cut[2]->samples.first()) > 405); // and right of it
    QCOMPARE(cut[1]->width, cut[0]->width);
    // One step: undo makes it whole again.
    page.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(editor.document().page(0).strokeCount(), 2);
    QVERIFY(inkAround(view, {400, 200}) > 0);

    // The area eraser: a rectangle dragged over the short stroke takes it whole, one over the
    // long stroke's right part takes that part; a picture lying inside goes too.
    Picture picture;
    picture.rect = toView.inverted().mapRect(QRectF(620, 420, 60, 40));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    picture.asset = editor.document().addAsset(png, QStringLiteral("image/png"));
    BoardItem item;
    item.id = Uuid::v7();
    item.data = picture;
    editor.apply(QStringLiteral("picture"),
                 {BoardOp::insert(0, editor.document().page(0).layers[0].id, 2, {item})});
    page.action(QStringLiteral("eraseArea"))->trigger();
    drag(view, line({150, 350}, {280, 450}));
    QCOMPARE(editor.document().page(0).strokeCount(), 1);
    QCOMPARE(inkAround(view, {230, 400}), 0);
    drag(view, line({450, 150}, {700, 480}));
    const QList<const Stroke *> left = strokesOf(editor.document().page(0));
    QCOMPARE(left.size(), 1);
    QVERIFY(xOf(left[0]->samples.last()) < 450);
    QVERIFY(inkAround(view, {300, 200}) > 0);
    QCOMPARE(inkAround(view, {550, 200}), 0);
    QCOMPARE(editor.document().page(0).itemCount(), 1); // the picture went as well
    page.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(editor.document().page(0).itemCount(), 2);
}

QTEST_MAIN(TestBoardTools)
#include "tst_boardtools.moc"
