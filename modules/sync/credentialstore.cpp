#include "credentialstore.h"

#include "core/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

#include <qt6keychain/keychain.h>

#include <memory>

namespace SchoolSuite {

namespace {

enum class Action { Store, Read, Remove };

// Starts the job and waits for it. The job is ours (no auto-delete), so its result can be read
// after finished() and it is deleted with the unique_ptr.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never fall back to a plain file beside the settings: no secret on disk in clear.
    job.setInsecureFallback(false);
    bool done = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&done, &loop] {
        done = true;
        loop.quit();
    });
    job.start();
    // Some back ends finish inside start() already.
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

QString problem(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return CredentialStore::tr("no keychain service is available (on Linux: gnome-keyring or "
                                   "KWallet must be running)");
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("you refused access");
    case QKeychain::AccessDenied:
        return job.errorString().isEmpty() ? CredentialStore::tr("access was denied")
                                           : job.errorString();
    default:
        return job.errorString().isEmpty() ? CredentialStore::tr("unknown error")
                                           : job.errorString();
    }
}

// Whole sentences per kind of credential, so translators never assemble fragments.
Error failure(Action action, const QString &key, const QKeychain::Job &job)
{
    const QString why = problem(job);
    const bool device = key.startsWith(QLatin1String("device:"));
    const bool user = key.startsWith(QLatin1String("user:"));
    switch (action) {
    case Action::Store:
        if (device)
            return Error(
                CredentialStore::tr("The system keychain could not store the device credential: %1")
                    .arg(why));
        if (user)
            return Error(
                CredentialStore::tr("The system keychain could not store the sign-in token: %1")
                    .arg(why));
        return Error(CredentialStore::tr("The system keychain could not store the secret “%1”: %2")
                         .arg(key, why));
    case Action::Read:
        if (device)
            return Error(
                CredentialStore::tr("The system keychain could not read the device credential: %1")
                    .arg(why));
        if (user)
            return Error(
                CredentialStore::tr("The system keychain could not read the sign-in token: %1")
                    .arg(why));
        return Error(CredentialStore::tr("The system keychain could not read the secret “%1”: %2")
                         .arg(key, why));
    case Action::Remove:
        if (device)
            return Error(CredentialStore::tr(
                             "The system keychain could not remove the device credential: %1")
                             .arg(why));
        if (user)
            return Error(
                CredentialStore::tr("The system keychain could not remove the sign-in token: %1")
                    .arg(why));
        return Error(CredentialStore::tr("The system keychain could not remove the secret “%1”: %2")
                         .arg(key, why));
    }
    return Error(why);
}

} // namespace

CredentialStore::CredentialStore(QString service)
    : m_service(std::move(service))
{}

void CredentialStore::write(const QString &key, const QByteArray &secret)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    runJob(*job);
    if (job->error() != QKeychain::NoError)
        throw failure(Action::Store, key, *job);
}

std::optional<QByteArray> CredentialStore::read(const QString &key) const
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(key);
    runJob(*job);
    if (job->error() == QKeychain::EntryNotFound)
        return std::nullopt;
    if (job->error() != QKeychain::NoError)
        throw failure(Action::Read, key, *job);
    return job->binaryData();
}

void CredentialStore::remove(const QString &key)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(key);
    runJob(*job);
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        throw failure(Action::Remove, key, *job);
}

QString CredentialStore::dataDirHash(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    // The canonical path resolves links, so two spellings of one folder share one credential.
    // A folder that does not exist yet has none: its cleaned absolute path stands in.
    QString path = info.canonicalFilePath();
    if (path.isEmpty())
        path = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray digest = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(16));
}

QString CredentialStore::keyFor(const QString &kind, const QString &dataDir)
{
    return kind + QLatin1Char(':') + dataDirHash(dataDir);
}

QString CredentialStore::userKeyFor(const QString &username, const QString &dataDir)
{
    return QStringLiteral("user:") + username + QLatin1Char('@') + dataDirHash(dataDir);
}

} // namespace SchoolSuite
