#include "reportstab.h"

#include "reportchart.h"

#include "library/reports/reportmodels.h"

#include "core/auth/session.h"
#include "core/error.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace SchoolSuite::Library {

namespace {
QTableView *tableFor(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QScrollArea *scrolled(QWidget *widget, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(widget);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

ReportsTab::ReportsTab(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    buildUi();
    const auto year = LibraryReports::schoolYearOf(QDate::currentDate());
    setPeriod(year.first, qMin(year.second, QDate::currentDate()));
}

ReportChart *ReportsTab::chart(Page page) const
{
    return m_charts.at(page);
}

void ReportsTab::buildUi()
{
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_topCount = new QSpinBox(this);
    m_topCount->setRange(1, 200);
    m_topCount->setValue(20);
    m_grouping = new QComboBox(this);
    m_grouping->addItem(tr("Per class"));
    m_grouping->addItem(tr("Per grade"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *pdf = new QPushButton(tr("PDF…"), this);
    auto *print = new QPushButton(tr("Print…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Loans from"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Most borrowed: top"), this));
    bar->addWidget(m_topCount);
    bar->addStretch(1);
    bar->addWidget(refresh);
    bar->addWidget(pdf);
    bar->addWidget(print);

    m_collection = new CollectionModel(this);
    m_loans = new MonthlyLoansModel(this);
    m_top = new TopTitlesModel(this);
    for (int i = 0; i < 3; ++i)
        m_charts << new ReportChart(this);

    m_pages = new QTabWidget(this);
    auto *collection = new QWidget(m_pages);
    m_booksPerStudent = new QLabel(collection);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_booksPerStudent->setFont(big);
    m_booksPerStudent->setWordWrap(true);
    auto *collectionSplit = new QSplitter(collection);
    QTableView *collectionTable = tableFor(m_collection, collectionSplit);
    collectionTable->horizontalHeader()->setSectionResizeMode(CollectionModel::Name,
                                                              QHeaderView::Interactive);
    collectionTable->setColumnWidth(CollectionModel::Name, 190);
    collectionTable->setTextElideMode(Qt::ElideRight);
    collectionSplit->addWidget(collectionTable);
    collectionSplit->addWidget(scrolled(m_charts.at(CollectionPage), collectionSplit));
    collectionSplit->setSizes({420, 600});
    auto *collectionLayout = new QVBoxLayout(collection);
    collectionLayout->addWidget(m_booksPerStudent);
    collectionLayout->addWidget(collectionSplit, 1);
    m_pages->addTab(collection, tr("Collection"));

    auto *loans = new QWidget(m_pages);
    auto *loansSplit = new QSplitter(Qt::Vertical, loans);
    QTableView *loansTable = tableFor(m_loans, loansSplit);
    loansTable->horizontalHeader()->setStretchLastSection(false);
    loansSplit->addWidget(loansTable);
    loansSplit->addWidget(scrolled(m_charts.at(LoansPage), loansSplit));
    auto *loansBar = new QHBoxLayout;
    loansBar->addWidget(new QLabel(tr("Readers:"), loans));
    loansBar->addWidget(m_grouping);
    loansBar->addWidget(new QLabel(tr("(the chart shows the grades)"), loans));
    loansBar->addStretch(1);
    auto *loansLayout = new QVBoxLayout(loans);
    loansLayout->addLayout(loansBar);
    loansLayout->addWidget(loansSplit, 1);
    m_pages->addTab(loans, tr("Loans per month"));

    auto *top = new QSplitter(m_pages);
    top->addWidget(tableFor(m_top, top));
    top->addWidget(scrolled(m_charts.at(TopPage), top));
    top->setSizes({480, 560});
    m_pages->addTab(top, tr("Most borrowed"));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);
    m_message->hide();

    connect(refresh, &QPushButton::clicked, this, &ReportsTab::refresh);
    connect(pdf, &QPushButton::clicked, this, &ReportsTab::exportPdf);
    connect(print, &QPushButton::clicked, this, &ReportsTab::printPreview);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ReportsTab::showLoans);
    connect(m_topCount, &QSpinBox::editingFinished, this, &ReportsTab::refresh);
    connect(m_from, &QDateEdit::editingFinished, this, &ReportsTab::refresh);
    connect(m_to, &QDateEdit::editingFinished, this, &ReportsTab::refresh);
}

void ReportsTab::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void ReportsTab::setTopCount(int count)
{
    m_topCount->setValue(count);
    refresh();
}

void ReportsTab::setByGrade(bool byGrade)
{
    m_grouping->setCurrentIndex(byGrade ? 1 : 0);
}

void ReportsTab::refresh()
{
    try {
        const LibraryReports reports(m_session);
        m_data
            = ReportsDocument::collect(reports, m_from->date(), m_to->date(), m_topCount->value());
        m_message->hide();
    } catch (const Error &e) {
        m_message->setText(e.message());
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_message->show();
        return;
    }
    m_collection->setCounts(m_data.collection);
    // The text names the figure itself ("2.7 copies per student (…)").
    m_booksPerStudent->setText(ReportsDocument::booksPerStudentText(m_data.booksPerStudent));
    m_charts.at(CollectionPage)->setChart(ReportsDocument::collectionChart(m_data.collection));
    m_top->setTitles(m_data.mostBorrowed);
    m_charts.at(TopPage)->setChart(ReportsDocument::topChart(m_data.mostBorrowed));
    m_charts.at(LoansPage)->setChart(ReportsDocument::monthlyChart(m_data.loansByGrade));
    showLoans();
}

void ReportsTab::showLoans()
{
    m_loans->setLoans(m_grouping->currentIndex() == 1 ? m_data.loansByGrade : m_data.loansByClass);
}

bool ReportsTab::writePdf(const QString &path)
{
    try {
        ReportsDocument::writePdf(m_data, path);
    } catch (const Error &e) {
        m_message->setText(e.message());
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_message->show();
        return false;
    }
    m_message->setText(tr("Reports written: %1").arg(QDir::toNativeSeparators(path)));
    m_message->setStyleSheet(QString());
    m_message->show();
    return true;
}

void ReportsTab::exportPdf()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(
                  tr("library reports %1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Reports as PDF"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path);
}

void ReportsTab::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        ReportsDocument::print(m_data, p);
    });
    preview.exec();
}

} // namespace SchoolSuite::Library
