#pragma once

#include "sync/districtdata.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QListWidget;
class QGridLayout;

namespace SchoolSuite {

class MaintenanceDueWidget;

class LocalStore;
class Session;

// The first page after sign-in: the school's key figures (with the plan's indicators that the
// people directory already answers), recent activity, district notices and the sync state.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    struct Figures
    {
        int students = 0, staff = 0, classes = 0, rooms = 0;
        int classrooms = 0, multimediaClassrooms = 0;
        int trainedStaff = 0;
        int pendingChanges = 0;
        QStringList activity; // already formatted lines
        QList<DistrictData::Notice> notices;
        bool enrolled = false;
    };

    HomePage(LocalStore &store, const Session &session, QWidget *parent = nullptr);

    // Reads the figures again, off the UI thread.
    void refresh();
    // Waits for a refresh in flight (tests, screenshots).
    void waitForRefresh();
    QLabel *figureLabel(const QString &key) const;
    QListWidget *activityList() const { return m_activity; }
    MaintenanceDueWidget *maintenanceCard() const { return m_maintenance; }
    QListWidget *noticeList() const { return m_noticeList; }
    // The sync state line, kept current by the main window.
    void setSyncText(const QString &text);
    // Shows one notice in full (also on a double click in the list).
    void showNotice(int row);

signals:
    void refreshed(const HomePage::Figures &figures);
    // The maintenance card asked for the equipment page's due list.
    void maintenanceRequested();

private:
    void showFigures(const Figures &f);
    QWidget *card(const QString &key, const QString &title, const QString &icon);

    LocalStore &m_store;
    const Session &m_session;
    QGridLayout *m_cards;
    MaintenanceDueWidget *m_maintenance = nullptr;
    QListWidget *m_activity;
    QLabel *m_notices;
    QListWidget *m_noticeList;
    QList<DistrictData::Notice> m_shownNotices;
    QLabel *m_sync;
    QFutureWatcher<Figures> m_watcher;
};

} // namespace SchoolSuite
