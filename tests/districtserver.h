#pragma once

// The real schoolsuite-district process for tests, on 127.0.0.1 with a port of the system's
// choosing. The test's CMake passes the binary:
//   target_compile_definitions(tst_x PRIVATE
//       SCHOOLSUITE_DISTRICT="$<TARGET_FILE:schoolsuite-district>")
//   add_dependencies(tst_x schoolsuite-district)
//
//   QTemporaryDir dir;
//   Test::DistrictServer server(QStringLiteral(SCHOOLSUITE_DISTRICT),
//                               Test::DistrictServer::sqliteUrl(dir.path()));
//   server.addSchool(u"S001"_s, u"第一小学"_s);
//   QVERIFY2(server.start(), qPrintable(server.stderrLog()));
//   const auto reply = server.request("GET", u"/api/v1/health"_s);
//   QCOMPARE(reply.status, 200);
#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace SchoolSuite::Test {

class DistrictServer
{
public:
    struct AdminResult
    {
        int exitCode = -1; // -1 when the command did not start or crashed
        QString out;
        QString err;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct HttpReply
    {
        int status = 0; // 0 when no HTTP answer came (connection refused, reset, timeout)
        QByteArray body;
        Headers headers;
        QString error; // the network error, when there was one

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return {};
        }
    };

    DistrictServer(QString binary, QString databaseUrl, QStringList extraArgs = {})
        : m_binary(std::move(binary))
        , m_databaseUrl(std::move(databaseUrl))
        , m_extraArgs(std::move(extraArgs))
    {}
    ~DistrictServer()
    {
        if (isRunning())
            terminate();
        if (isRunning())
            kill();
    }
    DistrictServer(const DistrictServer &) = delete;
    DistrictServer &operator=(const DistrictServer &) = delete;

    // A database URL for a SQLite file in dir.
    static QString sqliteUrl(const QString &dir)
    {
        return QStringLiteral("sqlite:") + dir + QStringLiteral("/district.db");
    }

    QString databaseUrl() const { return m_databaseUrl; }

    // Starts the server and waits for its "Listening on URL" line. False when it exits or stays
    // silent within timeoutMs; stderrLog() then tells why.
    bool start(int timeoutMs = 20000)
    {
        if (isRunning())
            return false;
        m_url.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(m_binary);
        m_process->setArguments(QStringList{QStringLiteral("--listen"),
                                            QStringLiteral("127.0.0.1:0"),
                                            QStringLiteral("--database"),
                                            m_databaseUrl}
                                + m_extraArgs);
        // The request log goes to a file: a full stderr pipe would stall the server while a test
        // does not run the event loop.
        m_process->setStandardErrorFile(logPath(), QIODevice::Append);
#ifdef Q_OS_LINUX
        // A test that crashes or is killed by ctest takes its server with it.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        appendLog(QStringLiteral("### start %1 %2\n")
                      .arg(m_binary, m_process->arguments().join(QLatin1Char(' '))));
        m_process->start(QIODevice::ReadOnly);
        if (!m_process->waitForStarted(timeoutMs)) {
            appendLog(QStringLiteral("### could not start: %1\n").arg(m_process->errorString()));
            m_process.reset();
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("^Listening on (http\\S+)\\s*$"));
        QElapsedTimer clock;
        clock.start();
        QByteArray seen;
        while (clock.elapsed() < timeoutMs) {
            while (m_process->canReadLine()) {
                const QString line = QString::fromUtf8(m_process->readLine());
                seen += line.toUtf8();
                const auto match = listening.match(line);
                if (match.hasMatch()) {
                    m_url = QUrl(match.captured(1));
                    if (m_url.isValid() && m_url.port() > 0)
                        return true;
                    m_url.clear();
                }
            }
            if (m_process->state() == QProcess::NotRunning)
                break;
            m_process->waitForReadyRead(int(qMax<qint64>(1, timeoutMs - clock.elapsed())));
        }
        appendLog(QStringLiteral("### no \"Listening on\" line; stdout was: %1\n")
                      .arg(QString::fromUtf8(seen + m_process->readAllStandardOutput())));
        if (isRunning())
            kill();
        return false;
    }

    bool isRunning() const
    {
        return m_process && m_process->state() != QProcess::NotRunning;
    }
    // http://127.0.0.1:PORT of the running server.
    QUrl url() const
    {
        return m_url;
    }
    int port() const
    {
        return m_url.port();
    }

    // SIGTERM, then waits for the graceful exit (SIGKILL after timeoutMs).
    void terminate(int timeoutMs = 30000)
    {
        if (!isRunning())
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(timeoutMs)) {
            appendLog(QStringLiteral("### no exit %1 ms after SIGTERM: killed\n").arg(timeoutMs));
            kill();
        }
    }
    // SIGKILL: the server gets no chance to finish anything (a crash).
    void kill()
    {
        if (!isRunning())
            return;
        m_process->kill();
        m_process->waitForFinished(30000);
    }
    // Stops (gracefully) and starts again on the same database; the port may change.
    bool restart(int timeoutMs = 20000)
    {
        terminate();
        return start(timeoutMs);
    }

    // Of the last run, after terminate()/kill(): 0 and NormalExit after a graceful stop.
    int exitCode() const
    {
        return m_process ? m_process->exitCode() : -1;
    }
    QProcess::ExitStatus exitStatus() const
    {
        return m_process ? m_process->exitStatus() : QProcess::CrashExit;
    }

    // Everything the server wrote on stderr, over all its runs.
    QString stderrLog() const
    {
        QFile file(logPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    // schoolsuite-district --database URL admin ARGS...; waits for it to end.
    AdminResult admin(const QStringList &args, int timeoutMs = 120000) const
    {
        QProcess process;
        process.start(
            m_binary,
            QStringList{QStringLiteral("--database"), m_databaseUrl, QStringLiteral("admin")}
                + args,
            QIODevice::ReadOnly);
        AdminResult result;
        if (!process.waitForStarted(timeoutMs)) {
            result.err = process.errorString();
            return result;
        }
        const bool finished = process.waitForFinished(timeoutMs);
        if (!finished) {
            process.kill();
            process.waitForFinished(30000);
        }
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        if (!finished)
            result.err += QStringLiteral("\n(killed after %1 ms)").arg(timeoutMs);
        else if (process.exitStatus() == QProcess::NormalExit)
            result.exitCode = process.exitCode();
        return result;
    }

    // The convenience commands record a test failure (with the command's stderr) and return
    // false when the command fails; a test that goes on should check the result.
    bool addSchool(const QString &code, const QString &name) const
    {
        return expectSuccess(admin({QStringLiteral("add-school"), code, name}), "admin add-school");
    }
    bool addUser(const QString &user,
                 const QString &schoolCode,
                 const QString &role,
                 const QString &password) const
    {
        const QString file = m_dir.filePath(QStringLiteral("password-%1").arg(++m_files));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(password.toUtf8()) < 0) {
            QTest::qFail("cannot write the password file", __FILE__, __LINE__);
            return false;
        }
        out.close();
        const bool ok = expectSuccess(admin({QStringLiteral("add-user"),
                                             user,
                                             QStringLiteral("--school"),
                                             schoolCode,
                                             QStringLiteral("--role"),
                                             role,
                                             QStringLiteral("--password-file"),
                                             file}),
                                      "admin add-user");
        QFile::remove(file);
        return ok;
    }
    // A one-time enrollment key for the school; empty (and a test failure) when the command fails.
    QString enrollmentKey(const QString &schoolCode) const
    {
        const AdminResult result = admin({QStringLiteral("enrollment-key"), schoolCode});
        if (!expectSuccess(result, "admin enrollment-key"))
            return {};
        return result.out.trimmed();
    }

    // One blocking HTTP request to the running server; path starts with "/" (may hold a query).
    HttpReply request(const QByteArray &method,
                      const QString &path,
                      const QByteArray &body = {},
                      const Headers &headers = {},
                      int timeoutMs = 15000) const
    {
        HttpReply result;
        if (m_url.isEmpty()) {
            result.error = QStringLiteral("the server is not running");
            return result;
        }
        QUrl target = m_url;
        const qsizetype query = path.indexOf(QLatin1Char('?'));
        target.setPath(query < 0 ? path : path.left(query));
        if (query >= 0)
            target.setQuery(path.mid(query + 1));
        QNetworkRequest req(target);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/cbor"));
        req.setTransferTimeout(timeoutMs);

        // A manager of its own: no connection is kept to a server that was since killed.
        QNetworkAccessManager manager;
        // A custom "HEAD" makes Qt wait for a body that never comes.
        QNetworkReply *reply = method == "HEAD" ? manager.head(req)
                                                : manager.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.append(pair);
        if (reply->error() != QNetworkReply::NoError)
            result.error = reply->errorString();
        delete reply;
        return result;
    }

private:
    QString logPath() const
    {
        return m_dir.filePath(QStringLiteral("district-stderr.log"));
    }
    void appendLog(const QString &text) const
    {
        QFile file(logPath());
        if (file.open(QIODevice::Append))
            file.write(text.toUtf8());
    }
    bool expectSuccess(const AdminResult &result, const char *what) const
    {
        if (result.exitCode == 0)
            return true;
        const QByteArray message = QByteArray(what) + " failed (exit "
                                   + QByteArray::number(result.exitCode)
                                   + "): " + result.err.toUtf8();
        QTest::qFail(message.constData(), __FILE__, __LINE__);
        return false;
    }

    QString m_binary;
    QString m_databaseUrl;
    QStringList m_extraArgs;
    QTemporaryDir m_dir;
    mutable int m_files = 0;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};

} // namespace SchoolSuite::Test
