// The pull rules of the sync engine against a local store, without a server.
#include "syncrows.h"
#include "testutil.h"

#include "core/error.h"
#include "core/search/searchindex.h"
#include "core/store/hlc.h"
#include "core/store/outbox.h"
#include "core/store/uuid.h"
#include "sync/conflicts.h"
#include "sync/conflictsmodel.h"
#include "sync/pullapplier.h"
#include "sync/synchistorymodel.h"
#include "sync/syncmodule.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace SchoolSuite;
using Test::pulledRow;

namespace {

// A table that needs a permission to write, to check that settling a conflict asks for it.
class GuardedModule : public Module
{
public:
    QString id() const override { return QStringLiteral("synctest"); }
    QString title() const override { return QStringLiteral("sync test"); }
    QString iconName() const override { return {}; }
    Permission permission() const override { return Permission::PeopleView; }
    QString migrationSet() const override { return QStringLiteral("core"); }
    QList<TableDecl> syncedTables() const override
    {
        return {TableDecl::reg(id(), QStringLiteral("guarded_things"))
                    .writtenWith(Permission::UsersManage)};
    }
};

qint64 past()
{
    return HybridLogicalClock::pack(QDateTime::currentMSecsSinceEpoch() - 3'600'000, 0);
}

qint64 future()
{
    return HybridLogicalClock::pack(QDateTime::currentMSecsSinceEpoch() + 86'400'000, 0);
}

QVariantMap student(const QString &no, const QString &name)
{
    return {{QStringLiteral("student_no"), no}, {QStringLiteral("name"), name}};
}

QVariant cell(Database &db, const QString &sql, const QVariantList &args = {})
{
    return db.scalar(sql, args);
}

} // namespace

class TestSyncApply : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerSyncModule();
        ModuleRegistry::instance().add(std::make_shared<GuardedModule>());
    }

    void insertsNewRowsWithoutCapture()
    {
        Test::TempStore t;
        const QString id = Uuid::v7();
        const qint64 hlc = past();
        PullApplier applier(t.store);
        const auto r
            = applier.applyPage({pulledRow(QStringLiteral("students"),
                                           id,
                                           student(QStringLiteral("S001"), QStringLiteral("张三")),
                                           hlc)},
                                17);
        QCOMPARE(r.applied, 1);
        QCOMPARE(
            cell(t.db(), QStringLiteral("SELECT name FROM students WHERE id = ?"), {id}).toString(),
            QStringLiteral("张三"));
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT school_id FROM students WHERE id = ?"), {id})
                     .toString(),
                 t.store.schoolId());
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT hlc FROM students WHERE id = ?"), {id})
                     .toLongLong(),
                 hlc);
        QVERIFY(!cell(t.db(), QStringLiteral("SELECT created_at FROM students WHERE id = ?"), {id})
                     .isNull());
        QCOMPARE(Outbox::pendingCount(t.db().connection()), 0);
        QCOMPARE(t.store.meta(QStringLiteral("sync_cursor")), QStringLiteral("17"));
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT applying FROM sync_clock")).toInt(), 0);
        // Search finds pulled people once the index caught up with search_dirty.
        t.store.search().update();
        const QList<SearchHit> hits = t.store.search().search(QStringLiteral("张三"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, id);
    }

    void newerUnsentLocalChangeKeepsItsField()
    {
        Test::TempStore t;
        const QString id = Uuid::v7();
        PullApplier applier(t.store);
        applier.applyPage({pulledRow(QStringLiteral("students"),
                                     id,
                                     student(QStringLiteral("S001"), QStringLiteral("张三")),
                                     past())},
                          1);
        // A local edit, not pushed yet: its clock is now.
        t.db().exec(QStringLiteral("UPDATE students SET phone = '13800000001' WHERE id = ?"), {id});
        QCOMPARE(Outbox::pendingCount(t.db().connection()), 1);
        // The district sends an older phone and a newer name.
        QVariantMap fields = student(QStringLiteral("S001"), QStringLiteral("张三丰"));
        fields.insert(QStringLiteral("phone"), QStringLiteral("13900000000"));
        applier.applyPage({pulledRow(QStringLiteral("students"), id, fields, past() + 5)}, 2);
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT phone FROM students WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("13800000001"));
        QCOMPARE(
            cell(t.db(), QStringLiteral("SELECT name FROM students WHERE id = ?"), {id}).toString(),
            QStringLiteral("张三丰"));
        // The row's clock stays at least the local change's, which will win on the server.
        const qint64 local = cell(t.db(), QStringLiteral("SELECT hlc FROM outbox")).toLongLong();
        QVERIFY(
            cell(t.db(), QStringLiteral("SELECT hlc FROM students WHERE id = ?"), {id}).toLongLong()
            >= local);
        QCOMPARE(Outbox::pendingCount(t.db().connection()), 1);
    }

    void newerPulledValueReplacesUnsentChange()
    {
        Test::TempStore t;
        const QString id = Uuid::v7();
        PullApplier applier(t.store);
        applier.applyPage({pulledRow(QStringLiteral("students"),
                                     id,
                                     student(QStringLiteral("S001"), QStringLiteral("张三")),
                                     past())},
                          1);
        t.db().exec(QStringLiteral("UPDATE students SET phone = '13800000001' WHERE id = ?"), {id});
        QVariantMap fields{{QStringLiteral("phone"), QStringLiteral("13900000000")}};
        applier.applyPage({pulledRow(QStringLiteral("students"), id, fields, future())}, 2);
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT phone FROM students WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("13900000000"));
    }

    void sentChangesDoNotHoldBackPulledValues()
    {
        Test::TempStore t;
        const QString id = Uuid::v7();
        PullApplier applier(t.store);
        applier.applyPage({pulledRow(QStringLiteral("students"),
                                     id,
                                     student(QStringLiteral("S001"), QStringLiteral("张三")),
                                     past())},
                          1);
        t.db().exec(QStringLiteral("UPDATE students SET phone = '13800000001' WHERE id = ?"), {id});
        Outbox::markSent(t.db().connection(), 1'000'000);
        applier.applyPage({pulledRow(QStringLiteral("students"),
                                     id,
                                     {{QStringLiteral("phone"), QStringLiteral("139")}},
                                     past() + 9)},
                          2);
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT phone FROM students WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("139"));
    }

    void missingColumnsStayAsTheyAre()
    {
        Test::TempStore t;
        const QString id = Uuid::v7();
        PullApplier applier(t.store);
        QVariantMap full = student(QStringLiteral("S001"), QStringLiteral("张三"));
        full.insert(QStringLiteral("id_number"), QStringLiteral("110101201001011234"));
        applier.applyPage({pulledRow(QStringLiteral("students"), id, full, past())}, 1);
        // A principal without the right to see ID numbers gets the row without them.
        applier.applyPage({pulledRow(QStringLiteral("students"),
                                     id,
                                     {{QStringLiteral("name"), QStringLiteral("李四")}},
                                     past() + 1)},
                          2);
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT id_number FROM students WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("110101201001011234"));
        QCOMPARE(
            cell(t.db(), QStringLiteral("SELECT name FROM students WHERE id = ?"), {id}).toString(),
            QStringLiteral("李四"));
    }

    void rowsMayReferenceLaterPages()
    {
        Test::TempStore t;
        const QString classId = Uuid::v7();
        const QString id = Uuid::v7();
        QVariantMap s = student(QStringLiteral("S001"), QStringLiteral("张三"));
        s.insert(QStringLiteral("class_id"), classId);
        PullApplier applier(t.store);
        QCOMPARE(
            applier.applyPage({pulledRow(QStringLiteral("students"), id, s, past())}, 1).applied,
            1);
        applier.applyPage({pulledRow(QStringLiteral("classes"),
                                     classId,
                                     {{QStringLiteral("grade"), 3},
                                      {QStringLiteral("name"), QStringLiteral("3班")}},
                                     past())},
                          2);
        QCOMPARE(
            cell(t.db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(),
            0);
        QCOMPARE(cell(t.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }

    void tombstonesAndDistrictRows()
    {
        Test::TempStore t;
        const QString id = Uuid::v7();
        PullApplier applier(t.store);
        applier.applyPage({pulledRow(QStringLiteral("students"),
                                     id,
                                     student(QStringLiteral("S001"), QStringLiteral("张三")),
                                     past())},
                          1);
        applier.applyPage({pulledRow(QStringLiteral("students"), id, {}, past() + 1, true)}, 2);
        QCOMPARE(
            cell(t.db(), QStringLiteral("SELECT deleted FROM students WHERE id = ?"), {id}).toInt(),
            1);
        const QString notice = Uuid::v7();
        applier.applyPage({pulledRow(QStringLiteral("district_notices"),
                                     notice,
                                     {{QStringLiteral("title"), QStringLiteral("通知")},
                                      {QStringLiteral("published_at"),
                                       QStringLiteral("2026-01-01T00:00:00.000Z")}},
                                     past(),
                                     false,
                                     QStringLiteral("district"))},
                          3);
        QVERIFY(cell(t.db(),
                     QStringLiteral("SELECT school_id FROM district_notices WHERE id = ?"),
                     {notice})
                    .isNull());
        QCOMPARE(Outbox::pendingCount(t.db().connection()), 0);
        // Tables this program does not have (a newer server) are passed over.
        const auto r = applier.applyPage(
            {pulledRow(QStringLiteral("no_such_table"), Uuid::v7(), {}, past())}, 4);
        QCOMPARE(r.applied, 0);
        QCOMPARE(t.store.meta(QStringLiteral("sync_cursor")), QStringLiteral("4"));
    }

    void uniqueCollisionBecomesAProblem()
    {
        Test::TempStore t;
        // This device created S001 offline; so did another device, with another id.
        t.db().exec(
            QStringLiteral("INSERT INTO students (student_no, name) VALUES ('S001', '本机')"));
        const QString localId = cell(t.db(), QStringLiteral("SELECT id FROM students")).toString();
        const QString theirs = Uuid::v7();
        const QString other = Uuid::v7();
        PullApplier applier(t.store);
        const auto r
            = applier.applyPage({pulledRow(QStringLiteral("students"),
                                           theirs,
                                           student(QStringLiteral("S001"), QStringLiteral("外来")),
                                           past()),
                                 pulledRow(QStringLiteral("students"),
                                           other,
                                           student(QStringLiteral("S002"), QStringLiteral("王五")),
                                           past())},
                                5);
        QCOMPARE(r.applied, 1);
        QCOMPARE(r.problems, 1);
        QCOMPARE(t.store.meta(QStringLiteral("sync_cursor")), QStringLiteral("5"));
        const QList<SyncProblem> problems = Conflicts(t.db()).problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().rowId, theirs);
        QCOMPARE(problems.first().kind, QStringLiteral("unique"));
        // Still a problem while the local row holds the number.
        QCOMPARE(applier.retryProblems().applied, 0);
        QCOMPARE(Conflicts(t.db()).problems().size(), 1);
        t.db().exec(QStringLiteral("UPDATE students SET student_no = 'S001-B' WHERE id = ?"),
                    {localId});
        const auto retried = applier.retryProblems();
        QCOMPARE(retried.applied, 1);
        QCOMPARE(retried.resolvedProblems, 1);
        QVERIFY(Conflicts(t.db()).problems().isEmpty());
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT name FROM students WHERE id = ?"), {theirs})
                     .toString(),
                 QStringLiteral("外来"));
    }

    void refusedRowInTheMiddleOfAPage()
    {
        // The page is first tried whole; the refused row sends it back to row by row, and
        // nothing of the first try is left twice.
        Test::TempStore t;
        t.db().exec(
            QStringLiteral("INSERT INTO students (student_no, name) VALUES ('S001', '本机')"));
        const QString before = Uuid::v7();
        const QString refused = Uuid::v7();
        const QString after = Uuid::v7();
        PullApplier applier(t.store);
        QVariantMap withPhone = student(QStringLiteral("S011"), QStringLiteral("后来"));
        withPhone.insert(QStringLiteral("phone"), QStringLiteral("13800000011"));
        const auto r
            = applier.applyPage({pulledRow(QStringLiteral("students"),
                                           before,
                                           student(QStringLiteral("S010"), QStringLiteral("先来")),
                                           past()),
                                 pulledRow(QStringLiteral("students"),
                                           refused,
                                           student(QStringLiteral("S001"), QStringLiteral("外来")),
                                           past()),
                                 pulledRow(QStringLiteral("students"), after, withPhone, past())},
                                8);
        QCOMPARE(r.applied, 2);
        QCOMPARE(r.problems, 1);
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT count(*) FROM students")).toInt(), 3);
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT phone FROM students WHERE id = ?"), {after})
                     .toString(),
                 QStringLiteral("13800000011"));
        QCOMPARE(
            cell(t.db(), QStringLiteral("SELECT count(*) FROM students WHERE id = ?"), {refused})
                .toInt(),
            0);
        QCOMPARE(Conflicts(t.db()).problems().size(), 1);
        QCOMPARE(t.store.meta(QStringLiteral("sync_cursor")), QStringLiteral("8"));
        // Only the local row waits to be pushed: pulled rows are not captured.
        QCOMPARE(Outbox::pendingCount(t.db().connection()), 1);
    }

    void crashBeforeCommitAppliesNothing()
    {
        Test::TempStore t;
        const QString id = Uuid::v7();
        PullApplier applier(t.store);
        QVERIFY_THROWS_EXCEPTION(
            Error,
            applier.applyPage({pulledRow(QStringLiteral("students"),
                                         id,
                                         student(QStringLiteral("S1"), QStringLiteral("甲")),
                                         past())},
                              9,
                              [] { throw Error(QStringLiteral("killed")); }));
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT count(*) FROM students")).toInt(), 0);
        QVERIFY(t.store.meta(QStringLiteral("sync_cursor")).isEmpty());
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT applying FROM sync_clock")).toInt(), 0);
        QCOMPARE(cell(t.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // A later local edit is captured again.
        t.db().exec(QStringLiteral("INSERT INTO students (student_no, name) VALUES ('S9', '乙')"));
        QCOMPARE(Outbox::pendingCount(t.db().connection()), 1);
    }

    void malformedRowFailsTheWholePage()
    {
        Test::TempStore t;
        PullApplier applier(t.store);
        QCborMap broken = pulledRow(QStringLiteral("students"),
                                    Uuid::v7(),
                                    student(QStringLiteral("S1"), QStringLiteral("甲")),
                                    past());
        broken.remove(QStringLiteral("id"));
        QVERIFY_THROWS_EXCEPTION(
            Error,
            applier.applyPage({pulledRow(QStringLiteral("students"),
                                         Uuid::v7(),
                                         student(QStringLiteral("S2"), QStringLiteral("乙")),
                                         past()),
                               broken},
                              3));
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT count(*) FROM students")).toInt(), 0);
    }

    void bulkDeleteGuard_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("deletes");
        QTest::addColumn<bool>("held");
        QTest::newRow("30 of 40") << 40 << 30 << true;
        QTest::newRow("20 of 40") << 40 << 20 << true;
        QTest::newRow("19 of 40: under the minimum") << 40 << 19 << false;
        QTest::newRow("20 of 80: exactly a quarter") << 80 << 20 << false;
        QTest::newRow("21 of 80") << 80 << 21 << true;
    }

    void bulkDeleteGuard()
    {
        QFETCH(int, rows);
        QFETCH(int, deletes);
        QFETCH(bool, held);
        Test::TempStore t;
        PullApplier applier(t.store);
        QCborArray page;
        QStringList ids;
        for (int i = 0; i < rows; ++i) {
            ids << Uuid::v7();
            page << pulledRow(QStringLiteral("students"),
                              ids.last(),
                              student(QStringLiteral("S%1").arg(i), QStringLiteral("学生")),
                              past());
        }
        applier.applyPage(page, 1);
        QCborArray tombstones;
        for (int i = 0; i < deletes; ++i)
            tombstones << pulledRow(QStringLiteral("students"), ids.at(i), {}, past() + 1, true);
        const auto hold = applier.bulkDeleteHold(tombstones);
        QCOMPARE(hold.has_value(), held);
        if (held) {
            QCOMPARE(hold->table, QStringLiteral("students"));
            QCOMPARE(hold->deletes, deletes);
            QCOMPARE(hold->rows, rows);
        }
        // Rows deleted here already do not count again.
        applier.applyPage(tombstones, 2);
        QVERIFY(!applier.bulkDeleteHold(tombstones).has_value());
    }

    void restoreWritesTheLostValueAsALocalEdit()
    {
        Test::TempStore t;
        const QString id = Uuid::v7();
        PullApplier applier(t.store);
        QVariantMap s = student(QStringLiteral("S001"), QStringLiteral("张三"));
        s.insert(QStringLiteral("phone"), QStringLiteral("13900000000"));
        const QString conflictId = Uuid::v7();
        applier.applyPage(
            {pulledRow(QStringLiteral("students"), id, s, past()),
             pulledRow(
                 QStringLiteral("sync_conflicts"),
                 conflictId,
                 {{QStringLiteral("tbl"), QStringLiteral("students")},
                  {QStringLiteral("row_id"), id},
                  {QStringLiteral("field"), QStringLiteral("phone")},
                  {QStringLiteral("kept_value"), QStringLiteral("\"13900000000\"")},
                  {QStringLiteral("lost_value"), QStringLiteral("\"13800000001\"")},
                  {QStringLiteral("kept_user"), QStringLiteral("lihua")},
                  {QStringLiteral("lost_user"), QStringLiteral("wangfang")},
                  {QStringLiteral("detected_at"), QStringLiteral("2026-03-01T08:00:00.000Z")}},
                 past())},
            1);
        Conflicts conflicts(t.db());
        QList<ConflictItem> open = conflicts.open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().recordTitle, QStringLiteral("张三"));
        QCOMPARE(open.first().keptValue.toString(), QStringLiteral("13900000000"));
        QCOMPARE(open.first().lostValue.toString(), QStringLiteral("13800000001"));
        QCOMPARE(open.first().lostUser, QStringLiteral("wangfang"));

        ConflictsModel model(t.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ConflictsModel::Lost).data().toString(),
                 QStringLiteral("13800000001"));
        QCOMPARE(model.index(0, ConflictsModel::Record).data().toString(), QStringLiteral("张三"));
        QCOMPARE(model.index(0, 0).data(ConflictsModel::IdRole).toString(), conflictId);

        conflicts.restore(conflictId, t.admin());
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT phone FROM students WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("13800000001"));
        QCOMPARE(cell(t.db(),
                      QStringLiteral("SELECT resolution FROM sync_conflicts WHERE id = ?"),
                      {conflictId})
                     .toString(),
                 QStringLiteral("restored"));
        QCOMPARE(cell(t.db(),
                      QStringLiteral("SELECT resolved_by FROM sync_conflicts WHERE id = ?"),
                      {conflictId})
                     .toString(),
                 QStringLiteral("admin"));
        // Captured like any edit, with a clock newer than the value that won.
        const QJsonObject change
            = QJsonDocument::fromJson(
                  cell(t.db(), QStringLiteral("SELECT fields FROM outbox WHERE tbl = 'students'"))
                      .toByteArray())
                  .object();
        QCOMPARE(change.value(QStringLiteral("phone")).toString(), QStringLiteral("13800000001"));
        QVERIFY(cell(t.db(), QStringLiteral("SELECT hlc FROM outbox WHERE tbl = 'students'"))
                    .toLongLong()
                > past());
        QCOMPARE(
            cell(t.db(), QStringLiteral("SELECT count(*) FROM outbox WHERE tbl = 'sync_conflicts'"))
                .toInt(),
            1);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY_THROWS_EXCEPTION(Error, conflicts.restore(conflictId, t.admin()));
    }

    void keepAndPermissions()
    {
        Test::TempStore t;
        t.db().execScript(SyncSchema::expandMigration(QStringLiteral(
            "CREATE TABLE guarded_things (\n    /*SYNC_COLUMNS*/\n    name TEXT\n);")));
        SyncSchema::install(t.db().connection(), GuardedModule().syncedTables());
        t.db().exec(QStringLiteral("INSERT INTO guarded_things (name) VALUES ('a')"));
        const QString rowId
            = cell(t.db(), QStringLiteral("SELECT id FROM guarded_things")).toString();
        const QString conflictId = Uuid::v7();
        PullApplier(t.store).applyPage(
            {pulledRow(
                QStringLiteral("sync_conflicts"),
                conflictId,
                {{QStringLiteral("tbl"), QStringLiteral("guarded_things")},
                 {QStringLiteral("row_id"), rowId},
                 {QStringLiteral("field"), QStringLiteral("name")},
                 {QStringLiteral("kept_value"), QStringLiteral("\"a\"")},
                 {QStringLiteral("lost_value"), QStringLiteral("\"b\"")},
                 {QStringLiteral("detected_at"), QStringLiteral("2026-03-01T08:00:00.000Z")}},
                past())},
            1);
        Conflicts conflicts(t.db());
        try {
            conflicts.restore(conflictId, t.as(Role::Teacher));
            QFAIL("a teacher settled a conflict of a table they may not write");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::PermissionDenied);
        }
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT name FROM guarded_things")).toString(),
                 QStringLiteral("a"));
        QCOMPARE(conflicts.openCount(), 1);
        conflicts.keep(conflictId, t.admin());
        QCOMPARE(conflicts.openCount(), 0);
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT resolution FROM sync_conflicts")).toString(),
                 QStringLiteral("kept"));
        QCOMPARE(cell(t.db(), QStringLiteral("SELECT name FROM guarded_things")).toString(),
                 QStringLiteral("a"));
    }

    void historyModel()
    {
        Test::TempStore t;
        t.db().exec(QStringLiteral("INSERT INTO sync_history (started_at, finished_at, trigger, "
                                   "status, pushed, pulled, conflicts) "
                                   "VALUES ('2026-03-01T08:00:00.000Z', "
                                   "'2026-03-01T08:00:01.000Z', 'cli', 'ok', 3, 4, 1)"));
        t.db().exec(
            QStringLiteral("INSERT INTO sync_history (started_at, trigger, status, message) "
                           "VALUES ('2026-03-02T08:00:00.000Z', 'timer', 'offline', 'down')"));
        SyncHistoryModel model(t.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(SyncHistoryModel::StatusKeyRole).toString(),
                 QStringLiteral("offline"));
        QCOMPARE(model.index(0, SyncHistoryModel::Message).data().toString(),
                 QStringLiteral("down"));
        QCOMPARE(model.index(1, SyncHistoryModel::Pulled).data().toInt(), 4);
        QCOMPARE(model.index(1, SyncHistoryModel::Status).data().toString(),
                 QStringLiteral("Synced"));
    }
};

QTEST_GUILESS_MAIN(TestSyncApply)
#include "tst_syncapply.moc"
