#include "circulation.h"
#include "circulation_p.h"

#include "library/catalog/libraryservice.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/people.h"
#include "core/people/validators.h"
#include "core/store/database.h"
#include "core/store/uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Circulation", text);
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

struct CopyRow
{
    QString id;
    QString titleId;
    QString barcode;
    QString callNo;
    QString itemType;
    QString status;
    QString title;
};

std::optional<CopyRow> copyByBarcode(Database &db, const QString &barcode)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT c.id, c.title_id, c.barcode, c.call_no, "
                                         "c.item_type, c.status, t.title FROM library_copies c "
                                         "JOIN library_titles t ON t.id = c.title_id WHERE "
                                         "c.barcode = ? AND c.deleted = 0"),
                          {barcode});
    if (!q.next())
        return std::nullopt;
    return CopyRow{q.value(0).toString(),
                   q.value(1).toString(),
                   q.value(2).toString(),
                   q.value(3).toString(),
                   q.value(4).toString(),
                   q.value(5).toString(),
                   q.value(6).toString()};
}
} // namespace

namespace CirculationSql {

QString loanSelect()
{
    return QStringLiteral(
               "SELECT l.id, l.copy_id, c.barcode, c.title_id, t.title, c.call_no, c.item_type, "
               "l.patron_kind, l.patron_id, coalesce(s.student_no, st.staff_no), "
               "coalesce(s.name, st.name), s.class_id, cl.name, cl.grade, l.lent_at, %1, "
               "(SELECT count(*) FROM library_renewals rn WHERE rn.loan_id = l.id AND "
               "rn.deleted = 0), l.desk, %2 "
               "FROM library_loans l JOIN library_copies c ON c.id = l.copy_id "
               "JOIN library_titles t ON t.id = c.title_id "
               "LEFT JOIN students s ON l.patron_kind = 'student' AND s.id = l.patron_id "
               "LEFT JOIN staff st ON l.patron_kind = 'staff' AND st.id = l.patron_id "
               "LEFT JOIN classes cl ON cl.id = s.class_id ")
        .arg(dueExpression(), openCondition());
}

LoanInfo readLoan(const QSqlQuery &q)
{
    LoanInfo l;
    l.id = q.value(0).toString();
    l.copyId = q.value(1).toString();
    l.barcode = q.value(2).toString();
    l.titleId = q.value(3).toString();
    l.title = q.value(4).toString();
    l.callNo = q.value(5).toString();
    l.itemType = q.value(6).toString();
    l.patronKind = q.value(7).toString();
    l.patronId = q.value(8).toString();
    l.patronCardNo = maskedCardNo(l.patronKind, q.value(9).toString());
    l.patronName = q.value(10).toString();
    l.classId = q.value(11).toString();
    l.grade = q.value(13).toInt();
    l.className = q.value(12).isNull() ? QString() : className(l.grade, q.value(12).toString());
    l.lentAt = parseTimestamp(q.value(14));
    l.dueOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    l.renewals = q.value(16).toInt();
    l.desk = q.value(17).toString();
    l.open = q.value(18).toBool();
    return l;
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

QString maskedCardNo(const QString &kind, const QString &cardNo)
{
    return kind == QLatin1String("student") ? Validators::maskStudentNo(cardNo) : cardNo;
}

QString className(int grade, const QString &name)
{
    return Grades::className(grade, name);
}

} // namespace CirculationSql

using namespace CirculationSql;

bool Patron::mayBorrow() const
{
    return kind == QLatin1String("student")
               ? status != QLatin1String("graduated") && status != QLatin1String("transferred")
               : status != QLatin1String("left");
}

int LoanInfo::overdueDays(const QDate &today) const
{
    return open && dueOn.isValid() && dueOn < today ? int(dueOn.daysTo(today)) : 0;
}

Circulation::Circulation(const Session &session)
    : m_session(session)
    , m_db(session.database())
    , m_rules(session)
{}

void Circulation::setNow(const QDateTime &now)
{
    m_now = now;
}

QDateTime Circulation::now() const
{
    return m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
}

QDate Circulation::today() const
{
    return now().toLocalTime().date();
}

QString Circulation::timestamp(const QDateTime &t) const
{
    return CirculationSql::timestamp(t);
}

std::optional<Patron> Circulation::findPatron(const QString &cardNo) const
{
    m_session.require(Permission::LibraryCirculate, tr("look up a reader"));
    const QString no = cardNo.trimmed();
    if (no.isEmpty())
        return std::nullopt;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT s.id FROM students s WHERE s.student_no = ? "
                                           "AND s.deleted = 0"),
                            {no});
    if (q.next())
        return patron(QStringLiteral("student"), q.value(0).toString());
    q = m_db.exec(QStringLiteral("SELECT id FROM staff WHERE staff_no = ? AND deleted = 0"), {no});
    if (q.next())
        return patron(QStringLiteral("staff"), q.value(0).toString());
    // Scanners of some cards send the number in lower case.
    if (no != no.toUpper())
        return findPatron(no.toUpper());
    return std::nullopt;
}

Patron Circulation::patron(const QString &kind, const QString &id) const
{
    Patron p;
    p.kind = kind;
    if (kind == QLatin1String("student")) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT s.id, s.student_no, s.name, s.class_id, "
                                               "c.grade, c.name, s.status FROM students s LEFT "
                                               "JOIN classes c ON c.id = s.class_id WHERE s.id = "
                                               "? AND s.deleted = 0"),
                                {id});
        if (!q.next())
            throw Error(tr("There is no reader %1.").arg(id), Error::NotFound);
        p.id = q.value(0).toString();
        p.cardNo = maskedCardNo(kind, q.value(1).toString());
        p.name = q.value(2).toString();
        p.classId = q.value(3).toString();
        p.grade = q.value(4).toInt();
        p.className = q.value(5).isNull() ? QString() : className(p.grade, q.value(5).toString());
        p.status = q.value(6).toString();
    } else if (kind == QLatin1String("staff")) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, staff_no, name, role, active FROM staff "
                                               "WHERE id = ? AND deleted = 0"),
                                {id});
        if (!q.next())
            throw Error(tr("There is no reader %1.").arg(id), Error::NotFound);
        p.id = q.value(0).toString();
        p.cardNo = q.value(1).toString();
        p.name = q.value(2).toString();
        p.className = q.value(3).toString();
        p.status = q.value(4).toInt() ? QStringLiteral("active") : QStringLiteral("left");
    } else {
        throw Error(tr("Unknown reader type \"%1\".").arg(kind), Error::Invalid);
    }
    return p;
}

void Circulation::checkCanBorrow(const Patron &patron) const
{
    if (!patron.isValid())
        throw Error(tr("Scan a reader's card first."), Error::Invalid);
    if (patron.mayBorrow())
        return;
    if (patron.status == QLatin1String("graduated"))
        throw Error(tr("%1 has graduated and cannot borrow.").arg(patron.name), Error::Invalid);
    if (patron.status == QLatin1String("transferred"))
        throw Error(tr("%1 has transferred to another school and cannot borrow.").arg(patron.name),
                    Error::Invalid);
    throw Error(tr("%1 no longer works at the school and cannot borrow.").arg(patron.name),
                Error::Invalid);
}

CheckoutResult Circulation::checkout(const QString &cardNo, const QString &barcode)
{
    m_session.require(Permission::LibraryCirculate, tr("lend books"));
    const std::optional<Patron> p = findPatron(cardNo);
    if (!p)
        throw Error(tr("No reader has card number %1.").arg(cardNo.trimmed()), Error::NotFound);
    return checkout(*p, barcode);
}

CheckoutResult Circulation::checkout(const Patron &patron, const QString &barcode)
{
    m_session.require(Permission::LibraryCirculate, tr("lend books"));
    checkCanBorrow(patron);
    const QString scan = barcode.trimmed();
    const std::optional<CopyRow> copy = copyByBarcode(m_db, scan);
    if (!copy)
        throw Error(tr("No copy has barcode %1.").arg(scan), Error::NotFound);
    const QString what = QStringLiteral("%1 (%2)").arg(copy->title, copy->barcode);
    if (copy->status != QLatin1String("active"))
        throw Error(tr("%1 is %2 and cannot be lent.")
                        .arg(what, LibraryKeys::copyStatusTitle(copy->status)),
                    Error::Invalid);
    const CirculationRule rule = m_rules.rule(patron.kind, copy->itemType);
    if (rule.loanDays <= 0)
        throw Error(tr("%1 is for reference only and is not lent.").arg(what), Error::Invalid);
    if (const std::optional<LoanInfo> open = openLoanOfCopy(copy->id)) {
        if (open->patronId == patron.id)
            throw Error(
                tr("%1 is already lent to %2, due %3.").arg(what, patron.name, day(open->dueOn)),
                Error::Invalid);
        throw Error(tr("%1 is on loan to %2 (due %3): return it first.")
                        .arg(what, open->patronName, day(open->dueOn)),
                    Error::Invalid);
    }
    const QList<HoldInfo> heldHere
        = queryHolds(QStringLiteral("h.copy_id = ? AND h.status = 'ready'"), {copy->id});
    for (const HoldInfo &h : heldHere)
        if (h.patronId != patron.id)
            throw Error(tr("%1 is held for %2 until %3.")
                            .arg(what,
                                 h.patronName
                                     + (h.patronCardNo.isEmpty()
                                            ? QString()
                                            : QStringLiteral(" (%1)").arg(h.patronCardNo)),
                                 day(h.readyUntil)),
                        Error::Invalid);
    const int holding
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM library_loans l WHERE l.patron_id = ? "
                                     "AND l.deleted = 0 AND ")
                          + openCondition(),
                      {patron.id})
              .toInt();
    if (holding >= rule.maxItems)
        throw Error(tr("%1 already has %2 items on loan, the most a %3 may borrow.")
                        .arg(patron.name)
                        .arg(holding)
                        .arg(LibraryKeys::patronKindTitle(patron.kind)),
                    Error::Invalid);

    // The loan must come after the copy's last return, even if this desk's clock is behind the
    // desk that took the return; otherwise that return would close it.
    QDateTime lentAt = now();
    const QDateTime lastReturn = parseTimestamp(
        m_db.scalar(QStringLiteral("SELECT max(returned_at) FROM library_returns WHERE copy_id = ? "
                                   "AND deleted = 0"),
                    {copy->id}));
    if (lastReturn.isValid() && lastReturn >= lentAt)
        lentAt = lastReturn.addMSecs(1);
    const QDate due = m_rules.dueDate(lentAt.toLocalTime().date(), rule.loanDays);
    const QString loanId = Uuid::v7();
    bool fulfilled = false;
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("INSERT INTO library_loans (id, copy_id, patron_kind, patron_id, "
                                 "lent_at, due_on, desk, lent_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {loanId,
                   copy->id,
                   patron.kind,
                   patron.id,
                   timestamp(lentAt),
                   day(due),
                   m_desk.isEmpty() ? QVariant() : QVariant(m_desk),
                   m_session.displayName()});
        // The reader's own hold on the title is served by whichever copy they take.
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM library_holds WHERE title_id = ? "
                                               "AND patron_id = ? AND status IN ('waiting', "
                                               "'ready') AND deleted = 0"),
                                {copy->titleId, patron.id});
        while (q.next()) {
            m_db.exec(QStringLiteral("UPDATE library_holds SET status = 'fulfilled', copy_id = ? "
                                     "WHERE id = ?"),
                      {copy->id, q.value(0)});
            fulfilled = true;
        }
    });
    CheckoutResult result;
    result.loan = loan(loanId);
    result.patron = patron;
    result.fulfilledHold = fulfilled;
    return result;
}

ReturnResult Circulation::giveBack(const QString &barcode)
{
    m_session.require(Permission::LibraryCirculate, tr("take returns"));
    const QString scan = barcode.trimmed();
    const std::optional<CopyRow> copy = copyByBarcode(m_db, scan);
    if (!copy)
        throw Error(tr("No copy has barcode %1.").arg(scan), Error::NotFound);
    ReturnResult result;
    result.copyId = copy->id;
    result.barcode = copy->barcode;
    result.title = copy->title;
    result.callNo = copy->callNo;
    result.closedLoans
        = queryLoans(QStringLiteral("l.copy_id = ? AND l.deleted = 0 AND ") + openCondition(),
                     {copy->id},
                     QStringLiteral("l.lent_at, l.id"));
    QDateTime returnedAt = now();
    for (const LoanInfo &l : std::as_const(result.closedLoans)) {
        // A return dated before a loan would not close it: this desk's clock may be behind.
        if (l.lentAt >= returnedAt)
            returnedAt = l.lentAt.addMSecs(1);
        result.overdueDays = qMax(result.overdueDays, l.overdueDays(today()));
    }
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("INSERT INTO library_returns (id, copy_id, loan_id, returned_at, "
                                 "desk, returned_by) VALUES (?, ?, ?, ?, ?, ?)"),
                  {Uuid::v7(),
                   copy->id,
                   result.closedLoans.isEmpty() ? QVariant()
                                                : QVariant(result.closedLoans.constLast().id),
                   timestamp(returnedAt),
                   m_desk.isEmpty() ? QVariant() : QVariant(m_desk),
                   m_session.displayName()});
        if (copy->status == QLatin1String("active"))
            result.heldFor = putAsideForHold(copy->id, copy->titleId);
    });
    return result;
}

QDate Circulation::renew(const QString &loanId)
{
    m_session.require(Permission::LibraryCirculate, tr("renew loans"));
    const LoanInfo l = loan(loanId);
    const QString what = QStringLiteral("%1 (%2)").arg(l.title, l.barcode);
    if (!l.open)
        throw Error(tr("%1 has been returned.").arg(what), Error::Invalid);
    const Patron p = patron(l.patronKind, l.patronId);
    checkCanBorrow(p);
    const CirculationRule rule = m_rules.rule(l.patronKind, l.itemType);
    if (l.renewals >= rule.renewals)
        throw Error(
            rule.renewals == 0
                ? tr("%1 cannot be renewed.").arg(what)
                : tr("%1 has been renewed %2 times, the most allowed.").arg(what).arg(l.renewals),
            Error::Invalid);
    const int waiting
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM library_holds WHERE title_id = ? AND "
                                     "status = 'waiting' AND patron_id <> ? AND deleted = 0"),
                      {l.titleId, l.patronId})
              .toInt();
    if (waiting > 0)
        throw Error(tr("%1 cannot be renewed: %2 reader(s) wait for it.").arg(what).arg(waiting),
                    Error::Invalid);
    // A renewal counts from today, never earlier than the current due date.
    QDate due = m_rules.dueDate(today(), rule.loanDays);
    if (due < l.dueOn)
        due = l.dueOn;
    m_db.exec(QStringLiteral("INSERT INTO library_renewals (id, loan_id, renewed_at, due_on, "
                             "renewed_by) VALUES (?, ?, ?, ?, ?)"),
              {Uuid::v7(), loanId, timestamp(now()), day(due), m_session.displayName()});
    return due;
}

} // namespace SchoolSuite
