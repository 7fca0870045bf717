#include "marccharset.h"

#include <yaz/yaz-iconv.h>

#include <QStringDecoder>

#include <array>

namespace SchoolSuite {

namespace {

const char *yazName(MarcEncoding encoding)
{
    switch (encoding) {
    case MarcEncoding::Gb18030:
        return "GB18030";
    case MarcEncoding::Marc8:
        return "MARC8";
    case MarcEncoding::Auto:
    case MarcEncoding::Utf8:
        break;
    }
    return nullptr;
}

} // namespace

struct MarcCharset::Private
{
    std::array<yaz_iconv_t, 4> handles{};
    std::array<bool, 4> opened{};
    QByteArray buffer;

    yaz_iconv_t handle(MarcEncoding encoding)
    {
        const auto i = static_cast<size_t>(encoding);
        if (!opened[i]) {
            opened[i] = true;
            if (const char *name = yazName(encoding))
                handles[i] = yaz_iconv_open("UTF-8", name);
        }
        return handles[i];
    }
};

MarcCharset::MarcCharset()
    : d(std::make_unique<Private>())
{
    d->buffer.resize(4096);
}

MarcCharset::~MarcCharset()
{
    for (yaz_iconv_t h : d->handles) {
        if (h)
            yaz_iconv_close(h);
    }
}

bool MarcCharset::isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool MarcCharset::isValidUtf8(QByteArrayView bytes)
{
    if (isAscii(bytes))
        return true;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = utf8.decode(bytes);
    return !utf8.hasError();
}

bool MarcCharset::isAvailable(MarcEncoding encoding)
{
    return encoding == MarcEncoding::Utf8 || encoding == MarcEncoding::Auto
           || d->handle(encoding) != nullptr;
}

bool MarcCharset::decode(MarcEncoding encoding, QByteArrayView bytes, QString *out)
{
    // MARC-8 switches character sets with ESC sequences, which are ASCII bytes themselves.
    if (isAscii(bytes) && (encoding != MarcEncoding::Marc8 || !bytes.contains('\x1b'))) {
        *out = QString::fromLatin1(bytes);
        return true;
    }
    if (encoding == MarcEncoding::Utf8 || encoding == MarcEncoding::Auto) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *out = utf8.decode(bytes);
        return !utf8.hasError();
    }
    yaz_iconv_t cd = d->handle(encoding);
    if (!cd)
        return false;
    // MARC-8 needs at most 3 UTF-8 bytes per input byte plus what a flush releases.
    const qsizetype need = bytes.size() * 4 + 16;
    if (d->buffer.size() < need)
        d->buffer.resize(need);
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    char *outStart = d->buffer.data();
    char *outPtr = outStart;
    size_t outLeft = size_t(d->buffer.size());
    bool ok = yaz_iconv(cd, &in, &inLeft, &outPtr, &outLeft) != size_t(-1) && inLeft == 0;
    // Flushes what the decoder holds back (MARC-8 combining marks waiting for their letter)
    // and resets its state for the next piece.
    if (yaz_iconv(cd, nullptr, nullptr, &outPtr, &outLeft) == size_t(-1))
        ok = false;
    if (!ok) {
        yaz_iconv(cd, nullptr, nullptr, nullptr, nullptr);
        return false;
    }
    *out = QString::fromUtf8(outStart, outPtr - outStart);
    if (encoding == MarcEncoding::Marc8)
        *out = out->normalized(QString::NormalizationForm_C);
    return true;
}

bool parseMarcEncoding(const QString &text, MarcEncoding *encoding)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("auto") || t.isEmpty())
        *encoding = MarcEncoding::Auto;
    else if (t == QLatin1String("utf-8") || t == QLatin1String("utf8"))
        *encoding = MarcEncoding::Utf8;
    else if (t == QLatin1String("gb18030") || t == QLatin1String("gbk")
             || t == QLatin1String("gb2312"))
        *encoding = MarcEncoding::Gb18030;
    else if (t == QLatin1String("marc8") || t == QLatin1String("marc-8"))
        *encoding = MarcEncoding::Marc8;
    else
        return false;
    return true;
}

QString marcEncodingName(MarcEncoding encoding)
{
    switch (encoding) {
    case MarcEncoding::Auto:
        return QStringLiteral("auto");
    case MarcEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case MarcEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case MarcEncoding::Marc8:
        return QStringLiteral("MARC-8");
    }
    return {};
}

} // namespace SchoolSuite
