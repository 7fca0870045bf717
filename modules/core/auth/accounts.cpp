#include "accounts.h"

#include "auditlog.h"
#include "core/error.h"
#include "core/store/database.h"
#include "core/store/syncschema.h"
#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#ifdef SCHOOLSUITE_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

#include <QFile>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Accounts", text);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QDateTime parseUtc(const QString &text)
{
    // Stored with a trailing Z, so the parsed time is UTC.
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

Accounts::Accounts(Database &db)
    : m_db(db)
{}

bool Accounts::hasUsers() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt() > 0;
}

QByteArray Accounts::derive(const QString &password, const QByteArray &salt, int iterations)
{
#ifdef SCHOOLSUITE_HAVE_OPENSSL
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(),
                          int(utf8.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()),
                          iterations,
                          EVP_sha256(),
                          int(key.size()),
                          reinterpret_cast<unsigned char *>(key.data()))
        == 1)
        return key;
#endif
    return derivePortable(password, salt, iterations);
}

QByteArray Accounts::derivePortable(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
}

void Accounts::checkPasswordStrength(const QString &password)
{
    if (password.size() < MinPasswordLength)
        throw Error(tr("The password must have at least %1 characters.").arg(MinPasswordLength),
                    Error::Invalid);
}

QString Accounts::readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read the password file %1.").arg(path));
    QString line = QString::fromUtf8(file.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

QString Accounts::createUser(const Session *actor,
                             const QString &username,
                             const QString &displayName,
                             Role role,
                             const QString &password,
                             const QString &staffId)
{
    if (actor)
        actor->require(Permission::UsersManage, tr("create accounts"));
    else if (hasUsers())
        throw Error(tr("Only an administrator can create accounts."), Error::PermissionDenied);
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_.@-]{2,64}$"));
    if (!validName.match(username).hasMatch())
        throw Error(tr("User name \"%1\": use 2 to 64 letters, digits or . _ @ -.").arg(username),
                    Error::Invalid);
    if (displayName.trimmed().isEmpty())
        throw Error(tr("The display name is empty."), Error::Invalid);
    checkPasswordStrength(password);
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE username = ?"), {username})
            .toInt())
        throw Error(tr("The user name \"%1\" is taken.").arg(username), Error::Invalid);

    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QString id = Uuid::v7();
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, salt, "
                                 "verifier, iterations, staff_id, created_at) VALUES (?, ?, ?, ?, "
                                 "?, ?, ?, ?, %1)")
                      .arg(SyncSchema::nowSql()),
                  {id,
                   username,
                   displayName.trimmed(),
                   Roles::key(role),
                   salt,
                   derive(password, salt, Iterations),
                   Iterations,
                   staffId.isEmpty() ? QVariant() : staffId});
        AuditLog::record(m_db,
                         actor ? actor->username() : username,
                         QStringLiteral("user_created"),
                         QStringLiteral("users"),
                         id,
                         username + QLatin1Char(' ') + Roles::key(role));
    });
    return id;
}

std::unique_ptr<Session> Accounts::signIn(const QString &username, const QString &password)
{
    const QString wrong = tr("Wrong user name or password.");
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, username, display_name, role, salt, "
                                           "verifier, iterations, staff_id, failed_attempts, "
                                           "locked_until, disabled FROM users WHERE username = ?"),
                            {username});
    if (!q.next()) {
        // Spend the same time as for a real account, so names cannot be probed by timing.
        derive(password, QByteArrayLiteral("0123456789abcdef"), Iterations);
        AuditLog::record(m_db,
                         username,
                         QStringLiteral("sign_in_failed"),
                         {},
                         {},
                         QStringLiteral("unknown user"));
        throw Error(wrong, Error::PermissionDenied);
    }
    const QString id = q.value(0).toString();
    const QString name = q.value(1).toString();
    const QDateTime lockedUntil = parseUtc(q.value(9).toString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Every answer costs one key derivation, so the time taken tells nothing about the account.
    const QByteArray verifier = derive(password, q.value(4).toByteArray(), q.value(6).toInt());
    if (q.value(10).toInt()) {
        AuditLog::record(m_db,
                         name,
                         QStringLiteral("sign_in_failed"),
                         QStringLiteral("users"),
                         id,
                         QStringLiteral("disabled"));
        throw Error(tr("This account is disabled. Ask an administrator."), Error::PermissionDenied);
    }
    if (lockedUntil.isValid() && lockedUntil > now) {
        AuditLog::record(m_db,
                         name,
                         QStringLiteral("sign_in_failed"),
                         QStringLiteral("users"),
                         id,
                         QStringLiteral("locked"));
        throw Error(tr("This account is locked after too many failed sign-ins. Try again after "
                       "%1 or ask an administrator to unlock it.")
                        .arg(lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))),
                    Error::PermissionDenied);
    }
    if (!constantTimeEquals(verifier, q.value(5).toByteArray())) {
        int failed = 0;
        m_db.transaction([&] {
            // Counted in the database, so attempts made at once from several programs all count.
            QSqlQuery count = m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = "
                                                       "failed_attempts + 1 WHERE id = ? "
                                                       "RETURNING failed_attempts"),
                                        {id});
            failed = count.next() ? count.value(0).toInt() : MaxFailedAttempts;
            count.finish();
            if (failed >= MaxFailedAttempts) {
                m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = ? "
                                         "WHERE id = ?"),
                          {now.addSecs(LockMinutes * 60).toString(Qt::ISODateWithMs), id});
                AuditLog::record(
                    m_db, name, QStringLiteral("account_locked"), QStringLiteral("users"), id);
            }
            AuditLog::record(m_db,
                             name,
                             QStringLiteral("sign_in_failed"),
                             QStringLiteral("users"),
                             id,
                             QStringLiteral("attempt %1").arg(failed));
        });
        if (failed >= MaxFailedAttempts)
            throw Error(
                tr("Wrong password. The account is now locked for %1 minutes.").arg(LockMinutes),
                Error::PermissionDenied);
        throw Error(wrong, Error::PermissionDenied);
    }
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, "
                                 "last_sign_in = %1 WHERE id = ?")
                      .arg(SyncSchema::nowSql()),
                  {id});
        AuditLog::record(m_db, name, QStringLiteral("sign_in"), QStringLiteral("users"), id);
    });
    bool ok = false;
    const Role role = Roles::fromKey(q.value(3).toString(), &ok);
    return std::make_unique<Session>(
        m_db, id, name, q.value(2).toString(), role, q.value(7).toString());
}

void Accounts::adoptDistrictAccount(const QString &districtId,
                                    const QString &username,
                                    const QString &displayName,
                                    Role role,
                                    const QString &staffId,
                                    const QString &password)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, district_id, salt, verifier, iterations "
                                           "FROM users WHERE username = ? OR district_id = ? "
                                           "ORDER BY district_id IS NOT ? LIMIT 1"),
                            {username, districtId, districtId});
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray verifier = derive(password, salt, Iterations);
    const QString name = displayName.trimmed().isEmpty() ? username : displayName.trimmed();
    const QVariant staff = staffId.isEmpty() ? QVariant() : QVariant(staffId);
    if (q.next()) {
        const QString id = q.value(0).toString();
        const QString linked = q.value(1).toString();
        if (linked.isEmpty()
            && !constantTimeEquals(derive(password, q.value(2).toByteArray(), q.value(4).toInt()),
                                   q.value(3).toByteArray()))
            throw Error(tr("A local account named \"%1\" already exists on this computer. Sign "
                           "in with its password once, or ask an administrator to rename it.")
                            .arg(username),
                        Error::PermissionDenied);
        q.finish();
        m_db.transaction([&] {
            m_db.exec(QStringLiteral("UPDATE users SET district_id = ?, username = ?, "
                                     "display_name = ?, role = ?, staff_id = ?, salt = ?, "
                                     "verifier = ?, iterations = ?, failed_attempts = 0, "
                                     "locked_until = NULL, disabled = 0 WHERE id = ?"),
                      {districtId,
                       username,
                       name,
                       Roles::key(role),
                       staff,
                       salt,
                       verifier,
                       Iterations,
                       id});
        });
        return;
    }
    q.finish();
    m_db.transaction([&] {
        const QString id = Uuid::v7();
        m_db.exec(
            QStringLiteral("INSERT INTO users (id, username, display_name, role, salt, "
                           "verifier, iterations, staff_id, created_at, district_id) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, %1, ?)")
                .arg(SyncSchema::nowSql()),
            {id, username, name, Roles::key(role), salt, verifier, Iterations, staff, districtId});
        AuditLog::record(m_db,
                         username,
                         QStringLiteral("user_created"),
                         QStringLiteral("users"),
                         id,
                         username + QLatin1Char(' ') + Roles::key(role)
                             + QStringLiteral(" (district)"));
    });
}

bool Accounts::isDistrictAccount(const QString &username) const
{
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM users WHERE username = ? AND district_id IS "
                               "NOT NULL"),
                {username})
        .toInt();
}

void Accounts::signOut(const Session &session)
{
    session.audit(QStringLiteral("sign_out"), QStringLiteral("users"), session.userId());
}

void Accounts::changePassword(const Session &session,
                              const QString &oldPassword,
                              const QString &newPassword)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT salt, verifier, iterations FROM users WHERE "
                                           "id = ?"),
                            {session.userId()});
    if (!q.next()
        || !constantTimeEquals(derive(oldPassword, q.value(0).toByteArray(), q.value(2).toInt()),
                               q.value(1).toByteArray()))
        throw Error(tr("The current password is wrong."), Error::PermissionDenied);
    setPassword(session, session.username(), newPassword);
}

void Accounts::resetPassword(const Session &actor,
                             const QString &username,
                             const QString &newPassword)
{
    // Even for one's own account: without the old password, only an administrator may.
    actor.require(Permission::UsersManage, tr("set passwords"));
    setPassword(actor, username, newPassword);
}

void Accounts::setPassword(const Session &actor,
                           const QString &username,
                           const QString &newPassword)
{
    checkPasswordStrength(newPassword);
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    m_db.transaction([&] {
        QSqlQuery q
            = m_db.exec(QStringLiteral("UPDATE users SET salt = ?, verifier = ?, "
                                       "iterations = ?, failed_attempts = 0, "
                                       "locked_until = NULL WHERE username = ?"),
                        {salt, derive(newPassword, salt, Iterations), Iterations, username});
        if (q.numRowsAffected() != 1)
            throw Error(tr("There is no account \"%1\".").arg(username), Error::NotFound);
        actor.audit(QStringLiteral("password_changed"), QStringLiteral("users"), {}, username);
    });
}

void Accounts::unlock(const Session &actor, const QString &username)
{
    actor.require(Permission::UsersManage, tr("unlock accounts"));
    m_db.transaction([&] {
        QSqlQuery q = m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until "
                                               "= NULL WHERE username = ?"),
                                {username});
        if (q.numRowsAffected() != 1)
            throw Error(tr("There is no account \"%1\".").arg(username), Error::NotFound);
        actor.audit(QStringLiteral("account_unlocked"), QStringLiteral("users"), {}, username);
    });
}

QList<Accounts::User> Accounts::users(const Session &actor) const
{
    actor.require(Permission::UsersManage, tr("list accounts"));
    QList<User> list;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, username, display_name, role, staff_id, "
                                           "disabled, locked_until, last_sign_in FROM users ORDER "
                                           "BY username"));
    while (q.next()) {
        list << User{q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     Roles::fromKey(q.value(3).toString()),
                     q.value(4).toString(),
                     q.value(5).toBool(),
                     parseUtc(q.value(6).toString()),
                     q.value(7).toString()};
    }
    return list;
}

} // namespace SchoolSuite
