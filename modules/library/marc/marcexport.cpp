#include "marcexport.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "library/catalog/libraryservice.h"
#include "library/catalog/libraryservice_p.h"
#include "marcmapping.h"

#include <QHash>
#include <QSaveFile>

namespace SchoolSuite {

MarcExport::MarcExport(const Session &session)
    : m_session(session)
{}

int MarcExport::write(const QString &path, MarcFamily family, const Progress &progress) const
{
    using namespace LibraryPrivate;
    m_session.require(Permission::LibraryView, tr("export the catalog as MARC"));
    Database &db = m_session.database();
    QHash<QString, QList<LibraryCopy>> copiesOf;
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT %1 FROM library_copies WHERE deleted = 0 "
                                             "ORDER BY title_id, call_no, barcode")
                                  .arg(copyColumns()));
        while (q.next()) {
            LibraryCopy c = readCopy(q);
            copiesOf[c.titleId].append(c);
        }
    }
    const int total = db.scalar(QStringLiteral("SELECT count(*) FROM library_titles "
                                               "WHERE deleted = 0"))
                          .toInt();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Could not write %1: %2").arg(path, file.errorString()));
    MarcWriter writer(&file, MarcWriter::formatForPath(path));
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT %1 FROM library_titles WHERE deleted = 0 ORDER BY clc, title, id")
            .arg(titleColumns()));
    int count = 0;
    while (q.next()) {
        const BibRecord bib = readTitle(q);
        writer.write(MarcMapping::fromBook(bib, copiesOf.value(bib.id), family));
        ++count;
        if (progress && count % 256 == 0 && !progress(count, total)) {
            file.cancelWriting();
            throw Error(tr("The export was cancelled; %1 was not written.").arg(path));
        }
    }
    writer.finish();
    if (!file.commit())
        throw Error(tr("Could not write %1: %2").arg(path, file.errorString()));
    m_session.audit(QStringLiteral("library.export-marc"),
                    QStringLiteral("library_titles"),
                    QString(),
                    QStringLiteral("%1: %2 records").arg(path).arg(count));
    return count;
}

} // namespace SchoolSuite
