#include "recorddialog.h"

#include "core/error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace SchoolSuite {

RecordDialog::RecordDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("recordDialog"));
    setWindowTitle(title);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(red);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

void RecordDialog::addRow(const QString &label, QWidget *editor, const QString &objectName)
{
    editor->setParent(this);
    editor->setObjectName(objectName);
    m_form->addRow(label + QLatin1Char(':'), editor);
    m_editors << qMakePair(label, editor);
}

QString RecordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RecordDialog::accept()
{
    try {
        if (m_saver)
            m_saver();
    } catch (const Error &e) {
        // The services start their messages with the field's name.
        QWidget *field = nullptr;
        for (const auto &[label, editor] : std::as_const(m_editors)) {
            if (e.message().startsWith(label)) {
                field = editor;
                break;
            }
        }
        showError(e.message(), field);
        return;
    }
    QDialog::accept();
}

void RecordDialog::showError(const QString &message, QWidget *editor)
{
    m_error->setText(message);
    m_error->show();
    if (editor) {
        editor->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->selectAll();
    }
}

QMessageBox *confirmThen(QWidget *parent,
                         const QString &title,
                         const QString &text,
                         std::function<void()> action)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [box, action = std::move(action)] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            action();
    });
    box->open();
    return box;
}

QMessageBox *showWarning(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("warning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace SchoolSuite
