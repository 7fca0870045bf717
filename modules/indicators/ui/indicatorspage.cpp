#include "indicatorspage.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "indicatorcard.h"
#include "indicatorchartwidget.h"
#include "indicators/drilldownmodel.h"
#include "indicators/indicatorpdf.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
constexpr int kCardColumns = 4;
}

IndicatorsPage::IndicatorsPage(LocalStore &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_service(session)
    , m_drill(new DrillDownModel(this))
{
    setObjectName(QStringLiteral("indicatorsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(createCampusNetwork());
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(createCards());
    auto *tabs = new QTabWidget(split);
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->addTab(createDetails(), tr("Details and trend"));
    tabs->addTab(createAllCharts(), tr("All charts"));
    split->addWidget(tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    reload();
}

QWidget *IndicatorsPage::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Year:"), bar);
    m_year = new QComboBox(bar);
    m_year->setObjectName(QStringLiteral("year"));
    label->setBuddy(m_year);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_record = new QPushButton(
        QIcon::fromTheme(QStringLiteral("document-save")), tr("&Record the year's figures"), bar);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setToolTip(tr("Keep the figures as they are now, so the charts show this year as "
                            "it was when later years have changed the register."));
    m_report = new QPushButton(
        QIcon::fromTheme(QStringLiteral("application-pdf")), tr("Supervision &report (PDF)…"), bar);
    m_report->setObjectName(QStringLiteral("report"));
    row->addWidget(label);
    row->addWidget(m_year);
    row->addWidget(m_summary, 1);
    row->addWidget(m_record);
    row->addWidget(m_report);
    connect(m_year, &QComboBox::activated, this, [this] { showYear(); });
    connect(m_record, &QPushButton::clicked, this, &IndicatorsPage::recordYear);
    connect(m_report, &QPushButton::clicked, this, &IndicatorsPage::chooseReportFile);
    return bar;
}

QWidget *IndicatorsPage::createCampusNetwork()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_campusInPlace = new QCheckBox(tr("Campus network in place since"), box);
    m_campusInPlace->setObjectName(QStringLiteral("campusInPlace"));
    m_campusSince = new QSpinBox(box);
    m_campusSince->setObjectName(QStringLiteral("campusSince"));
    m_campusSince->setRange(1990, m_service.currentYear());
    m_campusSince->setValue(m_service.currentYear());
    m_campusNote = new QLineEdit(box);
    m_campusNote->setObjectName(QStringLiteral("campusNote"));
    m_campusNote->setPlaceholderText(tr("How it is connected, e.g. fibre to the district network"));
    m_campusSave = new QPushButton(tr("&Save"), box);
    m_campusSave->setObjectName(QStringLiteral("campusSave"));
    row->addWidget(m_campusInPlace);
    row->addWidget(m_campusSince);
    row->addWidget(m_campusNote, 1);
    row->addWidget(m_campusSave);
    connect(m_campusInPlace, &QCheckBox::toggled, m_campusSince, &QWidget::setEnabled);
    connect(m_campusSave, &QPushButton::clicked, this, &IndicatorsPage::saveCampusNetwork);
    return box;
}

QWidget *IndicatorsPage::createCards()
{
    auto *holder = new QWidget(this);
    auto *grid = new QGridLayout(holder);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    for (Indicator i : Indicators::all()) {
        auto *card = new IndicatorCard(i, holder);
        const int n = int(m_cards.size());
        grid->addWidget(card, n / kCardColumns, n % kCardColumns);
        m_cards << card;
        connect(card, &IndicatorCard::clicked, this, [this, i] { selectIndicator(i); });
    }
    for (int c = 0; c < kCardColumns; ++c)
        grid->setColumnStretch(c, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(holder->sizeHint().height() + 4);
    return scroll;
}

QWidget *IndicatorsPage::createDetails()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *column = new QVBoxLayout(left);
    column->setContentsMargins(4, 4, 4, 4);
    m_drillTitle = new QLabel(left);
    m_drillTitle->setObjectName(QStringLiteral("drillTitle"));
    QFont bold = m_drillTitle->font();
    bold.setBold(true);
    m_drillTitle->setFont(bold);
    m_drillExplanation = new QLabel(left);
    m_drillExplanation->setWordWrap(true);
    m_drillExplanation->setStyleSheet(QStringLiteral("color: #5a5a5a;"));
    m_drillView = new QTreeView(left);
    m_drillView->setObjectName(QStringLiteral("drillDown"));
    m_drillView->setModel(m_drill);
    m_drillView->setUniformRowHeights(true);
    m_drillView->setAlternatingRowColors(true);
    m_drillView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_drillView->header()->setStretchLastSection(true);
    column->addWidget(m_drillTitle);
    column->addWidget(m_drillExplanation);
    column->addWidget(m_drillView, 1);
    m_chart = new IndicatorChartWidget(split);
    m_chart->setObjectName(QStringLiteral("chart"));
    split->addWidget(left);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QWidget *IndicatorsPage::createAllCharts()
{
    auto *holder = new QWidget(this);
    auto *grid = new QGridLayout(holder);
    for (Indicator i : Indicators::all()) {
        auto *chart = new IndicatorChartWidget(holder);
        chart->setObjectName(QStringLiteral("chart_") + Indicators::key(i));
        chart->setMinimumHeight(200);
        const int n = int(m_charts.size());
        grid->addWidget(chart, n / 2, n % 2);
        m_charts << chart;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    return scroll;
}

IndicatorCard *IndicatorsPage::card(Indicator indicator) const
{
    return m_cards.value(Indicators::index(indicator));
}

int IndicatorsPage::year() const
{
    return m_figures.year;
}

void IndicatorsPage::reload()
{
    const int chosen
        = m_year->currentIndex() >= 0 ? m_year->currentData().toInt() : m_service.currentYear();
    try {
        const QList<int> years = m_service.years();
        m_year->clear();
        for (auto it = years.crbegin(); it != years.crend(); ++it)
            m_year->addItem(QString::number(*it), *it);
        const int at = m_year->findData(chosen);
        m_year->setCurrentIndex(at >= 0 ? at : 0);
        m_history = m_service.history(years.first(), years.last());
    } catch (const Error &e) {
        m_summary->setText(e.message());
        return;
    }
    for (int i = 0; i < kIndicatorCount; ++i)
        m_charts.at(i)->setSeries(Indicator(i), m_history.series[i]);
    loadCampusNetwork();
    showYear();
}

void IndicatorsPage::selectYear(int year)
{
    const int at = m_year->findData(year);
    if (at < 0)
        return;
    m_year->setCurrentIndex(at);
    showYear();
}

void IndicatorsPage::showYear()
{
    try {
        m_figures = m_service.compute(m_year->currentData().toInt());
    } catch (const Error &e) {
        m_summary->setText(e.message());
        return;
    }
    for (IndicatorCard *card : std::as_const(m_cards))
        card->setFigure(m_figures.figure(card->indicator()), m_figures.recordedAt);
    int met = 0;
    int targets = 0;
    for (const IndicatorFigure &f : std::as_const(m_figures.figures)) {
        if (f.met) {
            ++targets;
            met += *f.met ? 1 : 0;
        }
    }
    QString summary = tr("As of %1: %2 of %3 targets met.")
                          .arg(m_figures.asOf.toString(Qt::ISODate))
                          .arg(met)
                          .arg(targets);
    summary += QLatin1Char(' ')
               + (m_figures.targets.districtYear > 0
                      ? tr("Targets sent by the district (%1).").arg(m_figures.targets.districtYear)
                      : tr("Targets of the district plan; the district has sent none."));
    if (!m_figures.recordedAt.isEmpty())
        summary += QLatin1Char(' ') + tr("Recorded on %1.").arg(m_figures.recordedAt.left(10));
    m_summary->setText(summary);
    showSelection();
}

void IndicatorsPage::selectIndicator(Indicator indicator)
{
    m_selected = indicator;
    showSelection();
}

void IndicatorsPage::showSelection()
{
    for (IndicatorCard *card : std::as_const(m_cards))
        card->setSelected(card->indicator() == m_selected);
    if (m_figures.figures.isEmpty())
        return;
    const IndicatorFigure &f = m_figures.figure(m_selected);
    m_drillTitle->setText(QStringLiteral("%1 %2 — %3")
                              .arg(Indicators::title(m_selected))
                              .arg(m_figures.year)
                              .arg(f.basis));
    m_drillExplanation->setText(Indicators::explanation(m_selected));
    m_drill->setFigure(f);
    // Short lists open; the long ones (hundreds of computers) stay folded.
    for (int row = 0; row < m_drill->rowCount(); ++row) {
        const QModelIndex section = m_drill->index(row, 0);
        m_drillView->setExpanded(section, m_drill->rowCount(section) <= 60);
    }
    m_drillView->resizeColumnToContents(DrillDownModel::Name);
    m_drillView->resizeColumnToContents(DrillDownModel::Code);
    m_chart->setSeries(m_selected, m_history.of(m_selected));
}

void IndicatorsPage::loadCampusNetwork()
{
    try {
        const IndicatorsService::CampusNetwork c = m_service.campusNetwork();
        m_campusInPlace->setChecked(c.since.has_value());
        m_campusSince->setEnabled(c.since.has_value());
        if (c.since)
            m_campusSince->setValue(*c.since);
        m_campusNote->setText(c.note);
    } catch (const Error &) {
        m_campusSave->setEnabled(false);
    }
}

void IndicatorsPage::saveCampusNetwork()
{
    IndicatorsService::CampusNetwork c;
    if (m_campusInPlace->isChecked())
        c.since = m_campusSince->value();
    c.note = m_campusNote->text();
    try {
        m_service.setCampusNetwork(c);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Campus network"), e.message());
        return;
    }
    reload();
}

void IndicatorsPage::recordYear()
{
    const int y = year();
    try {
        m_service.recordYear(y);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Record the year's figures"), e.message());
        return;
    }
    reload();
}

int IndicatorsPage::exportReport(const QString &path)
{
    const QList<int> years = m_service.years();
    return IndicatorPdf::write(
        path, m_figures, m_service.history(years.first(), m_figures.year), m_session.displayName());
}

void IndicatorsPage::chooseReportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getSaveFileName(this,
                                       tr("Supervision report"),
                                       dir + QLatin1Char('/') + tr("indicators-%1.pdf").arg(year()),
                                       tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        const int pages = exportReport(path);
        m_summary->setText(tr("Report written to %1 (%2 pages).").arg(path).arg(pages));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Supervision report"), e.message());
    }
}

} // namespace SchoolSuite
