#include "serverapp.h"

#include "admincommands.h"
#include "apiroutes.h"
#include "httpserver.h"
#include "platform.h"
#include "router.h"
#include "serverlog.h"
#include "serveroptions.h"

#include "core/app/module.h"
#include "core/app/translations.h"
#include "core/error.h"
#include "equipment/equipmentmodule.h"
#include "indicators/indicatorsmodule.h"
#include "library/librarymodule.h"
#include "sync/syncmodule.h"
#include "whiteboard/whiteboardmodule.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace SchoolSuite::Server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Server::ServerApp", text);
}

void printTo(FILE *stream, const QString &text)
{
    const QByteArray utf8
        = (text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}

int usageError(const QString &text)
{
    printTo(stderr, text);
    printTo(stderr, tr("Run \"schoolsuite-district --help\" for the usage."));
    return AdminCommands::Usage;
}

// The signal handler only writes a byte; the event loop reads it and shuts down in order.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void watchTerminationSignals(QObject *context, std::function<void()> onTerminate)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier,
                     &QSocketNotifier::activated,
                     context,
                     [notifier, onTerminate = std::move(onTerminate)] {
                         char byte = 0;
                         [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
                         notifier->setEnabled(false);
                         onTerminate();
                     });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

int serve(const ServerOptions &options, Platform::Options platformOptions)
{
    if (!options.tls() && !options.host.isLoopback()) {
        printTo(stderr,
                tr("Refusing to serve plain HTTP on %1: a non-loopback address needs "
                   "--tls-cert and --tls-key.")
                    .arg(options.hostText));
        return AdminCommands::Usage;
    }
    if (!options.logFile.isEmpty())
        Log::openFile(options.logFile);
    Platform platform(options.databaseUrl(), platformOptions);
    platform.sync(); // the catalogue now, not on the first push
    Router router;
    installRoutes(router, platform);

    HttpServer server([&router, &options](const Request &request) {
        if (options.trustedProxies.isEmpty())
            return router.dispatch(request);
        Request forwarded = request;
        forwarded.peer = options.clientAddress(request.peer, request.header("x-forwarded-for"));
        return router.dispatch(forwarded);
    });
    server.setLogger([](const Request &request, const Response &response, qint64 ms) {
        Log::line(
            QStringLiteral("%1 %2 %3 %4 %5 %6ms%7")
                .arg(request.peer.toString(), QString::fromLatin1(request.method), request.path)
                .arg(response.status)
                .arg(response.body.size())
                .arg(ms)
                .arg(response.deviceId.isEmpty() ? QString()
                                                 : QStringLiteral(" device=") + response.deviceId));
    });
    if (options.tls())
        server.useTls(options.tlsCert, options.tlsKey);
    const quint16 port = server.listen(options.host, options.port);
    if (port == 0) {
        printTo(stderr, tr("Cannot listen on %1:%2.").arg(options.hostText).arg(options.port));
        return AdminCommands::Failed;
    }
    watchTerminationSignals(&server, [&server] {
        Log::line(QStringLiteral("stopping"));
        server.stopListening();
        // Answers already written leave their sockets before the process ends.
        QTimer::singleShot(200, &server, [] { QCoreApplication::quit(); });
    });
    printTo(stdout,
            QStringLiteral("Listening on %1://%2:%3")
                .arg(server.usesTls() ? QStringLiteral("https") : QStringLiteral("http"),
                     options.hostText)
                .arg(port));
    Log::line(QStringLiteral("serving %1 on port %2").arg(platform.db().url()).arg(port));
    const int code = QCoreApplication::exec();
    Log::line(QStringLiteral("stopped"));
    return code;
}

} // namespace

int runServerApp(const QStringList &arguments)
{
    installTranslations(QString());
    ServerOptions options;
    const QString problem = options.parse(arguments.mid(1));
    if (!problem.isEmpty())
        return usageError(problem);
    if (options.help) {
        printTo(stdout, ServerOptions::usage());
        return AdminCommands::Success;
    }
    if (options.version) {
        printTo(stdout,
                QStringLiteral("schoolsuite-district %1").arg(QStringLiteral(SCHOOLSUITE_VERSION)));
        return AdminCommands::Success;
    }
    registerCoreModules();
    registerSyncModule();
    registerEquipmentModule();
    registerIndicatorsModule();
    registerLibraryModule();
    registerWhiteboardModule();
    Platform::Options platformOptions;
    platformOptions.auth.accessTokenTtl = options.accessTokenTtl;
    platformOptions.auth.refreshTokenTtl = options.refreshTokenTtl;
    platformOptions.sync.bulkDeleteShare = options.bulkDeleteShare;

    if (options.admin) {
        AdminCommands admin(options.databaseUrl(), platformOptions);
        return admin.run(options.adminArgs);
    }
    try {
        return serve(options, platformOptions);
    } catch (const Error &e) {
        printTo(stderr, e.message());
    } catch (const std::exception &e) {
        printTo(stderr, QString::fromUtf8(e.what()));
    }
    return AdminCommands::Failed;
}

} // namespace SchoolSuite::Server
