#include "boardlibrary.h"

#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "sync/blobclient.h"
#include "sync/storeblobs.h"
#include "whiteboard/format/boardfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>

namespace SchoolSuite {

namespace {

// Versions whose documents stay in the store besides each board's current one.
constexpr int kKeptVersions = 5;

QString hashOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString kBoardColumns = QStringLiteral(
    "SELECT b.id, b.title, b.owner_id, b.owner_name, b.sha256, b.size, b.pages, b.saved_at, "
    "b.device, b.shared FROM boards b");

} // namespace

BoardLibrary::BoardLibrary(Database &db,
                           const QString &dataDir,
                           const QString &userId,
                           const QString &userName,
                           const QString &workingFolder)
    : m_db(db)
    , m_dataDir(dataDir)
    , m_userId(userId)
    , m_userName(userName)
    , m_folder(workingFolder)
{}

BoardEntry BoardLibrary::entryFrom(const QSqlQuery &q) const
{
    BoardEntry e;
    e.id = q.value(0).toString();
    e.title = q.value(1).toString();
    e.ownerId = q.value(2).toString();
    e.ownerName = q.value(3).toString();
    e.sha256 = q.value(4).toString();
    e.size = q.value(5).toLongLong();
    e.pages = q.value(6).toInt();
    e.savedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    e.device = q.value(8).toString();
    e.shared = q.value(9).toInt() != 0;
    e.mine = e.ownerId == m_userId;
    e.available = hasContent(e.sha256);
    e.otherVersions = int(otherVersions(e.id).size());
    return e;
}

QList<BoardEntry> BoardLibrary::boards() const
{
    QSqlQuery q = m_db.exec(kBoardColumns
                                + QStringLiteral(" WHERE b.deleted = 0 AND (b.owner_id = ? OR "
                                                 "b.shared = 1) ORDER BY b.saved_at DESC"),
                            {m_userId});
    QList<BoardEntry> list;
    while (q.next())
        list << entryFrom(q);
    return list;
}

BoardEntry BoardLibrary::board(const QString &id) const
{
    QSqlQuery q
        = m_db.exec(kBoardColumns + QStringLiteral(" WHERE b.id = ? AND b.deleted = 0"), {id});
    return q.next() ? entryFrom(q) : BoardEntry();
}

const BoardEntry &BoardLibrary::ownBoard(const BoardEntry &entry, const QString &what) const
{
    if (entry.id.isEmpty())
        throw Error(tr("The board is no longer in the store."), Error::NotFound);
    if (!entry.mine)
        throw Error(tr("“%1” is %2's board: you cannot %3. Open a copy of it instead.")
                        .arg(entry.title, entry.ownerName, what),
                    Error::PermissionDenied);
    return entry;
}

QString BoardLibrary::commit(const QString &id,
                             const QString &path,
                             const QString &title,
                             int pages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("The board %1 cannot be read: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray data = file.readAll();
    const QString sha = hashOf(data);
    const QString name = title.trimmed().isEmpty() ? tr("Untitled board") : title.trimmed();
    const BoardEntry existing = board(id);
    if (!existing.id.isEmpty())
        ownBoard(existing, tr("save it"));
    const QString parent = base(id);
    if (!existing.id.isEmpty() && (sha == parent || sha == existing.sha256)) {
        // Nothing new from this copy: unchanged since it was made (even if the board moved on
        // meanwhile, which must not be taken back), or already the current version.
        if (existing.title != name && sha == existing.sha256)
            rename(id, name);
        if (sha == existing.sha256 && parent != sha)
            setBase(id, sha);
        return sha;
    }
    const QString now = nowText();
    const QString device = QSysInfo::machineHostName();
    m_db.transaction([&] {
        storeContent(sha, data);
        const QString deletedOwner
            = existing.id.isEmpty()
                  ? m_db.scalar(QStringLiteral("SELECT owner_id FROM boards WHERE id = ?"), {id})
                        .toString()
                  : QString();
        if (!deletedOwner.isEmpty()) {
            // Deleted on another computer while it was being worked on here: the work brings
            // it back (an edit wins over a delete), for its owner only.
            if (deletedOwner != m_userId)
                throw Error(tr("The board belongs to another teacher."), Error::PermissionDenied);
            m_db.exec(
                QStringLiteral("UPDATE boards SET title = ?, sha256 = ?, size = ?, pages = ?, "
                               "saved_at = ?, device = ?, deleted = 0 WHERE id = ?"),
                {name, sha, data.size(), pages, now, device, id});
        } else if (existing.id.isEmpty()) {
            m_db.exec(
                QStringLiteral("INSERT INTO boards (id, owner_id, owner_name, title, sha256, "
                               "size, pages, saved_at, device, shared) VALUES (?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, 0)"),
                {id, m_userId, m_userName, name, sha, data.size(), pages, now, device});
        } else {
            m_db.exec(QStringLiteral("UPDATE boards SET title = ?, sha256 = ?, size = ?, pages = "
                                     "?, saved_at = ?, device = ? WHERE id = ?"),
                      {name, sha, data.size(), pages, now, device, id});
        }
        m_db.exec(QStringLiteral("INSERT INTO board_versions (id, board_id, sha256, "
                                 "parent_sha256, size, pages, saved_at, saved_by, saved_by_name, "
                                 "device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {Uuid::v7(),
                   id,
                   sha,
                   parent.isEmpty() ? QVariant() : QVariant(parent),
                   data.size(),
                   pages,
                   now,
                   m_userId,
                   m_userName,
                   device});
        setBase(id, sha);
        prune(id);
    });
    // The sync sends the document to the district from the blob cache.
    const QString cached = BlobClient::cachedPath(StoreBlobs::cacheDir(m_dataDir), sha);
    if (!QFileInfo::exists(cached))
        writeWorking(cached, data);
    return sha;
}

BoardCheckout BoardLibrary::checkout(const QString &id)
{
    const BoardEntry entry = board(id);
    if (entry.id.isEmpty())
        throw Error(tr("The board is no longer in the store."), Error::NotFound);
    if (!entry.mine)
        return {copyOf(id, entry.sha256, tr("Copy of %1").arg(entry.title)), {}};
    BoardCheckout result;
    result.path = workingPath(id);
    const QString journal = QFileInfo(result.path).dir().filePath(id + QStringLiteral(".journal"));
    const bool haveCopy = QFileInfo::exists(result.path);
    const QString parent = base(id);
    if (haveCopy) {
        // Work not put back yet (changes in the journal, or a save the store missed) is kept.
        const bool unsaved
            = QFileInfo(journal).size() > 0 || BlobClient::sha256Of(result.path) != parent;
        if (unsaved || parent == entry.sha256) {
            if (unsaved && parent != entry.sha256)
                result.notice = tr("A newer version of “%1” was saved on %2 at %3; the changes "
                                   "made on this computer are shown. Saving them keeps both "
                                   "versions.")
                                    .arg(entry.title,
                                         entry.device,
                                         QLocale().toString(entry.savedAt.toLocalTime(),
                                                            QLocale::ShortFormat));
            return result;
        }
    }
    const QByteArray data = content(entry.sha256);
    if (data.isEmpty()) {
        const QString when = QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat);
        if (!haveCopy)
            throw Error(tr("The newest version of “%1” (saved on %2 at %3) has not reached this "
                           "computer yet. Synchronise, then open it again.")
                            .arg(entry.title, entry.device, when));
        result.notice = tr("The newest version of “%1” (saved on %2 at %3) has not reached this "
                           "computer yet; the version last saved here is shown.")
                            .arg(entry.title, entry.device, when);
        return result;
    }
    writeWorking(result.path, data);
    setBase(id, entry.sha256);
    return result;
}

QString BoardLibrary::copyOf(const QString &id, const QString &sha256, const QString &title)
{
    const QByteArray data = content(sha256);
    if (data.isEmpty())
        throw Error(tr("This version of the board has not reached this computer yet. "
                       "Synchronise, then open it again."));
    BoardDocument doc = BoardFile::readData(data, id);
    doc.id = BoardDocument().id;
    doc.title = title;
    const QString path = workingPath(doc.id);
    QDir().mkpath(m_folder);
    BoardFile::write(doc, path);
    commit(doc.id, path, title, doc.pageCount());
    return path;
}

QList<BoardVersion> BoardLibrary::otherVersions(const QString &id) const
{
    const QString current
        = m_db.scalar(QStringLiteral("SELECT sha256 FROM boards WHERE id = ?"), {id}).toString();
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT sha256, parent_sha256, size, pages, saved_at, "
                                           "saved_by_name, device FROM board_versions WHERE "
                                           "board_id = ? AND deleted = 0 ORDER BY saved_at DESC"),
                            {id});
    QList<BoardVersion> all;
    QHash<QString, QString> parentOf;
    while (q.next()) {
        BoardVersion v;
        v.sha256 = q.value(0).toString();
        v.parentSha256 = q.value(1).toString();
        v.size = q.value(2).toLongLong();
        v.pages = q.value(3).toInt();
        v.savedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        v.savedByName = q.value(5).toString();
        v.device = q.value(6).toString();
        parentOf.insert(v.sha256, v.parentSha256);
        all << v;
    }
    // The current version and everything it was made from.
    QSet<QString> included;
    for (QString sha = current; !sha.isEmpty() && !included.contains(sha);
         sha = parentOf.value(sha))
        included.insert(sha);
    QList<BoardVersion> others;
    QSet<QString> seen;
    for (BoardVersion &v : all) {
        if (included.contains(v.sha256) || seen.contains(v.sha256))
            continue;
        // Only the newest of a line of versions: its ancestors are in it.
        bool ancestorOfListed = false;
        for (const BoardVersion &o : std::as_const(others)) {
            // At most as many steps as versions: synced rows could make a loop.
            qsizetype steps = 0;
            for (QString sha = o.parentSha256; !sha.isEmpty() && steps++ <= all.size();
                 sha = parentOf.value(sha)) {
                if (sha == v.sha256) {
                    ancestorOfListed = true;
                    break;
                }
                if (included.contains(sha))
                    break;
            }
        }
        seen.insert(v.sha256);
        if (ancestorOfListed)
            continue;
        v.available = hasContent(v.sha256);
        others << v;
    }
    return others;
}

void BoardLibrary::rename(const QString &id, const QString &title)
{
    ownBoard(board(id), tr("rename it"));
    if (title.trimmed().isEmpty())
        throw Error(tr("A board needs a title."), Error::Invalid);
    m_db.exec(QStringLiteral("UPDATE boards SET title = ? WHERE id = ?"), {title.trimmed(), id});
}

void BoardLibrary::setShared(const QString &id, bool shared)
{
    ownBoard(board(id), tr("share it"));
    m_db.exec(QStringLiteral("UPDATE boards SET shared = ? WHERE id = ?"), {shared ? 1 : 0, id});
}

void BoardLibrary::remove(const QString &id)
{
    ownBoard(board(id), tr("delete it"));
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE boards SET deleted = 1 WHERE id = ?"), {id});
        m_db.exec(QStringLiteral("DELETE FROM board_checkouts WHERE board_id = ?"), {id});
        prune(id);
    });
    QFile::remove(workingPath(id));
    QFile::remove(QDir(m_folder).filePath(id + QStringLiteral(".journal")));
}

bool BoardLibrary::hasContent(const QString &sha256) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM board_content WHERE sha256 = ?"),
                       {sha256})
                   .toInt()
               > 0
           || QFileInfo::exists(BlobClient::cachedPath(StoreBlobs::cacheDir(m_dataDir), sha256));
}

QByteArray BoardLibrary::content(const QString &sha256) const
{
    const QByteArray stored
        = m_db.scalar(QStringLiteral("SELECT data FROM board_content WHERE sha256 = ?"), {sha256})
              .toByteArray();
    if (!stored.isEmpty())
        return stored;
    if (!BlobClient::isValidName(sha256))
        return {};
    QFile cached(BlobClient::cachedPath(StoreBlobs::cacheDir(m_dataDir), sha256));
    if (!cached.exists() && m_fetch)
        cached.setFileName(m_fetch(sha256));
    if (!cached.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = cached.readAll();
    if (hashOf(data) != sha256)
        throw Error(tr("The copy of the board on this computer is damaged; synchronise to fetch "
                       "it again."));
    storeContent(sha256, data);
    return data;
}

void BoardLibrary::storeContent(const QString &sha256, const QByteArray &data) const
{
    m_db.exec(QStringLiteral("INSERT OR IGNORE INTO board_content (sha256, data, stored_at) "
                             "VALUES (?, ?, ?)"),
              {sha256, data, nowText()});
}

void BoardLibrary::writeWorking(const QString &path, const QByteArray &data) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw Error(tr("The board cannot be written to %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
}

QString BoardLibrary::workingPath(const QString &id) const
{
    return QDir(m_folder).filePath(id + QStringLiteral(".ssboard"));
}

QString BoardLibrary::base(const QString &id) const
{
    return m_db
        .scalar(QStringLiteral("SELECT base_sha256 FROM board_checkouts WHERE board_id = ? AND "
                               "user_id = ?"),
                {id, m_userId})
        .toString();
}

void BoardLibrary::setBase(const QString &id, const QString &sha256) const
{
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO board_checkouts (board_id, user_id, "
                             "base_sha256) VALUES (?, ?, ?)"),
              {id, m_userId, sha256});
}

void BoardLibrary::prune(const QString &id) const
{
    // Kept: every board's current version, the newest versions of this one, and what a working
    // copy on this computer was made from.
    m_db.exec(QStringLiteral("DELETE FROM board_content WHERE sha256 IN (SELECT sha256 FROM "
                             "board_versions WHERE board_id = ?) AND sha256 NOT IN (SELECT "
                             "sha256 FROM boards WHERE deleted = 0) AND sha256 NOT IN (SELECT "
                             "base_sha256 FROM board_checkouts) AND sha256 NOT IN (SELECT sha256 "
                             "FROM board_versions WHERE board_id = ? ORDER BY saved_at DESC "
                             "LIMIT %1)")
                  .arg(kKeptVersions),
              {id, id});
}

} // namespace SchoolSuite
