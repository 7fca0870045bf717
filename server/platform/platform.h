#pragma once

#include "auth.h"
#include "blobstore.h"
#include "directory.h"
#include "serverdb.h"

#include "server/sync/syncservice.h"

#include <memory>

namespace SchoolSuite::Server {

class Catalogue;

// The district platform's services on one database, as the server and the admin commands use
// them. Opening migrates the database. The table catalogue (built from the registered modules:
// call registerCoreModules() and registerSyncModule() first) and the sync service come with the
// first call of catalogue() or sync(): building it applies every client migration to a scratch
// store, which admin commands on schools, users and devices do not need. Opening a database
// whose district targets are not written yet writes them, and so builds the catalogue.
class Platform
{
public:
    struct Options
    {
        Auth::Options auth;
        SyncService::Options sync;
    };

    // Throws Error when the database cannot be opened or migrated.
    Platform(const QString &databaseUrl, Options options);
    ~Platform();

    ServerDb &db() { return *m_db; }
    const Catalogue &catalogue(); // throws Error when a client migration fails
    SyncService &sync();
    Auth &auth() { return *m_auth; }
    Directory &directory() { return *m_directory; }
    BlobStore &blobs() { return *m_blobs; }

private:
    std::unique_ptr<ServerDb> m_db;
    SyncService::Options m_syncOptions;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<Auth> m_auth;
    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<BlobStore> m_blobs;
};

} // namespace SchoolSuite::Server
