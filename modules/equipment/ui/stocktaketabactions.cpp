// StocktakeTab: building the widgets and the actions of its buttons.
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

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
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

namespace {
QPushButton *bigButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumHeight(40);
    return button;
}
} // namespace

void StocktakeTab::buildUi()
{
    // Sessions: the list and what can be done with the chosen one.
    auto *left = new QWidget(this);
    m_sessions = new QTableWidget(0, 3, left);
    m_sessions->setHorizontalHeaderLabels({tr("Stocktake"), tr("Status"), tr("Started")});
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->verticalHeader()->hide();
    m_sessions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sessions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_sessions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_new = bigButton(tr("New stocktake…"), left);
    m_pause = bigButton(tr("Pause"), left);
    m_resume = bigButton(tr("Resume"), left);
    m_finish = bigButton(tr("Finish"), left);
    auto *sessionButtons = new QGridLayout;
    sessionButtons->addWidget(m_new, 0, 0, 1, 3);
    sessionButtons->addWidget(m_pause, 1, 0);
    sessionButtons->addWidget(m_resume, 1, 1);
    sessionButtons->addWidget(m_finish, 1, 2);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sessions, 1);
    leftLayout->addLayout(sessionButtons);

    // Counting.
    auto *right = new QWidget(this);
    m_title = new QLabel(right);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_room = new QComboBox(right);
    m_room->setFont(big);
    m_room->setMinimumHeight(44);
    m_room->setMinimumContentsLength(12);
    m_scan = new QLineEdit(right);
    m_scan->setFont(big);
    m_scan->setMinimumHeight(48);
    m_scan->setClearButtonEnabled(false);
    auto *roomLabel = new QLabel(tr("Room being counted:"), right);
    roomLabel->setFont(big);
    roomLabel->setBuddy(m_room);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(roomLabel);
    scanRow->addWidget(m_room, 1);
    scanRow->addWidget(m_scan, 2);

    m_feedback = new QLabel(right);
    QFont feedbackFont = font();
    feedbackFont.setPointSizeF(feedbackFont.pointSizeF() * 2.0);
    feedbackFont.setBold(true);
    m_feedback->setFont(feedbackFont);
    m_feedback->setWordWrap(true);
    m_feedback->setMinimumHeight(90);
    m_feedback->setTextInteractionFlags(Qt::NoTextInteraction);
    m_counts = new QLabel(right);
    QFont countsFont = font();
    countsFont.setPointSizeF(countsFont.pointSizeF() * 1.25);
    m_counts->setFont(countsFont);
    m_counts->setWordWrap(true);

    m_results = new QTabWidget(right);
    for (int tab = FoundTab; tab <= DuplicatesTab; ++tab) {
        auto *model = new StocktakeEntriesModel(this);
        auto *view = new QTableView(m_results);
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setColumnWidth(StocktakeEntriesModel::Tag, 150);
        view->setColumnWidth(StocktakeEntriesModel::Name, 220);
        view->setColumnWidth(StocktakeEntriesModel::RegisteredRoom, 140);
        view->setColumnWidth(StocktakeEntriesModel::ScannedRoom, 140);
        if (tab == MissingTab || tab == PendingTab) {
            view->hideColumn(StocktakeEntriesModel::ScannedRoom);
            view->hideColumn(StocktakeEntriesModel::ScannedAt);
            view->hideColumn(StocktakeEntriesModel::Scans);
        }
        m_models << model;
        m_views << view;
        watchKeys(view);
        if (tab == WrongRoomTab) {
            auto *page = new QWidget(m_results);
            m_moveHere
                = bigButton(tr("Move the selected items to the room they were found in"), page);
            auto *layout = new QVBoxLayout(page);
            layout->addWidget(view, 1);
            layout->addWidget(m_moveHere, 0, Qt::AlignLeft);
            m_results->addTab(page, QString());
            watchKeys(m_moveHere);
            view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        } else {
            m_results->addTab(view, QString());
        }
    }

    m_import = bigButton(tr("Import scanner file…"), right);
    m_pdf = bigButton(tr("PDF report…"), right);
    m_print = bigButton(tr("Print…"), right);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_import);
    bottom->addStretch(1);
    bottom->addWidget(m_pdf);
    bottom->addWidget(m_print);

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addLayout(scanRow);
    rightLayout->addWidget(m_feedback);
    rightLayout->addWidget(m_counts);
    rightLayout->addWidget(m_results, 1);
    rightLayout->addLayout(bottom);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    for (QWidget *w : std::initializer_list<QWidget *>{m_sessions,
                                                       m_room,
                                                       m_new,
                                                       m_pause,
                                                       m_resume,
                                                       m_finish,
                                                       m_import,
                                                       m_pdf,
                                                       m_print,
                                                       m_results})
        watchKeys(w);
    setFocusProxy(m_scan);

    m_missingTimer = new QTimer(this);
    m_missingTimer->setSingleShot(true);
    m_missingTimer->setInterval(600);
    connect(m_missingTimer, &QTimer::timeout, this, &StocktakeTab::refreshMissing);
    connect(m_scan, &QLineEdit::returnPressed, this, &StocktakeTab::onScan);
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, &StocktakeTab::onSessionChosen);
    connect(m_room, &QComboBox::currentIndexChanged, this, [this] { focusScan(); });
    connect(m_results, &QTabWidget::currentChanged, this, [this] {
        refreshMissing();
        focusScan();
    });
    connect(m_new, &QPushButton::clicked, this, &StocktakeTab::newStocktake);
    connect(m_pause, &QPushButton::clicked, this, &StocktakeTab::pauseCurrent);
    connect(m_resume, &QPushButton::clicked, this, &StocktakeTab::resumeCurrent);
    connect(m_finish, &QPushButton::clicked, this, &StocktakeTab::finishCurrent);
    connect(m_moveHere, &QPushButton::clicked, this, &StocktakeTab::moveSelectedHere);
    connect(m_import, &QPushButton::clicked, this, &StocktakeTab::importBatch);
    connect(m_pdf, &QPushButton::clicked, this, &StocktakeTab::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &StocktakeTab::printPreview);
}

void StocktakeTab::newStocktake()
{
    StocktakeNewDialog dialog(m_roomNames, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const QString id = StocktakeService(m_session).start(dialog.name(), dialog.roomIds());
        fillSessions(id);
        openStocktake(id);
    } catch (const Error &e) {
        showError(e.message());
    }
}

void StocktakeTab::pauseCurrent()
{
    if (!m_counter)
        return;
    try {
        StocktakeService(m_session).pause(m_counter->stocktake().id);
    } catch (const Error &e) {
        showError(e.message());
    }
    const QString id = currentStocktakeId();
    fillSessions(id);
    openStocktake(id);
}

void StocktakeTab::resumeCurrent()
{
    if (!m_counter)
        return;
    try {
        StocktakeService(m_session).resume(m_counter->stocktake().id);
    } catch (const Error &e) {
        showError(e.message());
    }
    const QString id = currentStocktakeId();
    fillSessions(id);
    openStocktake(id);
}

void StocktakeTab::finishCurrent()
{
    if (!m_counter)
        return;
    const StocktakeCounts c = m_counter->counts();
    if (c.pending > 0 && isVisible()
        && QMessageBox::question(this,
                                 tr("Finish stocktake"),
                                 tr("%1 items are in rooms not counted yet; finishing reports "
                                    "them as missing. Finish anyway?")
                                     .arg(c.pending))
               != QMessageBox::Yes)
        return;
    try {
        StocktakeService(m_session).finish(m_counter->stocktake().id);
    } catch (const Error &e) {
        showError(e.message());
    }
    const QString id = currentStocktakeId();
    fillSessions(id);
    openStocktake(id);
}

void StocktakeTab::moveSelectedHere()
{
    if (!m_counter)
        return;
    QTableView *view = m_views.at(WrongRoomTab);
    StocktakeEntriesModel *model = m_models.at(WrongRoomTab);
    QList<StocktakeEntry> entries;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        entries << model->entry(index.row());
    if (entries.isEmpty() && view->currentIndex().isValid())
        entries << model->entry(view->currentIndex().row());
    int moved = 0;
    try {
        StocktakeService service(m_session);
        for (const StocktakeEntry &e : std::as_const(entries)) {
            service.moveHere(m_counter->stocktake().id, e.itemId, e.scannedRoomId);
            ++moved;
        }
    } catch (const Error &e) {
        showError(e.message());
    }
    m_counter->reload();
    refreshLists();
    if (moved > 0)
        showMessage(tr("Moved %n item(s) to the room they were found in.", nullptr, moved),
                    QStringLiteral("#2e7d32"));
    focusScan();
}

void StocktakeTab::importBatch()
{
    const QString path = QFileDialog::getOpenFileName(
        this,
        tr("Import scanner file"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Scanner files (*.txt *.csv *.dat);;All files (*)"));
    if (!path.isEmpty())
        importBatchFile(path);
}

bool StocktakeTab::importBatchFile(const QString &path)
{
    if (!m_counter)
        return false;
    QHash<QString, QString> rooms;
    for (auto it = m_roomNames.cbegin(); it != m_roomNames.cend(); ++it) {
        rooms.insert(it.value(), it.key());
        rooms.insert(it.key(), it.key());
    }
    StocktakeBatch::ImportResult result;
    try {
        const auto parsed = StocktakeBatch::read(path, rooms);
        result = StocktakeBatch::import(*m_counter, parsed, m_room->currentData().toString());
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    refreshLists();
    const QString summary = tr("Imported %1 scans: %2 found, %3 in the wrong room, %4 duplicates, "
                               "%5 unknown.")
                                .arg(result.recorded)
                                .arg(result.found)
                                .arg(result.wrongRoom)
                                .arg(result.duplicates)
                                .arg(result.unknown);
    showMessage(summary,
                result.problems.isEmpty() ? QStringLiteral("#2e7d32") : QStringLiteral("#e65100"));
    if (!result.problems.isEmpty()) {
        QStringList lines;
        for (const auto &p : std::as_const(result.problems))
            lines << tr("Line %1: %2 — %3").arg(p.line).arg(p.text, p.reason);
        auto *box = new QMessageBox(
            QMessageBox::Warning,
            tr("Import scanner file"),
            summary + QLatin1Char('\n')
                + tr("%n line(s) need a look.", nullptr, int(result.problems.size())),
            QMessageBox::Ok,
            this);
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    focusScan();
    return true;
}

void StocktakeTab::exportPdf()
{
    if (!m_counter)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Save stocktake report"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_counter->stocktake().name + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && writePdf(path))
        showMessage(tr("Report saved: %1").arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("#2e7d32"));
    focusScan();
}

bool StocktakeTab::writePdf(const QString &path)
{
    if (!m_counter)
        return false;
    try {
        StocktakeReport::writePdf(
            StocktakeReport::collect(*m_counter, m_roomNames, m_store.schoolName()), path);
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    return true;
}

void StocktakeTab::printPreview()
{
    if (!m_counter)
        return;
    const auto data = StocktakeReport::collect(*m_counter, m_roomNames, m_store.schoolName());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Stocktake report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&data](QPrinter *p) {
        StocktakeReport::print(data, p);
    });
    preview.resize(900, 1000);
    preview.exec();
    focusScan();
}

} // namespace SchoolSuite
