#include "boarddocument.h"

#include "core/store/uuid.h"

#include <QCryptographicHash>

namespace SchoolSuite {

QString boardAssetKey(const QByteArray &data, const QString &mime)
{
    static const QHash<QString, QString> extensions{
        {QStringLiteral("image/png"), QStringLiteral("png")},
        {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
        {QStringLiteral("image/gif"), QStringLiteral("gif")},
        {QStringLiteral("image/svg+xml"), QStringLiteral("svg")},
        {QStringLiteral("image/bmp"), QStringLiteral("bmp")},
        {QStringLiteral("image/webp"), QStringLiteral("webp")},
        {QStringLiteral("application/pdf"), QStringLiteral("pdf")},
        {QStringLiteral("audio/mpeg"), QStringLiteral("mp3")},
        {QStringLiteral("audio/ogg"), QStringLiteral("ogg")},
        {QStringLiteral("audio/wav"), QStringLiteral("wav")},
        {QStringLiteral("video/mp4"), QStringLiteral("mp4")},
        {QStringLiteral("video/webm"), QStringLiteral("webm")},
        {QStringLiteral("video/ogg"), QStringLiteral("ogv")},
    };
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    return hash + QLatin1Char('.') + extensions.value(mime, QStringLiteral("bin"));
}

BoardDocument::BoardDocument()
    : id(Uuid::v7())
{}

BoardDocument::~BoardDocument() = default;
BoardDocument::BoardDocument(BoardDocument &&) noexcept = default;
BoardDocument &BoardDocument::operator=(BoardDocument &&) noexcept = default;

const BoardPage &BoardDocument::load(const Slot &slot) const
{
    if (!slot.page) {
        slot.page = std::make_shared<BoardPage>(
            m_source && slot.sourceIndex >= 0 ? m_source->loadPage(slot.sourceIndex, &m_warnings)
                                              : BoardPage::blank());
        if (slot.page->id.isEmpty())
            slot.page->id = slot.id;
    }
    return *slot.page;
}

const BoardPage &BoardDocument::page(int index) const
{
    return load(m_pages.at(index));
}

BoardPage &BoardDocument::pageForEdit(int index)
{
    load(m_pages.at(index));
    return *m_pages[index].page;
}

bool BoardDocument::isPageLoaded(int index) const
{
    return m_pages.at(index).page != nullptr;
}

void BoardDocument::insertPage(int at, BoardPage page)
{
    if (page.id.isEmpty())
        page.id = Uuid::v7();
    Slot slot;
    slot.id = page.id;
    slot.page = std::make_shared<BoardPage>(std::move(page));
    m_pages.insert(qBound(0, at, pageCount()), std::move(slot));
}

BoardPage BoardDocument::takePage(int index)
{
    load(m_pages.at(index));
    BoardPage page = std::move(*m_pages[index].page);
    m_pages.removeAt(index);
    return page;
}

void BoardDocument::movePage(int from, int to)
{
    if (from == to)
        return;
    m_pages.move(from, to);
}

QString BoardDocument::addAsset(const QByteArray &data, const QString &mime)
{
    const QString key = boardAssetKey(data, mime);
    BoardAsset &a = m_assets[key];
    a.mime = mime;
    a.size = data.size();
    a.data = data;
    return key;
}

QByteArray BoardDocument::asset(const QString &key) const
{
    const auto it = m_assets.find(key);
    if (it == m_assets.end())
        return {};
    if (it->data.isEmpty() && it->size > 0 && m_source)
        it->data = m_source->loadAsset(key);
    return it->data;
}

QString BoardDocument::assetMime(const QString &key) const
{
    return m_assets.value(key).mime;
}

void BoardDocument::setSource(std::shared_ptr<BoardPageSource> source,
                              int pages,
                              const QList<QString> &pageIds)
{
    m_source = std::move(source);
    m_pages.clear();
    m_pages.reserve(pages);
    for (int i = 0; i < pages; ++i) {
        Slot slot;
        slot.sourceIndex = i;
        slot.id = i < pageIds.size() && !pageIds.at(i).isEmpty() ? pageIds.at(i) : Uuid::v7();
        m_pages.append(std::move(slot));
    }
}

void BoardDocument::declareAsset(const QString &key, const QString &mime, qint64 size)
{
    BoardAsset &a = m_assets[key];
    a.mime = mime;
    a.size = size;
}

int BoardDocument::strokeCount() const
{
    int n = 0;
    for (const Slot &slot : m_pages)
        n += load(slot).strokeCount();
    return n;
}

} // namespace SchoolSuite
