// The whiteboard page's tool bar, continued (see whiteboardtools.cpp): the pen's colour and width,
// the page's background, the pages, the classroom tools, full screen and the fingers' setting.
#include "boardview.h"
#include "classroomtools.h"
#include "core/auth/session.h"
#include "revealoverlay.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboardpage.h"
#include "whiteboardtools_p.h"

#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

namespace SchoolSuite {

void WhiteboardPage::buildInkMenus(ToolBarBuilder &b)
{
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
        = b.menuButton(ToolBarBuilder::swatch(palette[0].first), tr("Colour"), colours);
    colourButton->setObjectName(QStringLiteral("colour"));
    for (const auto &[colour, name] : palette) {
        QAction *a = colours->addAction(ToolBarBuilder::swatch(colour), name);
        connect(a, &QAction::triggered, this, [this, colourButton, colour = colour] {
            m_view->setPenColor(colour);
            colourButton->setIcon(ToolBarBuilder::swatch(colour));
        });
    }
    auto *widths = new QMenu(this);
    QToolButton *widthButton = b.menuButton(ToolBarBuilder::line(4), tr("Width"), widths);
    widthButton->setObjectName(QStringLiteral("width"));
    const std::pair<float, QString> sizes[]
        = {{1.5f, tr("Fine")}, {3, tr("Medium")}, {6, tr("Bold")}, {12, tr("Extra bold")}};
    for (const auto &[size, name] : sizes) {
        QAction *a = widths->addAction(ToolBarBuilder::line(size * 1.4), name);
        connect(a, &QAction::triggered, this, [this, widthButton, size = size] {
            m_view->setPenWidth(size);
            widthButton->setIcon(ToolBarBuilder::line(size * 1.4));
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
                [this, pattern = pattern, dark = dark, spacing = spacing] {
                    BoardBackground b = dark ? BoardBackground::dark() : BoardBackground();
                    const BoardBackground &current
                        = m_editor->document().page(m_view->page()).background;
                    b.imageAsset = current.imageAsset; // an imported page stays under the pattern
                    b.pdfAsset = current.pdfAsset;
                    b.pdfPage = current.pdfPage;
                    b.pattern = pattern;
                    b.spacing = spacing;
                    runGuarded([&] {
                        m_editor->apply(tr("Background"),
                                        {BoardOp::setBackground(m_view->page(), b)});
                    });
                });
    }
    b.menuButton(QIcon::fromTheme(QStringLiteral("view-grid")), tr("Background"), backgrounds)
        ->setObjectName(QStringLiteral("background"));
    m_tools->addSeparator();
}

void WhiteboardPage::buildPageButtons(ToolBarBuilder &b)
{
    connect(b.add(QStringLiteral("previousPage"),
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
    connect(b.add(QStringLiteral("nextPage"),
                  QStringLiteral("go-next"),
                  tr("Next"),
                  QKeySequence(Qt::Key_PageDown)),
            &QAction::triggered,
            this,
            [this] { m_view->setPage(m_view->page() + 1); });
    // New and delete behind one button; the arrows and the number stay on the bar.
    QMenu *pages = new QMenu(this);
    b.target = pages;
    connect(b.add(QStringLiteral("addPage"), QStringLiteral("list-add"), tr("New page")),
            &QAction::triggered,
            this,
            [this] {
                runGuarded([this] {
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
    connect(b.add(QStringLiteral("deletePage"), QStringLiteral("list-remove"), tr("Delete page")),
            &QAction::triggered,
            this,
            [this] {
                runGuarded([this] {
                    m_editor->apply(tr("Delete page"), {BoardOp::removePage(m_view->page())});
                });
            });
    QAction *sorter = b.add(
        QStringLiteral("pageSorter"), QStringLiteral("view-list-details"), tr("Page sorter"));
    sorter->setCheckable(true);
    connect(sorter, &QAction::toggled, m_sorter, &QWidget::setVisible);
    b.target = nullptr;
    b.menuButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Pages"), pages)
        ->setObjectName(QStringLiteral("pagesMenu"));
}

void WhiteboardPage::buildClassroomMenu(ToolBarBuilder &b)
{
    // Classroom tools: a countdown on the board, the random student picker.
    QMenu *classroom = new QMenu(this);
    b.target = classroom;
    connect(b.add(QStringLiteral("countdown"), QStringLiteral("chronometer"), tr("Countdown")),
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
    connect(b.add(QStringLiteral("spotlight"), QStringLiteral("flashlight-on"), tr("Spotlight")),
            &QAction::triggered,
            this,
            [reveal] { reveal(RevealOverlay::Kind::Spotlight); });
    connect(b.add(QStringLiteral("curtain"), QStringLiteral("view-hidden"), tr("Curtain")),
            &QAction::triggered,
            this,
            [reveal] { reveal(RevealOverlay::Kind::Curtain); });
    QAction *picker = b.add(QStringLiteral("picker"),
                            QStringLiteral("media-playlist-shuffle"),
                            tr("Random student picker"));
    picker->setVisible(m_session.can(Permission::PeopleView));
    connect(picker, &QAction::triggered, this, [this] {
        runGuarded([this] {
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
        QAction *a = b.add(names[0], names[1], names[2]);
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this, which = which](bool on) {
            m_view->showInstrument(which, on);
        });
    }
    b.target = nullptr;
    b.menuButton(QIcon::fromTheme(QStringLiteral("tools")), tr("Classroom"), classroom)
        ->setObjectName(QStringLiteral("classroomMenu"));
    m_tools->addSeparator();
}

void WhiteboardPage::buildScreenButtons(ToolBarBuilder &b)
{
    QAction *full = b.add(QStringLiteral("fullScreen"),
                          QStringLiteral("view-fullscreen"),
                          tr("Full screen"),
                          QKeySequence(Qt::Key_F11));
    full->setCheckable(true);
    // In full screen: the bar goes to the next edge (bottom, left, right).
    QAction *dock
        = b.add(QStringLiteral("dockToolBar"), QStringLiteral("transform-move"), tr("Move bar"));
    dock->setVisible(false);
    connect(dock, &QAction::triggered, this, [this] {
        setDock(m_dock == Dock::Bottom ? Dock::Left
                : m_dock == Dock::Left ? Dock::Right
                                       : Dock::Bottom);
    });
    connect(full, &QAction::toggled, this, [this](bool on) { setFullScreen(on); });
    b.target = b.boardMenu; // a setting: in the board's menu
    QAction *fingers = b.add(
        QStringLiteral("fingerPan"), QStringLiteral("transform-browse"), tr("Fingers move"));
    fingers->setCheckable(true);
    fingers->setToolTip(tr("One finger moves the page instead of writing (two fingers always "
                           "zoom and move)"));
    connect(fingers, &QAction::toggled, this, [this](bool on) {
        m_view->setFingerMode(on ? BoardView::FingerMode::Pan : BoardView::FingerMode::Draw);
    });
    b.target = nullptr;
}

} // namespace SchoolSuite
