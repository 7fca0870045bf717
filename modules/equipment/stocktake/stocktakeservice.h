#pragma once

#include "stocktake.h"

#include "core/auth/session.h"

#include <QHash>

namespace SchoolSuite {

class Database;

// Stocktake sessions on behalf of a session (EquipmentView to read, EquipmentEdit to write):
// started over some rooms or the whole school, paused, resumed and finished. The scans
// themselves go through StocktakeCounter.
class StocktakeService
{
public:
    explicit StocktakeService(const Session &session);

    QList<Stocktake> stocktakes() const;          // newest first
    Stocktake stocktake(const QString &id) const; // throws NotFound

    // Starts a session over roomIds (empty: the whole school). Returns the id.
    QString start(const QString &name, const QStringList &roomIds);
    void pause(const QString &id);
    void resume(const QString &id);
    void finish(const QString &id);

    // The one-action fix of a wrong-room result: the item is moved (or, registered as lost,
    // marked found) into the room it was scanned in; the register records the movement.
    void moveHere(const QString &stocktakeId, const QString &itemId, const QString &roomId);

    // Room id -> name of every room of the school (deleted ones too, for old sessions).
    QHash<QString, QString> roomNames() const;

private:
    void setStatus(const QString &id, StocktakeStatus status);
    Session m_session;
    Database &m_db;
};

} // namespace SchoolSuite
