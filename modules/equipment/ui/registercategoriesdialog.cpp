#include "registercategoriesdialog.h"

#include "core/error.h"
#include "equipment/register/equipmentservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
const QStringList kTypes{QStringLiteral("text"),
                         QStringLiteral("number"),
                         QStringLiteral("date"),
                         QStringLiteral("bool")};
}

RegisterCategoriesDialog::RegisterCategoriesDialog(EquipmentService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_editable(service.session().can(Permission::EquipmentEdit))
{
    setWindowTitle(tr("Equipment categories"));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto *left = new QVBoxLayout;
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("categories"));
    m_tree->setHeaderLabels({tr("Category"), tr("Service life")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    left->addWidget(m_tree, 1);
    auto *treeButtons = new QHBoxLayout;
    auto *addTopButton = new QPushButton(tr("Add category"), this);
    auto *addChildButton = new QPushButton(tr("Add subcategory"), this);
    auto *deleteButton = new QPushButton(tr("Delete"), this);
    addChildButton->setObjectName(QStringLiteral("addChild"));
    for (QPushButton *b : {addTopButton, addChildButton, deleteButton}) {
        b->setEnabled(m_editable);
        b->setAutoDefault(false);
        treeButtons->addWidget(b);
    }
    left->addLayout(treeButtons);
    columns->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    form->addRow(tr("Name:"), m_name);
    m_code = new QLabel(this);
    form->addRow(tr("Code:"), m_code);
    m_kind = new QComboBox(this);
    for (const QString &kind : AssetKeys::kinds())
        m_kind->addItem(AssetKeys::kindTitle(kind), kind);
    form->addRow(tr("Counts as:"), m_kind);
    m_life = new QSpinBox(this);
    m_life->setObjectName(QStringLiteral("serviceLife"));
    m_life->setRange(0, 100);
    m_life->setSpecialValueText(tr("as the parent"));
    m_life->setSuffix(tr(" years"));
    form->addRow(tr("Service life:"), m_life);
    right->addLayout(form);
    right->addWidget(new QLabel(tr("Custom fields of items in this category:"), this));
    m_fields = new QTableWidget(0, 4, this);
    m_fields->setObjectName(QStringLiteral("fields"));
    m_fields->setHorizontalHeaderLabels({tr("Key"), tr("Title"), tr("Type"), tr("Required")});
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    right->addWidget(m_fields, 1);
    auto *fieldButtons = new QHBoxLayout;
    auto *addFieldButton = new QPushButton(tr("Add field"), this);
    auto *removeFieldButton = new QPushButton(tr("Remove field"), this);
    m_save = new QPushButton(tr("Save category"), this);
    m_save->setObjectName(QStringLiteral("save"));
    for (QPushButton *b : {addFieldButton, removeFieldButton, m_save}) {
        b->setEnabled(m_editable);
        b->setAutoDefault(false);
    }
    fieldButtons->addWidget(addFieldButton);
    fieldButtons->addWidget(removeFieldButton);
    fieldButtons->addStretch();
    fieldButtons->addWidget(m_save);
    right->addLayout(fieldButtons);
    columns->addLayout(right, 3);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterCategoriesDialog::reject);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RegisterCategoriesDialog::showCurrent);
    connect(addTopButton, &QPushButton::clicked, this, &RegisterCategoriesDialog::addTop);
    connect(addChildButton, &QPushButton::clicked, this, &RegisterCategoriesDialog::addChild);
    connect(deleteButton, &QPushButton::clicked, this, &RegisterCategoriesDialog::deleteCurrent);
    connect(addFieldButton, &QPushButton::clicked, this, &RegisterCategoriesDialog::addField);
    connect(removeFieldButton, &QPushButton::clicked, this, [this] {
        if (m_fields->currentRow() >= 0)
            m_fields->removeRow(m_fields->currentRow());
    });
    connect(m_save, &QPushButton::clicked, this, &RegisterCategoriesDialog::save);
    resize(860, 520);
    reload();
}

void RegisterCategoriesDialog::reload(const QString &selectId)
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    for (const AssetCategory &c : m_service.categories()) {
        QTreeWidgetItem *parent = items.value(c.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, c.name);
        item->setText(
            1, c.serviceLifeYears > 0 ? tr("%n year(s)", nullptr, c.serviceLifeYears) : QString());
        item->setData(0, Qt::UserRole, c.id);
        items.insert(c.id, item);
    }
    m_tree->expandAll();
    if (!selectId.isEmpty())
        selectCategory(selectId);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

bool RegisterCategoriesDialog::selectCategory(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void RegisterCategoriesDialog::showCurrent()
{
    m_error->hide();
    QTreeWidgetItem *item = m_tree->currentItem();
    m_fields->setRowCount(0);
    if (!item)
        return;
    const AssetCategory c = m_service.category(item->data(0, Qt::UserRole).toString());
    m_name->setText(c.name);
    m_code->setText(c.code.isEmpty() ? tr("(own category)") : c.code);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(c.kind)));
    m_life->setValue(c.serviceLifeYears);
    for (const QJsonValue &v : c.customFields) {
        const QJsonObject f = v.toObject();
        addField();
        const int row = m_fields->rowCount() - 1;
        m_fields->item(row, 0)->setText(f.value(QStringLiteral("key")).toString());
        m_fields->item(row, 1)->setText(f.value(QStringLiteral("title")).toString());
        static_cast<QComboBox *>(m_fields->cellWidget(row, 2))
            ->setCurrentIndex(
                qMax<int>(0, kTypes.indexOf(f.value(QStringLiteral("type")).toString())));
        static_cast<QCheckBox *>(m_fields->cellWidget(row, 3))
            ->setChecked(f.value(QStringLiteral("required")).toBool());
    }
}

void RegisterCategoriesDialog::addField()
{
    const int row = m_fields->rowCount();
    m_fields->insertRow(row);
    m_fields->setItem(row, 0, new QTableWidgetItem);
    m_fields->setItem(row, 1, new QTableWidgetItem);
    auto *type = new QComboBox(m_fields);
    type->addItems({tr("Text"), tr("Number"), tr("Date"), tr("Yes/no")});
    m_fields->setCellWidget(row, 2, type);
    m_fields->setCellWidget(row, 3, new QCheckBox(m_fields));
}

void RegisterCategoriesDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString RegisterCategoriesDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RegisterCategoriesDialog::save()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    try {
        AssetCategory c = m_service.category(item->data(0, Qt::UserRole).toString());
        c.name = m_name->text();
        c.kind = m_kind->currentData().toString();
        c.serviceLifeYears = m_life->value();
        QJsonArray fields;
        for (int row = 0; row < m_fields->rowCount(); ++row) {
            fields.append(QJsonObject{
                {QStringLiteral("key"), m_fields->item(row, 0)->text().trimmed()},
                {QStringLiteral("title"), m_fields->item(row, 1)->text().trimmed()},
                {QStringLiteral("type"),
                 kTypes.value(
                     static_cast<QComboBox *>(m_fields->cellWidget(row, 2))->currentIndex())},
                {QStringLiteral("required"),
                 static_cast<QCheckBox *>(m_fields->cellWidget(row, 3))->isChecked()}});
        }
        c.customFields = fields;
        m_service.updateCategory(c);
        reload(c.id);
        emit changed();
    } catch (const Error &e) {
        fail(e.message());
    }
}

void RegisterCategoriesDialog::add(const QString &parentId)
{
    try {
        AssetCategory c;
        c.parentId = parentId;
        QString name = tr("New category");
        // A second new one next to the first gets a number.
        for (int n = 2; n < 100; ++n) {
            bool taken = false;
            for (const AssetCategory &other : m_service.categories())
                taken = taken || (other.parentId == parentId && other.name == name);
            if (!taken)
                break;
            name = tr("New category %1").arg(n);
        }
        c.name = name;
        const QString id = m_service.addCategory(c);
        reload(id);
        m_name->setFocus();
        m_name->selectAll();
        emit changed();
    } catch (const Error &e) {
        fail(e.message());
    }
}

void RegisterCategoriesDialog::addTop()
{
    add({});
}

void RegisterCategoriesDialog::addChild()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    add(item ? item->data(0, Qt::UserRole).toString() : QString());
}

void RegisterCategoriesDialog::deleteCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    try {
        m_service.deleteCategory(item->data(0, Qt::UserRole).toString());
        reload();
        emit changed();
    } catch (const Error &e) {
        fail(e.message());
    }
}

} // namespace SchoolSuite
