#pragma once

// A school with rooms and registered equipment for the stocktake and value tests.
#include "testutil.h"

#include "equipment/equipmentmodule.h"
#include "equipment/register/equipmentservice.h"

#include "core/people/peopleservice.h"

namespace SchoolSuite::Test {

struct EquipmentFixture
{
    TempStore temp;
    Session admin;

    EquipmentFixture()
        : admin(temp.admin())
    {}

    Database &db() { return temp.db(); }
    LocalStore &store() { return temp.store; }

    QString addRoom(const QString &name, const QString &type = QStringLiteral("classroom"))
    {
        Room room;
        room.name = name;
        room.type = type;
        room.floor = 1;
        room.capacity = 40;
        return PeopleService(admin).addRoom(room);
    }

    QString categoryId(const QString &code) { return EquipmentService(admin).category(code).id; }

    QString addItem(const QString &tag,
                    const QString &name,
                    const QString &roomId,
                    const QString &categoryCode = QStringLiteral("computer.desktop"),
                    qint64 priceFen = -1,
                    const QDate &purchased = {},
                    const QString &funding = {})
    {
        Asset a;
        a.tag = tag;
        a.name = name;
        a.categoryId = categoryId(categoryCode);
        a.roomId = roomId;
        a.status = roomId.isEmpty() ? AssetStatus::InStock : AssetStatus::InUse;
        a.priceFen = priceFen;
        a.purchaseDate = purchased;
        a.fundingSource = funding;
        return EquipmentService(admin).addAsset(a);
    }

    // The same with literal text (the tests' tables of items).
    QString addItem(const char *tag,
                    const char *name,
                    const QString &roomId,
                    const char *categoryCode,
                    qint64 priceFen,
                    const QDate &purchased,
                    const QString &funding = {})
    {
        return addItem(QString::fromUtf8(tag),
                       QString::fromUtf8(name),
                       roomId,
                       QString::fromUtf8(categoryCode),
                       priceFen,
                       purchased,
                       funding);
    }

    QString roomOf(const QString &itemId) { return EquipmentService(admin).asset(itemId).roomId; }
    AssetStatus statusOf(const QString &itemId)
    {
        return EquipmentService(admin).asset(itemId).status;
    }
};

} // namespace SchoolSuite::Test
