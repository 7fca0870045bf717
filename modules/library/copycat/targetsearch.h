#pragma once

#include "copycatresult.h"
#include "library/marc/marcrecord.h"
#include "librarytargets.h"

#include <QList>
#include <QString>

namespace SchoolSuite {

// Searching a Z39.50 or SRU target by ISBN through YAZ's ZOOM API (docs/architecture.md "Copy
// cataloguing"). Z39.50: PQF "@attr 1=7 ISBN" (Bib-1 ISBN), records in the target's syntax as
// ISO 2709, decoded by MarcReader in the target's encoding; SRU (an http URL): CQL
// "bath.isbn=ISBN", MARCXML records. The ISBN-13 is asked first, then the ISBN-10 when nothing
// was found (many catalogs index the ISBN as printed). Blocking: run it off the GUI thread.
namespace TargetSearch {

struct Options
{
    int timeoutSeconds = 15; // per network operation (connect, search, present)
    int maxRecords = 10;     // fetched and compared with the ISBN
};

// Never throws: what went wrong (connection failed, timeout, a diagnostic of the target) is in
// the step's message. Records whose ISBNs all differ from the one asked for are left out;
// records with no ISBN are kept (the target matched them) after the exact matches.
CopyCatStep search(const LibraryTarget &target,
                   const QString &isbn13,
                   QList<CopyCatRecord> *found,
                   const Options &options = {});

// The ISBN-13s a MARC record carries (MARC 21 020 $a $z, UNIMARC 010 $a $z), valid ones only.
QStringList recordIsbns(const MarcRecord &record, MarcFamily family);

} // namespace TargetSearch

} // namespace SchoolSuite
