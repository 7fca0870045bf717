// Pull (docs/sync-protocol.md §6): the rows changed after a cursor, in the principal's scopes.
#include "catalogue.h"
#include "core/error.h"
#include "core/store/hlc.h"
#include "rowstate.h"
#include "server/platform/apierror.h"
#include "server/platform/serverdb.h"
#include "sync/wire.h"
#include "syncservice.h"

#include <QCborArray>
#include <QDateTime>
#include <QSqlQuery>

namespace SchoolSuite::Server {

namespace {

constexpr int kDefaultLimit = 2000;

// Which sensitive columns a principal gets (DESIGN §5): the school's own machine all of them,
// teachers only those of their own classes' rows, other roles by their permission.
enum class Reveal { All, None, OwnClasses };

Reveal revealFor(const Principal &p)
{
    if (p.isDevice())
        return Reveal::All;
    if (p.role == Role::Teacher || p.role == Role::HomeroomTeacher)
        return Reveal::OwnClasses;
    return Roles::allows(p.role, Permission::SensitiveReveal) ? Reveal::All : Reveal::None;
}

qint64 optionalInt(const QCborMap &body, const QString &key, qint64 fallback)
{
    const QCborValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    try {
        return Wire::toInt64(v, key);
    } catch (const Error &e) {
        throw ApiError::badRequest(e.message());
    }
}

} // namespace

QCborMap SyncService::pull(const Principal &p, const QCborMap &body)
{
    const qint64 cursor = optionalInt(body, QStringLiteral("cursor"), 0);
    if (cursor < 0)
        throw ApiError::badRequest(QStringLiteral("The cursor is negative."));
    const qint64 limit = qBound<qint64>(qint64(1),
                                        optionalInt(body, QStringLiteral("limit"), kDefaultLimit),
                                        qint64(m_options.maxPullLimit));
    // Read before the rows: every sequence up to it is committed, so when the rows run out the
    // cursor may move up to it without skipping anything (§6).
    const qint64 last = m_db.lastSequence();
    const QString epoch = m_db.epoch();
    const qint64 serverHlc = qMax(m_db.meta(QStringLiteral("hlc")).toLongLong(),
                                  HybridLogicalClock::pack(QDateTime::currentMSecsSinceEpoch(), 0));
    const QCborValue sentEpoch = body.value(QStringLiteral("epoch"));
    const qint64 purged = m_db.meta(QStringLiteral("purge_seq")).toLongLong();
    if ((sentEpoch.isString() && sentEpoch.toString() != epoch) || cursor > last
        || (cursor > 0 && cursor < purged)) {
        QCborMap reset;
        reset.insert(QStringLiteral("reset"), true);
        reset.insert(QStringLiteral("epoch"), epoch);
        reset.insert(QStringLiteral("server_hlc"), serverHlc);
        return reset;
    }

    // One ordered, limited scan per scope, merged: each uses its own index.
    const QString columns = QStringLiteral("seq, tbl, id, scope, deleted, fields, hlcs, "
                                           "created_at, updated_at");
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM ("
                       "SELECT * FROM (SELECT %1 FROM sync_rows WHERE school_id = ? AND scope = "
                       "'school' AND seq > ? ORDER BY seq LIMIT ?) a "
                       "UNION ALL SELECT * FROM (SELECT %1 FROM sync_rows WHERE scope = "
                       "'district' AND seq > ? ORDER BY seq LIMIT ?) b "
                       "UNION ALL SELECT * FROM (SELECT %1 FROM sync_rows WHERE owner_id = ? AND "
                       "scope = 'personal' AND seq > ? ORDER BY seq LIMIT ?) c"
                       ") u ORDER BY seq LIMIT ?")
            .arg(columns));
    // Looked up before the rows are read: PostgreSQL streams a result that another query would
    // discard.
    const Reveal reveal = revealFor(p);
    const QSet<QString> ownClasses = reveal == Reveal::OwnClasses
                                         ? homeroomClasses(m_db, p.schoolId, p.staffId)
                                         : QSet<QString>();
    const qint64 fetch = limit + 1; // one more tells whether there is more
    // A device alone reads no personal rows; no owner id is empty.
    const QString owner = p.isDevice() ? QString(QLatin1String("")) : p.userId;
    ServerDb::run(q, {p.schoolId, cursor, fetch, cursor, fetch, owner, cursor, fetch, fetch});

    QCborArray rows;
    qint64 lastSeq = cursor;
    bool more = false;
    const QString kSeq = QStringLiteral("seq"), kTable = QStringLiteral("table"),
                  kId = QStringLiteral("id"), kScope = QStringLiteral("scope"),
                  kDeleted = QStringLiteral("deleted"), kFields = QStringLiteral("fields"),
                  kClocks = QStringLiteral("clocks"), kCreated = QStringLiteral("created_at"),
                  kUpdated = QStringLiteral("updated_at");
    while (q.next()) {
        if (rows.size() == limit) {
            more = true;
            break;
        }
        const qint64 seq = q.value(0).toLongLong();
        const QString table = q.value(1).toString();
        QCborMap fields = QCborValue::fromCbor(q.value(5).toByteArray()).toMap();
        QCborMap clocks = QCborValue::fromCbor(q.value(6).toByteArray()).toMap();
        if (reveal != Reveal::All) {
            const Catalogue::Table *t = m_catalogue.table(table);
            if (t && !t->decl.sensitiveColumns.isEmpty()) {
                bool show = false;
                if (reveal == Reveal::OwnClasses && !t->decl.classColumn.isEmpty())
                    show = ownClasses.contains(fields.value(t->decl.classColumn).toString());
                if (!show) {
                    for (const QString &column : t->decl.sensitiveColumns) {
                        fields.remove(column);
                        clocks.remove(column);
                    }
                }
            }
        }
        QCborMap row;
        row.insert(kSeq, seq);
        row.insert(kTable, table);
        row.insert(kId, q.value(2).toString());
        row.insert(kScope, q.value(3).toString());
        row.insert(kDeleted, q.value(4).toInt() != 0);
        row.insert(kFields, fields);
        row.insert(kClocks, clocks);
        row.insert(kCreated, q.value(7).toString());
        row.insert(kUpdated, q.value(8).toString());
        rows.append(row);
        lastSeq = seq;
    }
    q.finish();

    QCborMap answer;
    answer.insert(QStringLiteral("epoch"), epoch);
    answer.insert(QStringLiteral("cursor"), more ? lastSeq : qMax(lastSeq, last));
    answer.insert(QStringLiteral("more"), more);
    answer.insert(QStringLiteral("server_hlc"), serverHlc);
    answer.insert(QStringLiteral("rows"), rows);
    return answer;
}

} // namespace SchoolSuite::Server
