#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTimer;

namespace SchoolSuite {

class HomePage;
class LocalStore;
class SearchPopup;
class Session;
class Settings;
class SettingsDialog;
class SyncController;
struct SearchHit;

// The shell: a left navigation of the pages the user may use (home, the enabled modules the
// role may see, accounts and the audit log for those allowed), global search on Ctrl+K, a
// status bar with the sync state, the user and the progress of long work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(LocalStore &store,
               const Session &session,
               Settings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    QListWidget *navigation() const { return m_nav; }
    QStringList pageIds() const { return m_pageIds; }
    // Shows a page by id ("home", "people", "users", "audit"); creates it on first use.
    QWidget *openPage(const QString &id);
    // Opens the whiteboard when a crash left board work to recover (the page offers it back).
    void offerUnfinishedWork();
    // Opens a document given on the command line or by the file manager (a .ssboard or another
    // format the whiteboard reads) on the whiteboard. Says why when it cannot; false then.
    bool openDocument(const QString &path);
    QWidget *currentPage() const;
    HomePage *homePage() const;
    SearchPopup *openSearch();
    QLabel *syncLabel() const { return m_syncLabel; }
    SyncController *syncController() const { return m_sync; }
    // The settings dialog with this program's modules listed; the caller shows it.
    SettingsDialog *createSettingsDialog();

public slots:
    void openHit(const SearchHit &hit);
    void refreshStatus();

signals:
    void signOutRequested();
    void lockRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addPage(const QString &id, const QString &title, const QString &icon);
    QWidget *createPage(const QString &id);
    void createMenus();
    void showSettings();
    void showAbout();
    void backup();
    void refreshUserToken();

    LocalStore &m_store;
    const Session &m_session;
    Settings &m_settings;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QStringList m_pageIds;
    QHash<QString, QWidget *> m_pages;
    QLabel *m_syncLabel;
    QLabel *m_userLabel;
    QProgressBar *m_progress;
    QTimer *m_idle;
    SyncController *m_sync;
    QTimer *m_tokenTimer;
    QPointer<SearchPopup> m_search;
};

} // namespace SchoolSuite
