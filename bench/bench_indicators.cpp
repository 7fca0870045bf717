// The indicators of the large demo school (issue 4: computed in <= 100 ms): every figure of this
// year with its drill-down lists, as the page and `schoolsuite-cli indicators` ask for them,
// against a baseline of the plain counts any such figure needs, measured in the same run.
#include "benchcommon.h"

#include "core/app/localstore.h"
#include "core/app/module.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "equipment/equipmentmodule.h"
#include "indicators/indicatorsmodule.h"
#include "indicators/indicatorsservice.h"
#include "sync/syncmodule.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace SchoolSuite;

namespace {

constexpr int kRuns = 15;
constexpr int kMinimumItems = 2500; // about what the large demo school's equipment comes to

// Until the demo school brings its equipment, the benchmark brings some: computers for
// teachers and students, whiteboards in the classrooms, bought over ten years.
int ensureEquipment(Database &db)
{
    const int have = db.scalar(QStringLiteral("SELECT count(*) FROM equipment_items WHERE "
                                              "deleted = 0"))
                         .toInt();
    if (have > 0)
        return have;
    db.transaction([&] {
        db.exec(QStringLiteral("INSERT INTO equipment_categories (name, kind, service_life_years) "
                               "VALUES ('bench computers', 'computer', 6), ('bench boards', "
                               "'whiteboard', 8)"));
        const QString computers = db.scalar(QStringLiteral("SELECT id FROM equipment_categories "
                                                           "WHERE name = 'bench computers'"))
                                      .toString();
        const QString boards = db.scalar(QStringLiteral("SELECT id FROM equipment_categories "
                                                        "WHERE name = 'bench boards'"))
                                   .toString();
        QStringList rooms;
        QSqlQuery r = db.exec(QStringLiteral("SELECT id FROM rooms WHERE type = 'classroom'"));
        while (r.next())
            rooms << r.value(0).toString();
        Statement insert(db.connection(),
                         QStringLiteral("INSERT INTO equipment_items (asset_tag, name, "
                                        "category_id, use, room_id, purchase_date, price_fen, "
                                        "funding_source, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                        "?)"));
        for (int i = have; i < kMinimumItems; ++i) {
            const bool board = i % 10 == 0 && !rooms.isEmpty();
            insert.run({QStringLiteral("BENCH-%1").arg(i, 6, 10, QLatin1Char('0')),
                        board ? QStringLiteral("交互式电子白板") : QStringLiteral("台式计算机"),
                        board ? boards : computers,
                        board ? QStringLiteral("classroom")
                              : (i % 3 ? QStringLiteral("student") : QStringLiteral("teacher")),
                        board ? QVariant(rooms.at(i % rooms.size())) : QVariant(),
                        QStringLiteral("%1-%2-15")
                            .arg(2014 + i % 11)
                            .arg(1 + i % 12, 2, 10, QLatin1Char('0')),
                        350000 + i % 7 * 10000,
                        i % 2 ? QStringLiteral("财政专项资金") : QStringLiteral("学校公用经费"),
                        i % 97 ? QStringLiteral("in_use") : QStringLiteral("scrapped")});
        }
    });
    return kMinimumItems;
}

qint64 timeIndicators(const IndicatorsService &service, int year, int *rows)
{
    QElapsedTimer t;
    t.start();
    const IndicatorYear y = service.compute(year);
    const qint64 ns = t.nsecsElapsed();
    for (const IndicatorFigure &f : y.figures)
        *rows += f.countedRows();
    return ns;
}

// The least any indicator reads: how many items, teachers and students there are.
qint64 timeCounts(const Database &db, int *sum)
{
    QElapsedTimer t;
    t.start();
    *sum += db.scalar(QStringLiteral("SELECT count(*) FROM equipment_items WHERE deleted = 0"))
                .toInt();
    *sum += db.scalar(QStringLiteral("SELECT count(*) FROM staff WHERE deleted = 0 AND active = "
                                     "1"))
                .toInt();
    *sum += db.scalar(QStringLiteral("SELECT count(*) FROM students WHERE deleted = 0 AND status "
                                     "= 'enrolled'"))
                .toInt();
    return t.nsecsElapsed();
}

int run()
{
    registerCoreModules();
    registerSyncModule();
    registerEquipmentModule();
    registerIndicatorsModule();
    QTemporaryDir tmp;
    LocalStore store;
    Bench::print(QStringLiteral("indicators: creating the large demo school ..."));
    Bench::createLargeSchool(store, tmp.filePath(QStringLiteral("school")));
    const int demoItems
        = store.db().scalar(QStringLiteral("SELECT count(*) FROM equipment_items")).toInt();
    const int items = ensureEquipment(store.db());
    Bench::print(
        QStringLiteral("indicators: %1 items (%2 from the demo school)").arg(items).arg(demoItems));

    const Session session(
        store.db(), {}, QStringLiteral("principal"), QStringLiteral("principal"), Role::Principal);
    IndicatorsService service(session);
    const int year = service.currentYear();
    int rows = 0;
    int counts = 0;
    timeIndicators(service, year, &rows); // warm the page cache
    timeCounts(store.db(), &counts);
    QList<double> subject;
    QList<double> baseline;
    rows = counts = 0;
    for (int r = 0; r < kRuns; ++r) {
        if (r % 2) {
            subject << double(timeIndicators(service, year, &rows));
            baseline << double(timeCounts(store.db(), &counts));
        } else {
            baseline << double(timeCounts(store.db(), &counts));
            subject << double(timeIndicators(service, year, &rows));
        }
    }
    QList<double> history;
    const QList<int> years = service.years();
    for (int r = 0; r < 5; ++r) {
        QElapsedTimer t;
        t.start();
        service.history(years.first(), years.last());
        history << double(t.nsecsElapsed());
    }

    const double med = Bench::median(subject);
    const double baseMed = Bench::median(baseline);
    Bench::print(QStringLiteral("indicators: %1 runs of year %2, %3 drill-down rows per run")
                     .arg(kRuns)
                     .arg(year)
                     .arg(rows / kRuns));
    Bench::print(QStringLiteral("indicators: every figure with its lists median %1, max %2")
                     .arg(Bench::ms(med), Bench::ms(Bench::percentile(subject, 1.0))));
    Bench::print(QStringLiteral("indicators: baseline (three COUNT(*) queries) median %1")
                     .arg(Bench::ms(baseMed)));
    Bench::print(QStringLiteral("indicators: ratio indicators/baseline %1 (information, no goal)")
                     .arg(Bench::ratio(baseMed > 0 ? med / baseMed : 0)));
    Bench::print(QStringLiteral("indicators: the charts' history %1-%2 median %3 (information)")
                     .arg(years.first())
                     .arg(years.last())
                     .arg(Bench::ms(Bench::median(history))));
    Bench::goal(QStringLiteral("indicators"),
                med <= 100e6,
                QStringLiteral("median %1 for %2 items").arg(Bench::ms(med)).arg(items),
                QStringLiteral("<= 100 ms"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    return SchoolSuite::Bench::runMain(argc, argv, QStringLiteral("indicators"), run);
}
