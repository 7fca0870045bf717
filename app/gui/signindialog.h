#pragma once

#include "core/auth/session.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace SchoolSuite {

class Accounts;

// Asks for user name and password and signs in through Accounts; wrong passwords, lockouts and
// disabled accounts are shown in the dialog. In lock mode the user name is fixed (the screen
// was locked after idle time) and "Sign out" ends the session instead.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Accounts &accounts, const QString &schoolName, QWidget *parent = nullptr);

    void setUserName(const QString &name);
    // With a district: the password is checked there first (a district account is then kept
    // locally for offline sign-in); when the district cannot be reached the local verifier
    // decides, unless allowOffline is false.
    void setDistrict(const QString &dataDir, const QString &serverUrl, bool allowOffline);
    void setLockMode(bool locked);
    // A standing message above the fields (the computer is not connected to its district yet);
    // empty hides it.
    void setNotice(const QString &text);
    void setSchoolName(const QString &name);
    QLabel *noticeLabel() const { return m_notice; }
    // The session after accept().
    std::unique_ptr<Session> takeSession() { return std::move(m_session); }
    bool signOutChosen() const { return m_signOut; }

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }

protected:
    void accept() override;

private:
    // Asks the district first; throws Error when it refuses (or is unreachable and offline
    // sign-in is not allowed), else leaves the decision to the local accounts.
    void districtSignIn(const QString &user);

private:
    Accounts &m_accounts;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QLabel *m_notice;
    QLabel *m_title;
    QPushButton *m_signOutButton;
    std::unique_ptr<Session> m_session;
    QString m_dataDir;
    QString m_serverUrl;
    bool m_allowOffline = true;
    bool m_signOut = false;
};

} // namespace SchoolSuite
