#include "mainwindow.h"

#include "adminpages.h"
#include "core/app/localstore.h"
#include "core/app/module.h"
#include "core/app/storemaintenance.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/ui/peoplepage.h"
#include "core/settings/settings.h"
#include "core/store/outbox.h"
#include "core/ui/aboutdialog.h"
#include "core/ui/settingsdialog.h"
#include "equipment/ui/equipmentpage.h"
#include "equipment/ui/maintenancedue.h"
#include "homepage.h"
#include "indicators/ui/indicatorspage.h"
#include "library/ui/librarypage.h"
#include "searchpopup.h"
#include "sync/districtauth.h"
#include "sync/synccontroller.h"
#include "sync/syncmeta.h"
#include "sync/ui/enrollmentwidget.h"
#include "sync/ui/syncpage.h"
#include "whiteboard/ui/whiteboardpage.h"

#include "core/auth/accounts.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace SchoolSuite {

MainWindow::MainWindow(LocalStore &store,
                       const Session &session,
                       Settings &settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_session(session)
    , m_settings(settings)
{
    setWindowTitle(tr("SchoolSuite — %1").arg(store.schoolName()));
    setObjectName(QStringLiteral("mainWindow"));

    auto *splitter = new QSplitter(this);
    m_nav = new QListWidget(splitter);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setMinimumWidth(150);
    m_nav->setMaximumWidth(240);
    m_nav->setSpacing(2);
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    setCentralWidget(splitter);

    addPage(QStringLiteral("home"), tr("Home"), QStringLiteral("go-home"));
    for (const auto &module : ModuleRegistry::instance().enabled(settings.enabledModules())) {
        if (session.can(module->permission()))
            addPage(module->id(), module->title(), module->iconName());
    }
    if (session.can(Permission::UsersManage))
        addPage(QStringLiteral("users"), tr("Accounts"), QStringLiteral("system-users"));
    if (session.can(Permission::AuditView))
        addPage(QStringLiteral("audit"), tr("Audit log"), QStringLiteral("view-list-details"));
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pageIds.size())
            openPage(m_pageIds.at(row));
    });

    // Sync runs on its own thread; the status bar follows it.
    m_sync = new SyncController(store.dataDir(), store.db(), &settings, this);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncState"));
    statusBar()->addWidget(m_syncLabel, 1);
    auto *syncButton = new QToolButton(this);
    syncButton->setObjectName(QStringLiteral("statusSyncNow"));
    syncButton->setAutoRaise(true);
    syncButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    syncButton->setToolTip(tr("Sync now"));
    connect(syncButton, &QToolButton::clicked, m_sync, &SyncController::syncNow);
    statusBar()->addWidget(syncButton);
    connect(m_sync, &SyncController::stateChanged, this, &MainWindow::refreshStatus);
    connect(m_sync, &SyncController::pendingChangesChanged, this, &MainWindow::refreshStatus);
    connect(m_sync, &SyncController::finished, this, [this](const SyncResult &result) {
        if (HomePage *home = homePage())
            home->refresh();
        // Pages show what the sync brought; a page that can reread its data has reload().
        if (result.pulled > 0) {
            for (QWidget *page : std::as_const(m_pages)) {
                if (page != homePage() && page->metaObject()->indexOfMethod("reload()") >= 0)
                    QMetaObject::invokeMethod(page, "reload");
            }
        }
        refreshStatus();
    });
    m_tokenTimer = new QTimer(this);
    m_tokenTimer->setInterval(20 * 60 * 1000); // access tokens live an hour
    connect(m_tokenTimer, &QTimer::timeout, this, &MainWindow::refreshUserToken);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setRange(0, 0);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_userLabel = new QLabel(
        QStringLiteral("%1 · %2").arg(session.displayName(), Roles::title(session.role())), this);
    statusBar()->addPermanentWidget(m_userLabel);

    createMenus();

    // Lock the screen after a while without input (AutoLockMinutes, 0 = never).
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &MainWindow::lockRequested);
    if (settings.autoLockMinutes() > 0) {
        m_idle->start(settings.autoLockMinutes() * 60 * 1000);
        qApp->installEventFilter(this);
    }

    QSettings prefs;
    if (!restoreGeometry(prefs.value(QStringLiteral("MainWindow/geometry")).toByteArray()))
        resize(1280, 760);
    m_nav->setCurrentRow(0);
    refreshStatus();
    if (Accounts(store.db()).isDistrictAccount(session.username())) {
        m_tokenTimer->start();
        refreshUserToken();
    }
}

void MainWindow::refreshUserToken()
{
    // The keychain is read and written here, on the GUI thread; the district is asked on another.
    const QString dataDir = m_store.dataDir();
    const QString user = m_session.username();
    const std::optional<DistrictAuth::Tokens> stored = DistrictAuth::storedTokens(dataDir, user);
    if (!stored)
        return;
    if (DistrictAuth::isFresh(*stored)) {
        m_sync->setUserToken(stored->accessToken);
        return;
    }
    const QString server = m_store.meta(SyncMeta::server());
    const QByteArray credential = DistrictAuth::deviceCredential(dataDir);
    const QString refreshToken = stored->refreshToken;
    auto *watcher = new QFutureWatcher<std::optional<DistrictAuth::Tokens>>(this);
    connect(watcher,
            &QFutureWatcher<std::optional<DistrictAuth::Tokens>>::finished,
            this,
            [this, watcher, dataDir, user] {
                if (const std::optional<DistrictAuth::Tokens> fresh = watcher->result()) {
                    try {
                        DistrictAuth::storeTokens(dataDir, user, *fresh);
                    } catch (const Error &) {
                        // Kept for this session only.
                    }
                    m_sync->setUserToken(fresh->accessToken);
                }
                watcher->deleteLater();
            });
    watcher->setFuture(QtConcurrent::run([server, credential, refreshToken] {
        return DistrictAuth::refresh(server, credential, refreshToken);
    }));
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &id, const QString &title, const QString &icon)
{
    auto *item = new QListWidgetItem(QIcon::fromTheme(icon), title, m_nav);
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, 36));
    m_pageIds << id;
}

QWidget *MainWindow::createPage(const QString &id)
{
    if (id == QLatin1String("home")) {
        auto *home = new HomePage(m_store, m_session, m_stack);
        if (!m_pageIds.contains(QStringLiteral("equipment")))
            home->maintenanceCard()->hide(); // the module is switched off on this computer
        connect(home, &HomePage::maintenanceRequested, this, [this] {
            if (auto *page = qobject_cast<EquipmentPage *>(openPage(QStringLiteral("equipment"))))
                page->showDueList();
        });
        m_progress->show();
        connect(home, &HomePage::refreshed, this, [this] {
            m_progress->hide();
            refreshStatus();
        });
        return home;
    }
    if (id == QLatin1String("people"))
        return new PeoplePage(m_store, m_session, m_stack);
    if (id == QLatin1String("equipment"))
        return new EquipmentPage(m_store, m_session, m_stack);
    if (id == QLatin1String("indicators"))
        return new IndicatorsPage(m_store, m_session, m_stack);
    if (id == QLatin1String("whiteboard"))
        return new WhiteboardPage(m_store, m_session, m_stack);
    if (id == QLatin1String("library"))
        return new LibraryPage(m_store, m_session, m_stack);
    if (id == QLatin1String("users"))
        return new UsersPage(m_store, m_session, m_stack);
    if (id == QLatin1String("sync"))
        return new SyncPage(*m_sync, m_store.db(), m_session, m_stack);
    if (id == QLatin1String("audit"))
        return new AuditPage(m_store, m_session, m_stack);
    return nullptr;
}

void MainWindow::offerUnfinishedWork()
{
    if (m_pageIds.contains(QStringLiteral("whiteboard"))
        && WhiteboardPage::hasUnfinishedWork(m_store.dataDir(), m_session.username()))
        openPage(QStringLiteral("whiteboard"));
}

bool MainWindow::openDocument(const QString &path)
{
    auto *board = m_pageIds.contains(QStringLiteral("whiteboard"))
                      ? qobject_cast<WhiteboardPage *>(openPage(QStringLiteral("whiteboard")))
                      : nullptr;
    if (!board) {
        QMessageBox::information(this,
                                 windowTitle(),
                                 tr("%1 is a whiteboard document, and the whiteboard is not open "
                                    "to your account on this computer.")
                                     .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    try {
        board->openFile(path);
    } catch (const Error &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return false;
    }
    return true;
}

QWidget *MainWindow::openPage(const QString &id)
{
    const int row = int(m_pageIds.indexOf(id));
    if (row < 0)
        return nullptr;
    QWidget *page = m_pages.value(id);
    if (!page) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            page = createPage(id);
        } catch (const Error &e) {
            QApplication::restoreOverrideCursor();
            QMessageBox::warning(this, windowTitle(), e.message());
            return nullptr;
        }
        QApplication::restoreOverrideCursor();
        if (!page)
            return nullptr;
        m_pages.insert(id, page);
        m_stack->addWidget(page);
    } else if (id == QLatin1String("home")) {
        static_cast<HomePage *>(page)->refresh();
    }
    m_stack->setCurrentWidget(page);
    if (m_nav->currentRow() != row)
        m_nav->setCurrentRow(row);
    return page;
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

HomePage *MainWindow::homePage() const
{
    return static_cast<HomePage *>(m_pages.value(QStringLiteral("home")));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *search = file->addAction(QIcon::fromTheme(QStringLiteral("edit-find")),
                                      tr("&Search…"),
                                      this,
                                      &MainWindow::openSearch);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setObjectName(QStringLiteral("searchAction"));
    addAction(search);
    if (m_session.can(Permission::StoreAdmin))
        file->addAction(QIcon::fromTheme(QStringLiteral("document-save")),
                        tr("&Back up…"),
                        this,
                        &MainWindow::backup);
    QAction *syncNow = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                       tr("S&ync now"),
                                       m_sync,
                                       &SyncController::syncNow);
    syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *settings = file->addAction(QIcon::fromTheme(QStringLiteral("configure")),
                                        tr("S&ettings…"),
                                        this,
                                        &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    QAction *lock = file->addAction(QIcon::fromTheme(QStringLiteral("system-lock-screen")),
                                    tr("&Lock"),
                                    this,
                                    &MainWindow::lockRequested);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addAction(QIcon::fromTheme(QStringLiteral("system-log-out")),
                    tr("Sign &out"),
                    this,
                    &MainWindow::signOutRequested);
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"),
                                    qApp,
                                    &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pageIds.size(); ++i) {
        const QString id = m_pageIds.at(i);
        QAction *a = view->addAction(
            m_nav->item(i)->icon(), m_nav->item(i)->text(), this, [this, id] { openPage(id); });
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
                    tr("&About SchoolSuite"),
                    this,
                    &MainWindow::showAbout);
}

SearchPopup *MainWindow::openSearch()
{
    if (!m_search) {
        m_search = new SearchPopup(m_store.db(), this);
        connect(m_search, &SearchPopup::hitActivated, this, &MainWindow::openHit);
        if (m_session.limitedToOwnClasses()) {
            const QStringList own = m_session.ownClassIds();
            Database *db = &m_store.db();
            m_search->setHitFilter([own, db](const SearchHit &hit) {
                if (hit.kind != QLatin1String("student"))
                    return true;
                return own.contains(db->scalar(QStringLiteral("SELECT class_id FROM students "
                                                              "WHERE id = ?"),
                                               {hit.id})
                                        .toString());
            });
        }
    }
    m_search->queryEdit()->selectAll();
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    m_search->queryEdit()->setFocus();
    return m_search;
}

void MainWindow::openHit(const SearchHit &hit)
{
    QWidget *page = openPage(hit.module);
    if (!page)
        return;
    bool found = false;
    QMetaObject::invokeMethod(page,
                              "openRecord",
                              Q_RETURN_ARG(bool, found),
                              Q_ARG(QString, hit.kind),
                              Q_ARG(QString, hit.id));
    if (!found)
        statusBar()->showMessage(tr("%1 is not in the list you may see.").arg(hit.title), 5000);
}

void MainWindow::refreshStatus()
{
    const QString line = SyncPage::statusLine(*m_sync);
    m_syncLabel->setText(line);
    m_syncLabel->setToolTip(m_sync->lastMessage());
    if (HomePage *home = homePage())
        home->setSyncText(line);
}

SettingsDialog *MainWindow::createSettingsDialog()
{
    auto *dialog = new SettingsDialog(&m_settings, this);
    QList<QPair<QString, QString>> modules;
    for (const auto &m : ModuleRegistry::instance().modules())
        modules << qMakePair(m->id(), m->title());
    dialog->setModules(modules);
    auto *enrollment = new EnrollmentWidget(
        m_store, m_settings, m_sync, m_session.can(Permission::SettingsManage), dialog);
    dialog->addDistrictSection(tr("Enrollment:"), enrollment);
    auto showEnrolled = [this, dialog] {
        if (!m_store.meta(SyncMeta::deviceId()).isEmpty())
            dialog->showEnrolledDistrict(m_store.meta(SyncMeta::server()), m_store.schoolCode());
    };
    showEnrolled();
    connect(enrollment, &EnrollmentWidget::enrolled, dialog, showEnrolled);
    return dialog;
}

void MainWindow::showSettings()
{
    SettingsDialog *dialog = createSettingsDialog();
    dialog->exec();
    delete dialog;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::backup()
{
    const QString file = QFileDialog::getSaveFileName(
        this,
        tr("Back up the school's data"),
        QStringLiteral("schoolsuite-%1.db").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("SchoolSuite backups (*.db)"));
    if (file.isEmpty())
        return;
    try {
        m_session.require(Permission::StoreAdmin, tr("back up"));
        StoreMaintenance::backup(m_store, file);
        statusBar()->showMessage(tr("Backup written to %1.").arg(file), 8000);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Back up"), e.message());
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
    case QEvent::TabletPress:
        if (m_settings.autoLockMinutes() > 0)
            m_idle->start(m_settings.autoLockMinutes() * 60 * 1000);
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings prefs;
    prefs.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace SchoolSuite
