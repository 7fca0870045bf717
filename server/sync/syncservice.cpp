#include "syncservice.h"

#include "catalogue.h"
#include "core/error.h"
#include "core/store/hlc.h"
#include "core/store/uuid.h"
#include "pushmerge.h"
#include "server/platform/apierror.h"
#include "server/platform/serverdb.h"
#include "sync/wire.h"

#include <QCborArray>
#include <QDateTime>
#include <QSqlQuery>

namespace SchoolSuite::Server {

namespace {

QByteArray encodePrincipal(const Principal &p)
{
    QCborMap m;
    m.insert(QStringLiteral("device_id"), p.deviceId);
    m.insert(QStringLiteral("device_name"), p.deviceName);
    m.insert(QStringLiteral("school_id"), p.schoolId);
    m.insert(QStringLiteral("school_code"), p.schoolCode);
    m.insert(QStringLiteral("user_id"), p.userId);
    m.insert(QStringLiteral("username"), p.username);
    m.insert(QStringLiteral("staff_id"), p.staffId);
    m.insert(QStringLiteral("role"), Roles::key(p.role));
    return m.toCborValue().toCbor();
}

Principal decodePrincipal(const QByteArray &cbor)
{
    const QCborMap m = QCborValue::fromCbor(cbor).toMap();
    Principal p;
    p.deviceId = m.value(QStringLiteral("device_id")).toString();
    p.deviceName = m.value(QStringLiteral("device_name")).toString();
    p.schoolId = m.value(QStringLiteral("school_id")).toString();
    p.schoolCode = m.value(QStringLiteral("school_code")).toString();
    p.userId = m.value(QStringLiteral("user_id")).toString();
    p.username = m.value(QStringLiteral("username")).toString();
    p.staffId = m.value(QStringLiteral("staff_id")).toString();
    p.role = Roles::fromKey(m.value(QStringLiteral("role")).toString());
    return p;
}

ApiError heldError(const QString &heldId, const QString &table, qint64 deletes, qint64 rows)
{
    QCborMap extra;
    extra.insert(QStringLiteral("held_id"), heldId);
    extra.insert(QStringLiteral("table"), table);
    extra.insert(QStringLiteral("deletes"), deletes);
    extra.insert(QStringLiteral("rows"), rows);
    return ApiError(409,
                    QStringLiteral("bulk_delete"),
                    QStringLiteral("The batch would delete %1 of %2 rows of %3; it waits for an "
                                   "administrator's confirmation (held %4).")
                        .arg(deletes)
                        .arg(rows)
                        .arg(table, heldId),
                    extra);
}

ApiError epochError(const QString &current, const QString &why)
{
    QCborMap extra;
    extra.insert(QStringLiteral("epoch"), current);
    return ApiError(409, QStringLiteral("epoch"), why, extra);
}

qint64 deviceCursor(const QCborMap &body)
{
    const QCborValue v = body.value(QStringLiteral("device_cursor"));
    if (v.isUndefined() || v.isNull())
        return 0;
    try {
        return Wire::toInt64(v, QStringLiteral("device_cursor"));
    } catch (const Error &e) {
        throw ApiError::badRequest(e.message());
    }
}

// Merges a batch and records its answer under its batch_id, in the caller's transaction.
QCborMap applyBatch(ServerDb &db, const Principal &p, const QCborMap &body, PushMerge &merge)
{
    merge.write();
    const QString batchId = body.value(QStringLiteral("batch_id")).toString();
    QCborMap result;
    result.insert(QStringLiteral("batch_id"), batchId);
    result.insert(QStringLiteral("applied"), merge.applied());
    result.insert(QStringLiteral("skipped"), merge.skipped());
    result.insert(QStringLiteral("conflicts"), merge.conflicts());
    result.insert(QStringLiteral("server_hlc"), merge.serverHlc());
    result.insert(QStringLiteral("cursor"), deviceCursor(body));
    db.exec(QStringLiteral("INSERT INTO push_batches (batch_id, device_id, result, at) VALUES (?, "
                           "?, ?, ?)"),
            {batchId, p.deviceId, result.toCborValue().toCbor(), ServerDb::now()});
    return result;
}

} // namespace

SyncService::SyncService(ServerDb &db, const Catalogue &catalogue, Options options)
    : m_db(db)
    , m_catalogue(catalogue)
    , m_options(options)
{}

SyncService::SyncService(ServerDb &db, const Catalogue &catalogue)
    : SyncService(db, catalogue, Options())
{}

QCborMap SyncService::push(const Principal &p, const QCborMap &body)
{
    const QString batchId = body.value(QStringLiteral("batch_id")).toString();
    if (batchId.isEmpty())
        throw ApiError::badRequest(QStringLiteral("The push has no batch_id."));
    const QCborValue changes = body.value(QStringLiteral("changes"));
    if (!changes.isArray())
        throw ApiError::badRequest(QStringLiteral("The push has no list of changes."));
    if (changes.toArray().size() > m_options.maxChangesPerBatch)
        throw ApiError::badRequest(
            QStringLiteral("A batch holds at most %1 changes.").arg(m_options.maxChangesPerBatch));
    const QString epoch = m_db.epoch();
    const QCborValue sent = body.value(QStringLiteral("epoch"));
    if (!sent.isString() || sent.toString() != epoch)
        throw epochError(epoch, QStringLiteral("The server's data is of another epoch; reset."));
    if (deviceCursor(body) > m_db.lastSequence())
        throw epochError(epoch,
                         QStringLiteral("The device's cursor is ahead of the server; reset."));
    // An administrator may let a large deletion through at once.
    const bool guard = !(body.value(QStringLiteral("confirm_deletes")).toBool() && !p.isDevice()
                         && p.role == Role::Administrator);

    std::optional<ApiError> held;
    const QCborMap result = m_db.transaction([&]() -> QCborMap {
        m_db.lockSequence();
        QSqlQuery done = m_db.exec(QStringLiteral("SELECT result FROM push_batches WHERE "
                                                  "batch_id = ?"),
                                   {batchId});
        if (done.next())
            return QCborValue::fromCbor(done.value(0).toByteArray()).toMap();
        done.finish();
        QSqlQuery waiting = m_db.exec(QStringLiteral("SELECT held_id, tbl, deletes, total_rows "
                                                     "FROM held_batches WHERE batch_id = ? AND "
                                                     "confirmed_at IS NULL"),
                                      {batchId});
        if (waiting.next()) {
            held = heldError(waiting.value(0).toString(),
                             waiting.value(1).toString(),
                             waiting.value(2).toLongLong(),
                             waiting.value(3).toLongLong());
            waiting.finish();
            return {};
        }
        PushMerge merge(m_db, m_catalogue, p);
        merge.prepare(changes.toArray());
        if (guard) {
            if (const auto bulk
                = merge.bulkDelete(m_options.bulkDeleteShare, m_options.bulkDeleteMinRows)) {
                const QString heldId = Uuid::v7();
                m_db.exec(QStringLiteral(
                              "INSERT INTO held_batches (held_id, batch_id, school_id, device_id, "
                              "principal, body, tbl, deletes, total_rows, held_at) VALUES (?, ?, "
                              "?, ?, ?, ?, ?, ?, ?, ?)"),
                          {heldId,
                           batchId,
                           p.schoolId,
                           p.deviceId,
                           encodePrincipal(p),
                           body.toCborValue().toCbor(),
                           bulk->table,
                           bulk->deletes,
                           bulk->rows,
                           ServerDb::now()});
                held = heldError(heldId, bulk->table, bulk->deletes, bulk->rows);
                return {};
            }
        }
        return applyBatch(m_db, p, body, merge);
    });
    if (held)
        throw *held;
    return result;
}

QCborMap SyncService::confirmHeld(const QString &heldId, const QString &confirmedBy)
{
    return m_db.transaction([&]() -> QCborMap {
        m_db.lockSequence();
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT batch_id, principal, body, confirmed_at "
                                               "FROM held_batches WHERE held_id = ?"),
                                {heldId});
        if (!q.next())
            throw ApiError(404,
                           QStringLiteral("not_found"),
                           QStringLiteral("No batch is held as %1.").arg(heldId));
        const QString batchId = q.value(0).toString();
        const Principal p = decodePrincipal(q.value(1).toByteArray());
        const QCborMap body = QCborValue::fromCbor(q.value(2).toByteArray()).toMap();
        const bool confirmed = !q.value(3).isNull();
        q.finish();
        if (confirmed) {
            const QByteArray result = m_db.scalar(QStringLiteral("SELECT result FROM push_batches "
                                                                 "WHERE batch_id = ?"),
                                                  {batchId})
                                          .toByteArray();
            return QCborValue::fromCbor(result).toMap();
        }
        PushMerge merge(m_db, m_catalogue, p);
        merge.prepare(body.value(QStringLiteral("changes")).toArray());
        const QCborMap result = applyBatch(m_db, p, body, merge);
        m_db.exec(QStringLiteral("UPDATE held_batches SET confirmed_at = ?, confirmed_by = ? "
                                 "WHERE held_id = ?"),
                  {ServerDb::now(), confirmedBy, heldId});
        return result;
    });
}

QCborMap SyncService::confirmHeld(const Principal &p, const QString &heldId)
{
    if (p.isDevice() || p.role != Role::Administrator)
        throw ApiError::forbidden(QStringLiteral("Only an administrator confirms a held batch."));
    const QVariant school = m_db.scalar(QStringLiteral("SELECT school_id FROM held_batches WHERE "
                                                       "held_id = ?"),
                                        {heldId});
    if (school.toString() != p.schoolId)
        throw ApiError(404,
                       QStringLiteral("not_found"),
                       QStringLiteral("No batch of this school is held as %1.").arg(heldId));
    return confirmHeld(heldId, p.actor());
}

QList<QCborMap> SyncService::heldBatches() const
{
    QList<QCborMap> list;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT held_id, batch_id, school_id, device_id, principal, tbl, deletes, total_rows, "
        "held_at FROM held_batches WHERE confirmed_at IS NULL ORDER BY held_at, held_id"));
    while (q.next()) {
        QCborMap m;
        m.insert(QStringLiteral("held_id"), q.value(0).toString());
        m.insert(QStringLiteral("batch_id"), q.value(1).toString());
        m.insert(QStringLiteral("school_id"), q.value(2).toString());
        m.insert(QStringLiteral("device_id"), q.value(3).toString());
        m.insert(QStringLiteral("user"), decodePrincipal(q.value(4).toByteArray()).actor());
        m.insert(QStringLiteral("table"), q.value(5).toString());
        m.insert(QStringLiteral("deletes"), q.value(6).toLongLong());
        m.insert(QStringLiteral("rows"), q.value(7).toLongLong());
        m.insert(QStringLiteral("held_at"), q.value(8).toString());
        list << m;
    }
    return list;
}

} // namespace SchoolSuite::Server
