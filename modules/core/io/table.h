#pragma once

#include <QList>
#include <QStringList>

namespace SchoolSuite {

// A sheet or CSV file as the importers see it: one header row and the data rows below it.
struct Table
{
    QStringList header;
    QList<QStringList> rows; // each row has exactly header.size() cells
    QList<int> sourceRows;   // 1-based row in the file or sheet of rows[i], for error messages

    int columnCount() const { return int(header.size()); }
    int rowCount() const { return int(rows.size()); }
    // The column whose header is name, ignoring case and surrounding spaces; -1 if none.
    int column(const QString &name) const;

    // Builds a table from the records of a file: blank records are dropped, the first
    // non-blank one becomes the (trimmed) header, and every row is padded to one width.
    // Cells past the last named header column are kept under an empty header rather than
    // dropped, so an importer can tell the user about them.
    static Table fromRecords(QList<QStringList> records, const QList<int> &recordRows);
};

enum class TextEncoding { Auto, Utf8, Gb18030 };

} // namespace SchoolSuite
