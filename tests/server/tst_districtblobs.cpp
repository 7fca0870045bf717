// Blobs (docs/sync-protocol.md §8) and the body size limits against the real
// schoolsuite-district; on SQLite and PostgreSQL.
#include "districttest.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Test;

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

} // namespace

class TestDistrictBlobs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void oversizedBodies();
    void blobUploadResumeAndRange();
    void blobHashMismatchKeepsNothing();

private:
    // Starts the server with a school S001 and one enrolled device; its credential.
    QString startWithDevice();
    std::unique_ptr<DistrictFixture> m_fixture;
    std::unique_ptr<DistrictServer> m_server;
};

void TestDistrictBlobs::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestDistrictBlobs::init()
{
    QFETCH_GLOBAL(QString, kind);
    if (kind == QLatin1String("postgresql") && !PostgresDatabase::configured())
        QSKIP(
            "SCHOOLSUITE_TEST_POSTGRES is not set (scripts/test.sh starts a cluster and sets it)");
    m_fixture = std::make_unique<DistrictFixture>(kind);
    QVERIFY2(m_fixture->isAvailable(), qPrintable(m_fixture->error()));
}

void TestDistrictBlobs::cleanup()
{
    m_server.reset();
    m_fixture.reset();
}

QString TestDistrictBlobs::startWithDevice()
{
    m_server = m_fixture->server();
    if (!m_server->addSchool(QStringLiteral("S001"), QStringLiteral("第一小学")))
        return {};
    if (!m_server->start()) {
        qWarning("%s", qPrintable(m_server->stderrLog()));
        return {};
    }
    return enroll(*m_server, QStringLiteral("S001"));
}

void TestDistrictBlobs::oversizedBodies()
{
    const QString credential = startWithDevice();
    QVERIFY(!credential.isEmpty());
    const QByteArray big(16 * 1024 * 1024 + 1, 'x');
    const auto reply = m_server->request(
        "POST", QStringLiteral("/api/v1/sync/push"), big, deviceAuth(credential));
    QCOMPARE(reply.status, 413);
    QCOMPARE(errorCode(reply), QStringLiteral("too_large"));

    const QByteArray chunk(1024 * 1024 + 1, 'y');
    const auto blob = m_server->request("PUT",
                                        QStringLiteral("/api/v1/blobs/") + sha256(chunk)
                                            + QStringLiteral("?offset=0"),
                                        chunk,
                                        deviceAuth(credential));
    QCOMPARE(blob.status, 413);
    QCOMPARE(errorCode(blob), QStringLiteral("too_large"));
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM blobs")).toInt(), 0);
}

void TestDistrictBlobs::blobUploadResumeAndRange()
{
    const QString credential = startWithDevice();
    QVERIFY(!credential.isEmpty());
    const Headers auth = deviceAuth(credential);
    const QByteArray data = randomBytes(2 * 1024 * 1024 + 12345);
    const QString hash = sha256(data);
    const QString path = QStringLiteral("/api/v1/blobs/") + hash;
    const QString size = QStringLiteral("&size=%1").arg(data.size());
    const qsizetype chunk = 1024 * 1024;

    QCOMPARE(m_server->request("GET", path).status, 401); // blobs need a device
    auto reply = head(*m_server, path, auth);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.header("X-Received"), QByteArray("0"));

    reply = m_server->request(
        "PUT", path + QStringLiteral("?offset=0") + size, data.left(chunk), auth);
    QCOMPARE(reply.status, 200);
    QCOMPARE(answer(reply).value(QStringLiteral("received")).toInteger(), chunk);
    QCOMPARE(answer(reply).value(QStringLiteral("complete")).toBool(), false);

    // The upload was interrupted: HEAD tells where to resume; a wrong offset is refused.
    reply = head(*m_server, path, auth);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.header("X-Received"), QByteArray::number(chunk));
    reply = m_server->request(
        "PUT", path + QStringLiteral("?offset=0") + size, data.left(chunk), auth);
    QCOMPARE(reply.status, 409);
    QCOMPARE(errorCode(reply), QStringLiteral("offset"));
    QCOMPARE(reply.header("X-Received"), QByteArray::number(chunk));
    QCOMPARE(m_server->request("GET", path, {}, auth).status, 404);

    for (qsizetype offset = chunk; offset < data.size(); offset += chunk) {
        reply = m_server->request("PUT",
                                  path + QStringLiteral("?offset=%1").arg(offset) + size,
                                  data.mid(offset, chunk),
                                  auth);
        QCOMPARE(reply.status, 200);
    }
    QCOMPARE(answer(reply).value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(answer(reply).value(QStringLiteral("received")).toInteger(), data.size());

    reply = head(*m_server, path, auth);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Length"), QByteArray::number(data.size()));
    reply = m_server->request("GET", path, {}, auth);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, data);
    reply = m_server->request("GET", path, {}, auth + Headers{{"Range", "bytes=1500000-"}});
    QCOMPARE(reply.status, 206);
    QCOMPARE(reply.body, data.mid(1500000));
    QCOMPARE(reply.header("Content-Range"),
             QByteArray("bytes 1500000-") + QByteArray::number(data.size() - 1) + '/'
                 + QByteArray::number(data.size()));

    // Without a declared size a short chunk ends the upload.
    const QByteArray small = randomBytes(100).toBase64();
    reply = m_server->request(
        "PUT", QStringLiteral("/api/v1/blobs/%1?offset=0").arg(sha256(small)), small, auth);
    QCOMPARE(reply.status, 200);
    QCOMPARE(answer(reply).value(QStringLiteral("complete")).toBool(), true);
    // A name that is not a SHA-256 is refused.
    QCOMPARE(head(*m_server, QStringLiteral("/api/v1/blobs/ABC"), auth).status, 400);
}

void TestDistrictBlobs::blobHashMismatchKeepsNothing()
{
    const QString credential = startWithDevice();
    QVERIFY(!credential.isEmpty());
    const Headers auth = deviceAuth(credential);
    const QByteArray data = randomBytes(1024 * 1024 + 10);
    const QString wrongName = sha256("something else");
    const QString path = QStringLiteral("/api/v1/blobs/") + wrongName;
    const QString size = QStringLiteral("&size=%1").arg(data.size());
    auto reply = m_server->request(
        "PUT", path + QStringLiteral("?offset=0") + size, data.left(1024 * 1024), auth);
    QCOMPARE(reply.status, 200);
    reply = m_server->request("PUT",
                              path + QStringLiteral("?offset=%1").arg(1024 * 1024) + size,
                              data.mid(1024 * 1024),
                              auth);
    QCOMPARE(reply.status, 422);
    QCOMPARE(errorCode(reply), QStringLiteral("hash_mismatch"));
    reply = head(*m_server, path, auth);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.header("X-Received"), QByteArray("0"));
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM blobs")).toInt(), 0);
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM blob_chunks")).toInt(), 0);
}
int runBlobTests(int argc, char **argv)
{
    TestDistrictBlobs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_districtblobs.moc"
