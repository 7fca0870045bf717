#include "boardjournal.h"

#include "core/error.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace SchoolSuite {

namespace {

constexpr char Magic[8] = {'S', 'S', 'J', 'R', 'N', 'L', '1', '\n'};
constexpr quint32 MaxRecord = 512 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::BoardJournal", text);
}

quint32 crc(const QByteArray &data)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

// To the disk, not only to the system's cache: a power cut must not take the record.
bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fdatasync(file.handle()) == 0;
#endif
}

} // namespace

BoardJournal::BoardJournal(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{}

BoardJournal::~BoardJournal() = default;

void BoardJournal::start(const QString &documentId, const QString &revision)
{
    m_file.close();
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(
            tr("The board's journal %1 cannot be written: %2").arg(m_path, m_file.errorString()));
    m_file.write(Magic, sizeof Magic);
    write(QCborMap{{QStringLiteral("document"), documentId}, {QStringLiteral("revision"), revision}}
              .toCborValue()
              .toCbor());
}

void BoardJournal::append(const BoardOp &op)
{
    if (!m_file.isOpen())
        throw Error(tr("The board's journal is not open."));
    write(op.toCbor().toCbor());
}

void BoardJournal::write(const QByteArray &payload)
{
    char header[8];
    qToLittleEndian(quint32(payload.size()), header);
    qToLittleEndian(crc(payload), header + 4);
    if (m_file.write(header, sizeof header) != sizeof header
        || m_file.write(payload) != payload.size() || !syncToDisk(m_file)) {
        throw Error(
            tr("The board's journal %1 cannot be written: %2").arg(m_path, m_file.errorString()));
    }
}

void BoardJournal::discard()
{
    m_file.close();
    QFile::remove(m_path);
}

BoardJournal::Contents BoardJournal::read(const QString &path)
{
    Contents c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    const QByteArray data = f.readAll();
    if (!data.startsWith(QByteArray(Magic, sizeof Magic)))
        return c;
    qsizetype pos = sizeof Magic;
    bool first = true;
    while (pos < data.size()) {
        if (data.size() - pos < 8) {
            c.damaged = true;
            break;
        }
        const quint32 length = qFromLittleEndian<quint32>(data.constData() + pos);
        const quint32 sum = qFromLittleEndian<quint32>(data.constData() + pos + 4);
        if (length > MaxRecord || quint64(data.size() - pos - 8) < length) {
            c.damaged = true;
            break;
        }
        const QByteArray payload = data.mid(pos + 8, length);
        pos += 8 + length;
        if (crc(payload) != sum) {
            c.damaged = true;
            break;
        }
        const QCborValue value = QCborValue::fromCbor(payload);
        if (first) {
            c.documentId = value.toMap().value(QStringLiteral("document")).toString();
            c.revision = value.toMap().value(QStringLiteral("revision")).toString();
            first = false;
            continue;
        }
        bool ok = false;
        BoardOp op = BoardOp::fromCbor(value, &ok);
        if (!ok) {
            c.damaged = true;
            break;
        }
        c.ops << std::move(op);
    }
    return c;
}

} // namespace SchoolSuite
