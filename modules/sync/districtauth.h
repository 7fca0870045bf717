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
// reached. The network calls block: run them off the UI thread; adopt() runs on the thread that
// owns the store.
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

// POST /auth/signin with this store's device credential.
Answer signIn(const QString &dataDir,
              const QString &serverUrl,
              const QString &username,
              const QString &password,
              const SyncOptions &options = {});
// Keeps the account locally (Accounts::adoptDistrictAccount) and its tokens in the keychain.
void adopt(Accounts &accounts,
           const QString &dataDir,
           const Answer &answer,
           const QString &password);

std::optional<Tokens> storedTokens(const QString &dataDir, const QString &username);
// An access token that is valid for at least another minute: the stored one, or a fresh pair
// from /auth/refresh (kept in the keychain). Empty when there is none or the district cannot
// be reached.
QString accessToken(const QString &dataDir,
                    const QString &serverUrl,
                    const QString &username,
                    const SyncOptions &options = {});
// Ends the district session (best effort) and forgets the tokens.
void signOut(const QString &dataDir, const QString &serverUrl, const QString &username);

} // namespace DistrictAuth

} // namespace SchoolSuite
