#include "synctransport.h"

#include "core/error.h"
#include "wire.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace SchoolSuite {

namespace {
constexpr int kPollMs = 100;
}

SyncTransport::SyncTransport(const QUrl &server, int connectTimeoutMs, int requestTimeoutMs)
    : m_server(server)
    , m_connectTimeoutMs(connectTimeoutMs)
    , m_requestTimeoutMs(requestTimeoutMs)
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
    // A sync that fails is retried by the next run; the engine must not retry underneath it.
    m_manager->setAutoDeleteReplies(false);
}

SyncTransport::~SyncTransport() = default;

void SyncTransport::setCaCertificates(const QByteArray &pem)
{
    m_caCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
}

bool SyncTransport::isAllowedServer(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return false;
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

SyncTransport::Reply SyncTransport::post(const QString &path, const QCborMap &body)
{
    return send(QStringLiteral("POST"), path, Wire::encode(body, Wire::Format::Cbor));
}

SyncTransport::Reply SyncTransport::get(const QString &path)
{
    return send(QStringLiteral("GET"), path, {});
}

SyncTransport::Reply SyncTransport::send(const QString &method,
                                         const QString &path,
                                         const QByteArray &body)
{
    Reply result;
    QUrl url = m_server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1") + path);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, Wire::contentType(Wire::Format::Cbor));
    request.setRawHeader("Accept", Wire::contentType(Wire::Format::Cbor));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_credential.isEmpty())
        request.setRawHeader("Authorization", "Device " + m_credential.toUtf8());
    if (!m_userToken.isEmpty())
        request.setRawHeader("X-SchoolSuite-User", m_userToken.toUtf8());
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }

    QNetworkReply *reply = method == QLatin1String("GET")
                               ? m_manager->get(request)
                               : m_manager->sendCustomRequest(request, method.toLatin1(), body);
    std::unique_ptr<QNetworkReply> owner(reply);

    QEventLoop loop;
    bool connected = false;
    QString timeout;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    poll.setInterval(kPollMs);
    auto markConnected = [&] { connected = true; };
    QObject::connect(reply, &QNetworkReply::requestSent, &loop, markConnected);
    QObject::connect(reply, &QNetworkReply::encrypted, &loop, markConnected);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, markConnected);
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64) {
        if (sent > 0)
            connected = true;
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const qint64 elapsed = clock.elapsed();
        if (m_cancel && m_cancel->load())
            timeout = QStringLiteral("cancelled");
        else if (!connected && elapsed > m_connectTimeoutMs)
            timeout = QStringLiteral("no connection within %1 ms").arg(m_connectTimeoutMs);
        else if (elapsed > m_requestTimeoutMs)
            timeout = QStringLiteral("no answer within %1 ms").arg(m_requestTimeoutMs);
        if (!timeout.isEmpty())
            reply->abort();
    });
    poll.start();
    if (!reply->isFinished())
        loop.exec();
    poll.stop();

    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
    if (!timeout.isEmpty()) {
        result.outcome = Reply::Outcome::Offline;
        result.detail = timeout;
        return result;
    }
    if (result.httpStatus == 0) {
        // No HTTP answer: the server is away (refused, unreachable, dropped) unless something
        // answered that is not HTTP or not the server we trust.
        switch (reply->error()) {
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            result.outcome = Reply::Outcome::Garbage;
            break;
        default:
            result.outcome = Reply::Outcome::Offline;
            break;
        }
        result.detail = reply->errorString();
        return result;
    }
    // The connection broke in the middle of the answer (the server died while sending): the
    // server is away, not talking nonsense.
    switch (reply->error()) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        result.outcome = Reply::Outcome::Offline;
        result.detail = reply->errorString();
        return result;
    default:
        break;
    }
    QCborMap map;
    bool decoded = false;
    try {
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        map = Wire::decode(answer, Wire::formatOf(type));
        decoded = true;
    } catch (const Error &e) {
        result.detail = QStringLiteral("HTTP %1, unreadable body: %2")
                            .arg(result.httpStatus)
                            .arg(e.message());
    }
    if (result.httpStatus >= 200 && result.httpStatus < 300) {
        result.outcome = decoded ? Reply::Outcome::Ok : Reply::Outcome::Garbage;
        result.body = map;
        return result;
    }
    result.body = map;
    result.errorCode = map.value(QStringLiteral("error")).toString();
    result.detail = map.value(QStringLiteral("message")).toString();
    if (result.detail.isEmpty())
        result.detail = QStringLiteral("HTTP %1").arg(result.httpStatus);
    if (result.httpStatus == 503 || result.httpStatus == 502 || result.httpStatus == 504)
        result.outcome = Reply::Outcome::Offline; // a proxy in front of a server that is down
    else if (decoded && !result.errorCode.isEmpty())
        result.outcome = Reply::Outcome::Refused;
    else
        result.outcome = Reply::Outcome::Garbage;
    return result;
}

} // namespace SchoolSuite
