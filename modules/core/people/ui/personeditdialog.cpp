#include "personeditdialog.h"

#include "core/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace SchoolSuite {

PersonEditDialog::PersonEditDialog(PersonKind kind,
                                   const QString &title,
                                   Saver saver,
                                   QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_saver(std::move(saver))
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("personEditDialog"));
    setWindowTitle(title);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(red);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonEditDialog::reject);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString PersonEditDialog::label(const QString &key) const
{
    return PeopleFields::title(m_kind, key);
}

void PersonEditDialog::addText(const QString &key, const QString &value, const QString &placeholder)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label(key) + QLatin1Char(':'), edit);
    m_editors << qMakePair(key, static_cast<QWidget *>(edit));
    m_initial.insert(key, value);
}

void PersonEditDialog::addChoice(const QString &key,
                                 const QString &text,
                                 const QList<QPair<QString, QString>> &items,
                                 const QString &current)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(key);
    for (const auto &item : items)
        combo->addItem(item.first, item.second);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    m_form->addRow(text + QLatin1Char(':'), combo);
    m_editors << qMakePair(key, static_cast<QWidget *>(combo));
    m_initial.insert(key, combo->currentData().toString());
}

void PersonEditDialog::addCheck(const QString &key, bool value)
{
    auto *check = new QCheckBox(this);
    check->setObjectName(key);
    check->setChecked(value);
    m_form->addRow(label(key) + QLatin1Char(':'), check);
    m_editors << qMakePair(key, static_cast<QWidget *>(check));
    m_initial.insert(key, currentValue(check));
}

QString PersonEditDialog::currentValue(QWidget *editor) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

QHash<QString, QString> PersonEditDialog::changedValues() const
{
    QHash<QString, QString> changed;
    for (const auto &[key, editor] : m_editors) {
        const QString value = currentValue(editor);
        if (m_adding || value != m_initial.value(key))
            changed.insert(key, value);
    }
    return changed;
}

QString PersonEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PersonEditDialog::showError(const QString &message, QWidget *editor)
{
    m_error->setText(message);
    m_error->show();
    if (editor) {
        editor->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->selectAll();
    }
}

void PersonEditDialog::accept()
{
    const QHash<QString, QString> changed = changedValues();
    for (const auto &[key, editor] : m_editors) {
        if (!changed.contains(key) || PeopleFields::keyForHeader(m_kind, key) != key)
            continue;
        try {
            PeopleFields::normalize(m_kind, key, changed.value(key));
        } catch (const Error &e) {
            showError(e.message(), editor);
            return;
        }
    }
    if (!changed.isEmpty() || m_adding) {
        try {
            m_saver(changed);
        } catch (const Error &e) {
            showError(e.message(), nullptr);
            return;
        }
    }
    QDialog::accept();
}

} // namespace SchoolSuite
