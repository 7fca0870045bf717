#include "adminpages.h"

#include "adminmodels.h"
#include "core/app/localstore.h"
#include "core/auth/accounts.h"
#include "core/error.h"
#include "core/people/peopleservice.h"
#include "core/ui/listpage.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace SchoolSuite {

UsersPage::UsersPage(LocalStore &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_accounts(std::make_unique<Accounts>(store.db()))
{
    m_model = new UsersModel(*m_accounts, session, this);
    m_list = new ListPage(QStringLiteral("shell/users"), m_model, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    QAction *add = m_list->toolBar()->addAction(QIcon::fromTheme(QStringLiteral("list-add")),
                                                tr("Add account…"));
    add->setObjectName(QStringLiteral("addUser"));
    connect(add, &QAction::triggered, this, &UsersPage::addUser);
    QAction *reset = m_list->toolBar()->addAction(
        QIcon::fromTheme(QStringLiteral("dialog-password")), tr("Set password…"));
    connect(reset, &QAction::triggered, this, &UsersPage::resetPassword);
    QAction *unlockAction = m_list->toolBar()->addAction(
        QIcon::fromTheme(QStringLiteral("object-unlocked")), tr("Unlock"));
    connect(unlockAction, &QAction::triggered, this, &UsersPage::unlock);
}

UsersPage::~UsersPage() = default;

QString UsersPage::selectedUser() const
{
    const QModelIndex index = m_list->currentSourceIndex();
    return index.isValid() ? m_model->user(index.row()).username : QString();
}

void UsersPage::addUser()
{
    NewUserDialog dialog(*m_accounts, m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->reload();
}

void UsersPage::resetPassword()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    bool ok = false;
    const QString password
        = QInputDialog::getText(this,
                                tr("Set password"),
                                tr("New password for %1 (at least %2 characters):")
                                    .arg(user)
                                    .arg(Accounts::MinPasswordLength),
                                QLineEdit::Password,
                                {},
                                &ok);
    if (!ok)
        return;
    try {
        m_accounts->resetPassword(m_session, user, password);
        QMessageBox::information(
            this, tr("Set password"), tr("The password of %1 was changed.").arg(user));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Set password"), e.message());
    }
    m_model->reload();
}

void UsersPage::unlock()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    try {
        m_accounts->unlock(m_session, user);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Unlock"), e.message());
    }
    m_model->reload();
}

NewUserDialog::NewUserDialog(Accounts &accounts, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_session(session)
{
    setWindowTitle(tr("New account"));
    auto *form = new QFormLayout(this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (Role r : Roles::all())
        m_role->addItem(Roles::title(r), Roles::key(r));
    m_role->setCurrentIndex(m_role->findData(Roles::key(Role::Teacher)));
    m_staff = new QComboBox(this);
    m_staff->addItem(tr("(none)"), QString());
    try {
        for (const StaffMember &m : PeopleService(session).staff())
            m_staff->addItem(QStringLiteral("%1  %2").arg(m.staffNo, m.name), m.id);
    } catch (const Error &) {
        // Without the people permission the account is simply not linked to a staff member.
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Staff member:"), m_staff);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("R&epeat password:"), m_confirm);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewUserDialog::reject);
    form->addRow(buttons);
}

void NewUserDialog::accept()
{
    if (m_password->text() != m_confirm->text()) {
        m_error->setText(tr("The two passwords differ."));
        return;
    }
    try {
        bool ok = false;
        const Role role = Roles::fromKey(m_role->currentData().toString(), &ok);
        m_accounts.createUser(&m_session,
                              m_user->text().trimmed(),
                              m_name->text().trimmed().isEmpty() ? m_user->text().trimmed()
                                                                 : m_name->text().trimmed(),
                              role,
                              m_password->text(),
                              m_staff->currentData().toString());
    } catch (const Error &e) {
        m_error->setText(e.message());
        return;
    }
    QDialog::accept();
}

AuditPage::AuditPage(LocalStore &store, const Session &session, QWidget *parent)
    : QWidget(parent)
{
    session.require(Permission::AuditView, tr("read the audit log"));
    m_model = new AuditModel(store.db(), this);
    m_list = new ListPage(QStringLiteral("shell/audit"), m_model, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    QAction *refresh = m_list->toolBar()->addAction(
        QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"));
    connect(refresh, &QAction::triggered, this, &AuditPage::reload);
}

void AuditPage::reload()
{
    m_model->reload();
}

} // namespace SchoolSuite
