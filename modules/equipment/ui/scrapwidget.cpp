#include "scrapwidget.h"

#include "valuemodels.h"

#include "core/auth/session.h"
#include "core/error.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
// A small form dialog: the fields named, each a line edit or (multiline) a text box.
struct Form
{
    QDialog dialog;
    QFormLayout *layout;
    QList<QWidget *> fields;

    Form(QWidget *parent, const QString &title, const QString &okText)
        : dialog(parent)
    {
        dialog.setWindowTitle(title);
        auto *outer = new QVBoxLayout(&dialog);
        layout = new QFormLayout;
        outer->addLayout(layout);
        auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(okText);
        outer->addWidget(buttons);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        dialog.resize(440, 260);
    }
    void add(const QString &label, bool multiline, const QString &text = {})
    {
        QWidget *field;
        if (multiline) {
            auto *edit = new QPlainTextEdit(text, &dialog);
            edit->setTabChangesFocus(true);
            field = edit;
        } else {
            field = new QLineEdit(text, &dialog);
        }
        layout->addRow(label, field);
        fields << field;
    }
    QString value(int i) const
    {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(fields.at(i)))
            return edit->toPlainText().trimmed();
        return static_cast<QLineEdit *>(fields.at(i))->text().trimmed();
    }
};
} // namespace

ScrapWidget::ScrapWidget(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ScrapRequestsModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QComboBox(this))
    , m_request(new QPushButton(tr("Request scrapping…"), this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_reject(new QPushButton(tr("Reject…"), this))
    , m_message(new QLabel(this))
{
    m_filter->addItem(tr("Waiting for approval"), int(ScrapStatus::Pending));
    m_filter->addItem(tr("All requests"), -1);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ScrapRequestsModel::Tag, 140);
    m_view->setColumnWidth(ScrapRequestsModel::Item, 180);
    m_view->setColumnWidth(ScrapRequestsModel::Reason, 220);
    m_message->setWordWrap(true);
    for (QPushButton *b : {m_request, m_approve, m_reject})
        b->setMinimumHeight(36);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_request);
    bar->addWidget(m_approve);
    bar->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    m_request->setVisible(m_session.can(Permission::EquipmentEdit));
    m_approve->setVisible(m_session.can(Permission::EquipmentApprove));
    m_reject->setVisible(m_session.can(Permission::EquipmentApprove));

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ScrapWidget::reload);
    connect(m_request, &QPushButton::clicked, this, &ScrapWidget::askRequest);
    connect(m_approve, &QPushButton::clicked, this, &ScrapWidget::askApprove);
    connect(m_reject, &QPushButton::clicked, this, &ScrapWidget::askReject);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ScrapWidget::updateButtons);
    reload();
}

void ScrapWidget::reload()
{
    const int filter = m_filter->currentData().toInt();
    try {
        m_model->setRequests(ScrapService(m_session).requests(
            filter < 0 ? std::nullopt : std::optional(ScrapStatus(filter))));
    } catch (const Error &e) {
        showMessage(e.message(), true);
    }
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

QString ScrapWidget::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->request(index.row()).id : QString();
}

void ScrapWidget::updateButtons()
{
    const QModelIndex index = m_view->currentIndex();
    const bool pending
        = index.isValid() && m_model->request(index.row()).status == ScrapStatus::Pending;
    m_approve->setEnabled(pending);
    m_reject->setEnabled(pending);
}

void ScrapWidget::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

bool ScrapWidget::requestScrap(const QString &tagOrId, const QString &reason)
{
    try {
        ScrapService(m_session).requestScrap(tagOrId, reason);
    } catch (const Error &e) {
        showMessage(e.message(), true);
        return false;
    }
    showMessage(tr("Scrapping of %1 requested; it waits for the principal's approval.")
                    .arg(tagOrId.trimmed()),
                false);
    reload();
    emit changed();
    return true;
}

bool ScrapWidget::approveCurrent(const QString &note, const QString &disposal)
{
    const QString id = currentId();
    if (id.isEmpty())
        return false;
    try {
        ScrapService(m_session).approve(id, note, disposal);
    } catch (const Error &e) {
        showMessage(e.message(), true);
        return false;
    }
    showMessage(tr("Approved: the item is recorded as scrapped."), false);
    reload();
    emit changed();
    return true;
}

bool ScrapWidget::rejectCurrent(const QString &note)
{
    const QString id = currentId();
    if (id.isEmpty())
        return false;
    try {
        ScrapService(m_session).reject(id, note);
    } catch (const Error &e) {
        showMessage(e.message(), true);
        return false;
    }
    showMessage(tr("Rejected: the item stays in the register."), false);
    reload();
    emit changed();
    return true;
}

void ScrapWidget::askRequest()
{
    Form form(this, tr("Request scrapping"), tr("Request"));
    form.add(tr("Asset tag:"), false);
    form.add(tr("Reason:"), true);
    if (form.dialog.exec() == QDialog::Accepted)
        requestScrap(form.value(0), form.value(1));
}

void ScrapWidget::askApprove()
{
    if (currentId().isEmpty())
        return;
    Form form(this, tr("Approve scrapping"), tr("Approve"));
    form.add(tr("Note:"), true);
    form.add(tr("Disposal:"), false);
    if (form.dialog.exec() == QDialog::Accepted)
        approveCurrent(form.value(0), form.value(1));
}

void ScrapWidget::askReject()
{
    if (currentId().isEmpty())
        return;
    Form form(this, tr("Reject scrapping"), tr("Reject"));
    form.add(tr("Why:"), true);
    if (form.dialog.exec() == QDialog::Accepted)
        rejectCurrent(form.value(0));
}

} // namespace SchoolSuite
