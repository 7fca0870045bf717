#pragma once

#include "core/people/peoplefields.h"

#include <QTabWidget>

namespace SchoolSuite {

class ClassesTab;
class ImportWizard;
class LocalStore;
class RoomsTab;
class SchoolYearsTab;
class Session;
class StaffTab;
class StudentsTab;

// The people directory: students, staff, classes, rooms and school years, each a ListPage. Everything goes
// through PeopleService and PeopleImport for the session, so what a role may not see or do is
// neither shown nor possible; the actions it may not use are disabled.
class PeoplePage : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab {
        StudentsTabIndex,
        StaffTabIndex,
        ClassesTabIndex,
        RoomsTabIndex,
        SchoolYearsTabIndex
    };

    PeoplePage(LocalStore &store, const Session &session, QWidget *parent = nullptr);

    StudentsTab *studentsTab() const { return m_students; }
    StaffTab *staffTab() const { return m_staff; }
    ClassesTab *classesTab() const { return m_classes; }
    RoomsTab *roomsTab() const { return m_rooms; }
    SchoolYearsTab *schoolYearsTab() const { return m_schoolYears; }

    // Opens the import wizard (window-modal) and returns it; it deletes itself when closed.
    ImportWizard *openImportWizard(PersonKind kind);
    // Writes the directory to path (.xlsx or .csv); returns the number of records.
    // Throws Error.
    int exportTo(PersonKind kind, const QString &path);
    // The same for any thread: the session's store gives worker threads a read connection.
    static int exportTable(const Session &session, PersonKind kind, const QString &path);

signals:
    // An interactive export finished (after its message); n records were written.
    void exported(int n);

public slots:
    // Shows a record found by global search; kind as in SearchHit ("student", "staff",
    // "class", "room"). False when the record is not in the list (deleted, out of scope).
    bool openRecord(const QString &kind, const QString &id);
    // Reads everything again (after an import, or a sync brought changes).
    void reload();

private:
    void afterEdit();
    void exportInteractively(PersonKind kind);

    LocalStore &m_store;
    const Session &m_session;
    StudentsTab *m_students;
    StaffTab *m_staff;
    ClassesTab *m_classes;
    RoomsTab *m_rooms;
    SchoolYearsTab *m_schoolYears;
};

} // namespace SchoolSuite
