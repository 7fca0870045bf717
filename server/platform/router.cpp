#include "router.h"

#include "apierror.h"
#include "core/error.h"

#include "serverlog.h"

namespace SchoolSuite::Server {

namespace Api {

Wire::Format formatOf(const Request &request)
{
    const QByteArray contentType = request.header("Content-Type");
    if (!contentType.isEmpty() && !request.body.isEmpty())
        return Wire::formatOf(contentType);
    const QByteArray accept = request.header("Accept");
    if (!accept.isEmpty())
        return Wire::formatOf(accept);
    return Wire::formatOf(contentType);
}

QCborMap body(const Request &request)
{
    try {
        return Wire::decode(request.body, formatOf(request));
    } catch (const Error &e) {
        throw ApiError::badRequest(QStringLiteral("malformed body: ") + e.message());
    }
}

QString text(const QCborMap &map, const QString &key)
{
    const QCborValue value = map.value(key);
    if (!value.isString())
        throw ApiError::badRequest(QStringLiteral("missing text key \"%1\"").arg(key));
    return value.toString();
}

Response answer(const Request &request, const QCborMap &map, int status)
{
    const Wire::Format format = formatOf(request);
    Response response;
    response.status = status;
    response.body = Wire::encode(map, format);
    response.setHeader("Content-Type", Wire::contentType(format));
    return response;
}

Response error(const Request &request, const ApiError &error)
{
    QCborMap map = error.extra();
    map.insert(QStringLiteral("error"), error.code());
    map.insert(QStringLiteral("message"), error.message());
    Response response = answer(request, map, error.status());
    for (const auto &[name, value] : error.headers())
        response.setHeader(name, value);
    return response;
}

} // namespace Api

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/')), std::move(handler)});
}

Response Router::dispatch(const Request &incoming) const
{
    Request request = incoming;
    try {
        const QStringList segments = request.path.split(QLatin1Char('/'));
        const Route *match = nullptr;
        bool pathKnown = false;
        for (const Route &route : m_routes) {
            if (route.segments.size() != segments.size())
                continue;
            QStringList params;
            bool same = true;
            for (qsizetype i = 0; i < segments.size() && same; ++i) {
                if (route.segments.at(i) == QLatin1String("*") && !segments.at(i).isEmpty())
                    params.append(segments.at(i));
                else
                    same = route.segments.at(i) == segments.at(i);
            }
            if (!same)
                continue;
            pathKnown = true;
            // HEAD is answered by a GET route unless the path has its own HEAD route.
            if (route.method == request.method
                || (!match && request.method == "HEAD" && route.method == "GET")) {
                match = &route;
                request.params = params;
                if (route.method == request.method)
                    break;
            }
        }
        if (!pathKnown)
            throw ApiError::notFound(QStringLiteral("no such path: ") + request.path);
        if (!match)
            throw ApiError(405,
                           QStringLiteral("method_not_allowed"),
                           QStringLiteral("method %1 not allowed on %2")
                               .arg(QString::fromLatin1(request.method), request.path));
        if (request.body.size() > MaxBodySize)
            throw ApiError(413,
                           QStringLiteral("too_large"),
                           QStringLiteral("request body above %1 bytes").arg(MaxBodySize));
        return match->handler(request);
    } catch (const ApiError &e) {
        return Api::error(request, e);
    } catch (const Error &e) {
        switch (e.kind()) {
        case Error::Invalid:
            return Api::error(request, ApiError::invalid(e.message()));
        case Error::PermissionDenied:
            return Api::error(request, ApiError::forbidden(e.message()));
        case Error::NotFound:
            return Api::error(request, ApiError::notFound(e.message()));
        default:
            break;
        }
        Log::line(QStringLiteral("internal error on %1 %2: %3")
                      .arg(QString::fromLatin1(request.method),
                           request.path,
                           QString::fromUtf8(e.what())));
    } catch (const std::exception &e) {
        Log::line(QStringLiteral("internal error on %1 %2: %3")
                      .arg(QString::fromLatin1(request.method),
                           request.path,
                           QString::fromUtf8(e.what())));
    } catch (...) {
        Log::line(QStringLiteral("internal error on %1 %2")
                      .arg(QString::fromLatin1(request.method), request.path));
    }
    return Api::error(request,
                      ApiError(500, QStringLiteral("internal"), QStringLiteral("internal error")));
}

} // namespace SchoolSuite::Server
