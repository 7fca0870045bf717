#pragma once

#include "syncresult.h"

#include <QByteArray>
#include <QCborMap>
#include <QHash>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <memory>

class QSqlQuery;

namespace SchoolSuite {

class CredentialStore;
class Database;
class LocalStore;
class SyncTransport;

// Network limits of the sync engine; tests shorten them.
struct SyncOptions
{
    int connectTimeoutMs = 10'000;
    int requestTimeoutMs = 60'000;
    int pushBatchSize = 1000; // at most 1000 (docs/sync-protocol.md §5)
    int pullLimit = 2000;
};

// The device's side of docs/sync-protocol.md: enrollment, push, pull. Blocking: every request
// runs in a local event loop, so use it on the CLI's thread or on a worker thread, each with
// its own LocalStore opened on that thread. Network trouble never throws: sync() reports it in
// its result and leaves the store and the outbox as they were.
class SyncClient
{
public:
    SyncClient(LocalStore &store, CredentialStore &credentials, SyncOptions options = {});
    ~SyncClient();
    SyncClient(const SyncClient &) = delete;
    SyncClient &operator=(const SyncClient &) = delete;

    // POST /api/v1/enroll. Creates the store in dataDir when there is none; an existing store
    // must belong to schoolCode. Adopts the server's school id, keeps the device credential in
    // the keychain. Throws Error with a translated message on any failure (the one-use key is
    // not spent when the store's school does not match).
    static EnrollResult enroll(const QString &dataDir,
                               const QUrl &server,
                               const QString &schoolCode,
                               const QString &key,
                               const QString &caCertFile = {},
                               const SyncOptions &options = {});
    static bool isEnrolled(const LocalStore &store);

    // Push, then pull until caught up; records a sync_history row. userToken: the signed-in
    // user's access token (personal rows, administrator actions); empty: the device alone.
    SyncResult sync(SyncTrigger trigger, const QString &userToken = {});

    // The device credential read beforehand (QtKeychain works on the main thread only, so a
    // worker thread gets the credential from there); without it sync() reads the keychain.
    void setDeviceCredential(const QByteArray &credential);

    // Lets the next sync apply a pulled page that the bulk-delete guard holds.
    void allowHeldDeletes();
    // POST /api/v1/sync/confirm for the batch the server holds; needs an administrator's token.
    SyncResult confirmHeldPush(const QString &userToken);

    // Thread-safe: aborts the request in flight and every later one; sync() returns soon after
    // with status Offline. For shutting down.
    void cancel();

    // Tests: called inside each pulled page's transaction just before it commits; a throw
    // rolls the page back as a crash would.
    void setBeforePageCommit(std::function<void()> hook);
    // Tests: the push step alone (returns the number of entries acknowledged), and the body
    // the next push would send.
    int pushOnly(const QString &userToken = {});
    QCborMap nextPushBody();

private:
    struct Run;
    void push(Run &run);
    void pull(Run &run);
    // Leases blocks of numbers (asset tags) to keep a reserve for offline work (syncleases.cpp).
    void topUpLeases(Run &run);
    // The blobs rows refer to (syncblobs.cpp): those of pushed rows go up before the push,
    // those of pulled rows come down after the pull; failures are retried by the next sync.
    void uploadBlobs(Run &run);
    void downloadBlobs(Run &run);
    void reportBlobFailures(Run &run);
    // Adopts the server's new epoch (docs/sync-protocol.md §7); announced: the epoch the
    // server's answer named, empty to ask /health.
    bool resetEpoch(Run &run, const QString &announced);
    void finish(Run &run);
    void close(Run &run);
    // Writes the run's sync_history row as "running" before the first change is made, so a run
    // that dies half-way leaves a trace; a run with nothing to do writes its row once, at the end.
    void beginHistory(Run &run);
    QCborMap buildBatch(bool *hasChanges);
    int acknowledge(const QCborMap &answer);
    void held(Run &run, const QCborMap &answer);
    SyncTransport &transport(const QString &userToken);
    // A function that makes another transport like transport()'s, on the thread that calls it
    // (the next pulled page is asked for on another thread while this one is applied). Call
    // transport() first.
    std::function<std::unique_ptr<SyncTransport>()> transportMaker(const QString &userToken) const;
    Database &db();
    // The statements of every sync, prepared once: a sync with nothing to do is a handful of
    // them, and preparing costs more than running. Binds and runs; throws Error. A SELECT's
    // caller reads it and calls finish().
    QSqlQuery &query(const QString &sql, const QVariantList &bindings = {});
    QString meta(const QString &key);
    // Moves the clock past the server's (HybridLogicalClock::receive).
    void receiveClock(qint64 serverHlc);

    LocalStore &m_store;
    CredentialStore &m_credentials;
    SyncOptions m_options;
    std::unique_ptr<SyncTransport> m_transport;
    QUrl m_server;
    QByteArray m_caCertificates;
    QString m_credential;
    QByteArray m_presetCredential;
    std::function<void()> m_beforePageCommit;
    std::atomic_bool m_cancel{false};
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    bool m_staleRunsClosed = false; // "running" rows of dead processes are closed once
};

} // namespace SchoolSuite
