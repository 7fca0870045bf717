#include "itemdialog.h"

#include "core/error.h"
#include "core/people/validators.h"
#include "core/store/database.h"
#include "equipment/register/equipmentfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
QString title(const char *key)
{
    return EquipmentFields::title(QLatin1String(key)) + QLatin1Char(':');
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

ItemDialog::ItemDialog(EquipmentService &service, const QString &itemId, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_itemId(itemId)
{
    const bool adding = itemId.isEmpty();
    if (!adding)
        m_original = service.asset(itemId);
    setWindowTitle(adding ? tr("Register equipment") : tr("Edit %1").arg(m_original.tag));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns);
    auto *form = new QFormLayout;
    columns->addLayout(form, 3);

    const auto addEdit
        = [&](const char *key, const QString &value, const QString &placeholder = {}) {
              auto *edit = new QLineEdit(value, this);
              edit->setObjectName(QLatin1String(key));
              edit->setPlaceholderText(placeholder);
              m_edits.insert(QLatin1String(key), edit);
              form->addRow(title(key), edit);
              return edit;
          };
    addEdit("asset_tag",
            m_original.tag,
            adding ? tr("next free tag (%1…)").arg(service.tagPrefix()) : QString());
    addEdit("name", m_original.name);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    QHash<QString, int> depth;
    for (const AssetCategory &c : service.categories()) {
        const int d = c.parentId.isEmpty() ? 0 : depth.value(c.parentId) + 1;
        depth.insert(c.id, d);
        m_category->addItem(QString(d * 4, QLatin1Char(' ')) + c.name, c.id);
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(m_original.categoryId)));
    form->addRow(title("category"), m_category);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(title("model"), m_model);
    addEdit("serial", m_original.serial);
    addEdit("purchase_date", dateText(m_original.purchaseDate), QStringLiteral("2024-09-01"));
    addEdit("price", AssetKeys::yuan(m_original.priceFen), tr("yuan, such as 4999.50"));
    m_funding = new QComboBox(this);
    m_funding->setObjectName(QStringLiteral("funding_source"));
    m_funding->setEditable(true);
    m_funding->addItem(QString());
    m_funding->addItems(service.fundingSources());
    m_funding->setCurrentText(m_original.fundingSource);
    form->addRow(title("funding_source"), m_funding);
    addEdit("supplier", m_original.supplier);
    addEdit("warranty_end", dateText(m_original.warrantyEnd), QStringLiteral("2027-09-01"));
    m_use = new QComboBox(this);
    m_use->setObjectName(QStringLiteral("use"));
    m_use->addItem(QString(), QString());
    for (AssetUse u : AssetKeys::uses())
        m_use->addItem(AssetKeys::useTitle(u), AssetKeys::use(u));
    m_use->setCurrentIndex(qMax(0, m_use->findData(AssetKeys::use(m_original.use))));
    form->addRow(title("use"), m_use);
    if (adding) {
        // Where it goes at first; later changes are movements.
        m_room = new QComboBox(this);
        m_room->setObjectName(QStringLiteral("room"));
        m_room->addItem(QString(), QString());
        for (const EquipmentService::Choice &c : service.roomChoices())
            m_room->addItem(c.title, c.id);
        form->addRow(title("room"), m_room);
        m_custodian = new QComboBox(this);
        m_custodian->setObjectName(QStringLiteral("custodian"));
        m_custodian->addItem(QString(), QString());
        for (const EquipmentService::Choice &c : service.custodianChoices())
            m_custodian->addItem(c.title, c.id);
        form->addRow(title("custodian"), m_custodian);
        m_status = new QComboBox(this);
        m_status->setObjectName(QStringLiteral("status"));
        for (AssetStatus s : {AssetStatus::InUse, AssetStatus::InStock})
            m_status->addItem(AssetKeys::statusTitle(s), AssetKeys::status(s));
        form->addRow(title("status"), m_status);
    }
    addEdit("note", m_original.note);

    auto *customBox = new QGroupBox(tr("Fields of the category"), this);
    auto *customLayout = new QVBoxLayout(customBox);
    m_customHeading = new QLabel(customBox);
    m_customHeading->setWordWrap(true);
    customLayout->addWidget(m_customHeading);
    m_customForm = new QFormLayout;
    customLayout->addLayout(m_customForm);
    customLayout->addStretch();
    columns->addWidget(customBox, 2);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ItemDialog::reject);
    layout->addWidget(buttons);

    connect(m_category, &QComboBox::currentIndexChanged, this, &ItemDialog::rebuildCustomFields);
    rebuildCustomFields();
    if (!m_original.modelId.isEmpty()) {
        const int i = m_model->findData(m_original.modelId);
        if (i >= 0)
            m_model->setCurrentIndex(i);
    }
    setMinimumWidth(760);
}

void ItemDialog::rebuildCustomFields()
{
    // Values typed so far survive a change of category where the new one has the same key.
    QJsonObject typed = m_customEditors.isEmpty() ? m_original.custom : collect().custom;
    while (m_customForm->rowCount() > 0)
        m_customForm->removeRow(0);
    m_customEditors.clear();
    m_customTypes.clear();
    const QString categoryId = m_category->currentData().toString();
    const QString modelText = m_model->currentText();
    m_model->clear();
    m_model->addItem(QString(), QString());
    for (const AssetModel &m : m_service.models(categoryId))
        m_model->addItem(m.maker.isEmpty() ? m.model : m.maker + QLatin1Char(' ') + m.model, m.id);
    m_model->setCurrentText(modelText);
    // The category's own fields and its ancestors'.
    QJsonArray fields;
    QString at = categoryId;
    for (int depth = 0; !at.isEmpty() && depth < 16; ++depth) {
        const AssetCategory c = m_service.category(at);
        for (const QJsonValue &f : c.customFields)
            fields.append(f);
        at = c.parentId;
    }
    m_customHeading->setText(fields.isEmpty()
                                 ? tr("This category has no fields of its own. Add them under "
                                      "Categories…")
                                 : QString());
    for (const QJsonValue &v : std::as_const(fields)) {
        const QJsonObject f = v.toObject();
        const QString key = f.value(QStringLiteral("key")).toString();
        const QString type = f.value(QStringLiteral("type")).toString(QStringLiteral("text"));
        QString label = f.value(QStringLiteral("title")).toString(key);
        if (f.value(QStringLiteral("required")).toBool())
            label += QStringLiteral(" *");
        QWidget *editor;
        const QJsonValue value = typed.value(key);
        if (type == QLatin1String("bool")) {
            auto *check = new QCheckBox(this);
            check->setChecked(value.toBool());
            editor = check;
        } else {
            auto *edit = new QLineEdit(this);
            edit->setText(value.isDouble() ? QString::number(value.toDouble(), 'g', 15)
                                           : value.toString());
            if (type == QLatin1String("date"))
                edit->setPlaceholderText(QStringLiteral("2024-09-01"));
            editor = edit;
        }
        editor->setObjectName(QStringLiteral("custom_") + key);
        m_customForm->addRow(label + QLatin1Char(':'), editor);
        m_customEditors.insert(key, editor);
        m_customTypes.insert(key, type);
    }
}

Asset ItemDialog::collect() const
{
    Asset a = m_original;
    a.id = m_itemId;
    a.tag = m_edits.value(QStringLiteral("asset_tag"))->text().trimmed();
    a.name = m_edits.value(QStringLiteral("name"))->text().trimmed();
    a.categoryId = m_category->currentData().toString();
    a.serial = m_edits.value(QStringLiteral("serial"))->text().trimmed();
    a.fundingSource = m_funding->currentText().trimmed();
    a.supplier = m_edits.value(QStringLiteral("supplier"))->text().trimmed();
    a.note = m_edits.value(QStringLiteral("note"))->text().trimmed();
    a.use = AssetKeys::useFromKey(m_use->currentData().toString());
    if (m_room) {
        a.roomId = m_room->currentData().toString();
        a.custodianId = m_custodian->currentData().toString();
        a.status = AssetKeys::statusFromKey(m_status->currentData().toString());
    }
    QJsonObject custom;
    for (auto it = m_customEditors.cbegin(); it != m_customEditors.cend(); ++it) {
        if (auto *check = qobject_cast<QCheckBox *>(it.value())) {
            custom.insert(it.key(), check->isChecked());
        } else if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            if (!edit->text().trimmed().isEmpty())
                custom.insert(it.key(), edit->text().trimmed());
        }
    }
    a.custom = custom;
    return a;
}

QString ItemDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ItemDialog::accept()
{
    const auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    Asset a = collect();
    const auto parseDate = [&](const char *key, QDate *out) {
        const QString text = m_edits.value(QLatin1String(key))->text().trimmed();
        *out = text.isEmpty() ? QDate() : Validators::parseDate(text);
        if (!text.isEmpty() && !out->isValid()) {
            fail(QStringLiteral("%1 %2").arg(
                title(key), tr("\"%1\" is not a date (use 2024-09-01).").arg(text)));
            return false;
        }
        return true;
    };
    if (!parseDate("purchase_date", &a.purchaseDate) || !parseDate("warranty_end", &a.warrantyEnd))
        return;
    const QString price = m_edits.value(QStringLiteral("price"))->text().trimmed();
    if (price.isEmpty()) {
        a.priceFen = -1;
    } else {
        bool ok = false;
        a.priceFen = AssetKeys::parseYuan(price, &ok);
        if (!ok)
            return fail(QStringLiteral("%1 %2").arg(
                title("price"), tr("\"%1\" is not an amount in yuan.").arg(price)));
    }
    try {
        m_service.session().database().transaction([&] {
            const QString modelText = m_model->currentText().trimmed();
            const int known = m_model->findText(modelText);
            if (modelText.isEmpty())
                a.modelId.clear();
            else if (known >= 0 && !m_model->itemData(known).toString().isEmpty())
                a.modelId = m_model->itemData(known).toString();
            else
                a.modelId = m_service.addModel(AssetModel{{}, a.categoryId, {}, modelText, {}});
            if (m_itemId.isEmpty()) {
                m_savedId = m_service.addAsset(a);
            } else {
                m_service.updateAsset(a);
                m_savedId = m_itemId;
            }
        });
    } catch (const Error &e) {
        return fail(e.message());
    }
    QDialog::accept();
}

} // namespace SchoolSuite
