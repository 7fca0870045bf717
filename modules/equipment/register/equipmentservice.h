#pragma once

#include "core/auth/session.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace SchoolSuite {

// What an item is used by, for the indicators (师机比 counts teacher-use computers).
enum class AssetUse { None, Teacher, Student, Classroom, Office };
// An item's state; changed only through movements (equipment_movements facts).
enum class AssetStatus { InStock, InUse, Lent, Repair, Lost, Scrapped };

namespace AssetKeys {
QList<AssetUse> uses();        // without None
QList<AssetStatus> statuses(); // in the order of the status list
QString use(AssetUse use);     // "teacher", "" for None
AssetUse useFromKey(const QString &key, bool *ok = nullptr);
QString useTitle(AssetUse use);     // translated
QString status(AssetStatus status); // "in_stock"
AssetStatus statusFromKey(const QString &key, bool *ok = nullptr);
QString statusTitle(AssetStatus status); // translated: 在库, 在用, 借出, 维修, 丢失, 报废
// A key, the Chinese title or the translated title ("in_use", "在用", "In use"); ok false when
// none of them. An empty text is AssetUse::None.
AssetUse parseUse(const QString &text, bool *ok = nullptr);
AssetStatus parseStatus(const QString &text, bool *ok = nullptr);
QString movementTitle(const QString &kind); // "lend" -> translated "Lent out"
QString kindTitle(const QString &kind);     // category kinds: "computer" -> translated
QStringList kinds();                        // computer, whiteboard, ..., other
// Fen as yuan with two decimals ("1234.50"), "" for -1.
QString yuan(qint64 fen);
// "1234.5", "1,234.50", "¥1234", "1234元" -> fen, exactly (no floating point); ok false for
// anything else, negative amounts or fractions of a fen (trailing zeros are fine).
qint64 parseYuan(const QString &text, bool *ok = nullptr);
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

struct AssetPhoto
{
    QString id;
    QString itemId;
    QString sha256; // the image, a blob (StoreBlobs)
    QString mime;
    QString caption;
};

// One action applied to many scanned tags (EquipmentService::bulk).
struct BulkAction
{
    enum Kind { Move, Assign, Lend, Return, Status };
    Kind kind = Move;
    QString roomId;                          // Move
    QString custodianId;                     // Assign (empty: nobody)
    QString borrower;                        // Lend
    QDate dueOn;                             // Lend
    AssetStatus status = AssetStatus::InUse; // Status
    QString note;
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

    // A status change that is none of the above (a correction, an import): kind "status".
    void setStatus(const QString &itemId, AssetStatus status, const QString &note = {});

    // Applies one action to every item whose tag was scanned, all or nothing. Unknown tags are
    // named in the error ("unknown asset tags: X, Y") and nothing is changed; a tag scanned
    // twice counts once. Returns the number of items changed.
    int bulk(const QStringList &tags, const BulkAction &action);

    // Categories (EquipmentEdit). A category needs a name unique among its siblings; the code
    // of a built-in category cannot change. customFields are checked (key, title, type).
    QString addCategory(const AssetCategory &category);
    void updateCategory(const AssetCategory &category);
    // Refused while items, models or child categories use it.
    void deleteCategory(const QString &categoryId);
    QString addModel(const AssetModel &model);

    // Funding sources: the built-in list, then those the district added (district data).
    QStringList fundingSources() const;
    static QStringList builtInFundingSources();

    // Asset tags: the school code, "-" and six digits (DC0001-000123).
    QString tagPrefix() const;
    QString nextTag(); // the next tag of this device's leased block
    // Notes a tag of our pattern as used so a lease never hands it out again; other tags are
    // left alone.
    void noteTagUsed(const QString &tag);

    // Photos: the image itself is a blob kept in the store's blob cache.
    QList<AssetPhoto> photos(const QString &itemId) const;
    QString addPhoto(const QString &itemId,
                     const QString &sha256,
                     const QString &mime,
                     const QString &caption = {});
    void removePhoto(const QString &photoId);

    // The custom values checked against the category's fields (types, required); throws Error
    // naming the field. Returns the values normalised (numbers as numbers, dates ISO).
    QJsonObject checkedCustom(const QString &categoryId, const QJsonObject &values) const;

    int count() const; // items not deleted

    // Rooms and staff to choose from in the dialogs (names only), sorted by name.
    struct Choice
    {
        QString id;
        QString title; // room name; staff "name (工号)"
    };
    QList<Choice> roomChoices() const;
    QList<Choice> custodianChoices() const;

    const Session &session() const { return m_session; }

private:
    void requireEdit(const QString &what) const;
    void ensureDefaults() const;
    void checkAsset(const Asset &asset, bool adding) const;
    void writeMovement(const Asset &item,
                       const QString &kind,
                       AssetStatus status,
                       const QString &note,
                       const QString &borrower = {},
                       const QDate &dueOn = {}) const;
    void change(const QString &itemId,
                const QString &kind,
                const std::function<void(Asset &)> &apply,
                const QString &note,
                const QString &borrower = {},
                const QDate &dueOn = {});
    AssetStatus statusBefore(const QString &itemId, const QString &kind) const;
    void checkRoom(const QString &roomId) const;
    void checkCustodian(const QString &staffId) const;

    const Session &m_session;
};

} // namespace SchoolSuite
