#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

#include <functional>

class QFormLayout;
class QLabel;
class QMessageBox;

namespace SchoolSuite {

// A small form for one directory record (class, room, school year). Save calls the saver,
// which writes through PeopleService; when it throws, the dialog stays open with the user's
// input, shows the message (which names the field) and puts the cursor in the field the
// message names.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void()>;

    RecordDialog(const QString &title, QWidget *parent = nullptr);

    // Adds a row; editor is named objectName for tests and keeps label for error matching.
    void addRow(const QString &label, QWidget *editor, const QString &objectName);
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    QString errorText() const;

    void accept() override;

protected:
    // Shows message under the form and puts the cursor in editor (when given).
    void showError(const QString &message, QWidget *editor);

private:
    Saver m_saver;
    QFormLayout *m_form;
    QLabel *m_error;
    QList<QPair<QString, QWidget *>> m_editors;
};

// Asks "text" with Yes/No (window-modal, deletes itself); runs action on Yes.
QMessageBox *confirmThen(QWidget *parent,
                         const QString &title,
                         const QString &text,
                         std::function<void()> action);

// Shows a warning without blocking (window-modal, deletes itself).
QMessageBox *showWarning(QWidget *parent, const QString &title, const QString &text);

} // namespace SchoolSuite
