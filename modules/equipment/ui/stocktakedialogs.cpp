#include "stocktakedialogs.h"

#include <QCollator>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace SchoolSuite {

StocktakeNewDialog::StocktakeNewDialog(const QHash<QString, QString> &rooms, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_whole(new QRadioButton(tr("The whole school"), this))
    , m_some(new QRadioButton(tr("These rooms:"), this))
    , m_rooms(new QListWidget(this))
{
    setWindowTitle(tr("New stocktake"));
    const QDate today = QDate::currentDate();
    m_name->setText(tr("Stocktake %1").arg(today.toString(QStringLiteral("yyyy-MM"))));
    m_whole->setChecked(true);

    QList<QPair<QString, QString>> sorted;
    for (auto it = rooms.cbegin(); it != rooms.cend(); ++it)
        sorted << qMakePair(it.value(), it.key());
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    std::sort(sorted.begin(), sorted.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.first, b.first) < 0;
    });
    for (const auto &[name, id] : sorted) {
        auto *item = new QListWidgetItem(name, m_rooms);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_rooms->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Start"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_whole);
    layout->addWidget(m_some);
    layout->addWidget(m_rooms, 1);
    layout->addWidget(buttons);
    resize(420, 480);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_some, &QRadioButton::toggled, this, [this](bool on) {
        m_rooms->setEnabled(on);
        updateOk();
    });
    connect(m_rooms, &QListWidget::itemChanged, this, &StocktakeNewDialog::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &StocktakeNewDialog::updateOk);
}

void StocktakeNewDialog::updateOk()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty()
                     && (m_whole->isChecked() || !roomIds().isEmpty()));
}

QString StocktakeNewDialog::name() const
{
    return m_name->text().trimmed();
}

QStringList StocktakeNewDialog::roomIds() const
{
    QStringList ids;
    if (m_whole->isChecked())
        return ids;
    for (int i = 0; i < m_rooms->count(); ++i)
        if (m_rooms->item(i)->checkState() == Qt::Checked)
            ids << m_rooms->item(i)->data(Qt::UserRole).toString();
    return ids;
}

} // namespace SchoolSuite
