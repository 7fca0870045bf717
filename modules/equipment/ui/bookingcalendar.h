#pragma once

#include "equipment/bookings/bookingservice.h"

#include <QDate>
#include <QTableView>

#include <optional>

namespace SchoolSuite {

class BookingWeekModel;

// The week calendar: periods down, days across, a booking spread over the periods it takes.
// Tap or drag over free periods of one day to choose them; double-tap (or Enter) asks to book.
class BookingCalendar : public QTableView
{
    Q_OBJECT

public:
    explicit BookingCalendar(BookingWeekModel *model, QWidget *parent = nullptr);

    struct Range
    {
        QDate day;
        int periodFrom = 0;
        int periodTo = 0;
    };
    // The selected cells when they are free periods of one day, one after the other.
    std::optional<Range> selectedFreeRange() const;
    // The booking under the current cell.
    std::optional<Booking> currentBooking() const;
    BookingWeekModel *weekModel() const { return m_model; }

signals:
    void bookRequested();
    void chosenChanged(); // the chosen cells changed (free range or booking)

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateSpans();

    BookingWeekModel *m_model;
};

} // namespace SchoolSuite
