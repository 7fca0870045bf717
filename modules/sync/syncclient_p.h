#pragma once

// Internals shared by the SyncClient's source files.
#include "syncclient.h"
#include "synctransport.h"

namespace SchoolSuite {

namespace SyncDetail {
// The translated message for a request that did not succeed.
QString failureMessage(const SyncTransport::Reply &reply, const QUrl &server);
} // namespace SyncDetail

struct SyncClient::Run
{
    QString userToken;
    SyncTrigger trigger = SyncTrigger::Manual;
    QString startedAt;
    bool recordHistory = false; // a sync(), not a test's pushOnly()
    qint64 historyId = 0;       // the sync_history row once written (0: not yet)
    bool confirmedDeletes = false;
    SyncResult result;
    bool stop = false; // offline or error: nothing more this run
    int epochResets = 0;
    // An empty pulled page changes nothing but the cursor and the clock: both are stored in
    // the run's closing transaction instead of a page transaction of their own.
    qint64 pendingCursor = -1;
    qint64 pendingServerHlc = 0;
    int blobFailures = 0; // blobs that could not be sent or fetched this run
    QString blobError;    // the last such failure

    void fail(SyncStatus status, const QString &message)
    {
        result.status = status;
        result.message = message;
        stop = true;
    }
    void failWith(const SyncTransport::Reply &reply, const QUrl &server)
    {
        fail(reply.outcome == SyncTransport::Reply::Outcome::Offline ? SyncStatus::Offline
                                                                     : SyncStatus::Error,
             SyncDetail::failureMessage(reply, server));
    }
};

} // namespace SchoolSuite
