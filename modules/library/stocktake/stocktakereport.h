#pragma once

#include "stocktake.h"

class QPagedPaintDevice;

namespace SchoolSuite {
class Database;
}

namespace SchoolSuite::Library {

class StocktakeCounter;

// The library stocktake report (A4, Chinese): school, session, sections and which were counted,
// the counts, and the lists of missing, misshelved (where it was found and why), unknown
// barcodes, copies found though lent, and copies on loan. The same document goes to a PDF
// file, a printer and its preview.
namespace StocktakeReport {

struct Data
{
    QString schoolName;
    Stocktake stocktake;
    StocktakeResults results;
    QDateTime generatedAt; // local time
};

Data collect(const StocktakeCounter &counter, Database &db);
QString html(const Data &data);
void print(const Data &data, QPagedPaintDevice *device);
// Writes an A4 PDF; throws Error when the file cannot be written.
void writePdf(const Data &data, const QString &path);
// "Wrong shelf (on I-02)", "Out of order (after I247.5/12)", translated.
QString reasonText(const StocktakeEntry &entry);

} // namespace StocktakeReport
} // namespace SchoolSuite::Library
