#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QSqlQuery;

namespace SchoolSuite {

class Database;

// A board in the store: its current version and who may change it.
struct BoardEntry
{
    QString id; // the document's id (BoardDocument::id)
    QString title;
    QString ownerId;
    QString ownerName;
    QString sha256; // the current version
    qint64 size = 0;
    int pages = 0;
    QDateTime savedAt;
    QString device;
    bool shared = false;
    bool mine = false;      // owned by the library's user
    bool available = false; // the current version is on this computer
    int otherVersions = 0;  // versions the current one does not include (see otherVersions())
};

// One saved version of a board.
struct BoardVersion
{
    QString sha256;
    QString parentSha256;
    qint64 size = 0;
    int pages = 0;
    QDateTime savedAt;
    QString savedByName;
    QString device;
    bool available = false;
};

// Where a board opened from the store is worked on.
struct BoardCheckout
{
    QString path;   // the working copy (.ssboard) in the account's working folder
    QString notice; // set when the newest version could not be used (shown to the user)
};

// The board documents of one school in the local store (docs/board-format.md §9): the rows
// `boards` and `board_versions` sync with the district; the documents travel as blobs and stay
// in the store (`board_content`), so a backup carries them. Each account works on a copy in its
// own working folder; saving puts the copy back as a new version. Two computers that saved
// versions of one board offline both keep theirs: the newest becomes the board, the other is
// listed (otherVersions()) and can be opened as a copy. Throws Error with a message to show.
class BoardLibrary
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSuite::BoardLibrary)

public:
    // userId/userName: the signed-in account; workingFolder: its working copies.
    BoardLibrary(Database &db,
                 const QString &dataDir,
                 const QString &userId,
                 const QString &userName,
                 const QString &workingFolder);

    // Fetches a blob from the district into the blob cache and returns its path (StoreBlobs::fetch
    // with the device's credential); used for versions not synced to this computer. Blocking;
    // throws Error.
    using Fetch = std::function<QString(const QString &sha256)>;
    void setFetch(Fetch fetch) { m_fetch = std::move(fetch); }

    // The user's own boards and the boards colleagues share, newest first.
    QList<BoardEntry> boards() const;
    // The board, or an entry with an empty id when it is not in the store (or was deleted).
    BoardEntry board(const QString &id) const;

    // Puts the working copy at path (a .ssboard the user saved) into the store as the newest
    // version of its board (the document's id), creating the board the first time. Returns the
    // version's SHA-256. Refused for a colleague's board.
    QString commit(const QString &id, const QString &path, const QString &title, int pages);

    // The working copy of a board, made from its current version unless the copy holds work
    // not put back yet (then that is kept, and saving it makes a version beside the current).
    BoardCheckout checkout(const QString &id);
    // A new board of the user's own from a version of any board (a colleague's, or a version
    // the current one does not include); returns the working copy's path.
    QString copyOf(const QString &id, const QString &sha256, const QString &title);

    // Versions saved from an older one on another computer that the current one does not
    // include, newest first.
    QList<BoardVersion> otherVersions(const QString &id) const;

    void rename(const QString &id, const QString &title);
    void setShared(const QString &id, bool shared);
    // Deletes the board everywhere (after the next sync); the working copy goes too.
    void remove(const QString &id);

    // The document bytes of a version, from the store, the blob cache (then kept in the store)
    // or the district (with setFetch()). Empty when none has them.
    QByteArray content(const QString &sha256) const;
    bool hasContent(const QString &sha256) const;

    QString workingPath(const QString &id) const;

private:
    BoardEntry entryFrom(const QSqlQuery &q) const;
    const BoardEntry &ownBoard(const BoardEntry &entry, const QString &what) const;
    void storeContent(const QString &sha256, const QByteArray &data) const;
    void writeWorking(const QString &path, const QByteArray &data) const;
    QString base(const QString &id) const;
    void setBase(const QString &id, const QString &sha256) const;
    void prune(const QString &id) const;

    Database &m_db;
    QString m_dataDir;
    QString m_userId;
    QString m_userName;
    QString m_folder;
    Fetch m_fetch;
};

} // namespace SchoolSuite
