#pragma once

#include "httpserver.h"

#include <QCborMap>

#include "sync/wire.h"

namespace SchoolSuite::Server {

class ApiError;

// Maps method and path to a handler and turns every exception into the protocol's error answer
// (docs/sync-protocol.md §9): unknown path 404, wrong method 405, body above the limit 413.
class Router
{
public:
    using Handler = std::function<Response(const Request &)>;

    static constexpr qint64 MaxBodySize = 16 * 1024 * 1024;

    // pattern: a path whose segments may be '*' (one segment, passed in Request::params).
    void add(const QByteArray &method, const QString &pattern, Handler handler);
    Response dispatch(const Request &request) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    QList<Route> m_routes;
};

// Helpers of the handlers: bodies and answers in the format of the request.
namespace Api {
// The request's body format (Content-Type), or for a body-less request its Accept header.
Wire::Format formatOf(const Request &request);
// The body as a map; anything else is 400 bad_request.
QCborMap body(const Request &request);
// A required text key of a request body; missing or not text is 400 bad_request.
QString text(const QCborMap &map, const QString &key);
Response answer(const Request &request, const QCborMap &map, int status = 200);
Response error(const Request &request, const ApiError &error);
} // namespace Api

} // namespace SchoolSuite::Server
