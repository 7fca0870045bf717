#pragma once

#include "syncclient.h"
#include "syncresult.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QThread;
class QTimer;

namespace SchoolSuite {

class Database;
class Settings;
class SyncWorker;

// Sync for the desktop app. Lives on the GUI thread; the sync itself runs on a worker thread
// with its own store connection, so the window never waits for the network. Syncs every
// SyncIntervalMinutes, when the network comes back (QNetworkInformation, where the platform
// has a backend) and on syncNow().
class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class State { NotEnrolled, Offline, Idle, Syncing, Held, Error };
    Q_ENUM(State)

    // guiDb: the GUI's own store (read for the pending count and the last run). settings may
    // be null (then the default interval); it must outlive the controller.
    SyncController(const QString &dataDir,
                   Database &guiDb,
                   Settings *settings,
                   QObject *parent = nullptr,
                   SyncOptions options = {});
    ~SyncController() override; // cancels a running sync and waits for the worker

    State state() const { return m_state; }
    bool isEnrolled() const;
    int pendingChanges() const { return m_pending; }
    QDateTime lastSync() const { return m_lastSync; } // last run that ended ok; invalid if none
    QString lastMessage() const { return m_lastMessage; }
    SyncResult lastResult() const { return m_lastResult; }
    QString heldId() const; // the push-side hold, if any

    // The signed-in user's access token, sent with every sync (personal rows).
    void setUserToken(const QString &token);

public slots:
    void syncNow(); // a manual sync; ignored while one runs (one more is queued)
    // Lets a held pulled page through and syncs (an administrator on the Sync page).
    void confirmDeletes();
    // Asks the server to apply the held batch (needs an administrator's token).
    void confirmHeldPush(const QString &adminToken);
    // Reads the enrollment, pending count and last run again (after enrolling, after edits).
    void refresh();

signals:
    void stateChanged(SchoolSuite::SyncController::State state);
    void pendingChangesChanged(int count);
    void started();
    void finished(const SchoolSuite::SyncResult &result);

private:
    void start(SyncTrigger trigger);
    void launch(SyncTrigger trigger, const QString &token, int mode);
    QByteArray deviceCredential();
    void onFinished(const SchoolSuite::SyncResult &result);
    void setState(State state);
    void refreshPending();
    void applyInterval();

    QString m_dataDir;
    Database &m_guiDb;
    QPointer<Settings> m_settings;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    QTimer *m_syncTimer = nullptr;
    QTimer *m_pendingTimer = nullptr;
    State m_state = State::NotEnrolled;
    int m_pending = 0;
    bool m_running = false;
    bool m_again = false;
    QString m_userToken;
    QByteArray m_credential; // of m_credentialDevice
    QString m_credentialDevice;
    QDateTime m_lastSync;
    QString m_lastMessage;
    SyncResult m_lastResult;
};

} // namespace SchoolSuite
