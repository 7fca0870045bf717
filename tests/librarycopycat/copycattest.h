#pragma once

// The district and the books the copy cataloguing tests share.
#include "library/catalog/isbn.h"
#include "library/copycat/copycatresult.h"
#include "library/librarymodule.h"
#include "sync/syncfixture.h"
#include "sync/syncmodule.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace SchoolSuite::Test {

// 《呐喊》 978-7-02-000220-7 (ISBN-10 7-02-000220-X).
inline const QString kNahan = QStringLiteral("9787020002207");

inline BibRecord nahan()
{
    BibRecord r;
    r.isbn = kNahan;
    r.title = QStringLiteral("呐喊");
    r.responsibility = QStringLiteral("鲁迅著");
    r.publisher = QStringLiteral("人民文学出版社");
    r.place = QStringLiteral("北京");
    r.year = 1973;
    r.clc = QStringLiteral("I210.6");
    r.subjects = {QStringLiteral("短篇小说"), QStringLiteral("中国")};
    r.priceFen = 2500;
    r.pages = 176;
    r.series = QStringLiteral("鲁迅作品集");
    r.language = QStringLiteral("chi");
    r.summary = QStringLiteral("鲁迅的第一部短篇小说集。");
    return r;
}

// The twelve digits and their check digit.
inline QString validIsbn(const QString &firstTwelve)
{
    return firstTwelve + Isbn::checkDigit13(firstTwelve);
}

inline Session adminOf(Device &d)
{
    return Session(
        d.db(), {}, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator);
}

// "local:not found, union:found, z3950:skipped": each step's source and outcome.
inline QString stepSummary(const CopyCatResult &result)
{
    QStringList parts;
    for (const CopyCatStep &s : result.steps) {
        QString outcome;
        switch (s.outcome) {
        case CopyCatStep::Outcome::Found:
            outcome = QStringLiteral("found");
            break;
        case CopyCatStep::Outcome::NotFound:
            outcome = QStringLiteral("not found");
            break;
        case CopyCatStep::Outcome::Failed:
            outcome = QStringLiteral("failed");
            break;
        case CopyCatStep::Outcome::Skipped:
            outcome = QStringLiteral("skipped");
            break;
        }
        parts << s.source + QLatin1Char(':') + outcome;
    }
    return parts.join(QStringLiteral(", "));
}

// The real schoolsuite-district with n schools (DC0001, DC0002, …), one enrolled device each,
// synced once (so each holds barcodes of its school).
struct CopyCatDistrict
{
    QTemporaryDir dir;
    std::unique_ptr<DistrictServer> server;
    std::vector<std::unique_ptr<Device>> devices;

    static QString schoolCode(int i)
    {
        return QStringLiteral("DC%1").arg(i + 1, 4, 10, QLatin1Char('0'));
    }

    bool start(int schools, const QString &databaseUrl = {})
    {
        initTestEnvironment();
        registerSyncModule();
        registerLibraryModule();
        server = std::make_unique<DistrictServer>(
            QStringLiteral(SCHOOLSUITE_DISTRICT),
            databaseUrl.isEmpty() ? DistrictServer::sqliteUrl(dir.path()) : databaseUrl);
        for (int i = 0; i < schools; ++i) {
            if (!server->addSchool(schoolCode(i), QStringLiteral("第%1小学").arg(i + 1)))
                return false;
        }
        if (!server->start()) {
            qWarning("server log:\n%s", qPrintable(server->stderrLog().right(4000)));
            return false;
        }
        for (int i = 0; i < schools; ++i) {
            auto device = std::make_unique<Device>();
            if (!device->enroll(*server, schoolCode(i)))
                return false;
            if (!device->sync().ok()) {
                qWarning("the first sync of %s failed", qPrintable(schoolCode(i)));
                return false;
            }
            devices.push_back(std::move(device));
        }
        return true;
    }

    void logIfFailed() const
    {
        if (QTest::currentTestFailed() && server)
            qWarning("server log:\n%s", qPrintable(server->stderrLog().right(4000)));
    }
};

} // namespace SchoolSuite::Test
