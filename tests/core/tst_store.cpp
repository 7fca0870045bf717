// The local store: migrations, change capture, backup and restore, damaged and newer files.
#include "core/app/storemaintenance.h"
#include "core/error.h"
#include "core/store/bulkcapture.h"
#include "core/store/hlc.h"
#include "core/store/migrator.h"
#include "core/store/outbox.h"
#include "core/store/statement.h"
#include "core/store/syncschema.h"
#include "core/store/uuid.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

using namespace SchoolSuite;

namespace {
QStringList schemaOf(Database &db)
{
    QStringList rows;
    QSqlQuery q = db.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name NOT "
                                         "LIKE 'sqlite_%' ORDER BY type, name"));
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ')
                    + q.value(2).toString();
    return rows;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void opensWithWalAndForeignKeys()
    {
        Test::TempStore t;
        QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(t.db().scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
        QVERIFY(Uuid::isValid(t.store.schoolId()));
    }

    // Upgrading from every earlier version ends in the same schema as a fresh store.
    void upgradeFromEveryVersion_data()
    {
        QTest::addColumn<int>("from");
        Database probe;
        QTemporaryDir dir;
        probe.open(dir.filePath(QStringLiteral("probe.db")));
        Migrator m(probe);
        const int latest = m.latestVersion(QStringLiteral("core"));
        QVERIFY(latest >= 3);
        for (int v = 0; v < latest; ++v)
            QTest::addRow("from %d", v) << v;
    }
    void upgradeFromEveryVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        Database fresh;
        fresh.open(dir.filePath(QStringLiteral("fresh.db")));
        LocalStore::upgrade(fresh);

        Database old;
        old.open(dir.filePath(QStringLiteral("old.db")));
        LocalStore::upgrade(old, from);
        Migrator m(old);
        m.addModule(QStringLiteral("core"));
        QCOMPARE(m.appliedVersion(QStringLiteral("core")), from);
        if (from >= 3) // data written at the old version survives the upgrade
            old.exec(QStringLiteral("INSERT INTO rooms (name, type) VALUES ('101', 'classroom')"));
        LocalStore::upgrade(old);
        QCOMPARE(schemaOf(old), schemaOf(fresh));
        if (from >= 3)
            QCOMPARE(old.scalar(QStringLiteral("SELECT name FROM rooms")).toString(),
                     QStringLiteral("101"));
    }

    void migrationsAreRecordedOnce()
    {
        Test::TempStore t;
        const int n
            = t.db().scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt();
        Migrator m(t.db());
        m.addModule(QStringLiteral("core"));
        QCOMPARE(m.migrate(), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
                 n);
    }

    void rawSqlInsertIsCapturedWithSyncColumns()
    {
        Test::TempStore t;
        const int before = Outbox::pendingCount(t.db().connection());
        t.db().exec(QStringLiteral("INSERT INTO rooms (name, type) VALUES ('实验室', 'lab')"));
        QSqlQuery q
            = t.db().exec(QStringLiteral("SELECT id, school_id, hlc, created_at FROM rooms"));
        QVERIFY(q.next());
        QVERIFY2(Uuid::isValid(q.value(0).toString()), qPrintable(q.value(0).toString()));
        QCOMPARE(q.value(1).toString(), t.store.schoolId());
        QVERIFY(q.value(2).toLongLong() > 0);
        QVERIFY(q.value(3).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(Outbox::pendingCount(t.db().connection()), before + 1);
        const auto entry = Outbox::pending(t.db().connection()).last();
        QCOMPARE(entry.op, QStringLiteral("insert"));
        QCOMPARE(entry.table, QStringLiteral("rooms"));
        QCOMPARE(entry.fields.value(QStringLiteral("name")).toString(), QStringLiteral("实验室"));
    }

    // Rows written in bulk carry their sync columns from the start and are queued in one go;
    // their outbox entries are read from the row when pushed, so later edits travel too.
    void bulkInsertsAreQueuedOnceAndReadWhenPushed()
    {
        Test::TempStore t;
        const int before = Outbox::pendingCount(t.db().connection());
        const qint64 clockBefore = HybridLogicalClock::current(t.db().connection());
        t.db().transaction([&] {
            BulkCapture bulk(t.db(), {QStringLiteral("rooms")});
            Statement insert(
                t.db().connection(),
                BulkCapture::insertSql(QStringLiteral("rooms"),
                                       {QStringLiteral("name"), QStringLiteral("type")}));
            for (int i = 0; i < 5000; ++i) {
                bulk.stamp(insert);
                insert.text(QStringLiteral("教室%1").arg(i));
                insert.text(u"classroom");
                insert.run();
            }
            // A row added the usual way meanwhile, to another table, is captured as always.
            t.db().exec(QStringLiteral("INSERT INTO school_years (name, starts_on, ends_on) VALUES "
                                       "('2026-2027', '2026-09-01', '2027-07-15')"));
            bulk.finish();
        });
        QCOMPARE(Outbox::pendingCount(t.db().connection()), before + 5001);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(DISTINCT hlc) FROM rooms")).toInt(),
                 5000);
        QVERIFY(t.db().scalar(QStringLiteral("SELECT min(hlc) FROM rooms")).toLongLong()
                > clockBefore);
        // The clock is past every row's, so a later edit wins over the bulk everywhere.
        QVERIFY(HybridLogicalClock::current(t.db().connection())
                >= t.db().scalar(QStringLiteral("SELECT max(hlc) FROM rooms")).toLongLong());
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE school_id = ? AND "
                                            "created_at LIKE '%Z' AND updated_at = created_at"),
                             {t.store.schoolId()})
                     .toInt(),
                 5000);
        t.db().exec(QStringLiteral("UPDATE rooms SET capacity = 40 WHERE name = '教室7'"));
        const QList<Outbox::Entry> entries = Outbox::pending(t.db().connection(), 10000);
        QCOMPARE(entries.size(), before + 5002);
        QCOMPARE(entries.at(before).table, QStringLiteral("school_years"));
        const Outbox::Entry &first = entries.at(before + 1 + 7);
        QCOMPARE(first.op, QStringLiteral("insert"));
        QCOMPARE(first.fields.value(QStringLiteral("name")).toString(), QStringLiteral("教室7"));
        QCOMPARE(first.fields.value(QStringLiteral("capacity")).toInt(), 40);
        QCOMPARE(first.fields.value(QStringLiteral("deleted")).toInt(), 0);
        QCOMPARE(entries.last().op, QStringLiteral("update"));
    }

    // Indexes set aside for a bulk are built again by finish() from all its rows: the schema is
    // as it was and lookups use them; rows that break a unique index fail the whole bulk, named
    // by its table, and nothing is written.
    void bulkIndexesAreBuiltAgainAtTheEnd()
    {
        Test::TempStore t;
        const QStringList schema = schemaOf(t.db());
        auto writeRooms = [&t](const QStringList &names, bool deferred = true) {
            t.db().transaction([&] {
                BulkCapture bulk(t.db(), {QStringLiteral("rooms")});
                bulk.deferIndexes(QStringLiteral("rooms"));
                QCOMPARE(t.db()
                             .scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE "
                                                    "name = 'rooms_name'"))
                             .toInt(),
                         deferred ? 0 : 1);
                Statement insert(
                    t.db().connection(),
                    BulkCapture::insertSql(QStringLiteral("rooms"),
                                           {QStringLiteral("name"), QStringLiteral("type")}));
                for (const QString &name : names) {
                    bulk.stamp(insert);
                    insert.text(name);
                    insert.text(u"classroom");
                    insert.run();
                }
            });
        };
        QStringList names;
        for (int i = 1; i <= 300; ++i)
            names << QStringLiteral("教室%1").arg(i);
        writeRooms(names);
        QCOMPARE(schemaOf(t.db()), schema);
        QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QSqlQuery plan = t.db().exec(
            QStringLiteral(
                "EXPLAIN QUERY PLAN SELECT id FROM rooms WHERE name = ? AND deleted = 0"),
            {QStringLiteral("教室7")});
        QVERIFY(plan.next());
        QVERIFY2(plan.value(3).toString().contains(QLatin1String("rooms_name")),
                 qPrintable(plan.value(3).toString()));
        plan.finish();

        // While a statement of the connection still reads the table, its indexes stay (SQLite
        // cannot drop them then) and the bulk is written all the same.
        QSqlQuery reading = t.db().exec(QStringLiteral("SELECT name FROM rooms"));
        QVERIFY(reading.next());
        writeRooms({QStringLiteral("图书馆")}, false);
        reading.finish();
        QCOMPARE(schemaOf(t.db()), schema);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM rooms")).toInt(), 301);
        const int queued = Outbox::pendingCount(t.db().connection());

        try {
            writeRooms({QStringLiteral("实验室"), QStringLiteral("教室7")});
            QFAIL("a bulk breaking a unique index was written");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("rooms"))
                         && e.message().contains(QLatin1String("UNIQUE")),
                     qPrintable(e.message()));
        }
        QCOMPARE(schemaOf(t.db()), schema);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM rooms")).toInt(), 301);
        QCOMPARE(Outbox::pendingCount(t.db().connection()), queued);
    }

    // Queuing rows for the district builds no temporary index per row (the outbox's CHECK on op
    // is written as comparisons, core migration 8), and still refuses an unknown op.
    void outboxInsertsNeedNoTemporaryIndex()
    {
        Test::TempStore t;
        const QString insert = QStringLiteral(
            "INSERT INTO outbox (tbl, row_id, op, hlc, fields, created_at) SELECT 'rooms', id, ?, "
            "hlc, '', created_at FROM rooms");
        QSqlQuery plan
            = t.db().exec(QStringLiteral("EXPLAIN ") + insert, {QStringLiteral("insert")});
        QStringList ops;
        while (plan.next())
            ops << plan.value(1).toString();
        QVERIFY(ops.contains(QLatin1String("Insert")));
        QVERIFY2(!ops.contains(QLatin1String("OpenEphemeral")), qPrintable(ops.join(u' ')));
        t.db().exec(QStringLiteral("INSERT INTO rooms (name, type) VALUES ('101', 'classroom')"));
        const int queued = Outbox::pendingCount(t.db().connection());
        for (const QString &op :
             {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")})
            t.db().exec(insert, {op});
        QCOMPARE(Outbox::pendingCount(t.db().connection()), queued + 3);
        QVERIFY_THROWS_EXCEPTION(Error, t.db().exec(insert, {QStringLiteral("upsert")}));
        QCOMPARE(Outbox::pendingCount(t.db().connection()), queued + 3);
    }

    // The insert triggers are aside for the bulk only: a row added meanwhile the ordinary way is
    // stamped and queued all the same, the commit finishes a bulk left unfinished, and a
    // rollback leaves the schema as it was.
    void bulkCaptureLeavesTheStoreAsItWas()
    {
        Test::TempStore t;
        const QStringList schema = schemaOf(t.db());
        const int before = Outbox::pendingCount(t.db().connection());
        t.db().transaction([&] {
            BulkCapture bulk(t.db(), {QStringLiteral("rooms")});
            QVERIFY(schemaOf(t.db()) != schema); // rooms_capture_insert is aside
            Statement insert(
                t.db().connection(),
                BulkCapture::insertSql(QStringLiteral("rooms"),
                                       {QStringLiteral("name"), QStringLiteral("type")}));
            bulk.stamp(insert);
            insert.text(u"301");
            insert.text(u"classroom");
            insert.run();
            t.db().exec(QStringLiteral("INSERT INTO rooms (name, type) VALUES ('302', 'lab')"));
            // no finish(): the commit does it
        });
        QCOMPARE(schemaOf(t.db()), schema);
        QCOMPARE(Outbox::pendingCount(t.db().connection()), before + 2);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE hlc > 0 AND "
                                            "school_id = ? AND created_at IS NOT NULL"),
                             {t.store.schoolId()})
                     .toInt(),
                 2);
        const Outbox::Entry lab = Outbox::pending(t.db().connection()).last();
        QCOMPARE(lab.fields.value(QStringLiteral("type")).toString(), QStringLiteral("lab"));
        // After the bulk, an ordinary insert is captured by its trigger again.
        t.db().exec(QStringLiteral("INSERT INTO rooms (name, type) VALUES ('303', 'office')"));
        QCOMPARE(Outbox::pendingCount(t.db().connection()), before + 3);

        QVERIFY_THROWS_EXCEPTION(Error, t.db().transaction([&] {
            BulkCapture bulk(t.db(), {QStringLiteral("rooms")});
            throw Error(QStringLiteral("cancelled"));
        }));
        QCOMPARE(schemaOf(t.db()), schema);
    }

    // A row bound value by value (the bulk path: SQLite's own API where the build has it) reads
    // back as the same row bound from a QVariantList; a refused row names its reason and the
    // statement goes on with the next; a row without every value is refused.
    void statementBindsValueByValue_data()
    {
        QTest::addColumn<bool>("native");
        QTest::newRow("as the build allows") << true;
        QTest::newRow("through QSqlQuery") << false;
    }

    void statementBindsValueByValue()
    {
        QFETCH(const bool, native);
        Statement::setNativeAllowed(native);
        const auto restore = qScopeGuard([] { Statement::setNativeAllowed(true); });
        Test::TempStore t;
        const QString sql = QStringLiteral(
            "INSERT INTO rooms (name, type, building, floor, capacity, note) VALUES (?, ?, ?, ?, "
            "?, ?)");
        t.db().transaction([&] {
            Statement insert(t.db().connection(), sql);
#ifdef SCHOOLSUITE_EXPECT_NATIVE_SQLITE
            QCOMPARE(insert.isNative(), native);
#else
            QVERIFY(!insert.isNative());
#endif
            const QString building = QStringLiteral("  科学楼 𠀀 ");
            insert.text(u"实验室一");
            insert.text(u"lab");
            insert.textOrNull(building);
            insert.integer(-2);
            insert.positiveOrNull(0);
            insert.text(u"");
            insert.run();
            insert.run({QStringLiteral("实验室二"),
                        QStringLiteral("lab"),
                        QStringLiteral("科学楼 𠀀"),
                        -2,
                        QVariant(),
                        QString(QLatin1String(""))});
            insert.text(u"实验室三");
            insert.text(u"garage");
            insert.null();
            insert.null();
            insert.null();
            insert.null();
            try {
                insert.run();
                QFAIL("a room of an unknown type was written");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QLatin1String("CHECK constraint failed")),
                         qPrintable(e.message()));
            }
            insert.text(u"实验室四");
            insert.text(u"lab");
            QVERIFY_THROWS_EXCEPTION(Error, insert.run());
            insert.text(u"实验室五");
            insert.text(u"office");
            for (int i = 0; i < 4; ++i)
                insert.null();
            insert.run();
            // Values encoded ahead (on another thread, in a bulk write) bind the same; the row's
            // values follow those given one by one.
            EncodedRow encoded;
            encoded.text(u"lab");
            encoded.textOrNull(building);
            encoded.integer(3);
            encoded.positiveOrNull(40);
            encoded.null();
            insert.text(u"实验室六");
            insert.values(encoded);
            insert.run();
            EncodedRow tooLong = encoded;
            tooLong.text(u"一个多余的值");
            insert.text(u"实验室七");
            QVERIFY_THROWS_EXCEPTION(Error, insert.values(tooLong));
            EncodedRow bad;
            bad.text(u"garage");
            for (int i = 0; i < 4; ++i)
                bad.null();
            insert.text(u"实验室八");
            insert.values(bad);
            QVERIFY_THROWS_EXCEPTION(Error, insert.run());
        });
        QSqlQuery q = t.db().exec(QStringLiteral(
            "SELECT name, building, typeof(floor), floor, capacity IS NULL, typeof(note), note "
            "FROM rooms ORDER BY rowid"));
        QStringList rows;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 7; ++i)
                row << q.value(i).toString();
            rows << row.join(QLatin1Char('|'));
        }
        QCOMPARE(rows,
                 QStringList({QStringLiteral("实验室一|科学楼 𠀀|integer|-2|1|text|"),
                              QStringLiteral("实验室二|科学楼 𠀀|integer|-2|1|text|"),
                              QStringLiteral("实验室五||null||1|null|"),
                              QStringLiteral("实验室六|科学楼 𠀀|integer|3|0|null|")}));
    }

    // A large write gets a page cache and in-memory journals for its duration only.
    void largeWriteScopeRestoresThePragmas()
    {
        Test::TempStore t;
        const int cache = t.db().scalar(QStringLiteral("PRAGMA cache_size")).toInt();
        const int temp = t.db().scalar(QStringLiteral("PRAGMA temp_store")).toInt();
        {
            const LargeWriteScope large(t.db());
            QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA cache_size")).toInt(), -131072);
            QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA temp_store")).toInt(), 2); // memory
        }
        QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA cache_size")).toInt(), cache);
        QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA temp_store")).toInt(), temp);
        // Inside a transaction SQLite keeps temporary data where it is: only the cache grows.
        t.db().transaction([&] {
            const LargeWriteScope large(t.db());
            QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA cache_size")).toInt(), -131072);
            QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA temp_store")).toInt(), temp);
        });
        QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA cache_size")).toInt(), cache);
    }

    // A large write's commit leaves its pages in the WAL; they reach the database file in the
    // background after the scope, the automatic checkpoint back as it was.
    void largeWritesAreCheckpointedInTheBackground()
    {
        Test::TempStore t;
        const QString file = t.db().path();
        const int automatic = t.db().scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt();
        QVERIFY(automatic > 0);
        t.db().waitForCheckpoint(); // of the store's creation
        const qint64 before = QFileInfo(file).size();
        {
            const LargeWriteScope large(t.db());
            QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 0);
            // 6 MB: more than the automatic checkpoint's 1,000 pages.
            t.db().transaction([&] {
                for (int i = 0; i < 3000; ++i)
                    t.db().exec(
                        QStringLiteral("INSERT INTO rooms (name, type, note) VALUES (?, "
                                       "'office', ?)"),
                        {QStringLiteral("办公室%1").arg(i), QString(700, QChar(0x4e00 + i))});
            });
            QCOMPARE(QFileInfo(file).size(), before);
        }
        t.db().waitForCheckpoint();
        QVERIFY2(QFileInfo(file).size() > before + 6 * 1024 * 1024,
                 qPrintable(QString::number(QFileInfo(file).size() - before)));
        QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), automatic);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM rooms")).toInt(), 3000);
    }

    // A bulk row changed before finish() would reach the server before its insert: refused,
    // and nothing of the bulk is written.
    void bulkRowsChangedBeforeFinishAreRefused()
    {
        Test::TempStore t;
        const int before = Outbox::pendingCount(t.db().connection());
        QVERIFY_THROWS_EXCEPTION(Error, t.db().transaction([&] {
            BulkCapture bulk(t.db(), {QStringLiteral("rooms")});
            Statement insert(
                t.db().connection(),
                BulkCapture::insertSql(QStringLiteral("rooms"),
                                       {QStringLiteral("name"), QStringLiteral("type")}));
            bulk.stamp(insert);
            insert.text(u"201");
            insert.text(u"classroom");
            insert.run();
            t.db().exec(QStringLiteral("UPDATE rooms SET capacity = 30"));
            bulk.finish();
        }));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM rooms")).toInt(), 0);
        QCOMPARE(Outbox::pendingCount(t.db().connection()), before);
        // And outside a transaction there is no bulk at all.
        QVERIFY_THROWS_EXCEPTION(Error, BulkCapture(t.db(), {QStringLiteral("rooms")}));
    }

    void rawSqlUpdateIsCapturedFieldByField()
    {
        Test::TempStore t;
        t.db().exec(QStringLiteral(
            "INSERT INTO rooms (name, type, building) VALUES ('101', 'classroom', 'A')"));
        const qint64 hlcBefore
            = t.db().scalar(QStringLiteral("SELECT hlc FROM rooms")).toLongLong();
        t.db().exec(QStringLiteral("UPDATE rooms SET building = NULL, capacity = 48"));
        const auto entry = Outbox::pending(t.db().connection()).last();
        QCOMPARE(entry.op, QStringLiteral("update"));
        QCOMPARE(entry.fields.keys(),
                 (QStringList{QStringLiteral("building"), QStringLiteral("capacity")}));
        QVERIFY(entry.fields.value(QStringLiteral("building"))
                    .isNull()); // a cleared field is sent as null
        QCOMPARE(entry.fields.value(QStringLiteral("capacity")).toInt(), 48);
        const qint64 hlcAfter = t.db().scalar(QStringLiteral("SELECT hlc FROM rooms")).toLongLong();
        QVERIFY(hlcAfter > hlcBefore);
        QCOMPARE(entry.hlc, hlcAfter);

        // An update that changes nothing queues nothing.
        const int n = Outbox::pendingCount(t.db().connection());
        t.db().exec(QStringLiteral("UPDATE rooms SET capacity = 48"));
        QCOMPARE(Outbox::pendingCount(t.db().connection()), n);
    }

    void deletesAreTombstones()
    {
        Test::TempStore t;
        t.db().exec(QStringLiteral("INSERT INTO rooms (name, type) VALUES ('102', 'classroom')"));
        QVERIFY_THROWS_EXCEPTION(Error, t.db().exec(QStringLiteral("DELETE FROM rooms")));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM rooms")).toInt(), 1);
        t.db().exec(QStringLiteral("UPDATE rooms SET deleted = 1"));
        QCOMPARE(Outbox::pending(t.db().connection()).last().op, QStringLiteral("delete"));
        QVERIFY_THROWS_EXCEPTION(Error, t.db().exec(QStringLiteral("UPDATE rooms SET id = 'x'")));
    }

    // REPLACE would delete the old row behind the outbox's back; upserts and OR-clauses must
    // still work with the search queue's triggers.
    void conflictClausesKeepCapture()
    {
        Test::TempStore t;
        t.db().exec(QStringLiteral("INSERT INTO rooms (name, type) VALUES ('105', 'classroom')"));
        const QString id = t.db().scalar(QStringLiteral("SELECT id FROM rooms")).toString();
        QVERIFY_THROWS_EXCEPTION(
            Error,
            t.db().exec(QStringLiteral("INSERT OR REPLACE INTO rooms (id, name, type) VALUES (?, "
                                       "'105', 'lab')"),
                        {id}));
        QCOMPARE(
            t.db().scalar(QStringLiteral("SELECT type FROM rooms WHERE id = ?"), {id}).toString(),
            QStringLiteral("classroom"));
        t.db().exec(QStringLiteral("UPDATE OR ABORT rooms SET capacity = 30"));
        t.db().exec(QStringLiteral("UPDATE OR ABORT rooms SET capacity = 31"));
        t.db().exec(QStringLiteral("INSERT INTO rooms (id, name, type) VALUES (?, '105', "
                                   "'classroom') ON CONFLICT(id) DO UPDATE SET capacity = 32"),
                    {id});
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT capacity FROM rooms")).toInt(), 32);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE tbl = 'rooms' AND "
                                            "op = 'update'"))
                     .toInt(),
                 3);
    }

    void failedCommitEndsTheTransaction()
    {
        Test::TempStore t;
        // A deferred foreign key fails at COMMIT, like a full disk would.
        QVERIFY_THROWS_EXCEPTION(Error, t.db().transaction([&] {
            t.db().exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            t.db().exec(QStringLiteral("INSERT INTO classes (grade, name, room_id) VALUES (1, '1', "
                                       "'no-such-room')"));
        }));
        // The next write is not swallowed by a transaction left open.
        t.db().transaction([&] {
            t.db().exec(QStringLiteral("INSERT INTO rooms (name, type) VALUES ('106', 'office')"));
        });
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM classes")).toInt(), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM rooms")).toInt(), 1);
    }

    void survivorsOutlastRollbacks()
    {
        Test::TempStore t;
        const QString insert = QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 'x')");
        QVERIFY_THROWS_EXCEPTION(Error, t.db().transaction([&] {
            t.db().exec(insert, {QStringLiteral("ordinary")});
            t.db().transaction([&] {
                t.db().execSurvivingRollback(insert, {QStringLiteral("survivor")});
                throw Error(QStringLiteral("refused"));
            });
        }));
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT group_concat(key) FROM meta WHERE value = 'x'"))
                     .toString(),
                 QStringLiteral("survivor"));
    }

    void factsAreNeverChanged()
    {
        Test::TempStore t;
        t.admin().audit(QStringLiteral("sign_in"));
        QVERIFY_THROWS_EXCEPTION(
            Error, t.db().exec(QStringLiteral("UPDATE audit_log SET username = 'someone else'")));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT username FROM audit_log")).toString(),
                 QStringLiteral("admin"));
    }

    void applyingRemoteChangesIsNotCaptured()
    {
        Test::TempStore t;
        const int n = Outbox::pendingCount(t.db().connection());
        const QString id = Uuid::v7();
        t.db().transaction([&] {
            t.db().exec(QStringLiteral("UPDATE sync_clock SET applying = 1"));
            t.db().exec(
                QStringLiteral(
                    "INSERT INTO rooms (id, name, type, hlc) VALUES (?, '远端', 'office', 42)"),
                {id});
            t.db().exec(QStringLiteral("UPDATE sync_clock SET applying = 0"));
        });
        QCOMPARE(Outbox::pendingCount(t.db().connection()), n);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT hlc FROM rooms")).toLongLong(), 42);
        // ...but the search index still learns about it.
        QCOMPARE(
            t.db()
                .scalar(QStringLiteral(
                            "SELECT count(*) FROM search_dirty WHERE tbl = 'rooms' AND row_id = ?"),
                        {id})
                .toInt(),
            1);
    }

    void storeClockIsMonotonic()
    {
        Test::TempStore t;
        const qint64 a = HybridLogicalClock::tick(t.db().connection());
        const qint64 b = HybridLogicalClock::tick(t.db().connection());
        QVERIFY(b > a);
        const qint64 remote
            = HybridLogicalClock::pack(HybridLogicalClock::physicalMs(b) + 60000, 3);
        QVERIFY(HybridLogicalClock::receive(t.db().connection(), remote) > remote);
        t.db().exec(QStringLiteral("INSERT INTO rooms (name, type) VALUES ('103', 'classroom')"));
        QVERIFY(
            t.db().scalar(QStringLiteral("SELECT hlc FROM rooms WHERE name = '103'")).toLongLong()
            > remote);
    }

    void readConnectionWorksOffThread()
    {
        Test::TempStore t;
        t.db().exec(QStringLiteral("INSERT INTO rooms (name, type) VALUES ('104', 'classroom')"));
        const Database *db = &t.db();
        QFuture<int> f = QtConcurrent::run([db] {
            QSqlQuery q = Database::execOn(db->readConnection(),
                                           QStringLiteral("SELECT count(*) FROM rooms"));
            return q.next() ? q.value(0).toInt() : -1;
        });
        QCOMPARE(f.result(), 1);
        // Read connections cannot write.
        QFuture<bool> w = QtConcurrent::run([db] {
            try {
                Database::execOn(db->readConnection(),
                                 QStringLiteral("INSERT INTO meta VALUES ('x', 'y')"));
                return true;
            } catch (const Error &) {
                return false;
            }
        });
        QCOMPARE(w.result(), false);
    }

    void checkReportsHealthAndMissingTriggers()
    {
        Test::TempStore t;
        QVERIFY(StoreMaintenance::check(t.store).healthy());
        t.db().exec(QStringLiteral("DROP TRIGGER students_capture_update"));
        const auto r = StoreMaintenance::check(t.store);
        QVERIFY(!r.healthy());
        QVERIFY(
            r.problems.join(QLatin1Char('\n')).contains(QStringLiteral("students_capture_update")));
    }

    void checkFindsChangedTriggersAndOpenRepairsThem()
    {
        QTemporaryDir dir;
        {
            LocalStore s;
            s.open(dir.path(), true);
            // Same name, a body that captures nothing.
            s.db().exec(QStringLiteral("DROP TRIGGER students_capture_update"));
            s.db().exec(QStringLiteral("CREATE TRIGGER students_capture_update AFTER UPDATE ON "
                                       "students WHEN 0 BEGIN SELECT 1; END"));
        }
        {
            LocalStore asItIs;
            asItIs.open(dir.path(), false, false); // as `check` opens it: report, do not repair
            const auto r = StoreMaintenance::check(asItIs);
            QVERIFY(!r.healthy());
            QVERIFY(r.problems.join(QLatin1Char('\n'))
                        .contains(QStringLiteral("students_capture_update")));
        }
        LocalStore s;
        s.open(dir.path());
        QVERIFY(StoreMaintenance::check(s).healthy());
    }

    void everyMigrationIsFollowedByTriggers()
    {
        QTemporaryDir dir;
        Database db;
        db.open(dir.filePath(QStringLiteral("m.db")));
        Migrator m(db);
        m.addModule(QStringLiteral("core"));
        int calls = 0;
        m.setAfterEach([&] { ++calls; });
        const int applied = m.migrate();
        QVERIFY(applied >= 5);
        QCOMPARE(calls, applied);
    }

    void checkFindsBrokenForeignKeys()
    {
        Test::TempStore t;
        t.db().exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        t.db().exec(QStringLiteral("INSERT INTO students (student_no, name, class_id) VALUES "
                                   "('L123456789012345678', '孤儿', 'no-such-class')"));
        t.db().exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        const auto r = StoreMaintenance::check(t.store);
        QVERIFY(!r.healthy());
        QVERIFY(r.problems.join(QLatin1Char('\n')).contains(QStringLiteral("students")));
    }

    void backupAndRestore()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString backupFile = dir.filePath(QStringLiteral("backup.db"));
        {
            LocalStore s;
            s.open(data, true);
            s.initializeSchool(QStringLiteral("B01"), QStringLiteral("备份学校"));
            s.db().exec(
                QStringLiteral("INSERT INTO rooms (name, type) VALUES ('before', 'office')"));
            StoreMaintenance::backup(s, backupFile);
            s.db().exec(
                QStringLiteral("INSERT INTO rooms (name, type) VALUES ('after', 'office')"));
            QVERIFY_THROWS_EXCEPTION(Error,
                                     StoreMaintenance::backup(s, backupFile)); // never overwrites
        }
        StoreMaintenance::restore(data, backupFile);
        LocalStore s;
        s.open(data);
        QCOMPARE(s.schoolName(), QStringLiteral("备份学校"));
        QCOMPARE(s.db().scalar(QStringLiteral("SELECT group_concat(name) FROM rooms")).toString(),
                 QStringLiteral("before"));
        QVERIFY(StoreMaintenance::check(s).healthy());
    }

    void restoreRefusesAStoreInUse()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString backupFile = dir.filePath(QStringLiteral("b.db"));
        LocalStore running; // SchoolSuite still open on this computer
        running.open(data, true);
        running.initializeSchool(QStringLiteral("R01"), QStringLiteral("运行中"));
        StoreMaintenance::backup(running, backupFile);
        running.db().exec(QStringLiteral("INSERT INTO rooms (name, type) VALUES ('新', 'office')"));
        try {
            StoreMaintenance::restore(data, backupFile);
            QFAIL("restored under a running program");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("in use")), qPrintable(e.message()));
        }
        QCOMPARE(running.db().scalar(QStringLiteral("SELECT count(*) FROM rooms")).toInt(), 1);
        running.close();
        StoreMaintenance::restore(data, backupFile);
        // The store before the restore is kept, with the change made after the backup.
        Database previous;
        previous.open(LocalStore::pathIn(data) + QStringLiteral(".before-restore"));
        QCOMPARE(previous.scalar(QStringLiteral("SELECT count(*) FROM rooms")).toInt(), 1);
    }

    void restoreRefusesGarbageAndKeepsStore()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        {
            LocalStore s;
            s.open(data, true);
            s.initializeSchool(QStringLiteral("K01"), QStringLiteral("保留"));
        }
        const QString junk = dir.filePath(QStringLiteral("junk.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        QVERIFY_THROWS_EXCEPTION(Error, StoreMaintenance::restore(data, junk));
        LocalStore s;
        s.open(data);
        QCOMPARE(s.schoolName(), QStringLiteral("保留"));
    }

    void corruptFileGivesClearError()
    {
        QTemporaryDir dir;
        QFile f(LocalStore::pathIn(dir.path()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is not a database at all, just some text. " + QByteArray(4096, 'z'));
        f.close();
        LocalStore s;
        try {
            s.open(dir.path());
            QFAIL("opened a corrupt file");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Corrupt);
            QVERIFY(e.message().contains(QStringLiteral("backup")));
        }
    }

    void foreignDatabaseIsRefused()
    {
        QTemporaryDir dir;
        {
            Database other;
            other.open(LocalStore::pathIn(dir.path()));
            other.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
        }
        LocalStore s;
        QVERIFY_THROWS_EXCEPTION(Error, s.open(dir.path()));
        Database again;
        again.open(LocalStore::pathIn(dir.path()));
        QCOMPARE(
            again.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'meta'"))
                .toInt(),
            0);
        // Not even its journal mode was changed.
        QCOMPARE(again.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
    }

    void newerStoreIsRefusedUntouched()
    {
        QTemporaryDir dir;
        {
            LocalStore s;
            s.open(dir.path(), true);
            s.db().exec(QStringLiteral(
                "INSERT INTO schema_migrations VALUES ('core', 999, 'future', '2030-01-01')"));
        }
        QFile file(LocalStore::pathIn(dir.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        LocalStore s;
        try {
            s.open(dir.path());
            QFAIL("opened a newer store");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::TooNew);
            QVERIFY(e.message().contains(QStringLiteral("999")));
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void missingStoreIsNotCreatedUnasked()
    {
        QTemporaryDir dir;
        LocalStore s;
        try {
            s.open(dir.filePath(QStringLiteral("nothing-here")));
            QFAIL("opened a missing store");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::NotFound);
        }
        QVERIFY(!QFile::exists(LocalStore::pathIn(dir.filePath(QStringLiteral("nothing-here")))));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
