#pragma once

// Shared helpers of the test executables: a fresh store in a temporary folder.
#include "core/app/localstore.h"
#include "core/app/module.h"
#include "core/auth/session.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace SchoolSuite::Test {

inline void initTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    registerCoreModules();
}

// A store in its own temporary folder with a school set up.
struct TempStore
{
    QTemporaryDir dir;
    LocalStore store;

    explicit TempStore(bool initialize = true)
    {
        store.open(dir.path(), true);
        if (initialize)
            store.initializeSchool(QStringLiteral("T001"), QStringLiteral("测试学校"));
    }
    Database &db() { return store.db(); }
    Session admin()
    {
        return Session(
            store.db(), {}, QStringLiteral("admin"), QStringLiteral("admin"), Role::Administrator);
    }
    Session as(Role role, const QString &staffId = {})
    {
        return Session(store.db(),
                       {},
                       QStringLiteral("user-") + Roles::key(role),
                       Roles::key(role),
                       role,
                       staffId);
    }
};

} // namespace SchoolSuite::Test
