#include "serveroptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace SchoolSuite::Server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Server::ServerOptions", text);
}

// "HOST:PORT", "[V6]:PORT" or "localhost:PORT".
bool parseListen(const QString &text, ServerOptions &options)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return false;
    options.host = address;
    options.hostText
        = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    options.port = quint16(port);
    return true;
}
} // namespace

QString ServerOptions::defaultDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("district.db"));
}

QString ServerOptions::usage()
{
    return tr(
        "Usage:\n"
        "  schoolsuite-district [--listen HOST:PORT] [--database sqlite:PATH|"
        "postgresql://USER@HOST:PORT/DB]\n"
        "                       [--tls-cert FILE --tls-key FILE] [--access-token-ttl SECONDS]\n"
        "                       [--refresh-token-ttl SECONDS] [--bulk-delete-share F] "
        "[--log FILE]\n"
        "                       [--trusted-proxy ADDRESS]...\n"
        "  schoolsuite-district [--database ...] admin COMMAND ...\n"
        "  schoolsuite-district --version | --help\n\n"
        "Serves the district platform (default 127.0.0.1:8080; plain HTTP only on a "
        "loopback address).\n\n"
        "Admin commands:\n"
        "  add-school CODE NAME\n"
        "  add-user USER --school CODE --role ROLE --password-file FILE "
        "[--display-name NAME] [--staff-id ID]\n"
        "  enrollment-key CODE [--count N] [--devices N] [--valid-days DAYS]\n"
        "  list-schools [--json]\n"
        "  list-devices [--json]\n"
        "  revoke-device ID\n"
        "  backup FILE\n"
        "  restore FILE\n"
        "  set-target YEAR [--multimedia-rate R] [--teacher-ratio R] [--student-ratio R] "
        "[--note TEXT]\n"
        "  add-notice TITLE [--body-file FILE] [--attach FILE]...\n"
        "  add-funding-source NAME [--note TEXT]\n"
        "  set-library-target URL [--syntax usmarc|unimarc] [--encoding utf-8|gb18030|marc8] "
        "[--name NAME]\n"
        "  set-library-target --off\n"
        "  list-held [--json]\n"
        "  confirm-held ID\n"
        "  purge [--older-than-days DAYS]\n");
}

QString ServerOptions::parse(const QStringList &arguments)
{
    QStringList args = arguments;
    bool tlsGiven = false;
    while (!args.isEmpty()) {
        QString arg = args.takeFirst();
        if (arg == QLatin1String("admin")) {
            admin = true;
            // Global options may also follow the admin command (scripts put them anywhere).
            while (!args.isEmpty()) {
                const QString next = args.takeFirst();
                if (next == QLatin1String("--database") || next == QLatin1String("--log")) {
                    if (args.isEmpty())
                        return tr("%1 needs a value.").arg(next);
                    (next == QLatin1String("--database") ? database : logFile) = args.takeFirst();
                } else if (next.startsWith(QLatin1String("--database="))) {
                    database = next.mid(11);
                } else {
                    adminArgs.append(next);
                }
            }
            return {};
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            help = true;
            continue;
        }
        if (arg == QLatin1String("--version")) {
            version = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return tr("Unexpected argument \"%1\".").arg(arg);
        QString value;
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
        } else {
            static const QStringList known{QStringLiteral("--listen"),
                                           QStringLiteral("--database"),
                                           QStringLiteral("--tls-cert"),
                                           QStringLiteral("--tls-key"),
                                           QStringLiteral("--access-token-ttl"),
                                           QStringLiteral("--refresh-token-ttl"),
                                           QStringLiteral("--bulk-delete-share"),
                                           QStringLiteral("--log"),
                                           QStringLiteral("--trusted-proxy")};
            if (!known.contains(arg))
                return tr("Unknown option %1.").arg(arg);
            if (args.isEmpty())
                return tr("%1 needs a value.").arg(arg);
            value = args.takeFirst();
        }
        bool ok = true;
        if (arg == QLatin1String("--listen")) {
            if (!parseListen(value, *this))
                return tr("--listen needs HOST:PORT with an IP address or localhost, not \"%1\".")
                    .arg(value);
        } else if (arg == QLatin1String("--database")) {
            database = value;
        } else if (arg == QLatin1String("--tls-cert")) {
            tlsCert = value;
            tlsGiven = true;
        } else if (arg == QLatin1String("--tls-key")) {
            tlsKey = value;
            tlsGiven = true;
        } else if (arg == QLatin1String("--access-token-ttl")) {
            accessTokenTtl = value.toLongLong(&ok);
            ok = ok && accessTokenTtl > 0;
        } else if (arg == QLatin1String("--refresh-token-ttl")) {
            refreshTokenTtl = value.toLongLong(&ok);
            ok = ok && refreshTokenTtl > 0;
        } else if (arg == QLatin1String("--bulk-delete-share")) {
            bulkDeleteShare = value.toDouble(&ok);
            ok = ok && bulkDeleteShare > 0 && bulkDeleteShare <= 1;
        } else if (arg == QLatin1String("--log")) {
            logFile = value;
        } else if (arg == QLatin1String("--trusted-proxy")) {
            const QHostAddress proxy(value);
            ok = !proxy.isNull();
            trustedProxies.append(proxy);
        } else {
            return tr("Unknown option %1.").arg(arg);
        }
        if (!ok)
            return tr("%1: \"%2\" is not a valid value.").arg(arg, value);
    }
    if (tlsGiven && (tlsCert.isEmpty() || tlsKey.isEmpty()))
        return tr("--tls-cert and --tls-key go together.");
    return {};
}

QHostAddress ServerOptions::clientAddress(const QHostAddress &peer,
                                          const QByteArray &forwardedFor) const
{
    const auto trusted = [this](const QHostAddress &address) {
        for (const QHostAddress &proxy : trustedProxies) {
            if (proxy.isEqual(address, QHostAddress::TolerantConversion))
                return true;
        }
        return false;
    };
    if (!trusted(peer) || forwardedFor.isEmpty())
        return peer;
    // "client, proxy1, proxy2": the last entry not one of ours is the client; earlier entries
    // come from the client itself and prove nothing.
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QHostAddress hop(QString::fromLatin1(hops.at(i).trimmed()));
        if (hop.isNull())
            return peer;
        if (!trusted(hop))
            return hop;
    }
    return peer;
}

} // namespace SchoolSuite::Server
