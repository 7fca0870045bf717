#pragma once

#include "core/io/table.h"

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace SchoolSuite {

// Decodes independent pieces of text (CSV fields) in UTF-8 or GB18030 and says when the bytes
// are not valid in that encoding. GB18030 (a superset of GBK and GB2312, what Excel in China
// saves) goes through Qt's ICU codecs where Qt has them (Debian's Qt 6.4 does); Qt built
// without ICU, as the Windows builds often are, falls back to the system: the Windows code
// page 54936 or iconv elsewhere.
class TextDecoder
{
public:
    enum class Backend { Default, System }; // System skips Qt's codec: used to test the fallback

    explicit TextDecoder(TextEncoding encoding, Backend backend = Backend::Default);
    ~TextDecoder();
    TextDecoder(const TextDecoder &) = delete;
    TextDecoder &operator=(const TextDecoder &) = delete;

    bool isValid() const;
    // False if bytes is not valid text in the encoding; out is then unspecified.
    bool decode(QByteArrayView bytes, QString *out);

    // Names as written in messages: "UTF-8", "GB18030".
    static QString name(TextEncoding encoding);

private:
    bool decodeWithSystem(QByteArrayView bytes, QString *out);

    TextEncoding m_encoding;
    std::optional<QStringDecoder> m_decoder;
    void *m_iconv = nullptr;
};

} // namespace SchoolSuite
