// The district database (server/platform/serverdb.h): URLs, migrations, one sequence shared by
// every connection and process.
#include "core/error.h"
#include "core/store/uuid.h"
#include "syncservicetest.h"

#include <QMutex>
#include <QSqlQuery>

#include <atomic>
#include <thread>

namespace SchoolSuite::Server {

void SyncServiceTest::badUrlsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("other engine") << QStringLiteral("mysql://u@localhost/district");
    QTest::newRow("no file") << QStringLiteral("sqlite:");
    QTest::newRow("no user") << QStringLiteral("postgresql://localhost/district");
    QTest::newRow("no host") << QStringLiteral("postgresql://u@/district");
    QTest::newRow("no database") << QStringLiteral("postgresql://u@localhost/");
    QTest::newRow("empty") << QString();
}

void SyncServiceTest::badUrlsRefused()
{
    QFETCH(QString, url);
    try {
        ServerDb db(url);
        QFAIL("the URL was taken");
    } catch (const Error &e) {
        QVERIFY(!e.message().isEmpty());
    }
}

void SyncServiceTest::migrationsRecorded()
{
    const QStringList applied = m_db->appliedMigrations();
    QVERIFY2(applied.contains(QStringLiteral("0001_base")), qPrintable(applied.join(u',')));
    QVERIFY(applied.contains(QStringLiteral("0003_sync")));
    m_db->migrate();
    QCOMPARE(m_db->appliedMigrations(), applied);
    QCOMPARE(m_db->lastSequence(), 0);
    QVERIFY(!m_db->url().contains(QStringLiteral("secret")));
    // A second connection sees the same dataset.
    ServerDb other(m_url);
    QCOMPARE(other.epoch(), m_db->epoch());
}

void SyncServiceTest::interleavedConnectionsShareOneSequence()
{
    ServerDb other(m_url);
    const auto insertRow = [](ServerDb &db, qint64 seq) {
        db.exec(QStringLiteral("INSERT INTO sync_rows (tbl, id, school_id, scope, seq, deleted, "
                               "fields, clocks, hlcs, created_at, updated_at) VALUES ('rooms', ?, "
                               "'school-1', 'school', ?, 0, ?, ?, ?, ?, ?)"),
                {Uuid::v7(),
                 seq,
                 QByteArray("\xa0"),
                 QByteArray("\xa0"),
                 QByteArray("\xa0"),
                 ServerDb::now(),
                 ServerDb::now()});
    };
    if (isPostgres()) {
        // Both transactions open at once; the second takes its numbers after the first commits.
        m_db->begin();
        other.begin();
        const qint64 first = m_db->reserveSequence(3);
        insertRow(*m_db, first);
        QCOMPARE(other.lastSequence(), 0); // not committed: invisible
        m_db->commit();
        const qint64 second = other.reserveSequence(2);
        insertRow(other, second);
        QCOMPARE(first, 1);
        QCOMPARE(second, 4);
        QCOMPARE(m_db->lastSequence(), 3);
        other.commit();
    } else {
        // SQLite has one writer at a time (BEGIN IMMEDIATE); a reader sees the committed value.
        m_db->begin();
        QCOMPARE(m_db->reserveSequence(3), 1);
        insertRow(*m_db, 1);
        QCOMPARE(other.lastSequence(), 0);
        m_db->commit();
        other.begin();
        QCOMPARE(other.reserveSequence(2), 4);
        insertRow(other, 4);
        QCOMPARE(m_db->lastSequence(), 3);
        other.commit();
    }
    QCOMPARE(m_db->lastSequence(), 5);
    // Numbers of a rolled-back transaction are handed out again.
    other.begin();
    QCOMPARE(other.reserveSequence(4), 6);
    other.rollback();
    QCOMPARE(m_db->lastSequence(), 5);
    m_db->transaction([&] { QCOMPARE(m_db->reserveSequence(1), 6); });
    QCOMPARE(other.lastSequence(), 6);
}

void SyncServiceTest::concurrentPushesKeepEverySequence()
{
    constexpr int batches = 12;
    constexpr int perBatch = 25;
    QMutex mutex;
    QStringList errors;
    QSet<QString> pulled;
    std::atomic<int> pushersDone{0};
    const QString url = m_url;
    // Both devices also edit one shared row, each its own field: a merge that read the row
    // before the other's commit would write the other's field back to its old value.
    const QString shared = Uuid::v7();
    push(device(QStringLiteral("dev-a")),
         {change(1,
                 QStringLiteral("rooms"),
                 shared,
                 QStringLiteral("insert"),
                 hlc(0),
                 0,
                 QCborMap{{QStringLiteral("name"), QStringLiteral("shared")},
                          {QStringLiteral("type"), QStringLiteral("office")}})});
    const auto pusher = [&](const QString &deviceId) {
        try {
            ServerDb db(url);
            const Catalogue catalogue = testCatalogue();
            SyncService sync(db, catalogue);
            const Principal p = device(deviceId);
            for (int b = 0; b < batches; ++b) {
                QCborArray changes;
                for (int i = 0; i < perBatch; ++i)
                    changes.append(
                        change(b * perBatch + i + 1,
                               QStringLiteral("rooms"),
                               Uuid::v7(),
                               QStringLiteral("insert"),
                               hlc(b + 1),
                               0,
                               QCborMap{{QStringLiteral("name"),
                                         QStringLiteral("%1-%2-%3").arg(deviceId).arg(b).arg(i)},
                                        {QStringLiteral("type"), QStringLiteral("classroom")}}));
                const QString field = deviceId == QStringLiteral("dev-a")
                                          ? QStringLiteral("building")
                                          : QStringLiteral("note");
                changes.append(
                    change(0,
                           QStringLiteral("rooms"),
                           shared,
                           QStringLiteral("update"),
                           hlc(b + 1),
                           1,
                           QCborMap{{field, QStringLiteral("%1-%2").arg(deviceId).arg(b)}}));
                QCborMap body;
                body.insert(QStringLiteral("batch_id"), Uuid::v7());
                body.insert(QStringLiteral("epoch"), db.epoch());
                body.insert(QStringLiteral("changes"), changes);
                sync.push(p, body);
            }
        } catch (const std::exception &e) {
            QMutexLocker lock(&mutex);
            errors << QString::fromUtf8(e.what());
        }
        ++pushersDone;
    };
    // A device pulling all along never skips a row: sequences become visible in order.
    const auto puller = [&] {
        try {
            ServerDb db(url);
            const Catalogue catalogue = testCatalogue();
            SyncService sync(db, catalogue);
            qint64 cursor = 0;
            bool last = false;
            while (true) {
                const bool finished = pushersDone.load() == 2;
                QCborMap request;
                request.insert(QStringLiteral("epoch"), db.epoch());
                request.insert(QStringLiteral("cursor"), cursor);
                request.insert(QStringLiteral("limit"), 40);
                const QCborMap answer = sync.pull(device(QStringLiteral("dev-p")), request);
                for (const QCborValue &v : answer.value(QStringLiteral("rows")).toArray()) {
                    const qint64 seq = v.toMap().value(QStringLiteral("seq")).toInteger();
                    if (seq <= cursor)
                        throw std::runtime_error("a pulled sequence went backwards");
                    pulled.insert(v.toMap().value(QStringLiteral("id")).toString());
                }
                cursor = answer.value(QStringLiteral("cursor")).toInteger();
                if (!answer.value(QStringLiteral("more")).toBool() && last)
                    break;
                if (!answer.value(QStringLiteral("more")).toBool())
                    last = finished;
            }
        } catch (const std::exception &e) {
            QMutexLocker lock(&mutex);
            errors << QString::fromUtf8(e.what());
        }
    };
    std::thread a(pusher, QStringLiteral("dev-a"));
    std::thread b(pusher, QStringLiteral("dev-b"));
    std::thread p(puller);
    a.join();
    b.join();
    p.join();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    // Each batch gives its rows and the shared row a sequence; the shared row keeps its last.
    constexpr int rows = 2 * batches * perBatch + 1;
    const qint64 sequences = 1 + 2 * batches * (perBatch + 1);
    QCOMPARE(m_db->lastSequence(), sequences);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM sync_rows")).toInt(), rows);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(DISTINCT seq) FROM sync_rows")).toInt(),
             rows);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT max(seq) FROM sync_rows")).toLongLong(),
             sequences);
    QCOMPARE(pulled.size(), rows);
    const QCborMap room = pullAll(device(QStringLiteral("dev-c")))
                              .value(QStringLiteral("rooms/") + shared)
                              .value(QStringLiteral("fields"))
                              .toMap();
    QCOMPARE(room.value(QStringLiteral("building")).toString(),
             QStringLiteral("dev-a-%1").arg(batches - 1));
    QCOMPARE(room.value(QStringLiteral("note")).toString(),
             QStringLiteral("dev-b-%1").arg(batches - 1));
}

void SyncServiceTest::concurrentMigrations()
{
    // A fresh, empty database that several processes start on at once.
    std::unique_ptr<Test::PostgresDatabase> pg;
    QTemporaryDir dir;
    QString url;
    if (isPostgres()) {
        pg = std::make_unique<Test::PostgresDatabase>();
        QVERIFY2(pg->isAvailable(), qPrintable(pg->errorString()));
        url = pg->url();
    } else {
        url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("fresh.db"));
    }
    QMutex mutex;
    QStringList errors;
    const auto start = [&] {
        try {
            ServerDb db(url);
            db.migrate();
        } catch (const std::exception &e) {
            QMutexLocker lock(&mutex);
            errors << QString::fromUtf8(e.what());
        }
    };
    std::thread t1(start), t2(start), t3(start);
    t1.join();
    t2.join();
    t3.join();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    {
        ServerDb db(url);
        QCOMPARE(db.appliedMigrations(), m_db->appliedMigrations());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM counters")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM server_meta WHERE key = 'epoch'"))
                     .toInt(),
                 1);
    }
}

} // namespace SchoolSuite::Server
