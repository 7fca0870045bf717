// SyncClient::enroll (docs/sync-protocol.md §2, §3).
#include "core/app/localstore.h"
#include "core/error.h"
#include "credentialstore.h"
#include "syncclient.h"
#include "syncclient_p.h"
#include "syncmeta.h"
#include "synctables.h"
#include "synctransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::SyncClient", text);
}

QByteArray readCaFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("SchoolSuite::SyncClient",
                                                "Cannot read the CA certificate %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    Error::NotFound);
    const QByteArray pem = file.readAll();
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
        throw Error(
            QCoreApplication::translate("SchoolSuite::SyncClient", "%1 holds no PEM certificate.")
                .arg(QDir::toNativeSeparators(path)),
            Error::Invalid);
    return pem;
}

// Rows made before enrolling carry the school id this store made up; the district's id
// replaces it. Nothing of this is a change to push.
void adoptSchoolId(LocalStore &store, const QString &schoolId)
{
    Database &db = store.db();
    const QString previous = store.schoolId();
    db.transaction([&] {
        db.exec(QStringLiteral("UPDATE sync_clock SET applying = 1"));
        if (previous != schoolId) {
            for (const TableDecl &t :
                 SyncSchema::presentTables(db.connection(), SyncTables::all())) {
                if (t.scope == TableScope::District)
                    continue;
                db.exec(QStringLiteral("UPDATE %1 SET school_id = ? WHERE school_id IS NOT NULL")
                            .arg(t.name),
                        {schoolId});
            }
        }
        store.setMeta(QStringLiteral("school_id"), schoolId);
        db.exec(QStringLiteral("UPDATE sync_clock SET applying = 0"));
    });
}

} // namespace

EnrollResult SyncClient::enroll(const QString &dataDir,
                                const QUrl &server,
                                const QString &schoolCode,
                                const QString &key,
                                const QString &caCertFile,
                                const SyncOptions &options)
{
    if (!SyncTransport::isAllowedServer(server))
        throw Error(tr("\"%1\" is not a district server address: use https://HOST[:PORT] "
                       "(http:// only for a server on this computer).")
                        .arg(server.toString()),
                    Error::Invalid);
    if (key.trimmed().isEmpty())
        throw Error(tr("The enrollment key is empty."), Error::Invalid);
    const QByteArray pem = readCaFile(caCertFile);

    const bool existed = LocalStore::existsIn(dataDir);
    if (existed) {
        // Checked before the one-use key is spent on the server.
        LocalStore store;
        store.open(dataDir);
        if (store.isInitialized() && store.schoolCode() != schoolCode)
            throw Error(tr("The store in %1 belongs to school %2, not %3. Enroll it with its own "
                           "school code, or use another data folder.")
                            .arg(QDir::toNativeSeparators(dataDir), store.schoolCode(), schoolCode),
                        Error::Invalid);
    }

    // The keychain must work before a key is spent: the server counts the use at once, and a
    // credential that cannot be kept would leave an enrolled device nobody can use.
    CredentialStore().read(CredentialStore::keyFor(QStringLiteral("device"), dataDir));

    SyncTransport net(server, options.connectTimeoutMs, options.requestTimeoutMs);
    net.setCaCertificates(pem);
    const SyncTransport::Reply reply
        = net.post(QStringLiteral("/enroll"),
                   QCborMap{{QStringLiteral("school_code"), schoolCode},
                            {QStringLiteral("key"), key.trimmed()},
                            {QStringLiteral("device_name"), QSysInfo::machineHostName()},
                            {QStringLiteral("platform"), QSysInfo::prettyProductName()}});
    if (!reply.ok()) {
        if (reply.outcome == SyncTransport::Reply::Outcome::Refused)
            throw Error(tr("The district server refused the enrollment: %1 (%2). Ask the district "
                           "administrator for a new key (\"schoolsuite-district admin "
                           "enrollment-key %3\").")
                            .arg(reply.detail, reply.errorCode, schoolCode));
        if (reply.outcome == SyncTransport::Reply::Outcome::Offline)
            throw Error(tr("The district server %1 cannot be reached (%2).")
                            .arg(server.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath),
                                 reply.detail),
                        Error::Unreachable);
        throw Error(SyncDetail::failureMessage(reply, server));
    }
    const QCborMap school = reply.body.value(QStringLiteral("school")).toMap();
    EnrollResult result;
    result.deviceId = reply.body.value(QStringLiteral("device_id")).toVariant().toString();
    QString credential = reply.body.value(QStringLiteral("credential")).toString();
    result.schoolId = school.value(QStringLiteral("id")).toVariant().toString();
    result.schoolCode = school.value(QStringLiteral("code")).toString();
    result.schoolName = school.value(QStringLiteral("name")).toString();
    result.epoch = reply.body.value(QStringLiteral("epoch")).toString();
    if (result.deviceId.isEmpty() || credential.isEmpty() || result.schoolId.isEmpty()
        || result.schoolCode.isEmpty())
        throw Error(tr("The district server's enrollment answer lacks the device or school."));
    if (result.schoolCode != schoolCode)
        throw Error(tr("The district server enrolled this device for school %1 instead of %2.")
                        .arg(result.schoolCode, schoolCode));
    // The protocol's credential is DEVICE_ID.SECRET; accept a bare secret too.
    if (!credential.contains(QLatin1Char('.')))
        credential = result.deviceId + QLatin1Char('.') + credential;

    LocalStore store;
    store.open(dataDir, true);
    if (!store.isInitialized())
        store.initializeSchool(result.schoolCode,
                               result.schoolName.isEmpty() ? result.schoolCode : result.schoolName);
    result.createdStore = !existed;
    adoptSchoolId(store, result.schoolId);

    // The credential first: a store that says it is enrolled always has one.
    CredentialStore().write(CredentialStore::keyFor(QStringLiteral("device"), dataDir),
                            credential.toUtf8());
    Database &db = store.db();
    const QString previousEpoch = store.meta(SyncMeta::epoch());
    db.transaction([&] {
        // Another dataset (or the first enrollment) gets every change this store keeps.
        if (!previousEpoch.isEmpty() && previousEpoch != result.epoch)
            db.exec(QStringLiteral("UPDATE outbox SET sent_at = NULL"));
        store.setMeta(SyncMeta::server(), server.toString(QUrl::StripTrailingSlash));
        store.setMeta(SyncMeta::deviceId(), result.deviceId);
        store.setMeta(SyncMeta::epoch(), result.epoch);
        store.setMeta(SyncMeta::cursor(), QStringLiteral("0"));
        store.setMeta(SyncMeta::caCertificates(), QString::fromUtf8(pem));
        store.setMeta(SyncMeta::pendingBatch(), QString());
        store.setMeta(SyncMeta::heldPush(), QString());
        store.setMeta(SyncMeta::heldPushInfo(), QString());
        store.setMeta(SyncMeta::heldPull(), QString());
    });
    return result;
}

} // namespace SchoolSuite
