#pragma once

#include "marccharset.h"
#include "marcmapping.h"
#include "marcreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace SchoolSuite {

class Session;

// One record of a MARC file as read: where it is, the book it maps to, or why it is broken.
struct MarcFileRecord
{
    int number = 0;
    qint64 offset = 0;
    int line = 0;
    MarcFamily family = MarcFamily::Marc21;
    MarcEncoding encoding = MarcEncoding::Utf8;
    MarcBook book;
    QString error; // from the reader, or "no title"; translated

    QString position() const; // "record 3 (byte 1234)"
};

struct MarcFile
{
    QString path;
    MarcReader::Format format = MarcReader::Format::Iso2709;
    QList<MarcFileRecord> records;
    bool cancelled = false;
};

struct MarcImportOptions
{
    enum class Duplicates { Skip, Merge };
    MarcEncoding encoding = MarcEncoding::Auto;
    Duplicates duplicates = Duplicates::Skip;
    bool skipBad = false;
};

// What an import would do, record by record, against the catalog as it is now.
struct MarcPreview
{
    enum class Kind { New, Duplicate, Broken };
    struct Row
    {
        int index = 0; // into MarcFile::records
        Kind kind = Kind::New;
        QString existingId;    // Duplicate: the catalog's record (or "" for one earlier in the
        QString existingTitle; // file, existingRow then) with the same ISBN
        int existingRow = -1;
        QString problem; // Broken: translated reason
        int copies = 0;  // copies the record would add (0 for a skipped duplicate)
    };
    QList<Row> rows;
    int newTitles = 0;
    int duplicates = 0;
    int broken = 0;
    int copies = 0;

    // "record 3 (byte 1234): bad directory: …", one per broken record, in file order.
    QStringList problems(const MarcFile &file) const;

    // What it was made against: the store's write state and the duplicates option. A commit
    // given this preview uses it only while both are unchanged.
    qint64 dataVersion = -1;
    qint64 totalChanges = -1;
    bool merge = false;
};

struct MarcImportResult
{
    int titlesAdded = 0;
    int titlesMerged = 0; // duplicates whose empty fields were filled or copies added
    int duplicatesSkipped = 0;
    int copiesAdded = 0;
    QStringList skipped; // broken records left out (skip-bad), with position and reason
};

// MARC import (issue 5, must-have 2): read the whole file first (progress, cancel), preview
// (new titles, duplicates by ISBN, copies, broken records), then commit in one transaction
// through CatalogWriter. Without skip-bad one broken record imports nothing.
class MarcImport
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSuite::MarcImport)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false: cancel

    explicit MarcImport(const Session &session);

    // Reads and maps every record; touches no database (runs on a worker thread). Throws Error
    // when the file cannot be opened.
    static MarcFile read(const QString &path, MarcEncoding encoding, const Progress &progress = {});
    // An ISO 2709 file of 4 MB or more is read in parts, one per core, cut where a record
    // starts; the result is that of one reading (a part that ends in a broken record makes the
    // whole file read again in one go).
    static MarcFile readData(QByteArrayView data,
                             MarcEncoding encoding,
                             const Progress &progress = {});
    // How many parts a large file is read in: 0 (the default) one per core; for tests.
    static void setReadParts(int parts);

    // Classifies the records against the catalog (two reads: ISBNs and barcodes).
    MarcPreview preview(const MarcFile &file, const MarcImportOptions &options) const;
    // Writes, all or nothing; throws Error naming every broken record when there is one and
    // skip-bad is off, or naming the record whose write failed. progress counts records.
    MarcImportResult commit(const MarcFile &file,
                            const MarcImportOptions &options,
                            const Progress &progress = {});
    // The same after a preview shown to the user: it is used as it is when nothing was written
    // to the store since (by anyone), and made anew otherwise.
    MarcImportResult commit(const MarcFile &file,
                            const MarcPreview &previewed,
                            const MarcImportOptions &options,
                            const Progress &progress = {});

private:
    const Session &m_session;
    // The write connection's data_version and total_changes(), or -1 off its thread.
    std::pair<qint64, qint64> storeState() const;
};

} // namespace SchoolSuite
