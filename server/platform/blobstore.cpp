#include "blobstore.h"

#include "apierror.h"
#include "router.h"
#include "secrets.h"
#include "serverdb.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace SchoolSuite::Server {

namespace {

ApiError offsetError(qint64 received, const QString &message)
{
    QCborMap extra;
    extra.insert(QStringLiteral("received"), received);
    return ApiError(409, QStringLiteral("offset"), message, extra)
        .withHeader("X-Received", QByteArray::number(received));
}

// -1 when the request names no total size.
qint64 declaredSize(const Request &request)
{
    if (request.query.hasQueryItem(QStringLiteral("size"))) {
        bool ok = false;
        const qint64 size = request.query.queryItemValue(QStringLiteral("size")).toLongLong(&ok);
        if (!ok || size < 0)
            throw ApiError::badRequest(QStringLiteral("size must be a whole number"));
        return size;
    }
    static const QRegularExpression contentRange(QStringLiteral("^bytes \\d+-\\d+/(\\d+)$"));
    const auto match
        = contentRange.match(QString::fromLatin1(request.header("Content-Range").trimmed()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

BlobStore::BlobStore(ServerDb &db)
    : m_db(db)
{}

bool BlobStore::isValidName(const QString &sha256)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(sha256).hasMatch();
}

BlobStore::State BlobStore::state(const QString &sha256) const
{
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT complete, size FROM blobs WHERE sha256 = ?"), {sha256});
    if (!q.next())
        return {};
    return {true, q.value(0).toInt() != 0, q.value(1).toLongLong()};
}

Response BlobStore::head(const Request &request, const QString &sha256)
{
    if (!isValidName(sha256))
        throw ApiError::badRequest(QStringLiteral("a blob is named by its lower-case SHA-256"));
    const State s = state(sha256);
    Response response;
    if (s.complete) {
        response.setHeader("Content-Type", "application/octet-stream");
        response.setHeader("Content-Length", QByteArray::number(s.received));
        response.setHeader("Accept-Ranges", "bytes");
        return response;
    }
    response = Api::error(request, ApiError::notFound(QStringLiteral("no complete blob")));
    response.setHeader("X-Received", QByteArray::number(s.received));
    return response;
}

Response BlobStore::get(const Request &request, const QString &sha256)
{
    if (request.method == "HEAD")
        return head(request, sha256);
    if (!isValidName(sha256))
        throw ApiError::badRequest(QStringLiteral("a blob is named by its lower-case SHA-256"));
    const State s = state(sha256);
    if (!s.complete)
        throw ApiError::notFound(QStringLiteral("no complete blob ") + sha256);

    qint64 from = 0;
    const QByteArray range = request.header("Range").trimmed();
    if (!range.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^bytes=(\\d+)-$"));
        const auto match = pattern.match(QString::fromLatin1(range));
        if (!match.hasMatch())
            throw ApiError(416,
                           QStringLiteral("bad_request"),
                           QStringLiteral("only Range: bytes=N- is supported"))
                .withHeader("Content-Range", "bytes */" + QByteArray::number(s.received));
        from = match.captured(1).toLongLong();
        if (from >= s.received && s.received > 0)
            throw ApiError(
                416, QStringLiteral("bad_request"), QStringLiteral("range starts after the end"))
                .withHeader("Content-Range", "bytes */" + QByteArray::number(s.received));
    }
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT \"offset\", data FROM blob_chunks"
                                           " WHERE sha256 = ? AND \"offset\" + ? > ?"
                                           " ORDER BY \"offset\""),
                            {sha256, MaxChunkSize, from});
    QByteArray body;
    while (q.next()) {
        const qint64 offset = q.value(0).toLongLong();
        const QByteArray data = q.value(1).toByteArray();
        if (offset + data.size() <= from)
            continue;
        body.append(offset >= from ? data : data.mid(from - offset));
    }
    Response response;
    response.body = body;
    response.setHeader("Content-Type", "application/octet-stream");
    response.setHeader("Accept-Ranges", "bytes");
    if (!range.isEmpty()) {
        response.status = 206;
        response.setHeader("Content-Range",
                           "bytes " + QByteArray::number(from) + '-'
                               + QByteArray::number(s.received - 1) + '/'
                               + QByteArray::number(s.received));
    }
    return response;
}

Response BlobStore::put(const Request &request, const QString &sha256)
{
    if (!isValidName(sha256))
        throw ApiError::badRequest(QStringLiteral("a blob is named by its lower-case SHA-256"));
    if (request.body.size() > MaxChunkSize)
        throw ApiError(413,
                       QStringLiteral("too_large"),
                       QStringLiteral("a blob chunk is at most %1 bytes").arg(MaxChunkSize));
    bool ok = false;
    const qint64 offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong(&ok);
    if (!ok || offset < 0)
        throw ApiError::badRequest(QStringLiteral("PUT needs ?offset=N"));
    const qint64 total = declaredSize(request);
    if (total >= 0 && offset + request.body.size() > total)
        throw ApiError::badRequest(QStringLiteral("the chunk ends after the declared size"));

    const auto append = [&] {
        const State s = state(sha256);
        QCborMap result;
        if (s.complete) {
            // Somebody else uploaded the same file: nothing to add.
            result.insert(QStringLiteral("received"), s.received);
            result.insert(QStringLiteral("complete"), true);
            return result;
        }
        if (offset != s.received)
            throw offsetError(
                s.received, QStringLiteral("the server has %1 bytes of this blob").arg(s.received));
        if (!s.exists)
            m_db.exec(QStringLiteral("INSERT INTO blobs (sha256, size, complete, created_at)"
                                     " VALUES (?, 0, 0, ?)"),
                      {sha256, nowUtc()});
        qint64 received = s.received;
        if (!request.body.isEmpty()) {
            m_db.exec(QStringLiteral("INSERT INTO blob_chunks (sha256, \"offset\", data)"
                                     " VALUES (?, ?, ?)"),
                      {sha256, offset, request.body});
            received += request.body.size();
            m_db.exec(QStringLiteral("UPDATE blobs SET size = ? WHERE sha256 = ?"),
                      {received, sha256});
        }
        const bool finished = total >= 0 ? received == total : request.body.size() < MaxChunkSize;
        if (finished)
            finish(sha256);
        result.insert(QStringLiteral("received"), received);
        result.insert(QStringLiteral("complete"), finished);
        return result;
    };
    try {
        return Api::answer(request, m_db.transaction(append));
    } catch (const ApiError &e) {
        if (e.code() == QLatin1String("hash_mismatch")) {
            m_db.transaction([&] {
                m_db.exec(QStringLiteral("DELETE FROM blob_chunks WHERE sha256 = ?"), {sha256});
                m_db.exec(QStringLiteral("DELETE FROM blobs WHERE sha256 = ?"), {sha256});
            });
        }
        throw;
    }
}

void BlobStore::finish(const QString &sha256)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT data FROM blob_chunks WHERE sha256 = ?"
                                           " ORDER BY \"offset\""),
                            {sha256});
    while (q.next())
        hash.addData(q.value(0).toByteArray());
    q.finish();
    if (QString::fromLatin1(hash.result().toHex()) == sha256) {
        m_db.exec(
            QStringLiteral("UPDATE blobs SET complete = 1, completed_at = ? WHERE sha256 = ?"),
            {nowUtc(), sha256});
        return;
    }
    // put() discards the earlier chunks after this transaction rolls back.
    throw ApiError(422,
                   QStringLiteral("hash_mismatch"),
                   QStringLiteral("the uploaded bytes do not hash to ") + sha256);
}

QString BlobStore::store(const QByteArray &data)
{
    const QString sha256 = Secrets::sha256Hex(data);
    m_db.transaction([&] {
        if (state(sha256).complete)
            return;
        m_db.exec(QStringLiteral("DELETE FROM blob_chunks WHERE sha256 = ?"), {sha256});
        m_db.exec(QStringLiteral("DELETE FROM blobs WHERE sha256 = ?"), {sha256});
        m_db.exec(QStringLiteral("INSERT INTO blobs (sha256, size, complete, created_at,"
                                 " completed_at) VALUES (?, ?, 1, ?, ?)"),
                  {sha256, data.size(), nowUtc(), nowUtc()});
        for (qint64 offset = 0; offset < data.size() || offset == 0; offset += MaxChunkSize) {
            m_db.exec(QStringLiteral("INSERT INTO blob_chunks (sha256, \"offset\", data)"
                                     " VALUES (?, ?, ?)"),
                      {sha256, offset, data.mid(offset, MaxChunkSize)});
            if (data.isEmpty())
                break;
        }
    });
    return sha256;
}

QByteArray BlobStore::read(const QString &sha256) const
{
    if (!state(sha256).complete)
        return {};
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT data FROM blob_chunks WHERE sha256 = ?"
                                           " ORDER BY \"offset\""),
                            {sha256});
    QByteArray data;
    while (q.next())
        data.append(q.value(0).toByteArray());
    return data;
}

} // namespace SchoolSuite::Server
