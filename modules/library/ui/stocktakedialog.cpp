#include "stocktakedialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace SchoolSuite::Library {

StocktakeDialog::StocktakeDialog(const QList<ShelfInfo> &shelves, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New library stocktake"));
    m_name
        = new QLineEdit(tr("Stocktake %1").arg(QDate::currentDate().toString(Qt::ISODate)), this);
    m_byShelf = new QRadioButton(tr("By shelves"), this);
    m_byRange = new QRadioButton(tr("By call-number range"), this);
    m_byShelf->setChecked(true);
    m_shelves = new QListWidget(this);
    for (const ShelfInfo &s : shelves) {
        auto *item = new QListWidgetItem(
            tr("%1 %2 (%n copies)", nullptr, s.copies).arg(s.location, s.shelf), m_shelves);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, s.location);
        item->setData(Qt::UserRole + 1, s.shelf);
    }
    auto *all = new QPushButton(tr("Tick all"), this);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_shelves->count(); ++i)
            m_shelves->item(i)->setCheckState(Qt::Checked);
    });
    m_from = new QLineEdit(this);
    m_from->setPlaceholderText(tr("from, e.g. I206"));
    m_to = new QLineEdit(this);
    m_to->setPlaceholderText(tr("to, e.g. I247.9"));
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_to);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_byShelf);
    layout->addWidget(m_shelves, 1);
    layout->addWidget(all, 0, Qt::AlignLeft);
    layout->addWidget(m_byRange);
    layout->addLayout(range);
    layout->addWidget(new QLabel(tr("Only the shelves or ranges you mark counted report their "
                                    "unscanned copies as missing."),
                                 this));
    layout->addWidget(buttons);
    connect(m_byShelf, &QRadioButton::toggled, this, &StocktakeDialog::updateEnabled);
    updateEnabled();
    resize(460, 520);
}

void StocktakeDialog::updateEnabled()
{
    const bool shelf = m_byShelf->isChecked();
    m_shelves->setEnabled(shelf);
    m_from->setEnabled(!shelf);
    m_to->setEnabled(!shelf);
}

QString StocktakeDialog::name() const
{
    return m_name->text().trimmed();
}

QList<StocktakeSection> StocktakeDialog::sections() const
{
    QList<StocktakeSection> list;
    if (m_byRange->isChecked()) {
        list << StocktakeSection::ofRange(m_from->text(), m_to->text());
        return list;
    }
    for (int i = 0; i < m_shelves->count(); ++i) {
        const QListWidgetItem *item = m_shelves->item(i);
        if (item->checkState() == Qt::Checked)
            list << StocktakeSection::ofShelf(item->data(Qt::UserRole).toString(),
                                              item->data(Qt::UserRole + 1).toString());
    }
    return list;
}

} // namespace SchoolSuite::Library
