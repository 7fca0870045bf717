#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListView;
class QToolBar;

namespace SchoolSuite {

class BoardEditor;
class BoardLibrary;
class BoardPagesModel;
class BoardView;
class LocalStore;
class Session;

// The whiteboard page: the board and a tool bar made for a finger on an 86-inch screen (large
// buttons with their names): pen, highlighter, eraser, hand; colours and widths; the page's
// background; pages; undo and redo; new, open (any format the whiteboard reads), save, export;
// full screen. Boards live in the store (BoardLibrary) and sync with the district; the one being
// worked on is a copy in the data folder's whiteboard/<user>/ folder with its journal, so work
// that a crash interrupted is offered back when the page opens. Saving puts it back.
class WhiteboardPage : public QWidget
{
    Q_OBJECT

public:
    WhiteboardPage(LocalStore &store, const Session &session, QWidget *parent = nullptr);
    ~WhiteboardPage() override;

    BoardEditor &editor() { return *m_editor; }
    BoardView *view() const { return m_view; }
    QListView *pageSorter() const { return m_sorter; }
    QAction *action(const QString &name) const; // by objectName
    QString workingFolder() const { return m_folder; }

    BoardLibrary &library() { return *m_library; }

    // Whether a crash or power cut left changes of the account's boards in a journal: the
    // program then opens the whiteboard at start, which offers them back.
    static bool hasUnfinishedWork(const QString &dataDir, const QString &username);

    // Opens a file of any format the whiteboard reads as a new board (the file is not changed).
    // Throws Error.
    void openFile(const QString &path);
    // Opens a board of the store (its working copy; BoardLibrary::checkout). Throws Error.
    void openBoard(const QString &id);
    // Saves the board and puts it into the store as its newest version. Throws Error.
    void save();
    // Board ▸ Open: the boards of the store, or a file to import.
    void showBoardList();

    // Insert (boardinsert.cpp): each puts the item in the middle of what the board shows,
    // chosen with the selection tool, and returns its id. Throw Error for a file that is not
    // one, or too large.
    QString insertImage(const QString &path);
    QString insertClip(const QString &path);
    QString insertLink(const QString &target, const QString &label);
    // Copy and paste (boardclipboard.cpp): the selected items, exactly, with their files and a
    // picture of them; paste takes those, or an image or text from another program, and returns
    // the ids of what it put on the page (chosen). Throws Error for a clipboard it cannot use.
    void copySelection();
    QStringList paste();
    // A link touched on the board: a board of the store, a web page or a file.
    void openLink(const QString &target);
    void newBoard();
    // Writes the board to path by its extension (.ssboard, .pdf, .png). Throws Error.
    QStringList exportTo(const QString &path);
    void showPage(int page);

    // Where the tool bar floats in full screen (kept between sessions).
    enum class Dock { Bottom, Left, Right };
    Dock dock() const;
    void setDock(Dock dock);
    QWidget *fullScreenWindow() const { return m_fullScreenHost; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct ToolBarBuilder; // whiteboardtools_p.h
    void buildToolBar();
    void buildBoardMenus(ToolBarBuilder &b);
    void buildToolButtons(ToolBarBuilder &b);
    void buildInkMenus(ToolBarBuilder &b);
    void buildPageButtons(ToolBarBuilder &b);
    void buildClassroomMenu(ToolBarBuilder &b);
    void buildScreenButtons(ToolBarBuilder &b);
    // Runs work; an Error it throws is shown to the teacher.
    void runGuarded(const std::function<void()> &work);
    void openWorking(const QString &file, bool offerRecovery);
    void putBack();
    void askForLink();
    QByteArray readForBoard(const QString &path, qint64 maxBytes) const;
    QString insertItem(const QString &undoText, struct BoardItem item);
    QRectF placeFor(QSizeF size) const;
    void openFirst();
    void recoverLeftovers();
    void updatePageActions();
    void setFullScreen(bool on);
    void placeToolBar();
    QString journalFor(const QString &file) const;

    LocalStore &m_store;
    const Session &m_session;
    QString m_folder;
    std::unique_ptr<BoardEditor> m_editor;
    std::unique_ptr<BoardLibrary> m_library;
    QToolBar *m_tools = nullptr;
    BoardView *m_view = nullptr;
    QWidget *m_board = nullptr; // the sorter and the view
    QListView *m_sorter = nullptr;
    BoardPagesModel *m_pagesModel = nullptr;
    QLabel *m_pageLabel = nullptr;
    QActionGroup *m_toolGroup = nullptr;
    QWidget *m_fullScreenHost = nullptr;
    Dock m_dock = Dock::Bottom;
};

} // namespace SchoolSuite
