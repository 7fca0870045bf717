#pragma once

#include "httpserver.h"
#include "principal.h"

#include <QCborMap>

namespace SchoolSuite::Server {

class ServerDb;

// Enrollment, sign-in and the credentials of every request (docs/sync-protocol.md §2, §3).
// Refusals are ApiError with the protocol's codes.
class Auth
{
public:
    struct Options
    {
        qint64 accessTokenTtl = 3600;              // seconds
        qint64 refreshTokenTtl = 30LL * 24 * 3600; // seconds
    };
    static constexpr int UserFailureLimit = 5;
    static constexpr int PeerFailureLimit = 20;
    static constexpr int FailureWindowMinutes = 15;

    Auth(ServerDb &db, Options options);

    // POST /enroll: {"school_code","key","device_name","platform"}.
    QCborMap enroll(const QCborMap &body);

    // The device of `Authorization: Device ID.SECRET`, and with `X-SchoolSuite-User` its user.
    Principal authenticate(const Request &request);
    Principal authenticateDevice(const QByteArray &authorization);

    // POST /auth/signin, /auth/refresh, /auth/signout for the request's device.
    QCborMap signIn(const Principal &device, const QCborMap &body, const QString &peer);
    QCborMap refresh(const Principal &device, const QCborMap &body);
    QCborMap signOut(const Principal &device, const QCborMap &body);

private:
    void checkRateLimit(const QString &username, const QString &peer);
    void recordFailure(const QString &username, const QString &peer);
    QCborMap issueTokens(const QString &userId, const QString &deviceId);
    void applyUser(Principal &principal, const QString &userId);

    ServerDb &m_db;
    Options m_options;
};

} // namespace SchoolSuite::Server
