// Number leases against the real schoolsuite-district (SQLite and PostgreSQL) and the real
// keychain: devices of one school get disjoint blocks, numbers used before enrolling are
// honoured, an offline device that ran out says to sync, and server processes sharing one
// database never hand out a number twice.
#include "syncfixture.h"

#include "core/error.h"
#include "sync/numberleases.h"
#include "sync/syncmodule.h"

#include <QCborArray>
#include <QCborValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QtTest>

using namespace SchoolSuite;
using Test::Device;
using Test::DistrictServer;
using Test::outcome;

namespace {
const QString kSchool = QStringLiteral("S001");
const QString kOtherSchool = QStringLiteral("S002");
const QString kTags = QStringLiteral("asset_tag:S001");

// Takes n numbers; a failure (an Error) is a test failure through an empty list.
QList<qint64> take(NumberLeases &leases, int n, const QString &sequence = kTags)
{
    QList<qint64> numbers;
    for (int i = 0; i < n; ++i)
        numbers.append(leases.next(sequence));
    return numbers;
}

QByteArray deviceHeader(Device &d)
{
    const auto credential
        = d.credentials.read(CredentialStore::keyFor(QStringLiteral("device"), d.dir.path()));
    return credential ? QByteArrayLiteral("Device ") + *credential : QByteArray();
}

QByteArray leaseBody(const QString &sequence, qint64 count, qint64 usedUpTo = 0)
{
    return QCborMap{{QStringLiteral("sequence"), sequence},
                    {QStringLiteral("count"), count},
                    {QStringLiteral("used_up_to"), usedUpTo}}
        .toCborValue()
        .toCbor();
}
} // namespace

class TestLeaseSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void twoDevicesOfOneSchoolGetDisjointBlocks();
    void numbersUsedBeforeEnrollingAreHonoured();
    void outOfNumbersOffline();
    void aWishForManyNumbersIsMetByTheNextSync();
    void refusedRequests();
    void twoServerProcessesLeaseConcurrently();

private:
    QString m_backend;
    std::unique_ptr<QTemporaryDir> m_serverDir;
    std::unique_ptr<Test::PostgresDatabase> m_pg;
    std::unique_ptr<DistrictServer> m_server;
};

void TestLeaseSync::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestLeaseSync::initTestCase()
{
    Test::initTestEnvironment();
    registerSyncModule();
}

void TestLeaseSync::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_serverDir = std::make_unique<QTemporaryDir>();
    QString url = DistrictServer::sqliteUrl(m_serverDir->path());
    if (m_backend == QLatin1String("postgresql")) {
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
    QVERIFY2(m_server->start(), qPrintable(m_server->stderrLog()));
}

void TestLeaseSync::cleanup()
{
    if (QTest::currentTestFailed() && m_server)
        qWarning("server log:\n%s", qPrintable(m_server->stderrLog().right(4000)));
    m_server.reset();
    m_pg.reset();
    m_serverDir.reset();
}

void TestLeaseSync::twoDevicesOfOneSchoolGetDisjointBlocks()
{
    Device a, b, other;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(*m_server, kSchool));
    QVERIFY(other.enroll(*m_server, kOtherSchool));
    NumberLeases la(a.db()), lb(b.db()), lo(other.db());
    QVERIFY(la.isEnrolled());
    // Nothing is leased before a sync: an enrolled device never numbers on its own.
    QVERIFY_THROWS_EXCEPTION(Error, la.next(kTags));
    lb.declare(kTags);
    lo.declare(kTags);

    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(other.sync()), QStringLiteral("ok"));
    const qint64 reserve = NumberLeases::ReserveBlocks * NumberLeases::BlockSize;
    QCOMPARE(la.remaining(kTags), reserve);
    QCOMPARE(lb.remaining(kTags), reserve);
    // Each school counts on its own.
    QCOMPARE(lo.next(kTags), 1);

    QSet<qint64> seen;
    auto collect = [&](const QList<qint64> &numbers) {
        for (qint64 n : numbers) {
            if (seen.contains(n))
                return false;
            seen.insert(n);
        }
        return true;
    };
    QList<qint64> fromA = take(la, 150);
    QList<qint64> fromB = take(lb, 200);
    QVERIFY(collect(fromA));
    QVERIFY(collect(fromB));
    QCOMPARE(lb.remaining(kTags), 0);
    // The next syncs top both up again, in whole blocks: a had 50 left and asked for 200.
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(la.remaining(kTags), 50 + reserve);
    QCOMPARE(lb.remaining(kTags), reserve);
    QVERIFY(collect(take(la, int(la.remaining(kTags)))));
    QVERIFY(collect(take(lb, int(reserve))));
    // Nothing was lost between them: the school's numbers are one run from 1.
    QCOMPARE(seen.size(), 800);
    QCOMPARE(*std::max_element(seen.cbegin(), seen.cend()), 800);
    // A sync with a full reserve asks for nothing.
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    const qint64 before = la.remaining(kTags);
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(la.remaining(kTags), before);
}

void TestLeaseSync::numbersUsedBeforeEnrollingAreHonoured()
{
    Device a, b;
    {
        // The school numbered its first assets on this computer before it was enrolled, and
        // imported a list whose tags go up to 250.
        LocalStore offline;
        offline.open(a.dir.path(), true);
        offline.initializeSchool(kSchool, QStringLiteral("第一小学"));
        NumberLeases local(offline.db());
        QCOMPARE(take(local, 5), (QList<qint64>{1, 2, 3, 4, 5}));
        local.noteUsed(kTags, 250);
    }
    SyncClient::enroll(a.dir.path(), m_server->url(), kSchool, m_server->enrollmentKey(kSchool));
    a.open();
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    NumberLeases la(a.db());
    // The local block goes on (no other device was given its numbers) ...
    QCOMPARE(la.next(kTags), 6);
    // ... and the server's blocks start above everything the device reported.
    QCOMPARE(a.value(QStringLiteral("SELECT min(first) FROM number_leases WHERE source = "
                                    "'server'"))
                 .toLongLong(),
             251);
    QVERIFY(b.enroll(*m_server, kSchool));
    NumberLeases lb(b.db());
    lb.declare(kTags);
    QCOMPARE(outcome(b.sync()), QStringLiteral("ok"));
    QCOMPARE(lb.next(kTags), 251 + NumberLeases::ReserveBlocks * NumberLeases::BlockSize);

    // A device reporting numbers below the counter does not move it back.
    const auto reply = m_server->request("POST",
                                         QStringLiteral("/api/v1/leases"),
                                         leaseBody(kTags, 10, 3),
                                         {{"Authorization", deviceHeader(b)}});
    QCOMPARE(reply.status, 200);
    const QCborMap answer = QCborValue::fromCbor(reply.body).toMap();
    QCOMPARE(answer.value(QStringLiteral("first")).toInteger(), 651);
    QCOMPARE(answer.value(QStringLiteral("last")).toInteger(), 660);
}

void TestLeaseSync::outOfNumbersOffline()
{
    Device a;
    QVERIFY(a.enroll(*m_server, kSchool));
    NumberLeases la(a.db());
    la.declare(kTags);
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    m_server->terminate();
    const qint64 reserve = NumberLeases::ReserveBlocks * NumberLeases::BlockSize;
    QCOMPARE(take(la, int(reserve)).size(), reserve);
    try {
        la.next(kTags);
        QFAIL("a device without numbers handed one out");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QStringLiteral("sync")), qPrintable(e.message()));
    }
    QCOMPARE(a.sync().status, SyncStatus::Offline);
    QCOMPARE(la.remaining(kTags), 0);

    QVERIFY2(m_server->start(), qPrintable(m_server->stderrLog()));
    a.pointTo(m_server->url());
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QCOMPARE(la.remaining(kTags), reserve);
    QCOMPARE(la.next(kTags), reserve + 1);
}

// An import of 450 new items needs 450 tags at once: the device asks, the next sync leases
// enough, and once they are at hand the reserve is back to normal.
void TestLeaseSync::aWishForManyNumbersIsMetByTheNextSync()
{
    Device a;
    QVERIFY(a.enroll(*m_server, kSchool));
    NumberLeases la(a.db());
    la.declare(kTags);
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    const qint64 reserve = NumberLeases::ReserveBlocks * NumberLeases::BlockSize;
    QCOMPARE(la.remaining(kTags), reserve);
    la.want(kTags, 450);
    QCOMPARE(la.wanted(kTags), 450);
    QCOMPARE(la.shortfall(kTags), 300); // whole blocks: 200 held, 500 wanted
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QVERIFY2(la.remaining(kTags) >= 450, qPrintable(QString::number(la.remaining(kTags))));
    QCOMPARE(la.wanted(kTags), 0);
    const QList<qint64> taken = take(la, 450);
    QCOMPARE(taken.size(), 450);
    QCOMPARE(QSet<qint64>(taken.cbegin(), taken.cend()).size(), 450);
    // Back to the usual reserve (in whole blocks) at the next sync.
    QCOMPARE(outcome(a.sync()), QStringLiteral("ok"));
    QVERIFY(la.remaining(kTags) >= reserve);
    QVERIFY(la.remaining(kTags) < reserve + NumberLeases::BlockSize);
}

void TestLeaseSync::refusedRequests()
{
    Device a;
    QVERIFY(a.enroll(*m_server, kSchool));
    const DistrictServer::Headers auth{{"Authorization", deviceHeader(a)}};
    const QString path = QStringLiteral("/api/v1/leases");
    QCOMPARE(m_server->request("POST", path, leaseBody(kTags, 10)).status, 401);
    QCOMPARE(m_server->request("POST", path, leaseBody(kTags, 0), auth).status, 422);
    QCOMPARE(m_server->request("POST", path, leaseBody(kTags, 10'001), auth).status, 422);
    QCOMPARE(m_server->request("POST", path, leaseBody(QString(), 5), auth).status, 422);
    QCOMPARE(m_server->request("POST", path, leaseBody(kTags, 5, -1), auth).status, 422);
    const QByteArray noSequence = QCborMap{{QStringLiteral("count"), 5}}.toCborValue().toCbor();
    QCOMPARE(m_server->request("POST", path, noSequence, auth).status, 400);
    const QByteArray textCount = QCborMap{{QStringLiteral("sequence"), kTags},
                                          {QStringLiteral("count"), QStringLiteral("5")}}
                                     .toCborValue()
                                     .toCbor();
    QCOMPARE(m_server->request("POST", path, textCount, auth).status, 400);
    // None of them took a number.
    const auto reply = m_server->request("POST", path, leaseBody(kTags, 5), auth);
    QCOMPARE(reply.status, 200);
    QCOMPARE(QCborValue::fromCbor(reply.body).toMap().value(QStringLiteral("first")).toInteger(),
             1);
}

void TestLeaseSync::twoServerProcessesLeaseConcurrently()
{
    // A second process on the same database, as behind a reverse proxy.
    DistrictServer second(QStringLiteral(SCHOOLSUITE_DISTRICT), m_server->databaseUrl());
    QVERIFY2(second.start(), qPrintable(second.stderrLog()));
    Device a, b;
    QVERIFY(a.enroll(*m_server, kSchool));
    QVERIFY(b.enroll(second, kSchool));

    struct Target
    {
        QUrl url;
        QByteArray auth;
    };
    const QList<Target> targets{{m_server->url(), deviceHeader(a)},
                                {second.url(), deviceHeader(b)}};
    constexpr int kRequests = 60;
    constexpr qint64 kCount = 7;
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    // Every request is sent before any answer is read: both processes work at once.
    for (int i = 0; i < kRequests; ++i) {
        const Target &target = targets.at(i % 2);
        QUrl url = target.url;
        url.setPath(QStringLiteral("/api/v1/leases"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/cbor"));
        request.setRawHeader("Accept", "application/cbor");
        request.setRawHeader("Authorization", target.auth);
        request.setTransferTimeout(30000);
        replies.append(manager.post(request, leaseBody(kTags, kCount)));
    }
    int finished = 0;
    QEventLoop loop;
    for (QNetworkReply *reply : std::as_const(replies)) {
        connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (++finished == kRequests)
                loop.quit();
        });
    }
    loop.exec();
    QList<QPair<qint64, qint64>> blocks;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        QVERIFY2(status == 200, body.constData());
        const QCborMap answer = QCborValue::fromCbor(body).toMap();
        blocks.append({answer.value(QStringLiteral("first")).toInteger(),
                       answer.value(QStringLiteral("last")).toInteger()});
    }
    std::sort(blocks.begin(), blocks.end());
    // Disjoint, each of the size asked for, and together one run from 1 without a gap.
    qint64 expected = 1;
    for (const auto &block : std::as_const(blocks)) {
        QCOMPARE(block.first, expected);
        QCOMPARE(block.second - block.first + 1, kCount);
        expected = block.second + 1;
    }
    QCOMPARE(expected - 1, kRequests * kCount);
}

QTEST_MAIN(TestLeaseSync)
#include "tst_leasesync.moc"
