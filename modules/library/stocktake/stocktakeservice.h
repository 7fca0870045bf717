#pragma once

#include "stocktake.h"

#include "core/auth/session.h"

namespace SchoolSuite {
class Database;
}

namespace SchoolSuite::Library {

// A shelf of the catalog and how many copies stand on it (not withdrawn).
struct ShelfInfo
{
    QString location;
    QString shelf;
    int copies = 0;
};

// Library stocktake sessions on behalf of a session (LibraryEdit): started over shelves or
// call-number ranges, sections marked counted, paused, resumed and finished. The scans go
// through StocktakeCounter.
class StocktakeService
{
public:
    explicit StocktakeService(const Session &session); // throws PermissionDenied

    QList<Stocktake> stocktakes() const;          // newest first
    Stocktake stocktake(const QString &id) const; // throws NotFound

    // Starts a session over sections (all shelf sections or all ranges; at least one). Returns
    // the id. Throws Invalid naming the section that is wrong (an empty shelf, a range whose
    // start is after its end, a bad class number).
    QString start(const QString &name, const QList<StocktakeSection> &sections);
    void pause(const QString &id);
    void resume(const QString &id);
    // Sections not marked counted stay "not counted": their unscanned copies are not missing.
    void finish(const QString &id);
    // Marks a section counted (or not): its unscanned copies count as missing from then on.
    void setCounted(const QString &id, const QString &sectionKey, bool counted = true);

    // The shelves of the catalog, by location and shelf.
    QList<ShelfInfo> shelves() const;

private:
    void setStatus(const QString &id, StocktakeStatus status);
    Session m_session;
    Database &m_db;
};

} // namespace SchoolSuite::Library
