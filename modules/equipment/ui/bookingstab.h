#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace SchoolSuite {

class BookingCalendar;
class BookingItemsDialog;
class BookingListModel;
class BookingWeekModel;
class LocalStore;
class RecordDialog;
class Session;
class TimetableDialog;

// The Bookings tab of the equipment page: the week calendar of one bookable item or room, the
// user's own bookings, and for clerks the double bookings that sync brought together.
class BookingsTab : public QWidget
{
    Q_OBJECT

public:
    BookingsTab(LocalStore &store, const Session &session, QWidget *parent = nullptr);

    BookingCalendar *calendar() const { return m_calendar; }
    BookingWeekModel *weekModel() const { return m_week; }
    BookingListModel *mineModel() const { return m_mine; }
    BookingListModel *doubleBookedModel() const { return m_clashes; }
    QComboBox *resourcePicker() const { return m_resource; }
    QString message() const; // the hint or error shown under the calendar

    // Shows the resource's calendar at the week of day.
    bool showResource(const QString &resourceId, const QDate &day = {});

public slots:
    void reload();
    void previousWeek();
    void nextWeek();
    void thisWeek();
    // Opens the booking form for the chosen free periods; nullptr (and a hint) without them.
    RecordDialog *bookSelection();
    // Cancels the booking under the calendar's current cell, after asking.
    void cancelCurrent();
    TimetableDialog *editTimetable();
    BookingItemsDialog *editBookableItems();

signals:
    void changed(); // a booking was made or cancelled

private:
    QWidget *buildCalendarPage();
    QWidget *buildMinePage();
    QWidget *buildDoubleBookedPage();
    void reloadResources();
    void reloadLists();
    void updateWeekLabel();
    void updateActions();
    void showMessage(const QString &text, bool error = false);
    void cancelBooking(const QString &bookingId);
    void afterChange();

    LocalStore &m_store;
    const Session &m_session;
    BookingWeekModel *m_week;
    BookingListModel *m_mine;
    BookingListModel *m_clashes;
    QComboBox *m_resource = nullptr;
    QLabel *m_weekLabel = nullptr;
    QCheckBox *m_weekend = nullptr;
    BookingCalendar *m_calendar = nullptr;
    QPushButton *m_book = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_views = nullptr;
    QTableView *m_mineView = nullptr;
    QTableView *m_clashView = nullptr;
    QWidget *m_clashPage = nullptr;
};

} // namespace SchoolSuite
