#include "syncservicetest.h"

#include "core/store/hlc.h"
#include "core/store/uuid.h"
#include "sync/syncmodule.h"
#include "testutil.h"

namespace SchoolSuite::Server {

Catalogue testCatalogue()
{
    // The modules' own declarations, as the server uses them.
    return Catalogue::fromRegistry();
}

void SyncServiceTest::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void SyncServiceTest::initTestCase()
{
    Test::initTestEnvironment();
    registerSyncModule();
    m_catalogue = std::make_unique<Catalogue>(testCatalogue());
}

void SyncServiceTest::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == QStringLiteral("postgresql")) {
        if (!Test::PostgresDatabase::configured())
            QSKIP("SCHOOLSUITE_TEST_POSTGRES is not set (scripts/test.sh sets it)");
        m_pg = std::make_unique<Test::PostgresDatabase>();
        QVERIFY2(m_pg->isAvailable(), qPrintable(m_pg->errorString()));
        m_url = m_pg->url();
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("district/server.db"));
    }
    m_db = std::make_unique<ServerDb>(m_url);
    m_db->migrate();
    m_sync = std::make_unique<SyncService>(*m_db, *m_catalogue);
}

void SyncServiceTest::cleanup()
{
    m_sync.reset();
    m_db.reset();
    m_pg.reset();
    m_dir.reset();
}

Principal SyncServiceTest::device(const QString &deviceId, const QString &schoolId)
{
    Principal p;
    p.deviceId = deviceId;
    p.schoolId = schoolId;
    p.schoolCode = schoolId.toUpper();
    return p;
}

Principal SyncServiceTest::user(Role role,
                                const QString &userId,
                                const QString &staffId,
                                const QString &deviceId,
                                const QString &schoolId)
{
    Principal p = device(deviceId, schoolId);
    p.userId = userId;
    p.username = QStringLiteral("name-") + userId;
    p.staffId = staffId;
    p.role = role;
    return p;
}

QCborMap SyncServiceTest::change(qint64 seq,
                                 const QString &table,
                                 const QString &id,
                                 const QString &op,
                                 qint64 hlc,
                                 qint64 base,
                                 const QCborMap &fields)
{
    QCborMap c;
    c.insert(QStringLiteral("seq"), seq);
    c.insert(QStringLiteral("table"), table);
    c.insert(QStringLiteral("id"), id);
    c.insert(QStringLiteral("op"), op);
    c.insert(QStringLiteral("hlc"), hlc);
    c.insert(QStringLiteral("base"), base);
    c.insert(QStringLiteral("fields"), fields);
    return c;
}

qint64 SyncServiceTest::hlc(int step)
{
    // Fixed times in the past: the server's own clock is later than all of them.
    return HybridLogicalClock::pack(1'750'000'000'000LL + step * 1000, 0);
}

QCborMap SyncServiceTest::student(const QString &no,
                                  const QString &name,
                                  const QString &classId,
                                  const QString &idNumber)
{
    QCborMap f;
    f.insert(QStringLiteral("student_no"), no);
    f.insert(QStringLiteral("name"), name);
    f.insert(QStringLiteral("gender"), QStringLiteral("F"));
    f.insert(QStringLiteral("class_id"),
             classId.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(classId));
    f.insert(QStringLiteral("id_number"),
             idNumber.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(idNumber));
    f.insert(QStringLiteral("status"), QStringLiteral("enrolled"));
    f.insert(QStringLiteral("deleted"), 0);
    return f;
}

QCborMap SyncServiceTest::body(const QCborArray &changes, const QString &batchId) const
{
    QCborMap b;
    b.insert(QStringLiteral("batch_id"), batchId.isEmpty() ? Uuid::v7() : batchId);
    b.insert(QStringLiteral("epoch"), m_db->epoch());
    b.insert(QStringLiteral("device_cursor"), 0);
    b.insert(QStringLiteral("changes"), changes);
    b.insert(QStringLiteral("confirm_deletes"), false);
    return b;
}

QCborMap SyncServiceTest::push(const Principal &p, const QCborArray &changes)
{
    return m_sync->push(p, body(changes));
}

std::optional<ApiError> SyncServiceTest::refusal(const Principal &p, const QCborArray &changes)
{
    try {
        m_sync->push(p, body(changes));
    } catch (const ApiError &e) {
        return e;
    }
    return std::nullopt;
}

QHash<QString, QCborMap> SyncServiceTest::pullAll(const Principal &p, qint64 cursor, qint64 *end)
{
    QHash<QString, QCborMap> rows;
    for (int page = 0; page < 1000; ++page) {
        QCborMap request;
        request.insert(QStringLiteral("epoch"), m_db->epoch());
        request.insert(QStringLiteral("cursor"), cursor);
        request.insert(QStringLiteral("limit"), 500);
        const QCborMap answer = m_sync->pull(p, request);
        if (answer.value(QStringLiteral("reset")).toBool())
            qFatal("unexpected reset");
        for (const QCborValue &v : answer.value(QStringLiteral("rows")).toArray()) {
            const QCborMap row = v.toMap();
            rows.insert(row.value(QStringLiteral("table")).toString() + QLatin1Char('/')
                            + row.value(QStringLiteral("id")).toString(),
                        row);
        }
        cursor = answer.value(QStringLiteral("cursor")).toInteger();
        if (!answer.value(QStringLiteral("more")).toBool())
            break;
    }
    if (end)
        *end = cursor;
    return rows;
}

} // namespace SchoolSuite::Server

QTEST_GUILESS_MAIN(SchoolSuite::Server::SyncServiceTest)
