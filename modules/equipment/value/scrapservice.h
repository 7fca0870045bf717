#pragma once

#include "core/auth/session.h"

#include <QDate>
#include <QList>
#include <QString>

namespace SchoolSuite {

class Database;

enum class ScrapStatus { Pending, Approved, Rejected };

struct ScrapRequest
{
    QString id;
    QString itemId;
    QString tag;
    QString itemName;
    qint64 priceFen = -1;
    QDate purchaseDate;
    QString reason;
    QString requestedBy;
    QDate requestedOn;
    ScrapStatus status = ScrapStatus::Pending;
    QString decidedBy;
    QDate decidedOn;
    QString decisionNote;
    QString disposal; // how the item was disposed of (回收, 拆解, 交上级 ...)
};

namespace ScrapKeys {
QString status(ScrapStatus status); // "pending", "approved", "rejected"
ScrapStatus statusFromKey(const QString &key);
QString statusTitle(ScrapStatus status); // translated: 待审批, 已批准, 已驳回
} // namespace ScrapKeys

// Scrapping (报废): a clerk (EquipmentEdit) asks with a reason, the principal (EquipmentApprove)
// approves or rejects with a note. Approval scraps the item in the register (a movement fact)
// and records the disposal, in one transaction. While a request for an item is pending no
// second one is taken; a rejected item stays as it was and may be asked for again.
class ScrapService
{
public:
    explicit ScrapService(const Session &session);

    // All requests, newest first; only those of status when given.
    QList<ScrapRequest> requests(std::optional<ScrapStatus> status = std::nullopt) const;
    ScrapRequest request(const QString &id) const; // throws NotFound
    bool hasPending(const QString &itemId) const;

    // itemIdOrTag: the item's id or asset tag. Returns the request's id.
    QString requestScrap(const QString &itemIdOrTag, const QString &reason);
    void approve(const QString &requestId, const QString &note, const QString &disposal);
    // A rejection needs a note saying why.
    void reject(const QString &requestId, const QString &note);

private:
    ScrapRequest pending(const QString &requestId, const QString &what) const;
    Session m_session;
    Database &m_db;
};

} // namespace SchoolSuite
