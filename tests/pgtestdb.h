#pragma once

// A fresh PostgreSQL database per test, on the cluster scripts/postgres-test.sh started.
//
//   if (!Test::PostgresDatabase::configured())
//       QSKIP("SCHOOLSUITE_TEST_POSTGRES is not set (scripts/test.sh sets it)");
//   Test::PostgresDatabase pg;
//   QVERIFY2(pg.isAvailable(), qPrintable(pg.errorString()));
//   DistrictServer server(SCHOOLSUITE_DISTRICT, pg.url());
//
// The database is created from the base URL in SCHOOLSUITE_TEST_POSTGRES (its role needs
// CREATEDB) and dropped, with any session still connected to it, when the object goes away.
#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

namespace SchoolSuite::Test {

class PostgresDatabase
{
public:
    static QString baseUrl() { return qEnvironmentVariable("SCHOOLSUITE_TEST_POSTGRES"); }
    static bool configured() { return !baseUrl().isEmpty(); }

    PostgresDatabase()
    {
        if (!configured()) {
            m_error = QStringLiteral("SCHOOLSUITE_TEST_POSTGRES is not set");
            return;
        }
        const QUrl base(baseUrl(), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty() || base.path().size() < 2) {
            m_error = QStringLiteral("SCHOOLSUITE_TEST_POSTGRES is not a URL like "
                                     "postgresql://USER@HOST:PORT/DATABASE: %1")
                          .arg(baseUrl());
            return;
        }
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("sstest_%1_%2_%3")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1))
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        // Only [a-z0-9_]: the name needs no quoting anywhere, also not in a URL.
        if (!runOnBase(QStringLiteral("CREATE DATABASE %1").arg(m_name), &m_error)) {
            m_name.clear();
            return;
        }
        QUrl url = base;
        url.setPath(QLatin1Char('/') + m_name);
        m_url = url.toString();
    }

    ~PostgresDatabase()
    {
        if (!m_name.isEmpty()) {
            QString error;
            // FORCE ends sessions a killed server or a test left behind.
            if (!runOnBase(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name),
                           &error))
                qWarning("Could not drop the test database %s: %s",
                         qPrintable(m_name),
                         qPrintable(error));
        }
    }

    PostgresDatabase(const PostgresDatabase &) = delete;
    PostgresDatabase &operator=(const PostgresDatabase &) = delete;

    bool isAvailable() const { return !m_url.isEmpty(); }
    // postgresql://USER@HOST:PORT/<fresh database>; empty when not available.
    QString url() const { return m_url; }
    QString name() const { return m_name; }
    // Why the database is not available.
    QString errorString() const { return m_error; }

    // An open QPSQL connection to a database URL, added under connectionName; check isOpen().
    // The caller ends it with QSqlDatabase::removeDatabase(connectionName) once every copy of the
    // handle is gone.
    static QSqlDatabase open(const QString &url, const QString &connectionName)
    {
        const QUrl u(url, QUrl::StrictMode);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        db.open();
        return db;
    }

private:
    static bool runOnBase(const QString &sql, QString *error)
    {
        static QAtomicInteger<int> connections;
        const QString connection
            = QStringLiteral("pgtestdb-%1").arg(connections.fetchAndAddRelaxed(1));
        bool ok = false;
        {
            QSqlDatabase db = open(baseUrl(), connection);
            if (!db.isOpen()) {
                *error = QStringLiteral("cannot connect to %1: %2")
                             .arg(baseUrl(), db.lastError().text());
            } else {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok)
                    *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QString m_name;
    QString m_url;
    QString m_error;
};

} // namespace SchoolSuite::Test
