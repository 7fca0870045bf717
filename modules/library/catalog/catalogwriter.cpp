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

CatalogWriter::CatalogWriter(LibraryService &service)
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

QString CatalogWriter::addTitle(const BibRecord &record)
{
    const QStringList p = LibraryService::problems(record);
    if (!p.isEmpty())
        throw Error(p.join(QLatin1Char('\n')), Error::Invalid);
    BibRecord r = cleaned(record);
    r.id = Uuid::v7();
    m_addedTitles.insert(r.id);
    m_bulk->stamp(*m_insertTitle);
    writeTitle(*m_insertTitle, r);
    m_insertTitle->run();
    return r.id;
}

void CatalogWriter::updateTitle(const BibRecord &record)
{
    if (m_addedTitles.contains(record.id))
        throw Error(tr("A title added in this batch is changed before the batch is saved."));
    m_service.updateTitle(record);
}

QString CatalogWriter::addCopy(const LibraryCopy &copy)
{
    const QStringList p = LibraryService::problems(copy);
    if (!p.isEmpty())
        throw Error(p.join(QLatin1Char('\n')), Error::Invalid);
    LibraryCopy c = copy;
    c.barcode = c.barcode.trimmed();
    // Numbers of the block found in use are noted at the end of the batch: until then the
    // block's next number is checked against the copies themselves.
    if (c.barcode.isEmpty())
        c.barcode = m_service.nextBarcode();
    else if (const auto n = LibraryService::barcodeNumber(m_barcodePrefix, c.barcode))
        *m_usedNumbers << *n; // others can never collide with ours
    QString clc;
    int seq = 0;
    QString volume;
    if (CallNumber::split(c.callNo, &clc, &seq, &volume)) {
        c.clc = clc;
        c.seq = seq;
        c.volume = volume;
        // Copies of one title share their call number and come one after another: noted
        // once. (A number noted twice is harmless, only slower. split() checked the class.)
        if (seq > 0) {
            std::pair<QString, qint64> number(CallNumber::sequence(clc), seq);
            if (number != m_lastNoted) {
                *m_usedNumbers << number;
                m_lastNoted = std::move(number);
            }
        }
    } else if (c.callNo.trimmed().isEmpty()) {
        c.clc = CallNumber::normalizeClass(c.clc);
        if (c.clc.isEmpty())
            throw Error(tr("Class number: a copy needs a call number or a class number."),
                        Error::Invalid);
        const QString key = c.titleId + QLatin1Char('\n') + c.clc;
        c.seq = m_seqOfTitle.value(key);
        if (c.seq == 0)
            c.seq = m_service.nextSeq(c.clc);
        m_seqOfTitle.insert(key, c.seq);
        c.callNo = CallNumber::make(c.clc, c.seq, c.volume);
    } else if (c.clc.trimmed().isEmpty()) {
        // A call number of another scheme (著者号): kept as it is, shelved by its class.
        c.clc = c.callNo.section(QLatin1Char('/'), 0, 0);
    }
    c.id = Uuid::v7();
    try {
        m_bulk->stamp(*m_insertCopy);
        writeCopy(*m_insertCopy, c);
        m_insertCopy->run();
    } catch (const Error &) {
        if (m_service.findByBarcode(c.barcode))
            throw Error(tr("Barcode %1 is already on another copy.").arg(c.barcode),
                        Error::Invalid);
        throw;
    }
    return c.id;
}

} // namespace SchoolSuite
