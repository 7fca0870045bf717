#pragma once

#include "core/auth/permissions.h"

#include <QString>

namespace SchoolSuite::Server {

// Who a request acts for (docs/sync-protocol.md §2): always an enrolled device of one school,
// and a district user of that school when an access token came with it.
struct Principal
{
    QString deviceId;
    QString schoolId;
    QString schoolCode;
    QString userId; // empty: the device acts alone
    QString username;
    QString staffId; // the user's staff row in the school (homeroom teachers' classes)
    Role role = Role::Administrator;

    QString deviceName; // the computer's name given at enrollment (its host name)

    bool isDevice() const { return userId.isEmpty(); }
    // Who made a change, as people read it in the conflicts list: the user, else the computer.
    QString actor() const
    {
        if (!isDevice())
            return username;
        return deviceName.isEmpty() ? QStringLiteral("device:") + deviceId : deviceName;
    }
};

} // namespace SchoolSuite::Server
