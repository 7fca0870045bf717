#pragma once

#include "permissions.h"
#include "session.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace SchoolSuite {

class Database;

// Local accounts with PBKDF2-SHA256 password verifiers, so a user signs in without the district.
class Accounts
{
public:
    static constexpr int Iterations = 120000;
    static constexpr int MaxFailedAttempts = 5;
    static constexpr int LockMinutes = 15;
    static constexpr int MinPasswordLength = 8;

    struct User
    {
        QString id;
        QString username;
        QString displayName;
        Role role = Role::Teacher;
        QString staffId;
        bool disabled = false;
        QDateTime lockedUntil;
        QString lastSignIn;
    };

    explicit Accounts(Database &db);

    bool hasUsers() const;
    // actor may be null only while the store has no account yet (the setup wizard, init).
    QString createUser(const Session *actor,
                       const QString &username,
                       const QString &displayName,
                       Role role,
                       const QString &password,
                       const QString &staffId = {});
    // Throws Error with a message fit to show (wrong name or password, locked, disabled).
    std::unique_ptr<Session> signIn(const QString &username, const QString &password);
    void signOut(const Session &session);
    void changePassword(const Session &session,
                        const QString &oldPassword,
                        const QString &newPassword);
    void resetPassword(const Session &actor, const QString &username, const QString &newPassword);
    void unlock(const Session &actor, const QString &username);
    QList<User> users(const Session &actor) const;

    // A district account the district platform has just accepted with this password: creates or
    // updates its local row (name, role, staff link, verifier) so the user signs in offline the
    // next time, and clears a local lockout. A local account of the same name that belongs to no
    // district user is taken over only when the password matches it too.
    void adoptDistrictAccount(const QString &districtId,
                              const QString &username,
                              const QString &displayName,
                              Role role,
                              const QString &staffId,
                              const QString &password);
    // Whether the local account of that name came from the district.
    bool isDistrictAccount(const QString &username) const;

    // PBKDF2-HMAC-SHA256, 32 bytes: through OpenSSL where the build has it, else Qt's
    // QPasswordDigestor (derivePortable), which gives the same bytes.
    static QByteArray derive(const QString &password, const QByteArray &salt, int iterations);
    static QByteArray derivePortable(const QString &password,
                                     const QByteArray &salt,
                                     int iterations);
    static void checkPasswordStrength(const QString &password);
    // The first line of a file that holds a password (scripts never put one on a command line).
    // Throws Error when the file cannot be read.
    static QString readPasswordFile(const QString &path);

private:
    void setPassword(const Session &actor, const QString &username, const QString &newPassword);
    Database &m_db;
};

} // namespace SchoolSuite
