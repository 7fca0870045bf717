#pragma once

// The district the equipment sync tests share: a real schoolsuite-district (SQLite) on
// 127.0.0.1 with one school, the modules registered as the programs do.
#include "equipment/equipmentmodule.h"
#include "sync/syncfixture.h"
#include "sync/syncmodule.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace SchoolSuite::Test {

struct EquipmentDistrict
{
    QTemporaryDir dir;
    std::unique_ptr<DistrictServer> server;

    // False (with the server's log) when the school could not be added or the server not start.
    bool start(const QString &schoolCode)
    {
        initTestEnvironment();
        registerSyncModule();
        registerEquipmentModule();
        server = std::make_unique<DistrictServer>(QStringLiteral(SCHOOLSUITE_DISTRICT),
                                                  DistrictServer::sqliteUrl(dir.path()));
        if (server->addSchool(schoolCode, QStringLiteral("实验学校")) && server->start())
            return true;
        qWarning("server log:\n%s", qPrintable(server->stderrLog().right(4000)));
        return false;
    }
    // After a failed test function: what the server said.
    void logIfFailed() const
    {
        if (QTest::currentTestFailed() && server)
            qWarning("server log:\n%s", qPrintable(server->stderrLog().right(4000)));
    }
};

} // namespace SchoolSuite::Test
