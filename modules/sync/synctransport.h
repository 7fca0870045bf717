#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace SchoolSuite {

// One blocking request/answer exchange with the district server (CBOR bodies), run in a local
// event loop on the calling thread. Never throws: what went wrong is in the Reply.
class SyncTransport
{
public:
    struct Reply
    {
        enum class Outcome {
            Ok,      // 2xx with a well-formed map
            Offline, // no connection, timeout, cancelled, 503
            Refused, // 4xx/5xx with an error map (code, message)
            Garbage, // an answer that is not the protocol
        };
        Outcome outcome = Outcome::Offline;
        int httpStatus = 0;
        QCborMap body;
        QString errorCode; // the protocol error code (§9) for Refused
        QString detail;    // English: what happened (network error text, server message)
        bool ok() const { return outcome == Outcome::Ok; }
    };

    SyncTransport(const QUrl &server, int connectTimeoutMs, int requestTimeoutMs);
    ~SyncTransport();

    // PEM text of extra CA certificates (enroll --ca-cert).
    void setCaCertificates(const QByteArray &pem);
    void setDeviceCredential(const QString &credential) { m_credential = credential; }
    void setUserToken(const QString &token) { m_userToken = token; }
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    QUrl server() const { return m_server; }

    // POST path (under /api/v1) with body.
    Reply post(const QString &path, const QCborMap &body);
    Reply get(const QString &path);

    // http is allowed on loopback only (docs/sync-protocol.md: plain HTTP only on loopback).
    static bool isAllowedServer(const QUrl &url);

private:
    Reply send(const QString &method, const QString &path, const QByteArray &body);

    QUrl m_server;
    int m_connectTimeoutMs;
    int m_requestTimeoutMs;
    QList<QSslCertificate> m_caCertificates;
    QString m_credential;
    QString m_userToken;
    const std::atomic_bool *m_cancel = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace SchoolSuite
