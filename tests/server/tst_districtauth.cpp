// Enrollment, sign-in, tokens and device credentials against the real schoolsuite-district, and
// refused bodies that write nothing; on SQLite and PostgreSQL.
#include "districttest.h"
#include "server/platform/auth.h"

#include <QCborArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Test;

class TestDistrictAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void enrollment();
    void enrollmentRefusals();
    void deploymentKeyEnrollsUpToItsDevices();
    void signInAndRefresh();
    void signInRateLimited();
    void signInLimitsSeeTheClientBehindAProxy();
    void expiredAccessToken();
    void userOfAnotherSchool();
    void revokedDevice();
    void malformedBodiesWriteNothing();
    void confirmNeedsAnAdministrator();

private:
    bool startServer(const QStringList &extraArgs = {});
    QString enrollBody(const QString &code, const QString &key) const;
    std::unique_ptr<DistrictFixture> m_fixture;
    std::unique_ptr<DistrictServer> m_server;
};

void TestDistrictAuth::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestDistrictAuth::init()
{
    QFETCH_GLOBAL(QString, kind);
    if (kind == QLatin1String("postgresql") && !PostgresDatabase::configured())
        QSKIP(
            "SCHOOLSUITE_TEST_POSTGRES is not set (scripts/test.sh starts a cluster and sets it)");
    m_fixture = std::make_unique<DistrictFixture>(kind);
    QVERIFY2(m_fixture->isAvailable(), qPrintable(m_fixture->error()));
}

void TestDistrictAuth::cleanup()
{
    m_server.reset();
    m_fixture.reset();
}

bool TestDistrictAuth::startServer(const QStringList &extraArgs)
{
    m_server = m_fixture->server(extraArgs);
    if (!m_server->addSchool(QStringLiteral("S001"), QStringLiteral("第一小学"))
        || !m_server->addSchool(QStringLiteral("S002"), QStringLiteral("第二小学"))
        || !m_server->addUser(QStringLiteral("admin1"),
                              QStringLiteral("S001"),
                              QStringLiteral("administrator"),
                              QStringLiteral("admin-password"))
        || !m_server->addUser(QStringLiteral("wang"),
                              QStringLiteral("S001"),
                              QStringLiteral("teacher"),
                              QStringLiteral("wang-password"))
        || !m_server->addUser(QStringLiteral("zhao"),
                              QStringLiteral("S002"),
                              QStringLiteral("teacher"),
                              QStringLiteral("zhao-password")))
        return false;
    if (!m_server->start()) {
        qWarning("%s", qPrintable(m_server->stderrLog()));
        return false;
    }
    return true;
}

static DistrictServer::HttpReply postEnroll(DistrictServer &server,
                                            const QString &code,
                                            const QString &key)
{
    return server.request("POST",
                          QStringLiteral("/api/v1/enroll"),
                          cbor({{QStringLiteral("school_code"), code},
                                {QStringLiteral("key"), key},
                                {QStringLiteral("device_name"), QStringLiteral("教室一")},
                                {QStringLiteral("platform"), QStringLiteral("windows")}}));
}

void TestDistrictAuth::enrollment()
{
    QVERIFY(startServer());
    const QString key = m_server->enrollmentKey(QStringLiteral("S001"));
    const auto reply = postEnroll(*m_server, QStringLiteral("S001"), key);
    QCOMPARE(reply.status, 200);
    const QCborMap map = answer(reply);
    const QString deviceId = map.value(QStringLiteral("device_id")).toString();
    const QString credential = map.value(QStringLiteral("credential")).toString();
    QVERIFY(credential.startsWith(deviceId + QLatin1Char('.')));
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$"))
                .match(credential.section(QLatin1Char('.'), 1))
                .hasMatch());
    const QCborMap school = map.value(QStringLiteral("school")).toMap();
    QCOMPARE(school.value(QStringLiteral("code")).toString(), QStringLiteral("S001"));
    QCOMPARE(school.value(QStringLiteral("name")).toString(), QStringLiteral("第一小学"));
    QVERIFY(!school.value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(map.value(QStringLiteral("epoch")).toString(),
             answer(m_server->request("GET", QStringLiteral("/api/v1/health")))
                 .value(QStringLiteral("epoch"))
                 .toString());
    // The secret is stored only as its hash.
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT secret_hash FROM devices")).toString().size(),
             64);

    // The credential works; a wrong secret does not.
    QCOMPARE(
        m_server
            ->request("GET", QStringLiteral("/api/v1/catalog/isbn/1"), {}, deviceAuth(credential))
            .status,
        200);
    const auto wrong = m_server->request("GET",
                                         QStringLiteral("/api/v1/catalog/isbn/1"),
                                         {},
                                         deviceAuth(deviceId + QStringLiteral(".wrong")));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(errorCode(wrong), QStringLiteral("unauthorized"));
    QCOMPARE(m_server->request("GET", QStringLiteral("/api/v1/catalog/isbn/1")).status, 401);
}

void TestDistrictAuth::enrollmentRefusals()
{
    QVERIFY(startServer());
    const QString key = m_server->enrollmentKey(QStringLiteral("S001"));
    // A key of another school refuses and stays unused.
    auto reply = postEnroll(*m_server, QStringLiteral("S002"), key);
    QCOMPARE(reply.status, 403);
    QCOMPARE(errorCode(reply), QStringLiteral("forbidden"));
    QCOMPARE(postEnroll(*m_server, QStringLiteral("S001"), key).status, 200);
    // One use only.
    reply = postEnroll(*m_server, QStringLiteral("S001"), key);
    QCOMPARE(reply.status, 403);
    QCOMPARE(postEnroll(*m_server, QStringLiteral("S001"), QStringLiteral("made-up")).status, 403);

    // An expired key.
    const QString old = m_server->enrollmentKey(QStringLiteral("S001"));
    QVERIFY(m_fixture->execSql(QStringLiteral("UPDATE enrollment_keys SET expires_at = "
                                              "'2020-01-01T00:00:00.000Z' WHERE used_at IS NULL")));
    QCOMPARE(postEnroll(*m_server, QStringLiteral("S001"), old).status, 403);
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM devices")).toInt(), 1);
}

void TestDistrictAuth::deploymentKeyEnrollsUpToItsDevices()
{
    QVERIFY(startServer());
    // Group policy gives every computer of a school the same key: one key for three computers.
    const auto made = m_server->admin({QStringLiteral("enrollment-key"),
                                       QStringLiteral("S001"),
                                       QStringLiteral("--devices"),
                                       QStringLiteral("3"),
                                       QStringLiteral("--valid-days"),
                                       QStringLiteral("60")});
    QCOMPARE(made.exitCode, 0);
    const QStringList keys = made.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(keys.size(), 1);
    const QString key = keys.constFirst();
    QCOMPARE(postEnroll(*m_server, QStringLiteral("S002"), key).status, 403);
    QStringList devices;
    for (int i = 0; i < 3; ++i) {
        const auto reply = postEnroll(*m_server, QStringLiteral("S001"), key);
        QCOMPARE(reply.status, 200);
        devices << answer(reply).value(QStringLiteral("device_id")).toString();
    }
    devices.removeDuplicates();
    QCOMPARE(devices.size(), 3); // three computers, three credentials
    const auto fourth = postEnroll(*m_server, QStringLiteral("S001"), key);
    QCOMPARE(fourth.status, 403);
    QCOMPARE(errorCode(fourth), QStringLiteral("forbidden"));
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM devices")).toInt(), 3);
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT uses FROM enrollment_keys")).toInt(), 3);
    // Valid for the days asked, not the default week.
    const QDateTime expires = QDateTime::fromString(
        m_fixture->scalar(QStringLiteral("SELECT expires_at FROM enrollment_keys")).toString(),
        Qt::ISODateWithMs);
    QVERIFY(expires.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(expires) - 60) <= 1);

    // Wrong numbers are usage errors that make no key.
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--devices"), QStringLiteral("0")},
          QStringList{QStringLiteral("--devices"), QStringLiteral("x")},
          QStringList{QStringLiteral("--valid-days"), QStringLiteral("0")},
          QStringList{QStringLiteral("--valid-days"), QStringLiteral("100000")}}) {
        const auto refused = m_server->admin(
            QStringList{QStringLiteral("enrollment-key"), QStringLiteral("S001")} + bad);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(bad.constFirst()), qPrintable(refused.err));
    }
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment_keys")).toInt(), 1);
}

void TestDistrictAuth::signInAndRefresh()
{
    QVERIFY(startServer());
    const QString device = enroll(*m_server, QStringLiteral("S001"));
    QVERIFY(!device.isEmpty());

    auto reply = signIn(*m_server, device, QStringLiteral("wang"), QStringLiteral("nope-nope"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(errorCode(reply), QStringLiteral("bad_credentials"));
    reply = signIn(*m_server, device, QStringLiteral("nobody"), QStringLiteral("nope-nope"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(errorCode(reply), QStringLiteral("bad_credentials"));

    reply = signIn(*m_server, device, QStringLiteral("wang"), QStringLiteral("wang-password"));
    QCOMPARE(reply.status, 200);
    QCborMap tokens = answer(reply);
    const QString access = tokens.value(QStringLiteral("access_token")).toString();
    const QString refresh = tokens.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!access.isEmpty() && !refresh.isEmpty() && access != refresh);
    QVERIFY(tokens.value(QStringLiteral("access_expires_at")).toString()
            < tokens.value(QStringLiteral("refresh_expires_at")).toString());
    const QCborMap user = tokens.value(QStringLiteral("user")).toMap();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("wang"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("teacher"));
    QCOMPARE(user.value(QStringLiteral("school_code")).toString(), QStringLiteral("S001"));

    const QString lookup = QStringLiteral("/api/v1/catalog/isbn/1");
    QCOMPARE(m_server->request("GET", lookup, {}, deviceAuth(device, access)).status, 200);
    reply = m_server->request("GET", lookup, {}, deviceAuth(device, QStringLiteral("forged")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));

    // Refresh rotates: new tokens, the old refresh token is refused afterwards.
    const QByteArray refreshBody = cbor({{QStringLiteral("refresh_token"), refresh}});
    reply = m_server->request(
        "POST", QStringLiteral("/api/v1/auth/refresh"), refreshBody, deviceAuth(device));
    QCOMPARE(reply.status, 200);
    tokens = answer(reply);
    const QString refresh2 = tokens.value(QStringLiteral("refresh_token")).toString();
    const QString access2 = tokens.value(QStringLiteral("access_token")).toString();
    QVERIFY(refresh2 != refresh && access2 != access);
    reply = m_server->request(
        "POST", QStringLiteral("/api/v1/auth/refresh"), refreshBody, deviceAuth(device));
    QCOMPARE(reply.status, 401);
    QCOMPARE(m_server->request("GET", lookup, {}, deviceAuth(device, access2)).status, 200);

    // Sign-out ends the session: its refresh and access tokens are refused.
    const QByteArray signOutBody = cbor({{QStringLiteral("refresh_token"), refresh2}});
    reply = m_server->request(
        "POST", QStringLiteral("/api/v1/auth/signout"), signOutBody, deviceAuth(device));
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_server->request("GET", lookup, {}, deviceAuth(device, access2)).status, 401);
    QCOMPARE(
        m_server
            ->request(
                "POST", QStringLiteral("/api/v1/auth/refresh"), signOutBody, deviceAuth(device))
            .status,
        401);

    // Sign-in needs a device credential.
    reply
        = m_server->request("POST",
                            QStringLiteral("/api/v1/auth/signin"),
                            cbor({{QStringLiteral("username"), QStringLiteral("wang")},
                                  {QStringLiteral("password"), QStringLiteral("wang-password")}}));
    QCOMPARE(reply.status, 401);
    // Tokens are stored only as hashes.
    QCOMPARE(m_fixture
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE hash = '") + access
                          + QLatin1Char('\''))
                 .toInt(),
             0);
}

void TestDistrictAuth::signInRateLimited()
{
    QVERIFY(startServer());
    const QString device = enroll(*m_server, QStringLiteral("S001"));
    QVERIFY(!device.isEmpty());
    for (int i = 0; i < 5; ++i) {
        const auto reply
            = signIn(*m_server, device, QStringLiteral("wang"), QStringLiteral("wrong-%1").arg(i));
        QCOMPARE(reply.status, 401);
    }
    // The sixth attempt is refused without checking the password, even the right one.
    const auto limited
        = signIn(*m_server, device, QStringLiteral("wang"), QStringLiteral("wang-password"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(errorCode(limited), QStringLiteral("rate_limited"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 15 * 60, limited.header("Retry-After").constData());
    // Another user from the same address is not limited yet.
    QCOMPARE(signIn(*m_server, device, QStringLiteral("admin1"), QStringLiteral("admin-password"))
                 .status,
             200);

    // When the failures leave the 15-minute window, the user signs in again.
    QVERIFY(m_fixture->execSql(
        QStringLiteral("UPDATE signin_failures SET at = '2020-01-01T00:00:00.000Z'")));
    QCOMPARE(
        signIn(*m_server, device, QStringLiteral("wang"), QStringLiteral("wang-password")).status,
        200);
}

void TestDistrictAuth::signInLimitsSeeTheClientBehindAProxy()
{
    // nginx on the same machine passes X-Forwarded-For; only a proxy named on the command line
    // is believed, and only for the address it added (the last one not its own).
    QVERIFY(startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
    const QString device = enroll(*m_server, QStringLiteral("S001"));
    QVERIFY(!device.isEmpty());
    const auto failFrom = [&](const QByteArray &forwardedFor, const QString &user) {
        DistrictServer::Headers headers = deviceAuth(device);
        headers.append(qMakePair(QByteArray("X-Forwarded-For"), forwardedFor));
        return m_server->request("POST",
                                 QStringLiteral("/api/v1/auth/signin"),
                                 cbor({{QStringLiteral("username"), user},
                                       {QStringLiteral("password"), QStringLiteral("wrong")}}),
                                 headers);
    };
    // A client may put anything first; the proxy's own entry is the last.
    QCOMPARE(failFrom("10.9.9.9, 198.51.100.7", QStringLiteral("nobody0")).status, 401);
    QCOMPARE(m_fixture
                 ->scalar(QStringLiteral("SELECT peer FROM signin_failures WHERE username = "
                                         "'nobody0'"))
                 .toString(),
             QStringLiteral("198.51.100.7"));
    // One classroom's 20 failures limit that classroom, not the district behind the proxy.
    for (int i = 1; i < Server::Auth::PeerFailureLimit; ++i)
        QCOMPARE(failFrom("198.51.100.7", QStringLiteral("nobody%1").arg(i)).status, 401);
    QCOMPARE(failFrom("198.51.100.7", QStringLiteral("someone")).status, 429);
    QCOMPARE(failFrom("198.51.100.8", QStringLiteral("someone")).status, 401);
    DistrictServer::Headers headers = deviceAuth(device);
    headers.append(qMakePair(QByteArray("X-Forwarded-For"), QByteArray("198.51.100.8")));
    QCOMPARE(m_server
                 ->request("POST",
                           QStringLiteral("/api/v1/auth/signin"),
                           cbor({{QStringLiteral("username"), QStringLiteral("wang")},
                                 {QStringLiteral("password"), QStringLiteral("wang-password")}}),
                           headers)
                 .status,
             200);
}

void TestDistrictAuth::expiredAccessToken()
{
    QVERIFY(startServer({QStringLiteral("--access-token-ttl"), QStringLiteral("1")}));
    const QString device = enroll(*m_server, QStringLiteral("S001"));
    QVERIFY(!device.isEmpty());
    const auto reply
        = signIn(*m_server, device, QStringLiteral("wang"), QStringLiteral("wang-password"));
    QCOMPARE(reply.status, 200);
    const QString access = answer(reply).value(QStringLiteral("access_token")).toString();
    const QString lookup = QStringLiteral("/api/v1/catalog/isbn/1");
    // The token lives one second: wait until the server calls it expired.
    QTRY_COMPARE_WITH_TIMEOUT(
        errorCode(m_server->request("GET", lookup, {}, deviceAuth(device, access))),
        QStringLiteral("token_expired"),
        10000);
    QCOMPARE(m_server->request("GET", lookup, {}, deviceAuth(device, access)).status, 401);
    // The refresh token still gets a new access token.
    const auto refreshed
        = m_server->request("POST",
                            QStringLiteral("/api/v1/auth/refresh"),
                            cbor({{QStringLiteral("refresh_token"),
                                   answer(reply).value(QStringLiteral("refresh_token"))}}),
                            deviceAuth(device));
    QCOMPARE(refreshed.status, 200);
}

void TestDistrictAuth::userOfAnotherSchool()
{
    QVERIFY(startServer());
    const QString device = enroll(*m_server, QStringLiteral("S001"));
    QVERIFY(!device.isEmpty());
    const auto reply
        = signIn(*m_server, device, QStringLiteral("zhao"), QStringLiteral("zhao-password"));
    QCOMPARE(reply.status, 403);
    QCOMPARE(errorCode(reply), QStringLiteral("forbidden"));
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM tokens")).toInt(), 0);
}

void TestDistrictAuth::revokedDevice()
{
    QVERIFY(startServer());
    const QString device = enroll(*m_server, QStringLiteral("S001"));
    QVERIFY(!device.isEmpty());
    const auto tokens
        = signIn(*m_server, device, QStringLiteral("wang"), QStringLiteral("wang-password"));
    QCOMPARE(tokens.status, 200);
    QCOMPARE(
        m_server->admin({QStringLiteral("revoke-device"), device.section(QLatin1Char('.'), 0, 0)})
            .exitCode,
        0);
    for (const QString &path :
         {QStringLiteral("/api/v1/sync/pull"), QStringLiteral("/api/v1/auth/signin")}) {
        const auto reply = m_server->request(
            "POST", path, cbor({{QStringLiteral("cursor"), 0}}), deviceAuth(device));
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("device_revoked"));
    }
    const auto withUser = m_server->request(
        "GET",
        QStringLiteral("/api/v1/catalog/isbn/1"),
        {},
        deviceAuth(device, answer(tokens).value(QStringLiteral("access_token")).toString()));
    QCOMPARE(errorCode(withUser), QStringLiteral("device_revoked"));
}

void TestDistrictAuth::malformedBodiesWriteNothing()
{
    QVERIFY(startServer());
    const QString key = m_server->enrollmentKey(QStringLiteral("S001"));
    const QString enrollPath = QStringLiteral("/api/v1/enroll");
    struct Case
    {
        const char *name;
        QByteArray body;
        QByteArray contentType;
    };
    const QList<Case> cases{
        {"truncated CBOR",
         cbor({{QStringLiteral("school_code"), QStringLiteral("S001")},
               {QStringLiteral("key"), key}})
             .chopped(3),
         "application/cbor"},
        {"malformed JSON", R"({"school_code": "S001", "key": )", "application/json"},
        {"CBOR array",
         QCborValue(QCborArray{QStringLiteral("S001"), key}).toCbor(),
         "application/cbor"},
        {"JSON array", R"(["S001"])", "application/json"},
        {"missing key",
         cbor({{QStringLiteral("school_code"), QStringLiteral("S001")}}),
         "application/cbor"},
        {"key not text",
         cbor({{QStringLiteral("school_code"), QStringLiteral("S001")},
               {QStringLiteral("key"), 42}}),
         "application/cbor"},
    };
    for (const Case &c : cases) {
        const auto reply
            = m_server->request("POST", enrollPath, c.body, {{"Content-Type", c.contentType}});
        QVERIFY2(reply.status == 400, c.name);
        QVERIFY2(errorCode(reply) == QLatin1String("bad_request")
                     || c.contentType == "application/json",
                 c.name);
    }
    // A JSON request gets a JSON error.
    const auto json
        = m_server->request("POST", enrollPath, "{", {{"Content-Type", "application/json"}});
    QCOMPARE(json.status, 400);
    QVERIFY(json.body.startsWith('{'));
    QVERIFY(json.body.contains("\"bad_request\""));

    // Nothing was written: no device, and the key still enrolls once.
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM devices")).toInt(), 0);
    const auto good
        = m_server->request("POST",
                            enrollPath,
                            QByteArray(R"({"school_code":"S001","key":")") + key.toLatin1() + "\"}",
                            {{"Content-Type", "application/json"}});
    QCOMPARE(good.status, 200);
    QVERIFY(good.body.contains("\"credential\""));

    // Malformed sync bodies are refused before the sync service sees them.
    const QString device = QString::fromUtf8(QJsonDocument::fromJson(good.body)
                                                 .object()
                                                 .value(QStringLiteral("credential"))
                                                 .toString()
                                                 .toUtf8());
    for (const QString &path :
         {QStringLiteral("/api/v1/sync/push"), QStringLiteral("/api/v1/sync/pull")}) {
        const auto reply = m_server->request("POST", path, "\xff\x00garbage", deviceAuth(device));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("bad_request"));
    }
}

void TestDistrictAuth::confirmNeedsAnAdministrator()
{
    QVERIFY(startServer());
    const QString device = enroll(*m_server, QStringLiteral("S001"));
    QVERIFY(!device.isEmpty());
    const QByteArray body = cbor({{QStringLiteral("held_id"), QStringLiteral("nothing")}});
    const QString path = QStringLiteral("/api/v1/sync/confirm");
    // The device alone, or a teacher, may not confirm.
    auto reply = m_server->request("POST", path, body, deviceAuth(device));
    QCOMPARE(reply.status, 403);
    const QString teacher
        = answer(signIn(*m_server, device, QStringLiteral("wang"), QStringLiteral("wang-password")))
              .value(QStringLiteral("access_token"))
              .toString();
    reply = m_server->request("POST", path, body, deviceAuth(device, teacher));
    QCOMPARE(reply.status, 403);
    // An administrator gets through to the held batches: this one does not exist.
    const QString admin
        = answer(
              signIn(*m_server, device, QStringLiteral("admin1"), QStringLiteral("admin-password")))
              .value(QStringLiteral("access_token"))
              .toString();
    reply = m_server->request("POST", path, body, deviceAuth(device, admin));
    QCOMPARE(reply.status, 404);
    QCOMPARE(errorCode(reply), QStringLiteral("not_found"));
}

int runAuthTests(int argc, char **argv)
{
    TestDistrictAuth test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_districtauth.moc"
