#pragma once

#include "library/catalog/bibrecord.h"
#include "library/catalog/libraryservice.h"

#include <QString>
#include <QStringList>

namespace SchoolSuite {

// Writing what the librarian confirmed in copy cataloguing: a new title with its copies, or more
// copies of a title the catalog has (docs/user-guide/*/library.md, "Cataloguing by ISBN").
namespace CopyCatSave {

struct Request
{
    BibRecord record; // record.id set: a title of the catalog (updated when it was edited)
    int copies = 1;
    QString callNumber; // as shown and perhaps edited; "" or the proposal: given out as usual
    QString proposedCallNumber; // what was shown, to tell an edit from the proposal
    QString location;
    QString shelf;
    QString itemType = QStringLiteral("book");
    QString acquisitionSource = QStringLiteral("purchase");
};

struct Saved
{
    QString titleId;
    bool newTitle = false;
    QStringList copyIds;
    QStringList barcodes;
    QStringList callNumbers;
};

// The call number a first copy of a new title of the class would get, without taking the
// 种次号; the class alone when this computer holds no number of it (it comes with the next
// sync), "" without a class.
QString proposedCallNumber(LibraryService &service, const QString &clc);
// For a record of the catalog (record.id set) or a new one.
QString proposedCallNumber(LibraryService &service, const BibRecord &record);

// The locations the library's copies are kept in, most used first (the dialog offers them).
QStringList knownLocations(const LibraryService &service);

// Problems of the request, translated and naming the field; empty when Save may go ahead.
QStringList problems(const Request &request);

// One transaction: the title (added, or updated when it differs from the catalog's) and the
// copies. Throws Error naming the field; nothing is written then.
Saved save(LibraryService &service, const Request &request);

} // namespace CopyCatSave

} // namespace SchoolSuite
