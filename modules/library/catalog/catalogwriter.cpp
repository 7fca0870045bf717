#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "libraryservice.h"
#include "libraryservice_p.h"

#include <QCoreApplication>

namespace SchoolSuite {

using namespace LibraryPrivate;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::CatalogWriter", text);
}
} // namespace

CatalogWriter::CatalogWriter(LibraryService &service)
    : m_service(service)
{
    service.session().require(Permission::LibraryEdit, tr("catalog books"));
    const QSqlDatabase db = service.session().database().connection();
    m_insertTitle = std::make_unique<Statement>(db, insertTitleSql());
    m_insertCopy = std::make_unique<Statement>(db, insertCopySql());
    m_barcodePrefix = service.barcodePrefix();
}

CatalogWriter::~CatalogWriter() = default;

QString CatalogWriter::addTitle(const BibRecord &record)
{
    const QStringList p = LibraryService::problems(record);
    if (!p.isEmpty())
        throw Error(p.join(QLatin1Char('\n')), Error::Invalid);
    BibRecord r = cleaned(record);
    r.id = Uuid::v7();
    m_insertTitle->run(titleValues(r));
    return r.id;
}

void CatalogWriter::updateTitle(const BibRecord &record)
{
    m_service.updateTitle(record);
}

QString CatalogWriter::addCopy(const LibraryCopy &copy)
{
    const QStringList p = LibraryService::problems(copy);
    if (!p.isEmpty())
        throw Error(p.join(QLatin1Char('\n')), Error::Invalid);
    LibraryCopy c = copy;
    c.barcode = c.barcode.trimmed();
    if (c.barcode.isEmpty())
        c.barcode = m_service.nextBarcode();
    else if (c.barcode.startsWith(m_barcodePrefix)) // others can never collide with ours
        m_service.noteBarcodeUsed(c.barcode);
    QString clc;
    int seq = 0;
    QString volume;
    if (CallNumber::split(c.callNo, &clc, &seq, &volume)) {
        c.clc = clc;
        c.seq = seq;
        c.volume = volume;
        // Copies of one title share their call number: note it once.
        const QString key = clc + QLatin1Char('/') + QString::number(seq);
        if (!m_notedSeqs.contains(key)) {
            m_notedSeqs.insert(key);
            m_service.noteSeqUsed(clc, seq);
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
        m_insertCopy->run(copyValues(c));
    } catch (const Error &) {
        if (m_service.findByBarcode(c.barcode))
            throw Error(tr("Barcode %1 is already on another copy.").arg(c.barcode),
                        Error::Invalid);
        throw;
    }
    return c.id;
}

} // namespace SchoolSuite
