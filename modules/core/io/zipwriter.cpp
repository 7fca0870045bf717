#include "core/io/zipwriter.h"

#include <QDateTime>
#include <QIODevice>

#include <minizip/zip.h>

namespace SchoolSuite {

namespace {

// minizip writes through these callbacks; opaque is the QIODevice.
voidpf ZCALLBACK deviceOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong ZCALLBACK deviceRead(voidpf, voidpf stream, void *buf, uLong size)
{
    const qint64 got
        = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buf), qint64(size));
    return got < 0 ? 0 : uLong(got);
}

uLong ZCALLBACK deviceWrite(voidpf, voidpf stream, const void *buf, uLong size)
{
    const qint64 put
        = static_cast<QIODevice *>(stream)->write(static_cast<const char *>(buf), qint64(size));
    return put < 0 ? 0 : uLong(put);
}

ZPOS64_T ZCALLBACK deviceTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice *>(stream)->pos());
}

long ZCALLBACK deviceSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto device = static_cast<QIODevice *>(stream);
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = device->pos();
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = device->size();
        break;
    default:
        return -1;
    }
    return device->seek(base + qint64(offset)) ? 0 : -1;
}

int ZCALLBACK deviceClose(voidpf, voidpf)
{
    return 0; // the caller owns the device (and commits the QSaveFile)
}

int ZCALLBACK deviceError(voidpf, voidpf)
{
    return 0;
}

} // namespace

ZipWriter::ZipWriter(QIODevice *device)
{
    if (!device || !device->isWritable())
        return;
    zlib_filefunc64_def io{};
    io.zopen64_file = deviceOpen;
    io.zread_file = deviceRead;
    io.zwrite_file = deviceWrite;
    io.ztell64_file = deviceTell;
    io.zseek64_file = deviceSeek;
    io.zclose_file = deviceClose;
    io.zerror_file = deviceError;
    io.opaque = device;
    m_zip = zipOpen2_64("device", APPEND_STATUS_CREATE, nullptr, &io);
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(static_cast<zipFile>(m_zip), nullptr);
}

bool ZipWriter::add(const QString &name, const QByteArray &data, bool compress)
{
    if (!m_zip || m_failed)
        return false;
    auto zip = static_cast<zipFile>(m_zip);
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date.tm_year = uInt(now.date().year());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_sec = uInt(now.time().second());
    const QByteArray utf8 = name.toUtf8();
    constexpr uLong utf8Names = 1 << 11;
    const bool large = data.size() > 0xffffffffLL;
    int rc = zipOpenNewFileInZip4_64(zip,
                                     utf8.constData(),
                                     &info,
                                     nullptr,
                                     0,
                                     nullptr,
                                     0,
                                     nullptr,
                                     compress ? Z_DEFLATED : 0,
                                     compress ? Z_DEFAULT_COMPRESSION : 0,
                                     0,
                                     -MAX_WBITS,
                                     DEF_MEM_LEVEL,
                                     Z_DEFAULT_STRATEGY,
                                     nullptr,
                                     0,
                                     0,
                                     utf8Names,
                                     large ? 1 : 0);
    if (rc == ZIP_OK) {
        // minizip takes at most 4 GB minus one per call.
        qsizetype done = 0;
        while (rc == ZIP_OK && done < data.size()) {
            const auto chunk = unsigned(qMin<qsizetype>(data.size() - done, 1 << 30));
            rc = zipWriteInFileInZip(zip, data.constData() + done, chunk);
            done += chunk;
        }
        const int closed = zipCloseFileInZip(zip);
        if (rc == ZIP_OK)
            rc = closed;
    }
    if (rc != ZIP_OK)
        m_failed = true;
    return rc == ZIP_OK;
}

bool ZipWriter::close()
{
    if (!m_zip)
        return false;
    const int rc = zipClose(static_cast<zipFile>(m_zip), nullptr);
    m_zip = nullptr;
    return rc == ZIP_OK && !m_failed;
}

} // namespace SchoolSuite
