#include "core/io/xlsxreader.h"

#include "core/error.h"
#include "core/io/zipreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SchoolSuite {

namespace {

constexpr int MaxColumns = 16384; // Excel's limit, XFD

// The directory of a part, for resolving its relationships' relative targets.
QString partDirectory(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash + 1);
}

QString resolveTarget(const QString &base, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    return QDir::cleanPath(base + target);
}

// The r:id attribute, whatever prefix the writer bound the relationships namespace to.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

// OOXML writes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return).
QString unescapeOoxml(QString text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x'
            && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

// Appends the text of a string item (<si> or <is>): plain <t> or rich-text runs <r><t>, but
// not the phonetic guides <rPh> that East Asian Excel stores next to the text.
void appendRichText(QXmlStreamReader &xml, QString *out)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t")
            out->append(xml.readElementText());
        else if (xml.name() == u"r")
            appendRichText(xml, out);
        else
            xml.skipCurrentElement();
    }
}

// Column index from a reference such as "B3"; -1 if there are no letters.
int columnFromReference(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char16_t c = ref.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
        if (column > MaxColumns)
            return MaxColumns;
    }
    return i == 0 ? -1 : column - 1;
}

bool isInteger(QStringView text)
{
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    if (i == text.size())
        return false;
    for (; i < text.size(); ++i) {
        if (!text.at(i).isDigit())
            return false;
    }
    return true;
}

QString formatSerialDate(double serial, XlsxReader::NumberKind kind, bool date1904)
{
    auto days = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days < 60) // Excel counts a 29 February 1900 that never was
        date = QDate(1899, 12, 31).addDays(days);
    else
        date = QDate(1899, 12, 30).addDays(days);
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    const QString timeText = time.toString(time.second() ? u"HH:mm:ss" : u"HH:mm");
    const QString dateText = date.toString(Qt::ISODate);
    switch (kind) {
    case XlsxReader::NumberKind::Date:
        return dateText;
    case XlsxReader::NumberKind::Time:
        return timeText;
    default:
        return seconds ? dateText + u' ' + timeText : dateText;
    }
}

} // namespace

XlsxReader::XlsxReader(const QString &fileName, QByteArray data)
    : m_fileName(fileName)
    , m_zip(std::make_unique<ZipReader>(std::move(data)))
{
    if (!m_zip->isOpen())
        fail(QStringLiteral("not a ZIP archive"));
    readWorkbook();
}

XlsxReader::~XlsxReader() = default;

void XlsxReader::fail(const QString &detail) const
{
    throw Error(QCoreApplication::translate("SchoolSuite::TabularReader",
                                            "%1 is damaged or is not an XLSX file (%2).")
                    .arg(QDir::toNativeSeparators(m_fileName), detail),
                Error::Corrupt);
}

QByteArray XlsxReader::part(const QString &path, bool required)
{
    QByteArray data;
    if (!m_zip->contains(path)) {
        if (required)
            fail(QStringLiteral("%1 is missing").arg(path));
        return data;
    }
    if (!m_zip->read(path, &data))
        fail(QStringLiteral("%1 cannot be unpacked").arg(path));
    return data;
}

void XlsxReader::checkXml(const QXmlStreamReader &xml, const QString &path) const
{
    if (xml.hasError())
        fail(QStringLiteral("%1, line %2: %3")
                 .arg(path)
                 .arg(xml.lineNumber())
                 .arg(xml.errorString()));
}

QHash<QString, QString> XlsxReader::readRelationships(const QString &partPath,
                                                      QHash<QString, QString> *types)
{
    const QString relsPath = partDirectory(partPath) + u"_rels/"_s
                             + partPath.mid(partDirectory(partPath).size()) + u".rels"_s;
    QHash<QString, QString> targets;
    QXmlStreamReader xml(part(relsPath, false));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value("TargetMode"_L1) == u"External")
            continue;
        const QString target
            = resolveTarget(partDirectory(partPath), a.value("Target"_L1).toString());
        targets.insert(a.value("Id"_L1).toString(), target);
        // The type is a URI; its last segment (officeDocument, worksheet, styles...) is enough.
        const QStringView type = a.value("Type"_L1);
        types->insert(type.mid(type.lastIndexOf(u'/') + 1).toString(), target);
    }
    checkXml(xml, relsPath);
    return targets;
}

void XlsxReader::readWorkbook()
{
    QHash<QString, QString> rootTypes;
    readRelationships(QString(), &rootTypes);
    const QString workbookPath
        = rootTypes.value(QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml"));
    QHash<QString, QString> types;
    const QHash<QString, QString> targets = readRelationships(workbookPath, &types);

    QXmlStreamReader xml(part(workbookPath));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QStringView date1904 = xml.attributes().value("date1904"_L1);
            m_date1904 = date1904 == u"1" || date1904 == u"true";
        } else if (xml.name() == u"sheet") {
            const QXmlStreamAttributes a = xml.attributes();
            m_sheets.append({a.value("name"_L1).toString(), targets.value(relationshipId(a))});
        }
    }
    checkXml(xml, workbookPath);

    const QString xlDir = partDirectory(workbookPath);
    readSharedStrings(types.value(QStringLiteral("sharedStrings"), xlDir + u"sharedStrings.xml"_s));
    readStyles(types.value(QStringLiteral("styles"), xlDir + u"styles.xml"_s));
}

void XlsxReader::readSharedStrings(const QString &path)
{
    QXmlStreamReader xml(part(path, false));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sst") {
            const int count = xml.attributes().value("uniqueCount"_L1).toInt();
            m_sharedStrings.reserve(std::clamp(count, 0, 1 << 20));
        } else if (xml.name() == u"si") {
            QString text;
            appendRichText(xml, &text);
            m_sharedStrings.append(unescapeOoxml(std::move(text)));
        }
    }
    checkXml(xml, path);
}

void XlsxReader::readStyles(const QString &path)
{
    QHash<int, QString> customFormats;
    QXmlStreamReader xml(part(path, false));
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"numFmt") {
            customFormats.insert(a.value("numFmtId"_L1).toInt(),
                                 a.value("formatCode"_L1).toString());
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = a.value("numFmtId"_L1).toInt();
            m_styleKinds.append(classifyFormat(id, customFormats.value(id)));
        }
    }
    checkXml(xml, path);
}

XlsxReader::NumberKind XlsxReader::classifyFormat(int numFmtId, const QString &formatCode)
{
    // Built-in formats have no code in the file; their meaning depends on the id. 27-36 and
    // 50-58 are the East Asian ones (in Chinese Excel, e.g. 31 is yyyy"年"m"月"d"日").
    if (formatCode.isEmpty()) {
        if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 31)
            || numFmtId == 36 || (numFmtId >= 50 && numFmtId <= 54) || numFmtId == 57
            || numFmtId == 58) {
            return NumberKind::Date;
        }
        if (numFmtId == 22)
            return NumberKind::DateTime;
        if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 32 && numFmtId <= 35)
            || (numFmtId >= 45 && numFmtId <= 47) || numFmtId == 55 || numFmtId == 56) {
            return NumberKind::Time;
        }
        return NumberKind::Number;
    }
    bool date = false, hour = false, second = false, minute = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const char16_t c = formatCode.at(i).toLower().unicode();
        if (inQuotes) {
            inQuotes = c != u'"';
            continue;
        }
        switch (c) {
        case u'"':
            inQuotes = true;
            break;
        case u';': // only the first section (positive numbers) matters
            i = formatCode.size();
            break;
        case u'\\':
        case u'_':
        case u'*':
            ++i; // escaped, padding or fill character
            break;
        case u'[': {
            const qsizetype end = formatCode.indexOf(u']', i);
            const QString inside = formatCode.mid(i + 1, end - i - 1).toLower();
            // Elapsed time [h]:mm; colours and locales ([Red], [$-804]) say nothing.
            if (!inside.isEmpty() && inside.count(inside.at(0)) == inside.size()
                && (inside.at(0) == u'h' || inside.at(0) == u'm' || inside.at(0) == u's')) {
                hour = true;
            }
            i = end < 0 ? formatCode.size() : end;
            break;
        }
        case u'g': // "General", or an era (ggg)
            if (QStringView(formatCode).mid(i, 7).compare(u"general", Qt::CaseInsensitive) == 0)
                i += 6;
            else
                date = true;
            break;
        case u'a': // AM/PM, A/P, or a weekday (aaa)
            if (QStringView(formatCode).mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0)
                i += 4;
            else if (QStringView(formatCode).mid(i, 3).compare(u"a/p", Qt::CaseInsensitive) == 0)
                i += 2;
            else
                date = true;
            break;
        case u'e': // era year, unless it is the exponent of 0.00E+00
            if (i + 1 < formatCode.size()
                && (formatCode.at(i + 1) == u'+' || formatCode.at(i + 1) == u'-'))
                ++i;
            else
                date = true;
            break;
        case u'y':
        case u'd':
        case u'b': // Buddhist year
            date = true;
            break;
        case u'h':
            hour = true;
            break;
        case u's':
            second = true;
            break;
        case u'm':
            minute = true;
            break;
        default:
            break;
        }
    }
    // A lone m is a month ("mmm"); next to h or s it is minutes.
    if (date || (minute && !hour && !second))
        return hour || second ? NumberKind::DateTime : NumberKind::Date;
    return hour || second ? NumberKind::Time : NumberKind::Number;
}

QString XlsxReader::formatNumber(const QString &value, int styleIndex) const
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    const NumberKind kind = styleIndex >= 0 && styleIndex < m_styleKinds.size()
                                ? m_styleKinds.at(styleIndex)
                                : NumberKind::Number;
    // Serials before 1900 or past 9999 are not dates Excel can show either.
    if (kind != NumberKind::Number && number >= 0 && number < 2958466)
        return formatSerialDate(number, kind, m_date1904);
    // A student number or phone stored as a number must come back as the same digits.
    if (isInteger(value))
        return value;
    if (std::abs(number) < 1e15 && number == std::trunc(number))
        return QString::number(qint64(number));
    // Excel shows at most 15 significant digits; this also hides binary noise like 0.1+0.2.
    return QString::number(number, 'g', 15);
}

QString XlsxReader::cellValue(QXmlStreamReader &xml, const QString &path)
{
    const QXmlStreamAttributes a = xml.attributes();
    const QStringView type = a.value("t"_L1);
    const QStringView style = a.value("s"_L1);
    QString value;
    bool haveValue = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            value = xml.readElementText();
            haveValue = true;
        } else if (xml.name() == u"is") {
            appendRichText(xml, &value);
            value = unescapeOoxml(std::move(value));
            haveValue = true;
        } else {
            xml.skipCurrentElement(); // <f>, <extLst>
        }
    }
    if (!haveValue)
        return {};
    if (type == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            fail(QStringLiteral("%1: shared string %2 does not exist").arg(path, value));
        return m_sharedStrings.at(index);
    }
    if (type == u"inlineStr" || type == u"str" || type == u"e")
        return value;
    if (type == u"b")
        return value == u"1" || value == u"true" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"d") { // ISO 8601 in the file already
        if (value.endsWith(u"T00:00:00") || value.endsWith(u"T00:00:00Z"))
            return value.left(10);
        return value.replace(u'T', u' ');
    }
    return formatNumber(value, style.isEmpty() ? -1 : style.toInt());
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

Table XlsxReader::readSheet(int index)
{
    if (index < 0 || index >= m_sheets.size() || m_sheets.at(index).path.isEmpty()) {
        throw Error(QCoreApplication::translate("SchoolSuite::TabularReader",
                                                "%1 has no worksheet number %2.")
                        .arg(QDir::toNativeSeparators(m_fileName))
                        .arg(index + 1),
                    Error::NotFound);
    }
    const QString path = m_sheets.at(index).path;
    QXmlStreamReader xml(part(path));
    QList<QStringList> records;
    QList<int> recordRows;
    int nextRow = 1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"row")
            continue;
        const int rowNumber = xml.attributes().value("r"_L1).toInt();
        const int row = rowNumber > 0 ? rowNumber : nextRow;
        nextRow = row + 1;
        QStringList cells;
        int nextColumn = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            const int referenced = columnFromReference(xml.attributes().value("r"_L1));
            const int column = referenced >= 0 ? referenced : nextColumn;
            if (column >= MaxColumns)
                fail(QStringLiteral("%1, row %2: too many columns").arg(path).arg(row));
            nextColumn = column + 1;
            QString value = cellValue(xml, path);
            if (value.isEmpty())
                continue;
            if (cells.size() <= column)
                cells.resize(column + 1);
            cells[column] = std::move(value);
        }
        records.append(std::move(cells));
        recordRows.append(row);
    }
    checkXml(xml, path);
    return Table::fromRecords(std::move(records), recordRows);
}

} // namespace SchoolSuite
