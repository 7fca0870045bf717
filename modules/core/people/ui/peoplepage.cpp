#include "peoplepage.h"

#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/io/tabularwriter.h"
#include "core/people/peopleimport.h"
#include "core/people/peoplemodels.h"
#include "core/people/peopleservice.h"
#include "core/search/searchindex.h"
#include "core/ui/detailpane.h"
#include "core/ui/importwizard.h"
#include "core/ui/listpage.h"
#include "stafftab.h"
#include "studentstab.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>

namespace SchoolSuite {

PeoplePage::PeoplePage(LocalStore &store, const Session &session, QWidget *parent)
    : QTabWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_students(new StudentsTab(session, this))
    , m_staff(new StaffTab(session, this))
{
    setObjectName(QStringLiteral("peoplePage"));
    setDocumentMode(true);
    m_classes = createClassesTab();
    m_rooms = createRoomsTab();
    addTab(m_students, QIcon::fromTheme(QStringLiteral("im-user")), tr("Students"));
    addTab(m_staff, QIcon::fromTheme(QStringLiteral("user-identity")), tr("Staff"));
    addTab(m_classes, QIcon::fromTheme(QStringLiteral("group")), tr("Classes"));
    addTab(m_rooms, QIcon::fromTheme(QStringLiteral("go-home")), tr("Rooms"));

    connect(m_students, &StudentsTab::importRequested, this, [this] {
        openImportWizard(PersonKind::Student);
    });
    connect(
        m_staff, &StaffTab::importRequested, this, [this] { openImportWizard(PersonKind::Staff); });
    connect(m_students, &StudentsTab::exportRequested, this, [this] {
        exportInteractively(PersonKind::Student);
    });
    connect(m_staff, &StaffTab::exportRequested, this, [this] {
        exportInteractively(PersonKind::Staff);
    });
    // A moved student or a renamed teacher changes the classes list and the search index.
    const auto afterEdit = [this] {
        m_store.search().update();
        m_classesModel->reload();
    };
    connect(m_students, &StudentsTab::edited, this, afterEdit);
    connect(m_staff, &StaffTab::edited, this, afterEdit);
}

ListPage *PeoplePage::createClassesTab()
{
    m_classesModel = new ClassesModel(m_session, this);
    auto *page = new ListPage(QStringLiteral("people/classes"), m_classesModel, this);
    page->setFilterRole(PeopleTableModel::FilterRole);
    page->setSortRole(PeopleTableModel::SortRole);
    page->setIdRole(PeopleTableModel::IdRole);
    auto *detail = new DetailPane(page);
    auto *showStudents
        = new QPushButton(QIcon::fromTheme(QStringLiteral("im-user")), tr("Show students"), detail);
    showStudents->setObjectName(QStringLiteral("showStudents"));
    detail->buttonLayout()->insertWidget(0, showStudents);
    connect(showStudents, &QPushButton::clicked, this, [this, page] {
        const QModelIndex index = page->currentSourceIndex();
        if (!index.isValid())
            return;
        m_students->setClassFilter(m_classesModel->schoolClass(index.row()).id);
        setCurrentWidget(m_students);
    });
    connect(page, &ListPage::activated, showStudents, &QPushButton::click);
    page->setDetail(detail, [this, detail](const QModelIndex &index) {
        if (!index.isValid()) {
            detail->showPlaceholder(tr("Select a class to see the details."));
            return;
        }
        const SchoolClass &c = m_classesModel->schoolClass(index.row());
        detail->setHeading(c.displayName);
        detail->setRows(
            {{QStringLiteral("homeroom"), tr("Homeroom teacher"), c.homeroomName},
             {QStringLiteral("room"), tr("Room"), c.roomName},
             {QStringLiteral("students"), tr("Students"), QString::number(c.studentCount)}});
    });
    page->sortBy(ClassesModel::Name);
    return page;
}

ListPage *PeoplePage::createRoomsTab()
{
    m_roomsModel = new RoomsModel(m_session, this);
    auto *page = new ListPage(QStringLiteral("people/rooms"), m_roomsModel, this);
    page->setFilterRole(PeopleTableModel::FilterRole);
    page->setSortRole(PeopleTableModel::SortRole);
    page->setIdRole(PeopleTableModel::IdRole);
    auto *detail = new DetailPane(page);
    page->setDetail(detail, [this, detail](const QModelIndex &index) {
        if (!index.isValid()) {
            detail->showPlaceholder(tr("Select a room to see the details."));
            return;
        }
        const Room &r = m_roomsModel->room(index.row());
        detail->setHeading(r.name, RoomTypes::title(r.type));
        detail->setRows(
            {{QStringLiteral("building"), tr("Building"), r.building},
             {QStringLiteral("floor"), tr("Floor"), r.floor ? QString::number(r.floor) : QString()},
             {QStringLiteral("capacity"),
              tr("Capacity"),
              r.capacity ? QString::number(r.capacity) : QString()},
             {QStringLiteral("multimedia"), tr("Multimedia"), PeopleText::yesNo(r.hasMultimedia)},
             {QStringLiteral("note"), tr("Note"), r.note}});
    });
    return page;
}

bool PeoplePage::openRecord(const QString &kind, const QString &id)
{
    ListPage *page = nullptr;
    PeopleTableModel *model = nullptr;
    if (kind == QLatin1String("student")) {
        m_students->setClassFilter({});
        page = m_students;
        model = m_students->studentsModel();
    } else if (kind == QLatin1String("staff")) {
        page = m_staff;
        model = m_staff->staffModel();
    } else if (kind == QLatin1String("class")) {
        page = m_classes;
        model = m_classesModel;
    } else if (kind == QLatin1String("room")) {
        page = m_rooms;
        model = m_roomsModel;
    }
    if (!page)
        return false;
    int row = model->rowOfId(id);
    if (row < 0) {
        model->reload(); // added since the list was read
        row = model->rowOfId(id);
    }
    setCurrentWidget(page);
    if (row < 0 || !page->selectSourceRow(row))
        return false;
    page->view()->setFocus(Qt::OtherFocusReason);
    return true;
}

void PeoplePage::reload()
{
    m_students->reload();
    m_staff->reload();
    m_classesModel->reload();
    m_roomsModel->reload();
}

ImportWizard *PeoplePage::openImportWizard(PersonKind kind)
{
    QList<ImportWizard::Field> fields;
    for (const FieldDef &f : PeopleFields::fields(kind))
        fields << ImportWizard::Field{f.key, PeopleFields::title(kind, f.key), f.required};
    const Session &session = m_session;
    auto runner = [&session, kind](const Table &table, const QStringList &mapping, bool dryRun) {
        const ImportReport r = PeopleImport(session).run(kind, table, mapping, dryRun);
        ImportWizard::Report out{r.added, r.updated, r.unchanged, {}};
        for (const ImportIssue &issue : r.errors)
            out.issues << ImportWizard::Issue{issue.row, issue.field, issue.message};
        return out;
    };
    auto *wizard
        = new ImportWizard(kind == PersonKind::Student ? tr("Import students") : tr("Import staff"),
                           fields,
                           runner,
                           this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setAutoMapper(
        [kind](const QStringList &header) { return PeopleImport::autoMapping(kind, header); });
    connect(wizard, &ImportWizard::imported, this, [this] {
        m_store.search().update();
        reload();
    });
    wizard->open();
    return wizard;
}

int PeoplePage::exportTo(PersonKind kind, const QString &path)
{
    const Table table = PeopleImport(m_session).exportTable(kind);
    TabularWriter::write(path, table, kind == PersonKind::Student ? tr("Students") : tr("Staff"));
    return table.rowCount();
}

void PeoplePage::exportInteractively(PersonKind kind)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = kind == PersonKind::Student ? tr("students") : tr("staff");
    QString selected;
    const QString path
        = QFileDialog::getSaveFileName(this,
                                       tr("Export"),
                                       QDir(dir).filePath(base + QStringLiteral(".xlsx")),
                                       tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
                                       &selected);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(path).suffix().isEmpty())
        target += selected.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv")
                                                            : QStringLiteral(".xlsx");
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const int n = exportTo(kind, target);
        QApplication::restoreOverrideCursor();
        QMessageBox::information(
            this,
            tr("Export"),
            tr("%n record(s) written to %1.", nullptr, n).arg(QDir::toNativeSeparators(target)));
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Export"), e.message());
    }
}

} // namespace SchoolSuite
