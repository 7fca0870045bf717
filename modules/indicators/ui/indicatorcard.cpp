#include "indicatorcard.h"

#include "indicators/indicatorchart.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>

namespace SchoolSuite {

IndicatorCard::IndicatorCard(Indicator indicator, QWidget *parent)
    : QFrame(parent)
    , m_indicator(indicator)
    , m_title(new QLabel(Indicators::title(indicator), this))
    , m_value(new QLabel(this))
    , m_target(new QLabel(this))
    , m_met(new QLabel(this))
    , m_basis(new QLabel(this))
    , m_recorded(new QLabel(this))
{
    setObjectName(QStringLiteral("card_") + Indicators::key(indicator));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(Indicators::explanation(indicator));
    setAccessibleName(Indicators::title(indicator));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    QFont title = m_title->font();
    title.setBold(true);
    m_title->setFont(title);
    m_title->setWordWrap(true);
    QFont value = m_value->font();
    value.setPointSizeF(value.pointSizeF() * 1.7);
    value.setBold(true);
    m_value->setFont(value);
    m_value->setObjectName(QStringLiteral("value"));
    m_met->setObjectName(QStringLiteral("met"));
    m_met->setAlignment(Qt::AlignCenter);
    m_target->setObjectName(QStringLiteral("target"));
    for (QLabel *small : {m_basis, m_recorded}) {
        QFont f = small->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        small->setFont(f);
        small->setWordWrap(true);
        small->setStyleSheet(QStringLiteral("color: #5a5a5a;"));
    }
    m_recorded->hide();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 8, 10, 8);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(m_value, 1, 0);
    grid->addWidget(m_met, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_target, 2, 0, 1, 2);
    grid->addWidget(m_basis, 3, 0, 1, 2);
    grid->addWidget(m_recorded, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    restyle();
}

void IndicatorCard::setFigure(const IndicatorFigure &f, const QString &recordedAt)
{
    m_value->setText(Indicators::format(f.indicator, f.value));
    if (f.target)
        m_target->setText(
            f.targetFromDistrict
                ? tr("Target %1 (district)").arg(Indicators::format(f.indicator, f.target))
                : tr("Target %1 (plan)").arg(Indicators::format(f.indicator, f.target)));
    else
        m_target->setText(Indicators::direction(f.indicator) == Indicators::Direction::Informational
                              ? tr("For information")
                              : tr("No target this year"));
    if (f.met)
        m_met->setText(*f.met ? tr("✓ Met") : tr("✗ Not met"));
    else
        m_met->clear();
    m_state = !f.met ? QStringLiteral("none")
                     : (*f.met ? QStringLiteral("met") : QStringLiteral("missed"));
    m_basis->setText(f.basis);
    const bool showRecorded = !recordedAt.isEmpty() && f.recorded != f.value;
    m_recorded->setVisible(showRecorded);
    if (showRecorded)
        m_recorded->setText(
            tr("Recorded %1: %2")
                .arg(recordedAt.left(10), Indicators::format(f.indicator, f.recorded)));
    restyle();
}

QString IndicatorCard::valueText() const
{
    return m_value->text();
}

QString IndicatorCard::targetText() const
{
    return m_target->text();
}

QString IndicatorCard::metText() const
{
    return m_met->text();
}

void IndicatorCard::setSelected(bool selected)
{
    m_selected = selected;
    restyle();
}

void IndicatorCard::restyle()
{
    const QColor accent = m_state == QLatin1String("met")
                              ? IndicatorChart::metColor()
                              : (m_state == QLatin1String("missed") ? IndicatorChart::missedColor()
                                                                    : QColor(0x88, 0x88, 0x88));
    setStyleSheet(QStringLiteral("#%5 { background: %1; border: %2px solid %3; border-left: 5px "
                                 "solid %4; border-radius: 4px; }")
                      .arg(m_selected ? QStringLiteral("#eef4fb") : QStringLiteral("#ffffff"),
                           m_selected ? QStringLiteral("2") : QStringLiteral("1"),
                           m_selected ? QStringLiteral("#1d6fc4") : QStringLiteral("#d5d5d5"),
                           accent.name(),
                           objectName()));
    m_value->setStyleSheet(QStringLiteral("color: %1;").arg(accent.darker(110).name()));
    m_met->setStyleSheet(
        m_met->text().isEmpty()
            ? QString()
            : QStringLiteral("color: white; background: %1; border-radius: 3px; padding: 2px 6px;")
                  .arg(accent.name()));
}

void IndicatorCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        setFocus(Qt::MouseFocusReason);
        emit clicked();
        return;
    }
    QFrame::mousePressEvent(event);
}

void IndicatorCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace SchoolSuite
