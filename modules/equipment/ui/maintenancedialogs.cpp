#include "maintenancedialogs.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/ui/recorddialog.h"
#include "equipment/register/equipmentservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace SchoolSuite::MaintenanceDialogs {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::MaintenanceDialogs", text);
}

RecordDialog *dialog(const QString &title, QWidget *parent)
{
    auto *d = new RecordDialog(title, parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    return d;
}

QDateEdit *dateEdit(const QDate &date)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate());
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

// Cost in yuan as typed ("120", "120.50", "¥120"); empty: not known.
qint64 costFromText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return -1;
    bool ok = false;
    const qint64 fen = AssetKeys::parseYuan(text.trimmed(), &ok);
    if (!ok)
        throw Error(tr("Cost: \"%1\" is not an amount in yuan.").arg(text.trimmed()),
                    Error::Invalid);
    return fen;
}

QString itemText(const RepairTicket &t)
{
    return QStringLiteral("%1 (%2)").arg(t.itemName, t.itemTag);
}

// An asset tag typed or scanned, resolved to the item as the user types.
QString itemIdOfTag(const Session &session, const QString &tag, const QString &label)
{
    const std::optional<Asset> a = EquipmentService(session).findByTag(tag);
    if (!a)
        throw Error(tr("%1: no item has the tag \"%2\".").arg(label, tag.trimmed()),
                    Error::Invalid);
    return a->id;
}
} // namespace

RecordDialog *reportFault(const Session &session, QWidget *parent, const QString &tag)
{
    RecordDialog *d = dialog(tr("Report a fault"), parent);
    auto *tagEdit = new QLineEdit(tag);
    tagEdit->setPlaceholderText(tr("type or scan the asset tag"));
    auto *found = new QLabel;
    auto *fault = new QPlainTextEdit;
    fault->setTabChangesFocus(true);
    fault->setPlaceholderText(tr("What is wrong? e.g. the projector shows no picture"));
    fault->setMaximumHeight(fault->fontMetrics().height() * 6);
    d->addRow(tr("Asset tag"), tagEdit, QStringLiteral("tag"));
    d->addRow(QString(), found, QStringLiteral("found"));
    d->addRow(tr("Fault"), fault, QStringLiteral("fault"));
    const auto lookUp = [&session, tagEdit, found] {
        const std::optional<Asset> a = EquipmentService(session).findByTag(tagEdit->text());
        found->setText(a ? a->name
                         : (tagEdit->text().trimmed().isEmpty() ? QString() : tr("no such tag")));
    };
    QObject::connect(tagEdit, &QLineEdit::textChanged, d, lookUp);
    // A scanner ends with Enter: go on to the fault instead of saving half a report.
    QObject::connect(tagEdit, &QLineEdit::returnPressed, fault, [fault] { fault->setFocus(); });
    lookUp();
    d->setSaver([&session, tagEdit, fault] {
        const QString id = itemIdOfTag(session, tagEdit->text(), tr("Asset tag"));
        MaintenanceService(session).reportFault(id, fault->toPlainText());
    });
    (tag.isEmpty() ? static_cast<QWidget *>(tagEdit) : fault)->setFocus();
    d->open();
    return d;
}

RecordDialog *editRepair(const Session &session, QWidget *parent, const RepairTicket &t)
{
    RecordDialog *d = dialog(tr("Repair of %1").arg(itemText(t)), parent);
    auto *vendor = new QLineEdit(t.vendor);
    auto *cost = new QLineEdit(AssetKeys::yuan(t.costFen));
    auto *resolution = new QLineEdit(t.resolution);
    d->addRow(tr("Vendor"), vendor, QStringLiteral("vendor"));
    d->addRow(tr("Cost"), cost, QStringLiteral("cost"));
    d->addRow(tr("Resolution"), resolution, QStringLiteral("resolution"));
    const QString id = t.id;
    d->setSaver([&session, id, vendor, cost, resolution] {
        MaintenanceService(session).updateRepair(
            id, vendor->text(), costFromText(cost->text()), resolution->text());
    });
    d->open();
    return d;
}

RecordDialog *startRepair(const Session &session, QWidget *parent, const RepairTicket &t)
{
    RecordDialog *d = dialog(tr("Send %1 for repair").arg(itemText(t)), parent);
    auto *fault = new QLabel(t.fault);
    fault->setWordWrap(true);
    auto *vendor = new QLineEdit(t.vendor);
    vendor->setPlaceholderText(tr("who repairs it"));
    d->addRow(tr("Fault"), fault, QStringLiteral("fault"));
    d->addRow(tr("Vendor"), vendor, QStringLiteral("vendor"));
    const QString id = t.id;
    d->setSaver(
        [&session, id, vendor] { MaintenanceService(session).startRepair(id, vendor->text()); });
    d->open();
    return d;
}

RecordDialog *finishRepair(const Session &session, QWidget *parent, const RepairTicket &t)
{
    RecordDialog *d = dialog(tr("Repair of %1 done").arg(itemText(t)), parent);
    auto *resolution = new QLineEdit(t.resolution);
    resolution->setPlaceholderText(tr("e.g. lamp replaced"));
    auto *cost = new QLineEdit(AssetKeys::yuan(t.costFen));
    auto *day = dateEdit(QDate::currentDate());
    day->setMaximumDate(QDate::currentDate());
    d->addRow(tr("Resolution"), resolution, QStringLiteral("resolution"));
    d->addRow(tr("Cost"), cost, QStringLiteral("cost"));
    d->addRow(tr("Resolved on"), day, QStringLiteral("resolvedOn"));
    const QString id = t.id;
    d->setSaver([&session, id, resolution, cost, day] {
        MaintenanceService(session).finishRepair(
            id, resolution->text(), costFromText(cost->text()), day->date());
    });
    d->open();
    return d;
}

RecordDialog *editPlan(const Session &session, QWidget *parent, const MaintenancePlan &plan)
{
    RecordDialog *d = dialog(
        plan.id.isEmpty() ? tr("Add maintenance plan") : tr("Edit %1").arg(plan.task), parent);
    auto *task = new QLineEdit(plan.task);
    task->setPlaceholderText(tr("e.g. replace the projector lamp"));
    auto *category = new QComboBox;
    category->addItem(tr("(one item, by its tag)"), QString());
    try {
        for (const AssetCategory &c : EquipmentService(session).categories())
            category->addItem(c.name, c.id);
    } catch (const Error &) {
    }
    category->setCurrentIndex(qMax(0, category->findData(plan.categoryId)));
    auto *tag = new QLineEdit;
    if (!plan.itemId.isEmpty()) {
        try {
            tag->setText(EquipmentService(session).asset(plan.itemId).tag);
        } catch (const Error &) {
        }
    }
    tag->setPlaceholderText(tr("asset tag, when the plan is for one item"));
    tag->setEnabled(category->currentIndex() == 0);
    QObject::connect(category, &QComboBox::currentIndexChanged, tag, [tag](int index) {
        tag->setEnabled(index == 0);
    });
    auto *every = new QSpinBox;
    every->setRange(1, 120);
    every->setSuffix(tr(" months"));
    every->setValue(plan.everyMonths > 0 ? plan.everyMonths : 6);
    auto *starts = dateEdit(plan.startsOn);
    auto *active = new QCheckBox;
    active->setChecked(plan.id.isEmpty() || plan.active);
    d->addRow(tr("Task"), task, QStringLiteral("task"));
    d->addRow(tr("For"), category, QStringLiteral("category"));
    d->addRow(tr("Asset tag"), tag, QStringLiteral("tag"));
    d->addRow(tr("Every"), every, QStringLiteral("every"));
    d->addRow(tr("Starts on"), starts, QStringLiteral("startsOn"));
    d->addRow(tr("Active"), active, QStringLiteral("active"));
    const QString id = plan.id;
    d->setSaver([&session, id, task, category, tag, every, starts, active] {
        MaintenancePlan p;
        p.id = id;
        p.task = task->text();
        p.categoryId = category->currentData().toString();
        if (p.categoryId.isEmpty())
            p.itemId = itemIdOfTag(session, tag->text(), tr("Asset tag"));
        p.everyMonths = every->value();
        p.startsOn = starts->date();
        p.active = active->isChecked();
        MaintenanceService service(session);
        if (id.isEmpty())
            service.addPlan(p);
        else
            service.updatePlan(p);
    });
    d->open();
    return d;
}

RecordDialog *markDone(const Session &session, QWidget *parent, const MaintenanceDue &due)
{
    RecordDialog *d = dialog(tr("%1 done").arg(due.task), parent);
    auto *item = new QLabel(QStringLiteral("%1 (%2)").arg(due.itemName, due.itemTag));
    auto *day = dateEdit(QDate::currentDate());
    day->setMaximumDate(QDate::currentDate());
    auto *note = new QLineEdit;
    d->addRow(tr("Item"), item, QStringLiteral("item"));
    d->addRow(tr("Done on"), day, QStringLiteral("doneOn"));
    d->addRow(tr("Note"), note, QStringLiteral("note"));
    const QString planId = due.planId;
    const QString itemId = due.itemId;
    d->setSaver([&session, planId, itemId, day, note] {
        MaintenanceService(session).markDone(planId, itemId, day->date(), note->text());
    });
    d->open();
    return d;
}

} // namespace SchoolSuite::MaintenanceDialogs
