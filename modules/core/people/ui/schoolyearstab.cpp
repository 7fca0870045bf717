#include "schoolyearstab.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/peoplemodels.h"
#include "core/people/peopleservice.h"
#include "recorddialog.h"

#include <QAction>
#include <QDate>
#include <QLineEdit>
#include <QToolBar>

namespace SchoolSuite {

SchoolYearsTab::SchoolYearsTab(const Session &session, QWidget *parent)
    : ListPage(QStringLiteral("people/schoolyears"), new SchoolYearsModel(session), parent)
    , m_session(session)
    , m_model(static_cast<SchoolYearsModel *>(model()))
{
    m_model->setParent(this);
    setFilterRole(PeopleTableModel::FilterRole);
    setIdRole(PeopleTableModel::IdRole);

    m_add = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add…"));
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setToolTip(tr("Add a school year"));
    m_setCurrent
        = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("checkmark")), tr("Set as current"));
    m_setCurrent->setObjectName(QStringLiteral("setCurrent"));
    connect(m_add, &QAction::triggered, this, &SchoolYearsTab::addSchoolYear);
    connect(m_setCurrent, &QAction::triggered, this, &SchoolYearsTab::setCurrent);
    connect(this, &ListPage::currentChanged, this, &SchoolYearsTab::updateActions);
    updateActions();
}

void SchoolYearsTab::reload()
{
    m_model->reload();
    updateActions();
}

void SchoolYearsTab::updateActions()
{
    const bool may = m_session.can(Permission::PeopleEdit) && !m_session.limitedToOwnClasses();
    const QModelIndex index = currentSourceIndex();
    m_add->setEnabled(may);
    m_setCurrent->setEnabled(may && index.isValid() && !m_model->schoolYear(index.row()).isCurrent);
}

RecordDialog *SchoolYearsTab::addSchoolYear()
{
    if (!m_add->isEnabled())
        return nullptr;
    // Proposes the year after the newest one (or the one starting this autumn).
    int first = QDate::currentDate().month() >= 8 ? QDate::currentDate().year()
                                                  : QDate::currentDate().year() - 1;
    if (m_model->rowCount() > 0)
        first = m_model->schoolYear(0).name.left(4).toInt() + 1;
    auto *dialog = new RecordDialog(tr("Add school year"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *name = new QLineEdit(QStringLiteral("%1-%2").arg(first).arg(first + 1));
    auto *start = new QLineEdit(QStringLiteral("%1-09-01").arg(first));
    auto *end = new QLineEdit(QStringLiteral("%1-07-15").arg(first + 1));
    dialog->addRow(tr("School year"), name, QStringLiteral("name"));
    dialog->addRow(tr("Start"), start, QStringLiteral("start"));
    dialog->addRow(tr("End"), end, QStringLiteral("end"));
    const Session &session = m_session;
    dialog->setSaver([&session, name, start, end] {
        PeopleService(session).addSchoolYear(name->text(), start->text(), end->text());
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit edited();
    });
    dialog->open();
    return dialog;
}

void SchoolYearsTab::setCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || !m_setCurrent->isEnabled())
        return;
    try {
        PeopleService(m_session).setCurrentSchoolYear(m_model->schoolYear(index.row()).id);
        reload();
        emit edited();
    } catch (const Error &e) {
        showWarning(this, tr("Set as current"), e.message());
    }
}

} // namespace SchoolSuite
