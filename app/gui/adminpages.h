#pragma once

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace SchoolSuite {

class Accounts;
class AuditModel;
class ListPage;
class LocalStore;
class Session;
class UsersModel;

// Accounts of this school: add, reset a password, unlock (administrators).
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(LocalStore &store, const Session &session, QWidget *parent = nullptr);
    ~UsersPage() override;
    ListPage *list() const { return m_list; }
    UsersModel *model() const { return m_model; }

private:
    void addUser();
    void resetPassword();
    void unlock();
    QString selectedUser() const;

    LocalStore &m_store;
    const Session &m_session;
    std::unique_ptr<Accounts> m_accounts;
    UsersModel *m_model;
    ListPage *m_list;
};

// The form of a new account.
class NewUserDialog : public QDialog
{
    Q_OBJECT

public:
    NewUserDialog(Accounts &accounts, const Session &session, QWidget *parent = nullptr);
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleCombo() const { return m_role; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }

protected:
    void accept() override;

private:
    Accounts &m_accounts;
    const Session &m_session;
    QLineEdit *m_user;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_staff;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
};

// The audit log: sign-ins, denials, reveals and exports of personal data.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(LocalStore &store, const Session &session, QWidget *parent = nullptr);
    ListPage *list() const { return m_list; }
    void reload();

private:
    AuditModel *m_model;
    ListPage *m_list;
};

} // namespace SchoolSuite
