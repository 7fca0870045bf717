#include "districtauth.h"

#include "core/auth/accounts.h"
#include "core/error.h"
#include "credentialstore.h"
#include "synctransport.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace SchoolSuite::DistrictAuth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::DistrictAuth", text);
}

QDateTime parseTime(const QCborValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

Tokens tokensFrom(const QCborMap &body)
{
    return Tokens{body.value(QStringLiteral("access_token")).toString(),
                  parseTime(body.value(QStringLiteral("access_expires_at"))),
                  body.value(QStringLiteral("refresh_token")).toString(),
                  parseTime(body.value(QStringLiteral("refresh_expires_at")))};
}

std::unique_ptr<SyncTransport> transportFor(const QString &serverUrl,
                                            const QByteArray &credential,
                                            const SyncOptions &options)
{
    if (serverUrl.isEmpty() || credential.isEmpty())
        return nullptr;
    auto transport = std::make_unique<SyncTransport>(
        QUrl(serverUrl), options.connectTimeoutMs, options.requestTimeoutMs);
    transport->setDeviceCredential(QString::fromUtf8(credential));
    return transport;
}

} // namespace

QByteArray deviceCredential(const QString &dataDir)
{
    try {
        return CredentialStore()
            .read(CredentialStore::keyFor(QStringLiteral("device"), dataDir))
            .value_or(QByteArray());
    } catch (const Error &) {
        return {}; // no keychain (a bare session without Secret Service): local sign-in only
    }
}

Answer signIn(const QString &serverUrl,
              const QByteArray &credential,
              const QString &username,
              const QString &password,
              const SyncOptions &options)
{
    Answer answer;
    std::unique_ptr<SyncTransport> transport = transportFor(serverUrl, credential, options);
    if (!transport)
        return answer; // NotEnrolled
    const SyncTransport::Reply reply = transport->post(
        QStringLiteral("/auth/signin"),
        QCborMap{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    switch (reply.outcome) {
    case SyncTransport::Reply::Outcome::Ok: {
        const QCborMap user = reply.body.value(QStringLiteral("user")).toMap();
        answer.tokens = tokensFrom(reply.body);
        answer.userId = user.value(QStringLiteral("id")).toString();
        answer.username = user.value(QStringLiteral("username")).toString();
        answer.displayName = user.value(QStringLiteral("display_name")).toString();
        answer.role = user.value(QStringLiteral("role")).toString();
        answer.staffId = user.value(QStringLiteral("staff_id")).toString();
        if (!answer.tokens.isValid() || answer.userId.isEmpty() || answer.username.isEmpty()) {
            answer.outcome = Answer::Outcome::Unreachable; // not the protocol: work offline
            return answer;
        }
        answer.outcome = Answer::Outcome::SignedIn;
        return answer;
    }
    case SyncTransport::Reply::Outcome::Refused:
        answer.errorCode = reply.errorCode;
        if (reply.errorCode == QLatin1String("bad_credentials")) {
            answer.outcome = Answer::Outcome::Refused;
            answer.message = tr("Wrong user name or password.");
        } else if (reply.errorCode == QLatin1String("rate_limited")) {
            answer.outcome = Answer::Outcome::Refused;
            answer.message = tr("Too many failed sign-ins for this name. The district platform "
                                "accepts the next attempt in a few minutes.");
        } else if (reply.errorCode == QLatin1String("forbidden")) {
            answer.outcome = Answer::Outcome::Refused;
            answer.message = tr("This account is disabled or belongs to another school.");
        } else {
            // The device itself is refused (revoked, unknown): the district cannot vouch for
            // anyone, so the local accounts decide.
            answer.outcome = Answer::Outcome::Unreachable;
        }
        return answer;
    case SyncTransport::Reply::Outcome::Offline:
    case SyncTransport::Reply::Outcome::Garbage:
        answer.outcome = Answer::Outcome::Unreachable;
        return answer;
    }
    return answer;
}

void adopt(Accounts &accounts,
           const QString &dataDir,
           const Answer &answer,
           const QString &password)
{
    if (answer.outcome != Answer::Outcome::SignedIn)
        return;
    bool ok = false;
    const Role role = Roles::fromKey(answer.role, &ok);
    if (!ok)
        throw Error(tr("The district platform gave the account %1 a role this program does not "
                       "know (%2).")
                        .arg(answer.username, answer.role));
    accounts.adoptDistrictAccount(
        answer.userId, answer.username, answer.displayName, role, answer.staffId, password);
    storeTokens(dataDir, answer.username, answer.tokens);
}

std::optional<Tokens> storedTokens(const QString &dataDir, const QString &username)
{
    std::optional<QByteArray> raw;
    try {
        raw = CredentialStore().read(CredentialStore::userKeyFor(username, dataDir));
    } catch (const Error &) {
        return std::nullopt; // no keychain: the device syncs alone
    }
    if (!raw)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*raw).object();
    Tokens t{o.value(QStringLiteral("access_token")).toString(),
             QDateTime::fromString(o.value(QStringLiteral("access_expires_at")).toString(),
                                   Qt::ISODateWithMs),
             o.value(QStringLiteral("refresh_token")).toString(),
             QDateTime::fromString(o.value(QStringLiteral("refresh_expires_at")).toString(),
                                   Qt::ISODateWithMs)};
    if (!t.isValid())
        return std::nullopt;
    return t;
}

void storeTokens(const QString &dataDir, const QString &username, const Tokens &t)
{
    const QJsonObject o{
        {QStringLiteral("access_token"), t.accessToken},
        {QStringLiteral("access_expires_at"), t.accessExpiresAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("refresh_token"), t.refreshToken},
        {QStringLiteral("refresh_expires_at"), t.refreshExpiresAt.toString(Qt::ISODateWithMs)}};
    CredentialStore().write(CredentialStore::userKeyFor(username, dataDir),
                            QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void forgetTokens(const QString &dataDir, const QString &username)
{
    try {
        CredentialStore().remove(CredentialStore::userKeyFor(username, dataDir));
    } catch (const Error &) {
        // Nothing to forget without a keychain.
    }
}

bool isFresh(const Tokens &tokens)
{
    return tokens.isValid() && tokens.accessExpiresAt > QDateTime::currentDateTimeUtc().addSecs(60);
}

std::optional<Tokens> refresh(const QString &serverUrl,
                              const QByteArray &credential,
                              const QString &refreshToken,
                              const SyncOptions &options)
{
    std::unique_ptr<SyncTransport> transport = transportFor(serverUrl, credential, options);
    if (!transport || refreshToken.isEmpty())
        return std::nullopt;
    const SyncTransport::Reply reply = transport->post(
        QStringLiteral("/auth/refresh"), QCborMap{{QStringLiteral("refresh_token"), refreshToken}});
    if (!reply.ok())
        return std::nullopt;
    const Tokens fresh = tokensFrom(reply.body);
    if (!fresh.isValid())
        return std::nullopt;
    return fresh;
}

void revoke(const QString &serverUrl, const QByteArray &credential, const QString &refreshToken)
{
    SyncOptions quick;
    quick.connectTimeoutMs = 3000;
    quick.requestTimeoutMs = 5000;
    if (std::unique_ptr<SyncTransport> transport = transportFor(serverUrl, credential, quick))
        transport->post(QStringLiteral("/auth/signout"),
                        QCborMap{{QStringLiteral("refresh_token"), refreshToken}});
}

} // namespace SchoolSuite::DistrictAuth
