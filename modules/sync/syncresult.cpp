#include "syncresult.h"

#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    // lupdate files these free functions under "SchoolSuite".
    return QCoreApplication::translate("SchoolSuite", text);
}
} // namespace

QString syncStatusKey(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Ok:
        return QStringLiteral("ok");
    case SyncStatus::Offline:
        return QStringLiteral("offline");
    case SyncStatus::Error:
        return QStringLiteral("error");
    case SyncStatus::Held:
        return QStringLiteral("held");
    }
    return {};
}

QString syncStatusTitle(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Ok:
        return tr("Synced");
    case SyncStatus::Offline:
        return tr("Offline");
    case SyncStatus::Error:
        return tr("Failed");
    case SyncStatus::Held:
        return tr("Waiting for confirmation");
    }
    return {};
}

QString syncTriggerKey(SyncTrigger trigger)
{
    switch (trigger) {
    case SyncTrigger::Timer:
        return QStringLiteral("timer");
    case SyncTrigger::Network:
        return QStringLiteral("network");
    case SyncTrigger::Manual:
        return QStringLiteral("manual");
    case SyncTrigger::Cli:
        return QStringLiteral("cli");
    case SyncTrigger::Startup:
        return QStringLiteral("startup");
    }
    return {};
}

QString syncTriggerTitle(SyncTrigger trigger)
{
    switch (trigger) {
    case SyncTrigger::Timer:
        return tr("Scheduled");
    case SyncTrigger::Network:
        return tr("Network restored");
    case SyncTrigger::Manual:
        return tr("Manual");
    case SyncTrigger::Cli:
        return tr("Command line");
    case SyncTrigger::Startup:
        return tr("Start-up");
    }
    return {};
}

} // namespace SchoolSuite
