#include "core/io/textdecoder.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_UNIX)
#include <cerrno>
#include <iconv.h>
#endif

namespace SchoolSuite {

namespace {

constexpr const char *Gb18030Name = "GB18030";

#if !defined(Q_OS_WIN) && defined(Q_OS_UNIX)
const iconv_t NoIconv = reinterpret_cast<iconv_t>(-1);
#endif

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

TextDecoder::TextDecoder(TextEncoding encoding, Backend backend)
    : m_encoding(encoding == TextEncoding::Gb18030 ? encoding : TextEncoding::Utf8)
{
    if (m_encoding == TextEncoding::Utf8) {
        m_decoder.emplace(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        return;
    }
    if (backend == Backend::Default) {
        m_decoder.emplace(Gb18030Name, QStringDecoder::Flag::Stateless);
        if (m_decoder->isValid())
            return;
        m_decoder.reset();
    }
#if !defined(Q_OS_WIN) && defined(Q_OS_UNIX)
    iconv_t cd = iconv_open("UTF-8", Gb18030Name);
    if (cd != NoIconv)
        m_iconv = cd;
#endif
}

TextDecoder::~TextDecoder()
{
#if !defined(Q_OS_WIN) && defined(Q_OS_UNIX)
    if (m_iconv)
        iconv_close(static_cast<iconv_t>(m_iconv));
#endif
}

bool TextDecoder::isValid() const
{
    if (m_decoder)
        return m_decoder->isValid();
#if defined(Q_OS_WIN)
    return true;
#else
    return m_iconv != nullptr;
#endif
}

bool TextDecoder::decode(QByteArrayView bytes, QString *out)
{
    // Most cells (numbers, codes, dates) are plain ASCII, which reads the same in both encodings.
    if (isAscii(bytes)) {
        *out = QString::fromLatin1(bytes.data(), bytes.size());
        return true;
    }
    if (!m_decoder)
        return decodeWithSystem(bytes, out);
    *out = m_decoder->decode(bytes);
    if (!m_decoder->hasError())
        return true;
    // The ICU-backed decoder keeps its error flag through resetState(), so start a new one.
    if (m_encoding == TextEncoding::Utf8)
        m_decoder.emplace(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    else
        m_decoder.emplace(Gb18030Name, QStringDecoder::Flag::Stateless);
    return false;
}

bool TextDecoder::decodeWithSystem(QByteArrayView bytes, QString *out)
{
#if defined(Q_OS_WIN)
    constexpr UINT Gb18030CodePage = 54936;
    const int size = int(bytes.size());
    const int needed = MultiByteToWideChar(
        Gb18030CodePage, MB_ERR_INVALID_CHARS, bytes.data(), size, nullptr, 0);
    if (needed <= 0)
        return false;
    out->resize(needed);
    MultiByteToWideChar(Gb18030CodePage,
                        MB_ERR_INVALID_CHARS,
                        bytes.data(),
                        size,
                        reinterpret_cast<wchar_t *>(out->data()),
                        needed);
    return true;
#elif defined(Q_OS_UNIX)
    if (!m_iconv)
        return false;
    auto cd = static_cast<iconv_t>(m_iconv);
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    // A GB18030 character is at most 4 bytes and becomes at most 4 bytes of UTF-8.
    QByteArray utf8(bytes.size() * 2 + 4, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    char *dest = utf8.data();
    size_t destLeft = size_t(utf8.size());
    if (iconv(cd, &in, &inLeft, &dest, &destLeft) == size_t(-1) || inLeft != 0)
        return false;
    *out = QString::fromUtf8(utf8.constData(), utf8.size() - qsizetype(destLeft));
    return true;
#else
    Q_UNUSED(bytes);
    Q_UNUSED(out);
    return false;
#endif
}

QString TextDecoder::name(TextEncoding encoding)
{
    return encoding == TextEncoding::Gb18030 ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
}

} // namespace SchoolSuite
