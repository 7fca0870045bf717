#include "stafftab.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/peoplemodels.h"
#include "core/people/peopleservice.h"
#include "core/ui/detailpane.h"
#include "personeditdialog.h"
#include "recorddialog.h"

#include <QAction>
#include <QToolBar>

namespace SchoolSuite {

StaffTab::StaffTab(const Session &session, QWidget *parent)
    : ListPage(QStringLiteral("people/staff"), new StaffModel(session), parent)
    , m_session(session)
    , m_model(static_cast<StaffModel *>(model()))
    , m_detail(new DetailPane(this))
{
    m_model->setParent(this);
    setFilterRole(PeopleTableModel::FilterRole);
    setSortRole(PeopleTableModel::SortRole);
    setIdRole(PeopleTableModel::IdRole);

    m_add = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("list-add")),
                                 tr("Add staff member…"));
    m_add->setObjectName(QStringLiteral("add"));
    m_edit = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_edit->setToolTip(tr("Edit the selected staff member (Enter)"));
    m_delete = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete"));
    m_delete->setObjectName(QStringLiteral("delete"));
    m_import
        = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import…"));
    m_import->setObjectName(QStringLiteral("import"));
    m_export
        = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export…"));
    m_export->setObjectName(QStringLiteral("export"));
    m_import->setEnabled(session.can(Permission::PeopleImport));
    m_export->setEnabled(session.can(Permission::PeopleExport));
    connect(m_add, &QAction::triggered, this, &StaffTab::addStaffMember);
    connect(m_edit, &QAction::triggered, this, &StaffTab::editCurrent);
    connect(m_delete, &QAction::triggered, this, &StaffTab::deleteCurrent);
    connect(m_import, &QAction::triggered, this, &StaffTab::importRequested);
    connect(m_export, &QAction::triggered, this, &StaffTab::exportRequested);
    connect(this, &ListPage::activated, this, [this] {
        if (m_edit->isEnabled())
            editCurrent();
    });
    connect(this, &ListPage::currentChanged, this, &StaffTab::updateActions);

    setDetail(m_detail, [this](const QModelIndex &index) { updateDetail(index); });
    sortBy(StaffModel::Name);
    updateActions();
}

void StaffTab::reload()
{
    m_model->reload();
}

void StaffTab::updateActions()
{
    // Homeroom teachers may edit their class, not their colleagues (PeopleService agrees).
    const bool may = m_session.can(Permission::PeopleEdit) && !m_session.limitedToOwnClasses();
    const bool selected = currentSourceIndex().isValid();
    m_add->setEnabled(may);
    m_edit->setEnabled(may && selected);
    m_delete->setEnabled(may && selected);
}

void StaffTab::updateDetail(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_detail->showPlaceholder(m_model->lastError().isEmpty()
                                      ? tr("Select a staff member to see the details.")
                                      : m_model->lastError());
        return;
    }
    const StaffMember &m = m_model->member(index.row());
    const auto t = [](const char *key) {
        return PeopleFields::title(PersonKind::Staff, QLatin1String(key));
    };
    QStringList sub;
    for (const QString &s : {m.role, m.subject}) {
        if (!s.isEmpty())
            sub << s;
    }
    m_detail->setHeading(m.name, sub.join(QStringLiteral(" · ")));
    m_detail->setRows(
        {{QStringLiteral("staff_no"), t("staff_no"), m.staffNo},
         {QStringLiteral("gender"), t("gender"), PeopleText::gender(m.gender)},
         {QStringLiteral("role"), t("role"), m.role},
         {QStringLiteral("subject"), t("subject"), m.subject},
         {QStringLiteral("phone"), t("phone"), m.phone},
         {QStringLiteral("et_trained"), t("et_trained"), PeopleText::yesNo(m.etTrained)},
         {QStringLiteral("et_trained_on"), t("et_trained_on"), m.etTrainedOn},
         {QStringLiteral("active"), tr("Active"), PeopleText::yesNo(m.active)}});
}

QDialog *StaffTab::editCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || !m_edit->isEnabled())
        return nullptr;
    const StaffMember m = m_model->member(index.row());
    const Session &session = m_session;
    auto *dialog = new PersonEditDialog(
        PersonKind::Staff,
        tr("Edit %1").arg(m.name),
        [&session, m](const QHash<QString, QString> &changed) {
            PeopleService(session).setStaffFields(m.id, changed);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addText(QStringLiteral("name"), m.name);
    dialog->addChoice(QStringLiteral("gender"),
                      PeopleFields::title(PersonKind::Staff, QStringLiteral("gender")),
                      {{QString(), QString()},
                       {PeopleText::gender(QStringLiteral("M")), QStringLiteral("M")},
                       {PeopleText::gender(QStringLiteral("F")), QStringLiteral("F")}},
                      m.gender);
    dialog->addText(QStringLiteral("role"), m.role);
    dialog->addText(QStringLiteral("subject"), m.subject);
    dialog->addText(QStringLiteral("phone"), m.phone);
    dialog->addCheck(QStringLiteral("et_trained"), m.etTrained);
    dialog->addText(QStringLiteral("et_trained_on"), m.etTrainedOn, QStringLiteral("2015-09-01"));
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit edited();
    });
    dialog->open();
    return dialog;
}

QDialog *StaffTab::addStaffMember()
{
    if (!m_add->isEnabled())
        return nullptr;
    const Session &session = m_session;
    auto *dialog = new PersonEditDialog(
        PersonKind::Staff,
        tr("Add staff member"),
        [&session](const QHash<QString, QString> &values) {
            StaffMember m;
            m.staffNo = values.value(QStringLiteral("staff_no"));
            m.name = values.value(QStringLiteral("name"));
            m.gender = values.value(QStringLiteral("gender"));
            m.role = values.value(QStringLiteral("role"));
            m.subject = values.value(QStringLiteral("subject"));
            m.phone = values.value(QStringLiteral("phone"));
            m.etTrained = values.value(QStringLiteral("et_trained")) == QLatin1String("1");
            m.etTrainedOn = values.value(QStringLiteral("et_trained_on"));
            PeopleService(session).addStaff(m);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAddMode(true);
    dialog->addText(QStringLiteral("staff_no"), QString());
    dialog->addText(QStringLiteral("name"), QString());
    dialog->addChoice(QStringLiteral("gender"),
                      PeopleFields::title(PersonKind::Staff, QStringLiteral("gender")),
                      {{QString(), QString()},
                       {PeopleText::gender(QStringLiteral("M")), QStringLiteral("M")},
                       {PeopleText::gender(QStringLiteral("F")), QStringLiteral("F")}},
                      QString());
    dialog->addText(QStringLiteral("role"), QString());
    dialog->addText(QStringLiteral("subject"), QString());
    dialog->addText(QStringLiteral("phone"), QString());
    dialog->addCheck(QStringLiteral("et_trained"), false);
    dialog->addText(QStringLiteral("et_trained_on"), QString(), QStringLiteral("2015-09-01"));
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit edited();
    });
    dialog->open();
    return dialog;
}

void StaffTab::deleteCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || !m_delete->isEnabled())
        return;
    const StaffMember m = m_model->member(index.row());
    confirmThen(this,
                tr("Delete staff member"),
                tr("Delete %1 (%2)? They disappear from every list.").arg(m.name, m.staffNo),
                [this, m] {
                    try {
                        PeopleService(m_session).deleteStaff(m.id);
                        reload();
                        emit edited();
                    } catch (const Error &e) {
                        showWarning(this, tr("Delete staff member"), e.message());
                    }
                });
}

} // namespace SchoolSuite
