#pragma once

#include "marccharset.h"
#include "marcrecord.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace SchoolSuite {

// One record as read from a file: where it is, what it is, and why it is broken if it is.
struct MarcReadItem
{
    int number = 0;    // 1-based, in file order
    qint64 offset = 0; // ISO 2709: byte offset of the record in the file (0-based)
    int line = 0;      // MARCXML: the line of <record> (1-based); 0 for ISO 2709
    MarcRecord record; // decoded to Unicode; empty when error is set
    MarcFamily family = MarcFamily::Marc21;
    MarcEncoding encoding = MarcEncoding::Utf8; // what the text was decoded from
    QString error; // translated reason (bad leader, bad directory, …); "" when fine

    // "record 3 (byte 1234)" / "record 3 (line 45)", translated.
    QString position() const;
};

// Reads ISO 2709 (MARC 21, UNIMARC, CNMARC) and MARCXML, one format per file told from the
// content. ISO 2709 structure is checked strictly here (leader, directory, lengths, terminators)
// because the problems must be named per record, which YAZ's lenient reader does not do (it
// logs and skips a broken directory entry); the text is decoded by MarcCharset (YAZ yaz_iconv).
// A broken record does not stop the reading: the next one is found after the record
// terminator, so every broken record of a file is named.
class MarcReader
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSuite::MarcReader)

public:
    enum class Format { Iso2709, MarcXml };

    explicit MarcReader(MarcEncoding encoding = MarcEncoding::Auto);
    ~MarcReader();

    static Format detectFormat(QByteArrayView data); // '<' first (after a BOM, spaces) → XML
    // ISO 2709: the first position at or after from that follows a record terminator and starts
    // like a leader (where a file may be cut to be read in parts); -1 when there is none.
    static qsizetype recordStartFrom(QByteArrayView data, qsizetype from);

    // Called for every record; return false to stop (cancel).
    using Sink = std::function<bool(MarcReadItem &item)>;
    // Progress in bytes read of data.size(); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Reads every record of data; false when the sink or progress cancelled.
    bool read(QByteArrayView data, const Sink &sink, const Progress &progress = {});

    // Decodes one ISO 2709 record (bytes from its leader to its terminator) into item; sets
    // item.error when it is broken.
    void decodeIso2709(QByteArrayView bytes, MarcReadItem &item);

private:
    bool readIso2709(QByteArrayView data, const Sink &sink, const Progress &progress);
    bool readMarcXml(QByteArrayView data, const Sink &sink, const Progress &progress);
    bool decodeText(MarcReadItem &item, QByteArrayView bytes, QString *out, const QString &tag);

    MarcEncoding m_encoding;
    MarcCharset m_charset;
};

} // namespace SchoolSuite
