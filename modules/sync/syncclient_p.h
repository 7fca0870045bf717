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
    SyncResult result;
    bool stop = false; // offline or error: nothing more this run
    int epochResets = 0;

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
