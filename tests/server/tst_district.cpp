// The district platform through the real schoolsuite-district: health, admin commands, options,
// HTTP errors, TLS, graceful stop, the request log and blobs; on SQLite and PostgreSQL.
#include "districttest.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Test;

int runAuthTests(int argc, char **argv);
int runBlobTests(int argc, char **argv);

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

// Runs the binary with arguments only (no --listen/--database added) and waits for it to end.
int runBinary(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(SCHOOLSUITE_DISTRICT), args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestDistrict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void health();
    void unknownPathAndWrongMethod();
    void adminSchoolsUsersAndKeys();
    void adminUsageErrors();
    void adminDevices();
    void adminDistrictRows();
    void adminBackupAndRestore();
    void plainHttpOnlyOnLoopback();
    void tls();
    void sigtermStopsGracefully();
    void requestLog();

private:
    std::unique_ptr<DistrictFixture> m_fixture;
    std::unique_ptr<DistrictServer> m_server;
    // Starts the server on the fixture's database with a school S001 and one enrolled device.
    QString startWithDevice(const QStringList &extraArgs = {});
};

void TestDistrict::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestDistrict::init()
{
    QFETCH_GLOBAL(QString, kind);
    if (kind == QLatin1String("postgresql") && !PostgresDatabase::configured())
        QSKIP(
            "SCHOOLSUITE_TEST_POSTGRES is not set (scripts/test.sh starts a cluster and sets it)");
    m_fixture = std::make_unique<DistrictFixture>(kind);
    QVERIFY2(m_fixture->isAvailable(), qPrintable(m_fixture->error()));
    m_server = m_fixture->server();
}

void TestDistrict::cleanup()
{
    m_server.reset();
    m_fixture.reset();
}

QString TestDistrict::startWithDevice(const QStringList &extraArgs)
{
    m_server = m_fixture->server(extraArgs);
    if (!m_server->addSchool(QStringLiteral("S001"), QStringLiteral("第一小学")))
        return {};
    if (!m_server->start()) {
        qWarning("%s", qPrintable(m_server->stderrLog()));
        return {};
    }
    return enroll(*m_server, QStringLiteral("S001"));
}

void TestDistrict::health()
{
    QVERIFY2(m_server->start(), qPrintable(m_server->stderrLog()));
    const auto reply = m_server->request("GET", QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/cbor"));
    const QCborMap map = answer(reply);
    QCOMPARE(map.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!map.value(QStringLiteral("epoch")).toString().isEmpty());
    QVERIFY(map.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));

    // A GET answers in the format of Accept.
    const auto json = m_server->request(
        "GET", QStringLiteral("/api/v1/health"), {}, {{"Accept", "application/json"}});
    QCOMPARE(json.status, 200);
    const QJsonObject object = QJsonDocument::fromJson(json.body).object();
    QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(object.value(QStringLiteral("epoch")).toString(),
             map.value(QStringLiteral("epoch")).toString());
}

void TestDistrict::unknownPathAndWrongMethod()
{
    QVERIFY2(m_server->start(), qPrintable(m_server->stderrLog()));
    const auto missing = m_server->request("GET", QStringLiteral("/api/v1/nothing"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(errorCode(missing), QStringLiteral("not_found"));
    const auto wrongMethod = m_server->request("GET", QStringLiteral("/api/v1/enroll"));
    QCOMPARE(wrongMethod.status, 405);
    const auto headReply = head(*m_server, QStringLiteral("/api/v1/health"));
    QCOMPARE(headReply.status, 200);
    // HEAD names the length of the body GET would send.
    QCOMPARE(
        headReply.header("Content-Length"),
        QByteArray::number(m_server->request("GET", QStringLiteral("/api/v1/health")).body.size()));
    QVERIFY(headReply.body.isEmpty());
}

void TestDistrict::adminSchoolsUsersAndKeys()
{
    DistrictServer &s = *m_server;
    auto result = s.admin(
        {QStringLiteral("add-school"), QStringLiteral("S001"), QStringLiteral("第一小学")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("S001")));
    // The same code again fails and writes nothing.
    result = s.admin({QStringLiteral("add-school"), QStringLiteral("S001"), QStringLiteral("x")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(s.addSchool(QStringLiteral("S002"), QStringLiteral("第二小学")));
    QVERIFY(s.addUser(QStringLiteral("wang"),
                      QStringLiteral("S001"),
                      QStringLiteral("teacher"),
                      QStringLiteral("password-1")));

    result = s.admin({QStringLiteral("list-schools"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray schools = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(schools.size(), 2);
    const QJsonObject first = schools.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("S001"));
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("第一小学"));
    QCOMPARE(first.value(QStringLiteral("users")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("devices")).toInt(), 0);
    QCOMPARE(schools.at(1).toObject().value(QStringLiteral("users")).toInt(), 0);

    // A key is one line of 43 base64url characters (256 bits), stored only hashed.
    result = s.admin({QStringLiteral("enrollment-key"), QStringLiteral("S001")});
    QCOMPARE(result.exitCode, 0);
    const QString key = result.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(key).hasMatch(),
             qPrintable(key));
    QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment_keys")).toInt(), 1);
    QCOMPARE(m_fixture
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment_keys WHERE hash = '")
                          + key + QLatin1Char('\''))
                 .toInt(),
             0);

    // --count N: N different keys, one a line, in the same form.
    result = s.admin({QStringLiteral("enrollment-key"),
                      QStringLiteral("S001"),
                      QStringLiteral("--count"),
                      QStringLiteral("3")});
    QCOMPARE(result.exitCode, 0);
    const QStringList keys = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(keys.size(), 3);
    QCOMPARE(result.out.count(QLatin1Char('\n')), 3);
    for (const QString &k : keys)
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(k).hasMatch(),
                 qPrintable(k));
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 3);
    QVERIFY(!keys.contains(key));
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment_keys")).toInt(), 4);

    // The password is stored as a PBKDF2 verifier with its own salt, 120,000 rounds.
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT iterations FROM users")).toInt(), 120000);
}

void TestDistrict::adminUsageErrors()
{
    DistrictServer &s = *m_server;
    QVERIFY(s.addSchool(QStringLiteral("S001"), QStringLiteral("第一小学")));
    const QString passwordFile = m_fixture->dir() + QStringLiteral("/pw");
    QFile file(passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("long-enough-password\n");
    file.close();
    QFile shortFile(m_fixture->dir() + QStringLiteral("/short"));
    QVERIFY(shortFile.open(QIODevice::WriteOnly));
    shortFile.write("short\n");
    shortFile.close();

    const QString user = QStringLiteral("li");
    struct Case
    {
        QStringList args;
        int exit;
    };
    const QList<Case> cases{
        {{}, 2},
        {{QStringLiteral("no-such-command")}, 2},
        {{QStringLiteral("add-school"), QStringLiteral("S009")}, 2},
        {{QStringLiteral("add-school"), QStringLiteral("bad code"), QStringLiteral("x")}, 1},
        {{QStringLiteral("add-user"),
          user,
          QStringLiteral("--school"),
          QStringLiteral("S001"),
          QStringLiteral("--password-file"),
          passwordFile},
         2},
        {{QStringLiteral("add-user"),
          user,
          QStringLiteral("--school"),
          QStringLiteral("S001"),
          QStringLiteral("--role"),
          QStringLiteral("wizard"),
          QStringLiteral("--password-file"),
          passwordFile},
         2},
        {{QStringLiteral("add-user"),
          user,
          QStringLiteral("--school"),
          QStringLiteral("S404"),
          QStringLiteral("--role"),
          QStringLiteral("teacher"),
          QStringLiteral("--password-file"),
          passwordFile},
         1},
        {{QStringLiteral("add-user"),
          user,
          QStringLiteral("--school"),
          QStringLiteral("S001"),
          QStringLiteral("--role"),
          QStringLiteral("teacher"),
          QStringLiteral("--password-file"),
          shortFile.fileName()},
         1},
        {{QStringLiteral("enrollment-key"), QStringLiteral("S404")}, 1},
        {{QStringLiteral("enrollment-key")}, 2},
        {{QStringLiteral("enrollment-key"), QStringLiteral("S001"), QStringLiteral("--count")}, 2},
        {{QStringLiteral("enrollment-key"),
          QStringLiteral("S001"),
          QStringLiteral("--count"),
          QStringLiteral("0")},
         2},
        {{QStringLiteral("enrollment-key"),
          QStringLiteral("S001"),
          QStringLiteral("--count"),
          QStringLiteral("many")},
         2},
        {{QStringLiteral("enrollment-key"),
          QStringLiteral("S404"),
          QStringLiteral("--count"),
          QStringLiteral("2")},
         1},
        {{QStringLiteral("list-schools"), QStringLiteral("--yaml")}, 2},
        {{QStringLiteral("revoke-device"), QStringLiteral("no-such-device")}, 1},
        {{QStringLiteral("confirm-held"), QStringLiteral("no-such-batch")}, 1},
        {{QStringLiteral("set-target"), QStringLiteral("soon")}, 2},
        {{QStringLiteral("purge"), QStringLiteral("--older-than-days"), QStringLiteral("x")}, 2},
    };
    for (const Case &c : cases) {
        const auto result = s.admin(c.args);
        QVERIFY2(result.exitCode == c.exit,
                 qPrintable(QStringLiteral("admin %1: exit %2, expected %3; stderr: %4")
                                .arg(c.args.join(QLatin1Char(' ')))
                                .arg(result.exitCode)
                                .arg(c.exit)
                                .arg(result.err)));
        QVERIFY2(!result.err.isEmpty(), qPrintable(c.args.join(QLatin1Char(' '))));
    }
    // None of the failed commands wrote a user.
    QCOMPARE(m_fixture->scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);

    QString out;
    QCOMPARE(runBinary({QStringLiteral("--version")}, &out), 0);
    QVERIFY(out.startsWith(QStringLiteral("schoolsuite-district ")));
    QCOMPARE(runBinary({QStringLiteral("--help")}, &out), 0);
    QVERIFY(out.contains(QStringLiteral("enrollment-key")));
    QCOMPARE(runBinary({QStringLiteral("--no-such-option")}), 2);
    QCOMPARE(runBinary({QStringLiteral("--listen"), QStringLiteral("nowhere")}), 2);
    QCOMPARE(runBinary({QStringLiteral("--tls-cert"), QStringLiteral("/x.pem")}), 2);
}

void TestDistrict::adminDevices()
{
    const QString credential = startWithDevice();
    QVERIFY(!credential.isEmpty());
    const QString deviceId = credential.section(QLatin1Char('.'), 0, 0);
    auto result = m_server->admin({QStringLiteral("list-devices"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonArray devices = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.at(0).toObject().value(QStringLiteral("id")).toString(), deviceId);
    QCOMPARE(devices.at(0).toObject().value(QStringLiteral("school")).toString(),
             QStringLiteral("S001"));
    QVERIFY(devices.at(0).toObject().value(QStringLiteral("revoked_at")).isNull());

    result = m_server->admin({QStringLiteral("list-schools"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())
                 .array()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("devices"))
                 .toInt(),
             1);

    QCOMPARE(m_server->admin({QStringLiteral("revoke-device"), deviceId}).exitCode, 0);
    result = m_server->admin({QStringLiteral("list-devices"), QStringLiteral("--json")});
    devices = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(!devices.at(0).toObject().value(QStringLiteral("revoked_at")).toString().isEmpty());
}

void TestDistrict::adminDistrictRows()
{
    const QString credential = startWithDevice();
    QVERIFY(!credential.isEmpty());
    auto result = m_server->admin({QStringLiteral("set-target"),
                                   QStringLiteral("2030"),
                                   QStringLiteral("--multimedia-rate"),
                                   QStringLiteral("0.95"),
                                   QStringLiteral("--student-ratio"),
                                   QStringLiteral("5")});
    QCOMPARE(result.exitCode, 0);
    // A second call for the same year changes that row, not a new one.
    result = m_server->admin({QStringLiteral("set-target"),
                              QStringLiteral("2030"),
                              QStringLiteral("--teacher-ratio"),
                              QStringLiteral("1")});
    QCOMPARE(result.exitCode, 0);

    const QByteArray attachment = randomBytes(3000);
    const QString attachmentPath = m_fixture->dir() + QStringLiteral("/plan.pdf");
    QFile file(attachmentPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(attachment);
    file.close();
    result = m_server->admin({QStringLiteral("add-notice"),
                              QStringLiteral("新学期通知"),
                              QStringLiteral("--attach"),
                              attachmentPath});
    QCOMPARE(result.exitCode, 0);
    const QString noticeId = result.out.trimmed();
    QVERIFY(!noticeId.isEmpty());

    // The device pulls both district rows.
    const auto pull = m_server->request(
        "POST",
        QStringLiteral("/api/v1/sync/pull"),
        cbor({{QStringLiteral("epoch"), QCborValue()}, {QStringLiteral("cursor"), 0}}),
        deviceAuth(credential));
    QCOMPARE(pull.status, 200);
    int targets2030 = 0;
    QCborMap notice;
    for (const QCborValue &row : answer(pull).value(QStringLiteral("rows")).toArray()) {
        const QCborMap r = row.toMap();
        const QCborMap fields = r.value(QStringLiteral("fields")).toMap();
        if (r.value(QStringLiteral("table")).toString() == QLatin1String("district_targets")
            && fields.value(QStringLiteral("year")).toInteger() == 2030) {
            ++targets2030;
            QCOMPARE(fields.value(QStringLiteral("classroom_multimedia_rate")).toDouble(), 0.95);
            QCOMPARE(fields.value(QStringLiteral("teacher_computer_ratio")).toDouble(), 1.0);
        }
        if (r.value(QStringLiteral("id")).toString() == noticeId)
            notice = fields;
    }
    QCOMPARE(targets2030, 1);
    QCOMPARE(notice.value(QStringLiteral("title")).toString(), QStringLiteral("新学期通知"));
    const QJsonArray attachments
        = QJsonDocument::fromJson(notice.value(QStringLiteral("attachments")).toString().toUtf8())
              .array();
    QCOMPARE(attachments.size(), 1);
    const QString hash = attachments.at(0).toObject().value(QStringLiteral("sha256")).toString();
    QCOMPARE(hash, sha256(attachment));
    QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("plan.pdf"));

    // The attachment is a blob the device downloads.
    const auto blob = m_server->request(
        "GET", QStringLiteral("/api/v1/blobs/") + hash, {}, deviceAuth(credential));
    QCOMPARE(blob.status, 200);
    QCOMPARE(blob.body, attachment);

    result = m_server->admin({QStringLiteral("list-held"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(result.out.toUtf8()).isArray());
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 0);
    QCOMPARE(m_server->admin({QStringLiteral("purge")}).exitCode, 0);
}

void TestDistrict::adminBackupAndRestore()
{
    DistrictServer &s = *m_server;
    QVERIFY(s.addSchool(QStringLiteral("S001"), QStringLiteral("第一小学")));
    const QString backupFile = m_fixture->dir() + QStringLiteral("/backup.db");
    auto result = s.admin({QStringLiteral("backup"), backupFile});
    if (!m_fixture->isSqlite()) {
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("pg_dump")));
        QCOMPARE(s.admin({QStringLiteral("restore"), backupFile}).exitCode, 1);
        return;
    }
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo(backupFile).size() > 0);
    // A backup never overwrites a file.
    QCOMPARE(s.admin({QStringLiteral("backup"), backupFile}).exitCode, 1);

    QVERIFY2(s.start(), qPrintable(s.stderrLog()));
    const QString epoch = answer(s.request("GET", QStringLiteral("/api/v1/health")))
                              .value(QStringLiteral("epoch"))
                              .toString();
    QVERIFY(s.addSchool(QStringLiteral("S002"), QStringLiteral("第二小学")));

    // Restored while the server runs: the school added since is gone, the epoch is new.
    result = s.admin({QStringLiteral("restore"), backupFile});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = s.admin({QStringLiteral("list-schools"), QStringLiteral("--json")});
    const QJsonArray schools = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(schools.size(), 1);
    QCOMPARE(schools.at(0).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("S001"));
    const QString newEpoch = answer(s.request("GET", QStringLiteral("/api/v1/health")))
                                 .value(QStringLiteral("epoch"))
                                 .toString();
    QVERIFY(!newEpoch.isEmpty());
    QVERIFY(newEpoch != epoch);

    const QString notABackup = m_fixture->dir() + QStringLiteral("/junk.db");
    QFile junk(notABackup);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a database");
    junk.close();
    QCOMPARE(s.admin({QStringLiteral("restore"), notABackup}).exitCode, 1);
    QCOMPARE(s.admin({QStringLiteral("list-schools"), QStringLiteral("--json")}).out, result.out);
}

void TestDistrict::plainHttpOnlyOnLoopback()
{
    QString err;
    const int code = runBinary({QStringLiteral("--listen"),
                                QStringLiteral("0.0.0.0:0"),
                                QStringLiteral("--database"),
                                m_fixture->url()},
                               nullptr,
                               &err);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(QStringLiteral("--tls-cert")), qPrintable(err));
}

void TestDistrict::tls()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("the openssl command is not installed");
    const QString cert = m_fixture->dir() + QStringLiteral("/cert.pem");
    const QString key = m_fixture->dir() + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"),
                   QStringLiteral("-x509"),
                   QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"),
                   key,
                   QStringLiteral("-out"),
                   cert,
                   QStringLiteral("-days"),
                   QStringLiteral("1"),
                   QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);

    m_server
        = m_fixture->server({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    QVERIFY2(m_server->start(), qPrintable(m_server->stderrLog()));
    QCOMPARE(m_server->url().scheme(), QStringLiteral("https"));

    QUrl url = m_server->url();
    url.setPath(QStringLiteral("/api/v1/health"));
    QNetworkRequest request(url);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(cert));
    request.setSslConfiguration(config);
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QCborValue::fromCbor(reply->readAll()).toMap().value(QStringLiteral("status")),
             QCborValue(QStringLiteral("ok")));

    // The same port does not answer plain HTTP.
    QUrl plain = url;
    plain.setScheme(QStringLiteral("http"));
    QNetworkRequest plainRequest(plain);
    plainRequest.setTransferTimeout(5000);
    std::unique_ptr<QNetworkReply> plainReply(manager.get(plainRequest));
    QTRY_VERIFY_WITH_TIMEOUT(plainReply->isFinished(), 15000);
    QVERIFY(plainReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200);
}

void TestDistrict::sigtermStopsGracefully()
{
    QVERIFY2(m_server->start(), qPrintable(m_server->stderrLog()));
    QCOMPARE(m_server->request("GET", QStringLiteral("/api/v1/health")).status, 200);
    m_server->terminate();
    QVERIFY(!m_server->isRunning());
    QCOMPARE(m_server->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server->exitCode(), 0);
    QVERIFY(m_server->stderrLog().contains(QStringLiteral(" stopped")));
    // The database is closed cleanly: a new run serves it.
    QVERIFY2(m_server->start(), qPrintable(m_server->stderrLog()));
    QCOMPARE(m_server->request("GET", QStringLiteral("/api/v1/health")).status, 200);
}

void TestDistrict::requestLog()
{
    const QString credential = startWithDevice();
    QVERIFY(!credential.isEmpty());
    const QString deviceId = credential.section(QLatin1Char('.'), 0, 0);
    QCOMPARE(m_server->request("GET", QStringLiteral("/api/v1/health")).status, 200);
    QCOMPARE(m_server
                 ->request("GET",
                           QStringLiteral("/api/v1/catalog/isbn/9787020002207"),
                           {},
                           deviceAuth(credential))
                 .status,
             200);
    QCOMPARE(m_server->request("GET", QStringLiteral("/api/v1/nope")).status, 404);
    const QString log = m_server->stderrLog();
    const auto has = [&log](const QString &pattern) {
        return QRegularExpression(pattern, QRegularExpression::MultilineOption)
            .match(log)
            .hasMatch();
    };
    const QString time = QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z ");
    QVERIFY2(has(time + QStringLiteral("127\\.0\\.0\\.1 GET /api/v1/health 200 \\d+ \\d+ms$")),
             qPrintable(log));
    QVERIFY2(has(time
                 + QStringLiteral("127\\.0\\.0\\.1 GET /api/v1/catalog/isbn/9787020002207 200 "
                                  "\\d+ \\d+ms device=")
                 + deviceId + QLatin1Char('$')),
             qPrintable(log));
    QVERIFY2(has(time + QStringLiteral("127\\.0\\.0\\.1 GET /api/v1/nope 404 ")), qPrintable(log));
    // Secrets never reach the log.
    QVERIFY(!log.contains(credential.section(QLatin1Char('.'), 1)));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestDistrict district;
    int failures = QTest::qExec(&district, argc, argv);
    failures += runAuthTests(argc, argv);
    failures += runBlobTests(argc, argv);
    return failures;
}

#include "tst_district.moc"
