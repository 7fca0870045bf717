#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace SchoolSuite::Server {

// The command line of schoolsuite-district (/work/shared/CLI.md): global options, then either
// nothing (serve) or `admin COMMAND ...`.
struct ServerOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    QString hostText = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    QString database; // empty: defaultDatabase()
    QString tlsCert;
    QString tlsKey;
    qint64 accessTokenTtl = 3600;
    qint64 refreshTokenTtl = 30LL * 24 * 3600;
    double bulkDeleteShare = 0.25;
    QString logFile;
    // Reverse proxies (nginx) in front: a request from one of them is from the address its
    // X-Forwarded-For header names last, so limits and logs see the real client.
    QList<QHostAddress> trustedProxies;
    bool help = false;
    bool version = false;
    bool admin = false;
    QStringList adminArgs; // after "admin"

    // Returns an empty string, or a translated message when the usage is wrong (exit 2).
    QString parse(const QStringList &arguments);
    // The default database: sqlite:<AppDataLocation>/district.db.
    static QString defaultDatabase();
    QString databaseUrl() const { return database.isEmpty() ? defaultDatabase() : database; }
    bool tls() const { return !tlsCert.isEmpty(); }
    static QString usage();
    // The client behind a trusted proxy, else peer.
    QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor) const;
};

} // namespace SchoolSuite::Server
