#pragma once

#include "admincommands.h"

#include <QCborMap>
#include <QList>
#include <QPair>
#include <QString>

namespace SchoolSuite::Server {

class Platform;

// The district's union catalog (docs/sync-protocol.md §3, "Union catalog"): the schools'
// catalogs as they sync, looked up by ISBN. Every synced table with isbn and title columns takes
// part (library_titles); its rows are indexed by ISBN in union_catalog, caught up from
// sync_rows by sequence before each look-up, so an answer includes every push committed before
// the request.
class UnionCatalog
{
public:
    explicit UnionCatalog(Platform &platform);

    // GET /catalog/isbn/ISBN: the records with the ISBN (any ISBN-10 or ISBN-13 form), one per
    // title and responsibility, each field the value most schools gave it, with school_count.
    // ApiError 400 when isbn is not an ISBN.
    QCborMap lookUp(const QString &isbn);

    // Indexes the rows changed since the last call; returns how many were looked at.
    int catchUp();

    // The tables that take part: synced tables with isbn and title columns.
    QStringList tables();

private:
    Platform &m_platform;
};

// `admin set-library-target URL [--syntax usmarc|unimarc] [--encoding utf-8|gb18030|marc8]
// [--name NAME]` and `admin set-library-target --off`: the Z39.50/SRU target the schools' copy
// cataloguing asks (district_library_targets, district scope).
QList<QPair<QString, AdminCommands::Command>> libraryAdminCommands();

} // namespace SchoolSuite::Server
