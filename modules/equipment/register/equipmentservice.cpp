#include "equipmentservice.h"

#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "equipmentdefaults.h"
#include "equipmentfields.h"
#include "equipmentservice_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::EquipmentService", text);
}

const QString kItemSelect = QStringLiteral(
    "SELECT id, asset_tag, name, category_id, model_id, serial, purchase_date, price_fen, "
    "funding_source, supplier, warranty_end, room_id, custodian_id, use, status, custom, note, "
    "hw_uuid, hw_info FROM equipment_items WHERE deleted = 0");

Asset readAsset(const QSqlQuery &q)
{
    Asset a;
    a.id = q.value(0).toString();
    a.tag = q.value(1).toString();
    a.name = q.value(2).toString();
    a.categoryId = q.value(3).toString();
    a.modelId = q.value(4).toString();
    a.serial = q.value(5).toString();
    a.purchaseDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    a.priceFen = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
    a.fundingSource = q.value(8).toString();
    a.supplier = q.value(9).toString();
    a.warrantyEnd = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    a.roomId = q.value(11).toString();
    a.custodianId = q.value(12).toString();
    a.use = AssetKeys::useFromKey(q.value(13).toString());
    a.status = AssetKeys::statusFromKey(q.value(14).toString());
    a.custom = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
    a.note = q.value(16).toString();
    a.hwUuid = q.value(17).toString();
    a.hwInfo = QJsonDocument::fromJson(q.value(18).toString().toUtf8()).object();
    return a;
}

QString field(const char *key)
{
    return EquipmentFields::title(QLatin1String(key));
}

} // namespace

namespace EquipmentPrivate {
QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant jsonOrNull(const QJsonObject &o)
{
    return o.isEmpty()
               ? QVariant()
               : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace EquipmentPrivate

using namespace EquipmentPrivate;

EquipmentService::EquipmentService(const Session &session)
    : m_session(session)
{}

void EquipmentService::requireEdit(const QString &what) const
{
    m_session.require(Permission::EquipmentEdit, what);
}

void EquipmentService::ensureDefaults() const
{
    // A school set up after the store was opened (setup wizard, tests) gets its categories on
    // first use. A read-only worker connection cannot write them: the next use will.
    try {
        EquipmentDefaults::ensure(m_session.database());
    } catch (const Error &) {
    }
}

Asset EquipmentService::asset(const QString &idOrTag) const
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    QSqlQuery q
        = m_session.database().exec(kItemSelect + QStringLiteral(" AND (id = ? OR asset_tag = ?)"),
                                    {idOrTag, idOrTag.trimmed()});
    if (!q.next())
        throw Error(tr("There is no item with asset tag %1.").arg(idOrTag), Error::NotFound);
    return readAsset(q);
}

std::optional<Asset> EquipmentService::findByTag(const QString &tag) const
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    const QString t = tag.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QSqlQuery q
        = m_session.database().exec(kItemSelect + QStringLiteral(" AND asset_tag = ?"), {t});
    if (!q.next())
        return std::nullopt;
    return readAsset(q);
}

int EquipmentService::count() const
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    return m_session.database()
        .scalar(QStringLiteral("SELECT count(*) FROM equipment_items WHERE deleted = 0"))
        .toInt();
}

QList<EquipmentService::Choice> EquipmentService::roomChoices() const
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    QList<Choice> list;
    QSqlQuery q = m_session.database().exec(QStringLiteral(
        "SELECT id, name FROM rooms WHERE deleted = 0 ORDER BY building, floor, name"));
    while (q.next())
        list << Choice{q.value(0).toString(), q.value(1).toString()};
    return list;
}

QList<EquipmentService::Choice> EquipmentService::custodianChoices() const
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    QList<Choice> list;
    QSqlQuery q = m_session.database().exec(QStringLiteral(
        "SELECT id, name, staff_no FROM staff WHERE deleted = 0 AND active = 1 ORDER BY staff_no"));
    while (q.next())
        list << Choice{q.value(0).toString(),
                       QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString())};
    return list;
}

void EquipmentService::checkRoom(const QString &roomId) const
{
    if (roomId.isEmpty())
        return;
    if (m_session.database()
            .scalar(QStringLiteral("SELECT count(*) FROM rooms WHERE id = ? AND deleted = 0"),
                    {roomId})
            .toInt()
        == 0)
        throw Error(tr("%1: there is no room %2.").arg(field("room"), roomId), Error::Invalid);
}

void EquipmentService::checkCustodian(const QString &staffId) const
{
    if (staffId.isEmpty())
        return;
    if (m_session.database()
            .scalar(QStringLiteral("SELECT count(*) FROM staff WHERE id = ? AND deleted = 0"),
                    {staffId})
            .toInt()
        == 0)
        throw Error(tr("%1: there is no staff member %2.").arg(field("custodian"), staffId),
                    Error::Invalid);
}

void EquipmentService::checkAsset(const Asset &a, bool adding) const
{
    Database &db = m_session.database();
    const auto invalid = [](const QString &f, const QString &why) {
        return Error(QStringLiteral("%1: %2").arg(f, why), Error::Invalid);
    };
    const QString tag = a.tag.trimmed();
    if (!adding && tag.isEmpty())
        throw invalid(field("asset_tag"), tr("an item needs an asset tag."));
    if (!tag.isEmpty()) {
        if (tag.size() > 40 || tag.contains(QLatin1Char(' ')) || tag.contains(QLatin1Char('\t')))
            throw invalid(field("asset_tag"),
                          tr("\"%1\" is not a tag (at most 40 characters, no spaces).").arg(tag));
        const QString other
            = db.scalar(QStringLiteral("SELECT name FROM equipment_items WHERE "
                                       "asset_tag = ? AND deleted = 0 AND id <> coalesce(?, '')"),
                        {tag, a.id})
                  .toString();
        if (!other.isEmpty())
            throw invalid(field("asset_tag"), tr("%1 is already the tag of %2.").arg(tag, other));
    }
    if (a.name.trimmed().isEmpty())
        throw invalid(field("name"), tr("an item needs a name."));
    if (a.name.size() > 100)
        throw invalid(field("name"), tr("at most 100 characters."));
    if (a.categoryId.isEmpty())
        throw invalid(field("category"), tr("choose a category."));
    if (db.scalar(QStringLiteral("SELECT count(*) FROM equipment_categories WHERE id = ? AND "
                                 "deleted = 0"),
                  {a.categoryId})
            .toInt()
        == 0)
        throw invalid(field("category"), tr("there is no category %1.").arg(a.categoryId));
    if (!a.modelId.isEmpty()
        && db.scalar(QStringLiteral("SELECT count(*) FROM equipment_models WHERE id = ? AND "
                                    "deleted = 0"),
                     {a.modelId})
                   .toInt()
               == 0)
        throw invalid(field("model"), tr("there is no model %1.").arg(a.modelId));
    if (a.serial.size() > 100)
        throw invalid(field("serial"), tr("at most 100 characters."));
    if (a.purchaseDate.isValid()
        && (a.purchaseDate > QDate::currentDate() || a.purchaseDate.year() < 1950))
        throw invalid(field("purchase_date"),
                      tr("%1 is not a plausible purchase date (1950 to today).")
                          .arg(a.purchaseDate.toString(Qt::ISODate)));
    if (a.warrantyEnd.isValid() && a.purchaseDate.isValid() && a.warrantyEnd < a.purchaseDate)
        throw invalid(field("warranty_end"), tr("the warranty cannot end before the purchase."));
    if (a.priceFen < -1)
        throw invalid(field("price"), tr("a price cannot be negative."));
    if (a.fundingSource.size() > 100)
        throw invalid(field("funding_source"), tr("at most 100 characters."));
    if (a.supplier.size() > 100)
        throw invalid(field("supplier"), tr("at most 100 characters."));
    checkRoom(a.roomId);
    checkCustodian(a.custodianId);
}

QString EquipmentService::addAsset(const Asset &asset)
{
    requireEdit(tr("register equipment"));
    ensureDefaults();
    Database &db = m_session.database();
    Asset a = asset;
    a.tag = a.tag.trimmed();
    a.name = a.name.trimmed();
    checkAsset(a, true);
    a.custom = checkedCustom(a.categoryId, a.custom);
    a.id = Uuid::v7();
    db.transaction([&] {
        if (a.tag.isEmpty())
            a.tag = nextTag();
        else
            noteTagUsed(a.tag);
        db.exec(QStringLiteral("INSERT INTO equipment_items (id, asset_tag, name, category_id, "
                               "model_id, serial, purchase_date, price_fen, funding_source, "
                               "supplier, warranty_end, room_id, custodian_id, use, status, "
                               "custom, note, hw_uuid, hw_info) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {a.id,
                 a.tag,
                 a.name,
                 a.categoryId,
                 orNull(a.modelId),
                 orNull(a.serial.trimmed()),
                 dateOrNull(a.purchaseDate),
                 a.priceFen >= 0 ? QVariant(a.priceFen) : QVariant(),
                 orNull(a.fundingSource.trimmed()),
                 orNull(a.supplier.trimmed()),
                 dateOrNull(a.warrantyEnd),
                 orNull(a.roomId),
                 orNull(a.custodianId),
                 orNull(AssetKeys::use(a.use)),
                 AssetKeys::status(a.status),
                 jsonOrNull(a.custom),
                 orNull(a.note),
                 orNull(a.hwUuid),
                 jsonOrNull(a.hwInfo)});
        writeMovement(a, QStringLiteral("register"), a.status, {});
    });
    return a.id;
}

void EquipmentService::updateAsset(const Asset &asset)
{
    requireEdit(tr("edit equipment"));
    Database &db = m_session.database();
    const Asset old = this->asset(asset.id);
    Asset a = asset;
    a.tag = a.tag.trimmed();
    a.name = a.name.trimmed();
    // Room, custodian and status change through movements only.
    a.roomId = old.roomId;
    a.custodianId = old.custodianId;
    a.status = old.status;
    checkAsset(a, false);
    a.custom = checkedCustom(a.categoryId, a.custom);
    db.transaction([&] {
        if (a.tag != old.tag)
            noteTagUsed(a.tag);
        db.exec(QStringLiteral("UPDATE equipment_items SET asset_tag = ?, name = ?, category_id = "
                               "?, model_id = ?, serial = ?, purchase_date = ?, price_fen = ?, "
                               "funding_source = ?, supplier = ?, warranty_end = ?, use = ?, "
                               "custom = ?, note = ?, hw_uuid = ?, hw_info = ? WHERE id = ?"),
                {a.tag,
                 a.name,
                 a.categoryId,
                 orNull(a.modelId),
                 orNull(a.serial.trimmed()),
                 dateOrNull(a.purchaseDate),
                 a.priceFen >= 0 ? QVariant(a.priceFen) : QVariant(),
                 orNull(a.fundingSource.trimmed()),
                 orNull(a.supplier.trimmed()),
                 dateOrNull(a.warrantyEnd),
                 orNull(AssetKeys::use(a.use)),
                 jsonOrNull(a.custom),
                 orNull(a.note),
                 orNull(a.hwUuid),
                 jsonOrNull(a.hwInfo),
                 a.id});
    });
}

void EquipmentService::writeMovement(const Asset &item,
                                     const QString &kind,
                                     AssetStatus status,
                                     const QString &note,
                                     const QString &borrower,
                                     const QDate &dueOn) const
{
    m_session.database().exec(
        QStringLiteral("INSERT INTO equipment_movements (id, item_id, kind, at, room_id, "
                       "custodian_id, borrower, due_on, status, actor, note) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?)"),
        {Uuid::v7(),
         item.id,
         kind,
         nowUtc(),
         orNull(item.roomId),
         orNull(item.custodianId),
         orNull(borrower),
         dateOrNull(dueOn),
         AssetKeys::status(status),
         orNull(m_session.displayName()),
         orNull(note.trimmed())});
}

QList<AssetMovement> EquipmentService::history(const QString &itemId) const
{
    m_session.require(Permission::EquipmentView, tr("view equipment"));
    QList<AssetMovement> list;
    QSqlQuery q = m_session.database().exec(
        QStringLiteral("SELECT id, item_id, kind, at, room_id, custodian_id, borrower, due_on, "
                       "status, actor, note FROM equipment_movements WHERE item_id = ? AND "
                       "deleted = 0 ORDER BY at, id"),
        {itemId});
    while (q.next()) {
        AssetMovement m;
        m.id = q.value(0).toString();
        m.itemId = q.value(1).toString();
        m.kind = q.value(2).toString();
        m.at = q.value(3).toString();
        m.roomId = q.value(4).toString();
        m.custodianId = q.value(5).toString();
        m.borrower = q.value(6).toString();
        m.dueOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        m.status = q.value(8).toString();
        m.actor = q.value(9).toString();
        m.note = q.value(10).toString();
        list << m;
    }
    return list;
}

} // namespace SchoolSuite
