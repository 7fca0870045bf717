#pragma once

#include "core/auth/session.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace SchoolSuite {

// What an item is used by, for the indicators (师机比 counts teacher-use computers).
enum class AssetUse { None, Teacher, Student, Classroom, Office };
// An item's state; changed only through movements (equipment_movements facts).
enum class AssetStatus { InStock, InUse, Lent, Repair, Lost, Scrapped };

namespace AssetKeys {
QString use(AssetUse use); // "teacher", "" for None
AssetUse useFromKey(const QString &key, bool *ok = nullptr);
QString useTitle(AssetUse use);     // translated
QString status(AssetStatus status); // "in_stock"
AssetStatus statusFromKey(const QString &key, bool *ok = nullptr);
QString statusTitle(AssetStatus status); // translated: 在库, 在用, 借出, 维修, 丢失, 报废
} // namespace AssetKeys

struct AssetCategory
{
    QString id;
    QString code; // built-in categories: "computer", "computer.desktop", ...
    QString name;
    QString parentId;
    QString
        kind; // computer, whiteboard, projector, podium, network, lab, library, furniture, other
    int serviceLifeYears = 0; // 0: none (inherited from the parent when empty)
    QJsonArray customFields;  // [{"key","title","type","required"}]
};

struct AssetModel
{
    QString id;
    QString categoryId;
    QString maker;
    QString model;
    QString specs;
};

struct Asset
{
    QString id;
    QString tag;
    QString name;
    QString categoryId;
    QString modelId;
    QString serial;
    QDate purchaseDate;
    qint64 priceFen = -1; // -1: unknown
    QString fundingSource;
    QString supplier;
    QDate warrantyEnd;
    QString roomId;
    QString custodianId; // staff id
    AssetUse use = AssetUse::None;
    AssetStatus status = AssetStatus::InStock;
    QJsonObject custom;
    QString note;
    QString hwUuid;
    QJsonObject hwInfo;
};

// One row of an item's history (equipment_movements).
struct AssetMovement
{
    QString id;
    QString itemId;
    QString
        kind; // register, move, assign, lend, return, repair, repaired, scrap, lost, found, status
    QString at; // ISO date-time (UTC)
    QString roomId;
    QString custodianId;
    QString borrower;
    QDate dueOn;
    QString status;
    QString actor; // the user's display name
    QString note;
};

// The asset register on behalf of a session: EquipmentView to read, EquipmentEdit to write.
// Every write is one transaction; every change of room, custodian or status is also written as
// a movement fact, so an item's history is complete. Errors (Error with a message naming the
// field or tag) leave the data as it was.
class EquipmentService
{
public:
    explicit EquipmentService(const Session &session);

    QList<AssetCategory> categories() const;               // tree order (parents before children)
    AssetCategory category(const QString &idOrCode) const; // throws NotFound
    // The category's service life, inherited from the nearest ancestor that has one.
    int serviceLifeYears(const QString &categoryId) const;
    QList<AssetModel> models(const QString &categoryId = {}) const;

    Asset asset(const QString &idOrTag) const; // throws NotFound
    // The item whose tag was scanned, trimmed; nullopt when the tag is not ours.
    std::optional<Asset> findByTag(const QString &tag) const;

    // Registers an item; an empty tag takes the next one from this device's leased block.
    // Returns the id.
    QString addAsset(const Asset &asset);
    // Writes the fields of asset.id (not room/custodian/status: use the movements below).
    void updateAsset(const Asset &asset);

    // Movements (one fact each, the item row updated in the same transaction).
    void move(const QString &itemId, const QString &roomId, const QString &note = {});
    void assign(const QString &itemId, const QString &custodianId, const QString &note = {});
    void lend(const QString &itemId,
              const QString &borrower,
              const QDate &dueOn,
              const QString &note = {});
    void giveBack(const QString &itemId, const QString &note = {}); // "return"
    void sendToRepair(const QString &itemId, const QString &note = {});
    void repaired(const QString &itemId, const QString &note = {});
    void markLost(const QString &itemId, const QString &note = {});
    void markFound(const QString &itemId, const QString &roomId, const QString &note = {});
    void scrap(const QString &itemId, const QString &note = {}); // after an approved request
    QList<AssetMovement> history(const QString &itemId) const;   // oldest first

    const Session &session() const { return m_session; }

private:
    const Session &m_session;
};

} // namespace SchoolSuite
