#pragma once

#include "server/platform/principal.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace SchoolSuite::Server {

class Catalogue;
class ServerDb;

// The server side of sync (docs/sync-protocol.md §4–§7): every synced row of every school in one
// generic table (sync_rows) with a value, HLC, sequence, device and user per field; pushes merged
// per field, pulls by sequence within the principal's scopes. Bodies and answers are the decoded
// protocol maps; refusals are ApiError (nothing written).
class SyncService
{
public:
    struct Options
    {
        double bulkDeleteShare = 0.25; // --bulk-delete-share
        int bulkDeleteMinRows = 20;
        int maxChangesPerBatch = 1000;
        int maxPullLimit = 5000;
    };

    SyncService(ServerDb &db, const Catalogue &catalogue, Options options);
    SyncService(ServerDb &db, const Catalogue &catalogue);

    // POST /sync/push (§5).
    QCborMap push(const Principal &p, const QCborMap &body);
    // POST /sync/pull (§6).
    QCborMap pull(const Principal &p, const QCborMap &body);

    // Applies a held batch as it was sent, for the principal who pushed it, and answers its push
    // result; a batch confirmed before answers the same result again. 404 not_found for an
    // unknown id. `admin confirm-held ID`.
    QCborMap confirmHeld(const QString &heldId, const QString &confirmedBy);
    // POST /sync/confirm: p must be an administrator user (403 forbidden) of the school the
    // batch was pushed from (404 not_found otherwise).
    QCborMap confirmHeld(const Principal &p, const QString &heldId);
    // Batches waiting for a confirmation, oldest first: {"held_id", "batch_id", "school_id",
    // "device_id", "user", "table", "deletes", "rows", "held_at"}.
    QList<QCborMap> heldBatches() const;

    // Writes a district-scope row (admin commands) with a new sequence so clients pull it;
    // fields are merged into the stored row (a field left out keeps its value). An empty id
    // makes a new UUIDv7. Returns the id. ApiError 422 for an unknown table or column, a wrong
    // type or a broken constraint; 403 read_only for a table that is not district scope.
    QString writeDistrictRow(const QString &table,
                             const QString &id,
                             const QVariantMap &fields,
                             const QString &actor);
    // Tombstones a district row (admin commands).
    void deleteDistrictRow(const QString &table, const QString &id, const QString &actor);
    // Removes tombstones not changed for olderThanDays; returns how many. A client whose
    // cursor is older than a removed tombstone gets {"reset": true} on its next pull.
    int purgeTombstones(int olderThanDays);
    // Writes the plan's yearly targets (2015, 2016, 2017, 2020) into district_targets when it
    // has no rows; call after ServerDb::migrate(). Does nothing otherwise.
    void seedDistrictTargets();
    // Whether district_targets has rows (seedDistrictTargets() would do nothing); needs no
    // catalogue.
    static bool hasDistrictTargets(ServerDb &db);

    const Options &options() const { return m_options; }

private:
    friend class PushMerge;
    ServerDb &m_db;
    const Catalogue &m_catalogue;
    Options m_options;
};

} // namespace SchoolSuite::Server
