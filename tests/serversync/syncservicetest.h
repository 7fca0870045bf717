#pragma once

#include "pgtestdb.h"
#include "server/platform/apierror.h"
#include "server/platform/principal.h"
#include "server/platform/serverdb.h"
#include "server/sync/catalogue.h"
#include "server/sync/syncservice.h"

#include <QCborArray>
#include <QCborMap>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace SchoolSuite::Server {

// Every case runs on SQLite and on PostgreSQL (global data "backend"); a fresh district
// database per case.
class SyncServiceTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    // tst_syncmerge.cpp
    void insertReachesOtherDevice();
    void concurrentSameField_data();
    void concurrentSameField();
    void differentFieldsBothSurvive();
    void deleteVersusEdit_data();
    void deleteVersusEdit();
    void retriedBatchAppliedOnce();
    void factsInsertOnce();

    // tst_syncscopes.cpp
    void otherSchoolSeesNothing();
    void foreignRowRefused();
    void invalidChangeRefusesBatch_data();
    void invalidChangeRefusesBatch();
    void districtTablesReadOnly();
    void personalRowsOnlyToOwner();
    void sensitiveColumnsByRole();
    void homeroomTeacherWritesOwnClass();

    // tst_syncguard.cpp
    void bulkDeleteHeldThenConfirmed();
    void confirmHeldNeedsSchoolAdministrator();
    void epochChangeResetsClients();
    void purgedTombstonesResetOldCursors();
    void pullPagesInSequenceOrder();

    // tst_serverdb.cpp
    void badUrlsRefused_data();
    void badUrlsRefused();
    void migrationsRecorded();
    void interleavedConnectionsShareOneSequence();
    void concurrentPushesKeepEverySequence();
    void concurrentMigrations();

public:
    static Principal device(const QString &deviceId,
                            const QString &schoolId = QStringLiteral("school-1"));
    static Principal user(Role role,
                          const QString &userId,
                          const QString &staffId = {},
                          const QString &deviceId = QStringLiteral("dev-a"),
                          const QString &schoolId = QStringLiteral("school-1"));
    static QCborMap change(qint64 seq,
                           const QString &table,
                           const QString &id,
                           const QString &op,
                           qint64 hlc,
                           qint64 base,
                           const QCborMap &fields = {});
    static qint64 hlc(int step);
    void insertZhangSanFromA(const QString &id);
    static QCborMap student(const QString &no,
                            const QString &name,
                            const QString &classId = {},
                            const QString &idNumber = {});

    QCborMap body(const QCborArray &changes, const QString &batchId = {}) const;
    QCborMap push(const Principal &p, const QCborArray &changes);
    std::optional<ApiError> refusal(const Principal &p, const QCborArray &changes);
    // Every row the principal gets from cursor on, keyed "table/id", following "more".
    QHash<QString, QCborMap> pullAll(const Principal &p, qint64 cursor = 0, qint64 *end = nullptr);
    QString url() const { return m_url; }
    bool isPostgres() const { return m_db->dialect() == ServerDb::Dialect::Postgres; }

protected:
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::PostgresDatabase> m_pg;
    std::unique_ptr<ServerDb> m_db;
    std::unique_ptr<SyncService> m_sync;
    QString m_url;
};

// The catalogue of the registered modules, with students tied to their class (class_id).
Catalogue testCatalogue();

} // namespace SchoolSuite::Server
