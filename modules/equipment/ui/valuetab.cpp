#include "valuetab.h"

#include "scrapwidget.h"
#include "valuemodels.h"

#include "equipment/value/valuereport.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/io/tabularwriter.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumHeight(34);
    return edit;
}
} // namespace

ValueTab::ValueTab(LocalStore &store, const Session &session, QWidget *parent)
    : QTabWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_scrap(new ScrapWidget(session, this))
    , m_valueModel(new ValueReportModel(this))
    , m_replacementModel(new ReplacementModel(this))
{
    setDocumentMode(true);
    addTab(m_scrap, tr("Scrapping"));
    addTab(buildValuePage(), tr("Value"));
    addTab(buildReplacementPage(), tr("Replacement planning"));
    connect(m_scrap, &ScrapWidget::changed, this, [this] {
        computeValue();
        computeReplacement();
    });
    computeValue();
    computeReplacement();
}

QWidget *ValueTab::buildValuePage()
{
    auto *page = new QWidget(this);
    m_asOf = dateEdit(QDate::currentDate(), page);
    auto *pdf = new QPushButton(tr("Export PDF…"), page);
    pdf->setMinimumHeight(34);
    m_valueInfo = new QLabel(page);
    m_valueInfo->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Value as of:"), page));
    bar->addWidget(m_asOf);
    bar->addStretch(1);
    bar->addWidget(pdf);

    auto *view = tableView(m_valueModel, page);
    view->setColumnWidth(ValueReportModel::Category, 200);
    view->setColumnWidth(ValueReportModel::Funding, 200);
    view->setColumnWidth(ValueReportModel::Count, 70);
    view->setColumnWidth(ValueReportModel::Cost, 170);
    view->setColumnWidth(ValueReportModel::Accumulated, 220);
    m_unvalued = new QTableWidget(0, 4, page);
    m_unvalued->setHorizontalHeaderLabels(
        {tr("Asset tag"), tr("Name"), tr("Category"), tr("Missing")});
    m_unvalued->verticalHeader()->hide();
    m_unvalued->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unvalued->horizontalHeader()->setStretchLastSection(true);
    auto *unvaluedBox = new QWidget(page);
    auto *unvaluedLayout = new QVBoxLayout(unvaluedBox);
    unvaluedLayout->setContentsMargins(0, 0, 0, 0);
    unvaluedLayout->addWidget(
        new QLabel(tr("Items without price or purchase date (not valued):"), unvaluedBox));
    unvaluedLayout->addWidget(m_unvalued);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(view);
    splitter->addWidget(unvaluedBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_valueInfo);
    layout->addWidget(splitter, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &ValueTab::computeValue);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path
            = askSavePath(tr("Save value report"),
                          tr("Equipment value %1").arg(m_asOf->date().toString(Qt::ISODate)),
                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            writeValuePdf(path);
    });
    return page;
}

QWidget *ValueTab::buildReplacementPage()
{
    auto *page = new QWidget(this);
    const QDate today = QDate::currentDate();
    m_by = dateEdit(QDate(today.year(), 12, 31), page);
    auto *csv = new QPushButton(tr("Export CSV…"), page);
    auto *pdf = new QPushButton(tr("Export PDF…"), page);
    csv->setMinimumHeight(34);
    pdf->setMinimumHeight(34);
    m_replacementInfo = new QLabel(page);
    m_replacementInfo->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Computers reaching the end of their service life by:"), page));
    bar->addWidget(m_by);
    bar->addStretch(1);
    bar->addWidget(csv);
    bar->addWidget(pdf);
    auto *view = tableView(m_replacementModel, page);
    view->setColumnWidth(0, 140);
    view->setColumnWidth(1, 180);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_replacementInfo);
    layout->addWidget(view, 1);

    connect(m_by, &QDateEdit::dateChanged, this, &ValueTab::computeReplacement);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = askSavePath(tr("Save replacement list"),
                                         tr("Computers due for replacement"),
                                         tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            writeReplacementCsv(path);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = askSavePath(tr("Save replacement list"),
                                         tr("Computers due for replacement"),
                                         tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            writeReplacementPdf(path);
    });
    return page;
}

void ValueTab::reload()
{
    m_scrap->reload();
    computeValue();
    computeReplacement();
}

void ValueTab::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);
    computeValue();
}

void ValueTab::setReplacementBy(const QDate &date)
{
    m_by->setDate(date);
    computeReplacement();
}

void ValueTab::computeValue()
{
    try {
        const ValueReport::Report report = ValueReport::compute(m_session, m_asOf->date());
        m_valueModel->setReport(report);
        m_valueInfo->setText(tr("%1 items valued: original cost %2 yuan, net value %3 yuan. "
                                "Straight-line depreciation by month over the category's "
                                "service life, no residual value.")
                                 .arg(report.total.count)
                                 .arg(ValueReport::money(report.total.costFen),
                                      ValueReport::money(report.total.netFen)));
        m_unvalued->setRowCount(int(report.unvalued.size()));
        for (int row = 0; row < report.unvalued.size(); ++row) {
            const auto &u = report.unvalued.at(row);
            const QStringList cells{u.tag, u.name, u.categoryName, u.reason};
            for (int column = 0; column < cells.size(); ++column)
                m_unvalued->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    } catch (const Error &e) {
        showError(e.message());
    }
}

void ValueTab::computeReplacement()
{
    try {
        const auto list = ValueReport::replacement(m_session, m_by->date());
        m_replacementModel->setList(list);
        QString info
            = tr("%n computer(s) to replace, oldest first.", nullptr, int(list.items.size()));
        if (list.undated > 0)
            info += QLatin1Char(' ')
                    + tr("%n computer(s) without a purchase date are not listed.",
                         nullptr,
                         list.undated);
        m_replacementInfo->setText(info);
    } catch (const Error &e) {
        showError(e.message());
    }
}

bool ValueTab::writeValuePdf(const QString &path)
{
    try {
        ValueReport::writePdf(m_valueModel->report(), m_store.schoolName(), path);
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    return true;
}

bool ValueTab::writeReplacementCsv(const QString &path)
{
    try {
        TabularWriter::write(path, ValueReport::table(m_replacementModel->list()));
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    return true;
}

bool ValueTab::writeReplacementPdf(const QString &path)
{
    try {
        ValueReport::writePdf(m_replacementModel->list(), m_store.schoolName(), path);
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    return true;
}

QString ValueTab::askSavePath(const QString &title, const QString &name, const QString &filter)
{
    const QString suffix = filter.contains(QStringLiteral("*.csv")) ? QStringLiteral(".csv")
                                                                    : QStringLiteral(".pdf");
    return QFileDialog::getSaveFileName(
        this,
        title,
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(name + suffix),
        filter);
}

void ValueTab::showError(const QString &text)
{
    if (isVisible())
        QMessageBox::warning(this, tr("Scrapping and value"), text);
    else
        qWarning("%s", qPrintable(text));
}

} // namespace SchoolSuite
