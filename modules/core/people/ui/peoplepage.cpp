#include "peoplepage.h"

#include "classestab.h"
#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/io/tabularwriter.h"
#include "core/people/peopleimport.h"
#include "core/people/peoplemodels.h"
#include "core/people/peopleservice.h"
#include "core/search/searchindex.h"
#include "core/store/asyncreader.h"
#include "core/ui/detailpane.h"
#include "core/ui/importwizard.h"
#include "core/ui/listpage.h"
#include "recorddialog.h"
#include "roomstab.h"
#include "schoolyearstab.h"
#include "stafftab.h"
#include "studentstab.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace SchoolSuite {

PeoplePage::PeoplePage(LocalStore &store, const Session &session, QWidget *parent)
    : QTabWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_students(new StudentsTab(session, this))
    , m_staff(new StaffTab(session, this))
    , m_classes(new ClassesTab(session, this))
    , m_rooms(new RoomsTab(session, this))
    , m_schoolYears(new SchoolYearsTab(session, this))
{
    setObjectName(QStringLiteral("peoplePage"));
    setDocumentMode(true);
    addTab(m_students, QIcon::fromTheme(QStringLiteral("im-user")), tr("Students"));
    addTab(m_staff, QIcon::fromTheme(QStringLiteral("user-identity")), tr("Staff"));
    addTab(m_classes, QIcon::fromTheme(QStringLiteral("group")), tr("Classes"));
    addTab(m_rooms, QIcon::fromTheme(QStringLiteral("go-home")), tr("Rooms"));
    addTab(m_schoolYears, QIcon::fromTheme(QStringLiteral("view-calendar")), tr("School years"));

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
    connect(m_students, &StudentsTab::edited, this, &PeoplePage::afterEdit);
    connect(m_staff, &StaffTab::edited, this, &PeoplePage::afterEdit);
    connect(m_classes, &ClassesTab::edited, this, &PeoplePage::afterEdit);
    connect(m_rooms, &RoomsTab::edited, this, &PeoplePage::afterEdit);
    connect(m_schoolYears, &SchoolYearsTab::edited, this, &PeoplePage::afterEdit);
    connect(m_classes, &ClassesTab::showStudentsRequested, this, [this](const QString &classId) {
        m_students->setClassFilter(classId);
        setCurrentWidget(m_students);
    });
}

void PeoplePage::afterEdit()
{
    // A moved student, a renamed teacher or a new room changes other tabs and the search index.
    m_store.search().update();
    m_students->reload();
    m_staff->reload();
    m_classes->reload();
    m_rooms->reload();
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
        model = m_classes->classesModel();
    } else if (kind == QLatin1String("room")) {
        page = m_rooms;
        model = m_rooms->roomsModel();
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
    m_classes->reload();
    m_rooms->reload();
    m_schoolYears->reload();
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

int PeoplePage::exportTable(const Session &session, PersonKind kind, const QString &path)
{
    const Table table = PeopleImport(session).exportTable(kind);
    TabularWriter::write(path, table, kind == PersonKind::Student ? tr("Students") : tr("Staff"));
    return table.rowCount();
}

int PeoplePage::exportTo(PersonKind kind, const QString &path)
{
    return exportTable(m_session, kind, path);
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
    // Reading thousands of records and writing the file runs on a worker thread with its own
    // read connection; the window stays responsive and shows that it is busy.
    auto *progress = new QProgressDialog(tr("Exporting…"), QString(), 0, 0, this);
    progress->setWindowTitle(tr("Export"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto *watcher = new QFutureWatcher<QPair<int, QString>>(this);
    const Session session = m_session;
    connect(watcher, &QFutureWatcher<QPair<int, QString>>::finished, this, [=, this] {
        const auto [n, error] = watcher->result();
        watcher->deleteLater();
        progress->close();
        if (!error.isEmpty())
            showWarning(this, tr("Export"), error);
        else
            QMessageBox::information(this,
                                     tr("Export"),
                                     tr("%n record(s) written to %1.", nullptr, n)
                                         .arg(QDir::toNativeSeparators(target)));
        emit exported(n);
    });
    watcher->setFuture(QtConcurrent::run(AsyncReader::pool(), [session, kind, target] {
        try {
            return qMakePair(exportTable(session, kind, target), QString());
        } catch (const Error &e) {
            return qMakePair(0, e.message());
        }
    }));
}

} // namespace SchoolSuite
