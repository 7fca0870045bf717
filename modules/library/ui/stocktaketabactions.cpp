// StocktakeTab: the session buttons, marking sections counted and the report.
#include "stocktaketab.h"

#include "library/stocktake/stocktakecounter.h"
#include "library/stocktake/stocktakereport.h"
#include "library/stocktake/stocktakeservice.h"

#include "core/auth/session.h"
#include "core/error.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTableWidget>

namespace SchoolSuite::Library {

void StocktakeTab::pauseCurrent()
{
    if (!m_counter)
        return;
    try {
        StocktakeService(m_session).pause(currentStocktakeId());
        openStocktake(currentStocktakeId());
        fillSessions(currentStocktakeId());
    } catch (const Error &e) {
        showError(e.message());
    }
}

void StocktakeTab::resumeCurrent()
{
    if (!m_counter)
        return;
    try {
        StocktakeService(m_session).resume(currentStocktakeId());
        openStocktake(currentStocktakeId());
        fillSessions(currentStocktakeId());
    } catch (const Error &e) {
        showError(e.message());
    }
}

void StocktakeTab::finishCurrent()
{
    if (!m_counter)
        return;
    const Stocktake &s = m_counter->stocktake();
    QStringList open;
    for (const StocktakeSection &section : s.sections)
        if (!s.isCounted(section.key()))
            open << section.title();
    if (!open.isEmpty()
        && QMessageBox::question(this,
                                 tr("Finish the stocktake"),
                                 tr("These sections are not marked counted: %1.\nTheir copies that "
                                    "were not scanned will be reported as not counted, not as "
                                    "missing. Finish anyway?")
                                     .arg(open.join(QStringLiteral("、"))))
               != QMessageBox::Yes)
        return;
    try {
        StocktakeService(m_session).finish(currentStocktakeId());
        openStocktake(currentStocktakeId());
        fillSessions(currentStocktakeId());
    } catch (const Error &e) {
        showError(e.message());
    }
}

bool StocktakeTab::markCounted(const QString &sectionKey)
{
    if (!m_counter)
        return false;
    try {
        m_counter->setCounted(sectionKey, true);
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    refreshLists();
    const StocktakeCounts c = m_counter->counts();
    showMessage(tr("Section counted. Missing now: %1").arg(c.missing), QStringLiteral("#1565c0"));
    focusScan();
    return true;
}

void StocktakeTab::markSelectedCounted()
{
    if (!m_counter)
        return;
    const auto rows = m_sectionList->selectionModel()->selectedRows();
    QString key;
    if (!rows.isEmpty()) {
        key = m_sectionList->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
    } else {
        // The shelf being counted.
        for (const StocktakeSection &s : m_counter->stocktake().sections)
            if (!s.isRange() && s.shelf == m_shelf->currentText())
                key = s.key();
        if (key.isEmpty() && m_counter->stocktake().sections.size() == 1)
            key = m_counter->stocktake().sections.first().key();
    }
    if (key.isEmpty()) {
        showError(tr("Choose the section you have counted in the list of sections."));
        return;
    }
    markCounted(key);
}

bool StocktakeTab::writePdf(const QString &path)
{
    if (!m_counter)
        return false;
    try {
        StocktakeReport::writePdf(StocktakeReport::collect(*m_counter, m_session.database()), path);
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    showMessage(tr("Report written: %1").arg(QDir::toNativeSeparators(path)),
                QStringLiteral("#1565c0"));
    return true;
}

void StocktakeTab::exportPdf()
{
    if (!m_counter)
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("library stocktake %1.pdf").arg(m_counter->stocktake().name));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Report as PDF"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path);
    focusScan();
}

void StocktakeTab::printPreview()
{
    if (!m_counter)
        return;
    const StocktakeReport::Data data = StocktakeReport::collect(*m_counter, m_session.database());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&data](QPrinter *p) {
        StocktakeReport::print(data, p);
    });
    preview.exec();
    focusScan();
}

} // namespace SchoolSuite::Library
