#include "marcreader.h"

#include <QVarLengthArray>

namespace SchoolSuite {

namespace {

constexpr char RecordTerminator = '\x1d';
constexpr char FieldTerminator = '\x1e';
constexpr char SubfieldDelimiter = '\x1f';

bool digits(QByteArrayView bytes, int *value)
{
    int v = 0;
    for (char c : bytes) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return !bytes.isEmpty();
}

bool isTagChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Whether bytes start with something like a leader: the record length, base address and entry
// map are digits.
bool looksLikeLeader(QByteArrayView bytes)
{
    int ignored = 0;
    return bytes.size() >= 24 && digits(bytes.first(5), &ignored)
           && digits(bytes.sliced(12, 5), &ignored) && digits(bytes.sliced(20, 3), &ignored);
}

// The raw $a of a data field (ASCII in every encoding for UNIMARC 100$a).
QByteArrayView rawSubfield(QByteArrayView field, char code)
{
    for (qsizetype i = 0; i + 1 < field.size(); ++i) {
        if (field[i] == SubfieldDelimiter && field[i + 1] == code) {
            qsizetype end = i + 2;
            while (end < field.size() && field[end] != SubfieldDelimiter
                   && field[end] != FieldTerminator)
                ++end;
            return field.sliced(i + 2, end - i - 2);
        }
    }
    return {};
}

} // namespace

QString MarcReadItem::position() const
{
    if (line > 0)
        return QCoreApplication::translate("SchoolSuite::MarcReader", "record %1 (line %2)")
            .arg(number)
            .arg(line);
    return QCoreApplication::translate("SchoolSuite::MarcReader", "record %1 (byte %2)")
        .arg(number)
        .arg(offset);
}

MarcReader::MarcReader(MarcEncoding encoding)
    : m_encoding(encoding)
{}

MarcReader::~MarcReader() = default;

MarcReader::Format MarcReader::detectFormat(QByteArrayView data)
{
    qsizetype i = 0;
    if (data.startsWith("\xef\xbb\xbf"))
        i = 3;
    while (i < data.size()
           && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
        ++i;
    return i < data.size() && data[i] == '<' ? Format::MarcXml : Format::Iso2709;
}

bool MarcReader::read(QByteArrayView data, const Sink &sink, const Progress &progress)
{
    if (detectFormat(data) == Format::MarcXml)
        return readMarcXml(data, sink, progress);
    return readIso2709(data, sink, progress);
}

qsizetype MarcReader::recordStartFrom(QByteArrayView data, qsizetype from)
{
    for (qsizetype pos = qMax<qsizetype>(from, 1); pos < data.size(); ++pos) {
        pos = data.indexOf(RecordTerminator, pos - 1);
        if (pos < 0)
            return -1;
        ++pos;
        if (looksLikeLeader(data.sliced(pos)))
            return pos;
    }
    return -1;
}

bool MarcReader::readIso2709(QByteArrayView data, const Sink &sink, const Progress &progress)
{
    const qsizetype n = data.size();
    qsizetype pos = 0;
    int number = 0;
    while (true) {
        // Line breaks between records (files passed through a text editor) and a DOS end of
        // file are not records.
        while (pos < n
               && (data[pos] == '\n' || data[pos] == '\r' || data[pos] == ' ' || data[pos] == '\t'
                   || data[pos] == '\x1a' || data[pos] == '\0'))
            ++pos;
        if (pos >= n)
            break;
        MarcReadItem item;
        item.number = ++number;
        item.offset = pos;
        const qsizetype nextTerminator = data.indexOf(RecordTerminator, pos);
        const qsizetype left = n - pos;
        int length = 0;
        qsizetype end = 0;
        if (left < 5 || !digits(data.sliced(pos, 5), &length)) {
            item.error = tr("bad leader: the record length (its first five characters) is not "
                            "a number");
            end = nextTerminator < 0 ? n : nextTerminator + 1;
        } else if (length < 25) {
            item.error = tr("bad leader: a record length of %1 bytes is shorter than the leader")
                             .arg(length);
            end = nextTerminator < 0 ? n : nextTerminator + 1;
        } else if (length > left) {
            if (nextTerminator < 0)
                item.error = tr("the file ends inside the record: its leader gives %1 bytes, "
                                "only %2 are left")
                                 .arg(length)
                                 .arg(left);
            else
                item.error = tr("record length mismatch: the leader gives %1 bytes, the record "
                                "terminator comes after %2")
                                 .arg(length)
                                 .arg(nextTerminator + 1 - pos);
            end = nextTerminator < 0 ? n : nextTerminator + 1;
        } else if (data[pos + length - 1] != RecordTerminator) {
            // A terminator before the end the leader gives: the length is wrong. None: the
            // terminator is missing if the next record starts where the length says.
            const qsizetype after = pos + length;
            if ((nextTerminator < 0 || nextTerminator > after - 1)
                && (nextTerminator < 0 || after == n || looksLikeLeader(data.sliced(after)))) {
                item.error = tr("missing record terminator: byte %1 of the record should end it")
                                 .arg(length);
                end = after;
            } else {
                item.error = tr("record length mismatch: the leader gives %1 bytes, the record "
                                "terminator comes after %2")
                                 .arg(length)
                                 .arg(nextTerminator + 1 - pos);
                end = nextTerminator + 1;
            }
        } else {
            decodeIso2709(data.sliced(pos, length), item);
            end = pos + length;
        }
        pos = end;
        if (!sink(item))
            return false;
        if (progress && (number % 256 == 0 || pos >= n) && !progress(pos, n))
            return false;
    }
    if (progress && !progress(n, n))
        return false;
    return true;
}

void MarcReader::decodeIso2709(QByteArrayView bytes, MarcReadItem &item)
{
    const qsizetype length = bytes.size();
    const QByteArrayView leader = bytes.first(24);
    int base = 0, lengthOfLength = 0, lengthOfStart = 0, implementation = 0;
    if (!digits(leader.sliced(12, 5), &base) || !digits(leader.sliced(20, 1), &lengthOfLength)
        || !digits(leader.sliced(21, 1), &lengthOfStart)
        || !digits(leader.sliced(22, 1), &implementation) || lengthOfLength == 0
        || lengthOfStart == 0) {
        item.error = tr("bad leader: the base address or the entry map (positions 12-16, "
                        "20-22) is not a number");
        return;
    }
    int indicators = 2;
    if (leader[10] >= '0' && leader[10] <= '9')
        indicators = leader[10] - '0';
    if (base < 25 || base >= length) {
        item.error = tr("bad leader: the base address %1 lies outside the record").arg(base);
        return;
    }
    if (bytes[base - 1] != FieldTerminator) {
        item.error = tr("bad directory: it does not end with a field terminator before the "
                        "base address %1")
                         .arg(base);
        return;
    }
    const int entrySize = 3 + lengthOfLength + lengthOfStart + implementation;
    const int directorySize = base - 1 - 24;
    if (directorySize % entrySize != 0) {
        item.error = tr("bad directory: its %1 bytes are not a whole number of %2-byte entries")
                         .arg(directorySize)
                         .arg(entrySize);
        return;
    }
    struct Entry
    {
        QByteArrayView tag;
        QByteArrayView data; // without the field terminator
    };
    QVarLengthArray<Entry, 32> entries;
    bool has245 = false, has200 = false;
    QByteArrayView fixed100a;
    const qsizetype dataEnd = length - 1; // the record terminator
    for (int e = 0; e < directorySize / entrySize; ++e) {
        const QByteArrayView entry = bytes.sliced(24 + e * entrySize, entrySize);
        const QByteArrayView tag = entry.first(3);
        int fieldLength = 0, start = 0;
        if (!isTagChar(tag[0]) || !isTagChar(tag[1]) || !isTagChar(tag[2])) {
            item.error = tr("bad directory: entry %1 has no valid tag (\"%2\")")
                             .arg(e + 1)
                             .arg(QString::fromLatin1(tag.toByteArray().toPercentEncoding()));
            return;
        }
        const QString tagText = QString::fromLatin1(tag);
        if (!digits(entry.sliced(3, lengthOfLength), &fieldLength)
            || !digits(entry.sliced(3 + lengthOfLength, lengthOfStart), &start)) {
            item.error = tr("bad directory: entry %1 (field %2) has a length or start that is "
                            "not a number")
                             .arg(e + 1)
                             .arg(tagText);
            return;
        }
        if (fieldLength < 1 || qsizetype(base) + start + fieldLength > dataEnd) {
            item.error = tr("bad directory: field %1 (entry %2) lies outside the record")
                             .arg(tagText)
                             .arg(e + 1);
            return;
        }
        const QByteArrayView field = bytes.sliced(base + start, fieldLength);
        if (field.back() != FieldTerminator) {
            item.error = tr("bad directory: field %1 (entry %2) does not end with a field "
                            "terminator")
                             .arg(tagText)
                             .arg(e + 1);
            return;
        }
        entries.append(Entry{tag, field.chopped(1)});
        if (tag == "245")
            has245 = true;
        else if (tag == "200")
            has200 = true;
        else if (tag == "100" && fixed100a.isEmpty())
            fixed100a = rawSubfield(field, 'a');
    }

    item.family = detectMarcFamily(has245, has200, QString::fromLatin1(fixed100a));
    const QByteArrayView dataArea = bytes.sliced(base, dataEnd - base);
    if (m_encoding != MarcEncoding::Auto) {
        item.encoding = m_encoding;
    } else if (item.family == MarcFamily::Marc21) {
        // leader/09 'a' is UTF-8; blank is MARC-8, unless the text is UTF-8 all the same (MARC-8
        // diacritics before an ASCII letter are never valid UTF-8), as some exports forget 'a'.
        if (leader[9] == 'a' || MarcCharset::isAscii(dataArea))
            item.encoding = MarcEncoding::Utf8;
        else
            item.encoding
                = MarcCharset::isValidUtf8(dataArea) ? MarcEncoding::Utf8 : MarcEncoding::Marc8;
    } else {
        // 100$a/26-29 "50" says UTF-8, but Chinese systems write GBK whatever it says.
        item.encoding
            = MarcCharset::isValidUtf8(dataArea) ? MarcEncoding::Utf8 : MarcEncoding::Gb18030;
    }

    MarcRecord &record = item.record;
    record.leader = QString::fromLatin1(leader);
    record.fields.reserve(entries.size());
    for (const Entry &entry : entries) {
        MarcField field;
        field.tag = QString::fromLatin1(entry.tag);
        if (field.isControl()) {
            if (!decodeText(item, entry.data, &field.data, field.tag))
                return;
            record.fields.append(std::move(field));
            continue;
        }
        const qsizetype firstDelimiter = entry.data.indexOf(SubfieldDelimiter);
        const QByteArrayView head
            = firstDelimiter < 0 ? entry.data : entry.data.first(firstDelimiter);
        if (indicators > 0 && head.size() >= 1)
            field.ind1 = QLatin1Char(head[0]);
        if (indicators > 1 && head.size() >= 2)
            field.ind2 = QLatin1Char(head[1]);
        if (firstDelimiter >= 0) {
            if (item.encoding == MarcEncoding::Marc8) {
                // MARC-8 escapes hold within a subfield; each one is decoded on its own.
                QByteArrayView rest = entry.data.sliced(firstDelimiter + 1);
                while (true) {
                    const qsizetype next = rest.indexOf(SubfieldDelimiter);
                    const QByteArrayView piece = next < 0 ? rest : rest.first(next);
                    if (!piece.isEmpty()) {
                        QString value;
                        if (!decodeText(item, piece.sliced(1), &value, field.tag))
                            return;
                        field.subfields.append(MarcSubfield{QLatin1Char(piece[0]), value});
                    }
                    if (next < 0)
                        break;
                    rest = rest.sliced(next + 1);
                }
            } else {
                QString text;
                if (!decodeText(item, entry.data.sliced(firstDelimiter + 1), &text, field.tag))
                    return;
                qsizetype from = 0;
                while (from <= text.size()) {
                    qsizetype next = text.indexOf(QChar(0x1f), from);
                    if (next < 0)
                        next = text.size();
                    if (next > from)
                        field.subfields.append(
                            MarcSubfield{text.at(from), text.mid(from + 1, next - from - 1)});
                    from = next + 1;
                }
            }
        }
        record.fields.append(std::move(field));
    }
}

bool MarcReader::decodeText(MarcReadItem &item,
                            QByteArrayView bytes,
                            QString *out,
                            const QString &tag)
{
    if (m_charset.decode(item.encoding, bytes, out))
        return true;
    item.record = MarcRecord();
    if (item.encoding == MarcEncoding::Utf8)
        item.error = tr("invalid UTF-8 in field %1").arg(tag);
    else if (!m_charset.isAvailable(item.encoding))
        item.error = tr("the character set %1 is not available on this computer")
                         .arg(marcEncodingName(item.encoding));
    else
        item.error = tr("field %1 is not valid %2 text").arg(tag, marcEncodingName(item.encoding));
    return false;
}

} // namespace SchoolSuite
