// The commit of a MARC import: its rows made ready for the writer on another core.
#include "marcimport_p.h"

#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace SchoolSuite::MarcImportPrivate {

namespace {
constexpr int kChunk = 1024; // rows
constexpr int kAhead = 8;    // chunks made ready ahead of the one being written at most
} // namespace

PreparedRows::PreparedRows(const MarcFile &file,
                           const MarcPreview &preview,
                           const QHash<int, BibRecord> &mergedInFile,
                           bool merge,
                           const QString &barcodePrefix)
    : m_file(file)
    , m_preview(preview)
    , m_mergedInFile(mergedInFile)
    , m_merge(merge)
    , m_barcodePrefix(barcodePrefix)
{
    // One thread: the chunks come out in the order they went in, and the other core is the
    // database thread's.
    m_pool.setMaxThreadCount(1);
    while (m_launched < kAhead && m_launched * kChunk < m_preview.rows.size())
        launchNext();
}

PreparedRows::~PreparedRows()
{
    m_pool.waitForDone();
}

void PreparedRows::launchNext()
{
    const int chunk = m_launched++;
    m_ahead.push_back(QtConcurrent::run(&m_pool, [this, chunk] { return prepare(chunk); }));
}

const PreparedRecord &PreparedRows::at(int i)
{
    const int chunk = i / kChunk;
    while (m_currentIndex < chunk) {
        Q_ASSERT(!m_ahead.empty());
        QFuture<Chunk> next = std::move(m_ahead.front());
        m_ahead.pop_front();
        // The chunk written is freed on the preparing thread too.
        m_pool.start(
            [done = std::make_shared<Chunk>(std::move(m_current))]() mutable { done.reset(); });
        m_current = next.takeResult(); // waits; rethrows what the preparing thread threw
        ++m_currentIndex;
        if (m_launched * kChunk < m_preview.rows.size())
            launchNext();
    }
    return m_current.at(size_t(i - chunk * kChunk));
}

PreparedRows::Chunk PreparedRows::prepare(int chunk) const
{
    const int begin = chunk * kChunk;
    const int end = std::min<int>(begin + kChunk, int(m_preview.rows.size()));
    Chunk out(size_t(end - begin));
    for (int i = begin; i < end; ++i) {
        const MarcPreview::Row &row = m_preview.rows.at(i);
        const MarcBook &book = m_file.records.at(row.index).book;
        PreparedRecord &prepared = out[size_t(i - begin)];
        if (row.kind == MarcPreview::Kind::Broken
            || (row.kind == MarcPreview::Kind::Duplicate && !m_merge))
            continue;
        if (row.kind == MarcPreview::Kind::New) {
            const auto m = m_mergedInFile.constFind(i);
            prepared.title = CatalogWriter::prepare(m != m_mergedInFile.cend() ? *m : book.bib);
        }
        prepared.copies.reserve(book.copies.size());
        for (const LibraryCopy &c : book.copies)
            prepared.copies.append(CatalogWriter::prepare(c, m_barcodePrefix));
    }
    return out;
}

} // namespace SchoolSuite::MarcImportPrivate
