#include "timetable.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Timetable", text);
}

const QString kTimeFormat = QStringLiteral("HH:mm");

// A fixed namespace for the derived ids of the timetable's periods.
const QUuid kPeriodNamespace(QStringLiteral("{5b0c6a4e-2f1d-4c8e-9a57-3d2b8e61f0a4}"));
} // namespace

QString TimetablePeriod::displayName() const
{
    return name.isEmpty() ? QCoreApplication::translate("SchoolSuite::TimetablePeriod", "Period %1").arg(number) : name;
}

QString TimetablePeriod::timeText() const
{
    return startsAt.toString(kTimeFormat) + QChar(0x2013) + endsAt.toString(kTimeFormat);
}

Timetable::Timetable(const Session &session)
    : m_session(session)
    , m_db(session.database())
{}

QList<TimetablePeriod> Timetable::defaultPeriods()
{
    // 40-minute lessons; 大课间 after the second period, lunch and a rest from 11:30 to 14:00.
    static const char *const times[][2] = {{"08:00", "08:40"},
                                           {"08:50", "09:30"},
                                           {"10:00", "10:40"},
                                           {"10:50", "11:30"},
                                           {"14:00", "14:40"},
                                           {"14:50", "15:30"},
                                           {"15:40", "16:20"},
                                           {"16:30", "17:10"}};
    QList<TimetablePeriod> list;
    int number = 1;
    for (const auto &t : times) {
        TimetablePeriod p;
        p.number = number++;
        p.startsAt = QTime::fromString(QLatin1String(t[0]), kTimeFormat);
        p.endsAt = QTime::fromString(QLatin1String(t[1]), kTimeFormat);
        list << p;
    }
    return list;
}

QString Timetable::periodId(int number) const
{
    const QString school
        = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_id'")).toString();
    return QUuid::createUuidV5(kPeriodNamespace,
                               QStringLiteral("%1/period/%2").arg(school).arg(number))
        .toString(QUuid::WithoutBraces);
}

QList<TimetablePeriod> Timetable::periods() const
{
    m_session.require(Permission::EquipmentView, tr("view the timetable"));
    // Tombstones count: a school that removed periods does not get the default day back.
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM timetable_periods")).toInt() == 0) {
        if (!m_session.can(Permission::EquipmentEdit)) {
            QList<TimetablePeriod> list = defaultPeriods();
            for (TimetablePeriod &p : list)
                p.id = periodId(p.number);
            return list;
        }
        writeDefaults();
    }
    QList<TimetablePeriod> list;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, number, name, starts_at, ends_at FROM "
                                           "timetable_periods WHERE deleted = 0 ORDER BY "
                                           "starts_at, number"));
    while (q.next()) {
        TimetablePeriod p;
        p.id = q.value(0).toString();
        p.number = q.value(1).toInt();
        p.name = q.value(2).toString();
        p.startsAt = QTime::fromString(q.value(3).toString(), kTimeFormat);
        p.endsAt = QTime::fromString(q.value(4).toString(), kTimeFormat);
        list << p;
    }
    return list;
}

void Timetable::writeDefaults() const
{
    m_db.transaction([&] {
        for (const TimetablePeriod &p : defaultPeriods())
            m_db.exec(QStringLiteral("INSERT INTO timetable_periods (id, number, starts_at, "
                                     "ends_at) VALUES (?, ?, ?, ?)"),
                      {periodId(p.number),
                       p.number,
                       p.startsAt.toString(kTimeFormat),
                       p.endsAt.toString(kTimeFormat)});
    });
}

void Timetable::validate(const QList<TimetablePeriod> &periods)
{
    if (periods.isEmpty())
        throw Error(tr("The school day needs at least one period."), Error::Invalid);
    QSet<int> numbers;
    for (const TimetablePeriod &p : periods) {
        if (p.number < 1 || p.number > 20)
            throw Error(tr("Period %1: use a number from 1 to 20.").arg(p.number), Error::Invalid);
        if (numbers.contains(p.number))
            throw Error(tr("Period %1: the number is used twice.").arg(p.number), Error::Invalid);
        numbers << p.number;
        if (!p.startsAt.isValid() || !p.endsAt.isValid())
            throw Error(tr("Period %1: enter the start and end as hh:mm.").arg(p.number),
                        Error::Invalid);
        if (p.startsAt >= p.endsAt)
            throw Error(tr("Period %1: the start (%2) must be before the end (%3).")
                            .arg(p.number)
                            .arg(p.startsAt.toString(kTimeFormat), p.endsAt.toString(kTimeFormat)),
                        Error::Invalid);
        if (p.name.size() > 20)
            throw Error(tr("Period %1: the name is longer than 20 characters.").arg(p.number),
                        Error::Invalid);
    }
    QList<TimetablePeriod> sorted = periods;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.startsAt < b.startsAt;
    });
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        const TimetablePeriod &before = sorted.at(i - 1);
        const TimetablePeriod &p = sorted.at(i);
        if (p.startsAt < before.endsAt)
            throw Error(tr("Period %1 (%2) overlaps period %3 (%4).")
                            .arg(p.number)
                            .arg(p.timeText())
                            .arg(before.number)
                            .arg(before.timeText()),
                        Error::Invalid);
        // Bookings say "periods 3–4": the numbers must follow the day.
        if (p.number < before.number)
            throw Error(tr("Period %1 starts after period %2: number the periods in the order "
                           "of the day.")
                            .arg(p.number)
                            .arg(before.number),
                        Error::Invalid);
    }
}

void Timetable::setPeriods(const QList<TimetablePeriod> &periods)
{
    m_session.require(Permission::EquipmentEdit, tr("change the timetable"));
    validate(periods);
    m_db.transaction([&] {
        QSet<QString> kept;
        for (const TimetablePeriod &p : periods) {
            const QString id = periodId(p.number);
            kept << id;
            const QVariant name = p.name.trimmed().isEmpty() ? QVariant() : p.name.trimmed();
            // Upsert by the derived id; a removed period that comes back is revived.
            m_db.exec(QStringLiteral("INSERT INTO timetable_periods (id, number, name, starts_at, "
                                     "ends_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                                     "SET number = excluded.number, name = excluded.name, "
                                     "starts_at = excluded.starts_at, ends_at = excluded.ends_at, "
                                     "deleted = 0"),
                      {id,
                       p.number,
                       name,
                       p.startsAt.toString(kTimeFormat),
                       p.endsAt.toString(kTimeFormat)});
        }
        QStringList gone;
        QSqlQuery q
            = m_db.exec(QStringLiteral("SELECT id FROM timetable_periods WHERE deleted = 0"));
        while (q.next()) {
            if (!kept.contains(q.value(0).toString()))
                gone << q.value(0).toString();
        }
        for (const QString &id : std::as_const(gone))
            m_db.exec(QStringLiteral("UPDATE timetable_periods SET deleted = 1 WHERE id = ?"),
                      {id});
    });
}

QString Timetable::rangeText(int from, int to)
{
    if (from == to)
        return tr("period %1").arg(from);
    return tr("periods %1–%2").arg(from).arg(to);
}

} // namespace SchoolSuite
