#include "auth.h"

#include "apierror.h"
#include "router.h"
#include "secrets.h"
#include "serverdb.h"

#include "core/auth/accounts.h"
#include "core/store/uuid.h"

#include <QSqlQuery>

namespace SchoolSuite::Server {

namespace {

const QString kAccess = QStringLiteral("access");
const QString kRefresh = QStringLiteral("refresh");

ApiError badCredentials()
{
    return ApiError::unauthorized(QStringLiteral("wrong user name or password"),
                                  QStringLiteral("bad_credentials"));
}

} // namespace

Auth::Auth(ServerDb &db, Options options)
    : m_db(db)
    , m_options(options)
{}

QCborMap Auth::enroll(const QCborMap &body)
{
    const QString schoolCode = Api::text(body, QStringLiteral("school_code"));
    const QString key = Api::text(body, QStringLiteral("key"));
    const QString deviceName
        = body.value(QStringLiteral("device_name")).toString(QStringLiteral(""));
    const QString platform = body.value(QStringLiteral("platform")).toString(QStringLiteral(""));
    const QString secret = Secrets::randomToken();
    const QString deviceId = Uuid::v7();

    return m_db.transaction([&] {
        QSqlQuery q = m_db.exec(
            QStringLiteral("SELECT s.id, s.code, s.name, k.expires_at"
                           " FROM enrollment_keys k JOIN schools s ON s.id = k.school_id"
                           " WHERE k.hash = ?"),
            {Secrets::hash(key)});
        // One answer for every refusal, so a caller learns nothing about which keys exist.
        const ApiError refused = ApiError::forbidden(
            QStringLiteral("the enrollment key is unknown, used, expired or not for this school"));
        if (!q.next())
            throw refused;
        const QString schoolId = q.value(0).toString();
        const QString code = q.value(1).toString();
        const QString name = q.value(2).toString();
        const QString now = nowUtc();
        if (code != schoolCode || q.value(3).toString() <= now)
            throw refused;
        // Counted in one statement: computers of a deployment enrolling at the same moment with
        // the same key (PostgreSQL, several server processes) can never exceed its devices.
        QSqlQuery use = m_db.exec(QStringLiteral("UPDATE enrollment_keys SET uses = uses + 1,"
                                                 " used_at = ?, device_id = ?"
                                                 " WHERE hash = ? AND uses < max_uses"),
                                  {now, deviceId, Secrets::hash(key)});
        if (use.numRowsAffected() != 1)
            throw refused;
        m_db.exec(QStringLiteral("INSERT INTO devices (id, school_id, name, platform, secret_hash,"
                                 " enrolled_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {deviceId, schoolId, deviceName, platform, Secrets::hash(secret), now});
        QCborMap school;
        school.insert(QStringLiteral("id"), schoolId);
        school.insert(QStringLiteral("code"), code);
        school.insert(QStringLiteral("name"), name);
        QCborMap answer;
        answer.insert(QStringLiteral("device_id"), deviceId);
        answer.insert(QStringLiteral("credential"), deviceId + QLatin1Char('.') + secret);
        answer.insert(QStringLiteral("school"), school);
        answer.insert(QStringLiteral("epoch"), m_db.epoch());
        return answer;
    });
}

Principal Auth::authenticateDevice(const QByteArray &authorization)
{
    const QByteArray prefix("Device ");
    if (!authorization.startsWith(prefix))
        throw ApiError::unauthorized(QStringLiteral("a device credential is required"));
    const QString credential = QString::fromLatin1(authorization.mid(prefix.size()).trimmed());
    const qsizetype dot = credential.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        throw ApiError::unauthorized(QStringLiteral("malformed device credential"));
    const QString deviceId = credential.left(dot);
    const QString secret = credential.mid(dot + 1);

    QSqlQuery q = m_db.exec(QStringLiteral("SELECT d.secret_hash, d.revoked_at, d.last_seen,"
                                           " s.id, s.code, d.name FROM devices d"
                                           " JOIN schools s ON s.id = d.school_id WHERE d.id = ?"),
                            {deviceId});
    if (!q.next()
        || !Secrets::equal(q.value(0).toString().toLatin1(), Secrets::hash(secret).toLatin1()))
        throw ApiError::unauthorized(QStringLiteral("unknown device credential"));
    if (!q.value(1).toString().isEmpty())
        throw ApiError::unauthorized(QStringLiteral("this device was revoked"),
                                     QStringLiteral("device_revoked"));
    Principal principal;
    principal.deviceId = deviceId;
    principal.schoolId = q.value(3).toString();
    principal.schoolCode = q.value(4).toString();
    principal.deviceName = q.value(5).toString();
    principal.role = Role::Administrator;

    // A write per request would serialise every reader on SQLite; a minute is precise enough.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString lastSeen = q.value(2).toString();
    q.finish();
    if (lastSeen.isEmpty() || lastSeen < isoUtc(now.addSecs(-60)))
        m_db.exec(QStringLiteral("UPDATE devices SET last_seen = ? WHERE id = ?"),
                  {isoUtc(now), deviceId});
    return principal;
}

Principal Auth::authenticate(const Request &request)
{
    Principal principal = authenticateDevice(request.header("Authorization"));
    const QByteArray token = request.header("X-SchoolSuite-User").trimmed();
    if (token.isEmpty())
        return principal;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT user_id, device_id, expires_at, revoked_at"
                                           " FROM tokens WHERE hash = ? AND kind = 'access'"),
                            {Secrets::sha256Hex(token)});
    if (!q.next() || !q.value(3).toString().isEmpty()
        || q.value(1).toString() != principal.deviceId)
        throw ApiError::unauthorized(QStringLiteral("unknown or revoked user token"));
    if (q.value(2).toString() <= nowUtc())
        throw ApiError::unauthorized(QStringLiteral("the access token has expired"),
                                     QStringLiteral("token_expired"));
    const QString userId = q.value(0).toString();
    q.finish();
    applyUser(principal, userId);
    return principal;
}

void Auth::applyUser(Principal &principal, const QString &userId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT username, school_id, role, staff_id, disabled"
                                           " FROM users WHERE id = ?"),
                            {userId});
    if (!q.next() || q.value(4).toInt() != 0)
        throw ApiError::unauthorized(QStringLiteral("the user account is disabled"));
    if (q.value(1).toString() != principal.schoolId)
        throw ApiError::forbidden(QStringLiteral("the user belongs to another school"));
    bool ok = false;
    const Role role = Roles::fromKey(q.value(2).toString(), &ok);
    if (!ok)
        throw ApiError::forbidden(QStringLiteral("the user has an unknown role"));
    principal.userId = userId;
    principal.username = q.value(0).toString();
    principal.role = role;
    principal.staffId = q.value(3).toString();
}

void Auth::checkRateLimit(const QString &username, const QString &peer)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString windowStart = isoUtc(now.addSecs(-60 * FailureWindowMinutes));
    m_db.exec(QStringLiteral("DELETE FROM signin_failures WHERE at <= ?"), {windowStart});
    // The limit lifts when the oldest failure that counts leaves the window.
    const auto retryAfter = [&](const QString &column, const QString &value, int limit) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT at FROM signin_failures WHERE %1 = ?"
                                               " AND at > ? ORDER BY at DESC")
                                    .arg(column),
                                {value, windowStart});
        int count = 0;
        QString oldestCounted;
        while (q.next()) {
            if (++count == limit)
                oldestCounted = q.value(0).toString();
        }
        if (count < limit)
            return qint64(0);
        return std::max<qint64>(
            1, now.secsTo(parseUtc(oldestCounted).addSecs(60 * FailureWindowMinutes)));
    };
    const qint64 wait = std::max(retryAfter(QStringLiteral("username"), username, UserFailureLimit),
                                 retryAfter(QStringLiteral("peer"), peer, PeerFailureLimit));
    if (wait > 0)
        throw ApiError(429,
                       QStringLiteral("rate_limited"),
                       QStringLiteral("too many failed sign-ins; retry in %1 s").arg(wait))
            .withHeader("Retry-After", QByteArray::number(wait));
}

void Auth::recordFailure(const QString &username, const QString &peer)
{
    m_db.exec(QStringLiteral("INSERT INTO signin_failures (username, peer, at) VALUES (?, ?, ?)"),
              {username, peer, nowUtc()});
}

QCborMap Auth::signIn(const Principal &device, const QCborMap &body, const QString &peer)
{
    const QString username = Api::text(body, QStringLiteral("username"));
    const QString password = Api::text(body, QStringLiteral("password"));
    checkRateLimit(username, peer);

    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, salt, verifier, iterations, disabled,"
                                           " school_id FROM users WHERE username = ?"),
                            {username});
    const bool found = q.next();
    const QString userId = found ? q.value(0).toString() : QString();
    const QByteArray salt = found ? q.value(1).toByteArray() : QByteArrayLiteral("no such user");
    const QByteArray verifier = found ? q.value(2).toByteArray() : QByteArray();
    const int iterations = found ? q.value(3).toInt() : Accounts::Iterations;
    const bool disabled = found && q.value(4).toInt() != 0;
    const QString schoolId = found ? q.value(5).toString() : QString();
    q.finish();
    // An unknown name costs the same derivation, so timing does not tell which names exist.
    const QByteArray derived = Accounts::derive(password, salt, iterations);
    if (!found || disabled || !Secrets::equal(derived, verifier)) {
        recordFailure(username, peer);
        throw badCredentials();
    }
    if (schoolId != device.schoolId)
        throw ApiError::forbidden(QStringLiteral("the user belongs to another school"));
    return m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM signin_failures WHERE username = ?"), {username});
        return issueTokens(userId, device.deviceId);
    });
}

QCborMap Auth::refresh(const Principal &device, const QCborMap &body)
{
    const QString token = Api::text(body, QStringLiteral("refresh_token"));
    return m_db.transaction([&] {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT user_id, device_id, expires_at, revoked_at"
                                               " FROM tokens WHERE hash = ? AND kind = 'refresh'"),
                                {Secrets::hash(token)});
        if (!q.next() || q.value(1).toString() != device.deviceId)
            throw ApiError::unauthorized(QStringLiteral("unknown refresh token"));
        const QString userId = q.value(0).toString();
        const QString expiresAt = q.value(2).toString();
        const bool revoked = !q.value(3).toString().isEmpty();
        q.finish();
        if (revoked)
            throw ApiError::unauthorized(QStringLiteral("the refresh token was revoked"));
        if (expiresAt <= nowUtc())
            throw ApiError::unauthorized(QStringLiteral("the refresh token has expired"),
                                         QStringLiteral("token_expired"));
        Principal check = device;
        applyUser(check, userId);
        m_db.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE hash = ?"),
                  {nowUtc(), Secrets::hash(token)});
        return issueTokens(userId, device.deviceId);
    });
}

QCborMap Auth::signOut(const Principal &device, const QCborMap &body)
{
    const QString token = Api::text(body, QStringLiteral("refresh_token"));
    m_db.transaction([&] {
        const QVariant userId = m_db.scalar(
            QStringLiteral("SELECT user_id FROM tokens WHERE hash = ? AND kind = 'refresh'"
                           " AND device_id = ?"),
            {Secrets::hash(token), device.deviceId});
        if (!userId.isValid())
            return; // signing out twice is not an error
        // The user's access tokens on this device end with the session.
        m_db.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE user_id = ?"
                                 " AND device_id = ? AND revoked_at IS NULL"),
                  {nowUtc(), userId, device.deviceId});
    });
    return {};
}

QCborMap Auth::issueTokens(const QString &userId, const QString &deviceId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString access = Secrets::randomToken();
    const QString refresh = Secrets::randomToken();
    const QString accessExpires = isoUtc(now.addSecs(m_options.accessTokenTtl));
    const QString refreshExpires = isoUtc(now.addSecs(m_options.refreshTokenTtl));
    const QString insert = QStringLiteral("INSERT INTO tokens (hash, kind, user_id, device_id,"
                                          " issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)");
    m_db.exec(insert,
              {Secrets::hash(access), kAccess, userId, deviceId, isoUtc(now), accessExpires});
    m_db.exec(insert,
              {Secrets::hash(refresh), kRefresh, userId, deviceId, isoUtc(now), refreshExpires});
    // Expired tokens of this user on this device are of no use to anyone.
    m_db.exec(QStringLiteral("DELETE FROM tokens WHERE user_id = ? AND device_id = ?"
                             " AND expires_at < ?"),
              {userId, deviceId, isoUtc(now.addDays(-1))});

    QSqlQuery q = m_db.exec(QStringLiteral("SELECT u.username, u.display_name, u.role, u.staff_id,"
                                           " s.code FROM users u"
                                           " JOIN schools s ON s.id = u.school_id WHERE u.id = ?"),
                            {userId});
    q.next();
    QCborMap user;
    user.insert(QStringLiteral("id"), userId);
    user.insert(QStringLiteral("username"), q.value(0).toString());
    user.insert(QStringLiteral("display_name"), q.value(1).toString());
    user.insert(QStringLiteral("role"), q.value(2).toString());
    user.insert(QStringLiteral("staff_id"),
                q.value(3).isNull() ? QCborValue() : QCborValue(q.value(3).toString()));
    user.insert(QStringLiteral("school_code"), q.value(4).toString());
    QCborMap tokens;
    tokens.insert(QStringLiteral("access_token"), access);
    tokens.insert(QStringLiteral("access_expires_at"), accessExpires);
    tokens.insert(QStringLiteral("refresh_token"), refresh);
    tokens.insert(QStringLiteral("refresh_expires_at"), refreshExpires);
    tokens.insert(QStringLiteral("user"), user);
    return tokens;
}

} // namespace SchoolSuite::Server
