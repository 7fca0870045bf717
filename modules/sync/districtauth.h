#pragma once

#include "syncclient.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace SchoolSuite {

class Accounts;

// Signing in with a district account (docs/sync-protocol.md §3): the district checks the
// password and answers tokens, which live in the keychain; the account is then kept locally with
// a verifier of the same password, so the user signs in offline when the district cannot be
// reached. QtKeychain serves one thread only, so what touches the keychain (deviceCredential,
// adopt, storedTokens, storeTokens, forget) runs on the GUI thread; the network calls (signIn,
// refresh, revoke) block and run anywhere, best off the UI thread.
namespace DistrictAuth {

struct Tokens
{
    QString accessToken;
    QDateTime accessExpiresAt;
    QString refreshToken;
    QDateTime refreshExpiresAt;
    bool isValid() const { return !accessToken.isEmpty(); }
};

struct Answer
{
    enum class Outcome {
        SignedIn,    // the district accepted the password
        Refused,     // the district said no (errorCode: bad_credentials, rate_limited, …)
        Unreachable, // offline, timeout, garbage: sign in locally
        NotEnrolled, // this computer has no district: sign in locally
    };
    Outcome outcome = Outcome::NotEnrolled;
    QString errorCode;
    QString message; // translated, for Refused
    Tokens tokens;
    QString userId, username, displayName, role, staffId;
};

// The device credential of the store in dataDir; empty when it has none (or no keychain).
QByteArray deviceCredential(const QString &dataDir);
// POST /auth/signin with the device credential. NotEnrolled when server or credential is empty.
Answer signIn(const QString &serverUrl,
              const QByteArray &credential,
              const QString &username,
              const QString &password,
              const SyncOptions &options = {});
// Keeps the account locally (Accounts::adoptDistrictAccount) and its tokens in the keychain.
void adopt(Accounts &accounts,
           const QString &dataDir,
           const Answer &answer,
           const QString &password);

std::optional<Tokens> storedTokens(const QString &dataDir, const QString &username);
void storeTokens(const QString &dataDir, const QString &username, const Tokens &tokens);
void forgetTokens(const QString &dataDir, const QString &username);
// Whether the access token is good for at least another minute.
bool isFresh(const Tokens &tokens);
// A fresh pair from /auth/refresh; nullopt when the district refuses or cannot be reached.
std::optional<Tokens> refresh(const QString &serverUrl,
                              const QByteArray &credential,
                              const QString &refreshToken,
                              const SyncOptions &options = {});
// Ends the district session (best effort).
void revoke(const QString &serverUrl, const QByteArray &credential, const QString &refreshToken);

} // namespace DistrictAuth

} // namespace SchoolSuite
