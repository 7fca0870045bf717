// Rows the district itself writes (admin commands) and the upkeep of sync_rows.
#include "catalogue.h"
#include "core/store/hlc.h"
#include "core/store/uuid.h"
#include "pushmerge.h"
#include "server/platform/apierror.h"
#include "server/platform/serverdb.h"
#include "syncservice.h"

#include <QCborArray>
#include <QDateTime>
#include <QSqlQuery>

namespace SchoolSuite::Server {

namespace {

// One change as a client would push it, written with the server as its device.
void writeAsServer(ServerDb &db,
                   const Catalogue &catalogue,
                   const QString &actor,
                   const QString &table,
                   const QString &id,
                   const QString &op,
                   const QCborMap &fields)
{
    PushMerge merge(db, catalogue, Principal{});
    merge.setServerWriter(actor);
    const qint64 hlc = qMax(db.meta(QStringLiteral("hlc")).toLongLong() + 1,
                            HybridLogicalClock::pack(QDateTime::currentMSecsSinceEpoch(), 0));
    QCborMap change;
    change.insert(QStringLiteral("seq"), 0);
    change.insert(QStringLiteral("table"), table);
    change.insert(QStringLiteral("id"), id);
    change.insert(QStringLiteral("op"), op);
    change.insert(QStringLiteral("hlc"), hlc);
    change.insert(QStringLiteral("base"), db.lastSequence());
    change.insert(QStringLiteral("fields"), fields);
    merge.prepare(QCborArray{change});
    merge.write();
}

const Catalogue::Table &districtTable(const Catalogue &catalogue, const QString &table)
{
    const Catalogue::Table *t = catalogue.table(table);
    if (!t)
        throw ApiError::invalid(QStringLiteral("Unknown table %1.").arg(table));
    if (t->decl.scope != TableScope::District)
        throw ApiError::forbidden(QStringLiteral("%1 is not district data.").arg(table),
                                  QStringLiteral("read_only"));
    return *t;
}

bool rowExists(ServerDb &db, const QString &table, const QString &id)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM sync_rows WHERE tbl = ? AND id = ?"),
                     {table, id})
               .toInt()
           > 0;
}

} // namespace

QString SyncService::writeDistrictRow(const QString &table,
                                      const QString &id,
                                      const QVariantMap &fields,
                                      const QString &actor)
{
    districtTable(m_catalogue, table);
    const QString rowId = id.isEmpty() ? Uuid::v7() : id;
    QCborMap values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        values.insert(it.key(), QCborValue::fromVariant(it.value()));
    m_db.transaction([&] {
        m_db.lockSequence();
        const bool exists = rowExists(m_db, table, rowId);
        writeAsServer(m_db,
                      m_catalogue,
                      actor,
                      table,
                      rowId,
                      exists ? QStringLiteral("update") : QStringLiteral("insert"),
                      values);
    });
    return rowId;
}

void SyncService::deleteDistrictRow(const QString &table, const QString &id, const QString &actor)
{
    districtTable(m_catalogue, table);
    m_db.transaction([&] {
        m_db.lockSequence();
        if (!rowExists(m_db, table, id))
            throw ApiError(404,
                           QStringLiteral("not_found"),
                           QStringLiteral("%1 has no row %2.").arg(table, id));
        writeAsServer(m_db, m_catalogue, actor, table, id, QStringLiteral("delete"), {});
    });
}

int SyncService::purgeTombstones(int olderThanDays)
{
    const QString cutoff
        = QDateTime::currentDateTimeUtc().addDays(-olderThanDays).toString(Qt::ISODateWithMs);
    return m_db.transaction([&] {
        m_db.lockSequence();
        const qint64 newest = m_db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM "
                                                         "sync_rows WHERE deleted = 1 AND "
                                                         "updated_at < ?"),
                                          {cutoff})
                                  .toLongLong();
        QSqlQuery q = m_db.exec(QStringLiteral("DELETE FROM sync_rows WHERE deleted = 1 AND "
                                               "updated_at < ?"),
                                {cutoff});
        const int removed = q.numRowsAffected();
        // A client that has not pulled up to the newest purged tombstone would miss it.
        if (newest > m_db.meta(QStringLiteral("purge_seq")).toLongLong())
            m_db.setMeta(QStringLiteral("purge_seq"), QString::number(newest));
        return removed;
    });
}

bool SyncService::hasDistrictTargets(ServerDb &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM sync_rows WHERE tbl = ?"),
                     {QStringLiteral("district_targets")})
               .toInt()
           > 0;
}

void SyncService::seedDistrictTargets()
{
    const QString table = QStringLiteral("district_targets");
    if (hasDistrictTargets(m_db))
        return;
    struct Target
    {
        int year;
        double multimedia, teachers, students;
    };
    // The plan's yearly targets: classrooms with multimedia, teachers and students per computer.
    const Target targets[] = {{2015, 0.7, 2.0, 12.0},
                              {2016, 0.8, 1.5, 10.0},
                              {2017, 0.9, 1.0, 8.0},
                              {2020, 1.0, 1.0, 7.0}};
    for (const Target &t : targets) {
        writeDistrictRow(table,
                         {},
                         {{QStringLiteral("year"), t.year},
                          {QStringLiteral("classroom_multimedia_rate"), t.multimedia},
                          {QStringLiteral("teacher_computer_ratio"), t.teachers},
                          {QStringLiteral("student_computer_ratio"), t.students}},
                         QStringLiteral("server"));
    }
}

} // namespace SchoolSuite::Server
