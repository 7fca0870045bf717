#include "detailpane.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace SchoolSuite {

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_body(new QWidget(this))
    , m_form(new QFormLayout)
    , m_buttons(new QHBoxLayout)
{
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true);

    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_buttons->addStretch(1);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_heading);
    body->addWidget(m_subtitle);
    body->addSpacing(fontMetrics().height() / 2);
    body->addLayout(m_form);
    body->addSpacing(fontMetrics().height() / 2);
    body->addLayout(m_buttons);
    body->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_body);
    layout->addWidget(m_placeholder, 1);
    showPlaceholder({});
}

void DetailPane::setHeading(const QString &title, const QString &subtitle)
{
    m_heading->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    m_placeholder->hide();
    m_body->show();
}

void DetailPane::setRows(const QList<Row> &rows)
{
    QStringList keys;
    for (const Row &row : rows)
        keys << row.key + QLatin1Char('\n') + row.label;
    // Same rows as before (the next record of the same list): only the values change, so the
    // pane does not flicker while a user walks the list with the arrow keys.
    if (keys != m_keys) {
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        for (const Row &row : rows) {
            auto *value = new QLabel(m_body);
            value->setObjectName(QStringLiteral("value_") + row.key);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
            value->setWordWrap(true);
            auto *label = new QLabel(row.label + QLatin1Char(':'), m_body);
            label->setForegroundRole(QPalette::PlaceholderText);
            label->setBuddy(value);
            m_form->addRow(label, value);
        }
        m_keys = keys;
    }
    for (const Row &row : rows)
        setValue(row.key, row.value);
    m_placeholder->hide();
    m_body->show();
}

void DetailPane::setValue(const QString &key, const QString &value)
{
    if (auto *label = m_body->findChild<QLabel *>(QStringLiteral("value_") + key))
        label->setText(value);
}

QString DetailPane::value(const QString &key) const
{
    const auto *label = m_body->findChild<QLabel *>(QStringLiteral("value_") + key);
    return label ? label->text() : QString();
}

void DetailPane::showPlaceholder(const QString &text)
{
    m_body->hide();
    m_placeholder->setText(text);
    m_placeholder->show();
}

} // namespace SchoolSuite
