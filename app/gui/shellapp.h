#pragma once

#include "mainwindow.h"
#include "signindialog.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

namespace SchoolSuite {

class Accounts;
class LocalStore;
class Session;
class Settings;

// Start-up and the sign-in cycle of the desktop app: language and icons, the store (with the
// setup wizard on first run and a restore offer when the file is damaged), sign-in, the main
// window, sign-out and the idle lock.
class ShellApp : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;
        QString language;
        QString signInUser;
        QString passwordFile;
        bool exitAfterStartup = false;
        QString screenshotFile;
        QString screenshotPage;
        QStringList documents; // files to open (the file manager, the .ssboard association)
    };

    // Parses the command line; on a usage error prints it and returns false (exit code 2).
    static bool parseArguments(const QStringList &arguments, Options *options);

    explicit ShellApp(const Options &options, QObject *parent = nullptr);
    ~ShellApp() override;

    // Returns -1 to go on into the event loop, or an exit code.
    int start();

    MainWindow *mainWindow() const { return m_window; }
    SignInDialog *signInDialog() const { return m_signIn; }
    LocalStore &store() { return *m_store; }
    Settings &settings() { return *m_settings; }

private:
    bool openStore();
    // Whether policy gives district, school and enrollment key (a group-policy deployment).
    bool deployedByPolicy() const;
    // Enrolls a computer deployed by policy that is not enrolled yet; sets m_enrollError.
    void enrollByPolicy();
    // The enrollment's state in the sign-in dialog; retried every minute while the district
    // could not be reached.
    void showEnrollmentState();
    void retryEnrollment();
    bool offerRestore(const QString &problem);
    void showSignIn();
    void openMainWindow(std::unique_ptr<Session> session);
    void signOut();
    void lock();
    // --exit-after-startup: says on stdout which window (what) the user would see, exits 0.
    void exitAfterFirstPaint(QWidget *window, const char *what);
    void takeScreenshot();

    Options m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<Session> m_session;
    QPointer<MainWindow> m_window;
    QPointer<SignInDialog> m_signIn;
    QString m_enrollError;      // why the policy's enrollment failed; empty when it did not
    bool m_enrollRetry = false; // the district could not be reached: trying again may work
    bool m_enrolling = false;
    QTimer m_enrollTimer;
};

} // namespace SchoolSuite
