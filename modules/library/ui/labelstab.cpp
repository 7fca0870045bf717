#include "labelstab.h"

#include "labelqueuemodel.h"

#include "equipment/labels/labelpainter.h"

#include "core/auth/session.h"
#include "core/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPixmap>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace SchoolSuite::Library {

LabelsTab::LabelsTab(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    buildUi();
    reload();
}

void LabelsTab::buildUi()
{
    m_scan = new QLineEdit(this);
    m_scan->setPlaceholderText(tr("Scan a copy's barcode to add it to the queue"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_scan->setFont(big);
    m_scan->setMinimumHeight(40);
    m_since = new QDateEdit(QDate::currentDate(), this);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *addSince = new QPushButton(tr("Add"), this);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(new QLabel(tr("Every copy catalogued since"), this));
    sinceRow->addWidget(m_since);
    sinceRow->addWidget(addSince);
    sinceRow->addStretch(1);
    m_model = new LabelQueueModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(LabelQueueModel::Barcode, 140);
    m_view->setColumnWidth(LabelQueueModel::Title, 220);
    auto *remove = new QPushButton(tr("Remove selected"), this);
    auto *clear = new QPushButton(tr("Empty the queue"), this);
    auto *queueButtons = new QHBoxLayout;
    queueButtons->addWidget(remove);
    queueButtons->addWidget(clear);
    queueButtons->addStretch(1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_scan);
    leftLayout->addLayout(sinceRow);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(queueButtons);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Spine labels (call number)"));
    m_kind->addItem(tr("Barcode labels (Code 128 and title)"));
    m_preset = new QComboBox(this);
    for (const LabelLayout::Preset &p : LabelLayout::presets())
        m_preset->addItem(p.title, p.id);
    m_preset->setCurrentIndex(m_preset->findData(QStringLiteral("a4-5x13")));
    m_start = new QSpinBox(this);
    m_start->setRange(1, 65);
    m_outlines = new QCheckBox(tr("Outlines (to check the alignment on plain paper)"), this);
    m_name = new QCheckBox(tr("Library name"), this);
    m_class = new QCheckBox(tr("Class number"), this);
    m_seq = new QCheckBox(tr("Book number"), this);
    m_volume = new QCheckBox(tr("Volume"), this);
    m_points = new QDoubleSpinBox(this);
    m_points->setRange(4, 48);
    m_points->setSuffix(tr(" pt"));
    m_points->setDecimals(1);
    auto *spine = new QGroupBox(tr("Spine label lines"), this);
    auto *spineLayout = new QFormLayout(spine);
    spineLayout->addRow(m_name);
    spineLayout->addRow(m_class);
    spineLayout->addRow(m_seq);
    spineLayout->addRow(m_volume);
    spineLayout->addRow(tr("Font size:"), m_points);
    m_spineBox = spine;
    auto *form = new QFormLayout;
    form->addRow(tr("Labels:"), m_kind);
    form->addRow(tr("Paper:"), m_preset);
    form->addRow(tr("First free label on the sheet:"), m_start);
    form->addRow(m_outlines);
    auto *pdf = new QPushButton(tr("Save as PDF…"), this);
    auto *print = new QPushButton(tr("Print…"), this);
    auto *printRow = new QHBoxLayout;
    printRow->addStretch(1);
    printRow->addWidget(pdf);
    printRow->addWidget(print);
    m_preview = new QLabel(this);
    m_preview->setAlignment(Qt::AlignCenter);
    auto *previewArea = new QScrollArea(this);
    previewArea->setWidget(m_preview);
    previewArea->setWidgetResizable(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(spine);
    rightLayout->addWidget(previewArea, 1);
    rightLayout->addLayout(printRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({520, 520});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_scan, &QLineEdit::returnPressed, this, &LabelsTab::onScan);
    connect(addSince, &QPushButton::clicked, this, [this] { addCataloguedSince(m_since->date()); });
    connect(remove, &QPushButton::clicked, this, &LabelsTab::removeSelected);
    connect(clear, &QPushButton::clicked, this, &LabelsTab::clearQueue);
    connect(pdf, &QPushButton::clicked, this, &LabelsTab::exportPdf);
    connect(print, &QPushButton::clicked, this, &LabelsTab::printPreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LabelsTab::updatePreview);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &LabelsTab::updatePreview);
    connect(m_start, &QSpinBox::valueChanged, this, &LabelsTab::updatePreview);
    connect(m_outlines, &QCheckBox::toggled, this, &LabelsTab::updatePreview);
    for (QCheckBox *box : {m_name, m_class, m_seq, m_volume})
        connect(box, &QCheckBox::toggled, this, &LabelsTab::saveSpineOptions);
    connect(m_points, &QDoubleSpinBox::valueChanged, this, &LabelsTab::saveSpineOptions);
}

LabelsTab::Kind LabelsTab::kind() const
{
    return m_kind->currentIndex() == 1 ? BarcodeLabels : SpineLabels;
}

LabelLayout LabelsTab::layout() const
{
    LabelLayout l = LabelLayout::fromPreset(m_preset->currentData().toString());
    l.codes = LabelCodes::Code128;
    l.startPosition = qMin(m_start->value(), l.labelsPerPage()) - 1;
    return l;
}

SpineOptions LabelsTab::spineOptions() const
{
    SpineOptions o;
    try {
        o = LabelQueue(m_session).spineOptions();
    } catch (const Error &) {
    }
    o.libraryName = m_name->isChecked();
    o.classNumber = m_class->isChecked();
    o.seq = m_seq->isChecked();
    o.volume = m_volume->isChecked();
    o.fontPoints = m_points->value();
    return o;
}

void LabelsTab::reload()
{
    if (!m_session.can(Permission::LibraryEdit)) {
        setEnabled(false);
        showMessage(tr("Labels are printed by the library's staff."));
        return;
    }
    try {
        const LabelQueue queue(m_session);
        m_model->setCopies(queue.copies());
        const SpineOptions o = queue.spineOptions();
        m_loading = true;
        m_name->setChecked(o.libraryName);
        m_class->setChecked(o.classNumber);
        m_seq->setChecked(o.seq);
        m_volume->setChecked(o.volume);
        m_points->setValue(o.fontPoints);
        m_loading = false;
    } catch (const Error &e) {
        m_loading = false;
        showMessage(e.message(), true);
    }
    updatePreview();
}

void LabelsTab::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828; font-weight: bold;")
                                   : QString());
}

void LabelsTab::onScan()
{
    const QString barcode = m_scan->text().trimmed();
    m_scan->clear();
    if (!barcode.isEmpty())
        addBarcode(barcode);
}

bool LabelsTab::addBarcode(const QString &barcode)
{
    try {
        const bool added = LabelQueue(m_session).addBarcode(barcode);
        m_model->setCopies(LabelQueue(m_session).copies());
        showMessage(
            added ? tr("%1 added: %2 labels in the queue.").arg(barcode).arg(m_model->rowCount())
                  : tr("%1 is in the queue already.").arg(barcode));
    } catch (const Error &e) {
        showMessage(e.message(), true);
        return false;
    }
    updatePreview();
    return true;
}

int LabelsTab::addCopies(const QStringList &copyIds)
{
    int added = 0;
    try {
        added = LabelQueue(m_session).addCopies(copyIds);
        m_model->setCopies(LabelQueue(m_session).copies());
        showMessage(
            tr("%1 copies added: %2 labels in the queue.").arg(added).arg(m_model->rowCount()));
    } catch (const Error &e) {
        showMessage(e.message(), true);
    }
    updatePreview();
    return added;
}

int LabelsTab::addCataloguedSince(const QDate &day)
{
    int added = 0;
    try {
        added = LabelQueue(m_session).addCataloguedSince(day);
        m_model->setCopies(LabelQueue(m_session).copies());
        showMessage(tr("%1 copies catalogued since %2 added: %3 labels in the queue.")
                        .arg(added)
                        .arg(day.toString(Qt::ISODate))
                        .arg(m_model->rowCount()));
    } catch (const Error &e) {
        showMessage(e.message(), true);
    }
    updatePreview();
    return added;
}

void LabelsTab::removeSelected()
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(LabelQueueModel::CopyIdRole).toString();
    try {
        LabelQueue(m_session).remove(ids);
        m_model->setCopies(LabelQueue(m_session).copies());
    } catch (const Error &e) {
        showMessage(e.message(), true);
    }
    updatePreview();
}

void LabelsTab::clearQueue()
{
    try {
        LabelQueue(m_session).clear();
        m_model->setCopies({});
    } catch (const Error &e) {
        showMessage(e.message(), true);
    }
    updatePreview();
}

void LabelsTab::setKind(Kind kind)
{
    m_kind->setCurrentIndex(kind == BarcodeLabels ? 1 : 0);
}

void LabelsTab::setPreset(const QString &presetId)
{
    const int index = m_preset->findData(presetId);
    if (index >= 0)
        m_preset->setCurrentIndex(index);
}

void LabelsTab::setSpineOptions(const SpineOptions &o)
{
    m_loading = true;
    m_name->setChecked(o.libraryName);
    m_class->setChecked(o.classNumber);
    m_seq->setChecked(o.seq);
    m_volume->setChecked(o.volume);
    m_points->setValue(o.fontPoints);
    m_loading = false;
    saveSpineOptions();
}

void LabelsTab::saveSpineOptions()
{
    if (m_loading)
        return;
    try {
        LabelQueue(m_session).setSpineOptions(spineOptions());
    } catch (const Error &e) {
        showMessage(e.message(), true);
    }
    updatePreview();
}

void LabelsTab::updatePreview()
{
    m_spineBox->setVisible(kind() == SpineLabels);
    const LabelLayout l = layout();
    m_start->setMaximum(l.labelsPerPage());
    QList<QueuedCopy> copies = m_model->copies();
    if (copies.isEmpty()) {
        m_preview->setText(tr("The queue is empty: scan copies, or add those catalogued since a "
                              "day."));
        return;
    }
    copies = copies.mid(0, l.labelsPerPage());
    QImage image;
    try {
        const LabelQueue queue(m_session);
        if (kind() == SpineLabels) {
            SpineLabelPainter painter(l, spineOptions());
            painter.setOutlines(true);
            image = painter.renderPage(queue.spineLabels(copies), 0, 96);
        } else {
            LabelPainter painter(l);
            painter.setOutlines(true);
            image = painter.renderPage(queue.barcodeLabels(copies), 0, 96);
        }
    } catch (const Error &e) {
        m_preview->setText(e.message());
        return;
    }
    // The whole sheet (or label) at a size the pane shows without scrolling sideways.
    m_preview->setPixmap(QPixmap::fromImage(image.scaledToWidth(520, Qt::SmoothTransformation)));
}

int LabelsTab::printTo(QPagedPaintDevice &device)
{
    const LabelQueue queue(m_session);
    const QList<QueuedCopy> copies = queue.copies();
    if (kind() == SpineLabels) {
        SpineLabelPainter painter(layout(), spineOptions());
        painter.setOutlines(m_outlines->isChecked());
        return painter.print(device, queue.spineLabels(copies));
    }
    LabelPainter painter(layout());
    painter.setOutlines(m_outlines->isChecked());
    if (copies.isEmpty())
        throw Error(tr("The print queue is empty: add copies first."), Error::Invalid);
    return painter.print(device, queue.barcodeLabels(copies));
}

int LabelsTab::writePdf(const QString &path)
{
    int pages = -1;
    try {
        QPdfWriter writer(path);
        writer.setResolution(1200);
        writer.setCreator(QStringLiteral("SchoolSuite"));
        writer.setTitle(kind() == SpineLabels ? tr("Spine labels") : tr("Barcode labels"));
        pages = printTo(writer);
        clearQueue();
        showMessage(tr("%n pages written to %1; the queue is empty.", nullptr, pages)
                        .arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        showMessage(e.message(), true);
        return -1;
    }
    return pages;
}

void LabelsTab::exportPdf()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("library labels.pdf"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Labels as PDF"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path);
}

void LabelsTab::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintPreviewDialog preview(&printer, this);
    bool printed = false;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        try {
            printTo(*p);
            printed = true;
        } catch (const Error &e) {
            showMessage(e.message(), true);
        }
    });
    if (preview.exec() == QDialog::Accepted && printed)
        clearQueue();
}

} // namespace SchoolSuite::Library
