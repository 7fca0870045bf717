#include "apiroutes.h"

#include "apierror.h"
#include "platform.h"
#include "router.h"
#include "secrets.h"
#include "unioncatalog.h"

#include "server/sync/leases.h"

namespace SchoolSuite::Server {

namespace {

using AuthedHandler = std::function<Response(const Request &, const Principal &)>;

// Authenticates the request and names its device in the request log.
Router::Handler authed(Platform &platform, AuthedHandler handler)
{
    return [&platform, handler = std::move(handler)](const Request &request) {
        const Principal principal = platform.auth().authenticate(request);
        Response response;
        try {
            response = handler(request, principal);
        } catch (const ApiError &e) {
            response = Api::error(request, e);
        }
        response.deviceId = principal.deviceId;
        return response;
    };
}

} // namespace

void installRoutes(Router &router, Platform &platform)
{
    const QString api = QStringLiteral("/api/v1");

    router.add("GET", api + QStringLiteral("/health"), [&platform](const Request &request) {
        QCborMap answer;
        answer.insert(QStringLiteral("status"), QStringLiteral("ok"));
        answer.insert(QStringLiteral("version"), QStringLiteral(SCHOOLSUITE_VERSION));
        answer.insert(QStringLiteral("epoch"), platform.db().epoch());
        answer.insert(QStringLiteral("time"), nowUtc());
        return Api::answer(request, answer);
    });

    router.add("POST", api + QStringLiteral("/enroll"), [&platform](const Request &request) {
        const QCborMap answer = platform.auth().enroll(Api::body(request));
        Response response = Api::answer(request, answer);
        response.deviceId = answer.value(QStringLiteral("device_id")).toString();
        return response;
    });

    router.add("POST",
               api + QStringLiteral("/auth/signin"),
               authed(platform, [&platform](const Request &request, const Principal &p) {
                   return Api::answer(
                       request,
                       platform.auth().signIn(p, Api::body(request), request.peer.toString()));
               }));
    router.add("POST",
               api + QStringLiteral("/auth/refresh"),
               authed(platform, [&platform](const Request &request, const Principal &p) {
                   return Api::answer(request, platform.auth().refresh(p, Api::body(request)));
               }));
    router.add("POST",
               api + QStringLiteral("/auth/signout"),
               authed(platform, [&platform](const Request &request, const Principal &p) {
                   return Api::answer(request, platform.auth().signOut(p, Api::body(request)));
               }));

    router.add("POST",
               api + QStringLiteral("/sync/push"),
               authed(platform, [&platform](const Request &request, const Principal &p) {
                   return Api::answer(request, platform.sync().push(p, Api::body(request)));
               }));
    router.add("POST",
               api + QStringLiteral("/sync/pull"),
               authed(platform, [&platform](const Request &request, const Principal &p) {
                   return Api::answer(request, platform.sync().pull(p, Api::body(request)));
               }));
    router.add("POST",
               api + QStringLiteral("/sync/confirm"),
               authed(platform, [&platform](const Request &request, const Principal &p) {
                   if (p.isDevice() || p.role != Role::Administrator)
                       throw ApiError::forbidden(
                           QStringLiteral("confirming a held batch needs an administrator"));
                   const QString heldId = Api::text(Api::body(request), QStringLiteral("held_id"));
                   return Api::answer(request, platform.sync().confirmHeld(p, heldId));
               }));

    router.add("POST",
               api + QStringLiteral("/leases"),
               authed(platform, [&platform](const Request &request, const Principal &p) {
                   return Api::answer(request, Leases(platform.db()).grant(p, Api::body(request)));
               }));

    const QString blobs = api + QStringLiteral("/blobs/*");
    router.add(
        "HEAD", blobs, authed(platform, [&platform](const Request &request, const Principal &) {
            return platform.blobs().head(request, request.params.value(0));
        }));
    router.add(
        "GET", blobs, authed(platform, [&platform](const Request &request, const Principal &) {
            return platform.blobs().get(request, request.params.value(0));
        }));
    router.add(
        "PUT", blobs, authed(platform, [&platform](const Request &request, const Principal &) {
            return platform.blobs().put(request, request.params.value(0));
        }));

    router.add("GET",
               api + QStringLiteral("/catalog/isbn/*"),
               authed(platform, [&platform](const Request &request, const Principal &) {
                   return Api::answer(request,
                                      UnionCatalog(platform).lookUp(request.params.value(0)));
               }));
}

} // namespace SchoolSuite::Server
