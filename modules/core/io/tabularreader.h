#pragma once

#include "core/io/table.h"

#include <QByteArray>
#include <QString>

namespace SchoolSuite {

// Reads the files users bring for an import: CSV (UTF-8 or the GB18030/GBK that Excel in China
// saves) and XLSX. Every failure is a SchoolSuite::Error whose translated message names the
// file and, where it can, the row.
class TabularReader
{
public:
    // Chooses the format by extension: .csv/.txt/.tsv or .xlsx.
    static Table read(const QString &path, TextEncoding encoding = TextEncoding::Auto);
    // Rows are numbered as Excel shows them: one per record, a quoted line break does not count.
    static Table readCsv(const QByteArray &data, TextEncoding encoding = TextEncoding::Auto);
    static Table readXlsx(const QString &path, int sheetIndex = 0);
    // A byte order mark wins; otherwise text that is valid UTF-8 is UTF-8, and anything else
    // is taken for GB18030.
    static TextEncoding detectEncoding(const QByteArray &data);

private:
    static Table readCsv(QByteArray data, TextEncoding encoding, const QString &fileName);
};

} // namespace SchoolSuite
