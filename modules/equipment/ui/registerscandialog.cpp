#include "registerscandialog.h"

#include "core/error.h"
#include "equipment/register/equipmentservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace SchoolSuite {

RegisterScanDialog::RegisterScanDialog(EquipmentService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Scan tags"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Scan the asset tags one after another (or type a tag and press "
                               "Enter), then choose what to do with all of them."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("scan"));
    m_scan->setPlaceholderText(tr("Scan or type an asset tag, then Enter"));
    m_scan->setClearButtonEnabled(true);
    layout->addWidget(m_scan);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tags"));
    layout->addWidget(m_list, 1);
    auto *countRow = new QHBoxLayout;
    m_count = new QLabel(this);
    countRow->addWidget(m_count, 1);
    auto *remove = new QPushButton(tr("Remove selected"), this);
    auto *clear = new QPushButton(tr("Clear"), this);
    countRow->addWidget(remove);
    countRow->addWidget(clear);
    layout->addLayout(countRow);

    auto *form = new QFormLayout;
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->addItem(tr("Move to room"), Move);
    m_action->addItem(tr("Assign to staff member"), Assign);
    m_action->addItem(tr("Lend"), Lend);
    m_action->addItem(tr("Take back"), Return);
    m_action->addItem(tr("Set status"), Status);
    form->addRow(tr("Action:"), m_action);
    m_parameters = new QStackedWidget(this);
    const auto page = [this](QWidget *content) {
        auto *holder = new QWidget(m_parameters);
        auto *l = new QFormLayout(holder);
        l->setContentsMargins(0, 0, 0, 0);
        if (content)
            l->addRow(content);
        m_parameters->addWidget(holder);
        return l;
    };
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("room"));
    for (const EquipmentService::Choice &c : service.roomChoices())
        m_room->addItem(c.title, c.id);
    page(nullptr)->addRow(tr("Room:"), m_room);
    m_custodian = new QComboBox(this);
    m_custodian->setObjectName(QStringLiteral("custodian"));
    m_custodian->addItem(tr("(nobody)"), QString());
    for (const EquipmentService::Choice &c : service.custodianChoices())
        m_custodian->addItem(c.title, c.id);
    page(nullptr)->addRow(tr("Custodian:"), m_custodian);
    m_borrower = new QLineEdit(this);
    m_borrower->setObjectName(QStringLiteral("borrower"));
    m_due = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setMinimumDate(QDate::currentDate());
    QFormLayout *lend = page(nullptr);
    lend->addRow(tr("Borrower:"), m_borrower);
    lend->addRow(tr("Due back:"), m_due);
    page(nullptr);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (AssetStatus s : AssetKeys::statuses()) {
        if (s != AssetStatus::Scrapped && s != AssetStatus::Lent)
            m_status->addItem(AssetKeys::statusTitle(s), AssetKeys::status(s));
    }
    page(nullptr)->addRow(tr("Status:"), m_status);
    form->addRow(m_parameters);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("Apply to all"), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(QStringLiteral("apply"));
    // Enter belongs to the scan field: a scanner must never press a button.
    m_apply->setAutoDefault(false);
    for (QPushButton *b : {remove, clear})
        b->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_scan, &QLineEdit::returnPressed, this, &RegisterScanDialog::takeScan);
    connect(
        m_action, &QComboBox::currentIndexChanged, m_parameters, &QStackedWidget::setCurrentIndex);
    connect(m_apply, &QPushButton::clicked, this, &RegisterScanDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterScanDialog::reject);
    connect(clear, &QPushButton::clicked, this, &RegisterScanDialog::clearTags);
    connect(remove, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem *item : m_list->selectedItems()) {
            m_tags.removeAll(item->data(Qt::UserRole).toString());
            if (item->data(Qt::UserRole + 1).toBool())
                --m_unknown;
            delete item;
        }
        updateState();
    });
    resize(520, 560);
    updateState();
    m_scan->setFocus();
}

void RegisterScanDialog::takeScan()
{
    static const QRegularExpression lines(QStringLiteral("[\\r\\n\\t]+"));
    const QStringList scanned = m_scan->text().split(lines, Qt::SkipEmptyParts);
    m_scan->clear();
    for (const QString &tag : scanned)
        addTag(tag.trimmed());
    updateState();
}

void RegisterScanDialog::addTag(const QString &tag)
{
    if (tag.isEmpty() || m_tags.contains(tag))
        return;
    m_tags << tag;
    auto *item = new QListWidgetItem(m_list);
    item->setData(Qt::UserRole, tag);
    const std::optional<Asset> asset = m_service.findByTag(tag);
    if (asset) {
        item->setText(QStringLiteral("%1  %2  (%3)")
                          .arg(tag, asset->name, AssetKeys::statusTitle(asset->status)));
    } else {
        ++m_unknown;
        item->setData(Qt::UserRole + 1, true);
        item->setText(tr("%1  — not one of our tags").arg(tag));
        item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_list->scrollToItem(item);
}

void RegisterScanDialog::clearTags()
{
    m_tags.clear();
    m_list->clear();
    m_unknown = 0;
    m_error->hide();
    updateState();
}

void RegisterScanDialog::updateState()
{
    m_count->setText(m_unknown
                         ? tr("%n tag(s), %1 unknown", nullptr, int(m_tags.size())).arg(m_unknown)
                         : tr("%n tag(s)", nullptr, int(m_tags.size())));
    m_apply->setEnabled(!m_tags.isEmpty());
}

QString RegisterScanDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RegisterScanDialog::apply()
{
    BulkAction action;
    switch (m_action->currentData().toInt()) {
    case Move:
        action.kind = BulkAction::Move;
        action.roomId = m_room->currentData().toString();
        break;
    case Assign:
        action.kind = BulkAction::Assign;
        action.custodianId = m_custodian->currentData().toString();
        break;
    case Lend:
        action.kind = BulkAction::Lend;
        action.borrower = m_borrower->text();
        action.dueOn = m_due->date();
        break;
    case Return:
        action.kind = BulkAction::Return;
        break;
    default:
        action.kind = BulkAction::Status;
        action.status = AssetKeys::statusFromKey(m_status->currentData().toString());
    }
    action.note = m_note->text();
    try {
        m_changed = m_service.bulk(m_tags, action);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    m_error->hide();
    const int n = m_changed;
    clearTags();
    m_count->setText(tr("Done: %n item(s) changed.", nullptr, n));
    emit applied(n);
    m_scan->setFocus();
}

} // namespace SchoolSuite
