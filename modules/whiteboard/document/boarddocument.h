#pragma once

#include "boardpage.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <memory>

namespace SchoolSuite {

// Where the pages and assets of an opened file come from: pages are read on first use, so a
// document of a hundred pages opens at once and only the pages looked at take memory.
class BoardPageSource
{
public:
    virtual ~BoardPageSource() = default;
    // Reads page index of the file; problems that still leave a page go to warnings.
    virtual BoardPage loadPage(int index, QStringList *warnings) = 0;
    virtual QByteArray loadAsset(const QString &key) = 0;
};

struct BoardAsset
{
    QString mime;
    qint64 size = 0;
    QByteArray data; // empty until loaded
};

// A board document: pages of layers of items, and the assets (images, clips, PDFs) the pages
// use, keyed by content ("<sha256>.<ext>"). Not thread-safe; one thread at a time.
class BoardDocument
{
public:
    BoardDocument();
    ~BoardDocument();
    BoardDocument(BoardDocument &&) noexcept;
    BoardDocument &operator=(BoardDocument &&) noexcept;

    QString title;
    QString id;
    QString revision; // changes with every save (the journal names the revision it applies to)

    int pageCount() const { return int(m_pages.size()); }
    const BoardPage &page(int index) const;
    BoardPage &pageForEdit(int index);
    bool isPageLoaded(int index) const;
    void insertPage(int at, BoardPage page);
    void appendPage(BoardPage page) { insertPage(pageCount(), std::move(page)); }
    BoardPage takePage(int index);
    void movePage(int from, int to);

    // Assets: added by content, so the same image twice is stored once.
    QString addAsset(const QByteArray &data, const QString &mime);
    bool hasAsset(const QString &key) const { return m_assets.contains(key); }
    QByteArray asset(const QString &key) const;
    QString assetMime(const QString &key) const;
    QStringList assetKeys() const { return m_assets.keys(); }

    // Problems met while reading (a missing asset, an unreadable item): shown to the user.
    QStringList warnings() const { return m_warnings; }
    void addWarning(const QString &text) { m_warnings << text; }

    // For readers of files: pages given by count are loaded from source on first use.
    void setSource(std::shared_ptr<BoardPageSource> source,
                   int pages,
                   const QList<QString> &pageIds);
    void declareAsset(const QString &key, const QString &mime, qint64 size);

    int strokeCount() const; // loads every page

private:
    struct Slot
    {
        QString id;
        int sourceIndex = -1;
        mutable std::shared_ptr<BoardPage> page; // null until loaded
    };
    const BoardPage &load(const Slot &slot) const;

    QList<Slot> m_pages;
    mutable QHash<QString, BoardAsset> m_assets;
    mutable QStringList m_warnings;
    std::shared_ptr<BoardPageSource> m_source;
};

// Content key of an asset: the SHA-256 of its bytes and an extension from its MIME type.
QString boardAssetKey(const QByteArray &data, const QString &mime);

} // namespace SchoolSuite
