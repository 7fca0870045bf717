#pragma once

// Shared by the district platform tests: a fresh database per test (SQLite, or PostgreSQL when
// SCHOOLSUITE_TEST_POSTGRES is set), the real server, and CBOR request helpers.
#include "districtserver.h"
#include "pgtestdb.h"

#include <QCborMap>
#include <QCborValue>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace SchoolSuite::Test {

using Headers = DistrictServer::Headers;

inline QByteArray cbor(const QCborMap &map)
{
    return QCborValue(map).toCbor();
}

inline QCborMap answer(const DistrictServer::HttpReply &reply)
{
    return QCborValue::fromCbor(reply.body).toMap();
}

inline QString errorCode(const DistrictServer::HttpReply &reply)
{
    return answer(reply).value(QStringLiteral("error")).toString();
}

inline Headers deviceAuth(const QString &credential, const QString &userToken = {})
{
    Headers headers{{"Authorization", "Device " + credential.toLatin1()}};
    if (!userToken.isEmpty())
        headers.append({"X-SchoolSuite-User", userToken.toLatin1()});
    return headers;
}

// The fixture of one test function and one database kind.
class DistrictFixture
{
public:
    explicit DistrictFixture(const QString &kind)
        : m_kind(kind)
    {
        if (kind == QLatin1String("sqlite")) {
            m_url = DistrictServer::sqliteUrl(m_dir.path());
        } else {
            m_pg = std::make_unique<PostgresDatabase>();
            m_url = m_pg->url();
        }
    }
    bool isSqlite() const { return m_kind == QLatin1String("sqlite"); }
    bool isAvailable() const { return !m_url.isEmpty(); }
    QString error() const { return m_pg ? m_pg->errorString() : QString(); }
    QString url() const { return m_url; }
    QString dir() const { return m_dir.path(); }

    std::unique_ptr<DistrictServer> server(const QStringList &extraArgs = {}) const
    {
        return std::make_unique<DistrictServer>(
            QStringLiteral(SCHOOLSUITE_DISTRICT), m_url, extraArgs);
    }

    // Runs one SQL statement on the server's database behind its back (ageing keys and tokens).
    bool execSql(const QString &sql) const
    {
        const QString name = QStringLiteral("fixture-sql");
        bool ok = false;
        {
            QSqlDatabase db;
            if (isSqlite()) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(m_url.mid(7));
                db.open();
            } else {
                db = PostgresDatabase::open(m_url, name);
            }
            if (db.isOpen()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // A scalar of a query on the server's database.
    QVariant scalar(const QString &sql) const
    {
        const QString name = QStringLiteral("fixture-scalar");
        QVariant value;
        {
            QSqlDatabase db;
            if (isSqlite()) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(m_url.mid(7));
                db.open();
            } else {
                db = PostgresDatabase::open(m_url, name);
            }
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

private:
    QString m_kind;
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresDatabase> m_pg;
    QString m_url;
};

// Enrolls a device of the school with a fresh key; the credential, or empty (test failed).
inline QString enroll(DistrictServer &server, const QString &schoolCode)
{
    const QString key = server.enrollmentKey(schoolCode);
    QCborMap body{{QStringLiteral("school_code"), schoolCode},
                  {QStringLiteral("key"), key},
                  {QStringLiteral("device_name"), QStringLiteral("test device")},
                  {QStringLiteral("platform"), QStringLiteral("linux")}};
    const auto reply = server.request("POST", QStringLiteral("/api/v1/enroll"), cbor(body));
    if (reply.status != 200)
        return {};
    return answer(reply).value(QStringLiteral("credential")).toString();
}

// HEAD through QNetworkAccessManager::head(): DistrictServer::request() sends every method as a
// custom verb, and for a custom "HEAD" Qt waits for the Content-Length bytes that never come.
inline DistrictServer::HttpReply head(const DistrictServer &server,
                                      const QString &path,
                                      const Headers &headers = {})
{
    QUrl url = server.url();
    url.setPath(path);
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(15000);
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.head(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    DistrictServer::HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    if (reply->error() != QNetworkReply::NoError)
        result.error = reply->errorString();
    return result;
}

inline DistrictServer::HttpReply signIn(DistrictServer &server,
                                        const QString &credential,
                                        const QString &username,
                                        const QString &password)
{
    return server.request(
        "POST",
        QStringLiteral("/api/v1/auth/signin"),
        cbor({{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}),
        deviceAuth(credential));
}

} // namespace SchoolSuite::Test
