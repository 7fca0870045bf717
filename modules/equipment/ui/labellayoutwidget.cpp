#include "labellayoutwidget.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace SchoolSuite {

LabelLayoutWidget::LabelLayoutWidget(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_codes(new QComboBox(this))
    , m_width(millimetres(300))
    , m_height(millimetres(300))
    , m_rows(new QSpinBox(this))
    , m_columns(new QSpinBox(this))
    , m_top(millimetres(100))
    , m_left(millimetres(100))
    , m_gapX(millimetres(50))
    , m_gapY(millimetres(50))
    , m_start(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    for (const LabelLayout::Preset &preset : LabelLayout::presets())
        m_preset->addItem(preset.title, preset.id);
    m_preset->addItem(tr("Custom"), QString());
    m_kind->addItem(tr("A4 label sheet"), int(LabelLayout::Kind::Sheet));
    m_kind->addItem(tr("Label printer (one label per page)"), int(LabelLayout::Kind::Thermal));
    m_codes->addItem(tr("QR code and bar code"), int(LabelCodes::Both));
    m_codes->addItem(tr("QR code"), int(LabelCodes::Qr));
    m_codes->addItem(tr("Bar code (Code 128)"), int(LabelCodes::Code128));
    m_rows->setRange(1, 40);
    m_columns->setRange(1, 20);
    m_start->setRange(1, 800);
    m_start->setToolTip(tr("On a partly used sheet: the first label that is still free, counted "
                           "row by row from the top left."));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Paper:"), m_preset);
    form->addRow(tr("&Kind:"), m_kind);
    auto pair = [this](QWidget *a, QWidget *b) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(a);
        row->addWidget(new QLabel(QStringLiteral("×"), box));
        row->addWidget(b);
        return box;
    };
    form->addRow(tr("Label size (w × h):"), pair(m_width, m_height));
    form->addRow(tr("Grid (columns × rows):"), pair(m_columns, m_rows));
    form->addRow(tr("Margins (top, left):"), pair(m_top, m_left));
    form->addRow(tr("Gaps (across, down):"), pair(m_gapX, m_gapY));
    form->addRow(tr("&Codes:"), m_codes);
    form->addRow(tr("&Start at label:"), m_start);
    form->addRow(m_problem);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &LabelLayoutWidget::applyPreset);
    for (QComboBox *box : {m_kind, m_codes})
        connect(box, &QComboBox::currentIndexChanged, this, &LabelLayoutWidget::edited);
    for (QDoubleSpinBox *spin : {m_width, m_height, m_top, m_left, m_gapX, m_gapY})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &LabelLayoutWidget::edited);
    for (QSpinBox *spin : {m_rows, m_columns, m_start})
        connect(spin, &QSpinBox::valueChanged, this, &LabelLayoutWidget::edited);
    setLabelLayout(LabelLayout::fromPreset(QStringLiteral("a4-3x8")));
}

QDoubleSpinBox *LabelLayoutWidget::millimetres(double maximum)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setRange(0, maximum);
    spin->setDecimals(2);
    spin->setSingleStep(0.5);
    spin->setSuffix(tr(" mm"));
    return spin;
}

LabelLayout LabelLayoutWidget::labelLayout() const
{
    LabelLayout l = LabelLayout::fromPreset(QStringLiteral("a4-3x8"));
    l.preset = m_preset->currentData().toString();
    l.kind = LabelLayout::Kind(m_kind->currentData().toInt());
    l.codes = LabelCodes(m_codes->currentData().toInt());
    l.label = QSizeF(m_width->value(), m_height->value());
    if (l.kind == LabelLayout::Kind::Thermal) {
        l.page = l.label;
        l.rows = l.columns = 1;
        l.marginTop = l.marginLeft = l.gapX = l.gapY = 0;
        l.startPosition = 0;
    } else {
        l.rows = m_rows->value();
        l.columns = m_columns->value();
        l.marginTop = m_top->value();
        l.marginLeft = m_left->value();
        l.gapX = m_gapX->value();
        l.gapY = m_gapY->value();
        l.startPosition = m_start->value() - 1;
    }
    return l;
}

void LabelLayoutWidget::setLabelLayout(const LabelLayout &l)
{
    m_updating = true;
    const int preset = m_preset->findData(l.preset);
    m_preset->setCurrentIndex(preset >= 0 ? preset : m_preset->count() - 1);
    m_kind->setCurrentIndex(m_kind->findData(int(l.kind)));
    m_codes->setCurrentIndex(m_codes->findData(int(l.codes)));
    m_width->setValue(l.label.width());
    m_height->setValue(l.label.height());
    m_rows->setValue(l.rows);
    m_columns->setValue(l.columns);
    m_top->setValue(l.marginTop);
    m_left->setValue(l.marginLeft);
    m_gapX->setValue(l.gapX);
    m_gapY->setValue(l.gapY);
    m_start->setValue(l.startPosition + 1);
    m_updating = false;
    updateEnabled();
    emit changed();
}

void LabelLayoutWidget::applyPreset()
{
    if (m_updating)
        return;
    const QString id = m_preset->currentData().toString();
    if (id.isEmpty())
        return; // "Custom": keep the values as they are
    LabelLayout l = LabelLayout::fromPreset(id);
    l.codes = LabelCodes(m_codes->currentData().toInt());
    setLabelLayout(l);
}

void LabelLayoutWidget::edited()
{
    if (m_updating)
        return;
    // A value changed by hand is no longer the preset, unless it still is.
    const LabelLayout l = labelLayout();
    if (!l.preset.isEmpty()) {
        LabelLayout preset = LabelLayout::fromPreset(l.preset);
        preset.codes = l.codes;
        preset.startPosition = l.startPosition;
        if (preset.toJson() != l.toJson()) {
            m_updating = true;
            m_preset->setCurrentIndex(m_preset->count() - 1);
            m_updating = false;
        }
    }
    updateEnabled();
    emit changed();
}

void LabelLayoutWidget::updateEnabled()
{
    const LabelLayout l = labelLayout();
    const bool sheet = l.kind == LabelLayout::Kind::Sheet;
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_rows, m_columns, m_top, m_left, m_gapX, m_gapY, m_start})
        w->setEnabled(sheet);
    m_start->setMaximum(sheet ? l.labelsPerPage() : 1);
    const QString problem = l.problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace SchoolSuite
