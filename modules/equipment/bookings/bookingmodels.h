#pragma once

#include "bookingservice.h"
#include "timetable.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace SchoolSuite {

class Session;

// The week calendar of one bookable item or room: a row per period, a column per day (Monday
// to Friday, or to Sunday with the weekend). A cell holds the booking that covers it.
class BookingWeekModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        BookingIdRole = Qt::UserRole + 1, // the booking in the cell; empty when free
        StateRole,                        // CellState
        DayRole,                          // QDate of the column
        PeriodRole,                       // period number of the row
    };
    enum CellState { Free, Booked, Own, Clash, Past, Unavailable };
    Q_ENUM(CellState)

    explicit BookingWeekModel(const Session &session, QObject *parent = nullptr);

    void setResource(const QString &resourceId);
    QString resourceId() const { return m_resourceId; }
    // Any day of the week; the model shows the week from its Monday.
    void setWeek(const QDate &day);
    QDate monday() const { return m_monday; }
    void setShowWeekend(bool show);
    bool showWeekend() const { return m_weekend; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QDate dayAt(int column) const { return m_monday.addDays(column); }
    int columnOf(const QDate &day) const; // -1 when not shown
    int rowOf(int periodNumber) const;    // -1 when not on the timetable
    const QList<TimetablePeriod> &periods() const { return m_periods; }
    // The bookings of the shown week (not cancelled).
    const QList<Booking> &bookings() const { return m_bookings; }
    std::optional<Booking> bookingAt(int row, int column) const;
    CellState stateAt(int row, int column) const;
    QString lastError() const { return m_lastError; }

private:
    QList<Booking> bookingsAt(int row, int column) const;

    const Session &m_session;
    QString m_resourceId;
    QDate m_monday;
    bool m_weekend = false;
    QList<TimetablePeriod> m_periods;
    QList<Booking> m_bookings;
    QHash<int, QString> m_unavailable; // column -> why the item cannot be used that day
    QString m_lastError;
};

// A list of bookings: the session's own, or the double-booked ones with what each clashes with.
class BookingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Day, Periods, Resource, Holder, Purpose, ClashesWith };
    enum Roles { BookingIdRole = Qt::UserRole + 1 };

    explicit BookingListModel(bool clashes, QObject *parent = nullptr);

    void setBookings(const QList<Booking> &bookings);
    // Both bookings of each pair, one after the other.
    void setDoubleBookings(const QList<DoubleBooking> &pairs);
    const Booking &booking(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool m_clashes;
    QList<Booking> m_rows;
    QStringList m_clashText;
};

} // namespace SchoolSuite
