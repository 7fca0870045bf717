#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace SchoolSuite::Server {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request as the services see it: nothing here depends on QtHttpServer.
struct Request
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, without the query
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QHostAddress peer;
    QStringList params; // the parts of the path matched by a route's '*'

    // The value of a header, names compared without case; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

struct Response
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    // For the request log only: the device the request was authenticated as.
    QString deviceId;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

// The only place that uses QtHttpServer (a technical preview in Qt 6.4): every request goes to
// one handler, on the thread of this object; a HEAD answer keeps its Content-Length and drops
// its body.
class HttpServer : public QObject
{
public:
    using Handler = std::function<Response(const Request &)>;
    using Logger = std::function<void(const Request &, const Response &, qint64 elapsedMs)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLogger(Logger logger);
    // Serves HTTPS from now on. Throws Error naming the file that cannot be used.
    void useTls(const QString &certificateFile, const QString &keyFile);
    bool usesTls() const { return m_tls; }
    // The port listened on (a random one for port 0), or 0 when the address cannot be used.
    quint16 listen(const QHostAddress &address, quint16 port);
    // Stops accepting connections; requests already received are answered.
    void stopListening();

private:
    class Backend;
    std::unique_ptr<Backend> m_backend;
    bool m_tls = false;
};

} // namespace SchoolSuite::Server
