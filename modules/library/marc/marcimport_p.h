#pragma once

#include "library/catalog/libraryservice.h"
#include "marcimport.h"

#include <QFuture>
#include <QHash>
#include <QThreadPool>

#include <deque>
#include <optional>
#include <vector>

namespace SchoolSuite::MarcImportPrivate {

// What the commit writes for one row of the preview, made ready for the writer.
struct PreparedRecord
{
    std::optional<CatalogWriter::PreparedTitle> title; // a new title
    QList<CatalogWriter::PreparedCopy> copies;         // copies it adds (new or merged)
};

// The rows of a preview made ready for CatalogWriter (CatalogWriter::prepare: checks, ids, call
// numbers, values as UTF-8) on a thread of their own, a chunk at a time and a few chunks ahead,
// while the database thread inserts those made before: the commit of a large file keeps both
// cores busy. Rows are asked for in order.
class PreparedRows
{
public:
    // mergedInFile: row of a new title -> the record merged from later rows with its ISBN.
    PreparedRows(const MarcFile &file,
                 const MarcPreview &preview,
                 const QHash<int, BibRecord> &mergedInFile,
                 bool merge,
                 const QString &barcodePrefix);
    ~PreparedRows(); // waits for the chunks under way (they read the file)
    PreparedRows(const PreparedRows &) = delete;
    PreparedRows &operator=(const PreparedRows &) = delete;

    // Row i of the preview; i never goes back.
    const PreparedRecord &at(int i);

private:
    using Chunk = std::vector<PreparedRecord>;
    Chunk prepare(int chunk) const;
    void launchNext();

    const MarcFile &m_file;
    const MarcPreview &m_preview;
    const QHash<int, BibRecord> &m_mergedInFile;
    const bool m_merge;
    const QString m_barcodePrefix;
    QThreadPool m_pool;
    std::deque<QFuture<Chunk>> m_ahead; // the chunks after m_current, in order
    int m_launched = 0;                 // chunks handed to the pool
    int m_currentIndex = -1;
    Chunk m_current;
};

} // namespace SchoolSuite::MarcImportPrivate
