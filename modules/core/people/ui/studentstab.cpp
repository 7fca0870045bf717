#include "studentstab.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/peoplemodels.h"
#include "core/people/peopleservice.h"
#include "core/ui/detailpane.h"
#include "core/ui/listfilterproxy.h"
#include "personeditdialog.h"
#include "recorddialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QToolBar>

namespace SchoolSuite {

StudentsTab::StudentsTab(const Session &session, QWidget *parent)
    : ListPage(QStringLiteral("people/students"), new StudentsModel(session), parent)
    , m_session(session)
    , m_model(static_cast<StudentsModel *>(model()))
    , m_detail(new DetailPane(this))
    , m_reveal(new QPushButton(
          QIcon::fromTheme(QStringLiteral("view-visible")), tr("Show ID number"), this))
    , m_classFilter(new QComboBox(this))
{
    m_model->setParent(this);
    setFilterRole(PeopleTableModel::FilterRole);
    setSortRole(PeopleTableModel::SortRole);
    setIdRole(PeopleTableModel::IdRole);

    m_add = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add student…"));
    m_add->setObjectName(QStringLiteral("add"));
    m_edit = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_edit->setToolTip(tr("Edit the selected student (Enter)"));
    m_delete = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete"));
    m_delete->setObjectName(QStringLiteral("delete"));
    m_import
        = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import…"));
    m_import->setObjectName(QStringLiteral("import"));
    m_export
        = toolBar()->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export…"));
    m_export->setObjectName(QStringLiteral("export"));
    toolBar()->addSeparator();
    auto *classLabel = new QLabel(tr("&Class:"), this);
    classLabel->setBuddy(m_classFilter);
    classLabel->setContentsMargins(4, 0, 4, 0);
    toolBar()->addWidget(classLabel);
    m_classFilter->setObjectName(QStringLiteral("classFilter"));
    m_classFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolBar()->addWidget(m_classFilter);

    m_import->setEnabled(session.can(Permission::PeopleImport));
    m_export->setEnabled(session.can(Permission::PeopleExport));
    connect(m_add, &QAction::triggered, this, &StudentsTab::addStudent);
    connect(m_edit, &QAction::triggered, this, &StudentsTab::editCurrent);
    connect(m_delete, &QAction::triggered, this, &StudentsTab::deleteCurrent);
    connect(m_import, &QAction::triggered, this, &StudentsTab::importRequested);
    connect(m_export, &QAction::triggered, this, &StudentsTab::exportRequested);
    connect(this, &ListPage::activated, this, [this] {
        if (m_edit->isEnabled())
            editCurrent();
    });
    connect(this, &ListPage::currentChanged, this, &StudentsTab::updateActions);

    connect(m_classFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString classId = m_classFilter->currentData().toString();
        proxy()->setRowFilter(
            classId.isEmpty() ? ListFilterProxy::RowFilter() : [this, classId](int row) {
                return m_model->student(row).classId == classId;
            });
    });

    m_reveal->setObjectName(QStringLiteral("revealId"));
    m_reveal->setToolTip(session.can(Permission::SensitiveReveal)
                             ? tr("Show the full ID number; this is written to the audit log")
                             : tr("Your role may not see ID numbers"));
    connect(m_reveal, &QPushButton::clicked, this, &StudentsTab::revealIdNumber);
    m_detail->buttonLayout()->insertWidget(0, m_reveal);

    fillClassFilter();
    setDetail(m_detail, [this](const QModelIndex &index) { updateDetail(index); });
    sortBy(StudentsModel::Class);
    updateActions();
}

void StudentsTab::fillClassFilter()
{
    const QString current = m_classFilter->currentData().toString();
    QSignalBlocker blocker(m_classFilter);
    m_classFilter->clear();
    m_classFilter->addItem(tr("All classes"), QString());
    // Only the classes this session sees students of (a homeroom teacher: their own).
    QSet<QString> present;
    for (int r = 0; r < m_model->rowCount(); ++r)
        present.insert(m_model->student(r).classId);
    try {
        for (const SchoolClass &c : PeopleService(m_session).classes()) {
            if (present.contains(c.id))
                m_classFilter->addItem(c.displayName, c.id);
        }
    } catch (const Error &) {
        // No PeopleView: the list is empty anyway.
    }
    m_classFilter->setCurrentIndex(qMax(0, m_classFilter->findData(current)));
}

void StudentsTab::setClassFilter(const QString &classId)
{
    m_classFilter->setCurrentIndex(qMax(0, m_classFilter->findData(classId)));
}

void StudentsTab::reload()
{
    m_model->reload();
    fillClassFilter();
    proxy()->refilter();
}

void StudentsTab::updateActions()
{
    const bool selected = currentSourceIndex().isValid();
    const bool may = m_session.can(Permission::PeopleEdit);
    m_add->setEnabled(may);
    m_edit->setEnabled(selected && may);
    m_delete->setEnabled(selected && may);
}

void StudentsTab::updateDetail(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_detail->showPlaceholder(m_model->lastError().isEmpty()
                                      ? tr("Select a student to see the details.")
                                      : m_model->lastError());
        m_reveal->setEnabled(false);
        return;
    }
    const Student &s = m_model->student(index.row());
    const auto t = [](const char *key) {
        return PeopleFields::title(PersonKind::Student, QLatin1String(key));
    };
    m_detail->setHeading(s.name, QStringList{s.className, s.studentNo}.join(QStringLiteral(" · ")));
    m_detail->setRows({{QStringLiteral("student_no"), t("student_no"), s.studentNo},
                       {QStringLiteral("gender"), t("gender"), PeopleText::gender(s.gender)},
                       {QStringLiteral("birth_date"), t("birth_date"), s.birthDate},
                       {QStringLiteral("class"), t("class"), s.className},
                       {QStringLiteral("id_number"), t("id_number"), s.idNumber},
                       {QStringLiteral("guardian"), t("guardian"), s.guardian},
                       {QStringLiteral("phone"), t("phone"), s.phone},
                       {QStringLiteral("status"), tr("Status"), PeopleText::status(s.status)}});
    m_reveal->setEnabled(m_session.can(Permission::SensitiveReveal) && !s.idNumber.isEmpty());
}

void StudentsTab::revealIdNumber()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid())
        return;
    try {
        const QString full
            = PeopleService(m_session).revealIdNumber(m_model->student(index.row()).id);
        m_detail->setValue(QStringLiteral("id_number"), full);
        m_reveal->setEnabled(false);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("ID number"), e.message());
    }
}

QDialog *StudentsTab::editCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || !m_session.can(Permission::PeopleEdit))
        return nullptr;
    const Student s = m_model->student(index.row());
    const Session &session = m_session;
    auto *dialog = new PersonEditDialog(
        PersonKind::Student,
        tr("Edit %1").arg(s.name),
        [&session, s](QHash<QString, QString> changed) {
            // The class combo holds "grade/name"; the service wants both fields.
            if (changed.contains(QStringLiteral("class_ref"))) {
                const QStringList ref
                    = changed.take(QStringLiteral("class_ref")).split(QLatin1Char('/'));
                if (ref.size() == 2) {
                    changed.insert(QStringLiteral("grade"), ref.at(0));
                    changed.insert(QStringLiteral("class"), ref.at(1));
                }
            }
            PeopleService(session).setStudentFields(s.id, changed);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addText(QStringLiteral("name"), s.name);
    dialog->addChoice(QStringLiteral("gender"),
                      PeopleFields::title(PersonKind::Student, QStringLiteral("gender")),
                      {{QString(), QString()},
                       {PeopleText::gender(QStringLiteral("M")), QStringLiteral("M")},
                       {PeopleText::gender(QStringLiteral("F")), QStringLiteral("F")}},
                      s.gender);
    QString currentRef;
    const QList<QPair<QString, QString>> classes = classChoices(s.classId, &currentRef);
    dialog->addChoice(QStringLiteral("class_ref"),
                      PeopleFields::title(PersonKind::Student, QStringLiteral("class")),
                      classes,
                      currentRef);
    dialog->addText(QStringLiteral("birth_date"), s.birthDate, QStringLiteral("2012-09-01"));
    if (m_session.can(Permission::SensitiveReveal))
        dialog->addText(
            QStringLiteral("id_number"), QString(), tr("Unchanged (%1)").arg(s.idNumber));
    dialog->addText(QStringLiteral("guardian"), s.guardian);
    dialog->addText(QStringLiteral("phone"), s.phone);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit edited();
    });
    dialog->open();
    return dialog;
}

QList<QPair<QString, QString>> StudentsTab::classChoices(const QString &currentId,
                                                         QString *currentRef) const
{
    // The combo holds "grade/name"; the service wants both fields.
    QList<QPair<QString, QString>> classes;
    try {
        for (const SchoolClass &c : PeopleService(m_session).classes()) {
            const QString ref = QString::number(c.grade) + QLatin1Char('/') + c.name;
            if (m_session.limitedToOwnClasses() && !m_session.ownClassIds().contains(c.id))
                continue;
            classes << qMakePair(c.displayName, ref);
            if (c.id == currentId && currentRef)
                *currentRef = ref;
        }
    } catch (const Error &) {
    }
    return classes;
}

QDialog *StudentsTab::addStudent()
{
    if (!m_add->isEnabled())
        return nullptr;
    const Session &session = m_session;
    auto *dialog = new PersonEditDialog(
        PersonKind::Student,
        tr("Add student"),
        [&session](const QHash<QString, QString> &values) {
            Student s;
            s.studentNo = values.value(QStringLiteral("student_no"));
            s.name = values.value(QStringLiteral("name"));
            s.gender = values.value(QStringLiteral("gender"));
            s.birthDate = values.value(QStringLiteral("birth_date"));
            s.idNumber = values.value(QStringLiteral("id_number"));
            s.guardian = values.value(QStringLiteral("guardian"));
            s.phone = values.value(QStringLiteral("phone"));
            const QStringList ref
                = values.value(QStringLiteral("class_ref")).split(QLatin1Char('/'));
            PeopleService(session).addStudent(s, ref.value(0).toInt(), ref.value(1));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAddMode(true);
    dialog->addText(QStringLiteral("student_no"), QString(), QStringLiteral("G…, L… / J…"));
    dialog->addText(QStringLiteral("name"), QString());
    dialog->addChoice(QStringLiteral("gender"),
                      PeopleFields::title(PersonKind::Student, QStringLiteral("gender")),
                      {{QString(), QString()},
                       {PeopleText::gender(QStringLiteral("M")), QStringLiteral("M")},
                       {PeopleText::gender(QStringLiteral("F")), QStringLiteral("F")}},
                      QString());
    // Preselects the class the list is filtered on.
    QString currentRef;
    const QList<QPair<QString, QString>> classes
        = classChoices(m_classFilter->currentData().toString(), &currentRef);
    dialog->addChoice(QStringLiteral("class_ref"),
                      PeopleFields::title(PersonKind::Student, QStringLiteral("class")),
                      classes,
                      currentRef);
    dialog->addText(QStringLiteral("birth_date"), QString(), QStringLiteral("2012-09-01"));
    if (m_session.can(Permission::SensitiveReveal))
        dialog->addText(QStringLiteral("id_number"), QString());
    dialog->addText(QStringLiteral("guardian"), QString());
    dialog->addText(QStringLiteral("phone"), QString());
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit edited();
    });
    dialog->open();
    return dialog;
}

void StudentsTab::deleteCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || !m_delete->isEnabled())
        return;
    const Student s = m_model->student(index.row());
    confirmThen(this,
                tr("Delete student"),
                tr("Delete %1 (%2, %3)? The student disappears from every list.")
                    .arg(s.name, s.className, s.studentNo),
                [this, s] {
                    try {
                        PeopleService(m_session).deleteStudent(s.id);
                        reload();
                        emit edited();
                    } catch (const Error &e) {
                        showWarning(this, tr("Delete student"), e.message());
                    }
                });
}

} // namespace SchoolSuite
