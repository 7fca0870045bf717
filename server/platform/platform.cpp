#include "platform.h"

#include "server/sync/catalogue.h"

namespace SchoolSuite::Server {

Platform::Platform(const QString &databaseUrl, Options options)
    : m_db(std::make_unique<ServerDb>(databaseUrl))
    , m_syncOptions(options.sync)
{
    m_db->migrate();
    if (!SyncService::hasDistrictTargets(*m_db))
        sync().seedDistrictTargets();
    m_auth = std::make_unique<Auth>(*m_db, options.auth);
    m_directory = std::make_unique<Directory>(*m_db);
    m_blobs = std::make_unique<BlobStore>(*m_db);
}

Platform::~Platform() = default;

const Catalogue &Platform::catalogue()
{
    if (!m_catalogue)
        m_catalogue = std::make_unique<Catalogue>(Catalogue::fromRegistry());
    return *m_catalogue;
}

SyncService &Platform::sync()
{
    if (!m_sync)
        m_sync = std::make_unique<SyncService>(*m_db, catalogue(), m_syncOptions);
    return *m_sync;
}

} // namespace SchoolSuite::Server
