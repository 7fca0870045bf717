#pragma once

#include "core/auth/permissions.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SchoolSuite::Server {

class ServerDb;

// The district's schools, user accounts and enrolled devices, as the admin commands manage them.
// Methods throw Error with a translated message naming what is wrong.
class Directory
{
public:
    static constexpr int EnrollmentKeyDays = 7;

    struct School
    {
        QString id;
        QString code;
        QString name;
        int devices = 0; // enrolled and not revoked
        int users = 0;
    };
    struct Device
    {
        QString id;
        QString schoolCode;
        QString name;
        QString platform;
        QString enrolledAt;
        QString lastSeen;
        QString revokedAt;
    };

    explicit Directory(ServerDb &db);

    School addSchool(const QString &code, const QString &name);
    std::optional<School> findSchool(const QString &code) const;
    School school(const QString &code) const; // throws Error(NotFound)
    QList<School> schools() const;

    // Returns the new user's id.
    QString addUser(const QString &username,
                    const QString &schoolCode,
                    Role role,
                    const QString &password,
                    const QString &displayName = {},
                    const QString &staffId = {});

    // A one-time key for enrolling one device of the school; only its hash is stored.
    QString createEnrollmentKey(const QString &schoolCode, int validDays = EnrollmentKeyDays);
    // count such keys, in one transaction. devices > 1 makes deployment keys: each may enroll up
    // to that many devices (group policy gives every computer of a school the same key).
    QStringList createEnrollmentKeys(const QString &schoolCode,
                                     int count,
                                     int validDays = EnrollmentKeyDays,
                                     int devices = 1);

    QList<Device> devices() const;
    void revokeDevice(const QString &deviceId);

private:
    ServerDb &m_db;
};

} // namespace SchoolSuite::Server
