#include "stocktaketab.h"

#include "stocktakedialog.h"
#include "stocktakemodels.h"

#include "library/stocktake/stocktakecounter.h"
#include "library/stocktake/stocktakeservice.h"

#include "core/auth/session.h"
#include "core/error.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

namespace SchoolSuite::Library {

StocktakeTab::StocktakeTab(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    buildUi();
    reload();
}

StocktakeTab::~StocktakeTab() = default;

StocktakeEntriesModel *StocktakeTab::resultModel(ResultTab tab) const
{
    return m_models.at(tab);
}

QTableView *StocktakeTab::resultView(ResultTab tab) const
{
    return m_views.at(tab);
}

QString StocktakeTab::currentStocktakeId() const
{
    return m_counter ? m_counter->stocktake().id : QString();
}

void StocktakeTab::reload()
{
    const QString current = currentStocktakeId();
    if (!m_session.can(Permission::LibraryEdit)) {
        m_title->setText(tr("Taking stock is for the library's staff."));
        updateButtons();
        return;
    }
    try {
        if (m_counter)
            m_counter->reload();
        fillSessions(current);
    } catch (const Error &e) {
        showError(e.message());
    }
    refreshLists();
    updateButtons();
}

void StocktakeTab::fillSessions(const QString &select)
{
    const QList<Stocktake> list = StocktakeService(m_session).stocktakes();
    const QSignalBlocker blocker(m_sessions);
    m_sessions->setRowCount(int(list.size()));
    int selectRow = -1;
    for (int row = 0; row < list.size(); ++row) {
        const Stocktake &s = list.at(row);
        auto *name = new QTableWidgetItem(s.name);
        name->setData(Qt::UserRole, s.id);
        m_sessions->setItem(row, 0, name);
        m_sessions->setItem(row, 1, new QTableWidgetItem(StocktakeKeys::statusTitle(s.status)));
        m_sessions->setItem(
            row,
            2,
            new QTableWidgetItem(s.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
        if (s.id == select)
            selectRow = row;
    }
    if (selectRow < 0 && !list.isEmpty()) {
        // The newest session still being counted, else the newest one.
        selectRow = 0;
        for (int row = 0; row < list.size(); ++row)
            if (list.at(row).status != StocktakeStatus::Finished) {
                selectRow = row;
                break;
            }
    }
    if (selectRow >= 0) {
        m_sessions->selectRow(selectRow);
        const QString id = m_sessions->item(selectRow, 0)->data(Qt::UserRole).toString();
        if (id != currentStocktakeId())
            openStocktake(id);
    } else {
        m_counter.reset();
        m_title->setText(tr("No stocktake yet: start one with \"New stocktake\"."));
        m_shelf->clear();
        m_sectionList->setRowCount(0);
        for (StocktakeEntriesModel *model : std::as_const(m_models))
            model->setEntries({});
        updateCounts();
    }
}

void StocktakeTab::fillSections()
{
    m_sectionList->setRowCount(0);
    if (!m_counter)
        return;
    const Stocktake &s = m_counter->stocktake();
    m_sectionList->setRowCount(int(s.sections.size()));
    for (int row = 0; row < s.sections.size(); ++row) {
        const StocktakeSection &section = s.sections.at(row);
        auto *title = new QTableWidgetItem(section.title());
        title->setData(Qt::UserRole, section.key());
        m_sectionList->setItem(row, 0, title);
        m_sectionList->setItem(
            row,
            1,
            new QTableWidgetItem(QStringLiteral("%1 / %2")
                                     .arg(m_counter->scannedIn(section.key()))
                                     .arg(m_counter->expectedIn(section.key()))));
        m_sectionList->setItem(
            row, 2, new QTableWidgetItem(s.isCounted(section.key()) ? tr("✓ counted") : QString()));
    }
}

void StocktakeTab::onSessionChosen()
{
    const auto rows = m_sessions->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = m_sessions->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
    if (id != currentStocktakeId())
        openStocktake(id);
}

bool StocktakeTab::openStocktake(const QString &id)
{
    try {
        m_counter = std::make_unique<StocktakeCounter>(m_session, id);
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    for (int row = 0; row < m_sessions->rowCount(); ++row)
        if (m_sessions->item(row, 0)->data(Qt::UserRole).toString() == id
            && m_sessions->currentRow() != row) {
            const QSignalBlocker blocker(m_sessions);
            m_sessions->selectRow(row);
        }
    const Stocktake &s = m_counter->stocktake();
    m_title->setText(QStringLiteral("%1 — %2").arg(s.name, StocktakeKeys::statusTitle(s.status)));
    const QString previous = m_shelf->currentText();
    {
        const QSignalBlocker blocker(m_shelf);
        m_shelf->clear();
        // Counting a range, the shelf is optional and may be one the catalog does not name.
        m_shelf->setEditable(s.byRange());
        if (s.byRange())
            m_shelf->addItem(QString());
        m_shelf->addItems(m_counter->shelves());
        const int keep = m_shelf->findText(previous);
        m_shelf->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    showMessage(s.status == StocktakeStatus::Open ? tr("Ready: choose the shelf and scan the "
                                                       "first book.")
                                                  : StocktakeKeys::statusTitle(s.status),
                QStringLiteral("#546e7a"));
    refreshLists();
    updateButtons();
    focusScan();
    return true;
}

bool StocktakeTab::startStocktake(const QString &name, const QList<StocktakeSection> &sections)
{
    try {
        const QString id = StocktakeService(m_session).start(name, sections);
        fillSessions(id);
        if (currentStocktakeId() != id)
            openStocktake(id);
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    updateButtons();
    return true;
}

void StocktakeTab::newStocktake()
{
    try {
        StocktakeDialog dialog(StocktakeService(m_session).shelves(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        startStocktake(dialog.name(), dialog.sections());
    } catch (const Error &e) {
        showError(e.message());
    }
    focusScan();
}

bool StocktakeTab::setShelf(const QString &shelf)
{
    const int index = m_shelf->findText(shelf);
    if (index < 0 && !m_shelf->isEditable())
        return false;
    if (index >= 0)
        m_shelf->setCurrentIndex(index);
    else
        m_shelf->setEditText(shelf);
    focusScan();
    return true;
}

void StocktakeTab::onScan()
{
    const QString barcode = m_scan->text().trimmed();
    m_scan->clear();
    if (barcode.isEmpty())
        return;
    if (!m_counter) {
        showError(tr("Start or choose a stocktake first (%1 was not recorded).").arg(barcode));
        emit scanProcessed(-1, barcode);
        return;
    }
    ScanOutcome o;
    try {
        o = m_counter->scan(barcode, m_shelf->currentText());
    } catch (const Error &e) {
        showError(QStringLiteral("%1 (%2)").arg(e.message(), barcode));
        emit scanProcessed(-1, barcode);
        return;
    }
    showOutcome(o);
    StocktakeEntry e;
    e.barcode = o.barcode;
    e.copyId = o.copyId;
    e.title = o.title;
    e.callNo = o.callNo;
    e.homeShelf = o.homeShelf;
    e.scannedShelf = o.shelf;
    e.scannedAt = o.at;
    e.scans = 1;
    e.onLoan = o.onLoan;
    if (o.withdrawn)
        e.status = QStringLiteral("withdrawn");
    switch (o.kind) {
    case ScanKind::OnShelf:
        m_models.at(OnShelfTab)->append(e);
        break;
    case ScanKind::OutOfOrder:
        e.reason = MisshelvedReason::OutOfOrder;
        e.afterCallNo = o.previousCallNo;
        m_models.at(MisshelvedTab)->append(e);
        break;
    case ScanKind::WrongShelf:
        e.reason = MisshelvedReason::WrongShelf;
        m_models.at(MisshelvedTab)->append(e);
        break;
    case ScanKind::Unknown:
        m_models.at(UnknownTab)->append(e);
        break;
    case ScanKind::Duplicate:
        for (ResultTab tab : {OnShelfTab, MisshelvedTab, UnknownTab})
            if (m_models.at(tab)->addScan(o.barcode))
                break;
        break;
    }
    updateCounts();
    // The lists that need every copy (missing, order within the shelf) follow when the
    // scanning pauses, so a burst of scans is answered at full speed.
    m_refreshTimer->start();
    emit scanProcessed(int(o.kind), barcode);
}

void StocktakeTab::showOutcome(const ScanOutcome &o)
{
    const QString book = o.title.isEmpty()
                             ? o.barcode
                             : QStringLiteral("%1 %2 (%3)").arg(o.callNo, o.title, o.barcode);
    QString text;
    QString color;
    switch (o.kind) {
    case ScanKind::OnShelf:
        text = QStringLiteral("✓ ") + book;
        color = QStringLiteral("#2e7d32");
        if (o.onLoan) {
            text += QStringLiteral(" — ") + tr("recorded as lent: return it at the desk");
            color = QStringLiteral("#ef6c00");
        }
        if (o.registeredLost)
            text += QStringLiteral(" — ") + tr("registered as lost: found");
        break;
    case ScanKind::OutOfOrder:
        text = QStringLiteral("⇅ ")
               + tr("Out of order: %1 stands after %2").arg(book, o.previousCallNo);
        color = QStringLiteral("#e65100");
        break;
    case ScanKind::WrongShelf:
        text = QStringLiteral("⚠ ")
               + (o.homeShelf.isEmpty() || o.homeShelf == o.shelf
                      ? tr("Not of this stocktake: %1").arg(book)
                      : tr("Wrong shelf: %1 belongs on %2").arg(book, o.homeShelf));
        color = QStringLiteral("#e65100");
        break;
    case ScanKind::Duplicate:
        text = QStringLiteral("↺ ") + tr("Scanned before: %1").arg(book);
        color = QStringLiteral("#f9a825");
        break;
    case ScanKind::Unknown:
        text = QStringLiteral("✗ ")
               + (o.withdrawn ? tr("Withdrawn copy: %1").arg(book)
                              : tr("Unknown barcode: no copy has %1").arg(o.barcode));
        color = QStringLiteral("#c62828");
        break;
    }
    showMessage(text, color);
    if (o.kind != ScanKind::OnShelf || o.onLoan)
        QApplication::beep();
}

void StocktakeTab::showMessage(const QString &text, const QString &color)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                             "border-radius: 8px; padding: 10px; }")
                                  .arg(color));
}

void StocktakeTab::showError(const QString &text)
{
    showMessage(QStringLiteral("✗ ") + text, QStringLiteral("#c62828"));
    QApplication::beep();
}

void StocktakeTab::updateCounts()
{
    const StocktakeCounts c = m_counter ? m_counter->counts() : StocktakeCounts{};
    m_counts->setText(tr("Scans %1 · On shelf %2 · Misshelved %3 · On loan %4 · Missing %5 · "
                         "Not counted %6 · Unknown %7 · Twice %8")
                          .arg(c.scans)
                          .arg(c.onShelf)
                          .arg(c.misshelved)
                          .arg(c.onLoan)
                          .arg(c.missing)
                          .arg(c.notCounted)
                          .arg(c.unknown)
                          .arg(c.duplicates));
    m_results->setTabText(OnShelfTab, tr("On shelf (%1)").arg(c.onShelf));
    m_results->setTabText(MisshelvedTab, tr("Misshelved (%1)").arg(c.misshelved));
    m_results->setTabText(OnLoanTab, tr("On loan (%1)").arg(c.onLoan));
    m_results->setTabText(MissingTab, tr("Missing (%1)").arg(c.missing));
    m_results->setTabText(NotCountedTab, tr("Not counted (%1)").arg(c.notCounted));
    m_results->setTabText(UnknownTab, tr("Unknown (%1)").arg(c.unknown));
    m_results->setTabText(TwiceTab, tr("Scanned twice (%1)").arg(c.duplicates));
}

void StocktakeTab::refreshLists()
{
    m_refreshTimer->stop();
    if (!m_counter) {
        updateCounts();
        return;
    }
    const StocktakeResults r = m_counter->results();
    m_models.at(OnShelfTab)->setEntries(r.onShelf);
    m_models.at(MisshelvedTab)->setEntries(r.misshelved);
    m_models.at(OnLoanTab)->setEntries(r.onLoan);
    m_models.at(MissingTab)->setEntries(r.missing);
    m_models.at(NotCountedTab)->setEntries(r.notCounted);
    m_models.at(UnknownTab)->setEntries(r.unknown);
    m_models.at(TwiceTab)->setEntries(r.duplicates);
    fillSections();
    updateCounts();
}

void StocktakeTab::focusScan()
{
    if (m_scan->isEnabled())
        m_scan->setFocus(Qt::OtherFocusReason);
}

void StocktakeTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &StocktakeTab::focusScan);
}

bool StocktakeTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched != m_scan && m_scan->isEnabled()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool printable = !key->text().isEmpty() && key->text().at(0).isPrint()
                               && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        // A scanner typing while a list, a button or the shelf chooser has the focus. An editable
        // shelf chooser keeps its keys: the librarian types a shelf there.
        const bool typingShelf = watched == m_shelf && m_shelf->isEditable();
        if (!typingShelf && (printable || (enter && !m_scan->text().isEmpty()))) {
            m_scan->setFocus(Qt::OtherFocusReason);
            QCoreApplication::sendEvent(m_scan, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StocktakeTab::updateButtons()
{
    const bool edit = m_session.can(Permission::LibraryEdit);
    const bool have = m_counter != nullptr;
    const StocktakeStatus status = have ? m_counter->stocktake().status : StocktakeStatus::Finished;
    m_new->setEnabled(edit);
    m_pause->setEnabled(have && status == StocktakeStatus::Open);
    m_resume->setEnabled(have && status == StocktakeStatus::Paused);
    m_finish->setEnabled(have && status != StocktakeStatus::Finished);
    m_markCounted->setEnabled(have && status != StocktakeStatus::Finished);
    m_pdf->setEnabled(have);
    m_print->setEnabled(have);
    m_scan->setEnabled(edit);
    m_shelf->setEnabled(have);
    m_scan->setPlaceholderText(status == StocktakeStatus::Open
                                   ? tr("Scan a book's barcode (or type it and press Enter)")
                                   : tr("Resume the stocktake to scan"));
}

} // namespace SchoolSuite::Library
