#include "platform.h"

#include "server/sync/catalogue.h"

namespace SchoolSuite::Server {

Platform::Platform(const QString &databaseUrl, Options options)
    : m_db(std::make_unique<ServerDb>(databaseUrl))
{
    m_db->migrate();
    m_catalogue = std::make_unique<Catalogue>(Catalogue::fromRegistry());
    m_sync = std::make_unique<SyncService>(*m_db, *m_catalogue, options.sync);
    m_sync->seedDistrictTargets();
    m_auth = std::make_unique<Auth>(*m_db, options.auth);
    m_directory = std::make_unique<Directory>(*m_db);
    m_blobs = std::make_unique<BlobStore>(*m_db);
}

Platform::~Platform() = default;

} // namespace SchoolSuite::Server
