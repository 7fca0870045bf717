#include "shellapp.h"

#include "core/app/localstore.h"
#include "core/app/module.h"
#include "core/app/storemaintenance.h"
#include "core/app/translations.h"
#include "core/auth/accounts.h"
#include "core/error.h"
#include "core/settings/settings.h"
#include "equipment/equipmentmodule.h"
#include "firstpaint.h"
#include "indicators/indicatorsmodule.h"
#include "library/librarymodule.h"
#include "mainwindow.h"
#include "resources/icons.h"
#include "screenshots.h"
#include "setupwizard.h"
#include "signindialog.h"
#include "sync/syncclient.h"
#include "sync/syncmeta.h"
#include "sync/syncmodule.h"
#include "whiteboard/whiteboardmodule.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

namespace SchoolSuite {

bool ShellApp::parseArguments(const QStringList &arguments, Options *o)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("SchoolSuite"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder of the school's store."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("zh_CN or en."), QStringLiteral("LANG"));
    const QCommandLineOption signIn(QStringLiteral("sign-in"),
                                    QStringLiteral("Sign in as USER (with --password-file)."),
                                    QStringLiteral("USER"));
    const QCommandLineOption password(QStringLiteral("password-file"),
                                      QStringLiteral("File with the password of --sign-in."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption exitAfter(
        QStringLiteral("exit-after-startup"),
        QStringLiteral("Paint the first window and exit 0 (smoke test)."));
    const QCommandLineOption shot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of --screenshot-page to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption shotPage(
        QStringLiteral("screenshot-page"),
        QStringLiteral(
            "signin, home, people, classes, rooms, search, import, settings, district, "
            "sync, equipment, bookings, maintenance, stocktake, value, labels, indicators or "
            "about."),
        QStringLiteral("PAGE"),
        QStringLiteral("home"));
    p.addOptions({dataDir, lang, signIn, password, exitAfter, shot, shotPage});
    p.addPositionalArgument(QStringLiteral("files"),
                            QStringLiteral("Whiteboard documents to open after signing in."),
                            QStringLiteral("[FILE...]"));
    if (!p.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(p.errorText()));
        return false;
    }
    const bool help = p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("help-all"));
    if (help || p.isSet(QStringLiteral("version"))) {
        std::printf(
            "%s\n",
            qPrintable(
                help ? p.helpText()
                     : QStringLiteral("schoolsuite %1").arg(QStringLiteral(SCHOOLSUITE_VERSION))));
        std::exit(0);
    }
    if (p.isSet(signIn) != p.isSet(password)) {
        std::fprintf(stderr, "--sign-in and --password-file go together\n");
        return false;
    }
    o->dataDir = p.value(dataDir);
    o->language = p.value(lang);
    o->signInUser = p.value(signIn);
    o->passwordFile = p.value(password);
    o->exitAfterStartup = p.isSet(exitAfter);
    o->screenshotFile = p.value(shot);
    o->screenshotPage = p.value(shotPage);
    for (const QString &file : p.positionalArguments())
        o->documents.append(QFileInfo(file).absoluteFilePath());
    return true;
}

ShellApp::ShellApp(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    // A minute between attempts; the tests shorten it (SCHOOLSUITE_ENROLL_RETRY_SECONDS).
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("SCHOOLSUITE_ENROLL_RETRY_SECONDS", &ok);
    m_enrollTimer.setInterval(std::chrono::seconds(ok && seconds > 0 ? seconds : 60));
    m_enrollTimer.setSingleShot(true);
    connect(&m_enrollTimer, &QTimer::timeout, this, &ShellApp::retryEnrollment);
}

ShellApp::~ShellApp()
{
    delete m_window;
    delete m_signIn;
}

int ShellApp::start()
{
    m_settings = std::make_unique<Settings>();
    installTranslations(m_options.language.isEmpty() ? m_settings->language() : m_options.language);
    installIconTheme();
    QApplication::setWindowIcon(appIcon());
    registerCoreModules();
    registerSyncModule();
    registerEquipmentModule();
    registerIndicatorsModule();
    registerLibraryModule();
    registerWhiteboardModule();
    if (!openStore())
        return 1;
    m_accounts = std::make_unique<Accounts>(m_store->db());
    enrollByPolicy();
    const bool enrolled = !m_store->meta(SyncMeta::deviceId()).isEmpty();
    // An enrolled computer needs no local account: district accounts sign in. A computer set up
    // by group policy whose district could not be reached yet does not ask for a school either:
    // it shows the sign-in and keeps trying (retryEnrollment).
    if (!enrolled && deployedByPolicy()) {
        // fall through to the sign-in
    } else if (!m_store->isInitialized() || (!m_accounts->hasUsers() && !enrolled)) {
        SetupWizard wizard(*m_store, *m_settings);
        if (m_options.exitAfterStartup)
            exitAfterFirstPaint(&wizard, "setup wizard");
        if (wizard.exec() != QDialog::Accepted)
            return 0;
    }
    if (!m_options.signInUser.isEmpty()) {
        try {
            const QString password = Accounts::readPasswordFile(m_options.passwordFile);
            openMainWindow(m_accounts->signIn(m_options.signInUser, password));
        } catch (const Error &e) {
            std::fprintf(stderr, "%s\n", e.what());
            return 1;
        }
    } else {
        showSignIn();
    }
    return -1;
}

bool ShellApp::deployedByPolicy() const
{
    return !m_settings->districtUrl().isEmpty() && !m_settings->schoolCode().isEmpty()
           && !m_settings->enrollmentKey().isEmpty();
}

void ShellApp::enrollByPolicy()
{
    // Deployed by group policy (DistrictUrl, SchoolCode, EnrollmentKey): the first start
    // enrolls without asking anything. A failure is shown in the sign-in dialog, not in a
    // message box; while the district cannot be reached it is retried (retryEnrollment), and
    // at the next start. A refusal (a used-up or wrong key) is not retried: it would only count
    // against the key.
    m_enrollError.clear();
    m_enrollRetry = false;
    if (m_enrolling || !m_store->meta(SyncMeta::deviceId()).isEmpty() || !deployedByPolicy())
        return;
    m_enrolling = true;
    // On the GUI thread (the keychain serves one thread only); the requests run in local event
    // loops, so the progress window paints meanwhile.
    QProgressDialog progress(
        tr("Connecting this computer to the district platform…"), QString(), 0, 0);
    progress.setWindowTitle(tr("SchoolSuite"));
    progress.setMinimumDuration(500);
    try {
        SyncClient::enroll(m_store->dataDir(),
                           QUrl(m_settings->districtUrl()),
                           m_settings->schoolCode(),
                           m_settings->enrollmentKey());
    } catch (const Error &e) {
        m_enrollError = e.message();
        m_enrollRetry = e.kind() == Error::Unreachable;
    }
    progress.close();
    m_enrolling = false;
    if (!m_enrollError.isEmpty())
        std::fprintf(stderr,
                     "%s\n",
                     qPrintable(tr("This computer could not be enrolled with the district "
                                   "platform: %1")
                                    .arg(m_enrollError)));
}

void ShellApp::showEnrollmentState()
{
    if (!m_signIn)
        return;
    m_signIn->setDistrict(
        m_store->dataDir(), m_store->meta(SyncMeta::server()), m_settings->allowOfflineSignIn());
    if (m_enrollError.isEmpty()) {
        m_signIn->setNotice({});
        m_signIn->setSchoolName(m_store->schoolName());
        return;
    }
    m_signIn->setNotice(
        m_enrollRetry ? tr("This computer is not connected to the district platform yet: %1\n"
                           "SchoolSuite tries again every minute. If this stays, tell your IT "
                           "staff.")
                            .arg(m_enrollError)
                      : tr("This computer could not be connected to the district platform: %1\n"
                           "Tell your IT staff.")
                            .arg(m_enrollError));
    if (m_enrollRetry && !m_enrollTimer.isActive())
        m_enrollTimer.start();
}

void ShellApp::retryEnrollment()
{
    if (!m_signIn || !m_enrollRetry)
        return;
    enrollByPolicy();
    showEnrollmentState();
}

bool ShellApp::openStore()
{
    const QString dir
        = m_options.dataDir.isEmpty() ? m_settings->dataDirectory() : m_options.dataDir;
    for (;;) {
        m_store = std::make_unique<LocalStore>();
        try {
            m_store->open(dir, true);
            return true;
        } catch (const Error &e) {
            m_store.reset();
            if (e.kind() == Error::TooNew || m_options.exitAfterStartup) {
                if (!m_options.exitAfterStartup)
                    QMessageBox::critical(nullptr, tr("SchoolSuite"), e.message());
                std::fprintf(stderr, "%s\n", e.what());
                return false;
            }
            if (!offerRestore(e.message()))
                return false;
        }
    }
}

bool ShellApp::offerRestore(const QString &problem)
{
    QMessageBox box(QMessageBox::Critical,
                    tr("SchoolSuite"),
                    tr("The school's data cannot be opened."),
                    QMessageBox::NoButton);
    box.setInformativeText(problem);
    QPushButton *restore = box.addButton(tr("Restore from a backup…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    const QString file
        = QFileDialog::getOpenFileName(nullptr,
                                       tr("Choose a backup"),
                                       QDir::homePath(),
                                       tr("SchoolSuite backups (*.db);;All files (*)"));
    if (file.isEmpty())
        return false;
    try {
        StoreMaintenance::restore(
            m_options.dataDir.isEmpty() ? m_settings->dataDirectory() : m_options.dataDir, file);
    } catch (const Error &e) {
        QMessageBox::critical(nullptr, tr("SchoolSuite"), e.message());
        return false;
    }
    return true;
}

void ShellApp::showSignIn()
{
    m_signIn = new SignInDialog(*m_accounts, m_store->schoolName());
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    showEnrollmentState();
    connect(m_signIn, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            openMainWindow(m_signIn->takeSession());
        else
            QApplication::quit();
    });
    if (m_options.screenshotPage == QLatin1String("signin")
        && !m_options.screenshotFile.isEmpty()) {
        m_signIn->setUserName(QStringLiteral("admin"));
        onFirstPaint(m_signIn, [this] {
            m_signIn->grab().save(m_options.screenshotFile);
            QApplication::exit(0);
        });
    } else if (m_options.exitAfterStartup) {
        exitAfterFirstPaint(m_signIn, "sign-in");
    }
    m_signIn->open();
}

void ShellApp::openMainWindow(std::unique_ptr<Session> session)
{
    m_session = std::move(session);
    m_window = new MainWindow(*m_store, *m_session, *m_settings);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        m_window, &MainWindow::signOutRequested, this, &ShellApp::signOut, Qt::QueuedConnection);
    connect(m_window, &MainWindow::lockRequested, this, &ShellApp::lock, Qt::QueuedConnection);
    if (!m_options.screenshotFile.isEmpty() && m_options.screenshotPage != QLatin1String("signin"))
        onFirstPaint(m_window, [this] { takeScreenshot(); });
    else if (m_options.exitAfterStartup)
        exitAfterFirstPaint(m_window, "main window");
    m_window->show();
    // Work a crash interrupted is offered back at once (not in unattended runs).
    if (m_options.screenshotFile.isEmpty() && !m_options.exitAfterStartup) {
        // The documents the program was started with open once, at the first sign-in.
        QTimer::singleShot(0, m_window, [window = m_window, documents = m_options.documents] {
            window->offerUnfinishedWork();
            for (const QString &path : documents)
                window->openDocument(path);
        });
        m_options.documents.clear();
    }
}

void ShellApp::signOut()
{
    if (m_session)
        m_accounts->signOut(*m_session);
    if (m_window) {
        m_window->close();
        m_window = nullptr;
    }
    m_session.reset();
    showSignIn();
}

void ShellApp::lock()
{
    if (!m_window || !m_session)
        return;
    m_window->hide();
    SignInDialog dialog(*m_accounts, m_store->schoolName());
    dialog.setDistrict(
        m_store->dataDir(), m_store->meta(SyncMeta::server()), m_settings->allowOfflineSignIn());
    dialog.setUserName(m_session->username());
    dialog.setLockMode(true);
    if (dialog.exec() == QDialog::Accepted) {
        m_window->show();
        return;
    }
    if (dialog.signOutChosen())
        signOut();
    else
        QApplication::quit();
}

void ShellApp::exitAfterFirstPaint(QWidget *window, const char *what)
{
    // What a user would have seen, for IT staff checking a deployment (admin guide).
    onFirstPaint(window, [what] {
        std::printf("SchoolSuite started: %s\n", what);
        std::fflush(stdout);
        QApplication::exit(0);
    });
}

void ShellApp::takeScreenshot()
{
    const bool ok = Screenshots::take(m_window, m_options.screenshotPage, m_options.screenshotFile);
    QApplication::exit(ok ? 0 : 1);
}

} // namespace SchoolSuite
