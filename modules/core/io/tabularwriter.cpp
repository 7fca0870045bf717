#include "core/io/tabularwriter.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace SchoolSuite {

namespace {

constexpr int MaxCellLength = 32767; // Excel's limit

void appendCsvField(QByteArray *out, const QString &field)
{
    const QByteArray bytes = field.toUtf8();
    const bool quote = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
                       || bytes.contains('\r') || bytes.startsWith(' ') || bytes.endsWith(' ');
    if (!quote) {
        out->append(bytes);
        return;
    }
    out->append('"');
    for (const char c : bytes) {
        if (c == '"')
            out->append('"');
        out->append(c);
    }
    out->append('"');
}

void appendCsvRecord(QByteArray *out, const QStringList &cells, qsizetype width)
{
    for (qsizetype i = 0; i < width; ++i) {
        if (i > 0)
            out->append(',');
        if (i < cells.size())
            appendCsvField(out, cells.at(i));
    }
    out->append("\r\n");
}

[[noreturn]] void failWrite(const QString &path, const QString &reason)
{
    throw Error(QCoreApplication::translate("SchoolSuite::TabularWriter", "Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), reason));
}

void saveAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        failWrite(path, file.errorString());
}

// Column width in Excel's units (characters of the default font); Chinese characters are
// about two wide.
double displayWidth(const QString &text)
{
    int width = 0, lineWidth = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            lineWidth = 0;
            continue;
        }
        lineWidth += c.unicode() >= 0x1100 && !c.isLowSurrogate() ? 2 : 1;
        width = std::max(width, lineWidth);
    }
    return width;
}

// Sheet names are at most 31 characters and cannot contain []:*?/\.
QString sheetNameFor(const QString &wanted)
{
    QString name = wanted;
    for (QChar &c : name) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'_';
    }
    name = name.left(31).trimmed();
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

QByteArray nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return path.toUtf8(); // libxlsxwriter opens UTF-8 paths with _wfopen on Windows
#else
    return QFile::encodeName(path);
#endif
}

} // namespace

QByteArray TabularWriter::toCsv(const Table &table)
{
    QByteArray out("\xEF\xBB\xBF");
    appendCsvRecord(&out, table.header, table.header.size());
    for (const QStringList &row : table.rows)
        appendCsvRecord(&out, row, table.header.size());
    return out;
}

void TabularWriter::write(const QString &path, const Table &table, const QString &sheetName)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx") {
        writeXlsx(path, table, sheetName);
    } else if (suffix == u"csv") {
        saveAtomically(path, toCsv(table));
    } else {
        throw Error(QCoreApplication::translate("SchoolSuite::TabularWriter",
                                                "Cannot write %1: use a .csv or .xlsx file name.")
                        .arg(QDir::toNativeSeparators(path)),
                    Error::Invalid);
    }
}

void TabularWriter::writeXlsx(const QString &path, const Table &table, const QString &sheetName)
{
    const qsizetype columns = table.header.size();
    if (table.rows.size() + 1 > LXW_ROW_MAX || columns > LXW_COL_MAX) {
        failWrite(path,
                  QCoreApplication::translate("SchoolSuite::TabularWriter",
                                              "Excel allows at most 1,048,576 rows and 16,384 "
                                              "columns."));
    }
    // libxlsxwriter writes to a path, not to a QIODevice: build the workbook in a private
    // directory, then move its bytes into place through QSaveFile.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        failWrite(path, scratch.errorString());
    const QString scratchFile = scratch.filePath(QStringLiteral("export.xlsx"));
    const QByteArray nativeScratch = nativePath(scratchFile);

    lxw_workbook *workbook = workbook_new(nativeScratch.constData());
    if (!workbook)
        failWrite(path, QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)));
    lxw_worksheet *sheet
        = workbook_add_worksheet(workbook, sheetNameFor(sheetName).toUtf8().constData());
    lxw_format *headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    format_set_num_format(headerFormat, "@");
    // Text format keeps what the user later types into these columns as text too.
    lxw_format *textFormat = workbook_add_format(workbook);
    format_set_num_format(textFormat, "@");

    QList<double> widths(columns, 0.0);
    lxw_error error = LXW_NO_ERROR;
    qsizetype failedRow = -1;
    auto writeRow = [&](lxw_row_t row, const QStringList &cells, lxw_format *format) {
        for (qsizetype c = 0; c < columns && c < cells.size(); ++c) {
            const QString &text = cells.at(c);
            if (text.isEmpty())
                continue;
            if (text.size() > MaxCellLength) {
                error = LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED;
                failedRow = qsizetype(row) + 1;
                return;
            }
            error = worksheet_write_string(
                sheet, row, lxw_col_t(c), text.toUtf8().constData(), format);
            if (error != LXW_NO_ERROR) {
                failedRow = qsizetype(row) + 1;
                return;
            }
            widths[c] = std::max(widths[c], displayWidth(text));
        }
    };
    writeRow(0, table.header, headerFormat);
    for (qsizetype r = 0; r < table.rows.size() && error == LXW_NO_ERROR; ++r)
        writeRow(lxw_row_t(r + 1), table.rows.at(r), textFormat);
    if (error == LXW_NO_ERROR) {
        for (qsizetype c = 0; c < columns; ++c) {
            // A little room for the autofilter button; very long notes should not make a
            // column wider than the screen.
            const double width = std::clamp(widths.at(c) + 3, 8.0, 60.0);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, textFormat);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        if (columns > 0)
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(columns - 1));
    }
    // Closing also frees the workbook, so it is closed on the error path too.
    const lxw_error closed = workbook_close(workbook);
    if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
        failWrite(path,
                  QCoreApplication::translate("SchoolSuite::TabularWriter",
                                              "a cell in row %1 is longer than the 32,767 "
                                              "characters Excel allows.")
                      .arg(failedRow));
    }
    if (error != LXW_NO_ERROR || closed != LXW_NO_ERROR)
        failWrite(path, QString::fromUtf8(lxw_strerror(error != LXW_NO_ERROR ? error : closed)));

    QFile built(scratchFile);
    if (!built.open(QIODevice::ReadOnly))
        failWrite(path, built.errorString());
    saveAtomically(path, built.readAll());
}

} // namespace SchoolSuite
