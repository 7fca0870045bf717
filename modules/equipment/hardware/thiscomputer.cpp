#include "thiscomputer.h"

#include "core/error.h"
#include "core/store/database.h"
#include "hardwareidentity.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace SchoolSuite::ThisComputer {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::ThisComputer", text);
}

std::optional<Match> first(Database &db, const QString &sql, const QVariantList &args, Match::By by)
{
    QSqlQuery q = db.exec(sql, args);
    if (!q.next())
        return std::nullopt;
    return Match{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), by};
}
} // namespace

QString byTitle(Match::By by)
{
    switch (by) {
    case Match::By::Uuid:
        return tr("SMBIOS UUID");
    case Match::By::Serial:
        return tr("serial number");
    case Match::By::Mac:
        return tr("MAC address");
    }
    return {};
}

QList<QPair<QString, QString>> rooms(const Session &session)
{
    session.require(Permission::EquipmentView, tr("view rooms"));
    QList<QPair<QString, QString>> list;
    QSqlQuery q = session.database().exec(
        QStringLiteral("SELECT id, name FROM rooms WHERE deleted = 0 ORDER BY name"));
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

std::optional<Match> find(Database &db, const HardwareFacts &facts)
{
    const QString uuid = HardwareIdentity::uuid(facts.uuid);
    if (!uuid.isEmpty()) {
        if (auto m = first(db,
                           QStringLiteral("SELECT id, asset_tag, name FROM equipment_items WHERE "
                                          "deleted = 0 AND lower(hw_uuid) = ? ORDER BY "
                                          "created_at LIMIT 1"),
                           {uuid},
                           Match::By::Uuid))
            return m;
    }
    // A serial or a MAC address only among computers: a projector may share a serial format.
    const QString computers = QStringLiteral(
        "i.category_id IN (SELECT id FROM equipment_categories WHERE kind = 'computer')");
    const QString serial = HardwareIdentity::serial(facts.serial);
    if (!serial.isEmpty()) {
        if (auto m = first(db,
                           QStringLiteral("SELECT i.id, i.asset_tag, i.name FROM equipment_items i "
                                          "WHERE i.deleted = 0 AND %1 AND (upper(trim(i.serial)) "
                                          "= upper(?) OR (json_valid(i.hw_info) AND "
                                          "upper(json_extract(i.hw_info, '$.serial')) = upper(?))) "
                                          "ORDER BY i.created_at LIMIT 1")
                               .arg(computers),
                           {serial, serial},
                           Match::By::Serial))
            return m;
    }
    for (const QString &raw : facts.macs) {
        const QString mac = HardwareIdentity::mac(raw);
        if (mac.isEmpty())
            continue;
        if (auto m
            = first(db,
                    QStringLiteral("SELECT i.id, i.asset_tag, i.name FROM equipment_items i, "
                                   "json_each(CASE WHEN json_valid(i.hw_info) THEN "
                                   "i.hw_info ELSE '{}' END, '$.macs') mac WHERE i.deleted "
                                   "= 0 AND %1 AND lower(mac.value) = ? ORDER BY "
                                   "i.created_at LIMIT 1")
                        .arg(computers),
                    {mac},
                    Match::By::Mac))
            return m;
    }
    return std::nullopt;
}

Result registerOrUpdate(EquipmentService &service,
                        const HardwareFacts &facts,
                        const Registration &registration)
{
    Database &db = service.session().database();
    Result result;
    result.match = find(db, facts);
    const QString uuid = HardwareIdentity::uuid(facts.uuid);
    const QString serial = HardwareIdentity::serial(facts.serial);
    if (result.match) {
        Asset asset = service.asset(result.match->itemId);
        QJsonObject info = asset.hwInfo;
        const QJsonObject probed = facts.toJson();
        for (auto it = probed.begin(); it != probed.end(); ++it) {
            // An empty probe (a field unreadable without root) keeps what an earlier run saw.
            const bool empty = it.value().isNull()
                               || (it.value().isString() && it.value().toString().isEmpty())
                               || (it.value().isArray() && it.value().toArray().isEmpty())
                               || (it.value().isDouble() && it.value().toDouble() == 0);
            if (!empty || !info.contains(it.key()))
                info.insert(it.key(), it.value());
        }
        asset.hwInfo = info;
        if (!uuid.isEmpty())
            asset.hwUuid = uuid;
        if (asset.serial.trimmed().isEmpty() && !serial.isEmpty())
            asset.serial = serial;
        service.updateAsset(asset);
        result.itemId = asset.id;
        result.tag = asset.tag;
        return result;
    }
    Asset asset;
    asset.name = registration.name.trimmed().isEmpty() ? facts.suggestedName()
                                                       : registration.name.trimmed();
    if (asset.name.isEmpty())
        throw Error(tr("The computer needs a name."), Error::Invalid);
    asset.categoryId = service
                           .category(facts.laptop ? QStringLiteral("computer.laptop")
                                                  : QStringLiteral("computer.desktop"))
                           .id;
    asset.serial = serial;
    asset.roomId = registration.roomId;
    asset.custodianId = registration.custodianId;
    asset.use = registration.use;
    asset.status = AssetStatus::InUse;
    asset.note = registration.note;
    asset.hwUuid = uuid;
    asset.hwInfo = facts.toJson();
    result.itemId = service.addAsset(asset);
    result.tag = service.asset(result.itemId).tag;
    result.created = true;
    return result;
}

} // namespace SchoolSuite::ThisComputer
