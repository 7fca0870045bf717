#include "blobclient.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::BlobClient", text);
}
} // namespace

BlobClient::BlobClient(const QUrl &server, const QByteArray &authorization)
    : m_server(server)
    , m_authorization(authorization)
{}

bool BlobClient::isValidName(const QString &sha256)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(sha256).hasMatch();
}

QString BlobClient::cachedPath(const QString &cacheDir, const QString &sha256)
{
    return QDir(cacheDir).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

QString BlobClient::sha256Of(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("The file %1 cannot be read: %2").arg(filePath, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QUrl BlobClient::urlFor(const QString &path) const
{
    QUrl url = m_server;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

BlobClient::Reply BlobClient::send(const QByteArray &method,
                                   const QString &path,
                                   const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QNetworkAccessManager nam;
    QNetworkRequest request(urlFor(path));
    request.setSslConfiguration(m_ssl);
    request.setRawHeader("Authorization", m_authorization);
    request.setTransferTimeout(m_timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() || method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/octet-stream"));
    // A custom "HEAD" makes Qt wait for a body that never comes.
    QNetworkReply *reply
        = method == "HEAD" ? nam.head(request) : nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.received = reply->rawHeader("X-Received");
    if (r.status == 0)
        r.error = reply->errorString();
    reply->deleteLater();
    return r;
}

QString BlobClient::upload(const QString &filePath, const Progress &progress)
{
    const QString sha = sha256Of(filePath);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("The file %1 cannot be read: %2").arg(filePath, file.errorString()));
    const qint64 total = file.size();
    const QString path = QStringLiteral("/api/v1/blobs/") + sha;

    Reply head = send("HEAD", path);
    if (head.status == 200)
        return sha; // the district has it already
    if (head.status != 404)
        throw Error(head.status == 0
                        ? tr("The district platform cannot be reached: %1").arg(head.error)
                        : tr("The district platform refused the file (HTTP %1).").arg(head.status));
    qint64 offset = head.received.isEmpty() ? 0 : head.received.toLongLong();
    while (offset < total || (total == 0 && offset == 0)) {
        if (!file.seek(offset))
            throw Error(tr("The file %1 cannot be read: %2").arg(filePath, file.errorString()));
        const QByteArray chunk = file.read(ChunkSize);
        Reply put = send(
            "PUT", path + QStringLiteral("?offset=%1&size=%2").arg(offset).arg(total), chunk);
        if (put.status == 409 && !put.received.isEmpty()) {
            offset = put.received.toLongLong(); // the server has more or less than we thought
            continue;
        }
        if (put.status == 422)
            throw Error(tr("The file %1 changed while it was sent; send it again.").arg(filePath));
        if (put.status < 200 || put.status >= 300)
            throw Error(
                put.status == 0
                    ? tr("The district platform cannot be reached: %1").arg(put.error)
                    : tr("The district platform refused the file (HTTP %1).").arg(put.status));
        offset += chunk.size();
        if (progress)
            progress(offset, total);
        if (total == 0)
            break;
    }
    return sha;
}

QString BlobClient::fetch(const QString &sha256, const QString &cacheDir, const Progress &progress)
{
    if (!isValidName(sha256))
        throw Error(tr("\"%1\" is not the name of a file on the district platform.").arg(sha256),
                    Error::Invalid);
    const QString target = cachedPath(cacheDir, sha256);
    if (QFileInfo::exists(target))
        return target;
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QString partial = target + QStringLiteral(".part");
    QFile part(partial);
    if (!part.open(QIODevice::ReadWrite | QIODevice::Append))
        throw Error(tr("The file %1 cannot be written: %2").arg(partial, part.errorString()));
    const qint64 have = part.size();
    QList<QPair<QByteArray, QByteArray>> headers;
    if (have > 0)
        headers << qMakePair(QByteArray("Range"), "bytes=" + QByteArray::number(have) + '-');
    Reply get = send("GET", QStringLiteral("/api/v1/blobs/") + sha256, {}, headers);
    if (get.status == 200 && have > 0)
        part.resize(0); // the server sent the whole file
    else if (get.status != 200 && get.status != 206)
        throw Error(get.status == 0
                        ? tr("The district platform cannot be reached: %1").arg(get.error)
                    : get.status == 404
                        ? tr("The district platform does not have this file.")
                        : tr("The district platform refused the file (HTTP %1).").arg(get.status));
    part.write(get.body);
    part.close();
    if (progress)
        progress(part.size(), part.size());
    if (sha256Of(partial) != sha256) {
        QFile::remove(partial);
        throw Error(tr("The file from the district platform is damaged (its checksum does not "
                       "match); it was discarded."));
    }
    if (!QFile::rename(partial, target) && !QFileInfo::exists(target))
        throw Error(tr("The file %1 cannot be written.").arg(target));
    return target;
}

} // namespace SchoolSuite
