#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>

namespace SchoolSuite {

// Files (notice attachments, board documents, resources) travel to and from the district as
// content-addressed blobs (docs/sync-protocol.md §8): uploads go in chunks and resume where the
// server stopped; downloads resume a partial file and are verified before use. Blocking: call it
// off the UI thread. Throws Error with a message fit to show.
class BlobClient
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    static constexpr qint64 ChunkSize = 1024 * 1024;

    // authorization: the value of the Authorization header ("Device ID.SECRET").
    BlobClient(const QUrl &server, const QByteArray &authorization);

    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Uploads the file unless the server has it; returns its SHA-256 (lower-case hex).
    QString upload(const QString &filePath, const Progress &progress = {});
    // The blob in cacheDir (downloading or resuming it first); returns the file's path.
    QString fetch(const QString &sha256, const QString &cacheDir, const Progress &progress = {});

    static QString sha256Of(const QString &filePath);
    static QString cachedPath(const QString &cacheDir, const QString &sha256);
    static bool isValidName(const QString &sha256);

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray received; // X-Received
        QString error;
    };
    Reply send(const QByteArray &method,
               const QString &path,
               const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;
    QUrl urlFor(const QString &path) const;

    QUrl m_server;
    QByteArray m_authorization;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    int m_timeoutMs = 60000;
};

} // namespace SchoolSuite
