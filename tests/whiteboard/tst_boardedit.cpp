// Changes to a board (issue 6, must-have 5): undo and redo of every operation, all-or-nothing
// steps, and the journal that brings the work back after a crash or a power cut.
#include "core/error.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/edit/boardpagesmodel.h"

#include "whiteboard/format/boardfile.h"
#include <QAbstractItemModelTester>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace SchoolSuite;

namespace {

BoardItem stroke(const QString &id, float x, float y)
{
    Stroke s;
    s.pressure = true;
    for (int i = 0; i < 8; ++i)
        s.samples << InkSample{x + i * 2, y + i, 0.2f + i * 0.1f, quint32(i * 7)};
    BoardItem item;
    item.id = id;
    item.data = s;
    return item;
}

// Two pages; the first with two layers of items.
BoardDocument sample()
{
    BoardDocument doc;
    BoardPage page = BoardPage::blank();
    page.id = QStringLiteral("P1");
    page.layers[0].id = QStringLiteral("L1");
    page.layers[0].items << stroke(QStringLiteral("a"), 10, 10)
                         << stroke(QStringLiteral("b"), 20, 20)
                         << stroke(QStringLiteral("c"), 30, 30);
    BoardLayer upper;
    upper.id = QStringLiteral("L2");
    upper.items << stroke(QStringLiteral("d"), 40, 40);
    page.layers << upper;
    doc.appendPage(page);
    BoardPage second = BoardPage::blank();
    second.id = QStringLiteral("P2");
    second.layers[0].id = QStringLiteral("L3");
    doc.appendPage(second);
    return doc;
}

QList<BoardPage> pages(const BoardDocument &doc)
{
    QList<BoardPage> out;
    for (int i = 0; i < doc.pageCount(); ++i)
        out << doc.page(i);
    return out;
}

} // namespace

class TestBoardEdit : public QObject
{
    Q_OBJECT

private slots:
    void undoRedoEveryOperation_data();
    void undoRedoEveryOperation();
    void aStepIsAllOrNothing();
    void lastPageStays();
    void signalsTellTheViews();
    void recoveryAfterACrash();
    void recoveryAfterAPowerCutMidRecord();
    void savedWorkLeavesNothingToRecover();
    void journalOfAnotherRevisionIsNotApplied();
    void pageSorterModel();
};

void TestBoardEdit::undoRedoEveryOperation_data()
{
    QTest::addColumn<QList<BoardOp>>("ops");
    BoardItem moved = stroke(QStringLiteral("b"), 20, 20);
    moved.transform = QTransform().translate(100, 50).rotate(30);
    BoardBackground tian;
    tian.pattern = BoardBackground::Pattern::Tianzige;
    tian.spacing = 90;
    BoardPage extra = BoardPage::blank();
    extra.id = QStringLiteral("P3");
    extra.layers[0].items << stroke(QStringLiteral("z"), 5, 5);
    QTest::newRow("pen stroke") << QList<BoardOp>{
        BoardOp::insert(0, QStringLiteral("L1"), 3, {stroke(QStringLiteral("n"), 50, 50)})};
    QTest::newRow("stroke in the middle") << QList<BoardOp>{
        BoardOp::insert(0, QStringLiteral("L1"), 1, {stroke(QStringLiteral("n"), 50, 50)})};
    QTest::newRow("erase from two layers") << QList<BoardOp>{
        BoardOp::remove(0, {QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("c")})};
    QTest::newRow("move and turn") << QList<BoardOp>{BoardOp::replace(0, {moved})};
    QTest::newRow("partial erase")
        << QList<BoardOp>{BoardOp::remove(0, {QStringLiteral("b")}),
                          BoardOp::insert(0,
                                          QStringLiteral("L1"),
                                          1,
                                          {stroke(QStringLiteral("b1"), 20, 20),
                                           stroke(QStringLiteral("b2"), 26, 23)})};
    QTest::newRow("background") << QList<BoardOp>{BoardOp::setBackground(0, tian)};
    QTest::newRow("new page") << QList<BoardOp>{BoardOp::insertPage(1, extra)};
    QTest::newRow("delete page") << QList<BoardOp>{BoardOp::removePage(0)};
    QTest::newRow("move page") << QList<BoardOp>{BoardOp::movePage(0, 1)};
}

void TestBoardEdit::undoRedoEveryOperation()
{
    QFETCH(QList<BoardOp>, ops);
    QTemporaryDir dir;
    BoardEditor editor;
    editor.open(
        sample(), dir.filePath(QStringLiteral("b.ssboard")), dir.filePath(QStringLiteral("j")));
    const QList<BoardPage> before = pages(editor.document());
    editor.apply(QStringLiteral("step"), ops);
    const QList<BoardPage> after = pages(editor.document());
    QVERIFY(after != before);
    QVERIFY(editor.isModified());
    for (int round = 0; round < 2; ++round) {
        editor.undoStack()->undo();
        QCOMPARE(pages(editor.document()), before);
        editor.undoStack()->redo();
        QCOMPARE(pages(editor.document()), after);
    }
    // What the journal holds replays to the same document.
    BoardDocument replayed = sample();
    const QList<BoardOp> journal
        = BoardEditor::pendingChanges(editor.document(), dir.filePath(QStringLiteral("j")));
    for (const BoardOp &op : journal)
        op.apply(replayed);
    QCOMPARE(pages(replayed), after);
}

void TestBoardEdit::aStepIsAllOrNothing()
{
    QTemporaryDir dir;
    BoardEditor editor;
    editor.open(
        sample(), dir.filePath(QStringLiteral("b.ssboard")), dir.filePath(QStringLiteral("j")));
    const QList<BoardPage> before = pages(editor.document());
    try {
        editor.apply(QStringLiteral("bad"),
                     {BoardOp::remove(0, {QStringLiteral("a")}),
                      BoardOp::remove(0, {QStringLiteral("no-such-stroke")})});
        QFAIL("applied");
    } catch (const Error &e) {
        QVERIFY(e.message().contains(QStringLiteral("no-such-stroke")));
    }
    QCOMPARE(pages(editor.document()), before);
    QCOMPARE(editor.undoStack()->count(), 0);
    QVERIFY(!editor.isModified());
    // The journal replays to the same state (the removal and its taking back).
    BoardDocument replayed = sample();
    for (const BoardOp &op :
         BoardEditor::pendingChanges(editor.document(), dir.filePath(QStringLiteral("j"))))
        op.apply(replayed);
    QCOMPARE(pages(replayed), before);
    QVERIFY_THROWS_EXCEPTION(
        Error,
        editor.apply(
            QStringLiteral("bad"),
            {BoardOp::insert(0, QStringLiteral("L9"), 0, {stroke(QStringLiteral("x"), 1, 1)})}));
    QVERIFY_THROWS_EXCEPTION(Error,
                             editor.apply(QStringLiteral("bad"), {BoardOp::setBackground(7, {})}));
}

void TestBoardEdit::lastPageStays()
{
    QTemporaryDir dir;
    BoardEditor editor;
    BoardDocument doc;
    doc.appendPage(BoardPage::blank());
    editor.open(std::move(doc),
                dir.filePath(QStringLiteral("b.ssboard")),
                dir.filePath(QStringLiteral("j")));
    QVERIFY_THROWS_EXCEPTION(Error,
                             editor.apply(QStringLiteral("delete"), {BoardOp::removePage(0)}));
    QCOMPARE(editor.document().pageCount(), 1);
}

void TestBoardEdit::signalsTellTheViews()
{
    QTemporaryDir dir;
    BoardEditor editor;
    editor.open(
        sample(), dir.filePath(QStringLiteral("b.ssboard")), dir.filePath(QStringLiteral("j")));
    QSignalSpy page(&editor, &BoardEditor::pageChanged);
    QSignalSpy pagesSpy(&editor, &BoardEditor::pagesChanged);
    QSignalSpy modified(&editor, &BoardEditor::modifiedChanged);
    const QString layer = editor.document().page(1).layers[0].id;
    editor.apply(QStringLiteral("pen"),
                 {BoardOp::insert(1, layer, 0, {stroke(QStringLiteral("n"), 1, 1)})});
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.at(0).at(0).toInt(), 1);
    QCOMPARE(pagesSpy.size(), 0);
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    // Item changes also say where: the stroke's bounds (views redraw just that).
    QSignalSpy area(&editor, &BoardEditor::pageAreaChanged);
    editor.undoStack()->undo();
    QCOMPARE(area.size(), 1);
    QCOMPARE(area.at(0).at(0).toInt(), 1);
    QCOMPARE(area.at(0).at(1).toRectF(), stroke(QStringLiteral("n"), 1, 1).bounds());
    editor.undoStack()->redo();
    QCOMPARE(area.size(), 2);
    editor.apply(QStringLiteral("bg"), {BoardOp::setBackground(1, BoardBackground::dark())});
    QCOMPARE(area.size(), 2); // a background changes the whole page: no area
    editor.apply(QStringLiteral("page"), {BoardOp::insertPage(0, BoardPage::blank())});
    QCOMPARE(pagesSpy.size(), 1);
    editor.saveAs(dir.filePath(QStringLiteral("b.ssboard")));
    QCOMPARE(modified.size(), 4); // modified, clean (undo), modified (redo), clean (saved)
    QVERIFY(!editor.isModified());
}

void TestBoardEdit::recoveryAfterACrash()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lesson.ssboard"));
    const QString journal = dir.filePath(QStringLiteral("lesson.journal"));
    QList<BoardPage> expected;
    {
        auto editor = std::make_unique<BoardEditor>();
        editor->open(sample(), file, journal);
        editor->save();
        // A lesson's worth of writing after the last save...
        for (int i = 0; i < 50; ++i)
            editor->apply(QStringLiteral("pen"),
                          {BoardOp::insert(0,
                                           QStringLiteral("L1"),
                                           3 + i,
                                           {stroke(QStringLiteral("s%1").arg(i), i * 3.0f, 100)})});
        editor->apply(QStringLiteral("erase"),
                      {BoardOp::remove(0, {QStringLiteral("s7"), QStringLiteral("d")})});
        editor->apply(QStringLiteral("page"), {BoardOp::insertPage(2, BoardPage::blank())});
        editor->undoStack()->undo(); // the new page taken back
        expected = pages(editor->document());
        // ...and the program dies: the editor is never closed, nothing saved (only close()
        // ends a journal).
        editor.reset();
    }
    // Next start: the file as last saved, and the journal beside it.
    BoardDocument saved = BoardFile::read(file);
    QCOMPARE(saved.page(0).strokeCount(), 4);
    bool damaged = true;
    const QList<BoardOp> pending = BoardEditor::pendingChanges(saved, journal, &damaged);
    QVERIFY(!damaged);
    QCOMPARE(pending.size(), 50 + 1 + 2);
    BoardEditor editor;
    editor.open(std::move(saved), file, journal);
    QCOMPARE(editor.recover(pending), 53);
    QCOMPARE(pages(editor.document()), expected);
    QVERIFY(editor.isModified());
    // The recovered work is one step that can be undone, and is journaled again.
    QCOMPARE(BoardEditor::pendingChanges(editor.document(), journal).size(), 53);
    editor.undoStack()->undo();
    QCOMPARE(editor.document().page(0).strokeCount(), 4);
}

void TestBoardEdit::recoveryAfterAPowerCutMidRecord()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("b.ssboard"));
    const QString journal = dir.filePath(QStringLiteral("b.journal"));
    BoardEditor editor;
    editor.open(sample(), file, journal);
    editor.save();
    editor.apply(
        QStringLiteral("pen"),
        {BoardOp::insert(0, QStringLiteral("L1"), 0, {stroke(QStringLiteral("x"), 1, 1)})});
    editor.apply(
        QStringLiteral("pen"),
        {BoardOp::insert(0, QStringLiteral("L1"), 0, {stroke(QStringLiteral("y"), 2, 2)})});
    // The disk as the power cut left it: the last record half written.
    QFile f(journal);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray whole = f.readAll();
    const QString copy = dir.filePath(QStringLiteral("cut.journal"));
    QFile c(copy);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write(whole.left(whole.size() - 40));
    c.close();
    bool damaged = false;
    const BoardDocument saved = BoardFile::read(file);
    const QList<BoardOp> pending = BoardEditor::pendingChanges(saved, copy, &damaged);
    QVERIFY(damaged);
    QCOMPARE(pending.size(), 1); // the first stroke; the one being written is lost
    QCOMPARE(pending.at(0).places.at(0).item.id, QStringLiteral("x"));
    // A flipped byte is caught by the checksum the same way.
    QByteArray flipped = whole;
    flipped[flipped.size() - 10] = char(flipped.at(flipped.size() - 10) ^ 0x55);
    QVERIFY(c.open(QIODevice::WriteOnly | QIODevice::Truncate));
    c.write(flipped);
    c.close();
    QCOMPARE(BoardEditor::pendingChanges(saved, copy, &damaged).size(), 1);
    QVERIFY(damaged);
}

void TestBoardEdit::savedWorkLeavesNothingToRecover()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("b.ssboard"));
    const QString journal = dir.filePath(QStringLiteral("b.journal"));
    BoardEditor editor;
    editor.open(sample(), file, journal);
    editor.apply(
        QStringLiteral("pen"),
        {BoardOp::insert(0, QStringLiteral("L1"), 0, {stroke(QStringLiteral("x"), 1, 1)})});
    editor.save();
    const BoardDocument saved = BoardFile::read(file);
    QCOMPARE(saved.page(0).strokeCount(), 5);
    QVERIFY(BoardEditor::pendingChanges(saved, journal).isEmpty());
    editor.close();
    QVERIFY(!QFile::exists(journal));
}

void TestBoardEdit::journalOfAnotherRevisionIsNotApplied()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("b.ssboard"));
    const QString journal = dir.filePath(QStringLiteral("b.journal"));
    BoardEditor editor;
    editor.open(sample(), file, journal);
    editor.save();
    const BoardDocument first = BoardFile::read(file);
    editor.apply(
        QStringLiteral("pen"),
        {BoardOp::insert(0, QStringLiteral("L1"), 0, {stroke(QStringLiteral("x"), 1, 1)})});
    QCOMPARE(BoardEditor::pendingChanges(first, journal).size(), 1);
    // Saved meanwhile (another revision): the old file is not the journal's base.
    editor.save();
    editor.apply(
        QStringLiteral("pen"),
        {BoardOp::insert(0, QStringLiteral("L1"), 0, {stroke(QStringLiteral("y"), 1, 1)})});
    QVERIFY(BoardEditor::pendingChanges(first, journal).isEmpty());
    QCOMPARE(BoardEditor::pendingChanges(BoardFile::read(file), journal).size(), 1);
}

void TestBoardEdit::pageSorterModel()
{
    QTemporaryDir dir;
    BoardEditor editor;
    BoardDocument doc = sample();
    BoardPage dark = BoardPage::blank();
    dark.id = QStringLiteral("P9");
    dark.background = BoardBackground::dark();
    doc.appendPage(dark);
    editor.open(std::move(doc),
                dir.filePath(QStringLiteral("b.ssboard")),
                dir.filePath(QStringLiteral("j")));
    BoardPagesModel model(editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(2), Qt::DisplayRole).toString(), QStringLiteral("3"));
    // Thumbnails: the board's shape, and what is on the page.
    const QImage thumb = model.data(model.index(2), Qt::DecorationRole).value<QImage>();
    QCOMPARE(thumb.width(), BoardPagesModel::ThumbnailWidth);
    QCOMPARE(thumb.height(), BoardPagesModel::ThumbnailWidth * 9 / 16);
    QVERIFY(thumb.pixelColor(thumb.width() / 2, thumb.height() / 2).lightness() < 80);
    // Dragging the dark page before the first: one undoable step.
    QVERIFY(model.moveRows({}, 2, 1, {}, 0));
    QCOMPARE(editor.document().page(0).id, QStringLiteral("P9"));
    QCOMPARE(editor.document().page(1).id, QStringLiteral("P1"));
    QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Move page"));
    // Dropped after the last.
    QVERIFY(model.moveRows({}, 0, 1, {}, 3));
    QCOMPARE(editor.document().page(2).id, QStringLiteral("P9"));
    QVERIFY(!model.moveRows({}, 0, 1, {}, 1)); // onto itself: nothing
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(editor.document().page(2).id, QStringLiteral("P9"));
    // A change on a page is a new thumbnail.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    editor.apply(QStringLiteral("bg"), {BoardOp::setBackground(0, BoardBackground::dark())});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    const QImage again = model.data(model.index(0), Qt::DecorationRole).value<QImage>();
    QVERIFY(again.pixelColor(5, 5).lightness() < 80);
}

QTEST_MAIN(TestBoardEdit)
#include "tst_boardedit.moc"
