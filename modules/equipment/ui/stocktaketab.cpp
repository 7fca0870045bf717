#include "stocktaketab.h"

#include "stocktakedialogs.h"
#include "stocktakemodels.h"

#include "equipment/stocktake/stocktakebatch.h"
#include "equipment/stocktake/stocktakecounter.h"
#include "equipment/stocktake/stocktakereport.h"
#include "equipment/stocktake/stocktakeservice.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace SchoolSuite {

StocktakeTab::StocktakeTab(LocalStore &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
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
    try {
        m_roomNames = StocktakeService(m_session).roomNames();
        for (StocktakeEntriesModel *model : std::as_const(m_models))
            model->setRoomNames(m_roomNames);
        if (m_counter)
            m_counter->reload();
        fillSessions(current);
    } catch (const Error &e) {
        showError(e.message());
    }
    if (m_counter)
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
    if (selectRow < 0 && !list.isEmpty() && select.isEmpty()) {
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
        if (m_sessions->item(selectRow, 0)->data(Qt::UserRole).toString() != currentStocktakeId())
            openStocktake(m_sessions->item(selectRow, 0)->data(Qt::UserRole).toString());
    } else if (list.isEmpty()) {
        m_counter.reset();
        m_title->setText(tr("No stocktake yet: start one with \"New stocktake\"."));
        m_room->clear();
        for (StocktakeEntriesModel *model : std::as_const(m_models))
            model->setEntries({});
        updateCounts();
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
            const QSignalBlocker blocker(m_sessions->selectionModel());
            m_sessions->selectRow(row);
        }
    const Stocktake &s = m_counter->stocktake();
    m_title->setText(QStringLiteral("%1 — %2").arg(s.name, StocktakeKeys::statusTitle(s.status)));
    const QString previous = m_room->currentData().toString();
    {
        const QSignalBlocker blocker(m_room);
        m_room->clear();
        for (const QString &roomId : m_counter->scopeRoomIds())
            m_room->addItem(roomName(roomId), roomId);
        const int keep = m_room->findData(previous);
        m_room->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    showMessage(s.status == StocktakeStatus::Open ? tr("Ready: scan the first tag.")
                                                  : StocktakeKeys::statusTitle(s.status),
                QStringLiteral("#546e7a"));
    refreshLists();
    updateButtons();
    focusScan();
    return true;
}

bool StocktakeTab::setRoom(const QString &roomId)
{
    const int index = m_room->findData(roomId);
    if (index < 0)
        return false;
    m_room->setCurrentIndex(index);
    focusScan();
    return true;
}

void StocktakeTab::onScan()
{
    const QString tag = m_scan->text().trimmed();
    m_scan->clear();
    if (tag.isEmpty())
        return;
    if (!m_counter) {
        showError(tr("Start or choose a stocktake first."));
        return;
    }
    ScanOutcome outcome;
    try {
        outcome = m_counter->scan(tag, m_room->currentData().toString());
    } catch (const Error &e) {
        showError(QStringLiteral("%1 (%2)").arg(e.message(), tag));
        emit scanProcessed(-1, tag);
        return;
    }
    showOutcome(outcome);
    StocktakeEntry entry;
    entry.tag = outcome.tag;
    entry.itemId = outcome.itemId;
    entry.name = outcome.itemName;
    entry.registeredRoomId = outcome.registeredRoomId;
    entry.scannedRoomId = outcome.roomId;
    entry.scannedAt = outcome.at;
    entry.scans = 1;
    entry.registeredLost = outcome.registeredLost;
    entry.scrapped = outcome.scrapped;
    switch (outcome.kind) {
    case ScanKind::Found:
        m_models.at(FoundTab)->append(entry);
        break;
    case ScanKind::WrongRoom:
        m_models.at(WrongRoomTab)->append(entry);
        break;
    case ScanKind::Unknown:
        m_models.at(UnknownTab)->append(entry);
        break;
    case ScanKind::Duplicate:
        for (ResultTab tab : {FoundTab, WrongRoomTab, UnknownTab})
            if (m_models.at(tab)->addScan(outcome.tag))
                break;
        break;
    }
    updateCounts();
    // The lists that need the whole register (missing, not yet counted, duplicates) wait until
    // the scanning pauses, so a burst of scans is answered at full speed.
    m_missingDirty = true;
    m_missingTimer->start();
    emit scanProcessed(int(outcome.kind), tag);
}

void StocktakeTab::showOutcome(const ScanOutcome &o)
{
    const QString name
        = o.itemName.isEmpty() ? o.tag : QStringLiteral("%1  (%2)").arg(o.itemName, o.tag);
    switch (o.kind) {
    case ScanKind::Found:
        showMessage(QStringLiteral("✓ ") + tr("Found: %1").arg(name), QStringLiteral("#2e7d32"));
        return;
    case ScanKind::WrongRoom:
        showMessage(QStringLiteral("⚠ ")
                        + (o.registeredLost ? tr("Registered as lost: %1 — found here").arg(name)
                                            : tr("Wrong room: %1 is registered in %2")
                                                  .arg(name, roomName(o.registeredRoomId))),
                    QStringLiteral("#e65100"));
        break;
    case ScanKind::Duplicate:
        showMessage(
            QStringLiteral("↺ ")
                + tr("Already scanned: %1 (first in %2)").arg(name, roomName(o.firstRoomId)),
            QStringLiteral("#f9a825"));
        break;
    case ScanKind::Unknown:
        showMessage(QStringLiteral("✗ ")
                        + (o.scrapped ? tr("Scrapped: %1").arg(name)
                                      : tr("Unknown tag: %1 is not in the register").arg(o.tag)),
                    QStringLiteral("#c62828"));
        break;
    }
    QApplication::beep();
}

void StocktakeTab::showMessage(const QString &text, const QString &color)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                             "border-radius: 8px; padding: 12px; }")
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
    m_counts->setText(tr("Scans %1 · Found %2 · Wrong room %3 · Missing %4 · Not yet counted %5 "
                         "· Unknown %6 · Duplicates %7")
                          .arg(c.scans)
                          .arg(c.found)
                          .arg(c.wrongRoom)
                          .arg(c.missing)
                          .arg(c.pending)
                          .arg(c.unknown)
                          .arg(c.duplicates));
    m_results->setTabText(FoundTab, tr("Found (%1)").arg(c.found));
    m_results->setTabText(WrongRoomTab, tr("Wrong room (%1)").arg(c.wrongRoom));
    m_results->setTabText(MissingTab, tr("Missing (%1)").arg(c.missing));
    m_results->setTabText(PendingTab, tr("Not yet counted (%1)").arg(c.pending));
    m_results->setTabText(UnknownTab, tr("Unknown (%1)").arg(c.unknown));
    m_results->setTabText(DuplicatesTab, tr("Duplicates (%1)").arg(c.duplicates));
}

void StocktakeTab::refreshLists()
{
    if (!m_counter)
        return;
    const StocktakeResults r = m_counter->results();
    m_models.at(FoundTab)->setEntries(r.found);
    m_models.at(WrongRoomTab)->setEntries(r.wrongRoom);
    m_models.at(MissingTab)->setEntries(r.missing);
    m_models.at(PendingTab)->setEntries(r.pending);
    m_models.at(UnknownTab)->setEntries(r.unknown);
    m_models.at(DuplicatesTab)->setEntries(r.duplicates);
    m_missingDirty = false;
    updateCounts();
}

void StocktakeTab::refreshMissing()
{
    if (!m_counter || !m_missingDirty)
        return;
    const StocktakeResults r = m_counter->results();
    m_models.at(MissingTab)->setEntries(r.missing);
    m_models.at(PendingTab)->setEntries(r.pending);
    m_models.at(DuplicatesTab)->setEntries(r.duplicates);
    m_missingDirty = false;
}

QString StocktakeTab::roomName(const QString &id) const
{
    return id.isEmpty() ? tr("(no room)") : m_roomNames.value(id, id);
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
        // A scanner typing while a list, a button or the room chooser has the focus.
        if (printable || (enter && !m_scan->text().isEmpty())) {
            m_scan->setFocus(Qt::OtherFocusReason);
            QCoreApplication::sendEvent(m_scan, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StocktakeTab::watchKeys(QWidget *widget)
{
    widget->installEventFilter(this);
}

void StocktakeTab::updateButtons()
{
    const bool edit = m_session.can(Permission::EquipmentEdit);
    const bool have = m_counter != nullptr;
    const StocktakeStatus status = have ? m_counter->stocktake().status : StocktakeStatus::Finished;
    m_new->setVisible(edit);
    m_pause->setVisible(edit);
    m_resume->setVisible(edit);
    m_finish->setVisible(edit);
    m_moveHere->setVisible(edit);
    m_import->setVisible(edit);
    m_pause->setEnabled(have && status == StocktakeStatus::Open);
    m_resume->setEnabled(have && status == StocktakeStatus::Paused);
    m_finish->setEnabled(have && status != StocktakeStatus::Finished);
    m_import->setEnabled(have && status == StocktakeStatus::Open);
    m_moveHere->setEnabled(have);
    m_pdf->setEnabled(have);
    m_print->setEnabled(have);
    m_scan->setEnabled(edit);
    m_room->setEnabled(have);
    m_scan->setPlaceholderText(status == StocktakeStatus::Open
                                   ? tr("Scan a tag (or type it and press Enter)")
                                   : tr("Resume the stocktake to scan"));
}

} // namespace SchoolSuite
