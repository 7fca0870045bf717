#include "core/io/tabularreader.h"

#include "core/error.h"
#include "core/io/textdecoder.h"
#include "core/io/xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace SchoolSuite {

namespace {

const QByteArray Utf8Bom("\xEF\xBB\xBF");
const QByteArray Gb18030Bom("\x84\x31\x95\x33");
const QByteArray Utf16LeBom("\xFF\xFE");
const QByteArray Utf16BeBom("\xFE\xFF");

QString location(const QString &fileName, int row)
{
    if (fileName.isEmpty())
        return QCoreApplication::translate("SchoolSuite::TabularReader", "Row %1").arg(row);
    return QCoreApplication::translate("SchoolSuite::TabularReader", "%1, row %2")
        .arg(QDir::toNativeSeparators(fileName))
        .arg(row);
}

// The separator is the most frequent of comma, semicolon (Excel in many European locales)
// and tab in the first non-empty line, counted outside quotes; comma when none occurs.
char detectSeparator(const QByteArray &data)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false, seenText = false;
    for (const char c : data) {
        if (c == '"')
            inQuotes = !inQuotes;
        if (inQuotes)
            continue;
        if (c == '\n' || c == '\r') {
            if (seenText)
                break;
            continue;
        }
        seenText = true;
        commas += c == ',';
        semicolons += c == ';';
        tabs += c == '\t';
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

// Splits CSV bytes into records of byte fields. Works on bytes for both encodings: the
// structural characters (quote, comma, semicolon, tab, CR, LF) are ASCII bytes that neither
// UTF-8 nor GB18030 (whose trail bytes are 0x30-0x39 or 0x40 and up) uses inside a character. Each field is then decoded on its
// own, so an invalid byte is reported with the row it is in.
class CsvParser
{
public:
    CsvParser(const QByteArray &data,
              char separator,
              TextEncoding encoding,
              TextDecoder *decoder,
              const QString &fileName)
        : m_data(data)
        , m_separator(separator)
        , m_encoding(encoding)
        , m_decoder(decoder)
        , m_fileName(fileName)
    {}

    Table parse()
    {
        QList<QStringList> records;
        QList<int> recordRows;
        int row = 0;
        const qsizetype size = m_data.size();
        while (m_pos < size) {
            ++row;
            QStringList record;
            bool endOfRecord = false;
            while (!endOfRecord) {
                record.append(field(row, &endOfRecord));
            }
            records.append(std::move(record));
            recordRows.append(row);
        }
        return Table::fromRecords(std::move(records), recordRows);
    }

private:
    QString field(int row, bool *endOfRecord)
    {
        const char *data = m_data.constData();
        const qsizetype size = m_data.size();
        QByteArray quoted;
        qsizetype start = m_pos;
        bool isQuoted = false;
        if (m_pos < size && data[m_pos] == '"') {
            isQuoted = true;
            ++m_pos;
            for (;;) {
                const qsizetype quote = m_data.indexOf('"', m_pos);
                if (quote < 0) {
                    throw Error(QCoreApplication::translate("SchoolSuite::TabularReader",
                                                            "%1: a quoted cell is not closed.")
                                    .arg(location(m_fileName, row)),
                                Error::Invalid);
                }
                quoted.append(data + m_pos, quote - m_pos);
                m_pos = quote + 1;
                if (m_pos < size && data[m_pos] == '"') { // "" is one quote
                    quoted.append('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
            start = m_pos; // anything after the closing quote is kept, as Excel does
        }
        while (m_pos < size && data[m_pos] != m_separator && data[m_pos] != '\n'
               && data[m_pos] != '\r') {
            ++m_pos;
        }
        const QByteArrayView rest(data + start, m_pos - start);
        if (isQuoted)
            quoted.append(rest);
        *endOfRecord = true;
        if (m_pos < size) {
            if (data[m_pos] == m_separator) {
                *endOfRecord = false;
            } else if (data[m_pos] == '\r' && m_pos + 1 < size && data[m_pos + 1] == '\n') {
                ++m_pos;
            }
            ++m_pos;
        }
        QString text;
        if (!m_decoder->decode(isQuoted ? QByteArrayView(quoted) : rest, &text)) {
            throw Error(QCoreApplication::translate(
                            "SchoolSuite::TabularReader",
                            "%1: the text is not valid %2. Save the file as UTF-8 or choose "
                            "its encoding.")
                            .arg(location(m_fileName, row), TextDecoder::name(m_encoding)),
                        Error::Invalid);
        }
        return text;
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    char m_separator;
    TextEncoding m_encoding;
    TextDecoder *m_decoder;
    QString m_fileName;
};

} // namespace

TextEncoding TabularReader::detectEncoding(const QByteArray &data)
{
    if (data.startsWith(Utf8Bom))
        return TextEncoding::Utf8;
    if (data.startsWith(Gb18030Bom))
        return TextEncoding::Gb18030;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void) utf8.decode(data).operator QString();
    return utf8.hasError() ? TextEncoding::Gb18030 : TextEncoding::Utf8;
}

Table TabularReader::readCsv(const QByteArray &data, TextEncoding encoding)
{
    return readCsv(data, encoding, QString());
}

Table TabularReader::readCsv(QByteArray data, TextEncoding encoding, const QString &fileName)
{
    // Excel's "Unicode text" export is UTF-16 with a byte order mark; read it as UTF-8.
    if (data.startsWith(Utf16LeBom) || data.startsWith(Utf16BeBom)) {
        QStringDecoder utf16(data.startsWith(Utf16LeBom) ? QStringDecoder::Utf16LE
                                                         : QStringDecoder::Utf16BE);
        data = QString(utf16.decode(QByteArrayView(data).sliced(2))).toUtf8();
        encoding = TextEncoding::Utf8;
    }
    if (encoding == TextEncoding::Auto)
        encoding = detectEncoding(data);
    if (encoding == TextEncoding::Utf8 && data.startsWith(Utf8Bom))
        data.remove(0, Utf8Bom.size());
    else if (encoding == TextEncoding::Gb18030 && data.startsWith(Gb18030Bom))
        data.remove(0, Gb18030Bom.size());

    TextDecoder decoder(encoding);
    if (!decoder.isValid()) {
        throw Error(QCoreApplication::translate(
                        "SchoolSuite::TabularReader",
                        "This computer cannot read %1 text. Save the file as UTF-8.")
                        .arg(TextDecoder::name(encoding)),
                    Error::Failed);
    }
    // Excel honours a first line "sep=;" naming the separator, and does not show it as a row.
    char separator = 0;
    if (data.startsWith("sep=") && data.size() > 4) {
        const qsizetype end = data.indexOf('\n');
        const QByteArray rest = data.mid(5, end < 0 ? -1 : end - 5).trimmed();
        if (rest.isEmpty()) {
            separator = data.at(4);
            data.remove(0, end < 0 ? data.size() : end + 1);
        }
    }
    if (!separator) {
        const QString name = fileName.toLower();
        separator = name.endsWith(u".tsv") ? '\t' : detectSeparator(data);
    }
    return CsvParser(data, separator, encoding, &decoder, fileName).parse();
}

Table TabularReader::readXlsx(const QString &path, int sheetIndex)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(QCoreApplication::translate("SchoolSuite::TabularReader", "Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    file.exists() ? Error::Failed : Error::NotFound);
    }
    QByteArray data = file.readAll();
    // Old .xls workbooks renamed to .xlsx are common; say what to do instead of "damaged".
    if (data.startsWith("\xD0\xCF\x11\xE0")) {
        throw Error(QCoreApplication::translate(
                        "SchoolSuite::TabularReader",
                        "%1 is an Excel 97-2003 workbook. Open it in Excel and save it as "
                        "an .xlsx workbook or as CSV.")
                        .arg(QDir::toNativeSeparators(path)),
                    Error::Invalid);
    }
    return XlsxReader(path, std::move(data)).readSheet(sheetIndex);
}

Table TabularReader::read(const QString &path, TextEncoding encoding)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls")
        return readXlsx(path);
    if (suffix != u"csv" && suffix != u"txt" && suffix != u"tsv") {
        throw Error(QCoreApplication::translate("SchoolSuite::TabularReader",
                                                "%1 is neither a CSV nor an XLSX file.")
                        .arg(QDir::toNativeSeparators(path)),
                    Error::Invalid);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(QCoreApplication::translate("SchoolSuite::TabularReader", "Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    file.exists() ? Error::Failed : Error::NotFound);
    }
    return readCsv(file.readAll(), encoding, path);
}

} // namespace SchoolSuite
