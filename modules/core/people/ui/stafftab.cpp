#include "stafftab.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/peoplemodels.h"
#include "core/people/peopleservice.h"
#include "core/ui/detailpane.h"
#include "personeditdialog.h"

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

    m_edit = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_edit->setToolTip(tr("Edit the selected staff member (Enter)"));
    m_import
        = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import…"));
    m_import->setObjectName(QStringLiteral("import"));
    m_export
        = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export…"));
    m_export->setObjectName(QStringLiteral("export"));
    m_import->setEnabled(session.can(Permission::PeopleImport));
    m_export->setEnabled(session.can(Permission::PeopleExport));
    connect(m_edit, &QAction::triggered, this, &StaffTab::editCurrent);
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
    m_edit->setEnabled(currentSourceIndex().isValid() && m_session.can(Permission::PeopleEdit)
                       && !m_session.limitedToOwnClasses());
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

} // namespace SchoolSuite
