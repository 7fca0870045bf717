#include "personeditdialog.h"

#include "core/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace SchoolSuite {

PersonEditDialog::PersonEditDialog(PersonKind kind,
                                   const QString &title,
                                   Saver saver,
                                   QWidget *parent)
    : RecordDialog(title, parent)
    , m_kind(kind)
    , m_saver(std::move(saver))
{
    setObjectName(QStringLiteral("personEditDialog"));
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
    addRow(label(key), edit, key);
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
    addRow(text, combo, key);
    m_editors << qMakePair(key, static_cast<QWidget *>(combo));
    m_initial.insert(key, combo->currentData().toString());
}

void PersonEditDialog::addCheck(const QString &key, bool value)
{
    auto *check = new QCheckBox(this);
    check->setObjectName(key);
    check->setChecked(value);
    addRow(label(key), check, key);
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
