#pragma once

namespace SchoolSuite::Server {

class Platform;
class Router;

// The endpoints of docs/sync-protocol.md §3 on the platform's services.
void installRoutes(Router &router, Platform &platform);

} // namespace SchoolSuite::Server
