#include "whiteboardpage.h"

#include "boardlistdialog.h"
#include "boardview.h"
#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "sync/districtauth.h"
#include "sync/storeblobs.h"
#include "sync/syncmeta.h"
#include "whiteboard/edit/boardeditor.h"
#include "whiteboard/edit/boardjournal.h"
#include "whiteboard/edit/boardpagesmodel.h"
#include "whiteboard/format/boardfile.h"
#include "whiteboard/format/boardformats.h"
#include "whiteboard/store/boardlibrary.h"
#include "whiteboard/whiteboarddemo.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace SchoolSuite {

WhiteboardPage::WhiteboardPage(LocalStore &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_folder(WhiteboardDemo::folderFor(store.dataDir(), session.username()))
    , m_editor(std::make_unique<BoardEditor>())
    , m_library(std::make_unique<BoardLibrary>(
          store.db(),
          store.dataDir(),
          // Accounts made before ids existed (and tests) have only a name.
          session.userId().isEmpty() ? session.username() : session.userId(),
          session.displayName().isEmpty() ? session.username() : session.displayName(),
          m_folder))
{
    session.require(Permission::WhiteboardUse, tr("use the whiteboard"));
    // Versions not synced here (another computer's, see BoardLibrary::otherVersions) are
    // fetched from the district when opened.
    m_library->setFetch([&store](const QString &sha256) {
        const QString server = store.meta(SyncMeta::server());
        const QByteArray credential = DistrictAuth::deviceCredential(store.dataDir());
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        return StoreBlobs::fetch(store.dataDir(), server, credential, sha256);
    });
    QDir().mkpath(m_folder);
    m_board = new QWidget(this);
    m_view = new BoardView(*m_editor, m_board);
    // The page sorter: thumbnails in page order, dragged to reorder, touched to go there.
    m_pagesModel = new BoardPagesModel(*m_editor, this);
    m_sorter = new QListView(m_board);
    m_sorter->setObjectName(QStringLiteral("pageSorter"));
    m_sorter->setModel(m_pagesModel);
    m_sorter->setViewMode(QListView::IconMode);
    m_sorter->setFlow(QListView::TopToBottom);
    m_sorter->setWrapping(false);
    m_sorter->setMovement(QListView::Snap);
    m_sorter->setIconSize(
        QSize(BoardPagesModel::ThumbnailWidth, BoardPagesModel::ThumbnailWidth * 9 / 16));
    m_sorter->setSpacing(6);
    m_sorter->setDragDropMode(QAbstractItemView::InternalMove);
    m_sorter->setDefaultDropAction(Qt::MoveAction);
    m_sorter->setFixedWidth(BoardPagesModel::ThumbnailWidth + 40);
    m_sorter->hide();
    connect(m_sorter, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_view->setPage(index.row());
    });
    auto *boardLayout = new QHBoxLayout(m_board);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->setSpacing(0);
    boardLayout->addWidget(m_sorter);
    boardLayout->addWidget(m_view, 1);
    m_tools = new QToolBar(this);
    m_tools->setObjectName(QStringLiteral("boardToolBar"));
    const int dock
        = QSettings().value(QStringLiteral("whiteboard/toolBarDock"), int(Dock::Bottom)).toInt();
    m_dock = dock >= 0 && dock <= int(Dock::Right) ? Dock(dock) : Dock::Bottom;
    m_tools->setIconSize(QSize(32, 32));
    m_tools->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tools);
    layout->addWidget(m_board, 1);
    buildToolBar();
    connect(m_view, &BoardView::pageShown, this, &WhiteboardPage::updatePageActions);
    connect(m_view, &BoardView::linkActivated, this, &WhiteboardPage::openLink);
    connect(m_editor.get(), &BoardEditor::pagesChanged, this, &WhiteboardPage::updatePageActions);
    recoverLeftovers();
    if (m_editor->path().isEmpty()) {
        try {
            openFirst();
        } catch (const Error &e) {
            // The board still works on its working copy; the next save tries the store again.
            qWarning("Whiteboard: %s", e.what());
        }
    }
}

void WhiteboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The board takes the keys (page turning, undo, F11) as soon as the page shows.
    m_view->setFocus();
}

WhiteboardPage::~WhiteboardPage()
{
    // Closing the program keeps the work: the board is saved, put back into the store, and its
    // journal ends.
    try {
        putBack();
        m_editor->close();
    } catch (const Error &) {
        // The journal stays; the work is offered back next time.
    }
    if (m_fullScreenHost)
        delete m_fullScreenHost;
}

QString WhiteboardPage::journalFor(const QString &file) const
{
    const QFileInfo info(file);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".journal"));
}

void WhiteboardPage::openWorking(const QString &file, bool offerRecovery)
{
    BoardDocument doc = BoardFile::read(file);
    const QString journal = journalFor(file);
    bool damaged = false;
    const QList<BoardOp> pending
        = offerRecovery ? BoardEditor::pendingChanges(doc, journal, &damaged) : QList<BoardOp>();
    putBack();
    m_editor->close();
    m_editor->open(std::move(doc), file, journal);
    if (!pending.isEmpty()) {
        m_editor->recover(pending);
        m_editor->save();
    }
    m_view->setPage(0);
    putBack();
    updatePageActions();
}

bool WhiteboardPage::hasUnfinishedWork(const QString &dataDir, const QString &username)
{
    const QDir folder(WhiteboardDemo::folderFor(dataDir, username));
    const QFileInfoList journals = folder.entryInfoList({QStringLiteral("*.journal")}, QDir::Files);
    for (const QFileInfo &j : journals) {
        if (!BoardJournal::read(j.filePath()).ops.isEmpty())
            return true;
    }
    return false;
}

void WhiteboardPage::recoverLeftovers()
{
    const QFileInfoList journals
        = QDir(m_folder).entryInfoList({QStringLiteral("*.journal")}, QDir::Files, QDir::Time);
    for (const QFileInfo &j : journals) {
        const QString file
            = QDir(m_folder).filePath(j.completeBaseName() + QStringLiteral(".ssboard"));
        if (!QFile::exists(file)) {
            QFile::remove(j.filePath());
            continue;
        }
        try {
            const BoardDocument doc = BoardFile::read(file);
            bool damaged = false;
            const QList<BoardOp> pending = BoardEditor::pendingChanges(doc, j.filePath(), &damaged);
            if (pending.isEmpty()) {
                QFile::remove(j.filePath());
                continue;
            }
            const QString title = doc.title.isEmpty() ? tr("Untitled board") : doc.title;
            const auto answer = QMessageBox::question(
                this,
                tr("Recover the board"),
                tr("The board “%1” was not closed properly (%2). %n change(s) made after it was "
                   "last saved can be recovered.",
                   nullptr,
                   int(pending.size()))
                        .arg(title, QLocale().toString(j.lastModified(), QLocale::ShortFormat))
                    + (damaged
                           ? QStringLiteral("\n") + tr("The last stroke was cut off and is lost.")
                           : QString()),
                QMessageBox::StandardButtons(QMessageBox::Yes | QMessageBox::Discard),
                QMessageBox::Yes);
            if (answer == QMessageBox::Yes)
                openWorking(file, true);
            else
                QFile::remove(j.filePath());
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Recover the board"), e.message());
        }
    }
}

void WhiteboardPage::newBoard()
{
    BoardDocument doc;
    doc.title = tr("Board %1")
                    .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    doc.appendPage(BoardPage::blank());
    const QString file = QDir(m_folder).filePath(doc.id + QStringLiteral(".ssboard"));
    putBack();
    m_editor->close();
    m_editor->open(std::move(doc), file, journalFor(file));
    m_editor->save(); // the working copy exists from the start: the journal's base
    m_view->setPage(0);
    putBack();
    updatePageActions();
}

void WhiteboardPage::openFile(const QString &path)
{
    BoardDocument doc = BoardFormats::open(path);
    if (doc.title.isEmpty())
        doc.title = QFileInfo(path).completeBaseName();
    const QStringList warnings = doc.warnings();
    // A copy to work on: the file opened stays as it was.
    BoardDocument copy = BoardFile::readData(BoardFile::writeData(doc), QFileInfo(path).fileName());
    copy.id = BoardDocument().id;
    copy.title = doc.title;
    const QString file = QDir(m_folder).filePath(copy.id + QStringLiteral(".ssboard"));
    putBack();
    m_editor->close();
    m_editor->open(std::move(copy), file, journalFor(file));
    m_editor->save();
    m_view->setPage(0);
    putBack();
    updatePageActions();
    if (!warnings.isEmpty())
        QMessageBox::warning(this, tr("Open a board"), warnings.join(QLatin1Char('\n')));
}

void WhiteboardPage::putBack()
{
    if (m_editor->path().isEmpty())
        return;
    if (m_editor->isModified())
        m_editor->save();
    const BoardDocument &doc = m_editor->document();
    m_library->commit(doc.id, m_editor->path(), doc.title, doc.pageCount());
}

void WhiteboardPage::save()
{
    putBack();
}

void WhiteboardPage::openBoard(const QString &id)
{
    const BoardCheckout checkout = m_library->checkout(id);
    openWorking(checkout.path, true);
    if (!checkout.notice.isEmpty())
        QMessageBox::information(this, tr("Open a board"), checkout.notice);
}

void WhiteboardPage::showBoardList()
{
    // The board on screen goes back first, so the list shows it as it is.
    putBack();
    BoardListDialog dialog(*m_library, m_editor->document().id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.importRequested()) {
        const QString path = QFileDialog::getOpenFileName(
            this,
            tr("Import a board"),
            QString(),
            tr("Boards and documents (*.ssboard *.xopp *.xoj *.ubz *.iwb *.pdf *.png *.jpg "
               "*.jpeg)"));
        if (!path.isEmpty())
            openFile(path);
        return;
    }
    if (dialog.path().isEmpty())
        return;
    openWorking(dialog.path(), true);
    if (!dialog.notice().isEmpty())
        QMessageBox::information(this, tr("Open a board"), dialog.notice());
}

void WhiteboardPage::openFirst()
{
    // The teacher's board saved last (on any computer), else the working copy changed last,
    // else a new board.
    for (const BoardEntry &b : m_library->boards()) {
        if (!b.mine || !b.available)
            continue;
        try {
            openBoard(b.id);
            return;
        } catch (const Error &) {
            break;
        }
    }
    const QFileInfoList boards
        = QDir(m_folder).entryInfoList({QStringLiteral("*.ssboard")}, QDir::Files, QDir::Time);
    for (const QFileInfo &f : boards) {
        try {
            openWorking(f.filePath(), false);
            return;
        } catch (const Error &) {
            continue; // a damaged working copy does not stop the page
        }
    }
    newBoard();
}

QStringList WhiteboardPage::exportTo(const QString &path)
{
    return BoardFormats::save(m_editor->document(), path);
}

void WhiteboardPage::showPage(int page)
{
    m_view->setPage(page);
}

QAction *WhiteboardPage::action(const QString &name) const
{
    // The tool bar's actions are its children; in full screen it is not the page's child.
    if (QAction *a = findChild<QAction *>(name))
        return a;
    return m_tools->findChild<QAction *>(name);
}

void WhiteboardPage::updatePageActions()
{
    const int count = m_editor->document().pageCount();
    const int page = m_view->page();
    m_pageLabel->setText(tr("Page %1 / %2").arg(page + 1).arg(count));
    action(QStringLiteral("previousPage"))->setEnabled(page > 0);
    action(QStringLiteral("nextPage"))->setEnabled(page + 1 < count);
    action(QStringLiteral("deletePage"))->setEnabled(count > 1);
    m_sorter->setCurrentIndex(m_pagesModel->index(page));
}

void WhiteboardPage::setFullScreen(bool on)
{
    if (on && !m_fullScreenHost) {
        // The board on a window of its own over the whole screen, the tool bar floating over it
        // with larger buttons, at the edge the teacher can reach (docked left, right or bottom).
        m_fullScreenHost = new QWidget(nullptr, Qt::Window | Qt::FramelessWindowHint);
        m_fullScreenHost->setObjectName(QStringLiteral("fullScreenBoard"));
        m_fullScreenHost->setWindowTitle(m_editor->document().title);
        auto *layout = new QVBoxLayout(m_fullScreenHost);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_board, 1);
        layout->removeWidget(m_tools);
        m_tools->setParent(m_fullScreenHost);
        m_tools->setIconSize(QSize(48, 48));
        m_tools->setStyleSheet(
            QStringLiteral("QToolBar { background: palette(window); border: 1px solid palette(mid);"
                           " border-radius: 12px; padding: 4px; }"));
        m_tools->show();
        m_tools->raise();
        m_fullScreenHost->installEventFilter(this);
        auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_fullScreenHost);
        connect(escape, &QShortcut::activated, this, [this] {
            action(QStringLiteral("fullScreen"))->setChecked(false);
        });
        action(QStringLiteral("dockToolBar"))->setVisible(true);
        // On the screen the program is on; sized here too, for desktops whose window manager
        // does not (or none at all).
        if (QScreen *screen = window()->screen())
            m_fullScreenHost->setGeometry(screen->geometry());
        m_fullScreenHost->showFullScreen();
        placeToolBar();
        m_view->setFocus();
    } else if (!on && m_fullScreenHost) {
        action(QStringLiteral("dockToolBar"))->setVisible(false);
        m_tools->setStyleSheet(QString());
        m_tools->setOrientation(Qt::Horizontal);
        m_tools->setIconSize(QSize(32, 32));
        auto *layout = static_cast<QVBoxLayout *>(this->layout());
        layout->addWidget(m_tools);
        layout->addWidget(m_board, 1);
        m_fullScreenHost->removeEventFilter(this);
        m_fullScreenHost->deleteLater();
        m_fullScreenHost = nullptr;
        m_view->setFocus();
    }
}

WhiteboardPage::Dock WhiteboardPage::dock() const
{
    return m_dock;
}

void WhiteboardPage::setDock(Dock dock)
{
    m_dock = dock;
    QSettings().setValue(QStringLiteral("whiteboard/toolBarDock"), int(dock));
    placeToolBar();
}

void WhiteboardPage::placeToolBar()
{
    if (!m_fullScreenHost)
        return;
    constexpr int Margin = 12;
    const QRect area = m_fullScreenHost->rect();
    m_tools->setOrientation(m_dock == Dock::Bottom ? Qt::Horizontal : Qt::Vertical);
    QSize size = m_tools->sizeHint();
    if (m_dock == Dock::Bottom) {
        size.setWidth(qMin(size.width(), area.width() - 2 * Margin));
        m_tools->setGeometry(
            QRect(QPoint((area.width() - size.width()) / 2, area.bottom() - Margin - size.height()),
                  size));
    } else {
        size.setHeight(qMin(size.height(), area.height() - 2 * Margin));
        const int x = m_dock == Dock::Left ? Margin : area.right() - Margin - size.width();
        m_tools->setGeometry(QRect(QPoint(x, (area.height() - size.height()) / 2), size));
    }
    m_tools->raise();
}

bool WhiteboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_fullScreenHost && event->type() == QEvent::Resize)
        placeToolBar();
    return QWidget::eventFilter(watched, event);
}

} // namespace SchoolSuite
