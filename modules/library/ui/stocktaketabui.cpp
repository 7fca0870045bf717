// StocktakeTab: building the widgets.
#include "stocktaketab.h"

#include "stocktakemodels.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace SchoolSuite::Library {

namespace {
QPushButton *bigButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumHeight(36);
    return button;
}

QTableWidget *plainTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < columns; ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return table;
}
} // namespace

void StocktakeTab::buildUi()
{
    auto *left = new QWidget(this);
    m_sessions = plainTable(3, {tr("Stocktake"), tr("Status"), tr("Started")}, left);
    m_new = bigButton(tr("New stocktake…"), left);
    m_pause = bigButton(tr("Pause"), left);
    m_resume = bigButton(tr("Resume"), left);
    m_finish = bigButton(tr("Finish"), left);
    auto *sessionButtons = new QGridLayout;
    sessionButtons->addWidget(m_new, 0, 0, 1, 3);
    sessionButtons->addWidget(m_pause, 1, 0);
    sessionButtons->addWidget(m_resume, 1, 1);
    sessionButtons->addWidget(m_finish, 1, 2);
    m_sectionList = plainTable(3, {tr("Section"), tr("Scanned"), tr("Counted")}, left);
    m_markCounted = bigButton(tr("Mark section counted"), left);
    m_markCounted->setToolTip(tr("Its copies that were not scanned (and are not on loan) are "
                                 "then reported missing."));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sessions, 2);
    leftLayout->addLayout(sessionButtons);
    leftLayout->addWidget(new QLabel(tr("Sections"), left));
    leftLayout->addWidget(m_sectionList, 3);
    leftLayout->addWidget(m_markCounted);

    auto *right = new QWidget(this);
    m_title = new QLabel(right);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_shelf = new QComboBox(right);
    m_shelf->setFont(big);
    m_shelf->setMinimumHeight(44);
    m_shelf->setMinimumContentsLength(8);
    m_scan = new QLineEdit(right);
    m_scan->setFont(big);
    m_scan->setMinimumHeight(48);
    auto *shelfLabel = new QLabel(tr("Shelf:"), right);
    shelfLabel->setFont(big);
    shelfLabel->setBuddy(m_shelf);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(shelfLabel);
    scanRow->addWidget(m_shelf, 1);
    scanRow->addWidget(m_scan, 3);

    m_feedback = new QLabel(right);
    QFont feedbackFont = font();
    feedbackFont.setPointSizeF(feedbackFont.pointSizeF() * 1.8);
    feedbackFont.setBold(true);
    m_feedback->setFont(feedbackFont);
    m_feedback->setWordWrap(true);
    m_feedback->setMinimumHeight(84);
    m_feedback->setTextInteractionFlags(Qt::NoTextInteraction);
    m_counts = new QLabel(right);
    QFont countsFont = font();
    countsFont.setPointSizeF(countsFont.pointSizeF() * 1.15);
    m_counts->setFont(countsFont);
    m_counts->setWordWrap(true);

    m_results = new QTabWidget(right);
    for (int tab = 0; tab < ResultTabCount; ++tab) {
        auto *model = new StocktakeEntriesModel(this);
        auto *view = new QTableView(m_results);
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setColumnWidth(StocktakeEntriesModel::Barcode, 130);
        view->setColumnWidth(StocktakeEntriesModel::CallNo, 110);
        view->setColumnWidth(StocktakeEntriesModel::Title, 220);
        view->setColumnWidth(StocktakeEntriesModel::Shelf, 70);
        view->setColumnWidth(StocktakeEntriesModel::Found, 230);
        view->setColumnWidth(StocktakeEntriesModel::Scans, 50);
        if (tab == OnLoanTab || tab == MissingTab || tab == NotCountedTab) {
            view->hideColumn(StocktakeEntriesModel::Found);
            view->hideColumn(StocktakeEntriesModel::ScannedAt);
            view->hideColumn(StocktakeEntriesModel::Scans);
        }
        m_models << model;
        m_views << view;
        view->installEventFilter(this);
        m_results->addTab(view, QString());
    }

    m_pdf = new QPushButton(tr("Report as PDF…"), right);
    m_print = new QPushButton(tr("Print report…"), right);
    auto *reportRow = new QHBoxLayout;
    reportRow->addStretch(1);
    reportRow->addWidget(m_pdf);
    reportRow->addWidget(m_print);

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addLayout(scanRow);
    rightLayout->addWidget(m_feedback);
    rightLayout->addWidget(m_counts);
    rightLayout->addWidget(m_results, 1);
    rightLayout->addLayout(reportRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    for (QWidget *w : std::initializer_list<QWidget *>{m_sessions,
                                                       m_sectionList,
                                                       m_shelf,
                                                       m_new,
                                                       m_pause,
                                                       m_resume,
                                                       m_finish,
                                                       m_markCounted,
                                                       m_pdf,
                                                       m_print,
                                                       m_results})
        w->installEventFilter(this);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &StocktakeTab::refreshLists);
    connect(m_scan, &QLineEdit::returnPressed, this, &StocktakeTab::onScan);
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, &StocktakeTab::onSessionChosen);
    connect(m_new, &QPushButton::clicked, this, &StocktakeTab::newStocktake);
    connect(m_pause, &QPushButton::clicked, this, &StocktakeTab::pauseCurrent);
    connect(m_resume, &QPushButton::clicked, this, &StocktakeTab::resumeCurrent);
    connect(m_finish, &QPushButton::clicked, this, &StocktakeTab::finishCurrent);
    connect(m_markCounted, &QPushButton::clicked, this, &StocktakeTab::markSelectedCounted);
    connect(m_pdf, &QPushButton::clicked, this, &StocktakeTab::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &StocktakeTab::printPreview);
    connect(m_shelf, &QComboBox::activated, this, [this] { focusScan(); });
}

} // namespace SchoolSuite::Library
