// The whiteboard page's tool bar (WhiteboardPage::buildToolBar): large buttons with names, made
// for a finger on a board. The board and insert menus and the tools here; the pen's colour and
// width, the background, the pages, the classroom tools and full screen in whiteboardmenus.cpp.
#include "boardview.h"
#include "core/error.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboardpage.h"
#include "whiteboardtools_p.h"

#include <QActionGroup>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QToolBar>
#include <QToolButton>

namespace SchoolSuite {

QAction *WhiteboardPage::ToolBarBuilder::add(const QString &name,
                                             const QString &icon,
                                             const QString &text,
                                             const QKeySequence &key)
{
    QAction *a = target ? target->addAction(QIcon::fromTheme(icon), text)
                        : page.m_tools->addAction(QIcon::fromTheme(icon), text);
    a->setObjectName(name);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    return a;
}

QToolButton *WhiteboardPage::ToolBarBuilder::menuButton(const QIcon &icon,
                                                        const QString &text,
                                                        QMenu *menu)
{
    auto *button = new QToolButton(page.m_tools);
    button->setIcon(icon);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(menu);
    page.m_tools->addWidget(button);
    return button;
}

QIcon WhiteboardPage::ToolBarBuilder::swatch(const QColor &colour)
{
    QPixmap pm(48, 48);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 2));
    p.setBrush(colour);
    p.drawEllipse(QRectF(6, 6, 36, 36));
    return QIcon(pm);
}

QIcon WhiteboardPage::ToolBarBuilder::line(qreal width)
{
    QPixmap pm(48, 48);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x23, 0x26, 0x29), width, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(10, 38), QPointF(38, 10));
    return QIcon(pm);
}

void WhiteboardPage::runGuarded(const std::function<void()> &work)
{
    try {
        work();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Whiteboard"), e.message());
    }
}

void WhiteboardPage::buildToolBar()
{
    ToolBarBuilder b{*this};
    buildBoardMenus(b);
    buildToolButtons(b);
    buildInkMenus(b);
    buildPageButtons(b);
    buildClassroomMenu(b);
    buildScreenButtons(b);
    // The page's shortcuts also work while the board has the focus in full screen.
    for (QAction *a : findChildren<QAction *>()) {
        if (!a->shortcut().isEmpty())
            m_view->addAction(a);
    }
}

void WhiteboardPage::buildBoardMenus(ToolBarBuilder &b)
{
    QMenu *file = new QMenu(this);
    b.boardMenu = file;
    b.target = file;
    connect(b.add(QStringLiteral("newBoard"), QStringLiteral("document-new"), tr("New")),
            &QAction::triggered,
            this,
            [this] { runGuarded([this] { newBoard(); }); });
    connect(b.add(QStringLiteral("openBoard"), QStringLiteral("document-open"), tr("Open…")),
            &QAction::triggered,
            this,
            [this] { runGuarded([this] { showBoardList(); }); });
    connect(b.add(QStringLiteral("save"),
                  QStringLiteral("document-save"),
                  tr("Save"),
                  QKeySequence::Save),
            &QAction::triggered,
            this,
            [this] { runGuarded([this] { save(); }); });
    connect(
        b.add(QStringLiteral("export"), QStringLiteral("document-export"), tr("Export")),
        &QAction::triggered,
        this,
        [this] {
            const QString path = QFileDialog::getSaveFileName(
                this,
                tr("Export the board"),
                m_editor->document().title + QStringLiteral(".pdf"),
                tr("PDF (*.pdf);;PNG images, one per page (*.png);;IWB for other board programs "
                   "(*.iwb);;SchoolSuite board (*.ssboard)"));
            if (!path.isEmpty())
                runGuarded([this, path] { exportTo(path); });
        });
    connect(b.add(QStringLiteral("paste"),
                  QStringLiteral("edit-paste"),
                  tr("Paste"),
                  QKeySequence::Paste),
            &QAction::triggered,
            this,
            [this] { runGuarded([this] { paste(); }); });
    // New, open, save and export behind one button: the bar keeps room for the tools.
    b.menuButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Board"), file)
        ->setObjectName(QStringLiteral("boardMenu"));
    // Images, clips and links, put in the middle of the board.
    QMenu *insert = new QMenu(this);
    b.target = insert;
    connect(b.add(QStringLiteral("insertImage"), QStringLiteral("insert-image"), tr("Image…")),
            &QAction::triggered,
            this,
            [this] {
                const QString path = QFileDialog::getOpenFileName(
                    this,
                    tr("Insert an image"),
                    QString(),
                    tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)"));
                if (!path.isEmpty())
                    runGuarded([this, path] { insertImage(path); });
            });
    connect(b.add(QStringLiteral("insertClip"),
                  QStringLiteral("video-x-generic"),
                  tr("Audio or video clip…")),
            &QAction::triggered,
            this,
            [this] {
                const QString path = QFileDialog::getOpenFileName(
                    this,
                    tr("Insert a clip"),
                    QString(),
                    tr("Audio and video (*.mp3 *.wav *.ogg *.m4a *.mp4 *.webm *.mkv *.avi *.mov "
                       "*.mpg *.mpeg)"));
                if (!path.isEmpty())
                    runGuarded([this, path] { insertClip(path); });
            });
    connect(b.add(QStringLiteral("insertLink"), QStringLiteral("insert-link"), tr("Link…")),
            &QAction::triggered,
            this,
            [this] { runGuarded([this] { askForLink(); }); });
    b.menuButton(QIcon::fromTheme(QStringLiteral("insert-image")), tr("Insert"), insert)
        ->setObjectName(QStringLiteral("insertMenu"));
    // The menus' shortcuts (Ctrl+S, Ctrl+V…) work wherever the page has the focus.
    addActions(file->actions());
    addActions(insert->actions());
    b.target = nullptr;
    m_tools->addSeparator();
}

void WhiteboardPage::buildToolButtons(ToolBarBuilder &b)
{
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIconText(tr("Undo"));
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIconText(tr("Redo"));
    m_tools->addAction(undo);
    m_tools->addAction(redo);
    m_tools->addSeparator();

    m_toolGroup = new QActionGroup(this);
    const std::pair<BoardView::Tool, std::array<QString, 3>> tools[] = {
        {BoardView::Tool::Pen, {QStringLiteral("pen"), QStringLiteral("draw-freehand"), tr("Pen")}},
        {BoardView::Tool::Highlighter,
         {QStringLiteral("highlighter"), QStringLiteral("draw-highlight"), tr("Highlighter")}},
        {BoardView::Tool::Eraser,
         {QStringLiteral("eraser"), QStringLiteral("draw-eraser"), tr("Eraser")}},
        {BoardView::Tool::Text, {QStringLiteral("text"), QStringLiteral("draw-text"), tr("Text")}},
        {BoardView::Tool::Laser,
         {QStringLiteral("laser"), QStringLiteral("games-hint"), tr("Laser")}},
        {BoardView::Tool::Select,
         {QStringLiteral("select"), QStringLiteral("tool-pointer"), tr("Select")}},
        {BoardView::Tool::Pan,
         {QStringLiteral("hand"), QStringLiteral("transform-browse"), tr("Move")}},
    };
    for (const auto &[tool, names] : tools) {
        QAction *a = b.add(names[0], names[1], names[2]);
        a->setCheckable(true);
        a->setChecked(tool == BoardView::Tool::Pen);
        m_toolGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, tool = tool] {
            m_view->setTool(tool);
            if (auto *button = m_tools->findChild<QToolButton *>(QStringLiteral("colour")))
                button->setIcon(ToolBarBuilder::swatch(m_view->penColor()));
        });
    }

    // The eraser's kinds, from its button's menu (a finger holds the button to open it).
    {
        QAction *eraser = action(QStringLiteral("eraser"));
        auto *modes = new QMenu(this);
        auto *group = new QActionGroup(modes);
        const std::pair<BoardView::EraserMode, std::array<QString, 2>> kinds[] = {
            {BoardView::EraserMode::Strokes, {QStringLiteral("eraseStrokes"), tr("Whole strokes")}},
            {BoardView::EraserMode::Partial,
             {QStringLiteral("erasePartial"), tr("Part of strokes")}},
            {BoardView::EraserMode::Area, {QStringLiteral("eraseArea"), tr("Area")}}};
        for (const auto &[mode, names] : kinds) {
            QAction *a = modes->addAction(names[1]);
            a->setObjectName(names[0]);
            a->setCheckable(true);
            a->setChecked(mode == BoardView::EraserMode::Strokes);
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, eraser, mode = mode] {
                m_view->setEraserMode(mode);
                eraser->setChecked(true);
                m_view->setTool(BoardView::Tool::Eraser);
            });
        }
        eraser->setMenu(modes);
        if (auto *button = qobject_cast<QToolButton *>(m_tools->widgetForAction(eraser)))
            button->setPopupMode(QToolButton::MenuButtonPopup);
    }

    // Shown while something is selected.
    QAction *remove = b.add(QStringLiteral("deleteSelection"),
                            QStringLiteral("edit-delete"),
                            tr("Delete"),
                            QKeySequence::Delete);
    QAction *duplicate = b.add(QStringLiteral("duplicateSelection"),
                               QStringLiteral("edit-copy"),
                               tr("Duplicate"),
                               QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(remove, &QAction::triggered, this, [this] {
        runGuarded([this] { m_view->deleteSelection(); });
    });
    connect(duplicate, &QAction::triggered, this, [this] {
        runGuarded([this] { m_view->duplicateSelection(); });
    });
    QAction *copy = b.add(QStringLiteral("copySelection"),
                          QStringLiteral("edit-copy"),
                          tr("Copy"),
                          QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, [this] { runGuarded([this] { copySelection(); }); });
    for (QAction *a : {remove, duplicate, copy}) {
        a->setVisible(false);
        connect(m_view, &BoardView::selectionChanged, a, &QAction::setVisible);
    }
}

} // namespace SchoolSuite
