#pragma once

#include "stocktake.h"

#include <QHash>

class QPagedPaintDevice;

namespace SchoolSuite {

class StocktakeCounter;

// The stocktake report (A4, Chinese): school, session, rooms, the counts per result and the
// lists of missing, wrong-room and unknown tags with tag, name and room. The same document
// goes to a PDF file or a printer.
namespace StocktakeReport {

struct Data
{
    QString schoolName;
    Stocktake stocktake;
    StocktakeResults results;
    QHash<QString, QString> roomNames; // id -> name
    QDateTime generatedAt;             // local time
};

Data collect(const StocktakeCounter &counter,
             const QHash<QString, QString> &roomNames,
             const QString &schoolName);
QString html(const Data &data);
// Lays the report out on device's pages (a QPdfWriter or a QPrinter).
void print(const Data &data, QPagedPaintDevice *device);
// Writes an A4 PDF; throws Error when the file cannot be written.
void writePdf(const Data &data, const QString &path);

} // namespace StocktakeReport
} // namespace SchoolSuite
