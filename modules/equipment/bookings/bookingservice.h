#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SchoolSuite {

class Database;
class Session;

// Something teachers book: a shared item (a laptop cart, a projector) or a room (the computer
// lab, the multimedia room).
struct BookableResource
{
    QString id;
    bool isRoom = false;
    QString name;   // item name (tag) or room name
    QString detail; // item: category; room: room type (translated)
    QString status; // item status key (in_stock, repair, ...); empty for rooms
};

// An item as the clerk's "which items can be booked" list shows it.
struct BookableChoice
{
    QString id;
    QString name; // "name (tag)"
    QString category;
    bool bookable = false;  // as things stand
    bool byDefault = false; // what the default rule says
};

struct Booking
{
    QString id;
    QString itemId; // one of itemId and roomId is set
    QString roomId;
    QString resourceName;
    QDate day;
    int periodFrom = 0;
    int periodTo = 0;
    QString staffId;
    QString holder;   // the staff member's name, or the user who booked when there is none
    QString bookedBy; // the username that made the booking
    QString purpose;
    bool cancelled = false;

    QString resourceId() const { return itemId.isEmpty() ? roomId : itemId; }
    bool overlaps(const Booking &other) const;
};

struct BookingRequest
{
    QString resourceId;
    bool isRoom = false;
    QDate day;
    int periodFrom = 0;
    int periodTo = 0;
    QString purpose;
    QString staffId; // empty: the session's own staff record
};

// Two bookings of the same thing at the same time: possible only when two computers booked it
// while offline; a clerk cancels one.
struct DoubleBooking
{
    Booking first;
    Booking second;
};

// Bookings on behalf of a session (docs/user-guide: equipment-bookings). EquipmentView reads,
// EquipmentBook books and cancels one's own bookings, EquipmentEdit books for others, cancels
// any booking and decides which items are bookable.
//
// Bookable: rooms of the types bookableRoomTypes(); items whose bookable flag is set, or, while
// the clerk has not decided, laptops and projectors that are not fixed in a classroom or office.
// Scrapped and lost items are never offered.
class BookingService
{
public:
    explicit BookingService(const Session &session);

    static QStringList bookableRoomTypes();    // computer_lab, multimedia, lab, eprep, ereading
    QList<BookableResource> resources() const; // rooms first, then items; by name
    std::optional<BookableResource> resource(const QString &id) const;
    bool isBookableItem(const QString &itemId) const;
    // The clerk's decision for an item; nullopt returns it to the default rule.
    void setBookable(const QString &itemId, std::optional<bool> bookable);
    // Every item that could be booked (not scrapped or lost), by tag.
    QList<BookableChoice> itemChoices() const;

    // Books and returns the id. Refused (Error Invalid) for a day in the past, periods that are
    // not on the timetable, an item that is lent, in repair, lost or scrapped on that day, and a
    // time someone else has: "Already booked by 张老师: periods 3–4".
    QString book(const BookingRequest &request);
    void cancel(const QString &bookingId);
    bool mayCancel(const Booking &booking) const;
    // Why the item cannot be used on day ("in repair"); empty when it can. Rooms always can.
    QString unavailableReason(const QString &itemId, const QDate &day) const;

    Booking booking(const QString &id) const; // throws NotFound
    // Bookings (not cancelled) of one resource from first to last inclusive, by day and period.
    QList<Booking> bookings(const QString &resourceId, const QDate &first, const QDate &last) const;
    // The session's own bookings from `from` on (not cancelled), by day and period.
    QList<Booking> mine(const QDate &from) const;
    // Overlapping bookings (from `from` on) that sync brought together.
    QList<DoubleBooking> doubleBooked(const QDate &from) const;

    const Session &session() const { return m_session; }

private:
    static QString bookableItemSql();
    static QString defaultRuleSql();
    QList<Booking> query(const QString &where,
                         const QVariantList &bindings,
                         bool withCancelled = false) const;
    QString ownStaffId() const;

    const Session &m_session;
    Database &m_db;
};

} // namespace SchoolSuite
