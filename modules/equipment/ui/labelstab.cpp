#include "labelstab.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "equipment/labels/labelitemsmodel.h"
#include "equipment/labels/labelsource.h"
#include "labellayoutwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
QString layoutKey()
{
    return QStringLiteral("Equipment/Labels/Layout");
}
QString outlinesKey()
{
    return QStringLiteral("Equipment/Labels/Outlines");
}

QTableView *tableFor(LabelItemsModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

QList<int> selectedRows(QTableView *view)
{
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        rows.append(index.row());
    return rows;
}
} // namespace

LabelsTab::LabelsTab(LocalStore &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_source(std::make_unique<LabelSource>(session))
    , m_found(new LabelItemsModel(this))
    , m_queue(new LabelItemsModel(this))
    , m_filter(new QLineEdit(this))
    , m_room(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_foundView(tableFor(m_found, this))
    , m_queueView(tableFor(m_queue, this))
    , m_scan(new QLineEdit(this))
    , m_queueTitle(new QLabel(this))
    , m_message(new QLabel(this))
    , m_layout(new LabelLayoutWidget(this))
    , m_outlines(new QCheckBox(tr("Draw label outlines (to check on plain paper)"), this))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_preview(new QPrintPreviewWidget(m_printer.get(), this))
    , m_addSelected(new QPushButton(tr("&Add selected"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_savePdf(new QPushButton(tr("Save &PDF…"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
    , m_searchTimer(new QTimer(this))
    , m_previewTimer(new QTimer(this))
{
    m_printer->setFullPage(true);
    m_filter->setPlaceholderText(tr("Find by tag, name or serial"));
    m_filter->setClearButtonEnabled(true);
    m_scan->setPlaceholderText(tr("Scan or type an asset tag, then Enter"));
    m_message->setWordWrap(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);

    // Left: find items, then the list to print.
    auto *left = new QWidget(this);
    auto *leftBox = new QVBoxLayout(left);
    leftBox->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_room, 1);
    filters->addWidget(m_category, 1);
    leftBox->addLayout(filters);
    leftBox->addWidget(m_foundView, 3);
    auto *foundButtons = new QHBoxLayout;
    auto *addAll = new QPushButton(tr("Add all &found"), this);
    foundButtons->addWidget(m_addSelected);
    foundButtons->addWidget(addAll);
    foundButtons->addStretch();
    leftBox->addLayout(foundButtons);
    leftBox->addWidget(m_queueTitle);
    leftBox->addWidget(m_scan);
    leftBox->addWidget(m_queueView, 3);
    auto *queueButtons = new QHBoxLayout;
    auto *clear = new QPushButton(tr("&Clear list"), this);
    queueButtons->addWidget(m_remove);
    queueButtons->addWidget(clear);
    queueButtons->addStretch();
    leftBox->addLayout(queueButtons);
    leftBox->addWidget(m_message);

    // Right: the paper, the pages, the output.
    auto *right = new QWidget(this);
    auto *rightBox = new QVBoxLayout(right);
    rightBox->setContentsMargins(0, 0, 0, 0);
    auto *paper = new QGroupBox(tr("Paper and codes"), right);
    auto *paperBox = new QVBoxLayout(paper);
    paperBox->addWidget(m_layout);
    paperBox->addWidget(m_outlines);
    rightBox->addWidget(paper);
    rightBox->addWidget(m_preview, 1);
    auto *output = new QHBoxLayout;
    output->addStretch();
    output->addWidget(m_savePdf);
    output->addWidget(m_print);
    rightBox->addLayout(output);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *box = new QVBoxLayout(this);
    box->addWidget(splitter);

    QSettings settings;
    const QJsonObject saved
        = QJsonDocument::fromJson(settings.value(layoutKey()).toByteArray()).object();
    if (!saved.isEmpty())
        m_layout->setLabelLayout(LabelLayout::fromJson(saved));
    m_outlines->setChecked(settings.value(outlinesKey(), false).toBool());
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);

    connect(m_filter, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_room, &QComboBox::currentIndexChanged, this, &LabelsTab::search);
    connect(m_category, &QComboBox::currentIndexChanged, this, &LabelsTab::search);
    connect(m_searchTimer, &QTimer::timeout, this, &LabelsTab::search);
    connect(m_foundView, &QTableView::doubleClicked, this, &LabelsTab::addSelected);
    connect(m_addSelected, &QPushButton::clicked, this, &LabelsTab::addSelected);
    connect(addAll, &QPushButton::clicked, this, &LabelsTab::addAllFound);
    connect(m_scan, &QLineEdit::returnPressed, this, &LabelsTab::scanned);
    connect(m_remove, &QPushButton::clicked, this, &LabelsTab::removeSelected);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_queue->setItems({});
        updateButtons();
        m_previewTimer->start();
    });
    connect(m_foundView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &LabelsTab::updateButtons);
    connect(m_queueView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &LabelsTab::updateButtons);
    connect(
        m_queue, &QAbstractItemModel::rowsInserted, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_queue, &QAbstractItemModel::rowsRemoved, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_layout, &LabelLayoutWidget::changed, this, &LabelsTab::layoutChanged);
    connect(m_outlines, &QCheckBox::toggled, this, &LabelsTab::layoutChanged);
    connect(m_previewTimer, &QTimer::timeout, this, &LabelsTab::updatePreview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &LabelsTab::paintPreview);
    connect(m_savePdf, &QPushButton::clicked, this, &LabelsTab::savePdfAs);
    connect(m_print, &QPushButton::clicked, this, &LabelsTab::print);

    reload();
}

LabelsTab::~LabelsTab() = default;

void LabelsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_scan->setFocus();
}

void LabelsTab::reload()
{
    const QString room = m_room->currentData().toString();
    const QString category = m_category->currentData().toString();
    {
        const QSignalBlocker roomBlocker(m_room);
        const QSignalBlocker categoryBlocker(m_category);
        m_room->clear();
        m_room->addItem(tr("All rooms"), QString());
        for (const auto &[id, name] : m_source->rooms())
            m_room->addItem(name, id);
        m_room->setCurrentIndex(qMax(0, m_room->findData(room)));
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const auto &[id, name] : m_source->categories())
            m_category->addItem(name, id);
        m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
    }
    search();
    updatePreview();
}

void LabelsTab::search()
{
    LabelFilter filter;
    filter.text = m_filter->text();
    filter.roomId = m_room->currentData().toString();
    filter.categoryId = m_category->currentData().toString();
    m_found->setItems(m_source->items(filter));
    m_foundView->resizeColumnToContents(LabelItemsModel::Tag);
    updateButtons();
}

void LabelsTab::addSelected()
{
    QList<LabelItem> items;
    for (int row : selectedRows(m_foundView))
        items.append(m_found->item(row));
    m_queue->add(items);
    updateButtons();
}

void LabelsTab::addAllFound()
{
    m_queue->add(m_found->items());
    updateButtons();
}

void LabelsTab::scanned()
{
    const QString tag = m_scan->text().trimmed();
    m_scan->clear();
    if (tag.isEmpty())
        return;
    const std::optional<LabelItem> item = m_source->byTag(tag);
    if (!item) {
        showMessage(tr("%1 is not an asset tag of this school.").arg(tag), true);
        return;
    }
    if (m_queue->add({*item}) == 0)
        showMessage(tr("%1 (%2) is already in the list.").arg(item->tag, item->name));
    else
        showMessage(tr("Added %1 (%2).").arg(item->tag, item->name));
    m_queueView->scrollToBottom();
    updateButtons();
}

void LabelsTab::removeSelected()
{
    m_queue->removeRowsAt(selectedRows(m_queueView));
    updateButtons();
}

void LabelsTab::layoutChanged()
{
    QSettings settings;
    settings.setValue(
        layoutKey(),
        QJsonDocument(m_layout->labelLayout().toJson()).toJson(QJsonDocument::Compact));
    settings.setValue(outlinesKey(), m_outlines->isChecked());
    updateButtons();
    m_previewTimer->start();
}

LabelPainter LabelsTab::painter() const
{
    LabelPainter painter(m_layout->labelLayout());
    painter.setOutlines(m_outlines->isChecked());
    return painter;
}

QList<LabelData> LabelsTab::labels() const
{
    return m_source->labels(m_queue->items());
}

LabelLayout LabelsTab::labelLayout() const
{
    return m_layout->labelLayout();
}

void LabelsTab::updatePreview()
{
    m_preview->updatePreview();
}

void LabelsTab::paintPreview(QPrinter *printer)
{
    QList<LabelData> list = labels();
    if (list.isEmpty()) {
        // A sample shows the paper and the codes before anything is chosen.
        list.append({QStringLiteral("%1-000001").arg(m_store.schoolCode()),
                     tr("Sample: choose items on the left"),
                     m_source->schoolName()});
    }
    try {
        printer->setFullPage(true);
        painter().print(*printer, list);
    } catch (const Error &e) {
        showMessage(e.message(), true);
    }
}

int LabelsTab::savePdf(const QString &fileName)
{
    return painter().writePdf(fileName, labels());
}

void LabelsTab::savePdfAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(this,
                                                      tr("Save labels as PDF"),
                                                      dir + QStringLiteral("/labels.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    try {
        const int pages = savePdf(file);
        showMessage(tr("Saved %n page(s) of labels to %1.", nullptr, pages).arg(file));
    } catch (const Error &e) {
        showMessage(e.message(), true);
    }
}

void LabelsTab::print()
{
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print labels"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        m_printer->setFullPage(true);
        const int pages = painter().print(*m_printer, labels());
        showMessage(tr("Sent %n page(s) of labels to the printer.", nullptr, pages));
    } catch (const Error &e) {
        showMessage(e.message(), true);
    }
    m_previewTimer->start();
}

void LabelsTab::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
}

void LabelsTab::updateButtons()
{
    const int count = int(m_queue->items().size());
    const LabelLayout layout = m_layout->labelLayout();
    m_queueTitle->setText(
        tr("To print: %n label(s) on %1 page(s)", nullptr, count).arg(layout.pageCount(count)));
    m_addSelected->setEnabled(m_foundView->selectionModel()->hasSelection());
    m_remove->setEnabled(m_queueView->selectionModel()->hasSelection());
    const bool ready = count > 0 && layout.problem().isEmpty();
    m_savePdf->setEnabled(ready);
    m_print->setEnabled(ready);
}

} // namespace SchoolSuite
