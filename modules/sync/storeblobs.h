#pragma once

#include <QString>

namespace SchoolSuite {

// Blobs of one local store: cached in <data dir>/blobs/, fetched from the district the store is
// enrolled with. The device credential comes from the keychain, read on the GUI thread
// (DistrictAuth::deviceCredential) and handed to these calls, which block and run anywhere.
namespace StoreBlobs {

QString cacheDir(const QString &dataDir);
// The local path of the blob, downloading it when it is not cached. Blocking (run it off the UI
// thread); throws Error with a message fit to show.
QString fetch(const QString &dataDir,
              const QString &serverUrl,
              const QByteArray &credential,
              const QString &sha256);
// Sends a local file to the district (resuming an earlier partial upload) and keeps a copy in
// the cache; returns its SHA-256.
QString upload(const QString &dataDir,
               const QString &serverUrl,
               const QByteArray &credential,
               const QString &filePath);

} // namespace StoreBlobs

} // namespace SchoolSuite
