#include "bookingmodels.h"

#include "core/auth/session.h"
#include "core/error.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>

namespace SchoolSuite {

namespace {
bool isOwn(const Session &session, const Booking &b)
{
    return b.bookedBy == session.username()
           || (!session.staffId().isEmpty() && b.staffId == session.staffId());
}
} // namespace

BookingWeekModel::BookingWeekModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    const QDate today = QDate::currentDate();
    m_monday = today.addDays(1 - today.dayOfWeek());
}

void BookingWeekModel::setResource(const QString &resourceId)
{
    m_resourceId = resourceId;
    reload();
}

void BookingWeekModel::setWeek(const QDate &day)
{
    if (!day.isValid())
        return;
    m_monday = day.addDays(1 - day.dayOfWeek());
    reload();
}

void BookingWeekModel::setShowWeekend(bool show)
{
    m_weekend = show;
    reload();
}

void BookingWeekModel::reload()
{
    beginResetModel();
    m_lastError.clear();
    m_bookings.clear();
    m_unavailable.clear();
    try {
        m_periods = Timetable(m_session).periods();
        if (!m_resourceId.isEmpty()) {
            BookingService service(m_session);
            m_bookings = service.bookings(m_resourceId, m_monday, m_monday.addDays(6));
            const std::optional<BookableResource> resource = service.resource(m_resourceId);
            if (resource && !resource->isRoom) {
                for (int c = 0; c < columnCount(); ++c) {
                    const QString why = service.unavailableReason(m_resourceId, dayAt(c));
                    if (!why.isEmpty())
                        m_unavailable.insert(c, why);
                }
            }
        }
    } catch (const Error &e) {
        m_periods.clear();
        m_lastError = e.message();
    }
    endResetModel();
}

int BookingWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int BookingWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_weekend ? 7 : 5);
}

int BookingWeekModel::columnOf(const QDate &day) const
{
    const qint64 c = m_monday.daysTo(day);
    return c >= 0 && c < columnCount() ? int(c) : -1;
}

int BookingWeekModel::rowOf(int periodNumber) const
{
    for (qsizetype r = 0; r < m_periods.size(); ++r) {
        if (m_periods.at(r).number == periodNumber)
            return int(r);
    }
    return -1;
}

QList<Booking> BookingWeekModel::bookingsAt(int row, int column) const
{
    QList<Booking> list;
    if (row < 0 || row >= m_periods.size() || column < 0 || column >= columnCount())
        return list;
    const int number = m_periods.at(row).number;
    const QDate day = dayAt(column);
    for (const Booking &b : m_bookings) {
        if (b.day == day && b.periodFrom <= number && number <= b.periodTo)
            list << b;
    }
    return list;
}

std::optional<Booking> BookingWeekModel::bookingAt(int row, int column) const
{
    const QList<Booking> list = bookingsAt(row, column);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

BookingWeekModel::CellState BookingWeekModel::stateAt(int row, int column) const
{
    const QList<Booking> list = bookingsAt(row, column);
    if (list.size() > 1)
        return Clash;
    if (list.size() == 1)
        return isOwn(m_session, list.first()) ? Own : Booked;
    if (dayAt(column) < QDate::currentDate())
        return Past;
    if (m_unavailable.contains(column))
        return Unavailable;
    return Free;
}

QVariant BookingWeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QList<Booking> list = bookingsAt(row, column);
        if (list.isEmpty()) {
            const CellState state = stateAt(row, column);
            return state == Unavailable ? m_unavailable.value(column) : QString();
        }
        QStringList lines;
        for (const Booking &b : list)
            lines << (b.purpose.isEmpty() ? b.holder : b.holder + QLatin1Char('\n') + b.purpose);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Booking &b : bookingsAt(row, column))
            lines << tr("%1, %2: %3")
                         .arg(b.holder, Timetable::rangeText(b.periodFrom, b.periodTo), b.purpose);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole:
        switch (stateAt(row, column)) {
        case Own:
            return QBrush(QColor(0xcf, 0xe3, 0xff));
        case Booked:
            return QBrush(QColor(0xff, 0xe8, 0xc8));
        case Clash:
            return QBrush(QColor(0xf8, 0xc0, 0xc0));
        case Past:
        case Unavailable:
            return QBrush(QColor(0xee, 0xee, 0xee));
        case Free:
            return {};
        }
        return {};
    case Qt::ForegroundRole:
        return stateAt(row, column) == Past || stateAt(row, column) == Unavailable
                   ? QVariant(QBrush(QColor(0x70, 0x70, 0x70)))
                   : QVariant(QBrush(QColor(0x20, 0x20, 0x20)));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case BookingIdRole: {
        const std::optional<Booking> b = bookingAt(row, column);
        return b ? b->id : QString();
    }
    case StateRole:
        return int(stateAt(row, column));
    case DayRole:
        return dayAt(column);
    case PeriodRole:
        return m_periods.at(row).number;
    default:
        return {};
    }
}

QVariant BookingWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const QDate day = dayAt(section);
        return QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char('\n')
               + day.toString(QStringLiteral("MM-dd"));
    }
    if (section < 0 || section >= m_periods.size())
        return {};
    const TimetablePeriod &p = m_periods.at(section);
    return p.displayName() + QLatin1Char('\n') + p.timeText();
}

BookingListModel::BookingListModel(bool clashes, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clashes(clashes)
{}

void BookingListModel::setBookings(const QList<Booking> &bookings)
{
    beginResetModel();
    m_rows = bookings;
    m_clashText.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_clashText << QString();
    endResetModel();
}

void BookingListModel::setDoubleBookings(const QList<DoubleBooking> &pairs)
{
    beginResetModel();
    m_rows.clear();
    m_clashText.clear();
    const auto text = [](const Booking &b) {
        return QStringLiteral("%1 (%2)").arg(b.holder,
                                             Timetable::rangeText(b.periodFrom, b.periodTo));
    };
    for (const DoubleBooking &p : pairs) {
        m_rows << p.first << p.second;
        m_clashText << text(p.second) << text(p.first);
    }
    endResetModel();
}

int BookingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_clashes ? ClashesWith + 1 : Purpose + 1);
}

QVariant BookingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Booking &b = m_rows.at(index.row());
    if (role == BookingIdRole)
        return b.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Day:
        return QLocale().toString(b.day, QStringLiteral("yyyy-MM-dd ddd"));
    case Periods:
        return Timetable::rangeText(b.periodFrom, b.periodTo);
    case Resource:
        return b.resourceName;
    case Holder:
        return b.holder;
    case Purpose:
        return b.purpose;
    case ClashesWith:
        return m_clashText.value(index.row());
    default:
        return {};
    }
}

QVariant BookingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day:
        return tr("Day");
    case Periods:
        return tr("Periods");
    case Resource:
        return tr("Equipment or room");
    case Holder:
        return tr("Booked by");
    case Purpose:
        return tr("Purpose");
    case ClashesWith:
        return tr("Clashes with");
    default:
        return {};
    }
}

} // namespace SchoolSuite
