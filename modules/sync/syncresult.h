#pragma once

#include <QMetaType>
#include <QString>

namespace SchoolSuite {

// How a sync run ended (sync_history.status).
enum class SyncStatus {
    Ok,      // pushed and pulled everything
    Offline, // the server could not be reached (down, slow, no network); nothing changed
    Error,   // the server answered something unusable or refused the device
    Held,    // a bulk delete waits for an administrator (push or pull side)
};

// What started a sync run (sync_history.trigger).
enum class SyncTrigger { Timer, Network, Manual, Cli, Startup };

QString syncStatusKey(SyncStatus status);      // "ok", "offline", "error", "held"
QString syncStatusTitle(SyncStatus status);    // translated
QString syncTriggerKey(SyncTrigger trigger);   // "timer", "network", "manual", "cli", "startup"
QString syncTriggerTitle(SyncTrigger trigger); // translated

struct SyncResult
{
    SyncStatus status = SyncStatus::Ok;
    int pushed = 0;    // outbox entries the server acknowledged
    int pulled = 0;    // rows applied locally
    int conflicts = 0; // new open conflicts that arrived with this run
    int problems = 0;  // pulled rows that could not be applied (sync_problems)
    QString message;   // translated; empty when everything went well
    QString heldId;    // the server's held batch (push-side bulk delete), if any
    bool ok() const { return status == SyncStatus::Ok; }
};

struct EnrollResult
{
    QString deviceId;
    QString schoolId;
    QString schoolCode;
    QString schoolName;
    QString epoch;
    bool createdStore = false; // the data folder had no store; enroll made it
};

} // namespace SchoolSuite

Q_DECLARE_METATYPE(SchoolSuite::SyncResult)
