#pragma once

// What the bookings and maintenance tests share: a school with rooms, staff, bookable and
// non-bookable equipment, and sessions for its people.
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "equipment/equipmentmodule.h"
#include "equipment/register/equipmentdefaults.h"
#include "equipment/register/equipmentservice.h"
#include "sync/syncmodule.h"
#include "testutil.h"

namespace SchoolSuite::Test {

inline void initPlanTestEnvironment()
{
    initTestEnvironment();
    registerSyncModule();
    registerEquipmentModule();
}

// The next Monday after today: bookings in tests are always in the future.
inline QDate nextMonday()
{
    const QDate today = QDate::currentDate();
    return today.addDays(8 - today.dayOfWeek());
}

// A school set up the way opening its store does it.
struct PlanSchool : TempStore
{
    PlanSchool()
        : TempStore(false)
    {
        store.initializeSchool(QStringLiteral("T001"), QStringLiteral("测试学校"));
        EquipmentDefaults::ensure(store);
    }
};

// Members are made in this order: rooms, staff, sessions, items.
struct PlanStore : PlanSchool
{
    QString lab = room(QStringLiteral("计算机网络教室1"), QStringLiteral("computer_lab"));
    QString classroom = room(QStringLiteral("七年级(1)班教室"), QStringLiteral("classroom"));
    QString eprep = room(QStringLiteral("电子备课室"), QStringLiteral("eprep"));
    QString zhang = staff(QStringLiteral("T0001"), QStringLiteral("张伟"));
    QString li = staff(QStringLiteral("T0002"), QStringLiteral("李娜"));
    Session adminSession = admin();
    Session clerk{store.db(), {}, QStringLiteral("clerk"), QStringLiteral("赵会计"), Role::Clerk};
    Session teacherZhang{
        store.db(), {}, QStringLiteral("zhang"), QStringLiteral("张伟"), Role::Teacher, zhang};
    Session teacherLi{
        store.db(), {}, QStringLiteral("li"), QStringLiteral("李娜"), Role::Teacher, li};
    QString laptops = item(QStringLiteral("T001-000001"),
                           QStringLiteral("笔记本电脑车"),
                           QStringLiteral("computer.laptop"));
    QString projector = item(
        QStringLiteral("T001-000002"), QStringLiteral("便携投影仪"), QStringLiteral("projector"));
    QString desktop = item(QStringLiteral("T001-000003"),
                           QStringLiteral("教师台式机"),
                           QStringLiteral("computer.desktop"));
    QString fixedProjector = item(QStringLiteral("T001-000004"),
                                  QStringLiteral("教室投影仪"),
                                  QStringLiteral("projector"),
                                  AssetUse::Classroom,
                                  classroom);

    QString room(const QString &name, const QString &type)
    {
        const QString id = Uuid::v7();
        db().exec(QStringLiteral("INSERT INTO rooms (id, name, type) VALUES (?, ?, ?)"),
                  {id, name, type});
        return id;
    }
    QString staff(const QString &no, const QString &name)
    {
        const QString id = Uuid::v7();
        db().exec(QStringLiteral("INSERT INTO staff (id, staff_no, name) VALUES (?, ?, ?)"),
                  {id, no, name});
        return id;
    }
    QString item(const QString &tag,
                 const QString &name,
                 const QString &categoryCode,
                 AssetUse use = AssetUse::None,
                 const QString &roomId = {})
    {
        EquipmentService service(adminSession);
        Asset a;
        a.tag = tag;
        a.name = name;
        a.categoryId = service.category(categoryCode).id;
        a.use = use;
        a.roomId = roomId;
        a.status = AssetStatus::InUse;
        return service.addAsset(a);
    }
    QString status(const QString &itemId)
    {
        return db()
            .scalar(QStringLiteral("SELECT status FROM equipment_items WHERE id = ?"), {itemId})
            .toString();
    }
    int count(const QString &sql, const QVariantList &bindings = {})
    {
        return db().scalar(sql, bindings).toInt();
    }
};

} // namespace SchoolSuite::Test
