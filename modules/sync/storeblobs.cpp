#include "storeblobs.h"

#include "blobclient.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace SchoolSuite::StoreBlobs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::StoreBlobs", text);
}

BlobClient clientFor(const QString &serverUrl, const QByteArray &credential)
{
    if (serverUrl.isEmpty())
        throw Error(tr("This computer is not enrolled with a district platform yet."));
    if (credential.isEmpty())
        throw Error(tr("This computer's district credential is missing from the keychain; "
                       "enroll it again."));
    return BlobClient(QUrl(serverUrl), QByteArrayLiteral("Device ") + credential);
}

} // namespace

QString cacheDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("blobs"));
}

QString fetch(const QString &dataDir,
              const QString &serverUrl,
              const QByteArray &credential,
              const QString &sha256)
{
    const QString cached = BlobClient::cachedPath(cacheDir(dataDir), sha256);
    if (BlobClient::isValidName(sha256) && QFileInfo::exists(cached))
        return cached;
    return clientFor(serverUrl, credential).fetch(sha256, cacheDir(dataDir));
}

QString upload(const QString &dataDir,
               const QString &serverUrl,
               const QByteArray &credential,
               const QString &filePath)
{
    const QString sha = clientFor(serverUrl, credential).upload(filePath);
    const QString cached = BlobClient::cachedPath(cacheDir(dataDir), sha);
    if (!QFileInfo::exists(cached)) {
        QDir().mkpath(QFileInfo(cached).absolutePath());
        QFile::copy(filePath, cached);
    }
    return sha;
}

} // namespace SchoolSuite::StoreBlobs
