#include "circulationrules.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::CirculationRules", text);
}

const QStringList &patronKinds()
{
    static const QStringList kinds{QStringLiteral("student"), QStringLiteral("staff")};
    return kinds;
}

const QStringList &itemTypes()
{
    static const QStringList types{QStringLiteral("book"),
                                   QStringLiteral("reference"),
                                   QStringLiteral("periodical"),
                                   QStringLiteral("av")};
    return types;
}

const int kDefaultHoldDays = 7;
const QString kOpenWeekdays = QStringLiteral("open_weekdays");
const QString kHoldDays = QStringLiteral("hold_days");
} // namespace

CirculationRules::CirculationRules(const Session &session)
    : m_session(session)
    , m_db(session.database())
{}

QList<CirculationRule> CirculationRules::defaults()
{
    // What Chinese school libraries commonly lend: students a few books for three weeks,
    // teachers more and longer; reference works (工具书) stay in the reading room.
    return {
        {QStringLiteral("student"), QStringLiteral("book"), 21, 3, 1},
        {QStringLiteral("student"), QStringLiteral("reference"), 0, 3, 0},
        {QStringLiteral("student"), QStringLiteral("periodical"), 7, 3, 0},
        {QStringLiteral("student"), QStringLiteral("av"), 7, 3, 0},
        {QStringLiteral("staff"), QStringLiteral("book"), 60, 10, 2},
        {QStringLiteral("staff"), QStringLiteral("reference"), 0, 10, 0},
        {QStringLiteral("staff"), QStringLiteral("periodical"), 14, 10, 1},
        {QStringLiteral("staff"), QStringLiteral("av"), 14, 10, 1},
    };
}

QString CirculationRules::derivedId(const QString &table,
                                    const QString &schoolCode,
                                    const QString &key)
{
    QByteArray h = QCryptographicHash::hash(
        (table + QLatin1Char(':') + schoolCode + QLatin1Char(':') + key).toUtf8(),
        QCryptographicHash::Sha256);
    // 2020-01-01T00:00:00Z as the timestamp, as the equipment's built-in categories do: a valid
    // version-7 UUID that sorts before every real one; the rest comes from the hash.
    const qint64 ms = 1577836800000LL;
    for (int i = 0; i < 6; ++i)
        h[i] = char((ms >> (8 * (5 - i))) & 0xff);
    h[6] = char((h[6] & 0x0f) | 0x70);
    h[8] = char((h[8] & 0x3f) | 0x80);
    const QString hex = QString::fromLatin1(h.left(16).toHex());
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
           + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

void CirculationRules::ensureDefaults(Database &db)
{
    if (db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                                 "name IN ('library_rules', 'library_settings', 'meta')"))
            .toInt()
        != 3)
        return;
    const QString school
        = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_code'")).toString();
    if (school.isEmpty())
        return;
    const QList<CirculationRule> builtIn = defaults();
    QVariantList ids;
    QStringList marks;
    for (const CirculationRule &r : builtIn) {
        ids << derivedId(
            QStringLiteral("library_rules"), school, r.patronKind + QLatin1Char(':') + r.itemType);
        marks << QStringLiteral("?");
    }
    // Deleted rows count as present: a rule the school removed stays removed (its default
    // applies in memory).
    if (db.scalar(QStringLiteral("SELECT count(*) FROM library_rules WHERE id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))),
                  ids)
                .toInt()
            == builtIn.size()
        && db.scalar(QStringLiteral("SELECT count(*) FROM library_settings WHERE id IN (?, ?)"),
                     {derivedId(QStringLiteral("library_settings"), school, kOpenWeekdays),
                      derivedId(QStringLiteral("library_settings"), school, kHoldDays)})
                   .toInt()
               == 2)
        return;
    db.transaction([&] {
        for (int i = 0; i < builtIn.size(); ++i) {
            const CirculationRule &r = builtIn.at(i);
            db.exec(QStringLiteral("INSERT INTO library_rules (id, patron_kind, item_type, "
                                   "loan_days, max_items, renewals) SELECT ?, ?, ?, ?, ?, ? "
                                   "WHERE NOT EXISTS (SELECT 1 FROM library_rules WHERE id = ? "
                                   "OR (patron_kind = ? AND item_type = ? AND deleted = 0))"),
                    {ids.at(i),
                     r.patronKind,
                     r.itemType,
                     r.loanDays,
                     r.maxItems,
                     r.renewals,
                     ids.at(i),
                     r.patronKind,
                     r.itemType});
        }
        const QList<QPair<QString, QString>> settings{
            {kOpenWeekdays, QStringLiteral("12345")},
            {kHoldDays, QString::number(kDefaultHoldDays)}};
        for (const auto &[key, value] : settings) {
            const QString id = derivedId(QStringLiteral("library_settings"), school, key);
            db.exec(QStringLiteral("INSERT INTO library_settings (id, key, value) SELECT ?, ?, ? "
                                   "WHERE NOT EXISTS (SELECT 1 FROM library_settings WHERE id = "
                                   "? OR (key = ? AND deleted = 0))"),
                    {id, key, value, id, key});
        }
    });
}

QString CirculationRules::schoolCode() const
{
    return m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_code'"))
        .toString();
}

void CirculationRules::requireEdit() const
{
    m_session.require(Permission::LibraryEdit, tr("change the library's rules and calendar"));
}

CirculationRule CirculationRules::rule(const QString &patronKind, const QString &itemType) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT loan_days, max_items, renewals FROM "
                                           "library_rules WHERE patron_kind = ? AND item_type = ? "
                                           "AND deleted = 0 ORDER BY hlc DESC LIMIT 1"),
                            {patronKind, itemType});
    if (q.next())
        return {patronKind, itemType, q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
    for (const CirculationRule &r : defaults())
        if (r.patronKind == patronKind && r.itemType == itemType)
            return r;
    return {patronKind, itemType, 0, 0, 0};
}

QList<CirculationRule> CirculationRules::rules() const
{
    QList<CirculationRule> list;
    for (const QString &kind : patronKinds())
        for (const QString &type : itemTypes())
            list << rule(kind, type);
    return list;
}

void CirculationRules::setRule(const CirculationRule &r)
{
    requireEdit();
    if (!patronKinds().contains(r.patronKind))
        throw Error(tr("Unknown reader type \"%1\".").arg(r.patronKind), Error::Invalid);
    if (!itemTypes().contains(r.itemType))
        throw Error(tr("Unknown item type \"%1\".").arg(r.itemType), Error::Invalid);
    if (r.loanDays < 0 || r.loanDays > 3650 || r.maxItems < 0 || r.maxItems > 1000 || r.renewals < 0
        || r.renewals > 100)
        throw Error(tr("Loan days, maximum items and renewals must be zero or more."),
                    Error::Invalid);
    const QString id = derivedId(QStringLiteral("library_rules"),
                                 schoolCode(),
                                 r.patronKind + QLatin1Char(':') + r.itemType);
    m_db.transaction([&] {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM library_rules WHERE patron_kind = ? "
                                               "AND item_type = ? AND deleted = 0"),
                                {r.patronKind, r.itemType});
        bool updated = false;
        while (q.next()) {
            m_db.exec(QStringLiteral("UPDATE library_rules SET loan_days = ?, max_items = ?, "
                                     "renewals = ? WHERE id = ?"),
                      {r.loanDays, r.maxItems, r.renewals, q.value(0)});
            updated = true;
        }
        if (!updated) {
            if (m_db.scalar(QStringLiteral("SELECT count(*) FROM library_rules WHERE id = ?"), {id})
                    .toInt())
                m_db.exec(QStringLiteral("UPDATE library_rules SET loan_days = ?, max_items = ?, "
                                         "renewals = ?, deleted = 0 WHERE id = ?"),
                          {r.loanDays, r.maxItems, r.renewals, id});
            else
                m_db.exec(QStringLiteral("INSERT INTO library_rules (id, patron_kind, item_type, "
                                         "loan_days, max_items, renewals) VALUES (?, ?, ?, ?, ?, "
                                         "?)"),
                          {id, r.patronKind, r.itemType, r.loanDays, r.maxItems, r.renewals});
        }
    });
}

QString CirculationRules::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT value FROM library_settings WHERE key = ? AND "
                                           "deleted = 0 ORDER BY hlc DESC LIMIT 1"),
                            {key});
    return q.next() && !q.value(0).isNull() ? q.value(0).toString() : fallback;
}

void CirculationRules::setSetting(const QString &key, const QString &value)
{
    requireEdit();
    const QString id = derivedId(QStringLiteral("library_settings"), schoolCode(), key);
    m_db.transaction([&] {
        const QString existing
            = m_db.scalar(QStringLiteral("SELECT id FROM library_settings WHERE key = ? AND "
                                         "deleted = 0 ORDER BY hlc DESC LIMIT 1"),
                          {key})
                  .toString();
        if (!existing.isEmpty())
            m_db.exec(QStringLiteral("UPDATE library_settings SET value = ? WHERE id = ?"),
                      {value, existing});
        else if (m_db.scalar(QStringLiteral("SELECT count(*) FROM library_settings WHERE id = ?"),
                             {id})
                     .toInt())
            m_db.exec(QStringLiteral("UPDATE library_settings SET value = ?, deleted = 0 WHERE "
                                     "id = ?"),
                      {value, id});
        else
            m_db.exec(QStringLiteral("INSERT INTO library_settings (id, key, value) VALUES (?, ?, "
                                     "?)"),
                      {id, key, value});
    });
}

QSet<int> CirculationRules::openWeekdays() const
{
    QSet<int> days;
    for (const QChar c : setting(kOpenWeekdays, QStringLiteral("12345")))
        if (c >= QLatin1Char('1') && c <= QLatin1Char('7'))
            days.insert(c.digitValue());
    return days;
}

void CirculationRules::setOpenWeekdays(const QSet<int> &days)
{
    QString value;
    for (int d = 1; d <= 7; ++d)
        if (days.contains(d))
            value += QString::number(d);
    if (value.isEmpty())
        throw Error(tr("The library must open on at least one day of the week."), Error::Invalid);
    setSetting(kOpenWeekdays, value);
}

int CirculationRules::holdDays() const
{
    bool ok = false;
    const int days = setting(kHoldDays).toInt(&ok);
    return ok && days > 0 ? days : kDefaultHoldDays;
}

void CirculationRules::setHoldDays(int days)
{
    if (days < 1 || days > 365)
        throw Error(tr("A hold waits between 1 and 365 days."), Error::Invalid);
    setSetting(kHoldDays, QString::number(days));
}

QList<QDate> CirculationRules::closedDays(const QDate &from, const QDate &to) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT DISTINCT day FROM library_closed_days WHERE "
                                           "deleted = 0 AND day BETWEEN ? AND ? ORDER BY day"),
                            {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    QList<QDate> days;
    while (q.next())
        days << QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return days;
}

void CirculationRules::addClosedDays(const QDate &from, const QDate &to, const QString &note)
{
    requireEdit();
    if (!from.isValid() || !to.isValid() || to < from)
        throw Error(tr("A closed period needs a first and a last day."), Error::Invalid);
    if (from.daysTo(to) > 366)
        throw Error(tr("A closed period is at most a year."), Error::Invalid);
    const QString school = schoolCode();
    m_db.transaction([&] {
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            const QString day = d.toString(Qt::ISODate);
            const QString id = derivedId(QStringLiteral("library_closed_days"), school, day);
            m_db.exec(QStringLiteral("UPDATE library_closed_days SET deleted = 0, note = ? WHERE "
                                     "id = ? AND (deleted = 1 OR note IS NOT ?)"),
                      {note.isEmpty() ? QVariant() : QVariant(note), id, note});
            m_db.exec(QStringLiteral("INSERT INTO library_closed_days (id, day, note) SELECT ?, "
                                     "?, ? WHERE NOT EXISTS (SELECT 1 FROM library_closed_days "
                                     "WHERE id = ?)"),
                      {id, day, note.isEmpty() ? QVariant() : QVariant(note), id});
        }
    });
}

void CirculationRules::removeClosedDay(const QDate &day)
{
    requireEdit();
    m_db.exec(QStringLiteral("UPDATE library_closed_days SET deleted = 1 WHERE day = ? AND "
                             "deleted = 0"),
              {day.toString(Qt::ISODate)});
}

bool CirculationRules::isOpen(const QDate &day) const
{
    if (!openWeekdays().contains(day.dayOfWeek()))
        return false;
    return closedDays(day, day).isEmpty();
}

QDate CirculationRules::nextOpenDay(const QDate &day) const
{
    const QSet<int> weekdays = openWeekdays();
    if (weekdays.isEmpty())
        return day;
    // Two years covers any 寒暑假 with room to spare; past that the calendar is broken and the
    // day itself is the honest answer.
    const QDate until = day.addDays(730);
    const QList<QDate> closedList = closedDays(day, until);
    const QSet<QDate> closed(closedList.begin(), closedList.end());
    for (QDate d = day; d <= until; d = d.addDays(1))
        if (weekdays.contains(d.dayOfWeek()) && !closed.contains(d))
            return d;
    return day;
}

QDate CirculationRules::dueDate(const QDate &today, int days) const
{
    return nextOpenDay(today.addDays(days));
}

} // namespace SchoolSuite
