// The board's tools beyond the pen (issue 6, must-have 2) through the real page: the partial and
// area erasers, inserting images, links, clips played on the board, the ruler and protractor.
#include "boardgui.h"
#include "core/error.h"
#include "core/store/uuid.h"
#include "testutil.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/format/boardfile.h"
#include "whiteboard/ui/boardview.h"
#include "whiteboard/ui/whiteboardpage.h"
#include "whiteboard/whiteboardmodule.h"

#include "whiteboard/store/boardlibrary.h"
#include "whiteboard/ui/boardmedia.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDesktopServices>
#include <QMediaPlayer>
#include <QMimeData>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <qpa/qwindowsysteminterface.h>

#include <zlib.h>

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

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
    return path;
}

// A PNG whose header claims width × height (and nothing more): what a decompression bomb looks
// like to a reader that trusts it.
QByteArray pngHeader(quint32 width, quint32 height)
{
    QByteArray ihdr("IHDR");
    for (const quint32 v : {width, height})
        ihdr += QByteArray::fromHex(QByteArray::number(v, 16).rightJustified(8, '0'));
    ihdr += QByteArray::fromHex("0802000000"); // 8-bit RGB
    const quint32 crc
        = quint32(crc32(0, reinterpret_cast<const Bytef *>(ihdr.constData()), uInt(ihdr.size())));
    return QByteArray::fromHex("89504e470d0a1a0a0000000d") + ihdr
           + QByteArray::fromHex(QByteArray::number(crc, 16).rightJustified(8, '0'));
}

// One second of a 440 Hz tone, 8 kHz mono 16-bit PCM in a WAV file.
QByteArray wavTone()
{
    QByteArray pcm;
    for (int i = 0; i < 8000; ++i) {
        const qint16 v = qint16(8000 * qSin(2 * M_PI * 440 * i / 8000.0));
        pcm.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
    }
    const auto le32 = [](quint32 v) {
        QByteArray b;
        for (int i = 0; i < 4; ++i)
            b.append(char((v >> (8 * i)) & 0xff));
        return b;
    };
    const auto le16 = [](quint16 v) {
        QByteArray b;
        b.append(char(v & 0xff)).append(char(v >> 8));
        return b;
    };
    return "RIFF" + le32(quint32(36 + pcm.size())) + "WAVEfmt " + le32(16) + le16(1) + le16(1)
           + le32(8000) + le32(16000) + le16(2) + le16(16) + "data" + le32(quint32(pcm.size()))
           + pcm;
}

template<typename T>
QList<std::pair<QString, const T *>> itemsOfKind(const BoardPage &page)
{
    QList<std::pair<QString, const T *>> out;
    for (const BoardLayer &layer : page.layers) {
        for (const BoardItem &item : layer.items) {
            if (const T *t = std::get_if<T>(&item.data))
                out << std::pair{item.id, t};
        }
    }
    return out;
}

// Captures what the desktop would be asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

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
    void imagesFromFiles();
    void linksOpen();
    void clipsPlayOnTheBoard();
    void rulerAndProtractor();
    void palmLeavesNoInk();
    void copyAndPaste();
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
    // The pieces lie where the stroke lay, under the short stroke drawn after it.
    QVERIFY(xOf(cut[0]->samples.last()) < 395);  // the piece left of the eraser
    QVERIFY(xOf(cut[1]->samples.first()) > 405); // and right of it
    QVERIFY(xOf(cut[2]->samples.last()) < 270);  // the short stroke, still on top
    QCOMPARE(cut[0]->width, cut[2]->width);
    // A piece keeps the pen's samples (and those where it was cut), not the eraser's extra ones.
    QVERIFY(cut[0]->samples.size() + cut[1]->samples.size() <= 41 + 2);
    // One step: undo makes it whole again.
    page.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(editor.document().page(0).strokeCount(), 2);
    QVERIFY(inkAround(view, {400, 200}) > 0);

    // The area eraser: a rectangle dragged over the short stroke takes it whole, one over the
    // long stroke's right part takes that part; a picture lying inside goes too.
    Picture picture;
    picture.rect = toView.inverted().mapRect(QRectF(620, 420, 60, 40));
    const QByteArray png = pngOf(Qt::blue, QSize(8, 8));
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

void TestBoardTools::imagesFromFiles()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardEditor &editor = page.editor();
    const QByteArray png = pngOf(QColor(0x20, 0x80, 0x40), QSize(400, 300));
    QTemporaryDir dir;
    const QString id = page.insertImage(writeFile(dir, QStringLiteral("地图.png"), png));
    const auto pictures = itemsOfKind<Picture>(editor.document().page(0));
    QCOMPARE(pictures.size(), 1);
    QCOMPARE(pictures[0].first, id);
    QCOMPARE(editor.document().asset(pictures[0].second->asset), png);
    // In the middle of the board, its shape kept, chosen to be moved.
    const QRectF r = pictures[0].second->rect;
    QVERIFY(QRectF(QPointF(), editor.document().page(0).size).contains(r));
    QVERIFY(qAbs(r.width() / r.height() - 4.0 / 3.0) < 0.01);
    QCOMPARE(page.view()->selection(), QStringList{id});
    // Saved with the board's working copy at once: a crash cannot lose the image.
    QCOMPARE(BoardFile::read(editor.path()).asset(pictures[0].second->asset), png);
    QCOMPARE(page.view()->tool(), BoardView::Tool::Select);
    page.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(editor.document().page(0).itemCount(), 0);

    // What is no image, or an image too large to decode, is refused by name; nothing changes.
    for (const auto &[name, data] :
         {std::pair{QStringLiteral("作业.png"), QByteArray("not an image")},
          std::pair{QStringLiteral("炸弹.png"), pngHeader(30000, 30000)}}) {
        try {
            page.insertImage(writeFile(dir, name, data));
            QFAIL("a file that is no usable image was inserted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(name), qPrintable(e.message()));
        }
    }
    QCOMPARE(editor.document().page(0).itemCount(), 0);
}

void TestBoardTools::linksOpen()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardEditor &editor = page.editor();
    BoardView *view = page.view();
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    const auto restore
        = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });

    // Another board of the teacher's, to link to.
    const QString first = editor.document().id;
    page.newBoard();
    const QString second = editor.document().id;
    page.insertLink(QStringLiteral("https://www.example.edu.cn/chunxiao"),
                    QStringLiteral("课文朗读"));
    page.insertLink(QStringLiteral("board:") + first, QStringLiteral("上一课"));
    QCOMPARE(itemsOfKind<Link>(editor.document().page(0)).size(), 2);

    // With the pen, touching a link opens it (with the selection tool it would be moved).
    page.action(QStringLiteral("pen"))->trigger();
    QApplication::processEvents();
    QList<QWidget *> spots = view->overlays();
    QCOMPARE(spots.size(), 2);
    std::sort(spots.begin(), spots.end(), [](QWidget *a, QWidget *b) {
        return a->toolTip() > b->toolTip(); // the web page, then the board
    });
    QVERIFY(!spots[0]->testAttribute(Qt::WA_TransparentForMouseEvents));
    // Where the link's text is drawn on the board.
    const auto links = itemsOfKind<Link>(editor.document().page(0));
    QCOMPARE(spots[0]->geometry(),
             view->pageToView().mapRect(links[0].second->rect).toAlignedRect());
    QTest::mouseClick(spots[0], Qt::LeftButton, {}, spots[0]->rect().center());
    QCOMPARE(catcher.opened,
             QList<QUrl>{QUrl(QStringLiteral("https://www.example.edu.cn/chunxiao"))});
    QCOMPARE(editor.document().page(0).strokeCount(), 0); // no ink where the link was touched
    QTest::mouseClick(spots[1], Qt::LeftButton, {}, spots[1]->rect().center());
    QCOMPARE(editor.document().id, first);
    QVERIFY(page.library().board(second).id == second); // the board left was put back first

    page.action(QStringLiteral("select"))->trigger();
    page.openBoard(second);
    for (QWidget *w : view->overlays())
        QVERIFY(w->testAttribute(Qt::WA_TransparentForMouseEvents));
    try {
        page.insertLink(QStringLiteral("  "), QStringLiteral("空"));
        QFAIL("a link without an address was inserted");
    } catch (const Error &) {
    }
}

void TestBoardTools::clipsPlayOnTheBoard()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardEditor &editor = page.editor();
    QTemporaryDir dir;
    const QByteArray wav = wavTone();
    page.insertClip(writeFile(dir, QStringLiteral("朗读.wav"), wav));
    const auto clips = itemsOfKind<MediaClip>(editor.document().page(0));
    QCOMPARE(clips.size(), 1);
    QVERIFY(!clips[0].second->video);
    QCOMPARE(editor.document().asset(clips[0].second->asset), wav);
    page.action(QStringLiteral("pen"))->trigger();
    QApplication::processEvents();
    const QList<QWidget *> overlays = page.view()->overlays();
    QCOMPARE(overlays.size(), 1);
    auto *player = qobject_cast<ClipPlayer *>(overlays.first());
    QVERIFY(player);
    QTest::mouseClick(player->playButton(), Qt::LeftButton);
    QVERIFY(player->player());
    QVERIFY2(player->problem().isEmpty(), qPrintable(player->problem()));
    QCOMPARE(QFile(player->player()->source().toLocalFile()).size(), qint64(wav.size()));
    QTRY_VERIFY_WITH_TIMEOUT(player->player()->duration() > 900, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() > 0, 5000);
    QVERIFY(player->isPlaying());
    QTest::mouseClick(player->playButton(), Qt::LeftButton);
    QTRY_VERIFY(!player->isPlaying());

    try {
        page.insertClip(writeFile(dir, QStringLiteral("作业.txt"), QByteArray("plain text")));
        QFAIL("a text file was inserted as a clip");
    } catch (const Error &e) {
        QVERIFY(e.message().contains(QStringLiteral("作业.txt")));
    }
}

void TestBoardTools::rulerAndProtractor()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardView *view = page.view();
    BoardEditor &editor = page.editor();
    page.action(QStringLiteral("ruler"))->setChecked(true);
    QVERIFY(view->instrumentShown(BoardView::Instrument::Ruler));
    const QTransform toView = view->pageToView();
    const QLineF edge = toView.map(view->rulerEdge());
    QVERIFY(QRectF(view->rect()).contains(edge.center()));

    // A shaky hand along the edge draws a straight line on it.
    QList<QPoint> shaky;
    for (int i = 0; i <= 20; ++i)
        shaky << (edge.pointAt(0.2 + 0.03 * i) + QPointF(0, (i % 2 ? -6 : 5))).toPoint();
    drag(view, shaky);
    QCOMPARE(editor.document().page(0).strokeCount(), 1);
    const Stroke ruled = *strokesOf(editor.document().page(0)).first();
    const QLineF onPage = view->rulerEdge();
    for (const InkSample &s : ruled.samples) {
        const qreal off
            = QLineF(onPage.p1(), QPointF(s.x, s.y)).length()
              * qSin(qDegreesToRadians(QLineF(onPage.p1(), QPointF(s.x, s.y)).angleTo(onPage)));
        QVERIFY2(qAbs(qAbs(off) - ruled.width / 2) < 0.01, qPrintable(QString::number(off)));
    }

    // The body moves it (no ink); the round handle turns it, in whole degrees.
    const QPointF inside = edge.center() + QPointF(0, 30);
    drag(view, line(inside.toPoint(), (inside + QPointF(40, 60)).toPoint()));
    QCOMPARE(editor.document().page(0).strokeCount(), 1);
    QVERIFY(QLineF(toView.map(view->rulerEdge()).center(), edge.center() + QPointF(40, 60)).length()
            < 2);
    const QPointF handle = toView.map(view->rulerHandle());
    const QPointF centre = toView.map(view->rulerEdge()).center()
                           + QPointF(0, 32 * toView.m11()); // the ruler's middle
    const QPointF to = centre
                       + QPointF(qCos(qDegreesToRadians(30.0)), -qSin(qDegreesToRadians(30.0)))
                             * QLineF(centre, handle).length();
    drag(view, line(handle.toPoint(), to.toPoint()));
    QVERIFY2(qAbs(view->rulerAngle() + 30) <= 1, qPrintable(QString::number(view->rulerAngle())));
    QCOMPARE(view->rulerAngle(), std::round(view->rulerAngle()));
    QCOMPARE(editor.document().page(0).strokeCount(), 1);

    // Put away: the pen writes freely there again.
    page.action(QStringLiteral("ruler"))->setChecked(false);
    const QLineF turned = toView.map(view->rulerEdge());
    drag(view,
         line(turned.pointAt(0.4).toPoint(), (turned.pointAt(0.4) + QPointF(0, 40)).toPoint()));
    const Stroke free = *strokesOf(editor.document().page(0)).last();
    QVERIFY(QLineF(free.samples.first().x,
                   free.samples.first().y,
                   free.samples.last().x,
                   free.samples.last().y)
                .length()
            > 20 / toView.m11());

    // The protractor: its arm dragged to 135° reads 135; the pen along its arc draws an arc.
    page.action(QStringLiteral("protractor"))->setChecked(true);
    const QPointF armHandle = toView.map(view->protractorArmHandle());
    const QPointF pc = toView.map(view->protractorCentre());
    const qreal armReach = QLineF(pc, armHandle).length();
    drag(view,
         line(armHandle.toPoint(),
              (pc
               + QPointF(-armReach * qCos(qDegreesToRadians(45.0)),
                         -armReach * qSin(qDegreesToRadians(45.0))))
                  .toPoint()));
    QCOMPARE(view->protractorReading(), 135.0);
    const qreal r = BoardView::protractorRadius() * toView.m11();
    QList<QPoint> arc;
    for (int i = 0; i <= 20; ++i) {
        const qreal a = qDegreesToRadians(60.0 + i * 3);
        arc << (pc + QPointF(qCos(a), -qSin(a)) * (r + (i % 2 ? 5 : -5))).toPoint();
    }
    const int before = editor.document().page(0).strokeCount();
    drag(view, arc);
    QCOMPARE(editor.document().page(0).strokeCount(), before + 1);
    const Stroke curve = *strokesOf(editor.document().page(0)).last();
    for (const InkSample &s : curve.samples) {
        const qreal d = QLineF(view->protractorCentre(), QPointF(s.x, s.y)).length();
        QVERIFY2(qAbs(d - BoardView::protractorRadius() - curve.width / 2) < 0.01,
                 qPrintable(QString::number(d)));
    }
}

// Touch points as a touch screen's driver reports them, with the size of each contact (QTest's
// touch events have none): through the platform's event path into the board.
class TouchScreen
{
public:
    explicit TouchScreen(QWidget *target)
        : m_target(target)
        , m_device(QTest::createTouchDevice())
    {}
    // points: id -> (view position, contact diameter in pixels); state for all of them.
    void send(const QList<std::tuple<int, QPoint, qreal>> &points, QEventPoint::State state)
    {
        QList<QWindowSystemInterface::TouchPoint> touch;
        const QRect screen = m_target->screen()->geometry();
        for (const auto &[id, at, diameter] : points) {
            QWindowSystemInterface::TouchPoint tp;
            tp.id = id;
            tp.state = state;
            tp.pressure = 1;
            const QPointF global = m_target->mapToGlobal(QPointF(at));
            tp.area = QRectF(0, 0, diameter, diameter);
            tp.area.moveCenter(global);
            tp.normalPosition = QPointF(global.x() / screen.width(), global.y() / screen.height());
            touch << tp;
        }
        QWindowSystemInterface::handleTouchEvent<QWindowSystemInterface::SynchronousDelivery>(
            m_target->window()->windowHandle(), m_device, touch);
        QCoreApplication::processEvents();
    }

private:
    QWidget *m_target;
    QPointingDevice *m_device;
};

void TestBoardTools::palmLeavesNoInk()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardView *view = page.view();
    BoardEditor &editor = page.editor();
    TouchScreen screen(view);
    const auto stroke = [&](const QList<std::pair<int, qreal>> &fingers, int y) {
        for (int i = 0; i <= 10; ++i) {
            QList<std::tuple<int, QPoint, qreal>> points;
            for (const auto &[id, diameter] : fingers)
                points << std::tuple{id, QPoint(200 + 30 * i, y + id * 120), diameter};
            screen.send(points, i == 0 ? QEventPoint::State::Pressed : QEventPoint::State::Updated);
        }
        QList<std::tuple<int, QPoint, qreal>> up;
        for (const auto &[id, diameter] : fingers)
            up << std::tuple{id, QPoint(500, y + id * 120), diameter};
        screen.send(up, QEventPoint::State::Released);
    };
    // A hand resting and sliding on the board: nothing.
    stroke({{1, 90}}, 100);
    QCOMPARE(editor.document().page(0).strokeCount(), 0);
    QCOMPARE(view->liveStrokeCount(), 0);
    // A finger: a stroke.
    stroke({{1, 9}}, 100);
    QCOMPARE(editor.document().page(0).strokeCount(), 1);
    // A student writing with the side of the hand on the board: only the finger's stroke.
    stroke({{1, 10}, {2, 110}}, 150);
    QCOMPARE(editor.document().page(0).strokeCount(), 2);
    QVERIFY(inkAround(view, {350, 270}) > 0); // the finger's line
    QCOMPARE(inkAround(view, {350, 390}), 0); // none where the palm slid
}

void TestBoardTools::copyAndPaste()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardView *view = page.view();
    BoardEditor &editor = page.editor();
    drag(view, line({200, 200}, {400, 260}));
    const QByteArray png = pngOf(Qt::red, QSize(40, 30));
    QTemporaryDir dir;
    const QString pictureId = page.insertImage(writeFile(dir, QStringLiteral("红.png"), png));
    const QString strokeId = editor.document().page(0).layers[0].items[0].id;
    view->selectItems({strokeId, pictureId});
    view->setFocus();

    // Ctrl+C, then Ctrl+V on the same page: copies beside the originals, chosen.
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QApplication::clipboard()->mimeData()->hasImage()); // a picture for other programs
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor.document().page(0).itemCount(), 4);
    QCOMPARE(view->selection().size(), 2);
    const BoardItem &copy = editor.document().page(0).layers[0].items[2];
    QCOMPARE(copy.stroke()->samples,
             editor.document().page(0).layers[0].items[0].stroke()->samples);
    QCOMPARE(copy.transform, QTransform::fromTranslate(20, 20));

    // On another board: the image's file comes along and is saved with it.
    page.newBoard();
    QCOMPARE(page.paste().size(), 2);
    const auto pictures = itemsOfKind<Picture>(editor.document().page(0));
    QCOMPARE(pictures.size(), 1);
    QCOMPARE(editor.document().asset(pictures[0].second->asset), png);
    QCOMPARE(BoardFile::read(editor.path()).asset(pictures[0].second->asset), png);
    QCOMPARE(editor.document().page(0).layers[0].items[0].transform, QTransform()); // in place

    // From other programs: an image, an address (a link), text (a text box).
    QApplication::clipboard()->setImage(QImage::fromData(png));
    QCOMPARE(page.paste().size(), 1);
    QCOMPARE(itemsOfKind<Picture>(editor.document().page(0)).size(), 2);
    QApplication::clipboard()->setText(QStringLiteral("https://www.example.edu.cn/"));
    page.paste();
    QCOMPARE(itemsOfKind<Link>(editor.document().page(0)).size(), 1);
    QApplication::clipboard()->setText(QStringLiteral("春眠不觉晓\n处处闻啼鸟"));
    page.paste();
    const auto texts = itemsOfKind<TextBox>(editor.document().page(0));
    QCOMPARE(texts.size(), 1);
    QVERIFY(texts[0].second->html.contains(QStringLiteral("春眠不觉晓<br>处处闻啼鸟")));
    // One undo takes a paste back.
    page.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(itemsOfKind<TextBox>(editor.document().page(0)).size(), 0);

    // Ctrl+S saves (the menus' shortcuts work while the board has the focus).
    drag(view, line({200, 450}, {300, 460}));
    QVERIFY(editor.isModified());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor.isModified());
}

QTEST_MAIN(TestBoardTools)
#include "tst_boardtools.moc"
