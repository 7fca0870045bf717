#pragma once

// The real yaz-ztest (YAZ's Z39.50/SRU test server) on 127.0.0.1 with a free port, for the copy
// cataloguing tests. It answers any search with a hit count (the number a term starts with, else
// a pseudo-random one fixed by the query) and a few of its 24 built-in MARC 21 records, in
// USMARC over Z39.50 and MARCXML over SRU on the same port.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace SchoolSuite::Test {

class ZTestServer
{
public:
    explicit ZTestServer(QString binary)
        : m_binary(std::move(binary))
    {}
    ~ZTestServer() { stop(); }
    ZTestServer(const ZTestServer &) = delete;
    ZTestServer &operator=(const ZTestServer &) = delete;

    // A port nobody listens on now (the system's choice, released at once).
    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    // Starts it and waits until it accepts connections; another port is tried when the chosen one
    // was taken in between.
    bool start()
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            if (m_port == 0)
                return false;
            m_process = std::make_unique<QProcess>();
            m_process->setProgram(m_binary);
            // -T: threads, not forked children, so stopping the process stops every session.
            m_process->setArguments({QStringLiteral("-T"),
                                     QStringLiteral("-l"),
                                     m_dir.filePath(QStringLiteral("ztest.log")),
                                     QStringLiteral("tcp:127.0.0.1:%1").arg(m_port)});
#ifdef Q_OS_LINUX
            m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
            m_process->start(QIODevice::ReadOnly);
            if (!m_process->waitForStarted(10000))
                return false;
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 10000 && m_process->state() == QProcess::Running) {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, m_port);
                if (socket.waitForConnected(500))
                    return true;
                QTest::qWait(50);
            }
            stop();
        }
        return false;
    }

    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    quint16 port() const
    {
        return m_port;
    }
    // "127.0.0.1:PORT/Default" (Z39.50) and "http://127.0.0.1:PORT/Default" (SRU).
    QString z3950Url() const
    {
        return QStringLiteral("127.0.0.1:%1/Default").arg(m_port);
    }
    QString sruUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/Default").arg(m_port);
    }
    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("ztest.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    QString m_binary;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace SchoolSuite::Test
