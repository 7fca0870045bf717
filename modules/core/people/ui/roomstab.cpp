#include "roomstab.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/peoplemodels.h"
#include "core/people/peopleservice.h"
#include "core/ui/detailpane.h"
#include "recorddialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolBar>

namespace SchoolSuite {

RoomsTab::RoomsTab(const Session &session, QWidget *parent)
    : ListPage(QStringLiteral("people/rooms"), new RoomsModel(session), parent)
    , m_session(session)
    , m_model(static_cast<RoomsModel *>(model()))
    , m_detail(new DetailPane(this))
{
    m_model->setParent(this);
    setFilterRole(PeopleTableModel::FilterRole);
    setSortRole(PeopleTableModel::SortRole);
    setIdRole(PeopleTableModel::IdRole);

    m_add = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add room…"));
    m_add->setObjectName(QStringLiteral("add"));
    m_edit = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_delete = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete"));
    m_delete->setObjectName(QStringLiteral("delete"));
    connect(m_add, &QAction::triggered, this, &RoomsTab::addRoom);
    connect(m_edit, &QAction::triggered, this, &RoomsTab::editCurrent);
    connect(m_delete, &QAction::triggered, this, &RoomsTab::deleteCurrent);
    connect(this, &ListPage::currentChanged, this, &RoomsTab::updateActions);
    connect(this, &ListPage::activated, this, [this] {
        if (m_edit->isEnabled())
            editCurrent();
    });

    setDetail(m_detail, [this](const QModelIndex &index) {
        if (!index.isValid()) {
            m_detail->showPlaceholder(tr("Select a room to see the details."));
            return;
        }
        const Room &r = m_model->room(index.row());
        m_detail->setHeading(r.name, RoomTypes::title(r.type));
        m_detail->setRows(
            {{QStringLiteral("building"), tr("Building"), r.building},
             {QStringLiteral("floor"), tr("Floor"), r.floor ? QString::number(r.floor) : QString()},
             {QStringLiteral("capacity"),
              tr("Capacity"),
              r.capacity ? QString::number(r.capacity) : QString()},
             {QStringLiteral("multimedia"), tr("Multimedia"), PeopleText::yesNo(r.hasMultimedia)},
             {QStringLiteral("note"), tr("Note"), r.note}});
    });
    updateActions();
}

void RoomsTab::reload()
{
    m_model->reload();
}

void RoomsTab::updateActions()
{
    // Rooms belong to the whole school: homeroom teachers may not change them (nor may the
    // service let them).
    const bool may = m_session.can(Permission::PeopleEdit) && !m_session.limitedToOwnClasses();
    const bool selected = currentSourceIndex().isValid();
    m_add->setEnabled(may);
    m_edit->setEnabled(may && selected);
    m_delete->setEnabled(may && selected);
}

void RoomsTab::changed()
{
    reload();
    emit edited();
}

RecordDialog *RoomsTab::addRoom()
{
    return m_add->isEnabled() ? openDialog({}) : nullptr;
}

RecordDialog *RoomsTab::editCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || !m_edit->isEnabled())
        return nullptr;
    return openDialog(m_model->room(index.row()).id);
}

RecordDialog *RoomsTab::openDialog(const QString &id)
{
    Room current;
    current.type = QStringLiteral("classroom");
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        current = m_model->room(row);
    auto *dialog
        = new RecordDialog(id.isEmpty() ? tr("Add room") : tr("Edit %1").arg(current.name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *name = new QLineEdit(current.name);
    auto *type = new QComboBox;
    for (const QString &t : RoomTypes::all())
        type->addItem(RoomTypes::title(t), t);
    type->setCurrentIndex(qMax(0, type->findData(current.type)));
    auto *building = new QLineEdit(current.building);
    // Plain text, not spin boxes: a wrong number must reach the service and be named, not be
    // silently clamped.
    auto *floor = new QLineEdit(current.floor ? QString::number(current.floor) : QString());
    auto *capacity
        = new QLineEdit(current.capacity ? QString::number(current.capacity) : QString());
    auto *multimedia = new QCheckBox;
    multimedia->setChecked(current.hasMultimedia);
    auto *note = new QLineEdit(current.note);
    dialog->addRow(tr("Room name"), name, QStringLiteral("name"));
    dialog->addRow(tr("Type"), type, QStringLiteral("type"));
    dialog->addRow(tr("Building"), building, QStringLiteral("building"));
    dialog->addRow(tr("Floor"), floor, QStringLiteral("floor"));
    dialog->addRow(tr("Capacity"), capacity, QStringLiteral("capacity"));
    dialog->addRow(tr("Multimedia"), multimedia, QStringLiteral("multimedia"));
    dialog->addRow(tr("Note"), note, QStringLiteral("note"));
    const Session &session = m_session;
    dialog->setSaver([&session, id, name, type, building, floor, capacity, multimedia, note] {
        const auto number = [](QLineEdit *edit, const QString &label) {
            const QString text = edit->text().trimmed();
            bool ok = true;
            const int n = text.isEmpty() ? 0 : text.toInt(&ok);
            if (!ok)
                throw Error(tr("%1 \"%2\": not a whole number.").arg(label, text), Error::Invalid);
            return n;
        };
        Room r;
        r.id = id;
        r.name = name->text();
        r.type = type->currentData().toString();
        r.building = building->text();
        r.floor = number(floor, tr("Floor"));
        r.capacity = number(capacity, tr("Capacity"));
        r.hasMultimedia = multimedia->isChecked();
        r.note = note->text();
        PeopleService people(session);
        if (id.isEmpty())
            people.addRoom(r);
        else
            people.updateRoom(r);
    });
    connect(dialog, &QDialog::accepted, this, &RoomsTab::changed);
    dialog->open();
    return dialog;
}

void RoomsTab::deleteCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || !m_delete->isEnabled())
        return;
    const Room r = m_model->room(index.row());
    confirmThen(this, tr("Delete room"), tr("Delete %1?").arg(r.name), [this, r] {
        try {
            PeopleService(m_session).deleteRoom(r.id);
            changed();
        } catch (const Error &e) {
            showWarning(this, tr("Delete room"), e.message());
        }
    });
}

} // namespace SchoolSuite
