#include "copycatsave.h"

#include "core/error.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

namespace SchoolSuite::CopyCatSave {

QString proposedCallNumber(LibraryService &service, const QString &clc)
{
    return service.proposedCallNumberFor(clc);
}

QString proposedCallNumber(LibraryService &service, const BibRecord &record)
{
    if (!record.id.isEmpty()) {
        const BibRecord stored = service.title(record.id);
        if (CallNumber::normalizeClass(stored.clc) == CallNumber::normalizeClass(record.clc))
            return service.proposedCallNumber(record.id);
    }
    return proposedCallNumber(service, record.clc);
}

QStringList knownLocations(const LibraryService &service)
{
    QStringList list;
    QSqlQuery q = service.session().database().exec(
        QStringLiteral("SELECT location FROM library_copies WHERE deleted = 0 AND location IS NOT "
                       "NULL AND location <> '' GROUP BY location ORDER BY count(*) DESC, "
                       "location LIMIT 50"));
    while (q.next())
        list << q.value(0).toString();
    return list;
}

QStringList problems(const Request &request)
{
    QStringList list = LibraryService::problems(request.record);
    if (request.copies < 1 || request.copies > 1000)
        list << QCoreApplication::translate("SchoolSuite::CopyCatSave",
                                            "Copies: between 1 and 1000 at a time.");
    const QString callNo = request.callNumber.trimmed();
    if (!callNo.isEmpty() && callNo != request.proposedCallNumber.trimmed()) {
        QString clc, volume;
        int seq = 0;
        if (!CallNumber::split(callNo, &clc, &seq, &volume) || !CallNumber::isClassNumber(clc))
            list << QCoreApplication::translate("SchoolSuite::CopyCatSave",
                                                "Call number: \"%1\" is not a class number and "
                                                "种次号 like I247.5/12.")
                        .arg(callNo);
    }
    return list;
}

Saved save(LibraryService &service, const Request &request)
{
    const QStringList p = problems(request);
    if (!p.isEmpty())
        throw Error(p.join(QLatin1Char('\n')), Error::Invalid);
    Saved saved;
    service.session().database().transaction([&] {
        BibRecord record = request.record;
        if (record.id.isEmpty()) {
            saved.titleId = service.addTitle(record);
            saved.newTitle = true;
        } else {
            BibRecord stored = service.title(record.id);
            // Fields the form does not show keep the catalog's values.
            record.coverSha256 = stored.coverSha256;
            record.note = stored.note;
            record.source = stored.source;
            if (!(record == stored))
                service.updateTitle(record);
            saved.titleId = record.id;
        }

        LibraryCopy copy;
        copy.titleId = saved.titleId;
        copy.location = request.location.trimmed();
        copy.shelf = request.shelf.trimmed();
        copy.itemType = request.itemType;
        copy.acquisitionSource = request.acquisitionSource;
        copy.acquiredOn = QDate::currentDate();
        copy.priceFen = request.record.priceFen;
        const QString callNo = request.callNumber.trimmed();
        if (!callNo.isEmpty() && callNo != request.proposedCallNumber.trimmed()) {
            // The librarian's own call number (a 种次号 kept from the old card catalog).
            QString clc, volume;
            int seq = 0;
            CallNumber::split(callNo, &clc, &seq, &volume);
            copy.clc = CallNumber::normalizeClass(clc);
            copy.seq = seq;
            copy.volume = volume;
        }
        saved.copyIds = service.addCopies(copy, request.copies);
        for (const QString &id : std::as_const(saved.copyIds)) {
            const LibraryCopy c = service.copy(id);
            saved.barcodes << c.barcode;
            saved.callNumbers << c.callNo;
        }
    });
    return saved;
}

} // namespace SchoolSuite::CopyCatSave
