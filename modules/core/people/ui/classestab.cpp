#include "classestab.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/peoplefields.h"
#include "core/people/peoplemodels.h"
#include "core/people/peopleservice.h"
#include "core/search/pinyin.h"
#include "core/ui/detailpane.h"
#include "recorddialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QToolBar>

#include <algorithm>

namespace SchoolSuite {

ClassesTab::ClassesTab(const Session &session, QWidget *parent)
    : ListPage(QStringLiteral("people/classes"), new ClassesModel(session), parent)
    , m_session(session)
    , m_model(static_cast<ClassesModel *>(model()))
    , m_detail(new DetailPane(this))
{
    m_model->setParent(this);
    setFilterRole(PeopleTableModel::FilterRole);
    setSortRole(PeopleTableModel::SortRole);
    setIdRole(PeopleTableModel::IdRole);

    m_add = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add class…"));
    m_add->setObjectName(QStringLiteral("add"));
    m_edit = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_delete = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete"));
    m_delete->setObjectName(QStringLiteral("delete"));
    connect(m_add, &QAction::triggered, this, &ClassesTab::addClass);
    connect(m_edit, &QAction::triggered, this, &ClassesTab::editCurrent);
    connect(m_delete, &QAction::triggered, this, &ClassesTab::deleteCurrent);
    connect(this, &ListPage::currentChanged, this, &ClassesTab::updateActions);

    auto *showStudents = new QPushButton(
        QIcon::fromTheme(QStringLiteral("im-user")), tr("Show students"), m_detail);
    showStudents->setObjectName(QStringLiteral("showStudents"));
    m_detail->buttonLayout()->insertWidget(0, showStudents);
    connect(showStudents, &QPushButton::clicked, this, [this] {
        const QModelIndex index = currentSourceIndex();
        if (index.isValid())
            emit showStudentsRequested(m_model->schoolClass(index.row()).id);
    });
    connect(this, &ListPage::activated, showStudents, &QPushButton::click);
    setDetail(m_detail, [this](const QModelIndex &index) {
        if (!index.isValid()) {
            m_detail->showPlaceholder(tr("Select a class to see the details."));
            return;
        }
        const SchoolClass &c = m_model->schoolClass(index.row());
        m_detail->setHeading(c.displayName);
        m_detail->setRows(
            {{QStringLiteral("homeroom"), tr("Homeroom teacher"), c.homeroomName},
             {QStringLiteral("room"), tr("Room"), c.roomName},
             {QStringLiteral("students"), tr("Students"), QString::number(c.studentCount)}});
    });
    sortBy(ClassesModel::Name);
    updateActions();
}

void ClassesTab::reload()
{
    m_model->reload();
}

void ClassesTab::updateActions()
{
    const bool may = m_session.can(Permission::PeopleEdit);
    const bool all = may && !m_session.limitedToOwnClasses();
    const QModelIndex index = currentSourceIndex();
    const bool own
        = index.isValid()
          && (all || m_session.ownClassIds().contains(m_model->schoolClass(index.row()).id));
    m_add->setEnabled(all);
    m_edit->setEnabled(may && own);
    m_delete->setEnabled(all && index.isValid());
}

void ClassesTab::changed()
{
    reload();
    emit edited();
}

RecordDialog *ClassesTab::addClass()
{
    return m_add->isEnabled() ? openDialog({}) : nullptr;
}

RecordDialog *ClassesTab::editCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || !m_edit->isEnabled())
        return nullptr;
    return openDialog(m_model->schoolClass(index.row()).id);
}

RecordDialog *ClassesTab::openDialog(const QString &id)
{
    SchoolClass current;
    current.grade = 7;
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        current = m_model->schoolClass(row);
    auto *dialog = new RecordDialog(
        id.isEmpty() ? tr("Add class") : tr("Edit %1").arg(current.displayName), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);

    auto *grade = new QComboBox;
    for (int g = 1; g <= 12; ++g)
        grade->addItem(Grades::name(g), g);
    grade->setCurrentIndex(qMax(0, grade->findData(current.grade)));
    auto *number = new QSpinBox;
    number->setRange(1, 99);
    number->setValue(qMax(1, current.name.toInt()));
    auto *homeroom = new QComboBox;
    auto *room = new QComboBox;
    homeroom->addItem(QString(), QString());
    room->addItem(QString(), QString());
    try {
        PeopleService people(m_session);
        QList<StaffMember> staff = people.staff();
        std::sort(staff.begin(), staff.end(), [](const StaffMember &a, const StaffMember &b) {
            return Pinyin::sortKey(a.name, true) < Pinyin::sortKey(b.name, true);
        });
        for (const StaffMember &m : std::as_const(staff)) {
            if (m.active || m.id == current.homeroomStaffId)
                homeroom->addItem(m.name + QStringLiteral(" (") + m.staffNo + QLatin1Char(')'),
                                  m.id);
        }
        for (const Room &r : people.rooms())
            room->addItem(r.name, r.id);
    } catch (const Error &) {
        // Without PeopleView there is no dialog to show anyway.
    }
    homeroom->setCurrentIndex(qMax(0, homeroom->findData(current.homeroomStaffId)));
    room->setCurrentIndex(qMax(0, room->findData(current.roomId)));
    const bool homeroomOnly = m_session.limitedToOwnClasses();
    grade->setEnabled(!homeroomOnly);
    number->setEnabled(!homeroomOnly);
    homeroom->setEnabled(!homeroomOnly);

    dialog->addRow(PeopleFields::title(PersonKind::Student, QStringLiteral("grade")),
                   grade,
                   QStringLiteral("grade"));
    dialog->addRow(PeopleFields::title(PersonKind::Student, QStringLiteral("class")),
                   number,
                   QStringLiteral("number"));
    dialog->addRow(tr("Homeroom teacher"), homeroom, QStringLiteral("homeroom"));
    dialog->addRow(tr("Room"), room, QStringLiteral("room"));
    const Session &session = m_session;
    dialog->setSaver([&session, id, grade, number, homeroom, room] {
        SchoolClass c;
        c.id = id;
        c.grade = grade->currentData().toInt();
        c.name = QString::number(number->value());
        c.homeroomStaffId = homeroom->currentData().toString();
        c.roomId = room->currentData().toString();
        PeopleService people(session);
        if (id.isEmpty())
            people.addClass(c);
        else
            people.updateClass(c);
    });
    connect(dialog, &QDialog::accepted, this, &ClassesTab::changed);
    dialog->open();
    return dialog;
}

void ClassesTab::deleteCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || !m_delete->isEnabled())
        return;
    const SchoolClass c = m_model->schoolClass(index.row());
    confirmThen(this, tr("Delete class"), tr("Delete %1?").arg(c.displayName), [this, c] {
        try {
            PeopleService(m_session).deleteClass(c.id);
            changed();
        } catch (const Error &e) {
            showWarning(this, tr("Delete class"), e.message());
        }
    });
}

} // namespace SchoolSuite
