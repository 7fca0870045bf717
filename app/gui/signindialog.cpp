#include "signindialog.h"

#include "core/auth/accounts.h"
#include "core/error.h"

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

    m_title = new QLabel(schoolName, this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_title);

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
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_session = m_accounts.signIn(user, m_password->text());
    } catch (const Error &e) {
        QGuiApplication::restoreOverrideCursor();
        m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_error->setText(e.message());
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QGuiApplication::restoreOverrideCursor();
    QDialog::accept();
}

} // namespace SchoolSuite
