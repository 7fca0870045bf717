// Holds (预约): a queue per title in order of placing; a returned copy is put aside for the first
// waiting reader until ready_until, then passes on.
#include "circulation.h"
#include "circulation_p.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace SchoolSuite {

using namespace CirculationSql;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Circulation", text);
}
} // namespace

QList<HoldInfo> Circulation::queryHolds(const QString &where, const QVariantList &bindings) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT h.id, h.title_id, t.title, h.patron_kind, h.patron_id, "
                       "coalesce(s.name, st.name), coalesce(s.student_no, st.staff_no), "
                       "h.placed_at, h.status, h.copy_id, c.barcode, h.ready_until, "
                       "(SELECT count(*) FROM library_holds o WHERE o.title_id = h.title_id AND "
                       "o.deleted = 0 AND o.status IN ('waiting', 'ready') AND (o.placed_at < "
                       "h.placed_at OR (o.placed_at = h.placed_at AND o.id < h.id))) "
                       "FROM library_holds h JOIN library_titles t ON t.id = h.title_id "
                       "LEFT JOIN library_copies c ON c.id = h.copy_id "
                       "LEFT JOIN students s ON h.patron_kind = 'student' AND s.id = h.patron_id "
                       "LEFT JOIN staff st ON h.patron_kind = 'staff' AND st.id = h.patron_id "
                       "WHERE h.deleted = 0 AND %1 ORDER BY h.placed_at, h.id")
            .arg(where),
        bindings);
    QList<HoldInfo> list;
    while (q.next()) {
        HoldInfo h;
        h.id = q.value(0).toString();
        h.titleId = q.value(1).toString();
        h.title = q.value(2).toString();
        h.patronKind = q.value(3).toString();
        h.patronId = q.value(4).toString();
        h.patronName = q.value(5).toString();
        h.patronCardNo = maskedCardNo(h.patronKind, q.value(6).toString());
        h.placedAt = parseTimestamp(q.value(7));
        h.status = q.value(8).toString();
        h.copyId = q.value(9).toString();
        h.barcode = q.value(10).toString();
        h.readyUntil = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        h.position = q.value(12).toInt() + 1;
        list << h;
    }
    return list;
}

QList<HoldInfo> Circulation::holdsOf(const Patron &patron) const
{
    m_session.require(Permission::LibraryCirculate, tr("look up a reader"));
    return queryHolds(QStringLiteral("h.patron_id = ? AND h.status IN ('waiting', 'ready')"),
                      {patron.id});
}

QList<HoldInfo> Circulation::holdQueue(const QString &titleId) const
{
    m_session.require(Permission::LibraryView, tr("view holds"));
    return queryHolds(QStringLiteral("h.title_id = ? AND h.status IN ('waiting', 'ready')"),
                      {titleId});
}

QString Circulation::placeHold(const Patron &patron, const QString &titleId)
{
    m_session.require(Permission::LibraryCirculate, tr("place holds"));
    checkCanBorrow(patron);
    const QString title
        = m_db.scalar(QStringLiteral("SELECT title FROM library_titles WHERE id = ? AND deleted "
                                     "= 0"),
                      {titleId})
              .toString();
    if (title.isEmpty())
        throw Error(tr("There is no title %1.").arg(titleId), Error::NotFound);
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM library_holds WHERE title_id = ? AND "
                                   "patron_id = ? AND status IN ('waiting', 'ready') AND "
                                   "deleted = 0"),
                    {titleId, patron.id})
            .toInt())
        throw Error(tr("%1 already holds \"%2\".").arg(patron.name, title), Error::Invalid);
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM library_loans l JOIN library_copies c "
                                   "ON c.id = l.copy_id WHERE c.title_id = ? AND l.patron_id = ? "
                                   "AND l.deleted = 0 AND ")
                        + openCondition(),
                    {titleId, patron.id})
            .toInt())
        throw Error(tr("%1 already has \"%2\" on loan.").arg(patron.name, title), Error::Invalid);
    QDateTime placed = now();
    // Queue order is placed_at: never place two holds at the same instant on one desk.
    const QDateTime last = parseTimestamp(m_db.scalar(
        QStringLiteral("SELECT max(placed_at) FROM library_holds WHERE title_id = ?"), {titleId}));
    if (last.isValid() && last >= placed)
        placed = last.addMSecs(1);
    const QString id = Uuid::v7();
    m_db.exec(QStringLiteral("INSERT INTO library_holds (id, title_id, patron_kind, patron_id, "
                             "placed_at, status) VALUES (?, ?, ?, ?, ?, 'waiting')"),
              {id, titleId, patron.kind, patron.id, timestamp(placed)});
    return id;
}

void Circulation::cancelHold(const QString &holdId)
{
    m_session.require(Permission::LibraryCirculate, tr("cancel holds"));
    const QList<HoldInfo> found = queryHolds(QStringLiteral("h.id = ?"), {holdId});
    if (found.isEmpty())
        throw Error(tr("There is no hold %1.").arg(holdId), Error::NotFound);
    const HoldInfo h = found.first();
    if (h.status != QLatin1String("waiting") && h.status != QLatin1String("ready"))
        throw Error(tr("The hold of %1 on \"%2\" is no longer open.").arg(h.patronName, h.title),
                    Error::Invalid);
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE library_holds SET status = 'cancelled' WHERE id = ?"),
                  {holdId});
        if (h.status == QLatin1String("ready") && !h.copyId.isEmpty() && !openLoanOfCopy(h.copyId))
            putAsideForHold(h.copyId, h.titleId);
    });
}

std::optional<HoldInfo> Circulation::putAsideForHold(const QString &copyId, const QString &titleId)
{
    // A copy already set aside (returned twice) stays with the reader it waits for.
    const QList<HoldInfo> already
        = queryHolds(QStringLiteral("h.copy_id = ? AND h.status = 'ready'"), {copyId});
    if (!already.isEmpty())
        return already.first();
    const QList<HoldInfo> waiting
        = queryHolds(QStringLiteral("h.title_id = ? AND h.status = 'waiting'"), {titleId});
    if (waiting.isEmpty())
        return std::nullopt;
    HoldInfo next = waiting.first();
    next.status = QStringLiteral("ready");
    next.copyId = copyId;
    next.readyUntil = m_rules.nextOpenDay(today().addDays(m_rules.holdDays()));
    next.barcode
        = m_db.scalar(QStringLiteral("SELECT barcode FROM library_copies WHERE id = ?"), {copyId})
              .toString();
    m_db.exec(QStringLiteral("UPDATE library_holds SET status = 'ready', copy_id = ?, ready_until "
                             "= ? WHERE id = ?"),
              {copyId, next.readyUntil.toString(Qt::ISODate), next.id});
    return next;
}

int Circulation::expireHolds()
{
    m_session.require(Permission::LibraryCirculate, tr("expire holds"));
    const QList<HoldInfo> late
        = queryHolds(QStringLiteral("h.status = 'ready' AND h.ready_until < ?"),
                     {today().toString(Qt::ISODate)});
    m_db.transaction([&] {
        for (const HoldInfo &h : late) {
            m_db.exec(QStringLiteral("UPDATE library_holds SET status = 'expired' WHERE id = ?"),
                      {h.id});
            if (!h.copyId.isEmpty() && !openLoanOfCopy(h.copyId))
                putAsideForHold(h.copyId, h.titleId);
        }
    });
    return int(late.size());
}

} // namespace SchoolSuite
