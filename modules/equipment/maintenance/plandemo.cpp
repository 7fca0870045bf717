#include "plandemo.h"

#include "equipment/bookings/bookingservice.h"
#include "equipment/bookings/timetable.h"
#include "equipment/register/equipmentdefaults.h"
#include "equipment/value/scrapservice.h"
#include "maintenanceservice.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/store/database.h"

#include <QDate>
#include <QRandomGenerator>

namespace SchoolSuite {

void PlanDemo::create(LocalStore &store, bool large, quint32 seed)
{
    Database &db = store.db();
    const Session admin(
        db, {}, QStringLiteral("admin"), QStringLiteral("系统管理员"), Role::Administrator);
    QRandomGenerator g(seed ^ 0x5eedu);
    Timetable(admin).periods(); // writes the school's default day
    MaintenanceService maintenance(admin);
    const QString school = store.schoolCode();
    const QDate today = QDate::currentDate();
    // Lamps and filters: started a year and a half ago, so some are due this month.
    MaintenancePlan lamp;
    lamp.categoryId = EquipmentDefaults::categoryId(school, QStringLiteral("projector"));
    lamp.task = QStringLiteral("更换投影仪灯泡、清洁滤网");
    lamp.everyMonths = 6;
    lamp.startsOn = today.addMonths(-18).addDays(10);
    maintenance.addPlan(lamp);
    MaintenancePlan boards;
    boards.categoryId = EquipmentDefaults::categoryId(school, QStringLiteral("whiteboard"));
    boards.task = QStringLiteral("白板触控校准、系统更新");
    boards.everyMonths = 12;
    boards.startsOn = today.addMonths(-12).addDays(20);
    maintenance.addPlan(boards);
    MaintenancePlan network;
    network.categoryId = EquipmentDefaults::categoryId(school, QStringLiteral("network"));
    network.task = QStringLiteral("检查交换机和无线接入点，备份配置");
    network.everyMonths = 3;
    network.startsOn = today.addMonths(-3).addDays(-5);
    maintenance.addPlan(network);

    // A few faults reported by teachers, not yet repaired.
    const QStringList faults{QStringLiteral("开机后无信号，指示灯闪烁"),
                             QStringLiteral("触摸偏移，右下角点不准"),
                             QStringLiteral("风扇噪音大，偶尔自动关机")};
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT i.id FROM equipment_items i JOIN equipment_categories c ON c.id = i.category_id "
        "WHERE i.deleted = 0 AND i.status = 'in_use' AND c.kind IN ('projector', 'whiteboard', "
        "'computer') ORDER BY i.asset_tag"));
    QStringList candidates;
    while (q.next())
        candidates << q.value(0).toString();
    const int repairs = large ? 3 : 2;
    for (int i = 0; i < repairs && !candidates.isEmpty(); ++i)
        maintenance.reportFault(candidates.takeAt(int(g.bounded(candidates.size()))),
                                faults.at(i % faults.size()));

    // Two old computers the clerk asks to scrap, waiting for the principal.
    QSqlQuery old = db.exec(QStringLiteral(
        "SELECT i.id FROM equipment_items i JOIN equipment_categories c ON c.id = i.category_id "
        "WHERE i.deleted = 0 AND i.status IN ('in_stock', 'in_use') AND c.kind = 'computer' "
        "AND i.purchase_date IS NOT NULL ORDER BY i.purchase_date, i.asset_tag LIMIT 2"));
    QStringList oldest;
    while (old.next())
        oldest << old.value(0).toString();
    ScrapService scrapping(admin);
    for (const QString &id : std::as_const(oldest))
        scrapping.requestScrap(id, QStringLiteral("超过使用年限，主板老化，维修价值低"));

    // This week's lessons in the computer lab, booked by teachers (weekdays from today on).
    const QString lab = db.scalar(QStringLiteral("SELECT id FROM rooms WHERE deleted = 0 AND type "
                                                 "= 'computer_lab' ORDER BY name LIMIT 1"))
                            .toString();
    QSqlQuery teachers = db.exec(QStringLiteral("SELECT id FROM staff WHERE deleted = 0 AND "
                                                "subject IS NOT NULL ORDER BY staff_no LIMIT 6"));
    QStringList staff;
    while (teachers.next())
        staff << teachers.value(0).toString();
    if (lab.isEmpty() || staff.isEmpty())
        return;
    BookingService bookings(admin);
    const QStringList purposes{QStringLiteral("信息技术课"),
                               QStringLiteral("公开课"),
                               QStringLiteral("编程兴趣小组"),
                               QStringLiteral("网络阅卷培训")};
    int made = 0;
    for (QDate day = today.addDays(1); made < (large ? 8 : 5) && day < today.addDays(8);
         day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        for (int period : {2, 5}) {
            BookingRequest r;
            r.resourceId = lab;
            r.isRoom = true;
            r.day = day;
            r.periodFrom = period;
            r.periodTo = period + int(g.bounded(2));
            r.purpose = purposes.at(made % purposes.size());
            r.staffId = staff.at(made % staff.size());
            bookings.book(r);
            ++made;
        }
    }
}

} // namespace SchoolSuite
