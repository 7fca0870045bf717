#pragma once

#include <QWizard>

class QLabel;
class QLineEdit;

namespace SchoolSuite {

class LocalStore;
class Settings;

// First run without a district: the school (code and name) and its first administrator. The
// school code comes locked from policy when IT set it centrally.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    SetupWizard(LocalStore &store, Settings &settings, QWidget *parent = nullptr);

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *adminEdit() const { return m_admin; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLabel *errorLabel() const { return m_error; }
    QString adminUser() const;

protected:
    bool validateCurrentPage() override;

private:
    LocalStore &m_store;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_admin;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
    int m_accountPage = -1;
};

} // namespace SchoolSuite
