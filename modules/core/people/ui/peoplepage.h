#pragma once

#include "core/people/peoplefields.h"

#include <QTabWidget>

namespace SchoolSuite {

class ClassesModel;
class DetailPane;
class ImportWizard;
class ListPage;
class LocalStore;
class RoomsModel;
class Session;
class StaffTab;
class StudentsTab;

// The people directory: students, staff, classes and rooms, each a ListPage. Everything goes
// through PeopleService and PeopleImport for the session, so what a role may not see or do is
// neither shown nor possible; the actions it may not use are disabled.
class PeoplePage : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { StudentsTabIndex, StaffTabIndex, ClassesTabIndex, RoomsTabIndex };

    PeoplePage(LocalStore &store, const Session &session, QWidget *parent = nullptr);

    StudentsTab *studentsTab() const { return m_students; }
    StaffTab *staffTab() const { return m_staff; }
    ListPage *classesTab() const { return m_classes; }
    ListPage *roomsTab() const { return m_rooms; }

    // Opens the import wizard (window-modal) and returns it; it deletes itself when closed.
    ImportWizard *openImportWizard(PersonKind kind);
    // Writes the directory to path (.xlsx or .csv); returns the number of records.
    // Throws Error.
    int exportTo(PersonKind kind, const QString &path);

public slots:
    // Shows a record found by global search; kind as in SearchHit ("student", "staff",
    // "class", "room"). False when the record is not in the list (deleted, out of scope).
    bool openRecord(const QString &kind, const QString &id);
    // Reads everything again (after an import, or a sync brought changes).
    void reload();

private:
    ListPage *createClassesTab();
    ListPage *createRoomsTab();
    void exportInteractively(PersonKind kind);

    LocalStore &m_store;
    const Session &m_session;
    StudentsTab *m_students;
    StaffTab *m_staff;
    ClassesModel *m_classesModel = nullptr;
    RoomsModel *m_roomsModel = nullptr;
    ListPage *m_classes;
    ListPage *m_rooms;
};

} // namespace SchoolSuite
