#include "httpserver.h"

#include "core/error.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include "serverlog.h"

namespace SchoolSuite::Server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Server::HttpServer", text);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

class HttpServer::Backend : public QAbstractHttpServer
{
public:
    Handler handler;
    Logger logger;

protected:
    bool handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket) override
    {
        QElapsedTimer timer;
        timer.start();
        Request request;
        request.method = methodName(httpRequest.method());
        request.path = httpRequest.url().path();
        request.query = httpRequest.query();
        request.headers = httpRequest.headers();
        request.body = httpRequest.body();
        request.peer = httpRequest.remoteAddress();

        Response response;
        try {
            response = handler(request);
        } catch (const std::exception &e) {
            // The handler turns errors into answers; this is the last line of defence.
            Log::line(QStringLiteral("internal error: ") + QString::fromUtf8(e.what()));
            response = Response{500, {{"Content-Type", "application/json"}}, {}, {}};
            response.body = R"({"error":"internal","message":"internal error"})";
        }

        // The responder's write() takes only literal header lists, so the answer goes out in
        // parts; a HEAD answer keeps the Content-Length of the body it leaves out.
        QHttpServerResponder responder = makeResponder(httpRequest, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        bool hasLength = false;
        for (const auto &[key, value] : std::as_const(response.headers)) {
            hasLength = hasLength || key.compare("Content-Length", Qt::CaseInsensitive) == 0;
            responder.writeHeader(key, value);
        }
        if (!hasLength)
            responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder.writeBody(request.method == "HEAD" ? QByteArray() : response.body);
        if (logger)
            logger(request, response, timer.elapsed());
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_backend(std::make_unique<Backend>())
{
    m_backend->handler = std::move(handler);
}

HttpServer::~HttpServer() = default;

void HttpServer::setLogger(Logger logger)
{
    m_backend->logger = std::move(logger);
}

void HttpServer::useTls(const QString &certificateFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain
        = QSslCertificate::fromData(readFile(certificateFile), QSsl::Pem);
    if (chain.isEmpty())
        throw Error(tr("%1 holds no PEM certificate.").arg(certificateFile));
    const QByteArray keyData = readFile(keyFile);
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyData, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        throw Error(tr("%1 holds no usable unencrypted PEM private key.").arg(keyFile));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_backend->sslSetup(config);
    m_tls = true;
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_backend->listen(address, port);
}

void HttpServer::stopListening()
{
    for (QTcpServer *server : m_backend->servers())
        server->close();
}

} // namespace SchoolSuite::Server
