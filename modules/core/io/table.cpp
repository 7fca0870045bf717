#include "core/io/table.h"

namespace SchoolSuite {

namespace {

bool isBlank(const QString &cell)
{
    for (const QChar c : cell) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// Width of a record without its trailing blank cells.
qsizetype contentWidth(const QStringList &record)
{
    qsizetype width = record.size();
    while (width > 0 && isBlank(record.at(width - 1)))
        --width;
    return width;
}

} // namespace

int Table::column(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

Table Table::fromRecords(QList<QStringList> records, const QList<int> &recordRows)
{
    Table table;
    qsizetype width = 0;
    bool haveHeader = false;
    for (qsizetype i = 0; i < records.size(); ++i) {
        QStringList &record = records[i];
        const qsizetype used = contentWidth(record);
        if (used == 0)
            continue;
        if (!haveHeader) {
            haveHeader = true;
            record.resize(used);
            for (QString &cell : record)
                cell = cell.trimmed();
            table.header = std::move(record);
            width = used;
            continue;
        }
        width = std::max(width, used);
        record.resize(used);
        table.rows.append(std::move(record));
        table.sourceRows.append(recordRows.at(i));
    }
    table.header.resize(width);
    for (QStringList &row : table.rows)
        row.resize(width);
    return table;
}

} // namespace SchoolSuite
