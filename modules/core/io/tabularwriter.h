#pragma once

#include "core/io/table.h"

#include <QString>

namespace SchoolSuite {

// Writes exports and import templates. The file appears whole or not at all.
class TabularWriter
{
public:
    // By extension: .csv is UTF-8 with a byte order mark (so Excel shows Chinese correctly),
    // comma-separated, CRLF, quoted as RFC 4180 says; .xlsx is a workbook with one sheet whose
    // cells are all text, so student numbers and phone numbers stay as typed.
    // Throws SchoolSuite::Error.
    static void write(const QString &path, const Table &table, const QString &sheetName = {});

    static QByteArray toCsv(const Table &table);

private:
    static void writeXlsx(const QString &path, const Table &table, const QString &sheetName);
};

} // namespace SchoolSuite
