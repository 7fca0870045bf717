#include "signindialog.h"

#include "core/auth/accounts.h"
#include "sync/districtauth.h"

#include "core/error.h"
#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace SchoolSuite {

SignInDialog::SignInDialog(Accounts &accounts, const QString &schoolName, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
{
    setWindowTitle(tr("Sign in to SchoolSuite"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("dialog-password")));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);

    // A computer not enrolled yet has no school: the program's name stands there then.
    m_title = new QLabel(schoolName.isEmpty() ? tr("SchoolSuite") : schoolName, this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_title);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fdf3e1; border: 1px solid "
                                           "#f67400; border-radius: 4px; padding: 6px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    auto *signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_signOutButton = buttons->addButton(tr("Sign out"), QDialogButtonBox::DestructiveRole);
    m_signOutButton->hide();
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_signOutButton, &QPushButton::clicked, this, [this] {
        m_signOut = true;
        reject();
    });
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void SignInDialog::setUserName(const QString &name)
{
    m_user->setText(name);
    m_password->setFocus();
}

void SignInDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SignInDialog::setSchoolName(const QString &name)
{
    m_title->setText(name.isEmpty() ? tr("SchoolSuite") : name);
}

void SignInDialog::setLockMode(bool locked)
{
    m_user->setReadOnly(locked);
    m_signOutButton->setVisible(locked);
    if (locked) {
        setWindowTitle(tr("SchoolSuite is locked"));
        m_error->setText(tr("The screen was locked after a while without use. Enter your "
                            "password to go on."));
        m_error->setStyleSheet(QString());
        m_error->show();
        m_password->setFocus();
    }
}

void SignInDialog::accept()
{
    const QString user = m_user->text().trimmed();
    if (user.isEmpty() || m_password->text().isEmpty()) {
        m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_error->setText(tr("Enter your user name and password."));
        m_error->show();
        return;
    }
    auto fail = [this](const QString &message) {
        QGuiApplication::restoreOverrideCursor();
        m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_error->setText(message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
    };
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        if (!m_serverUrl.isEmpty())
            districtSignIn(user);
        m_session = m_accounts.signIn(user, m_password->text());
    } catch (const Error &e) {
        fail(e.message());
        return;
    }
    QGuiApplication::restoreOverrideCursor();
    QDialog::accept();
}

void SignInDialog::setDistrict(const QString &dataDir, const QString &serverUrl, bool allowOffline)
{
    m_dataDir = dataDir;
    m_serverUrl = serverUrl;
    m_allowOffline = allowOffline;
}

void SignInDialog::districtSignIn(const QString &user)
{
    m_error->setStyleSheet(QString());
    m_error->setText(tr("Checking with the district platform…"));
    m_error->show();
    setEnabled(false);
    const QString password = m_password->text();
    SyncOptions quick;
    quick.connectTimeoutMs = 5000;
    quick.requestTimeoutMs = 15000;
    // The keychain on this thread, the network on another.
    const QByteArray credential = DistrictAuth::deviceCredential(m_dataDir);
    QFutureWatcher<DistrictAuth::Answer> watcher;
    watcher.setFuture(QtConcurrent::run([server = m_serverUrl, credential, user, password, quick] {
        return DistrictAuth::signIn(server, credential, user, password, quick);
    }));
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<DistrictAuth::Answer>::finished, &loop, &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec();
    setEnabled(true);
    m_error->hide();
    const DistrictAuth::Answer answer = watcher.result();
    switch (answer.outcome) {
    case DistrictAuth::Answer::Outcome::SignedIn:
        DistrictAuth::adopt(m_accounts, m_dataDir, answer, password);
        return;
    case DistrictAuth::Answer::Outcome::Refused:
        // A local account the district does not know (the one made at setup) signs in locally.
        if (answer.errorCode == QLatin1String("bad_credentials")
            && !m_accounts.isDistrictAccount(user))
            return;
        throw Error(answer.message, Error::PermissionDenied);
    case DistrictAuth::Answer::Outcome::Unreachable:
        if (!m_allowOffline)
            throw Error(tr("The district platform cannot be reached, and this computer allows "
                           "signing in only with a connection to it."),
                        Error::PermissionDenied);
        return;
    case DistrictAuth::Answer::Outcome::NotEnrolled:
        return;
    }
    return;
}

} // namespace SchoolSuite
