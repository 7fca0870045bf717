#pragma once

#include <QList>
#include <QString>
#include <QTime>

namespace SchoolSuite {

class Database;
class Session;

// One period of the school day (第3节 10:00–10:40). Bookings refer to periods by number.
struct TimetablePeriod
{
    QString id;
    int number = 0;
    QString name; // optional (早读, 晚自习); empty: "Period N"
    QTime startsAt;
    QTime endsAt;

    QString displayName() const; // the name, or "Period 3" translated (第3节)
    QString timeText() const;    // "10:00–10:40"
};

// The school's periods (timetable_periods). A store without any gets the default day of a
// nine-year school (九年一贯制): four periods in the morning after a long break (大课间), four in
// the afternoon after the lunch break. The default rows have ids derived from the school and
// the period number, so two computers that both start with the default day sync into one day,
// not two; changed or added periods use the same ids.
class Timetable
{
public:
    explicit Timetable(const Session &session);

    // The periods in time order. When the store has none, a session that may edit the
    // timetable writes the default day; others get it without writing.
    QList<TimetablePeriod> periods() const;
    static QList<TimetablePeriod> defaultPeriods();

    // Replaces the periods (EquipmentEdit). Throws Error(Invalid) naming the period that is
    // wrong: numbers from 1 to 20 and unique, start before end, no overlaps, numbers in time
    // order. Bookings keep their period numbers.
    void setPeriods(const QList<TimetablePeriod> &periods);
    static void validate(const QList<TimetablePeriod> &periods);

    // "period 3" or "periods 3–4", translated (第3节, 第3–4节).
    static QString rangeText(int from, int to);

private:
    QString periodId(int number) const;
    void writeDefaults() const;

    const Session &m_session;
    Database &m_db;
};

} // namespace SchoolSuite
