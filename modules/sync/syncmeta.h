#pragma once

#include <QString>

namespace SchoolSuite::SyncMeta {

// Keys of the store's meta table that belong to the sync engine.
inline QString server()
{
    return QStringLiteral("sync_server");
}
inline QString deviceId()
{
    return QStringLiteral("sync_device_id");
}
inline QString epoch()
{
    return QStringLiteral("sync_epoch");
}
inline QString cursor()
{
    return QStringLiteral("sync_cursor");
}
inline QString caCertificates()
{
    return QStringLiteral("sync_ca_cert");
} // PEM text
// {"batch_id","from","to"}: the batch on its way, so a retry re-sends the same one.
inline QString pendingBatch()
{
    return QStringLiteral("sync_pending_batch");
}
// {"held_id","table","deletes","rows"}: the server holds our batch (push-side bulk delete).
inline QString heldPush()
{
    return QStringLiteral("sync_held_id");
}
inline QString heldPushInfo()
{
    return QStringLiteral("sync_held_info");
}
// {"table","deletes","rows"}: a pulled page waits for confirmation (pull-side bulk delete).
inline QString heldPull()
{
    return QStringLiteral("sync_pull_held");
}
// "1": the next sync lets a held pulled page through (sync --confirm-deletes).
inline QString confirmDeletes()
{
    return QStringLiteral("sync_confirm_deletes");
}

} // namespace SchoolSuite::SyncMeta
