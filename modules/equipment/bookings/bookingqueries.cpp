// Bookings: what can be booked and who has what.
#include "bookingservice.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/people.h"
#include "core/search/pinyin.h"
#include "core/store/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::BookingService", text);
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QLatin1Char('\'') + v + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}
} // namespace

// The default rule for items the clerk has not decided on (alias i for the item, c for its
// category): laptops, and projectors not fixed in a classroom or an office.
QString BookingService::defaultRuleSql()
{
    return QStringLiteral("CASE WHEN (c.code = 'computer.laptop' OR c.code LIKE "
                          "'computer.laptop.%' OR c.kind = 'projector') AND coalesce(i.use, '') "
                          "NOT IN ('classroom', 'office') THEN 1 ELSE 0 END");
}

// Items teachers may book.
QString BookingService::bookableItemSql()
{
    return QStringLiteral("i.deleted = 0 AND i.status NOT IN ('scrapped', 'lost') AND "
                          "coalesce(i.bookable, %1) = 1")
        .arg(defaultRuleSql());
}

QList<BookableChoice> BookingService::itemChoices() const
{
    m_session.require(Permission::EquipmentView, tr("view bookings"));
    QList<BookableChoice> list;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT i.id, i.name, i.asset_tag, c.name, "
                                           "coalesce(i.bookable, %1), %1 FROM equipment_items i "
                                           "JOIN equipment_categories c ON c.id = i.category_id "
                                           "WHERE i.deleted = 0 AND i.status NOT IN "
                                           "('scrapped', 'lost') ORDER BY i.asset_tag")
                                .arg(defaultRuleSql()));
    while (q.next()) {
        BookableChoice c;
        c.id = q.value(0).toString();
        c.name = QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString());
        c.category = q.value(3).toString();
        c.bookable = q.value(4).toInt() != 0;
        c.byDefault = q.value(5).toInt() != 0;
        list << c;
    }
    return list;
}

QList<BookableResource> BookingService::resources() const
{
    m_session.require(Permission::EquipmentView, tr("view bookings"));
    QList<BookableResource> rooms;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, type FROM rooms WHERE deleted = 0 "
                                           "AND type IN (%1)")
                                .arg(quotedList(bookableRoomTypes())));
    while (q.next()) {
        BookableResource r;
        r.id = q.value(0).toString();
        r.isRoom = true;
        r.name = q.value(1).toString();
        r.detail = RoomTypes::title(q.value(2).toString());
        rooms << r;
    }
    QList<BookableResource> items;
    q = m_db.exec(QStringLiteral("SELECT i.id, i.name, i.asset_tag, c.name, i.status FROM "
                                 "equipment_items i JOIN equipment_categories c ON c.id = "
                                 "i.category_id WHERE %1")
                      .arg(bookableItemSql()));
    while (q.next()) {
        BookableResource r;
        r.id = q.value(0).toString();
        r.name = QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString());
        r.detail = q.value(3).toString();
        r.status = q.value(4).toString();
        items << r;
    }
    const auto byName = [](const BookableResource &a, const BookableResource &b) {
        return Pinyin::sortKey(a.name, false) < Pinyin::sortKey(b.name, false);
    };
    std::sort(rooms.begin(), rooms.end(), byName);
    std::sort(items.begin(), items.end(), byName);
    return rooms + items;
}

std::optional<BookableResource> BookingService::resource(const QString &id) const
{
    const QList<BookableResource> all = resources();
    for (const BookableResource &r : all) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

bool BookingService::isBookableItem(const QString &itemId) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM equipment_items i JOIN "
                                      "equipment_categories c ON c.id = i.category_id WHERE "
                                      "i.id = ? AND %1")
                           .arg(bookableItemSql()),
                       {itemId})
               .toInt()
           > 0;
}

QList<Booking> BookingService::query(const QString &where,
                                     const QVariantList &bindings,
                                     bool withCancelled) const
{
    QList<Booking> list;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT b.id, b.item_id, b.room_id, i.name, i.asset_tag, r.name, "
                       "b.booked_on, b.period_from, b.period_to, b.staff_id, "
                       "coalesce(s.name, b.booked_by), b.booked_by, b.purpose, b.cancelled "
                       "FROM equipment_bookings b "
                       "LEFT JOIN equipment_items i ON i.id = b.item_id "
                       "LEFT JOIN rooms r ON r.id = b.room_id "
                       "LEFT JOIN staff s ON s.id = b.staff_id "
                       "WHERE b.deleted = 0 AND (b.cancelled = 0 OR %2) AND (%1) "
                       "ORDER BY b.booked_on, b.period_from, b.period_to, b.id")
            .arg(where, withCancelled ? QStringLiteral("1") : QStringLiteral("0")),
        bindings);
    while (q.next()) {
        Booking b;
        b.id = q.value(0).toString();
        b.itemId = q.value(1).toString();
        b.roomId = q.value(2).toString();
        b.resourceName = b.itemId.isEmpty() ? q.value(5).toString()
                                            : QStringLiteral("%1 (%2)").arg(q.value(3).toString(),
                                                                            q.value(4).toString());
        b.day = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        b.periodFrom = q.value(7).toInt();
        b.periodTo = q.value(8).toInt();
        b.staffId = q.value(9).toString();
        b.holder = q.value(10).toString();
        b.bookedBy = q.value(11).toString();
        b.purpose = q.value(12).toString();
        b.cancelled = q.value(13).toInt() != 0;
        list << b;
    }
    return list;
}

Booking BookingService::booking(const QString &id) const
{
    m_session.require(Permission::EquipmentView, tr("view bookings"));
    const QList<Booking> list = query(QStringLiteral("b.id = ?"), {id}, true);
    if (list.isEmpty())
        throw Error(tr("There is no booking %1.").arg(id), Error::NotFound);
    return list.first();
}

QList<Booking> BookingService::bookings(const QString &resourceId,
                                        const QDate &first,
                                        const QDate &last) const
{
    m_session.require(Permission::EquipmentView, tr("view bookings"));
    return query(QStringLiteral("(b.item_id = ? OR b.room_id = ?) AND b.booked_on BETWEEN ? AND ?"),
                 {resourceId, resourceId, first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
}

QList<Booking> BookingService::mine(const QDate &from) const
{
    m_session.require(Permission::EquipmentView, tr("view bookings"));
    const QString staff = ownStaffId();
    return query(QStringLiteral("(b.booked_by = ? OR (? <> '' AND b.staff_id = ?)) AND "
                                "b.booked_on >= ?"),
                 {m_session.username(), staff, staff, from.toString(Qt::ISODate)});
}

QList<DoubleBooking> BookingService::doubleBooked(const QDate &from) const
{
    m_session.require(Permission::EquipmentView, tr("view bookings"));
    QList<DoubleBooking> list;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT a.id, b.id FROM equipment_bookings a JOIN equipment_bookings b ON "
                       "a.id < b.id AND a.booked_on = b.booked_on AND "
                       "(a.item_id = b.item_id OR a.room_id = b.room_id) AND "
                       "a.period_from <= b.period_to AND b.period_from <= a.period_to "
                       "WHERE a.deleted = 0 AND a.cancelled = 0 AND b.deleted = 0 AND "
                       "b.cancelled = 0 AND a.booked_on >= ? "
                       "ORDER BY a.booked_on, a.period_from, a.id, b.id"),
        {from.toString(Qt::ISODate)});
    QList<QPair<QString, QString>> pairs;
    while (q.next())
        pairs << qMakePair(q.value(0).toString(), q.value(1).toString());
    for (const auto &[a, b] : std::as_const(pairs)) {
        const QList<Booking> first = query(QStringLiteral("b.id = ?"), {a});
        const QList<Booking> second = query(QStringLiteral("b.id = ?"), {b});
        if (!first.isEmpty() && !second.isEmpty())
            list << DoubleBooking{first.first(), second.first()};
    }
    return list;
}

} // namespace SchoolSuite
