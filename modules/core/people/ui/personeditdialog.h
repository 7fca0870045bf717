#pragma once

#include "core/people/peoplefields.h"
#include "recorddialog.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>

#include <functional>

namespace SchoolSuite {

// Edits the fields of one student or staff member. Every changed value is checked with
// PeopleFields::normalize before anything is saved; a wrong value keeps the dialog open with
// the message (which names the field) and the cursor in that field. Only changed fields are
// handed to the saver, which writes them all or nothing (PeopleService::set*Fields).
class PersonEditDialog : public RecordDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void(const QHash<QString, QString> &changed)>;

    PersonEditDialog(PersonKind kind, const QString &title, Saver saver, QWidget *parent = nullptr);

    // Editors, in the order added; each is named after its key. Keys PeopleFields does not know
    // are passed to the saver unchecked.
    void addText(const QString &key, const QString &value, const QString &placeholder = {});
    void addChoice(const QString &key,
                   const QString &label,
                   const QList<QPair<QString, QString>> &items,
                   const QString &current);
    void addCheck(const QString &key, bool value);

    // Adding a record: every field counts as changed, so each is checked and saved.
    void setAddMode(bool adding) { m_adding = adding; }

    QHash<QString, QString> changedValues() const;

    void accept() override;

private:
    QString label(const QString &key) const;
    QString currentValue(QWidget *editor) const;

    PersonKind m_kind;
    Saver m_saver;
    QList<QPair<QString, QWidget *>> m_editors; // by key
    QHash<QString, QString> m_initial;
    bool m_adding = false;
};

} // namespace SchoolSuite
