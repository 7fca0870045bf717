// The bulk-delete guard, epochs, tombstone purges and paging (docs/sync-protocol.md §5–§7).
#include "core/store/uuid.h"
#include "syncservicetest.h"

namespace SchoolSuite::Server {

namespace {

const QString kStudents = QStringLiteral("students");

QCborMap one(const QString &key, const QCborValue &value)
{
    QCborMap m;
    m.insert(key, value);
    return m;
}

int liveStudents(const QHash<QString, QCborMap> &rows)
{
    int live = 0;
    for (const QCborMap &row : rows) {
        if (row.value(QStringLiteral("table")).toString() == kStudents
            && !row.value(QStringLiteral("deleted")).toBool())
            ++live;
    }
    return live;
}

} // namespace

static QStringList insertStudents(SyncServiceTest &t, int count)
{
    QStringList ids;
    QCborArray changes;
    for (int i = 0; i < count; ++i) {
        ids << Uuid::v7();
        changes.append(
            SyncServiceTest::change(i + 1,
                                    kStudents,
                                    ids.last(),
                                    QStringLiteral("insert"),
                                    SyncServiceTest::hlc(1),
                                    0,
                                    SyncServiceTest::student(QStringLiteral("S%1").arg(i),
                                                             QStringLiteral("学生%1").arg(i))));
    }
    t.push(SyncServiceTest::device(QStringLiteral("dev-a")), changes);
    return ids;
}

static QCborArray deletes(const QStringList &ids, qint64 base)
{
    QCborArray changes;
    for (qsizetype i = 0; i < ids.size(); ++i)
        changes.append(SyncServiceTest::change(100 + i,
                                               kStudents,
                                               ids.at(i),
                                               QStringLiteral("delete"),
                                               SyncServiceTest::hlc(2),
                                               base,
                                               one(QStringLiteral("deleted"), 1)));
    return changes;
}

void SyncServiceTest::bulkDeleteHeldThenConfirmed()
{
    const QStringList ids = insertStudents(*this, 40);
    const Principal a = device(QStringLiteral("dev-a"));
    // Fewer than bulkDeleteMinRows pass, however large a share they are.
    QCOMPARE(push(a, deletes(ids.mid(0, 19), m_db->lastSequence()))
                 .value(QStringLiteral("applied"))
                 .toInteger(),
             19);
    QCOMPARE(liveStudents(pullAll(a)), 21);

    const qint64 before = m_db->lastSequence();
    const QCborMap batch = body(deletes(ids.mid(19, 20), before));
    QString heldId;
    try {
        m_sync->push(a, batch);
        QFAIL("20 of 21 rows were deleted without a confirmation");
    } catch (const ApiError &e) {
        QCOMPARE(e.status(), 409);
        QCOMPARE(e.code(), QStringLiteral("bulk_delete"));
        heldId = e.extra().value(QStringLiteral("held_id")).toString();
        QVERIFY(!heldId.isEmpty());
        QCOMPARE(e.extra().value(QStringLiteral("table")).toString(), kStudents);
        QCOMPARE(e.extra().value(QStringLiteral("deletes")).toInteger(), 20);
        QCOMPARE(e.extra().value(QStringLiteral("rows")).toInteger(), 21);
    }
    QCOMPARE(m_db->lastSequence(), before);
    QCOMPARE(liveStudents(pullAll(a)), 21);
    const QList<QCborMap> held = m_sync->heldBatches();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().value(QStringLiteral("held_id")).toString(), heldId);
    QCOMPARE(held.first().value(QStringLiteral("device_id")).toString(), QStringLiteral("dev-a"));
    QCOMPARE(held.first().value(QStringLiteral("school_id")).toString(),
             QStringLiteral("school-1"));

    // Sent again, the batch is still held under the same id.
    try {
        m_sync->push(a, batch);
        QFAIL("the held batch was applied when sent again");
    } catch (const ApiError &e) {
        QCOMPARE(e.code(), QStringLiteral("bulk_delete"));
        QCOMPARE(e.extra().value(QStringLiteral("held_id")).toString(), heldId);
    }

    const QCborMap confirmed = m_sync->confirmHeld(heldId, QStringLiteral("admin"));
    QCOMPARE(confirmed.value(QStringLiteral("applied")).toInteger(), 20);
    QCOMPARE(liveStudents(pullAll(a)), 1);
    QVERIFY(m_sync->heldBatches().isEmpty());
    const qint64 after = m_db->lastSequence();
    QCOMPARE(m_sync->push(a, batch), confirmed);
    QCOMPARE(m_sync->confirmHeld(heldId, QStringLiteral("admin")), confirmed);
    QCOMPARE(m_db->lastSequence(), after);
}

void SyncServiceTest::confirmHeldNeedsSchoolAdministrator()
{
    const QStringList ids = insertStudents(*this, 44);
    QCborMap batch = body(deletes(ids.mid(0, 20), m_db->lastSequence()));
    QString heldId;
    try {
        m_sync->push(device(QStringLiteral("dev-a")), batch);
        QFAIL("not held");
    } catch (const ApiError &e) {
        heldId = e.extra().value(QStringLiteral("held_id")).toString();
    }
    const auto status = [&](const Principal &p) {
        try {
            m_sync->confirmHeld(p, heldId);
        } catch (const ApiError &e) {
            return e.status();
        }
        return 200;
    };
    QCOMPARE(status(device(QStringLiteral("dev-a"))), 403);
    QCOMPARE(status(user(Role::Clerk, QStringLiteral("u1"))), 403);
    QCOMPARE(status(user(Role::Administrator,
                         QStringLiteral("u9"),
                         {},
                         QStringLiteral("dev-x"),
                         QStringLiteral("school-2"))),
             404);
    try {
        m_sync->confirmHeld(QStringLiteral("no-such-batch"), QStringLiteral("admin"));
        QFAIL("an unknown held id was confirmed");
    } catch (const ApiError &e) {
        QCOMPARE(e.status(), 404);
    }
    QCOMPARE(liveStudents(pullAll(device(QStringLiteral("dev-a")))), 44);
    QCOMPARE(status(user(Role::Administrator, QStringLiteral("u0"))), 200);
    QCOMPARE(liveStudents(pullAll(device(QStringLiteral("dev-a")))), 24);

    // An administrator's own push may carry its confirmation; a device's may not.
    batch = body(deletes(ids.mid(20, 20), m_db->lastSequence()));
    batch.insert(QStringLiteral("confirm_deletes"), true);
    try {
        m_sync->push(device(QStringLiteral("dev-a")), batch);
        QFAIL("a device confirmed its own bulk delete");
    } catch (const ApiError &e) {
        QCOMPARE(e.code(), QStringLiteral("bulk_delete"));
    }
    batch.insert(QStringLiteral("batch_id"), Uuid::v7());
    QCOMPARE(m_sync->push(user(Role::Administrator, QStringLiteral("u0")), batch)
                 .value(QStringLiteral("applied"))
                 .toInteger(),
             20);
    QCOMPARE(liveStudents(pullAll(device(QStringLiteral("dev-a")))), 4);
}

void SyncServiceTest::epochChangeResetsClients()
{
    insertStudents(*this, 2);
    const QString old = m_db->epoch();
    QCOMPARE(old.size(), 36);
    m_db->newEpoch();
    const QString current = m_db->epoch();
    QVERIFY(current != old);

    QCborMap stale = body({change(1,
                                  kStudents,
                                  Uuid::v7(),
                                  QStringLiteral("insert"),
                                  hlc(3),
                                  0,
                                  student(QStringLiteral("S9"), QStringLiteral("新")))});
    stale.insert(QStringLiteral("epoch"), old);
    try {
        m_sync->push(device(QStringLiteral("dev-a")), stale);
        QFAIL("a push of the old epoch was taken");
    } catch (const ApiError &e) {
        QCOMPARE(e.status(), 409);
        QCOMPARE(e.code(), QStringLiteral("epoch"));
    }
    QCborMap ahead = body({});
    ahead.insert(QStringLiteral("device_cursor"), m_db->lastSequence() + 10);
    try {
        m_sync->push(device(QStringLiteral("dev-a")), ahead);
        QFAIL("a cursor ahead of the server was taken");
    } catch (const ApiError &e) {
        QCOMPARE(e.code(), QStringLiteral("epoch"));
    }

    QCborMap request;
    request.insert(QStringLiteral("epoch"), old);
    request.insert(QStringLiteral("cursor"), 1);
    QCborMap answer = m_sync->pull(device(QStringLiteral("dev-a")), request);
    QCOMPARE(answer.value(QStringLiteral("reset")).toBool(), true);
    QCOMPARE(answer.value(QStringLiteral("epoch")).toString(), current);
    request.insert(QStringLiteral("epoch"), current);
    request.insert(QStringLiteral("cursor"), m_db->lastSequence() + 1);
    QCOMPARE(m_sync->pull(device(QStringLiteral("dev-a")), request)
                 .value(QStringLiteral("reset"))
                 .toBool(),
             true);
    request.insert(QStringLiteral("cursor"), 0);
    answer = m_sync->pull(device(QStringLiteral("dev-a")), request);
    QVERIFY(!answer.contains(QStringLiteral("reset")));
    QCOMPARE(answer.value(QStringLiteral("rows")).toArray().size(), 2);
}

void SyncServiceTest::purgedTombstonesResetOldCursors()
{
    const QStringList ids = insertStudents(*this, 2);
    const qint64 inserted = m_db->lastSequence();
    push(device(QStringLiteral("dev-a")), deletes(ids.mid(0, 1), inserted));
    const qint64 deleted = m_db->lastSequence();
    QCOMPARE(m_sync->purgeTombstones(400), 0);
    QCOMPARE(m_sync->purgeTombstones(-1), 1); // everything older than tomorrow
    QCOMPARE(m_sync->purgeTombstones(-1), 0);

    QCborMap request;
    request.insert(QStringLiteral("epoch"), m_db->epoch());
    request.insert(QStringLiteral("cursor"), inserted);
    QCOMPARE(m_sync->pull(device(QStringLiteral("dev-b")), request)
                 .value(QStringLiteral("reset"))
                 .toBool(),
             true);
    request.insert(QStringLiteral("cursor"), deleted);
    QVERIFY(
        !m_sync->pull(device(QStringLiteral("dev-b")), request).contains(QStringLiteral("reset")));
    const QHash<QString, QCborMap> rows = pullAll(device(QStringLiteral("dev-b")));
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.contains(kStudents + QLatin1Char('/') + ids.at(1)));
}

void SyncServiceTest::pullPagesInSequenceOrder()
{
    const QStringList ids = insertStudents(*this, 30);
    SyncService::Options options;
    options.maxPullLimit = 7;
    SyncService limited(*m_db, *m_catalogue, options);
    qint64 cursor = 0;
    QSet<QString> seen;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        QCborMap request;
        request.insert(QStringLiteral("epoch"), m_db->epoch());
        request.insert(QStringLiteral("cursor"), cursor);
        request.insert(QStringLiteral("limit"), 5000);
        const QCborMap answer = limited.pull(device(QStringLiteral("dev-b")), request);
        const QCborArray rows = answer.value(QStringLiteral("rows")).toArray();
        QVERIFY(rows.size() <= 7);
        qint64 previous = cursor;
        for (const QCborValue &v : rows) {
            const qint64 seq = v.toMap().value(QStringLiteral("seq")).toInteger();
            QVERIFY(seq > previous);
            previous = seq;
            seen.insert(v.toMap().value(QStringLiteral("id")).toString());
        }
        more = answer.value(QStringLiteral("more")).toBool();
        cursor = answer.value(QStringLiteral("cursor")).toInteger();
        QVERIFY(answer.value(QStringLiteral("server_hlc")).toInteger() > hlc(1));
    }
    QCOMPARE(pages, 5);
    QCOMPARE(seen, QSet<QString>(ids.cbegin(), ids.cend()));
    QCOMPARE(cursor, m_db->lastSequence());
}

} // namespace SchoolSuite::Server
