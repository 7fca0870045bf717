// Bookings: the rules of booking and cancelling. The reads are in bookingqueries.cpp.
#include "bookingservice.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "equipment/register/equipmentservice.h"
#include "timetable.h"

#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::BookingService", text);
}

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}
} // namespace

bool Booking::overlaps(const Booking &other) const
{
    return resourceId() == other.resourceId() && day == other.day && periodFrom <= other.periodTo
           && other.periodFrom <= periodTo;
}

BookingService::BookingService(const Session &session)
    : m_session(session)
    , m_db(session.database())
{}

QStringList BookingService::bookableRoomTypes()
{
    return {QStringLiteral("computer_lab"),
            QStringLiteral("multimedia"),
            QStringLiteral("lab"),
            QStringLiteral("eprep"),
            QStringLiteral("ereading")};
}

QString BookingService::ownStaffId() const
{
    return m_session.staffId();
}

void BookingService::setBookable(const QString &itemId, std::optional<bool> bookable)
{
    m_session.require(Permission::EquipmentEdit, tr("decide which items can be booked"));
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM equipment_items WHERE id = ? AND "
                                   "deleted = 0"),
                    {itemId})
            .toInt()
        == 0)
        throw Error(tr("There is no item %1.").arg(itemId), Error::NotFound);
    m_db.exec(QStringLiteral("UPDATE equipment_items SET bookable = ? WHERE id = ?"),
              {bookable ? QVariant(*bookable ? 1 : 0) : QVariant(), itemId});
}

QString BookingService::unavailableReason(const QString &itemId, const QDate &day) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT status FROM equipment_items WHERE id = ? AND "
                                           "deleted = 0"),
                            {itemId});
    if (!q.next())
        return tr("not on the register");
    const QString status = q.value(0).toString();
    if (status == QLatin1String("repair"))
        return tr("in repair");
    if (status == QLatin1String("lost") || status == QLatin1String("scrapped"))
        return AssetKeys::statusTitle(AssetKeys::statusFromKey(status));
    if (status == QLatin1String("lent")) {
        // Lent with a due date: free from the day after, unless the loan is already overdue.
        const QDate due = QDate::fromString(
            m_db.scalar(QStringLiteral("SELECT due_on FROM equipment_movements WHERE item_id = ? "
                                       "AND kind = 'lend' AND deleted = 0 ORDER BY at DESC "
                                       "LIMIT 1"),
                        {itemId})
                .toString(),
            Qt::ISODate);
        if (!due.isValid() || due < QDate::currentDate())
            return tr("lent");
        if (day <= due)
            return tr("lent until %1").arg(isoDay(due));
    }
    return {};
}

QString BookingService::book(const BookingRequest &request)
{
    m_session.require(Permission::EquipmentBook, tr("book equipment"));
    QString staffId = request.staffId.isEmpty() ? ownStaffId() : request.staffId;
    if (staffId != ownStaffId())
        m_session.require(Permission::EquipmentEdit, tr("book for another teacher"));
    if (!staffId.isEmpty()
        && m_db.scalar(QStringLiteral("SELECT count(*) FROM staff WHERE id = ? AND deleted = 0"),
                       {staffId})
                   .toInt()
               == 0)
        throw Error(tr("Teacher: there is no such staff member."), Error::Invalid);

    const std::optional<BookableResource> resource = this->resource(request.resourceId);
    if (!resource || resource->isRoom != request.isRoom)
        throw Error(request.isRoom ? tr("This room cannot be booked.")
                                   : tr("This item cannot be booked; ask the clerk."),
                    Error::Invalid);
    if (!request.day.isValid())
        throw Error(tr("Day: choose a day."), Error::Invalid);
    if (request.day < QDate::currentDate())
        throw Error(tr("Day: %1 is in the past.").arg(isoDay(request.day)), Error::Invalid);
    if (request.periodFrom > request.periodTo)
        throw Error(tr("Periods: the first period comes after the last."), Error::Invalid);
    QList<int> numbers;
    for (const TimetablePeriod &p : Timetable(m_session).periods())
        numbers << p.number;
    for (int n : {request.periodFrom, request.periodTo}) {
        if (!numbers.contains(n))
            throw Error(tr("Periods: there is no period %1 on the timetable.").arg(n),
                        Error::Invalid);
    }
    const QString purpose = request.purpose.trimmed();
    if (purpose.size() > 100)
        throw Error(tr("Purpose: at most 100 characters."), Error::Invalid);
    if (!request.isRoom) {
        const QString why = unavailableReason(request.resourceId, request.day);
        if (!why.isEmpty())
            throw Error(
                tr("%1 cannot be booked on %2: %3.").arg(resource->name, isoDay(request.day), why),
                Error::Invalid);
    }

    const QString id = Uuid::v7();
    m_db.transaction([&] {
        // Checked inside the write transaction, so two bookings on this computer cannot pass
        // each other; bookings made offline elsewhere are caught by doubleBooked().
        const QList<Booking> taken = query(
            QStringLiteral("b.%1 = ? AND b.booked_on = ? AND b.period_from <= ? AND "
                           "b.period_to >= ?")
                .arg(request.isRoom ? QStringLiteral("room_id") : QStringLiteral("item_id")),
            {request.resourceId, isoDay(request.day), request.periodTo, request.periodFrom});
        if (!taken.isEmpty()) {
            const Booking &b = taken.first();
            throw Error(tr("Already booked by %1: %2")
                            .arg(b.holder, Timetable::rangeText(b.periodFrom, b.periodTo)),
                        Error::Invalid);
        }
        m_db.exec(QStringLiteral("INSERT INTO equipment_bookings (id, item_id, room_id, "
                                 "booked_on, period_from, period_to, staff_id, booked_by, "
                                 "purpose) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {id,
                   request.isRoom ? QVariant() : QVariant(request.resourceId),
                   request.isRoom ? QVariant(request.resourceId) : QVariant(),
                   isoDay(request.day),
                   request.periodFrom,
                   request.periodTo,
                   staffId.isEmpty() ? QVariant() : QVariant(staffId),
                   m_session.username(),
                   purpose.isEmpty() ? QVariant() : QVariant(purpose)});
    });
    return id;
}

bool BookingService::mayCancel(const Booking &b) const
{
    if (b.cancelled)
        return false;
    if (m_session.can(Permission::EquipmentEdit))
        return true;
    if (!m_session.can(Permission::EquipmentBook))
        return false;
    return (!ownStaffId().isEmpty() && b.staffId == ownStaffId())
           || b.bookedBy == m_session.username();
}

void BookingService::cancel(const QString &bookingId)
{
    m_session.require(Permission::EquipmentBook, tr("cancel bookings"));
    const Booking b = booking(bookingId);
    if (b.cancelled)
        throw Error(tr("This booking is already cancelled."), Error::Invalid);
    if (!mayCancel(b))
        m_session.deny(tr("cancel %1's booking").arg(b.holder));
    m_db.exec(QStringLiteral("UPDATE equipment_bookings SET cancelled = 1 WHERE id = ?"),
              {bookingId});
}

} // namespace SchoolSuite
