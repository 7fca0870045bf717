#pragma once

// The worker half of SyncController: lives on the sync thread with its own store connection.
#include "syncclient.h"

#include <QMutex>
#include <QObject>

#include <memory>

namespace SchoolSuite {

class CredentialStore;
class LocalStore;

class SyncWorker : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Sync, ConfirmDeletes, ConfirmHeldPush };

    SyncWorker(const QString &dataDir, const SyncOptions &options);
    ~SyncWorker() override;

    // Called on the worker thread.
    // credential: the device credential, read by the controller on the GUI thread.
    void run(SchoolSuite::SyncTrigger trigger,
             const QString &userToken,
             Mode mode,
             const QByteArray &credential);
    void shutdown(); // closes the store on the worker thread
    // Thread-safe.
    void cancel();

signals:
    void finished(const SchoolSuite::SyncResult &result);

private:
    QString m_dataDir;
    SyncOptions m_options;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SyncClient> m_client;
    QMutex m_lock; // guards m_client against cancel() from the GUI thread
    bool m_cancelled = false;
};

} // namespace SchoolSuite
