#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace SchoolSuite {

// The character sets MARC records come in. Auto: as each record says (MARC 21 leader/09,
// UNIMARC 100$a/26-29), with the Chinese exception that CNMARC files are very often GBK whatever
// 100$a says (marcreader.cpp).
enum class MarcEncoding { Auto, Utf8, Gb18030, Marc8 };

// "auto", "utf-8", "gb18030" (also "gbk"), "marc8" (also "marc-8"); false when unknown.
bool parseMarcEncoding(const QString &text, MarcEncoding *encoding);
QString marcEncodingName(MarcEncoding encoding); // "UTF-8", "GB18030", "MARC-8", …

// Decodes MARC data to Unicode. UTF-8 is checked by Qt; every other set goes through YAZ's
// yaz_iconv: MARC-8 by YAZ itself (escape sequences, combining marks moved after their base
// letter; the result is composed to NFC so that searches find "é" as typed), GB18030 (a superset
// of GBK and GB2312) through the system iconv that YAZ wraps. One object per thread: the YAZ
// handles keep state.
class MarcCharset
{
public:
    MarcCharset();
    ~MarcCharset();
    MarcCharset(const MarcCharset &) = delete;
    MarcCharset &operator=(const MarcCharset &) = delete;

    // False when bytes are not valid in the encoding (out is then unspecified) or the encoding
    // is not available (isAvailable).
    bool decode(MarcEncoding encoding, QByteArrayView bytes, QString *out);
    bool isAvailable(MarcEncoding encoding);

    static bool isAscii(QByteArrayView bytes);
    static bool isValidUtf8(QByteArrayView bytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace SchoolSuite
