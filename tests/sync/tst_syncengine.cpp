// The sync engine against the real schoolsuite-district (SQLite and PostgreSQL) and the real
// keychain: devices converge, conflicts are kept and restored, nothing is lost or applied twice
// when the server or the client dies half-way, and a server that is gone or talks nonsense
// leaves the device as it was.
#include "syncfixture.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/search/searchindex.h"
#include "core/store/uuid.h"
#include "sync/conflicts.h"
#include "sync/districtauth.h"
#include "sync/synccontroller.h"
#include "sync/syncmodule.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

using namespace SchoolSuite;
using Test::Device;
using Test::DistrictServer;
using Test::outcome;

namespace {
const QString kSchool = QStringLiteral("S001");
const QString kOtherSchool = QStringLiteral("S002");

Session admin(Device &d)
{
    return Session(
        d.db(), {}, QStringLiteral("admin"), QStringLiteral("admin"), Role::Administrator);
}

// id → "student_no|name|phone|guardian|deleted" of every student.
QMap<QString, QString> snapshot(Device &d)
{
    QMap<QString, QString> rows;
    QSqlQuery q = d.db().exec(
        QStringLiteral("SELECT id, student_no, name, phone, guardian, deleted FROM students"));
    while (q.next()) {
        QStringList v;
        for (int i = 1; i < 6; ++i)
            v << q.value(i).toString();
        rows.insert(q.value(0).toString(), v.join(QLatin1Char('|')));
    }
    return rows;
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void twoDevicesConverge();
    void enrollAnExistingStore();
    void syncWithNothingToDo();
    void controllerSyncsOnAWorkerThread();
    void anotherSchoolReceivesNothing();
    void concurrentEditsOfOneField();
    void differentFieldsBothSurvive();
    void deleteVersusEdit();
    void retriedBatchAppliesOnce();
    void bulkDeletesWaitForConfirmation();
    void heldPushConfirmedByADistrictAdministrator();
    void serverKilledMidPush();
    void serverKilledMidPull();
    void clientDiesMidApply();
    void serverRestoredFromOlderBackup();
    void serverDown();
    void garbageAnswers_data();
    void garbageAnswers();

private:
    bool startServer();
    bool isPostgres() const;
    QString m_backend;
    std::unique_ptr<QTemporaryDir> m_serverDir;
    std::unique_ptr<Test::PostgresDatabase> m_pg;
    std::unique_ptr<DistrictServer> m_server;
};

void TestSyncEngine::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestSyncEngine::initTestCase()
{
    Test::initTestEnvironment();
    registerSyncModule();
}

bool TestSyncEngine::isPostgres() const
{
    return m_backend == QLatin1String("postgresql");
}

void TestSyncEngine::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_serverDir = std::make_unique<QTemporaryDir>();
    QString url = DistrictServer::sqliteUrl(m_serverDir->path());
    if (isPostgres()) {
        if (!Test::PostgresDatabase::configured())
            QSKIP("SCHOOLSUITE_TEST_POSTGRES is not set: the PostgreSQL rows need a cluster "
                  "(scripts/test.sh starts one)");
        m_pg = std::make_unique<Test::PostgresDatabase>();
        QVERIFY2(m_pg->isAvailable(), qPrintable(m_pg->errorString()));
        url = m_pg->url();
    }
    m_server = std::make_unique<DistrictServer>(QStringLiteral(SCHOOLSUITE_DISTRICT), url);
    QVERIFY(m_server->addSchool(kSchool, QStringLiteral("第一小学")));
    QVERIFY(m_server->addSchool(kOtherSchool, QStringLiteral("第二小学")));
    QVERIFY(startServer());
}

bool TestSyncEngine::startServer()
{
    const bool started = m_server->start();
    if (!started)
        qWarning("%s", qPrintable(m_server->stderrLog()));
    return started;
}

void TestSyncEngine::cleanup()
{
    if (QTest::currentTestFailed() && m_server)
        qWarning("server log:\n%s", qPrintable(m_server->stderrLog().right(4000)));
    m_server.reset();
    m_pg.reset();
    m_serverDir.reset();
}

void TestSyncEngine::twoDevicesConverge()
{
    Device a, b;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    QCOMPARE(a.store->schoolId(), b.store->schoolId());
    const QString zhang = a.addStudent(QStringLiteral("S1"), QStringLiteral("张三"));
    a.addStudent(QStringLiteral("S2"), QStringLiteral("李四"));
    QCOMPARE(a.pending(), 2);

    SyncResult r = a.sync();
    QCOMPARE(outcome(r), QStringLiteral("ok"));
    QCOMPARE(r.pushed, 2);
    QCOMPARE(a.pending(), 0);
    r = b.sync();
    QCOMPARE(outcome(r), QStringLiteral("ok"));
    QVERIFY(r.pulled >= 2);
    QCOMPARE(b.students(), 2);
    QCOMPARE(b.field(QStringLiteral("students"), zhang, QStringLiteral("name")),
             QStringLiteral("张三"));
    QCOMPARE(b.pending(), 0); // pulled rows are not sent back

    b.set(
        QStringLiteral("students"), zhang, QStringLiteral("phone"), QStringLiteral("13800000001"));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(a.field(QStringLiteral("students"), zhang, QStringLiteral("phone")),
             QStringLiteral("13800000001"));
    QCOMPARE(snapshot(a), snapshot(b));
    // Search finds pulled people once the index caught up with search_dirty, which the sync
    // leaves to its callers (SyncWorker, the CLI's "sync").
    b.store->search().update();
    QCOMPARE(b.store->search().search(QStringLiteral("李四")).size(), 1);
    // The run is in the history.
    QCOMPARE(a.value(QStringLiteral("SELECT status FROM sync_history ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("ok"));
}

void TestSyncEngine::enrollAnExistingStore()
{
    // A school that worked offline first: its rows get the district's school id, nothing of
    // that is a change, and its outbox goes to the district at the first sync.
    Device a, b;
    {
        LocalStore offline;
        offline.open(a.dir.path(), true);
        offline.initializeSchool(kSchool, QStringLiteral("第一小学"));
        offline.db().exec(
            QStringLiteral("INSERT INTO students (student_no, name) VALUES ('S1', '张三')"));
    }
    const QString key = m_server->enrollmentKey(kSchool);
    try {
        SyncClient::enroll(
            a.dir.path(), m_server->url(), kOtherSchool, m_server->enrollmentKey(kOtherSchool));
        QFAIL("a store of S001 was enrolled for S002");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(kSchool) && e.message().contains(kOtherSchool),
                 qPrintable(e.message()));
    }
    const EnrollResult enrolled = SyncClient::enroll(a.dir.path(), m_server->url(), kSchool, key);
    QVERIFY(!enrolled.createdStore);
    a.open();
    QCOMPARE(a.store->schoolId(), enrolled.schoolId);
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM students WHERE school_id = ?"),
                     {enrolled.schoolId}),
             1);
    QCOMPARE(a.pending(), 1);
    QVERIFY(a.credentials.read(CredentialStore::keyFor(QStringLiteral("device"), a.dir.path()))
                .has_value());
    // The key is spent.
    QVERIFY_THROWS_EXCEPTION(Error,
                             SyncClient::enroll(b.dir.path(), m_server->url(), kSchool, key));
    QVERIFY(!LocalStore::existsIn(b.dir.path()));

    QCOMPARE(a.sync().pushed, 1);
    QVERIFY(b.enroll(*m_server, kSchool));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(b.students(), 1);
    QCOMPARE(b.store->schoolCode(), kSchool);
    QCOMPARE(b.store->schoolName(), QStringLiteral("第一小学"));

    // Sent changes are kept 90 days, then the first successful sync of a day removes them:
    // today's pruning was done by the sync above, so the expired change is still here ...
    a.db().exec(QStringLiteral("UPDATE outbox SET sent_at = '2000-01-01T00:00:00.000Z'"));
    a.addStudent(QStringLiteral("S2"), QStringLiteral("李四"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM outbox")), 2);
    // ... and goes with the next day's first sync.
    a.db().exec(QStringLiteral("UPDATE meta SET value = '2000-01-01' WHERE key = "
                               "'sync_outbox_pruned'"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM outbox")), 1);
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL")), 1);
}

void TestSyncEngine::syncWithNothingToDo()
{
    Device a;
    QVERIFY(a.enroll(*m_server, kSchool));
    a.addStudents(2);
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    // A run whose process died left its row "running"; the next program's sync closes it.
    a.db().exec(QStringLiteral("INSERT INTO sync_history (started_at, trigger, status) VALUES "
                               "('2000-01-01T00:00:00.000Z', 'cli', 'running')"));
    a.open();
    const QString cursor = a.store->meta(SyncMeta::cursor());
    const int runs = a.count(QStringLiteral("SELECT count(*) FROM sync_history"));
    const SyncResult r = a.sync();
    QCOMPARE(outcome(r), QStringLiteral("ok"));
    QCOMPARE(r.pushed, 0);
    QCOMPARE(r.pulled, 0);
    QCOMPARE(a.store->meta(SyncMeta::cursor()), cursor);
    // One finished row for the run, none left running.
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_history")), runs + 1);
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_history WHERE status = "
                                    "'running' OR finished_at IS NULL")),
             0);
    QCOMPARE(a.value(QStringLiteral("SELECT status FROM sync_history WHERE started_at LIKE "
                                    "'2000-%'"))
                 .toString(),
             QStringLiteral("error"));
    QCOMPARE(a.value(QStringLiteral("SELECT status || ' ' || pushed || ' ' || pulled || ' ' || "
                                    "trigger FROM sync_history ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("ok 0 0 manual"));
}

void TestSyncEngine::controllerSyncsOnAWorkerThread()
{
    if (isPostgres())
        QSKIP("the controller's threading does not depend on the server's database");
    Device a, b;
    {
        // Not enrolled yet: the controller says so and does nothing.
        LocalStore gui;
        gui.open(a.dir.path(), true);
        gui.initializeSchool(kSchool, QStringLiteral("第一小学"));
        SyncController controller(a.dir.path(), gui.db(), nullptr);
        QCOMPARE(controller.state(), SyncController::State::NotEnrolled);
        QSignalSpy started(&controller, &SyncController::started);
        controller.syncNow();
        QCOMPARE(started.count(), 0);
    }
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    a.addStudents(3);
    b.addStudent(QStringLiteral("B1"), QStringLiteral("欧阳明"));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));

    // The GUI's own connection, as the desktop app has it.
    LocalStore gui;
    gui.open(a.dir.path());
    SyncController controller(a.dir.path(), gui.db(), nullptr, nullptr, a.options);
    QCOMPARE(controller.state(), SyncController::State::Idle);
    QCOMPARE(controller.pendingChanges(), 3);
    QSignalSpy finished(&controller, &SyncController::finished);
    QSignalSpy states(&controller, &SyncController::stateChanged);
    QSignalSpy pending(&controller, &SyncController::pendingChangesChanged);
    controller.syncNow();
    QCOMPARE(controller.state(), SyncController::State::Syncing);
    QVERIFY(finished.wait(30000));
    const SyncResult r = finished.first().first().value<SyncResult>();
    QCOMPARE(outcome(r), QStringLiteral("ok"));
    QCOMPARE(r.pushed, 3);
    QCOMPARE(controller.state(), SyncController::State::Idle);
    QCOMPARE(controller.pendingChanges(), 0);
    QCOMPARE(pending.last().first().toInt(), 0);
    QVERIFY(controller.lastSync().isValid());
    QCOMPARE(states.first().first().value<SyncController::State>(), SyncController::State::Syncing);
    // The worker brought the search index up to date with the pulled student.
    QCOMPARE(gui.search().search(QStringLiteral("欧阳明")).size(), 1);

    // Server gone: Offline, the changes wait.
    m_server->kill();
    gui.db().exec(QStringLiteral("INSERT INTO students (student_no, name) VALUES ('X1', '新')"));
    controller.refresh();
    QCOMPARE(controller.pendingChanges(), 1);
    controller.syncNow();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().first().value<SyncResult>().status, SyncStatus::Offline);
    QCOMPARE(controller.state(), SyncController::State::Offline);
    QVERIFY(!controller.lastMessage().isEmpty());
    QCOMPARE(controller.pendingChanges(), 1);
}

void TestSyncEngine::anotherSchoolReceivesNothing()
{
    Device a, other;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(other.enroll(*m_server, kOtherSchool));
    QVERIFY(a.store->schoolId() != other.store->schoolId());
    a.addStudents(5);
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(other.sync()), QStringLiteral("ok"));
    QCOMPARE(other.count(QStringLiteral("SELECT count(*) FROM students")), 0);
    other.addStudent(QStringLiteral("X1"), QStringLiteral("王五"));
    QCOMPARE(outcome(other.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(a.students(), 5);
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM students WHERE student_no = 'X1'")), 0);
}

void TestSyncEngine::concurrentEditsOfOneField()
{
    Device a, b;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    const QString id = a.addStudent(QStringLiteral("S1"), QStringLiteral("张三"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));

    // Both change the phone before seeing the other's change; b's is the later one.
    a.set(QStringLiteral("students"), id, QStringLiteral("phone"), QStringLiteral("111"));
    b.seeClockOf(a);
    b.set(QStringLiteral("students"), id, QStringLiteral("phone"), QStringLiteral("222"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    SyncResult rb = b.sync();
    QCOMPARE(outcome(rb), QStringLiteral("ok"));
    QCOMPARE(rb.conflicts, 1);
    SyncResult ra = a.sync();
    QCOMPARE(outcome(ra), QStringLiteral("ok"));
    QCOMPARE(ra.conflicts, 1);

    for (Device *d : {&a, &b}) {
        QCOMPARE(d->field(QStringLiteral("students"), id, QStringLiteral("phone")),
                 QStringLiteral("222"));
        const QList<ConflictItem> open = Conflicts(d->db()).open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().table, QStringLiteral("students"));
        QCOMPARE(open.first().rowId, id);
        QCOMPARE(open.first().field, QStringLiteral("phone"));
        QCOMPARE(open.first().keptValue.toString(), QStringLiteral("222"));
        QCOMPARE(open.first().lostValue.toString(), QStringLiteral("111"));
        QCOMPARE(open.first().recordTitle, QStringLiteral("张三"));
    }

    // Restoring on b brings a's value back everywhere and closes the conflict everywhere.
    const QString conflictId = Conflicts(b.db()).open().first().id;
    Conflicts(b.db()).restore(conflictId, admin(b));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    for (Device *d : {&a, &b}) {
        QCOMPARE(d->field(QStringLiteral("students"), id, QStringLiteral("phone")),
                 QStringLiteral("111"));
        QCOMPARE(Conflicts(d->db()).openCount(), 0);
        QCOMPARE(
            d->field(QStringLiteral("sync_conflicts"), conflictId, QStringLiteral("resolution")),
            QStringLiteral("restored"));
    }
}

void TestSyncEngine::differentFieldsBothSurvive()
{
    Device a, b;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    const QString id = a.addStudent(QStringLiteral("S1"), QStringLiteral("张三"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    a.set(QStringLiteral("students"), id, QStringLiteral("phone"), QStringLiteral("111"));
    b.set(QStringLiteral("students"), id, QStringLiteral("guardian"), QStringLiteral("张父"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(b.sync().conflicts, 0);
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    for (Device *d : {&a, &b}) {
        QCOMPARE(d->field(QStringLiteral("students"), id, QStringLiteral("phone")),
                 QStringLiteral("111"));
        QCOMPARE(d->field(QStringLiteral("students"), id, QStringLiteral("guardian")),
                 QStringLiteral("张父"));
        QCOMPARE(Conflicts(d->db()).openCount(), 0);
    }
}

void TestSyncEngine::deleteVersusEdit()
{
    Device a, b;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    const QString id = a.addStudent(QStringLiteral("S1"), QStringLiteral("张三"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    a.set(QStringLiteral("students"), id, QStringLiteral("deleted"), 1);
    b.seeClockOf(a);
    b.set(QStringLiteral("students"), id, QStringLiteral("phone"), QStringLiteral("222"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    // The edit went to the tombstone; the deletion is a conflict of the field "deleted".
    for (Device *d : {&a, &b}) {
        QCOMPARE(d->field(QStringLiteral("students"), id, QStringLiteral("deleted")),
                 QStringLiteral("1"));
        QCOMPARE(d->field(QStringLiteral("students"), id, QStringLiteral("phone")),
                 QStringLiteral("222"));
        const QList<ConflictItem> open = Conflicts(d->db()).open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("deleted"));
    }
    // Restoring the lost side brings the row back on both.
    Conflicts(a.db()).restore(Conflicts(a.db()).open().first().id, admin(a));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    for (Device *d : {&a, &b}) {
        QCOMPARE(d->field(QStringLiteral("students"), id, QStringLiteral("deleted")),
                 QStringLiteral("0"));
        QCOMPARE(d->field(QStringLiteral("students"), id, QStringLiteral("phone")),
                 QStringLiteral("222"));
        QCOMPARE(Conflicts(d->db()).openCount(), 0);
    }
}

void TestSyncEngine::retriedBatchAppliesOnce()
{
    Device a, b;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    a.addStudents(3);
    const QCborMap first = a.client->nextPushBody();
    const QString batchId = first.value(QStringLiteral("batch_id")).toString();
    QVERIFY(!batchId.isEmpty());
    QCOMPARE(first.value(QStringLiteral("changes")).toArray().size(), 3);
    const QString pendingMeta = a.store->meta(SyncMeta::pendingBatch());
    QCOMPARE(a.client->pushOnly(), 3);
    QCOMPARE(a.pending(), 0);
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(b.students(), 3);
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok")); // caught up

    // The answer "was lost": the entries are unsent and the batch still pending.
    a.db().exec(QStringLiteral("UPDATE outbox SET sent_at = NULL"));
    a.store->setMeta(SyncMeta::pendingBatch(), pendingMeta);
    const QCborMap again = a.client->nextPushBody();
    QCOMPARE(again.value(QStringLiteral("batch_id")).toString(), batchId);
    QCOMPARE(again.value(QStringLiteral("changes")).toArray(),
             first.value(QStringLiteral("changes")).toArray());
    QCOMPARE(a.client->pushOnly(), 3);
    QCOMPARE(a.pending(), 0);
    // Applied once: nothing new for the other device, no duplicates, no conflicts.
    const SyncResult r = b.sync();
    QCOMPARE(outcome(r), QStringLiteral("ok"));
    QCOMPARE(r.pulled, 0);
    QCOMPARE(b.students(), 3);
    QCOMPARE(Conflicts(b.db()).openCount(), 0);
}

void TestSyncEngine::bulkDeletesWaitForConfirmation()
{
    Device a, b;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    a.addStudents(40);
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(b.students(), 40);

    a.db().exec(QStringLiteral("UPDATE students SET deleted = 1 WHERE student_no < 'S00030'"));
    SyncResult r = a.sync();
    QCOMPARE(r.status, SyncStatus::Held);
    QVERIFY(!r.heldId.isEmpty());
    QVERIFY2(r.message.contains(r.heldId), qPrintable(r.message));
    QCOMPARE(a.pending(), 30);
    // Still held at the next sync; the other device sees no deletion.
    QCOMPARE(a.sync().status, SyncStatus::Held);
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(b.students(), 40);

    const auto confirmed = m_server->admin({QStringLiteral("confirm-held"), r.heldId});
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    r = a.sync();
    QCOMPARE(outcome(r), QStringLiteral("ok"));
    QCOMPARE(r.pushed, 30);
    QCOMPARE(a.pending(), 0);
    QVERIFY(a.store->meta(SyncMeta::heldPush()).isEmpty());

    // The receiving device has the same guard: 30 of its 40 rows wait for a confirmation.
    r = b.sync();
    QCOMPARE(r.status, SyncStatus::Held);
    QCOMPARE(b.students(), 40);
    b.client->allowHeldDeletes();
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(b.students(), 10);
    QVERIFY(b.store->meta(SyncMeta::confirmDeletes()).isEmpty());
}

// The Sync page's "confirm" path: an administrator signs in with the district from the same
// computer and the client itself releases the held batch; a teacher's token is refused.
void TestSyncEngine::heldPushConfirmedByADistrictAdministrator()
{
    Device a, b;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    a.addStudents(40, QStringLiteral("H"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    a.db().exec(QStringLiteral("UPDATE students SET deleted = 1 WHERE student_no LIKE 'H%' AND "
                               "student_no < 'H00035'"));
    SyncResult r = a.sync();
    QCOMPARE(r.status, SyncStatus::Held);

    const QString user
        = QStringLiteral("confirm-admin-%1").arg(QString::fromUtf8(QTest::currentDataTag()));
    QVERIFY(m_server->addUser(
        user, kSchool, QStringLiteral("administrator"), QStringLiteral("admin-pass-1")));
    const QString teacherUser
        = QStringLiteral("confirm-teacher-%1").arg(QString::fromUtf8(QTest::currentDataTag()));
    QVERIFY(m_server->addUser(
        teacherUser, kSchool, QStringLiteral("teacher"), QStringLiteral("teacher-pass-1")));
    const QByteArray credential = DistrictAuth::deviceCredential(a.dir.path());
    QVERIFY(!credential.isEmpty());
    const auto teacher = DistrictAuth::signIn(m_server->url().toString(),
                                              credential,
                                              teacherUser,
                                              QStringLiteral("teacher-pass-1"),
                                              a.options);
    QCOMPARE(teacher.outcome, DistrictAuth::Answer::Outcome::SignedIn);
    r = a.client->confirmHeldPush(teacher.tokens.accessToken);
    QVERIFY(!r.ok());
    QCOMPARE(a.pending(), 35);
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM students WHERE deleted = 0 AND "
                                    "student_no LIKE 'H%'")),
             40);

    const auto admin = DistrictAuth::signIn(
        m_server->url().toString(), credential, user, QStringLiteral("admin-pass-1"), a.options);
    QCOMPARE(admin.outcome, DistrictAuth::Answer::Outcome::SignedIn);
    r = a.client->confirmHeldPush(admin.tokens.accessToken);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(a.pending(), 0);
    QVERIFY(a.store->meta(SyncMeta::heldPush()).isEmpty());
    b.client->allowHeldDeletes();
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM students WHERE deleted = 0 AND "
                                    "student_no LIKE 'H%'")),
             5);
}

void TestSyncEngine::serverKilledMidPush()
{
    Device a, b;
    a.options.pushBatchSize = 200;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    a.addStudents(1000);
    // Killed while a later batch is on its way: the first is acknowledged, the rest are not.
    QTimer watch;
    watch.setInterval(1);
    QObject::connect(&watch, &QTimer::timeout, &watch, [&] {
        if (a.count(QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL")) > 0) {
            m_server->kill();
            watch.stop();
        }
    });
    watch.start();
    SyncResult r = a.sync();
    watch.stop();
    QCOMPARE(r.status, SyncStatus::Offline);
    QVERIFY(r.pushed > 0 && r.pushed < 1000);
    QCOMPARE(a.pending(), 1000 - r.pushed);

    QVERIFY(startServer());
    a.pointTo(m_server->url());
    b.pointTo(m_server->url());
    r = a.sync();
    QCOMPARE(outcome(r), QStringLiteral("ok"));
    QCOMPARE(a.pending(), 0);
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(b.students(), 1000);
    QCOMPARE(b.count(QStringLiteral("SELECT count(DISTINCT student_no) FROM students")), 1000);
    QCOMPARE(snapshot(a), snapshot(b));
}

void TestSyncEngine::serverKilledMidPull()
{
    Device a, b;
    b.options.pullLimit = 200;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    a.addStudents(1000);
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QTimer watch;
    watch.setInterval(1);
    QObject::connect(&watch, &QTimer::timeout, &watch, [&] {
        if (b.store->meta(SyncMeta::cursor()).toLongLong() > 0) {
            m_server->kill();
            watch.stop();
        }
    });
    watch.start();
    SyncResult r = b.sync();
    watch.stop();
    QCOMPARE(r.status, SyncStatus::Offline);
    const int partial = b.count(QStringLiteral("SELECT count(*) FROM students"));
    QVERIFY2(partial > 0 && partial < 1000, qPrintable(QString::number(partial)));

    QVERIFY(startServer());
    b.pointTo(m_server->url());
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM students")), 1000);
    QCOMPARE(snapshot(a), snapshot(b));
}

void TestSyncEngine::clientDiesMidApply()
{
    Device a, b;
    b.options.pullLimit = 200;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    a.addStudents(500);
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    // The second page dies between applying its rows and committing them.
    int pages = 0;
    b.client->setBeforePageCommit([&] {
        if (++pages == 2)
            throw std::runtime_error("killed between apply and commit");
    });
    SyncResult r = b.sync();
    QCOMPARE(r.status, SyncStatus::Error);
    const qint64 cursor = b.store->meta(SyncMeta::cursor()).toLongLong();
    const int applied = b.count(QStringLiteral("SELECT count(*) FROM students"));
    QVERIFY2(applied > 0 && applied < 500, qPrintable(QString::number(applied)));
    QCOMPARE(b.count(QStringLiteral("SELECT applying FROM sync_clock")), 0);
    QCOMPARE(b.pending(), 0);

    // "Restarted": a fresh store and client on the same folder.
    b.open();
    QCOMPARE(b.store->meta(SyncMeta::cursor()).toLongLong(), cursor);
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM students")), 500);
    QCOMPARE(snapshot(a), snapshot(b));
}

void TestSyncEngine::serverRestoredFromOlderBackup()
{
    if (isPostgres())
        QSKIP("admin backup/restore are for the SQLite database (PostgreSQL has its own tools)");
    Device a, b;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    const QString early = a.addStudent(QStringLiteral("S1"), QStringLiteral("早"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    const QString backup = m_serverDir->filePath(QStringLiteral("backup.db"));
    const auto backedUp = m_server->admin({QStringLiteral("backup"), backup});
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));

    // Synced after the backup (lost by the restore), and one change never sent.
    const QString late = a.addStudent(QStringLiteral("S2"), QStringLiteral("晚"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    const QString unsent = a.addStudent(QStringLiteral("S3"), QStringLiteral("未发"));
    b.set(QStringLiteral("students"), early, QStringLiteral("phone"), QStringLiteral("333"));

    m_server->terminate();
    const auto restored = m_server->admin({QStringLiteral("restore"), backup});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY(startServer());
    a.pointTo(m_server->url());
    b.pointTo(m_server->url());
    const QString oldEpoch = a.store->meta(SyncMeta::epoch());

    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QVERIFY(a.store->meta(SyncMeta::epoch()) != oldEpoch);
    QCOMPARE(a.pending(), 0);
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    for (Device *d : {&a, &b}) {
        QCOMPARE(d->students(), 3);
        QCOMPARE(d->field(QStringLiteral("students"), late, QStringLiteral("name")),
                 QStringLiteral("晚"));
        QCOMPARE(d->field(QStringLiteral("students"), unsent, QStringLiteral("name")),
                 QStringLiteral("未发"));
        QCOMPARE(d->field(QStringLiteral("students"), early, QStringLiteral("phone")),
                 QStringLiteral("333"));
    }
    // A third device enrolled now gets everything from the restored server.
    Device c;
    QVERIFY(c.enroll(*m_server, kSchool));
    QCOMPARE(outcome(c.sync()), QStringLiteral("ok"));
    QCOMPARE(snapshot(c), snapshot(a));
}

void TestSyncEngine::serverDown()
{
    Device a;
    QVERIFY(a.enroll(*m_server, kSchool));
    a.addStudents(3);
    m_server->kill();
    const SyncResult r = a.sync();
    QCOMPARE(r.status, SyncStatus::Offline);
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(r.pushed, 0);
    QCOMPARE(a.pending(), 3);
    QCOMPARE(a.value(QStringLiteral("SELECT status FROM sync_history ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("offline"));
    // Back up: everything goes out.
    QVERIFY(startServer());
    a.pointTo(m_server->url());
    const SyncResult back = a.sync();
    QCOMPARE(outcome(back), QStringLiteral("ok"));
    QCOMPARE(back.pushed, 3);
}

void TestSyncEngine::garbageAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("status");
    // Qt reports a peer that answers no HTTP and hangs up as a closed connection, the same as a
    // server that died while answering: offline, and the next sync tries again.
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
                              << int(SyncStatus::Offline);
    QTest::newRow("200, not CBOR")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/cbor\r\nContent-Length: 5\r\n"
                      "Connection: close\r\n\r\n\xff\xff\xff\xff\xff")
        << int(SyncStatus::Error);
    QTest::newRow("200, HTML") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n"
        "Connection: close\r\n\r\n<html></html>")
                               << int(SyncStatus::Error);
    QTest::newRow("200, a map without rows")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                      "Connection: close\r\n\r\n{}")
        << int(SyncStatus::Error);
    QTest::newRow("500 without a body")
        << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n"
                      "Connection: close\r\n\r\n")
        << int(SyncStatus::Error);
    QTest::newRow("502 from a proxy")
        << QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        << int(SyncStatus::Offline);
    QTest::newRow("no answer at all") << QByteArray() << int(SyncStatus::Offline);
}

void TestSyncEngine::garbageAnswers()
{
    if (isPostgres())
        QSKIP("the server's database plays no part here");
    QFETCH(QByteArray, answer);
    QFETCH(int, status);
    Device a;
    a.options.requestTimeoutMs = 1500;
    QVERIFY(a.enroll(*m_server, kSchool));
    a.addStudents(2);
    const QString cursor = a.store->meta(SyncMeta::cursor());

    // Something else listens where the server was.
    QTcpServer impostor;
    QVERIFY(impostor.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> sockets;
    QObject::connect(&impostor, &QTcpServer::newConnection, &impostor, [&] {
        while (QTcpSocket *s = impostor.nextPendingConnection()) {
            sockets << s;
            QObject::connect(s, &QTcpSocket::readyRead, s, [s, answer] {
                s->readAll();
                if (!answer.isEmpty()) {
                    s->write(answer);
                    s->flush();
                    s->disconnectFromHost();
                }
            });
        }
    });
    QUrl url = m_server->url();
    url.setPort(impostor.serverPort());
    a.pointTo(url);
    const SyncResult r = a.sync();
    QVERIFY2(int(r.status) == status, qPrintable(Test::outcome(r)));
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(a.pending(), 2);
    QCOMPARE(a.store->meta(SyncMeta::cursor()), cursor);
    QCOMPARE(a.students(), 2);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
