#include "core/io/zipreader.h"

#include <minizip/unzip.h>

#include <cstring>

namespace SchoolSuite {

namespace {

// minizip reads through these callbacks; opaque is the archive's bytes.
struct MemoryStream
{
    const QByteArray *data;
    ZPOS64_T pos = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf opaque, const void *, int mode)
{
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    return new MemoryStream{static_cast<const QByteArray *>(opaque)};
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto s = static_cast<MemoryStream *>(stream);
    const auto total = ZPOS64_T(s->data->size());
    if (s->pos >= total)
        return 0;
    const ZPOS64_T count = std::min<ZPOS64_T>(size, total - s->pos);
    std::memcpy(buf, s->data->constData() + s->pos, size_t(count));
    s->pos += count;
    return uLong(count);
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return static_cast<MemoryStream *>(stream)->pos;
}

long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto s = static_cast<MemoryStream *>(stream);
    const auto total = ZPOS64_T(s->data->size());
    ZPOS64_T base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        base = 0;
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = s->pos;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = total;
        break;
    default:
        return -1;
    }
    if (offset > total || base + offset > total)
        return -1;
    s->pos = base + offset;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf stream)
{
    delete static_cast<MemoryStream *>(stream);
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

} // namespace

ZipReader::ZipReader(QByteArray archive)
    : m_archive(std::move(archive))
{
    zlib_filefunc64_def io{};
    io.zopen64_file = memoryOpen;
    io.zread_file = memoryRead;
    io.zwrite_file = memoryWrite;
    io.ztell64_file = memoryTell;
    io.zseek64_file = memorySeek;
    io.zclose_file = memoryClose;
    io.zerror_file = memoryError;
    io.opaque = &m_archive;
    unzFile zip = unzOpen2_64("memory", &io);
    if (!zip)
        return;
    m_zip = zip;
    for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        char name[1024];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0)
            != UNZ_OK)
            continue;
        unz64_file_pos pos;
        if (unzGetFilePos64(zip, &pos) != UNZ_OK)
            continue;
        const QString entry = QString::fromUtf8(name);
        m_entries.insert(entry, Position{pos.pos_in_zip_directory, pos.num_of_file});
        m_lowerCaseNames.insert(entry.toLower(), entry);
    }
}

ZipReader::~ZipReader()
{
    if (m_zip)
        unzClose(static_cast<unzFile>(m_zip));
}

QStringList ZipReader::entries() const
{
    return m_entries.keys();
}

const ZipReader::Position *ZipReader::find(const QString &name) const
{
    auto it = m_entries.constFind(name);
    if (it != m_entries.cend())
        return &it.value();
    const auto exact = m_lowerCaseNames.constFind(name.toLower());
    if (exact == m_lowerCaseNames.cend())
        return nullptr;
    it = m_entries.constFind(exact.value());
    return it == m_entries.cend() ? nullptr : &it.value();
}

bool ZipReader::contains(const QString &name) const
{
    return find(name) != nullptr;
}

bool ZipReader::read(const QString &name, QByteArray *out, qint64 maxSize)
{
    const Position *position = find(name);
    if (!m_zip || !position)
        return false;
    auto zip = static_cast<unzFile>(m_zip);
    unz64_file_pos pos{position->posInDirectory, position->fileNumber};
    unz_file_info64 info;
    if (unzGoToFilePos64(zip, &pos) != UNZ_OK
        || unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || info.uncompressed_size > quint64(maxSize) || unzOpenCurrentFile(zip) != UNZ_OK) {
        return false;
    }
    // The size in the directory is only a hint (it could lie); the read stops at maxSize anyway.
    out->clear();
    out->reserve(qsizetype(info.uncompressed_size));
    char buffer[64 * 1024];
    int got = 0;
    while ((got = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
        if (out->size() + got > maxSize) {
            got = UNZ_ERRNO;
            break;
        }
        out->append(buffer, got);
    }
    // Closing checks the CRC once the whole member was read.
    const int closed = unzCloseCurrentFile(zip);
    return got == 0 && closed == UNZ_OK;
}

} // namespace SchoolSuite
