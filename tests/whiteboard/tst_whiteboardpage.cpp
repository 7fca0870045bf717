// The board in the desktop program (issue 6): a GUI test that draws, erases, undoes and exports
// through the real page, fingers on the board (two writers, a pinch, a palm), and the work a
// crash left offered back when the page opens.
#include "boardgui.h"
#include "core/error.h"
#include "core/people/demoschool.h"
#include "core/people/peopleservice.h"
#include "testutil.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/format/boardfile.h"
#include "whiteboard/ui/boardview.h"
#include "whiteboard/ui/classroomtools.h"
#include "whiteboard/ui/revealoverlay.h"
#include "whiteboard/ui/whiteboardpage.h"
#include "whiteboard/whiteboardmodule.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPushButton>
#include <QSettings>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Test;

namespace {

// Longer than the window in which two fingers make a pinch.
constexpr int PinchDelayMs = 300;

// Answers the next message box (the recovery question) with button.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                box->button(button)->click();
                return;
            }
        }
    });
}

} // namespace

class TestWhiteboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initTestEnvironment();
        registerWhiteboardModule();
    }
    void drawEraseUndoExport();
    void fingersOnTheBoard();
    void pagesAndBackground();
    void penHeldStillStraightens();
    void lassoMovesScalesTurnsDeletes();
    void fullScreenWithAFloatingBar();
    void countdownOnTheBoard();
    void randomStudentFromAClass();
    void laserSpotlightCurtain();
    void textWithAnInputMethod();
    void workACrashLeftIsOffered();
    void onlyTeachersAndLeaders();
};

void TestWhiteboardPage::drawEraseUndoExport()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardView *view = page.view();
    BoardEditor &editor = page.editor();
    QCOMPARE(editor.document().pageCount(), 1);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("pageLabel"))->text(),
             QStringLiteral("Page 1 / 1"));

    // Two strokes with the pen.
    drag(view, line({200, 200}, {500, 220}));
    drag(view, line({200, 400}, {500, 420}));
    QCOMPARE(editor.document().page(0).strokeCount(), 2);
    QVERIFY(inkAround(view, {350, 210}) > 0);
    QVERIFY(inkAround(view, {350, 410}) > 0);
    QCOMPARE(view->liveStrokeCount(), 0);
    // In page units: the view maps back to where the stroke was drawn.
    const Stroke first
        = *editor.document().page(0).layers[0].items[0].stroke(); // a copy: edits move items
    const QPointF start = view->pageToView().map(QPointF(first.samples[0].x, first.samples[0].y));
    QVERIFY(QLineF(start, QPointF(200, 200)).length() < 1);

    // The eraser wipes the stroke it crosses, the other stays.
    page.action(QStringLiteral("eraser"))->trigger();
    drag(view, line({350, 170}, {350, 260}));
    QCOMPARE(editor.document().page(0).strokeCount(), 1);
    QCOMPARE(inkAround(view, {350, 210}), 0);
    QVERIFY(inkAround(view, {350, 410}) > 0);

    // Undo brings it back, redo wipes it again, undo twice more leaves the board empty.
    page.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(editor.document().page(0).strokeCount(), 2);
    QVERIFY(inkAround(view, {350, 210}) > 0);
    page.action(QStringLiteral("redo"))->trigger();
    QCOMPARE(editor.document().page(0).strokeCount(), 1);
    page.action(QStringLiteral("undo"))->trigger();

    // A highlighter stroke, translucent, in the highlighter's own colour.
    page.action(QStringLiteral("highlighter"))->trigger();
    drag(view, line({150, 300}, {600, 300}));
    const BoardItem &marker = editor.document().page(0).layers[0].items.last();
    QCOMPARE(marker.stroke()->pen, PenKind::Highlighter);
    QVERIFY(marker.stroke()->color.alpha() < 255);

    // Export: a PDF with the page, and the working copy saved.
    const QString pdf = t.dir.filePath(QStringLiteral("lesson.pdf"));
    QCOMPARE(page.exportTo(pdf), QStringList{pdf});
    QPdfDocument doc;
    QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
    QCOMPARE(doc.pageCount(), 1);
    // The two pen strokes (about 250 × 3 units each) are on the PDF's page where they were
    // drawn: dark pixels around the first one's start, none in the bottom corner.
    const QImage rendered = doc.render(0, QSize(960, 540));
    const QPoint at(int(first.samples[0].x), int(first.samples[0].y));
    int near = 0, corner = 0;
    for (int y = 0; y < 540; ++y) {
        for (int x = 0; x < 960; ++x) {
            if (qGray(rendered.pixel(x, y)) >= 90)
                continue;
            near += QRect(at - QPoint(5, 5), QSize(60, 20)).contains(x, y) ? 1 : 0;
            corner += x > 800 && y > 450 ? 1 : 0;
        }
    }
    QVERIFY2(near > 60, qPrintable(QString::number(near)));
    QCOMPARE(corner, 0);
    page.action(QStringLiteral("save"))->trigger();
    QVERIFY(!editor.isModified());
    const BoardDocument saved = BoardFile::read(editor.path());
    QCOMPARE(saved.page(0).strokeCount(), 3);
}

void TestWhiteboardPage::fingersOnTheBoard()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardView *view = page.view();
    BoardEditor &editor = page.editor();
    QPointingDevice *screen = QTest::createTouchDevice();

    // Two students write at once, far apart, one after the other went down.
    QTest::touchEvent(view, screen).press(0, {150, 200});
    QTest::qWait(PinchDelayMs);
    QTest::touchEvent(view, screen).stationary(0).press(1, {700, 200});
    QCOMPARE(view->liveStrokeCount(), 2);
    for (int i = 1; i <= 10; ++i)
        QTest::touchEvent(view, screen)
            .move(0, {150 + i * 10, 200 + i * 5})
            .move(1, {700 + i * 10, 250});
    QTest::touchEvent(view, screen).release(0, {250, 250}).stationary(1);
    QTest::touchEvent(view, screen).release(1, {800, 250});
    QCOMPARE(editor.document().page(0).strokeCount(), 2);
    QCOMPARE(view->liveStrokeCount(), 0);

    // Two fingers put down together pinch: the page zooms, nothing is written.
    QTest::touchEvent(view, screen).press(0, {400, 300}).press(1, {500, 300});
    for (int i = 1; i <= 10; ++i)
        QTest::touchEvent(view, screen).move(0, {400 - i * 10, 300}).move(1, {500 + i * 10, 300});
    QTest::touchEvent(view, screen).release(0, {300, 300}).release(1, {600, 300});
    QVERIFY2(qAbs(view->zoom() - 3.0) < 0.05, qPrintable(QString::number(view->zoom())));
    QCOMPARE(editor.document().page(0).strokeCount(), 2);
    view->resetView();

    // A palm: a contact wider than a finger (QTest cannot give a touch point a size, so the
    // rule is checked on its own).
    QVERIFY(BoardView::isPalm(QSizeF(90, 120)));
    QVERIFY(!BoardView::isPalm(QSizeF(12, 14)));
    QVERIFY(!BoardView::isPalm(QSizeF())); // screens that report no size

    // With "fingers move" one finger moves the page instead of writing.
    page.action(QStringLiteral("fingerPan"))->trigger();
    const QTransform before = view->pageToView();
    QTest::touchEvent(view, screen).press(0, {400, 400});
    QTest::touchEvent(view, screen).move(0, {450, 430});
    QTest::touchEvent(view, screen).release(0, {450, 430});
    QCOMPARE(editor.document().page(0).strokeCount(), 2);
    QCOMPARE(view->pageToView().dx() - before.dx(), 50.0);
}

void TestWhiteboardPage::penHeldStillStraightens()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardView *view = page.view();
    BoardEditor &editor = page.editor();
    // A wobbly line, the pen held at its end: a straight line.
    QList<QPoint> wobbly;
    for (int i = 0; i <= 40; ++i)
        wobbly << QPoint(200 + i * 10, 300 + (i % 3) - 1);
    drag(view, wobbly, 900); // held at the end
    const BoardItem &item = editor.document().page(0).layers[0].items.last();
    const auto *shape = std::get_if<Shape>(&item.data);
    QVERIFY(shape);
    QCOMPARE(shape->kind, ShapeKind::Line);
    QCOMPARE(shape->points[0].y(), shape->points[1].y()); // snapped level
    QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Shape"));
    // The same line lifted at once stays handwriting.
    drag(view, wobbly);
    QVERIFY(editor.document().page(0).layers[0].items.last().isStroke());
}

void TestWhiteboardPage::lassoMovesScalesTurnsDeletes()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardView *view = page.view();
    BoardEditor &editor = page.editor();
    drag(view, line({200, 200}, {300, 220}));
    drag(view, line({200, 260}, {300, 280}));
    drag(view, line({600, 500}, {700, 520}));
    const QString a = editor.document().page(0).layers[0].items[0].id;
    const QString b = editor.document().page(0).layers[0].items[1].id;
    QVERIFY(!page.action(QStringLiteral("deleteSelection"))->isVisible());

    // A lasso round the first two.
    page.action(QStringLiteral("select"))->trigger();
    drag(view, {{150, 150}, {350, 150}, {350, 330}, {150, 330}, {150, 160}});
    QCOMPARE(view->selection(), (QStringList{a, b}));
    QVERIFY(page.action(QStringLiteral("deleteSelection"))->isVisible());

    // Dragged from inside the frame: both move by the drag, in page units.
    const qreal scale = view->pageToView().m11();
    drag(view, line({250, 240}, {350, 290}));
    const QTransform moved = editor.document().page(0).layers[0].items[0].transform;
    QVERIFY(qAbs(moved.dx() - 100 / scale) < 0.5 && qAbs(moved.dy() - 50 / scale) < 0.5);
    QCOMPARE(editor.document().page(0).layers[0].items[1].transform, moved);
    QVERIFY(editor.document().page(0).layers[0].items[2].transform.isIdentity());
    QVERIFY(inkAround(view, {400, 260}) > 0); // seen where it went
    QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Move"));
    page.action(QStringLiteral("undo"))->trigger();
    QVERIFY(editor.document().page(0).layers[0].items[0].transform.isIdentity());

    // The round handle above the frame turns them.
    const QRectF frame
        = view->pageToView().mapRect(editor.document().page(0).layers[0].items[0].bounds()
                                     | editor.document().page(0).layers[0].items[1].bounds());
    const QPoint handle(qRound(frame.center().x()), qRound(frame.top() - 44));
    drag(view, line(handle, handle + QPoint(120, 80)));
    const QTransform turned = editor.document().page(0).layers[0].items[0].transform;
    QVERIFY2(qAbs(turned.m12()) > 0.3, "turned");
    QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Turn"));

    // Duplicate (Ctrl+D) then Delete: the copies are chosen and go; the originals stay.
    page.action(QStringLiteral("duplicateSelection"))->trigger();
    QCOMPARE(editor.document().page(0).strokeCount(), 5);
    QVERIFY(!view->selection().contains(a));
    page.action(QStringLiteral("deleteSelection"))->trigger();
    QCOMPARE(editor.document().page(0).strokeCount(), 3);
    QVERIFY(view->selection().isEmpty());
    QVERIFY(!page.action(QStringLiteral("deleteSelection"))->isVisible());
}

void TestWhiteboardPage::fullScreenWithAFloatingBar()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    page.setDock(WhiteboardPage::Dock::Bottom);
    auto *bar = page.findChild<QToolBar *>(QStringLiteral("boardToolBar"));
    QVERIFY(!page.action(QStringLiteral("dockToolBar"))->isVisible());
    page.action(QStringLiteral("fullScreen"))->trigger();
    QWidget *screen = page.fullScreenWindow();
    QVERIFY(screen);
    QVERIFY(QTest::qWaitForWindowExposed(screen));
    QVERIFY(page.view()->window() == screen);
    // Floating at the bottom, in the middle, with large buttons.
    QCOMPARE(bar->parentWidget(), screen);
    QCOMPARE(bar->orientation(), Qt::Horizontal);
    QVERIFY(bar->geometry().bottom() > screen->height() - 40);
    QVERIFY(qAbs(bar->geometry().center().x() - screen->width() / 2) <= 2);
    QCOMPARE(bar->iconSize(), QSize(48, 48));
    // The bar moves to the left edge, then the right, standing up.
    QVERIFY(page.action(QStringLiteral("dockToolBar"))->isVisible());
    page.action(QStringLiteral("dockToolBar"))->trigger();
    QCOMPARE(page.dock(), WhiteboardPage::Dock::Left);
    QCOMPARE(bar->orientation(), Qt::Vertical);
    QVERIFY(bar->geometry().left() < 40);
    page.action(QStringLiteral("dockToolBar"))->trigger();
    QVERIFY(bar->geometry().right() > screen->width() - 40);
    // Writing still works on the full-screen board; Esc leaves it.
    drag(page.view(), line({300, 300}, {500, 320}));
    QCOMPARE(page.editor().document().page(0).strokeCount(), 1);
    QTest::keyClick(screen, Qt::Key_Escape);
    QVERIFY(!page.fullScreenWindow());
    QCOMPARE(bar->parentWidget(), &page);
    QCOMPARE(bar->orientation(), Qt::Horizontal);
    QVERIFY(page.view()->window() == page.window());
    // The edge is remembered for next time.
    QCOMPARE(QSettings().value(QStringLiteral("whiteboard/toolBarDock")).toInt(),
             int(WhiteboardPage::Dock::Right));
}

void TestWhiteboardPage::countdownOnTheBoard()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    page.action(QStringLiteral("countdown"))->trigger();
    auto *countdown = page.view()->findChild<CountdownOverlay *>();
    QVERIFY(countdown);
    QVERIFY(countdown->isVisible());
    QCOMPARE(countdown->shownText(), QStringLiteral("05:00"));
    // In the board's top right corner.
    QVERIFY(countdown->geometry().right() > page.view()->width() - 40);
    QVERIFY(countdown->geometry().top() < 40);
    QTest::mouseClick(countdown->findChild<QPushButton *>(QStringLiteral("more")), Qt::LeftButton);
    QCOMPARE(countdown->shownText(), QStringLiteral("06:00"));
    countdown->setDuration(1);
    QTest::mouseClick(countdown->findChild<QPushButton *>(QStringLiteral("startPause")),
                      Qt::LeftButton);
    QVERIFY(countdown->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(countdown->isFinished(), 5000);
    QCOMPARE(countdown->shownText(), QStringLiteral("Time's up!"));
    QTest::mouseClick(countdown->findChild<QPushButton *>(QStringLiteral("reset")), Qt::LeftButton);
    QCOMPARE(countdown->shownText(), QStringLiteral("00:01"));
    // Paused time does not count.
    countdown->setDuration(3);
    countdown->start();
    countdown->pause();
    QTest::qWait(1200);
    QCOMPARE(countdown->remainingSeconds(), 3);
}

void TestWhiteboardPage::randomStudentFromAClass()
{
    TempStore t(false);
    DemoSchool::create(t.store, DemoSchool::Size::Small, 5, QStringLiteral("password1"));
    const Session teacher = t.as(Role::Teacher);
    PickerDialog dialog(teacher);
    QVERIFY(dialog.classBox()->count() > 1);
    dialog.classBox()->setCurrentIndex(1);
    const QString classId = dialog.classBox()->currentData().toString();
    QStringList roster;
    for (const Student &s : PeopleService(teacher).students(classId))
        roster << s.name;
    QVERIFY(roster.size() > 5);
    QSet<QString> called;
    for (int i = 0; i < roster.size(); ++i) {
        const QString name = dialog.pickNow();
        QVERIFY(roster.contains(name));
        QCOMPARE(dialog.shownName(), name);
        called.insert(name);
    }
    QCOMPARE(called.size(), QSet<QString>(roster.cbegin(), roster.cend()).size());
    // The button rolls names, then stops on one of the class.
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("pick")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QPushButton *>(QStringLiteral("pick"))->isEnabled(),
                             5000);
    QVERIFY(roster.contains(dialog.shownName()));
}

void TestWhiteboardPage::laserSpotlightCurtain()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardView *view = page.view();
    auto redAround = [view](QPoint at) {
        const QImage img = view->grab().toImage();
        int n = 0;
        for (int y = at.y() - 8; y <= at.y() + 8; ++y) {
            for (int x = at.x() - 8; x <= at.x() + 8; ++x) {
                const QColor c = img.pixelColor(x, y);
                n += c.red() > 180 && c.green() < 120 ? 1 : 0;
            }
        }
        return n;
    };
    // The laser: a red dot where it points, no ink, gone soon after.
    page.action(QStringLiteral("laser"))->trigger();
    QTest::mousePress(view, Qt::LeftButton, {}, QPoint(300, 300));
    QMouseEvent move(QEvent::MouseMove,
                     QPointF(320, 310),
                     view->mapToGlobal(QPointF(320, 310)),
                     Qt::NoButton,
                     Qt::LeftButton,
                     {});
    QCoreApplication::sendEvent(view, &move);
    QVERIFY(redAround({320, 310}) > 20);
    QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(320, 310));
    QCOMPARE(page.editor().document().page(0).itemCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(redAround({320, 310}), 0, 3000);

    // The spotlight: the board dark but for the circle, which follows a drag.
    page.action(QStringLiteral("spotlight"))->trigger();
    auto *spot = view->findChild<RevealOverlay *>();
    QVERIFY(spot);
    QCOMPARE(spot->kind(), RevealOverlay::Kind::Spotlight);
    const QPoint centre = spot->spotCentre().toPoint();
    // (view->grab() shows the board with the overlay on it, as the class sees it.)
    QImage shown = view->grab().toImage();
    QVERIFY(qGray(shown.pixel(centre)) > 200);                 // the white page, lit
    QVERIFY(qGray(shown.pixel(centre + QPoint(300, 0))) < 60); // shaded
    QTest::mousePress(spot, Qt::LeftButton, {}, centre);
    QMouseEvent drag1(QEvent::MouseMove,
                      QPointF(centre + QPoint(-200, -80)),
                      spot->mapToGlobal(QPointF(centre + QPoint(-200, -80))),
                      Qt::NoButton,
                      Qt::LeftButton,
                      {});
    QCoreApplication::sendEvent(spot, &drag1);
    QTest::mouseRelease(spot, Qt::LeftButton, {}, centre + QPoint(-200, -80));
    QCOMPARE(spot->spotCentre().toPoint(), centre + QPoint(-200, -80));
    shown = view->grab().toImage();
    QVERIFY(qGray(shown.pixel(centre + QPoint(200, 0))) < 60);     // shaded now
    QVERIFY(qGray(shown.pixel(centre + QPoint(-200, -80))) > 200); // the light moved here
    QTest::mouseClick(spot, Qt::LeftButton, {}, spot->closeMark().center());
    QTRY_VERIFY(!view->findChild<RevealOverlay *>());

    // The curtain: all covered, then drawn down to uncover the top.
    page.action(QStringLiteral("curtain"))->trigger();
    auto *curtain = view->findChild<RevealOverlay *>();
    QVERIFY(curtain);
    QCOMPARE(curtain->curtainEdge(), 0);
    QTest::mousePress(curtain, Qt::LeftButton, {}, QPoint(view->width() / 2, 10));
    QMouseEvent down(QEvent::MouseMove,
                     QPointF(view->width() / 2, 310),
                     curtain->mapToGlobal(QPointF(view->width() / 2, 310)),
                     Qt::NoButton,
                     Qt::LeftButton,
                     {});
    QCoreApplication::sendEvent(curtain, &down);
    QTest::mouseRelease(curtain, Qt::LeftButton, {}, QPoint(view->width() / 2, 310));
    QCOMPARE(curtain->curtainEdge(), 300);
    shown = view->grab().toImage();
    QVERIFY(qGray(shown.pixel(view->width() / 3, 200)) > 200); // uncovered: the page
    QVERIFY(qGray(shown.pixel(view->width() / 3, 450)) < 90);  // still behind the curtain
    QTest::keyClick(curtain, Qt::Key_Escape);
    QTRY_VERIFY(!view->findChild<RevealOverlay *>());
}

void TestWhiteboardPage::textWithAnInputMethod()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardView *view = page.view();
    BoardEditor &editor = page.editor();
    page.action(QStringLiteral("text"))->trigger();
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(200, 200));
    auto *box = qobject_cast<QTextEdit *>(view->textEditor());
    QVERIFY(box);
    QTRY_VERIFY(box->hasFocus());
    // Typed, then committed by an input method as Chinese IMEs do (拼音 → 汉字).
    QTest::keyClicks(box, QStringLiteral("Li Bai "));
    QInputMethodEvent preedit(QStringLiteral("jingyesi"), {});
    QCoreApplication::sendEvent(box, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("静夜思"));
    QCoreApplication::sendEvent(box, &commit);
    QCOMPARE(box->toPlainText(), QStringLiteral("Li Bai 静夜思"));
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(!view->textEditor());
    const auto *text = std::get_if<TextBox>(&editor.document().page(0).layers[0].items.last().data);
    QVERIFY(text);
    QVERIFY(text->html.contains(QStringLiteral("Li Bai 静夜思")));
    const QRectF rect = text->rect; // a copy: edits move items
    QVERIFY(inkAround(view, view->pageToView().map(rect.topLeft()).toPoint() + QPoint(20, 14), 12)
            > 0);
    QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Text"));
    // Touched again: the same box opens with its text, and an edit replaces it.
    QTest::mouseClick(view, Qt::LeftButton, {}, view->pageToView().map(rect.center()).toPoint());
    box = qobject_cast<QTextEdit *>(view->textEditor());
    QVERIFY(box);
    QCOMPARE(box->toPlainText(), QStringLiteral("Li Bai 静夜思"));
    box->moveCursor(QTextCursor::End);
    QTest::keyClicks(box, QStringLiteral("!"));
    QTest::keyClick(box, Qt::Key_Escape);
    QCOMPARE(editor.document().page(0).itemCount(), 1);
    QVERIFY(std::get<TextBox>(editor.document().page(0).layers[0].items[0].data)
                .html.contains(QStringLiteral("静夜思!")));
    // Text being typed when the page turns stays on its page.
    page.action(QStringLiteral("addPage"))->trigger();
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(300, 300));
    QVERIFY(view->textEditor());
    QTest::keyClicks(qobject_cast<QTextEdit *>(view->textEditor()), QStringLiteral("p2"));
    view->setPage(0);
    QVERIFY(!view->textEditor());
    QCOMPARE(editor.document().page(1).itemCount(), 1);
    QCOMPARE(editor.document().page(0).itemCount(), 1);
    // Emptied: the box goes.
    QTest::mouseClick(view, Qt::LeftButton, {}, view->pageToView().map(rect.center()).toPoint());
    box = qobject_cast<QTextEdit *>(view->textEditor());
    QVERIFY(box);
    box->clear();
    QTest::keyClick(box, Qt::Key_Escape);
    QCOMPARE(editor.document().page(0).itemCount(), 0);
}

void TestWhiteboardPage::pagesAndBackground()
{
    TempStore t;
    const Session admin = t.admin();
    WhiteboardPage page(t.store, admin);
    QVERIFY(shown(&page));
    BoardEditor &editor = page.editor();
    auto *background = page.findChild<QToolButton *>(QStringLiteral("background"));
    QAction *tianzige = background->menu()->actions().at(2);
    QCOMPARE(tianzige->text(), QStringLiteral("Tian grid (田字格)"));
    tianzige->trigger();
    QCOMPARE(editor.document().page(0).background.pattern, BoardBackground::Pattern::Tianzige);
    // A new page keeps the background; the page label and the arrows follow.
    page.action(QStringLiteral("addPage"))->trigger();
    QCOMPARE(editor.document().pageCount(), 2);
    QCOMPARE(page.view()->page(), 1);
    QCOMPARE(editor.document().page(1).background.pattern, BoardBackground::Pattern::Tianzige);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("pageLabel"))->text(),
             QStringLiteral("Page 2 / 2"));
    QVERIFY(!page.action(QStringLiteral("nextPage"))->isEnabled());
    // The page sorter: a thumbnail per page; touching one goes there.
    QVERIFY(!page.pageSorter()->isVisible());
    page.action(QStringLiteral("pageSorter"))->trigger();
    QVERIFY(page.pageSorter()->isVisible());
    QCOMPARE(page.pageSorter()->model()->rowCount(), 2);
    QCOMPARE(page.pageSorter()->currentIndex().row(), 1);
    const QRect first = page.pageSorter()->visualRect(page.pageSorter()->model()->index(0, 0));
    QTest::mouseClick(page.pageSorter()->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(page.view()->page(), 0);
    QTest::mouseClick(
        page.pageSorter()->viewport(),
        Qt::LeftButton,
        {},
        page.pageSorter()->visualRect(page.pageSorter()->model()->index(1, 0)).center());
    QCOMPARE(page.view()->page(), 1);
    // A presenter remote's Page Up.
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_PageUp);
    QCOMPARE(page.view()->page(), 0);
    background->menu()->actions().at(5)->trigger(); // the dark board
    QVERIFY(editor.document().page(0).background.isDark());
    const QImage shown = page.view()->grab().toImage();
    QVERIFY(shown.pixelColor(shown.width() / 2, shown.height() / 2).lightness() < 80);
    page.action(QStringLiteral("deletePage"))->trigger();
    QCOMPARE(editor.document().pageCount(), 1);
    QVERIFY(!page.action(QStringLiteral("deletePage"))->isEnabled());
    page.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(editor.document().pageCount(), 2);
}

void TestWhiteboardPage::workACrashLeftIsOffered()
{
    TempStore t;
    const Session admin = t.admin();
    // A lesson's board, written on, and the program killed: no destructor runs, nothing is
    // saved; only the journal on disk knows the strokes. (The page is left alive and hidden.)
    auto *crashed = new WhiteboardPage(t.store, admin);
    QVERIFY(shown(crashed));
    drag(crashed->view(), line({200, 200}, {500, 220}));
    drag(crashed->view(), line({200, 300}, {500, 320}));
    const QString file = crashed->editor().path();
    crashed->hide();
    QCOMPARE(BoardFile::read(file).page(0).strokeCount(), 0);

    // Next start: the question, answered yes; the strokes are back and saved.
    answerNextMessageBox(QMessageBox::Yes);
    WhiteboardPage page(t.store, admin);
    QCOMPARE(page.editor().path(), file);
    QCOMPARE(page.editor().document().page(0).strokeCount(), 2);
    QCOMPARE(BoardFile::read(file).page(0).strokeCount(), 2);
    // Recovered work can be undone like any other.
    QVERIFY(page.action(QStringLiteral("undo"))->isEnabled());

    // Another crash, answered with "discard": the board opens as it was saved.
    auto *again = new WhiteboardPage(t.store, admin);
    QVERIFY(shown(again));
    drag(again->view(), line({200, 400}, {500, 420}));
    again->hide();
    answerNextMessageBox(QMessageBox::Discard);
    WhiteboardPage third(t.store, admin);
    QCOMPARE(third.editor().document().page(0).strokeCount(), 2);
    QVERIFY(QDir(third.workingFolder()).entryList({QStringLiteral("*.journal")}).size() == 1);
}

void TestWhiteboardPage::onlyTeachersAndLeaders()
{
    TempStore t;
    const Session librarian = t.as(Role::Librarian);
    QVERIFY_THROWS_EXCEPTION(Error, WhiteboardPage(t.store, librarian));
    const Session teacher = t.as(Role::Teacher);
    WhiteboardPage page(t.store, teacher);
    QCOMPARE(page.editor().document().pageCount(), 1);
}

QTEST_MAIN(TestWhiteboardPage)
#include "tst_whiteboardpage.moc"
