#pragma once

#include "indicators/indicatorresult.h"

#include <QFrame>

class QLabel;

namespace SchoolSuite {

// One indicator at a glance: its value, the target, met (✓ green) or not (✗ red), what it
// counts. Clicked (or Enter/Space with focus) to show its drill-down.
class IndicatorCard : public QFrame
{
    Q_OBJECT

public:
    explicit IndicatorCard(Indicator indicator, QWidget *parent = nullptr);

    void setFigure(const IndicatorFigure &figure, const QString &recordedAt);
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    Indicator indicator() const { return m_indicator; }

    QString valueText() const;
    QString targetText() const;
    QString metText() const;

signals:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Indicator m_indicator;
    bool m_selected = false;
    QString m_state; // "met", "missed", "none"
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_target;
    QLabel *m_met;
    QLabel *m_basis;
    QLabel *m_recorded;
    void restyle();
};

} // namespace SchoolSuite
