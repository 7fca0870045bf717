#include "marcexportdialog.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "library/marc/marcexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace SchoolSuite {

int MarcExportDialog::run(const Session &session, QWidget *parent)
{
    const QString marc21 = tr("MARC 21, ISO 2709 (*.mrc)");
    const QString marc21Xml = tr("MARC 21, MARCXML (*.xml)");
    const QString cnmarc = tr("CNMARC, ISO 2709 (*.iso)");
    const QString cnmarcXml = tr("CNMARC, MARCXML (*.marcxml)");
    QString filter = marc21;
    QString path = QFileDialog::getSaveFileName(
        parent,
        tr("Export the catalog as MARC"),
        tr("catalog.mrc"),
        QStringList{marc21, marc21Xml, cnmarc, cnmarcXml}.join(QStringLiteral(";;")),
        &filter);
    if (path.isEmpty())
        return -1;
    const bool isCnmarc = filter == cnmarc || filter == cnmarcXml;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == marc21      ? QStringLiteral(".mrc")
                : filter == cnmarc    ? QStringLiteral(".iso")
                : filter == cnmarcXml ? QStringLiteral(".marcxml")
                                      : QStringLiteral(".xml");
    return exportTo(session, path, isCnmarc ? MarcFamily::Unimarc : MarcFamily::Marc21, parent);
}

int MarcExportDialog::exportTo(
    const Session &session, const QString &path, MarcFamily family, QWidget *parent, bool quiet)
{
    QProgressDialog progress(tr("Exporting the catalog…"), tr("Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    try {
        const int count
            = MarcExport(session).write(path, family, [&progress](qint64 done, qint64 total) {
                  progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
                  return !progress.wasCanceled();
              });
        progress.reset();
        if (!quiet)
            QMessageBox::information(
                parent,
                tr("Export MARC"),
                tr("%1 records written to %2 (%3).")
                    .arg(count)
                    .arg(QDir::toNativeSeparators(path), marcFamilyName(family)));
        return count;
    } catch (const Error &e) {
        progress.reset();
        if (!quiet)
            QMessageBox::warning(parent, tr("Export MARC"), e.message());
        return -1;
    }
}

} // namespace SchoolSuite
