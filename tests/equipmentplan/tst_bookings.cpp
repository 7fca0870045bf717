// Bookings of shared equipment and rooms (issue 4, must-have 3): the timetable, conflicts, who
// may cancel, unavailable items, double bookings brought together by sync, the week model.
#include "core/error.h"
#include "equipment/bookings/bookingmodels.h"
#include "equipment/bookings/bookingservice.h"
#include "equipment/bookings/timetable.h"
#include "plantest.h"

#include <QAbstractItemModelTester>

using namespace SchoolSuite;
using namespace SchoolSuite::Test;

namespace {
BookingRequest request(const QString &resource,
                       const QDate &day,
                       int from,
                       int to,
                       const QString &purpose = {},
                       bool room = false)
{
    BookingRequest r;
    r.resourceId = resource;
    r.isRoom = room;
    r.day = day;
    r.periodFrom = from;
    r.periodTo = to;
    r.purpose = purpose;
    return r;
}

// The message of the Error fn throws, or "" when it does not throw.
template<typename Fn>
QString refusal(Fn fn, Error::Kind *kind = nullptr)
{
    try {
        fn();
    } catch (const Error &e) {
        if (kind)
            *kind = e.kind();
        return e.message();
    }
    return {};
}
} // namespace

class TestBookings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initPlanTestEnvironment(); }

    void defaultTimetable();
    void editTimetable();
    void editTimetableRefusals_data();
    void editTimetableRefusals();
    void bookableResources();
    void conflictNamesTheHolder();
    void adjacentPeriodsAreFine();
    void cancelledBookingFreesThePeriods();
    void pastDaysAndWrongPeriodsRefused();
    void unavailableItemsRefused();
    void roomBooking();
    void teacherCannotCancelAnothers();
    void clerkBooksForATeacher();
    void doubleBookingFromSyncIsDetected();
    void weekModel();
    void listModels();
};

void TestBookings::defaultTimetable()
{
    PlanStore s;
    // A teacher gets the default day without writing it (the table is the clerk's to sync).
    const QList<TimetablePeriod> seen = Timetable(s.teacherZhang).periods();
    QCOMPARE(seen.size(), 8);
    QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM timetable_periods")), 0);
    QCOMPARE(seen.first().startsAt, QTime(8, 0));
    QCOMPARE(seen.first().endsAt, QTime(8, 40));
    QCOMPARE(seen.at(4).startsAt, QTime(14, 0)); // after the lunch break
    // The clerk's first look writes it, with the same ids a teacher saw.
    const QList<TimetablePeriod> written = Timetable(s.clerk).periods();
    QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM timetable_periods WHERE deleted = 0")),
             8);
    for (qsizetype i = 0; i < written.size(); ++i) {
        QCOMPARE(written.at(i).id, seen.at(i).id);
        QCOMPARE(written.at(i).number, int(i + 1));
    }
    QCOMPARE(written.at(2).displayName(), QStringLiteral("Period 3"));
    QCOMPARE(written.at(2).timeText(), QStringLiteral("10:00–10:40"));
    // Written once: a second look adds nothing.
    Timetable(s.clerk).periods();
    QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM timetable_periods")), 8);
    QVERIFY(s.count(QStringLiteral("SELECT count(*) FROM outbox WHERE tbl = 'timetable_periods'"))
            >= 8);
}

void TestBookings::editTimetable()
{
    PlanStore s;
    Timetable timetable(s.clerk);
    QList<TimetablePeriod> periods = timetable.periods();
    // Add an evening study period, rename the first, drop period 8.
    periods.removeLast();
    periods.first().name = QStringLiteral("早读后第一节");
    TimetablePeriod evening;
    evening.number = 9;
    evening.name = QStringLiteral("晚自习");
    evening.startsAt = QTime(19, 0);
    evening.endsAt = QTime(20, 30);
    periods << evening;
    timetable.setPeriods(periods);
    QList<TimetablePeriod> after = timetable.periods();
    QCOMPARE(after.size(), 8);
    QCOMPARE(after.first().displayName(), QStringLiteral("早读后第一节"));
    QCOMPARE(after.last().number, 9);
    QCOMPARE(after.last().displayName(), QStringLiteral("晚自习"));
    QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM timetable_periods WHERE number = 8 AND "
                                    "deleted = 1")),
             1);
    // Period 8 comes back: the same row is revived.
    TimetablePeriod eighth;
    eighth.number = 8;
    eighth.startsAt = QTime(16, 30);
    eighth.endsAt = QTime(17, 10);
    after.insert(7, eighth);
    timetable.setPeriods(after);
    QCOMPARE(timetable.periods().size(), 9);
    QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM timetable_periods")), 9);
    // Teachers may not change it.
    Error::Kind kind = Error::Failed;
    QVERIFY(!refusal([&] { Timetable(s.teacherZhang).setPeriods(after); }, &kind).isEmpty());
    QCOMPARE(kind, Error::PermissionDenied);
}

void TestBookings::editTimetableRefusals_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<QString>("message");
    // Changes to period 3 (10:00-10:40) of the default day.
    QTest::newRow("start after end") << 3 << QTime(10, 40) << QTime(10, 0)
                                     << QStringLiteral("Period 3: the start (10:40) must be "
                                                       "before the end (10:00).");
    QTest::newRow("overlaps") << 3 << QTime(9, 20) << QTime(10, 0)
                              << QStringLiteral("Period 3 (09:20–10:00) overlaps period 2 "
                                                "(08:50–09:30).");
    QTest::newRow("same number") << 2 << QTime(10, 0) << QTime(10, 40)
                                 << QStringLiteral("Period 2: the number is used twice.");
    QTest::newRow("out of order") << 9 << QTime(10, 0) << QTime(10, 40)
                                  << QStringLiteral("Period 4 starts after period 9: number the "
                                                    "periods in the order of the day.");
    QTest::newRow("no time") << 3 << QTime() << QTime(10, 40)
                             << QStringLiteral("Period 3: enter the start and end as hh:mm.");
}

void TestBookings::editTimetableRefusals()
{
    QFETCH(int, number);
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(QString, message);
    PlanStore s;
    Timetable timetable(s.clerk);
    QList<TimetablePeriod> periods = timetable.periods();
    periods[2].number = number;
    periods[2].startsAt = start;
    periods[2].endsAt = end;
    QCOMPARE(refusal([&] { timetable.setPeriods(periods); }), message);
    QCOMPARE(timetable.periods().at(2).startsAt, QTime(10, 0)); // unchanged
}

void TestBookings::bookableResources()
{
    PlanStore s;
    BookingService service(s.teacherZhang);
    QStringList names;
    for (const BookableResource &r : service.resources())
        names << r.name;
    // Rooms first (pinyin order), then laptops and portable projectors; not the desktop, not
    // the projector fixed in a classroom, not a classroom.
    QCOMPARE(names,
             QStringList({QStringLiteral("电子备课室"),
                          QStringLiteral("计算机网络教室1"),
                          QStringLiteral("笔记本电脑车 (T001-000001)"),
                          QStringLiteral("便携投影仪 (T001-000002)")}));
    QVERIFY(!service.isBookableItem(s.desktop));
    QVERIFY(!service.isBookableItem(s.fixedProjector));
    // The clerk decides otherwise for one item each way.
    Error::Kind kind = Error::Failed;
    refusal([&] { service.setBookable(s.desktop, true); }, &kind);
    QCOMPARE(kind, Error::PermissionDenied);
    BookingService(s.clerk).setBookable(s.desktop, true);
    BookingService(s.clerk).setBookable(s.projector, false);
    QVERIFY(service.isBookableItem(s.desktop));
    QVERIFY(!service.isBookableItem(s.projector));
    QCOMPARE(refusal([&] { service.book(request(s.projector, nextMonday(), 1, 1)); }),
             QStringLiteral("This item cannot be booked; ask the clerk."));
    BookingService(s.clerk).setBookable(s.projector, std::nullopt);
    QVERIFY(service.isBookableItem(s.projector));
    // Scrapped items are never offered.
    EquipmentService(s.adminSession).scrap(s.desktop);
    QVERIFY(!service.isBookableItem(s.desktop));
}

void TestBookings::conflictNamesTheHolder()
{
    PlanStore s;
    const QDate day = nextMonday().addDays(1);
    BookingService(s.teacherZhang).book(request(s.laptops, day, 3, 4, QStringLiteral("公开课")));
    Error::Kind kind = Error::Failed;
    QCOMPARE(
        refusal([&] { BookingService(s.teacherLi).book(request(s.laptops, day, 4, 5)); }, &kind),
        QStringLiteral("Already booked by 张伟: periods 3–4"));
    QCOMPARE(kind, Error::Invalid);
    // Inside, around, the same periods: all refused.
    for (const QPair<int, int> &p : {qMakePair(3, 3), qMakePair(2, 6), qMakePair(3, 4)})
        QVERIFY(!refusal([&] {
                     BookingService(s.teacherLi).book(request(s.laptops, day, p.first, p.second));
                 }).isEmpty());
    QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM equipment_bookings")), 1);
    // The same periods of another item or another day are free.
    BookingService(s.teacherLi).book(request(s.projector, day, 3, 4));
    BookingService(s.teacherLi).book(request(s.laptops, day.addDays(1), 3, 4));
}

void TestBookings::adjacentPeriodsAreFine()
{
    PlanStore s;
    const QDate day = nextMonday();
    BookingService(s.teacherZhang).book(request(s.laptops, day, 3, 4));
    BookingService(s.teacherLi).book(request(s.laptops, day, 5, 6));
    BookingService(s.teacherLi).book(request(s.laptops, day, 1, 2));
    const QList<Booking> list = BookingService(s.clerk).bookings(s.laptops, day, day);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).periodFrom, 1);
    QCOMPARE(list.at(0).holder, QStringLiteral("李娜"));
    QCOMPARE(list.at(1).holder, QStringLiteral("张伟"));
    QCOMPARE(list.at(2).periodTo, 6);
}

void TestBookings::cancelledBookingFreesThePeriods()
{
    PlanStore s;
    const QDate day = nextMonday();
    const QString id = BookingService(s.teacherZhang).book(request(s.laptops, day, 3, 4));
    BookingService(s.teacherZhang).cancel(id);
    QVERIFY(BookingService(s.clerk).booking(id).cancelled);
    QVERIFY(BookingService(s.clerk).bookings(s.laptops, day, day).isEmpty());
    BookingService(s.teacherLi).book(request(s.laptops, day, 3, 4));
    QCOMPARE(BookingService(s.clerk).bookings(s.laptops, day, day).first().holder,
             QStringLiteral("李娜"));
    // Cancelling twice says so.
    QCOMPARE(refusal([&] { BookingService(s.teacherZhang).cancel(id); }),
             QStringLiteral("This booking is already cancelled."));
}

void TestBookings::pastDaysAndWrongPeriodsRefused()
{
    PlanStore s;
    BookingService service(s.teacherZhang);
    const QDate yesterday = QDate::currentDate().addDays(-1);
    QCOMPARE(refusal([&] { service.book(request(s.laptops, yesterday, 1, 1)); }),
             QStringLiteral("Day: %1 is in the past.").arg(yesterday.toString(Qt::ISODate)));
    QCOMPARE(refusal([&] { service.book(request(s.laptops, nextMonday(), 4, 3)); }),
             QStringLiteral("Periods: the first period comes after the last."));
    QCOMPARE(refusal([&] { service.book(request(s.laptops, nextMonday(), 8, 9)); }),
             QStringLiteral("Periods: there is no period 9 on the timetable."));
    // Today is fine.
    service.book(request(s.laptops, QDate::currentDate(), 8, 8));
    QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM equipment_bookings")), 1);
}

void TestBookings::unavailableItemsRefused()
{
    PlanStore s;
    EquipmentService register_(s.adminSession);
    BookingService service(s.teacherZhang);
    const QDate day = nextMonday();
    register_.sendToRepair(s.laptops, QStringLiteral("屏幕坏"));
    QCOMPARE(refusal([&] { service.book(request(s.laptops, day, 1, 2)); }),
             QStringLiteral("笔记本电脑车 (T001-000001) cannot be booked on %1: in repair.")
                 .arg(day.toString(Qt::ISODate)));
    register_.repaired(s.laptops);
    service.book(request(s.laptops, day, 1, 2));

    // Lent until Tuesday: Monday and Tuesday are refused, Wednesday is free.
    register_.lend(s.projector, QStringLiteral("科学组"), day.addDays(1));
    QCOMPARE(refusal([&] { service.book(request(s.projector, day.addDays(1), 1, 1)); }),
             QStringLiteral("便携投影仪 (T001-000002) cannot be booked on %1: lent until %2.")
                 .arg(day.addDays(1).toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate)));
    QVERIFY(!refusal([&] { service.book(request(s.projector, day, 1, 1)); }).isEmpty());
    service.book(request(s.projector, day.addDays(2), 1, 1));
    QCOMPARE(service.unavailableReason(s.projector, day.addDays(2)), QString());

    register_.markLost(s.laptops);
    QVERIFY(!service.isBookableItem(s.laptops));
    QVERIFY(!refusal([&] { service.book(request(s.laptops, day, 5, 5)); }).isEmpty());
}

void TestBookings::roomBooking()
{
    PlanStore s;
    BookingService service(s.teacherZhang);
    const QDate day = nextMonday().addDays(2);
    const QString id
        = service.book(request(s.lab, day, 5, 6, QStringLiteral("七年级(1)班 信息技术"), true));
    const Booking b = service.booking(id);
    QCOMPARE(b.roomId, s.lab);
    QVERIFY(b.itemId.isEmpty());
    QCOMPARE(b.resourceName, QStringLiteral("计算机网络教室1"));
    QCOMPARE(b.purpose, QStringLiteral("七年级(1)班 信息技术"));
    QCOMPARE(b.staffId, s.zhang);
    QCOMPARE(b.bookedBy, QStringLiteral("zhang"));
    QCOMPARE(
        refusal([&] { BookingService(s.teacherLi).book(request(s.lab, day, 6, 7, {}, true)); }),
        QStringLiteral("Already booked by 张伟: periods 5–6"));
    // A classroom is not for booking; nor is an item id passed as a room.
    QCOMPARE(refusal([&] { service.book(request(s.classroom, day, 1, 1, {}, true)); }),
             QStringLiteral("This room cannot be booked."));
    QVERIFY(!refusal([&] { service.book(request(s.laptops, day, 1, 1, {}, true)); }).isEmpty());
}

void TestBookings::teacherCannotCancelAnothers()
{
    PlanStore s;
    const QString id = BookingService(s.teacherZhang).book(request(s.laptops, nextMonday(), 1, 2));
    Error::Kind kind = Error::Failed;
    const QString message = refusal([&] { BookingService(s.teacherLi).cancel(id); }, &kind);
    QCOMPARE(kind, Error::PermissionDenied);
    QVERIFY2(message.contains(QStringLiteral("张伟")), qPrintable(message));
    QVERIFY(!BookingService(s.teacherLi).mayCancel(BookingService(s.teacherLi).booking(id)));
    QVERIFY(!BookingService(s.clerk).booking(id).cancelled);
    // The refusal is in the audit log.
    QVERIFY(s.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied'")) > 0);
    // The clerk may.
    BookingService(s.clerk).cancel(id);
    QVERIFY(BookingService(s.clerk).booking(id).cancelled);
}

void TestBookings::clerkBooksForATeacher()
{
    PlanStore s;
    BookingRequest r = request(s.laptops, nextMonday(), 2, 2, QStringLiteral("代订"));
    r.staffId = s.li;
    Error::Kind kind = Error::Failed;
    refusal([&] { BookingService(s.teacherZhang).book(r); }, &kind);
    QCOMPARE(kind, Error::PermissionDenied);
    const QString id = BookingService(s.clerk).book(r);
    const Booking b = BookingService(s.teacherLi).booking(id);
    QCOMPARE(b.holder, QStringLiteral("李娜"));
    QCOMPARE(b.bookedBy, QStringLiteral("clerk"));
    // It is Li's: on her list, and hers to cancel.
    QCOMPARE(BookingService(s.teacherLi).mine(QDate::currentDate()).size(), 1);
    QVERIFY(BookingService(s.teacherZhang).mine(QDate::currentDate()).isEmpty());
    QVERIFY(BookingService(s.teacherLi).mayCancel(b));
    BookingService(s.teacherLi).cancel(id);
}

void TestBookings::doubleBookingFromSyncIsDetected()
{
    PlanStore s;
    const QDate day = nextMonday();
    const QString here
        = BookingService(s.teacherZhang).book(request(s.laptops, day, 3, 4, QStringLiteral("A")));
    BookingService(s.teacherZhang).book(request(s.laptops, day, 6, 6));
    QVERIFY(BookingService(s.clerk).doubleBooked(QDate::currentDate()).isEmpty());
    const int outbox = s.count(QStringLiteral("SELECT count(*) FROM outbox"));

    // Li booked periods 4-5 on a computer that was offline; sync applies its row the way
    // PullApplier does: with the capture triggers standing aside.
    const QString there = Uuid::v7();
    s.db().transaction([&] {
        s.db().exec(QStringLiteral("UPDATE sync_clock SET applying = 1"));
        s.db().exec(QStringLiteral("INSERT INTO equipment_bookings (id, school_id, hlc, "
                                   "created_at, updated_at, item_id, booked_on, period_from, "
                                   "period_to, staff_id, booked_by, purpose) VALUES (?, ?, ?, "
                                   "'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', ?, ?, 4, 5, "
                                   "?, 'li', 'B')"),
                    {there, s.store.schoolId(), 1, s.laptops, day.toString(Qt::ISODate), s.li});
        s.db().exec(QStringLiteral("UPDATE sync_clock SET applying = 0"));
    });
    QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);

    const QList<DoubleBooking> clashes = BookingService(s.clerk).doubleBooked(QDate::currentDate());
    QCOMPARE(clashes.size(), 1);
    QCOMPARE(QSet<QString>({clashes.first().first.id, clashes.first().second.id}),
             QSet<QString>({here, there}));
    const Booking &a
        = clashes.first().first.id == here ? clashes.first().first : clashes.first().second;
    const Booking &b
        = clashes.first().first.id == here ? clashes.first().second : clashes.first().first;
    QCOMPARE(a.holder, QStringLiteral("张伟"));
    QCOMPARE(b.holder, QStringLiteral("李娜"));
    QVERIFY(a.overlaps(b));
    // Nobody can book period 4 now, and the calendar shows the clash.
    QVERIFY(!refusal([&] {
                 BookingService(s.teacherLi).book(request(s.laptops, day, 4, 4));
             }).isEmpty());
    BookingWeekModel week(s.clerk);
    week.setResource(s.laptops);
    week.setWeek(day);
    QCOMPARE(week.stateAt(week.rowOf(4), 0), BookingWeekModel::Clash);
    QCOMPARE(week.stateAt(week.rowOf(3), 0), BookingWeekModel::Booked);

    // The clerk cancels one: the clash is gone.
    BookingService(s.clerk).cancel(there);
    QVERIFY(BookingService(s.clerk).doubleBooked(QDate::currentDate()).isEmpty());
    // Past clashes are not listed.
    QVERIFY(BookingService(s.clerk).doubleBooked(day.addDays(1)).isEmpty());
}

void TestBookings::weekModel()
{
    PlanStore s;
    const QDate monday = nextMonday();
    BookingService(s.teacherZhang)
        .book(request(s.laptops, monday.addDays(1), 3, 4, QStringLiteral("公开课")));
    BookingService(s.teacherLi).book(request(s.laptops, monday.addDays(4), 1, 1));
    BookingWeekModel model(s.teacherZhang);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(s.laptops);
    model.setWeek(monday.addDays(3)); // any day shows its week
    QCOMPARE(model.monday(), monday);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.data(model.index(2, 1)).toString(), QStringLiteral("张伟\n公开课"));
    QCOMPARE(model.data(model.index(3, 1)).toString(), QStringLiteral("张伟\n公开课"));
    QCOMPARE(model.stateAt(2, 1), BookingWeekModel::Own);
    QCOMPARE(model.stateAt(0, 4), BookingWeekModel::Booked);
    QCOMPARE(model.stateAt(4, 1), BookingWeekModel::Free);
    QVERIFY(model.data(model.index(4, 1)).toString().isEmpty());
    QCOMPARE(model.data(model.index(2, 1), BookingWeekModel::PeriodRole).toInt(), 3);
    QCOMPARE(model.data(model.index(2, 1), BookingWeekModel::DayRole).toDate(), monday.addDays(1));
    QVERIFY(!model.data(model.index(2, 1), BookingWeekModel::BookingIdRole).toString().isEmpty());
    QVERIFY(model.headerData(2, Qt::Vertical).toString().contains(QStringLiteral("10:00–10:40")));
    QVERIFY(model.headerData(1, Qt::Horizontal)
                .toString()
                .contains(monday.addDays(1).toString(QStringLiteral("MM-dd"))));
    model.setShowWeekend(true);
    QCOMPARE(model.columnCount(), 7);
    // The week before is empty; an item in repair shows why on every day.
    model.setWeek(monday.addDays(-7));
    QVERIFY(model.bookings().isEmpty());
    EquipmentService(s.adminSession).sendToRepair(s.laptops);
    model.setWeek(monday);
    QCOMPARE(model.stateAt(5, 0), BookingWeekModel::Unavailable);
    QCOMPARE(model.data(model.index(5, 0)).toString(), QStringLiteral("in repair"));
    // A room has no status.
    model.setResource(s.lab);
    QCOMPARE(model.stateAt(5, 0), BookingWeekModel::Free);
}

void TestBookings::listModels()
{
    PlanStore s;
    const QDate day = nextMonday();
    BookingService(s.teacherZhang).book(request(s.lab, day, 1, 2, QStringLiteral("课"), true));
    BookingService(s.teacherZhang).book(request(s.laptops, day, 1, 1));
    BookingListModel mine(false);
    QAbstractItemModelTester tester(&mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
    mine.setBookings(BookingService(s.teacherZhang).mine(QDate::currentDate()));
    QCOMPARE(mine.rowCount(), 2);
    QCOMPARE(mine.columnCount(), 5);
    // By day, then period: the shorter booking first.
    QCOMPARE(mine.data(mine.index(0, BookingListModel::Periods)).toString(),
             QStringLiteral("period 1"));
    QCOMPARE(mine.data(mine.index(0, BookingListModel::Resource)).toString(),
             QStringLiteral("笔记本电脑车 (T001-000001)"));
    QCOMPARE(mine.data(mine.index(1, BookingListModel::Periods)).toString(),
             QStringLiteral("periods 1–2"));
    QCOMPARE(mine.data(mine.index(1, BookingListModel::Resource)).toString(),
             QStringLiteral("计算机网络教室1"));
    QCOMPARE(mine.data(mine.index(1, BookingListModel::Purpose)).toString(), QStringLiteral("课"));

    BookingListModel clashes(true);
    QAbstractItemModelTester tester2(&clashes,
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    Booking a;
    a.id = QStringLiteral("a");
    a.holder = QStringLiteral("张伟");
    a.periodFrom = 1;
    a.periodTo = 2;
    Booking b = a;
    b.id = QStringLiteral("b");
    b.holder = QStringLiteral("李娜");
    b.periodFrom = b.periodTo = 2;
    clashes.setDoubleBookings({DoubleBooking{a, b}});
    QCOMPARE(clashes.rowCount(), 2);
    QCOMPARE(clashes.data(clashes.index(0, BookingListModel::ClashesWith)).toString(),
             QStringLiteral("李娜 (period 2)"));
    QCOMPARE(clashes.data(clashes.index(1, BookingListModel::ClashesWith)).toString(),
             QStringLiteral("张伟 (periods 1–2)"));
    QCOMPARE(clashes.data(clashes.index(1, 0), BookingListModel::BookingIdRole).toString(),
             QStringLiteral("b"));
}

QTEST_GUILESS_MAIN(TestBookings)
#include "tst_bookings.moc"
