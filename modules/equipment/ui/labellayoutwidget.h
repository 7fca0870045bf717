#pragma once

#include "equipment/labels/labellayout.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace SchoolSuite {

// Edits a LabelLayout: a preset (A4 sheets, label printer sizes) or the grid by hand, which
// codes, and the first free label of a partly used sheet.
class LabelLayoutWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LabelLayoutWidget(QWidget *parent = nullptr);

    LabelLayout labelLayout() const;
    void setLabelLayout(const LabelLayout &layout);

signals:
    void changed();

private:
    void applyPreset();
    void edited();
    void updateEnabled();
    QDoubleSpinBox *millimetres(double maximum);

    QComboBox *m_preset;
    QComboBox *m_kind;
    QComboBox *m_codes;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QSpinBox *m_rows;
    QSpinBox *m_columns;
    QDoubleSpinBox *m_top;
    QDoubleSpinBox *m_left;
    QDoubleSpinBox *m_gapX;
    QDoubleSpinBox *m_gapY;
    QSpinBox *m_start;
    QLabel *m_problem;
    bool m_updating = false;
};

} // namespace SchoolSuite
