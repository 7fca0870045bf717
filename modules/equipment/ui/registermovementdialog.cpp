#include "registermovementdialog.h"

#include "core/error.h"
#include "equipment/register/equipmentservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace SchoolSuite {

QString RegisterMovementDialog::title(const QString &kind)
{
    if (kind == QLatin1String("move"))
        return tr("Move to room");
    if (kind == QLatin1String("assign"))
        return tr("Assign to staff member");
    if (kind == QLatin1String("lend"))
        return tr("Lend");
    if (kind == QLatin1String("return"))
        return tr("Take back");
    if (kind == QLatin1String("repair"))
        return tr("Send to repair");
    if (kind == QLatin1String("repaired"))
        return tr("Back from repair");
    if (kind == QLatin1String("lost"))
        return tr("Report lost");
    if (kind == QLatin1String("found"))
        return tr("Report found");
    return kind;
}

RegisterMovementDialog::RegisterMovementDialog(EquipmentService &service,
                                               const QString &itemId,
                                               const QString &kind,
                                               QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_itemId(itemId)
    , m_kind(kind)
{
    const Asset item = service.asset(itemId);
    setWindowTitle(title(kind));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        QStringLiteral("<b>%1</b> %2").arg(item.tag.toHtmlEscaped(), item.name.toHtmlEscaped()),
        this);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    if (kind == QLatin1String("move") || kind == QLatin1String("found")) {
        m_room = new QComboBox(this);
        m_room->setObjectName(QStringLiteral("room"));
        m_room->setEditable(true); // type to find a room among many
        m_room->setInsertPolicy(QComboBox::NoInsert);
        if (kind == QLatin1String("found"))
            m_room->addItem(tr("(where it was)"), QString());
        for (const EquipmentService::Choice &c : service.roomChoices())
            m_room->addItem(c.title, c.id);
        m_room->setCurrentIndex(qMax(0, m_room->findData(item.roomId)));
        form->addRow(tr("Room:"), m_room);
    }
    if (kind == QLatin1String("assign")) {
        m_custodian = new QComboBox(this);
        m_custodian->setObjectName(QStringLiteral("custodian"));
        m_custodian->setEditable(true);
        m_custodian->setInsertPolicy(QComboBox::NoInsert);
        m_custodian->addItem(tr("(nobody)"), QString());
        for (const EquipmentService::Choice &c : service.custodianChoices())
            m_custodian->addItem(c.title, c.id);
        m_custodian->setCurrentIndex(qMax(0, m_custodian->findData(item.custodianId)));
        form->addRow(tr("Custodian:"), m_custodian);
    }
    if (kind == QLatin1String("lend")) {
        m_borrower = new QLineEdit(this);
        m_borrower->setObjectName(QStringLiteral("borrower"));
        m_borrower->setPlaceholderText(tr("Name of the borrower or class"));
        form->addRow(tr("Borrower:"), m_borrower);
        m_due = new QDateEdit(QDate::currentDate().addDays(7), this);
        m_due->setObjectName(QStringLiteral("due"));
        m_due->setCalendarPopup(true);
        m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_due->setMinimumDate(QDate::currentDate());
        form->addRow(tr("Due back:"), m_due);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    form->addRow(tr("Note:"), m_note);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(title(kind));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterMovementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterMovementDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString RegisterMovementDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RegisterMovementDialog::accept()
{
    const QString note = m_note->text();
    const auto comboId = [](QComboBox *combo) {
        // An edited text that names no entry is no choice.
        const int i = combo->findText(combo->currentText());
        return i >= 0 ? combo->itemData(i).toString() : QStringLiteral("?");
    };
    for (QComboBox *combo : {m_room, m_custodian}) {
        if (combo && comboId(combo) == QLatin1String("?")) {
            m_error->setText(
                tr("\"%1\" is not in the list; choose from the list.").arg(combo->currentText()));
            m_error->show();
            combo->setFocus();
            return;
        }
    }
    try {
        if (m_kind == QLatin1String("move"))
            m_service.move(m_itemId, comboId(m_room), note);
        else if (m_kind == QLatin1String("assign"))
            m_service.assign(m_itemId, comboId(m_custodian), note);
        else if (m_kind == QLatin1String("lend"))
            m_service.lend(m_itemId, m_borrower->text(), m_due->date(), note);
        else if (m_kind == QLatin1String("return"))
            m_service.giveBack(m_itemId, note);
        else if (m_kind == QLatin1String("repair"))
            m_service.sendToRepair(m_itemId, note);
        else if (m_kind == QLatin1String("repaired"))
            m_service.repaired(m_itemId, note);
        else if (m_kind == QLatin1String("lost"))
            m_service.markLost(m_itemId, note);
        else if (m_kind == QLatin1String("found"))
            m_service.markFound(m_itemId, comboId(m_room), note);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace SchoolSuite
