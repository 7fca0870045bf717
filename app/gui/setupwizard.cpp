#include "setupwizard.h"

#include "core/app/localstore.h"
#include "core/auth/accounts.h"
#include "core/error.h"
#include "core/settings/settings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizardPage>

namespace SchoolSuite {

SetupWizard::SetupWizard(LocalStore &store, Settings &settings, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
{
    setWindowTitle(tr("Set up SchoolSuite"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);

    auto *intro = new QWizardPage(this);
    intro->setTitle(tr("Welcome"));
    intro->setSubTitle(tr("This computer has no school yet. Enter your school and create the "
                          "first administrator; more accounts can be added later."));
    auto *introLayout = new QVBoxLayout(intro);
    auto *text = new QLabel(tr("SchoolSuite keeps the school's records on this computer and works "
                               "without a network. When your district platform is set up, it "
                               "syncs with it in the background."),
                            intro);
    text->setWordWrap(true);
    introLayout->addWidget(text);
    addPage(intro);

    auto *school = new QWizardPage(this);
    school->setTitle(tr("School"));
    school->setSubTitle(tr("The school code is the one the education bureau gave your school."));
    auto *schoolForm = new QFormLayout(school);
    m_code = new QLineEdit(school);
    m_code->setObjectName(QStringLiteral("schoolCode"));
    m_code->setText(settings.schoolCode());
    if (settings.isLocked(QStringLiteral("SchoolCode"))) {
        m_code->setReadOnly(true);
        m_code->setToolTip(tr("Set by your administrator (machine policy)"));
    }
    m_name = new QLineEdit(school);
    m_name->setObjectName(QStringLiteral("schoolName"));
    m_name->setPlaceholderText(tr("e.g. 通化市东昌区实验学校"));
    schoolForm->addRow(tr("School &code:"), m_code);
    schoolForm->addRow(tr("School &name:"), m_name);
    addPage(school);

    auto *account = new QWizardPage(this);
    account->setTitle(tr("First administrator"));
    account->setSubTitle(tr("This account manages users, settings and backups."));
    auto *accountForm = new QFormLayout(account);
    m_admin = new QLineEdit(QStringLiteral("admin"), account);
    m_admin->setObjectName(QStringLiteral("adminUser"));
    m_displayName = new QLineEdit(account);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_password = new QLineEdit(account);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(account);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    accountForm->addRow(tr("&User name:"), m_admin);
    accountForm->addRow(tr("&Display name:"), m_displayName);
    accountForm->addRow(tr("&Password:"), m_password);
    accountForm->addRow(tr("&Repeat password:"), m_confirm);
    m_error = new QLabel(account);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    accountForm->addRow(m_error);
    m_accountPage = addPage(account);
}

QString SetupWizard::adminUser() const
{
    return m_admin->text().trimmed();
}

bool SetupWizard::validateCurrentPage()
{
    m_error->clear();
    if (currentId() != m_accountPage)
        return QWizard::validateCurrentPage();
    if (m_password->text() != m_confirm->text()) {
        m_error->setText(tr("The two passwords differ."));
        return false;
    }
    const QString display
        = m_displayName->text().trimmed().isEmpty() ? adminUser() : m_displayName->text().trimmed();
    try {
        m_store.db().transaction([&] {
            m_store.initializeSchool(m_code->text().trimmed(), m_name->text().trimmed());
            Accounts(m_store.db())
                .createUser(nullptr, adminUser(), display, Role::Administrator, m_password->text());
        });
    } catch (const Error &e) {
        m_error->setText(e.message());
        return false;
    }
    return true;
}

} // namespace SchoolSuite
