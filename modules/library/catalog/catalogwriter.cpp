#include "catalogsearch.h"
#include "core/error.h"
#include "core/store/bulkcapture.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "libraryservice.h"
#include "libraryservice_p.h"
#include "sync/numberleases.h"

#include <QCoreApplication>

namespace SchoolSuite {

using namespace LibraryPrivate;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::CatalogWriter", text);
}

QStringList columnList(const QString &columns)
{
    return columns.split(QStringLiteral(", "));
}
} // namespace

CatalogWriter::CatalogWriter(LibraryService &service, int expectedTitles, int expectedCopies)
    : m_service(service)
    , m_usedNumbers(std::make_shared<QList<std::pair<QString, qint64>>>())
{
    service.session().require(Permission::LibraryEdit, tr("catalog books"));
    Database &database = service.session().database();
    // The catalog's own search index is marked by the writer too (its triggers aside).
    m_bulk = std::make_unique<BulkCapture>(
        database,
        QStringList{QStringLiteral("library_titles"), QStringLiteral("library_copies")},
        QStringList{QStringLiteral("library_titles_catalog_insert"),
                    QStringLiteral("library_copies_catalog_insert")});
    m_bulk->onFinish([used = m_usedNumbers](Database &db, const auto &lastRowidBefore) {
        // Numbers of the block found in use: never handed out again.
        NumberLeases(db).noteUsed(*used);
        used->clear();
        // The titles written and those that got copies; so many that the index would be
        // rebuilt for them: the rebuild, asked for once.
        const qint64 lastTitle = lastRowidBefore(QStringLiteral("library_titles"));
        const qint64 titles
            = db.scalar(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM library_titles"))
                  .toLongLong()
              - lastTitle;
        if (CatalogSearch::rebuildsFor(db.connection(), titles)) {
            CatalogSearch::requestRebuild(db);
            return;
        }
        db.exec(QStringLiteral("INSERT INTO library_search_dirty (title_id) SELECT id FROM "
                               "library_titles WHERE rowid > ? ON CONFLICT DO NOTHING"),
                {lastTitle});
        db.exec(QStringLiteral("INSERT INTO library_search_dirty (title_id) SELECT title_id FROM "
                               "library_copies WHERE rowid > ? ON CONFLICT DO NOTHING"),
                {lastRowidBefore(QStringLiteral("library_copies"))});
    });
    // Below this many rows the indexes are not worth building again.
    constexpr int kDeferIndexesFrom = 5000;
    const auto deferIfMany = [this](const QString &table, int expected) {
        if (expected >= kDeferIndexesFrom && expected >= m_bulk->lastRowidBefore(table))
            m_bulk->deferIndexes(table);
    };
    deferIfMany(QStringLiteral("library_titles"), expectedTitles);
    deferIfMany(QStringLiteral("library_copies"), expectedCopies);
    const QSqlDatabase db = database.connection();
    m_insertTitle = std::make_unique<Statement>(
        db, BulkCapture::insertSql(QStringLiteral("library_titles"), columnList(titleColumns())));
    m_insertCopy = std::make_unique<Statement>(
        db, BulkCapture::insertSql(QStringLiteral("library_copies"), columnList(copyColumns())));
    m_barcodePrefix = service.barcodePrefix();
}

// Whatever is left of finish() runs before the commit (BulkCapture).
CatalogWriter::~CatalogWriter() = default;

void CatalogWriter::finish()
{
    m_bulk->finish();
}

CatalogWriter::PreparedTitle CatalogWriter::prepare(const BibRecord &record)
{
    PreparedTitle p;
    p.problems = LibraryService::problems(record);
    if (!p.problems.isEmpty())
        return p;
    BibRecord r = cleaned(record);
    r.id = Uuid::v7();
    p.id = r.id;
    writeTitle(p.row, r);
    return p;
}

CatalogWriter::PreparedCopy CatalogWriter::prepare(const LibraryCopy &copy,
                                                   const QString &barcodePrefix)
{
    PreparedCopy p;
    p.problems = LibraryService::problems(copy);
    if (!p.problems.isEmpty())
        return p;
    LibraryCopy &c = p.copy;
    c = copy;
    c.barcode = c.barcode.trimmed();
    if (c.barcode.isEmpty())
        p.numbered = false; // from the leased block, at addCopy()
    else
        p.barcodeNumber = LibraryService::barcodeNumber(barcodePrefix, c.barcode);
    QString clc;
    int seq = 0;
    QString volume;
    if (CallNumber::split(c.callNo, &clc, &seq, &volume)) {
        c.clc = clc;
        c.seq = seq;
        c.volume = volume;
        if (seq > 0) // split() checked the class
            p.classNumber = std::make_pair(CallNumber::sequence(clc), qint64(seq));
    } else if (c.callNo.trimmed().isEmpty()) {
        p.numbered = false; // the title's 种次号 in this batch or the next one, at addCopy()
    } else if (c.clc.trimmed().isEmpty()) {
        // A call number of another scheme (著者号): kept as it is, shelved by its class.
        c.clc = c.callNo.section(QLatin1Char('/'), 0, 0);
    }
    c.id = Uuid::v7();
    if (p.numbered)
        writeCopyDetails(p.details, c);
    return p;
}

QString CatalogWriter::addTitle(const BibRecord &record)
{
    return addTitle(prepare(record));
}

QString CatalogWriter::addTitle(const PreparedTitle &title)
{
    if (!title.problems.isEmpty())
        throw Error(title.problems.join(QLatin1Char('\n')), Error::Invalid);
    m_bulk->stamp(*m_insertTitle);
    m_insertTitle->values(title.row);
    m_insertTitle->run();
    return title.id;
}

void CatalogWriter::updateTitle(const BibRecord &record)
{
    if (m_bulk->isNewRow(QStringLiteral("library_titles"), record.id))
        throw Error(tr("A title added in this batch is changed before the batch is saved."));
    m_service.updateTitle(record);
}

QString CatalogWriter::addCopy(const LibraryCopy &copy)
{
    return addCopy(prepare(copy, m_barcodePrefix), copy.titleId);
}

QString CatalogWriter::addCopy(const PreparedCopy &copy, const QString &titleId)
{
    if (!copy.problems.isEmpty())
        throw Error(copy.problems.join(QLatin1Char('\n')), Error::Invalid);
    // Numbers of the block found in use are noted at the end of the batch: until then the
    // block's next number is checked against the copies themselves.
    if (copy.barcodeNumber)
        *m_usedNumbers << *copy.barcodeNumber; // others can never collide with ours
    // Copies of one title share their call number and come one after another: noted once. (A
    // number noted twice is harmless, only slower.)
    if (copy.classNumber && *copy.classNumber != m_lastNoted) {
        *m_usedNumbers << *copy.classNumber;
        m_lastNoted = *copy.classNumber;
    }
    const LibraryCopy *c = &copy.copy;
    const EncodedRow *details = &copy.details;
    LibraryCopy numbered;
    EncodedRow numberedDetails;
    if (!copy.numbered) {
        numbered = copy.copy;
        numbered.titleId = titleId;
        if (numbered.barcode.isEmpty())
            numbered.barcode = m_service.nextBarcode();
        if (numbered.callNo.trimmed().isEmpty()) {
            numbered.clc = CallNumber::normalizeClass(numbered.clc);
            if (numbered.clc.isEmpty())
                throw Error(tr("Class number: a copy needs a call number or a class number."),
                            Error::Invalid);
            const QString key = titleId + QLatin1Char('\n') + numbered.clc;
            numbered.seq = m_seqOfTitle.value(key);
            if (numbered.seq == 0)
                numbered.seq = m_service.nextSeq(numbered.clc);
            m_seqOfTitle.insert(key, numbered.seq);
            numbered.callNo = CallNumber::make(numbered.clc, numbered.seq, numbered.volume);
        }
        writeCopyDetails(numberedDetails, numbered);
        c = &numbered;
        details = &numberedDetails;
    }
    try {
        m_bulk->stamp(*m_insertCopy);
        m_insertCopy->text(c->id);
        m_insertCopy->text(titleId);
        m_insertCopy->values(*details);
        m_insertCopy->run();
    } catch (const Error &) {
        if (m_service.findByBarcode(c->barcode))
            throw Error(tr("Barcode %1 is already on another copy.").arg(c->barcode),
                        Error::Invalid);
        throw;
    }
    return c->id;
}

} // namespace SchoolSuite
