// The whiteboard page's tool bar (WhiteboardPage::buildToolBar): large buttons with names, made
// for a finger on a board.
#include "boardview.h"
#include "classroomtools.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "revealoverlay.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboardpage.h"
#include <QListView>

#include <QActionGroup>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QToolBar>
#include <QToolButton>

namespace SchoolSuite {

namespace {

QIcon swatch(const QColor &colour)
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

QIcon line(qreal width)
{
    QPixmap pm(48, 48);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x23, 0x26, 0x29), width, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(10, 38), QPointF(38, 10));
    return QIcon(pm);
}

QToolButton *menuButton(QToolBar *bar, const QIcon &icon, const QString &text, QMenu *menu)
{
    auto *button = new QToolButton(bar);
    button->setIcon(icon);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(menu);
    bar->addWidget(button);
    return button;
}

} // namespace

void WhiteboardPage::buildToolBar()
{
    QMenu *file = new QMenu(this);
    QMenu *target = file;
    auto add = [this, &target](const QString &name,
                               const QString &icon,
                               const QString &text,
                               const QKeySequence &key = {}) {
        QAction *a = target ? target->addAction(QIcon::fromTheme(icon), text)
                            : m_tools->addAction(QIcon::fromTheme(icon), text);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        return a;
    };
    auto guarded = [this](const std::function<void()> &work) {
        try {
            work();
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Whiteboard"), e.message());
        }
    };

    connect(add(QStringLiteral("newBoard"), QStringLiteral("document-new"), tr("New")),
            &QAction::triggered,
            this,
            [this, guarded] { guarded([this] { newBoard(); }); });
    connect(add(QStringLiteral("openBoard"), QStringLiteral("document-open"), tr("Open…")),
            &QAction::triggered,
            this,
            [this, guarded] { guarded([this] { showBoardList(); }); });
    connect(add(QStringLiteral("save"),
                QStringLiteral("document-save"),
                tr("Save"),
                QKeySequence::Save),
            &QAction::triggered,
            this,
            [this, guarded] { guarded([this] { save(); }); });
    connect(
        add(QStringLiteral("export"), QStringLiteral("document-export"), tr("Export")),
        &QAction::triggered,
        this,
        [this, guarded] {
            const QString path = QFileDialog::getSaveFileName(
                this,
                tr("Export the board"),
                m_editor->document().title + QStringLiteral(".pdf"),
                tr("PDF (*.pdf);;PNG images, one per page (*.png);;IWB for other board programs "
                   "(*.iwb);;SchoolSuite board (*.ssboard)"));
            if (!path.isEmpty())
                guarded([this, path] { exportTo(path); });
        });
    connect(add(QStringLiteral("paste"),
                QStringLiteral("edit-paste"),
                tr("Paste"),
                QKeySequence::Paste),
            &QAction::triggered,
            this,
            [this, guarded] { guarded([this] { paste(); }); });
    // New, open, save and export behind one button: the bar keeps room for the tools.
    menuButton(m_tools, QIcon::fromTheme(QStringLiteral("document-open")), tr("Board"), file)
        ->setObjectName(QStringLiteral("boardMenu"));
    // Images, clips and links, put in the middle of the board.
    QMenu *insert = new QMenu(this);
    target = insert;
    connect(add(QStringLiteral("insertImage"), QStringLiteral("insert-image"), tr("Image…")),
            &QAction::triggered,
            this,
            [this, guarded] {
                const QString path = QFileDialog::getOpenFileName(
                    this,
                    tr("Insert an image"),
                    QString(),
                    tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)"));
                if (!path.isEmpty())
                    guarded([this, path] { insertImage(path); });
            });
    connect(add(QStringLiteral("insertClip"),
                QStringLiteral("video-x-generic"),
                tr("Audio or video clip…")),
            &QAction::triggered,
            this,
            [this, guarded] {
                const QString path = QFileDialog::getOpenFileName(
                    this,
                    tr("Insert a clip"),
                    QString(),
                    tr("Audio and video (*.mp3 *.wav *.ogg *.m4a *.mp4 *.webm *.mkv *.avi *.mov "
                       "*.mpg *.mpeg)"));
                if (!path.isEmpty())
                    guarded([this, path] { insertClip(path); });
            });
    connect(add(QStringLiteral("insertLink"), QStringLiteral("insert-link"), tr("Link…")),
            &QAction::triggered,
            this,
            [this, guarded] { guarded([this] { askForLink(); }); });
    menuButton(m_tools, QIcon::fromTheme(QStringLiteral("insert-image")), tr("Insert"), insert)
        ->setObjectName(QStringLiteral("insertMenu"));
    // The menus' shortcuts (Ctrl+S, Ctrl+V…) work wherever the page has the focus.
    addActions(file->actions());
    addActions(insert->actions());
    target = nullptr;
    m_tools->addSeparator();

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
        QAction *a = add(names[0], names[1], names[2]);
        a->setCheckable(true);
        a->setChecked(tool == BoardView::Tool::Pen);
        m_toolGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, tool = tool] {
            m_view->setTool(tool);
            if (auto *button = m_tools->findChild<QToolButton *>(QStringLiteral("colour")))
                button->setIcon(swatch(m_view->penColor()));
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
    QAction *remove = add(QStringLiteral("deleteSelection"),
                          QStringLiteral("edit-delete"),
                          tr("Delete"),
                          QKeySequence::Delete);
    QAction *duplicate = add(QStringLiteral("duplicateSelection"),
                             QStringLiteral("edit-copy"),
                             tr("Duplicate"),
                             QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(remove, &QAction::triggered, this, [this, guarded] {
        guarded([this] { m_view->deleteSelection(); });
    });
    connect(duplicate, &QAction::triggered, this, [this, guarded] {
        guarded([this] { m_view->duplicateSelection(); });
    });
    QAction *copy = add(QStringLiteral("copySelection"),
                        QStringLiteral("edit-copy"),
                        tr("Copy"),
                        QKeySequence::Copy);
    connect(
        copy, &QAction::triggered, this, [this, guarded] { guarded([this] { copySelection(); }); });
    for (QAction *a : {remove, duplicate, copy}) {
        a->setVisible(false);
        connect(m_view, &BoardView::selectionChanged, a, &QAction::setVisible);
    }

    auto *colours = new QMenu(this);
    const std::pair<QColor, QString> palette[] = {
        {QColor(0x23, 0x26, 0x29), tr("Black")},
        {QColor(0x1d, 0x5f, 0xbf), tr("Blue")},
        {QColor(0xd9, 0x2b, 0x2b), tr("Red")},
        {QColor(0x2e, 0x8b, 0x3e), tr("Green")},
        {QColor(0xf0, 0x8c, 0x00), tr("Orange")},
        {QColor(0x7b, 0x3f, 0xb5), tr("Purple")},
        {QColor(0xff, 0xd4, 0x00), tr("Yellow")},
        {QColor(Qt::white), tr("White")},
    };
    QToolButton *colourButton
        = menuButton(m_tools, swatch(palette[0].first), tr("Colour"), colours);
    colourButton->setObjectName(QStringLiteral("colour"));
    for (const auto &[colour, name] : palette) {
        QAction *a = colours->addAction(swatch(colour), name);
        connect(a, &QAction::triggered, this, [this, colourButton, colour = colour] {
            m_view->setPenColor(colour);
            colourButton->setIcon(swatch(colour));
        });
    }
    auto *widths = new QMenu(this);
    QToolButton *widthButton = menuButton(m_tools, line(4), tr("Width"), widths);
    widthButton->setObjectName(QStringLiteral("width"));
    const std::pair<float, QString> sizes[]
        = {{1.5f, tr("Fine")}, {3, tr("Medium")}, {6, tr("Bold")}, {12, tr("Extra bold")}};
    for (const auto &[size, name] : sizes) {
        QAction *a = widths->addAction(line(size * 1.4), name);
        connect(a, &QAction::triggered, this, [this, widthButton, size = size] {
            m_view->setPenWidth(size);
            widthButton->setIcon(line(size * 1.4));
        });
    }

    auto *backgrounds = new QMenu(this);
    using P = BoardBackground::Pattern;
    const std::tuple<P, bool, float, QString> kinds[] = {
        {P::Plain, false, 30, tr("Plain")},
        {P::Grid, false, 30, tr("Grid")},
        {P::Tianzige, false, 80, tr("Tian grid (田字格)")},
        {P::Mizige, false, 80, tr("Mi grid (米字格)")},
        {P::FourLine, false, 54, tr("Four lines (四线三格)")},
        {P::Plain, true, 30, tr("Dark board")},
        {P::Grid, true, 30, tr("Dark board with grid")},
    };
    for (const auto &[pattern, dark, spacing, name] : kinds) {
        QAction *a = backgrounds->addAction(name);
        connect(a,
                &QAction::triggered,
                this,
                [this, guarded, pattern = pattern, dark = dark, spacing = spacing] {
                    BoardBackground b = dark ? BoardBackground::dark() : BoardBackground();
                    const BoardBackground &current
                        = m_editor->document().page(m_view->page()).background;
                    b.imageAsset = current.imageAsset; // an imported page stays under the pattern
                    b.pdfAsset = current.pdfAsset;
                    b.pdfPage = current.pdfPage;
                    b.pattern = pattern;
                    b.spacing = spacing;
                    guarded([&] {
                        m_editor->apply(tr("Background"),
                                        {BoardOp::setBackground(m_view->page(), b)});
                    });
                });
    }
    menuButton(
        m_tools, QIcon::fromTheme(QStringLiteral("view-grid")), tr("Background"), backgrounds)
        ->setObjectName(QStringLiteral("background"));
    m_tools->addSeparator();

    connect(add(QStringLiteral("previousPage"),
                QStringLiteral("go-previous"),
                tr("Previous"),
                QKeySequence(Qt::Key_PageUp)),
            &QAction::triggered,
            this,
            [this] { m_view->setPage(m_view->page() - 1); });
    m_pageLabel = new QLabel(m_tools);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setMinimumWidth(80);
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_tools->addWidget(m_pageLabel);
    connect(add(QStringLiteral("nextPage"),
                QStringLiteral("go-next"),
                tr("Next"),
                QKeySequence(Qt::Key_PageDown)),
            &QAction::triggered,
            this,
            [this] { m_view->setPage(m_view->page() + 1); });
    // New and delete behind one button; the arrows and the number stay on the bar.
    QMenu *pages = new QMenu(this);
    target = pages;
    connect(add(QStringLiteral("addPage"), QStringLiteral("list-add"), tr("New page")),
            &QAction::triggered,
            this,
            [this, guarded] {
                guarded([this] {
                    BoardPage page = BoardPage::blank();
                    const BoardPage &current = m_editor->document().page(m_view->page());
                    page.background.pattern = current.background.pattern;
                    page.background.color = current.background.color;
                    page.background.lineColor = current.background.lineColor;
                    page.background.spacing = current.background.spacing;
                    page.size = current.size;
                    const int at = m_view->page() + 1;
                    m_editor->apply(tr("New page"), {BoardOp::insertPage(at, page)});
                    m_view->setPage(at);
                });
            });
    connect(add(QStringLiteral("deletePage"), QStringLiteral("list-remove"), tr("Delete page")),
            &QAction::triggered,
            this,
            [this, guarded] {
                guarded([this] {
                    m_editor->apply(tr("Delete page"), {BoardOp::removePage(m_view->page())});
                });
            });
    QAction *sorter
        = add(QStringLiteral("pageSorter"), QStringLiteral("view-list-details"), tr("Page sorter"));
    sorter->setCheckable(true);
    connect(sorter, &QAction::toggled, m_sorter, &QWidget::setVisible);
    target = nullptr;
    menuButton(m_tools, QIcon::fromTheme(QStringLiteral("list-add")), tr("Pages"), pages)
        ->setObjectName(QStringLiteral("pagesMenu"));
    // Classroom tools: a countdown on the board, the random student picker.
    QMenu *classroom = new QMenu(this);
    target = classroom;
    connect(add(QStringLiteral("countdown"), QStringLiteral("chronometer"), tr("Countdown")),
            &QAction::triggered,
            this,
            [this] {
                if (auto *old = m_view->findChild<CountdownOverlay *>())
                    old->deleteLater();
                new CountdownOverlay(m_view);
            });
    // One reveal tool at a time over the board.
    auto reveal = [this](RevealOverlay::Kind kind) {
        for (auto *old : m_view->findChildren<RevealOverlay *>())
            old->deleteLater();
        new RevealOverlay(kind, m_view);
    };
    connect(add(QStringLiteral("spotlight"), QStringLiteral("flashlight-on"), tr("Spotlight")),
            &QAction::triggered,
            this,
            [reveal] { reveal(RevealOverlay::Kind::Spotlight); });
    connect(add(QStringLiteral("curtain"), QStringLiteral("view-hidden"), tr("Curtain")),
            &QAction::triggered,
            this,
            [reveal] { reveal(RevealOverlay::Kind::Curtain); });
    QAction *picker = add(QStringLiteral("picker"),
                          QStringLiteral("media-playlist-shuffle"),
                          tr("Random student picker"));
    picker->setVisible(m_session.can(Permission::PeopleView));
    connect(picker, &QAction::triggered, this, [this, guarded] {
        guarded([this] {
            PickerDialog dialog(m_session, this);
            dialog.exec();
        });
    });
    classroom->addSeparator();
    // The ruler and the protractor, shown until unticked.
    const std::pair<BoardView::Instrument, std::array<QString, 3>> instruments[]
        = {{BoardView::Instrument::Ruler,
            {QStringLiteral("ruler"), QStringLiteral("measure"), tr("Ruler")}},
           {BoardView::Instrument::Protractor,
            {QStringLiteral("protractor"), QStringLiteral("draw-arc"), tr("Protractor")}}};
    for (const auto &[which, names] : instruments) {
        QAction *a = add(names[0], names[1], names[2]);
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this, which = which](bool on) {
            m_view->showInstrument(which, on);
        });
    }
    target = nullptr;
    menuButton(m_tools, QIcon::fromTheme(QStringLiteral("tools")), tr("Classroom"), classroom)
        ->setObjectName(QStringLiteral("classroomMenu"));
    m_tools->addSeparator();
    QAction *full = add(QStringLiteral("fullScreen"),
                        QStringLiteral("view-fullscreen"),
                        tr("Full screen"),
                        QKeySequence(Qt::Key_F11));
    full->setCheckable(true);
    // In full screen: the bar goes to the next edge (bottom, left, right).
    QAction *dock
        = add(QStringLiteral("dockToolBar"), QStringLiteral("transform-move"), tr("Move bar"));
    dock->setVisible(false);
    connect(dock, &QAction::triggered, this, [this] {
        setDock(m_dock == Dock::Bottom ? Dock::Left
                : m_dock == Dock::Left ? Dock::Right
                                       : Dock::Bottom);
    });
    connect(full, &QAction::toggled, this, [this](bool on) { setFullScreen(on); });
    target = file; // a setting: in the board's menu
    QAction *fingers
        = add(QStringLiteral("fingerPan"), QStringLiteral("transform-browse"), tr("Fingers move"));
    fingers->setCheckable(true);
    fingers->setToolTip(tr("One finger moves the page instead of writing (two fingers always "
                           "zoom and move)"));
    connect(fingers, &QAction::toggled, this, [this](bool on) {
        m_view->setFingerMode(on ? BoardView::FingerMode::Pan : BoardView::FingerMode::Draw);
    });
    target = nullptr;
    // The page's shortcuts also work while the board has the focus in full screen.
    for (QAction *a : findChildren<QAction *>()) {
        if (!a->shortcut().isEmpty())
            m_view->addAction(a);
    }
}

} // namespace SchoolSuite
