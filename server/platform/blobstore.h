#pragma once

#include "httpserver.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>

namespace SchoolSuite::Server {

class ServerDb;

// Content-addressed files (docs/sync-protocol.md §8), kept as chunks in the database so every
// server process on one PostgreSQL sees the same blobs.
//
// The server learns that an upload is finished from the total size the client names, as
// `?size=N` or `Content-Range: bytes A-B/N`; without it, a chunk shorter than MaxChunkSize ends
// the upload. A finished upload is complete when its bytes hash to its name, else discarded.
class BlobStore
{
public:
    static constexpr qint64 MaxChunkSize = 1024 * 1024;

    explicit BlobStore(ServerDb &db);

    static bool isValidName(const QString &sha256);

    Response head(const Request &request, const QString &sha256);
    Response get(const Request &request, const QString &sha256);
    Response put(const Request &request, const QString &sha256);

    // Stores a whole file at once (admin add-notice) and returns its SHA-256.
    QString store(const QByteArray &data);
    // The bytes of a complete blob; empty when there is none.
    QByteArray read(const QString &sha256) const;

private:
    struct State
    {
        bool exists = false;
        bool complete = false;
        qint64 received = 0;
    };
    State state(const QString &sha256) const;
    void finish(const QString &sha256);

    ServerDb &m_db;
};

} // namespace SchoolSuite::Server
