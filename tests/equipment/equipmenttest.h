#pragma once

// What the equipment tests share: a store with the equipment module, rooms and staff.
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "equipment/equipmentmodule.h"
#include "equipment/register/equipmentdefaults.h"
#include "sync/syncmodule.h"
#include "testutil.h"

namespace SchoolSuite::Test {

inline void initEquipmentTestEnvironment()
{
    initTestEnvironment();
    // The asset tags come from the sync module's number leases.
    registerSyncModule();
    registerEquipmentModule();
}

// A school with rooms (计算机网络教室1, 七年级(1)班教室, 物理实验室, 库房) and staff T0001..T0003.
struct EquipmentStore : TempStore
{
    QString lab, classroom, physics, storeRoom;
    QString zhang, li, wang; // staff ids

    explicit EquipmentStore(const QString &code = QStringLiteral("T001"))
        : TempStore(false)
    {
        store.initializeSchool(code, QStringLiteral("测试学校"));
        // What opening the store does once the school is set up.
        EquipmentDefaults::ensure(store);
        lab = room(QStringLiteral("计算机网络教室1"), QStringLiteral("computer_lab"));
        classroom = room(QStringLiteral("七年级(1)班教室"), QStringLiteral("classroom"));
        physics = room(QStringLiteral("物理实验室"), QStringLiteral("lab"));
        storeRoom = room(QStringLiteral("库房"), QStringLiteral("office"));
        zhang = staff(QStringLiteral("T0001"), QStringLiteral("张伟"));
        li = staff(QStringLiteral("T0002"), QStringLiteral("李娜"));
        wang = staff(QStringLiteral("T0003"), QStringLiteral("王芳"));
    }
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
    int count(const QString &sql, const QVariantList &bindings = {})
    {
        return db().scalar(sql, bindings).toInt();
    }
};

} // namespace SchoolSuite::Test
