#pragma once

#include "indicatorresult.h"

#include <QHash>

class QSqlDatabase;

namespace SchoolSuite {

// What the indicators are computed from, read in a handful of queries: the equipment register
// (with each lost or scrapped item's date from its movements), the rooms, the teaching staff and
// the enrolled students per class. evaluate() then computes any year without touching the
// database again, so the charts over ten years cost one read.
//
// A year is seen as of its last day (asOf): an item counts from its purchase date (its
// registration date when the purchase date is unknown) until the date it was scrapped or lost.
// Staff and students are taken as they are now, and an item's room and use as they are now: the
// register keeps no history of those. Past years are therefore recorded (indicator_snapshots).
class IndicatorData
{
public:
    static IndicatorData load(const QSqlDatabase &db);

    // The values, counts and (when drill is true) the drill-down lists of year; targets, met and
    // recorded values are the service's part.
    IndicatorYear evaluate(int year, const QDate &asOf, bool drill = true) const;
    // The earliest year anything was bought or registered (0: nothing on record).
    int firstYear() const { return m_firstYear; }

    struct Item
    {
        QString id;
        QString tag;
        QString name;
        QString kind; // the category's kind, inherited from its parent when "other"
        QString use;
        QString status;
        QString roomId;
        QString fundingSource;
        QString category;
        QDate purchased; // invalid: unknown
        QDate acquired;  // purchased, else registered
        QDate gone; // scrapped or lost on; invalid: still there (or date unknown, see goneAnyway)
        bool goneAnyway = false; // scrapped or lost without a dated movement: gone in every year
        qint64 priceFen = -1;
        int serviceLifeYears = 0;
        bool inServiceOn(const QDate &day) const;
    };
    struct Room
    {
        QString id;
        QString name;
        QString type;
        bool flagged = false;  // rooms.has_multimedia
        bool hasItems = false; // any equipment on record, of any time
    };
    struct Person
    {
        QString id;
        QString number;
        QString name;
        QString role;
        QString subject;
        bool trained = false;
        QDate trainedOn;
    };
    struct ClassCount
    {
        QString id;
        QString name;
        int students = 0;
    };

    // Rooms of these types are "functional rooms" (功能教室).
    static QStringList functionalRoomTypes();
    // Categories of these kinds make a room a multimedia room.
    static QStringList multimediaKinds();

private:
    QList<Item> m_items;
    QList<Room> m_rooms;
    QHash<QString, QString> m_roomNames;
    QList<Person> m_teachers;
    QList<ClassCount> m_classes;
    QString m_campusSince;
    QString m_campusNote;
    int m_firstYear = 0;

    void computers(IndicatorYear &y, Indicator which, bool drill) const;
    void rooms(IndicatorYear &y, Indicator which, bool drill) const;
    void campus(IndicatorYear &y, bool drill) const;
    void training(IndicatorYear &y, bool drill) const;
    void serviceLife(IndicatorYear &y, bool drill) const;
    void spending(IndicatorYear &y, bool drill) const;
    DrillRow itemRow(const Item &item) const;
};

} // namespace SchoolSuite
