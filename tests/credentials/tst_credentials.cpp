// The keychain wrapper against the real gnome-keyring (run under tests/with-keyring.sh).
#include "core/error.h"
#include "sync/credentialstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace SchoolSuite;

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteRemove();
    void absentKeyIsNullopt();
    void removingAbsentKeyIsFine();
    void binarySecretSurvives();
    void dataDirsDoNotCollide();
    void keyForFollowsTheProtocol();
    void servicesAreSeparate();
    void secretLivesInGnomeKeyring();
    void keychainFailureThrows_data();
    void keychainFailureThrows();
};

void TestCredentials::initTestCase()
{
    // with-keyring.sh gives the test a private HOME: a test must never touch a real keychain.
    QVERIFY2(qEnvironmentVariable("HOME").contains(QLatin1String("schoolsuite-keyring.")),
             "run me as: dbus-run-session -- tests/with-keyring.sh tst_credentials");
}

void TestCredentials::writeReadOverwriteRemove()
{
    CredentialStore store;
    const QString key = QStringLiteral("device:writeReadOverwriteRemove");
    store.write(key, "dev-1.first");
    QCOMPARE(store.read(key), std::optional<QByteArray>("dev-1.first"));

    store.write(key, "dev-1.second");
    QCOMPARE(store.read(key), std::optional<QByteArray>("dev-1.second"));
    // A fresh wrapper reads what another one wrote: the secret is in the keychain, not in memory.
    QCOMPARE(CredentialStore().read(key), std::optional<QByteArray>("dev-1.second"));

    store.remove(key);
    QCOMPARE(store.read(key), std::nullopt);
}

void TestCredentials::absentKeyIsNullopt()
{
    CredentialStore store;
    QCOMPARE(store.read(QStringLiteral("device:never-written")), std::nullopt);
}

void TestCredentials::removingAbsentKeyIsFine()
{
    CredentialStore store;
    const QString key = QStringLiteral("user:nobody@0000");
    store.remove(key);
    store.write(key, "x");
    store.remove(key);
    store.remove(key);
    QCOMPARE(store.read(key), std::nullopt);
}

void TestCredentials::binarySecretSurvives()
{
    CredentialStore store;
    QByteArray secret;
    for (int i = 0; i < 256; ++i)
        secret.append(char(i));
    QByteArray random(64, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / 4);
    secret += random;
    secret += QByteArray("\0\0tail\n\r", 8);
    const QString key = QStringLiteral("device:binary");
    store.write(key, secret);
    const auto back = store.read(key);
    QVERIFY(back.has_value());
    QCOMPARE(back->size(), secret.size());
    QCOMPARE(*back, secret);
    store.remove(key);
}

void TestCredentials::dataDirsDoNotCollide()
{
    QTemporaryDir first;
    QTemporaryDir second;
    const QString keyA = CredentialStore::keyFor(QStringLiteral("device"), first.path());
    const QString keyB = CredentialStore::keyFor(QStringLiteral("device"), second.path());
    QVERIFY(keyA != keyB);

    CredentialStore store;
    store.write(keyA, "device-a.secret");
    store.write(keyB, "device-b.secret");
    QCOMPARE(store.read(keyA), std::optional<QByteArray>("device-a.secret"));
    QCOMPARE(store.read(keyB), std::optional<QByteArray>("device-b.secret"));

    store.remove(keyA);
    QCOMPARE(store.read(keyA), std::nullopt);
    QCOMPARE(store.read(keyB), std::optional<QByteArray>("device-b.secret"));
    store.remove(keyB);

    const QString userA = CredentialStore::userKeyFor(QStringLiteral("li.wei"), first.path());
    const QString userB = CredentialStore::userKeyFor(QStringLiteral("li.wei"), second.path());
    QVERIFY(userA != userB);
}

void TestCredentials::keyForFollowsTheProtocol()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("store")));
    const QString path = dir.path() + QStringLiteral("/store");
    const QString key = CredentialStore::keyFor(QStringLiteral("device"), path);
    QVERIFY2(QRegularExpression(QStringLiteral("^device:[0-9a-f]{16}$")).match(key).hasMatch(),
             qPrintable(key));

    // One folder, however it is spelled, has one key.
    QCOMPARE(CredentialStore::keyFor(QStringLiteral("device"), path + QStringLiteral("/")), key);
    QCOMPARE(CredentialStore::keyFor(QStringLiteral("device"),
                                     dir.path() + QStringLiteral("/store/../store")),
             key);
    const QString link = dir.path() + QStringLiteral("/link");
    QVERIFY(QFile::link(path, link));
    QCOMPARE(CredentialStore::keyFor(QStringLiteral("device"), link), key);
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const QString relative
        = CredentialStore::keyFor(QStringLiteral("device"), QStringLiteral("store"));
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(relative, key);

    // The hash is the first 16 hex digits of the SHA-256 of the canonical path.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QByteArray digest
        = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    QCOMPARE(key, QStringLiteral("device:") + QString::fromLatin1(digest.left(16)));
    QCOMPARE(CredentialStore::userKeyFor(QStringLiteral("zhang.min"), path),
             QStringLiteral("user:zhang.min@") + QString::fromLatin1(digest.left(16)));
}

void TestCredentials::servicesAreSeparate()
{
    CredentialStore suite;
    CredentialStore other(QStringLiteral("SchoolSuite-Other"));
    const QString key = QStringLiteral("device:services");
    suite.write(key, "suite");
    QCOMPARE(other.read(key), std::nullopt);
    other.write(key, "other");
    QCOMPARE(suite.read(key), std::optional<QByteArray>("suite"));
    QCOMPARE(other.read(key), std::optional<QByteArray>("other"));
    suite.remove(key);
    other.remove(key);
}

void TestCredentials::secretLivesInGnomeKeyring()
{
    const QString service = QStringLiteral("SchoolSuite-Probe");
    const QString key = QStringLiteral("device:in-gnome-keyring");
    CredentialStore store(service);
    store.write(key, "probe.secret");

    // QtKeychain's Secret Service schema keeps the service in "server" and the key in "user".
    QProcess search;
    search.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("search"),
                  QStringLiteral("--all"),
                  QStringLiteral("server"),
                  service,
                  QStringLiteral("user"),
                  key});
    QVERIFY2(search.waitForFinished(30000), "secret-tool did not finish");
    QCOMPARE(search.exitCode(), 0);
    const QString found
        = QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
    QVERIFY2(found.contains(QStringLiteral("attribute.server = ") + service), qPrintable(found));
    QVERIFY2(found.contains(QStringLiteral("attribute.user = ") + key), qPrintable(found));

    store.remove(key);
    search.start(
        QStringLiteral("secret-tool"),
        {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    QVERIFY(search.waitForFinished(30000));
    const QString after
        = QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
    QVERIFY2(!after.contains(key), qPrintable(after));
}

void TestCredentials::keychainFailureThrows_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("message");
    QTest::newRow("write") << QStringLiteral("write")
                           << QStringLiteral("The system keychain could not store the device "
                                             "credential: ");
    QTest::newRow("read") << QStringLiteral("read")
                          << QStringLiteral("The system keychain could not read the sign-in "
                                            "token: ");
    QTest::newRow("remove") << QStringLiteral("remove")
                            << QStringLiteral("The system keychain could not remove the secret "
                                              "“other:key”: ");
}

// A keychain that cannot be reached is an Error with a message, not a crash, a hang or a nullopt.
// The session bus of a process is fixed once used, so a child process gets one that is absent.
void TestCredentials::keychainFailureThrows()
{
    QFETCH(QString, action);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("TST_CREDENTIALS_CHILD"), action);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 3, qPrintable(err));
    QVERIFY2(err.startsWith(message), qPrintable(err));
    QVERIFY2(err.trimmed().size() > message.size(), "the keychain's reason is missing");
}

// The child of keychainFailureThrows: one keychain call, the Error's message on stderr.
static int runChild(const QString &action)
{
    CredentialStore store;
    try {
        if (action == QLatin1String("write"))
            store.write(QStringLiteral("device:child"), "secret");
        else if (action == QLatin1String("read"))
            store.read(QStringLiteral("user:child@0123456789abcdef"));
        else
            store.remove(QStringLiteral("other:key"));
    } catch (const Error &error) {
        fputs(error.message().toUtf8().constData(), stderr);
        return 3;
    }
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("TST_CREDENTIALS_CHILD");
    if (!child.isEmpty())
        return runChild(child);
    TestCredentials test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_credentials.moc"
