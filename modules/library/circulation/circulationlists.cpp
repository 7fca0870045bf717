// The lists of the circulation facts: open loans, overdue per class, the graduating-class
// clearance (毕业清还), copies lent twice, the counts of `library stats`.
#include "circulation.h"
#include "circulation_p.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace SchoolSuite {

using namespace CirculationSql;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Circulation", text);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

const QString kByClass
    = QStringLiteral("cl.grade, length(cl.name), cl.name, s.name, l.lent_at, l.id");
} // namespace

QList<LoanInfo> Circulation::queryLoans(const QString &where,
                                        const QVariantList &bindings,
                                        const QString &order) const
{
    QSqlQuery q = m_db.exec(loanSelect() + QStringLiteral("WHERE ") + where
                                + QStringLiteral(" ORDER BY ") + order,
                            bindings);
    QList<LoanInfo> list;
    while (q.next())
        list << readLoan(q);
    return list;
}

QStringList Circulation::visibleClassIds() const
{
    return m_session.limitedToOwnClasses() ? m_session.ownClassIds() : QStringList();
}

std::optional<LoanInfo> Circulation::openLoanOfCopy(const QString &copyId) const
{
    const QList<LoanInfo> loans
        = queryLoans(QStringLiteral("l.copy_id = ? AND l.deleted = 0 AND ") + openCondition(),
                     {copyId},
                     QStringLiteral("l.lent_at DESC, l.id DESC LIMIT 1"));
    if (loans.isEmpty())
        return std::nullopt;
    return loans.first();
}

LoanInfo Circulation::loan(const QString &loanId) const
{
    m_session.require(Permission::LibraryView, tr("view loans"));
    const QList<LoanInfo> loans = queryLoans(
        QStringLiteral("l.id = ? AND l.deleted = 0"), {loanId}, QStringLiteral("l.id"));
    if (loans.isEmpty())
        throw Error(tr("There is no loan %1.").arg(loanId), Error::NotFound);
    return loans.first();
}

QList<LoanInfo> Circulation::loansOf(const Patron &patron) const
{
    m_session.require(Permission::LibraryCirculate, tr("look up a reader"));
    QList<LoanInfo> loans
        = queryLoans(QStringLiteral("l.patron_id = ? AND l.deleted = 0 AND ") + openCondition(),
                     {patron.id},
                     QStringLiteral("l.lent_at, l.id"));
    std::stable_sort(loans.begin(), loans.end(), [](const LoanInfo &a, const LoanInfo &b) {
        return a.dueOn < b.dueOn;
    });
    return loans;
}

QList<LoanInfo> Circulation::openLoans() const
{
    m_session.require(Permission::LibraryView, tr("view loans"));
    QString where = QStringLiteral("l.deleted = 0 AND ") + openCondition();
    QVariantList bindings;
    if (m_session.limitedToOwnClasses()) {
        const QStringList own = visibleClassIds();
        where += QStringLiteral(" AND s.class_id IN (%1)").arg(placeholders(own.size()));
        for (const QString &id : own)
            bindings << id;
    }
    return queryLoans(where, bindings, QStringLiteral("l.lent_at, l.id"));
}

QList<LoanInfo> Circulation::overdueLoans(const QString &classId) const
{
    m_session.require(Permission::LibraryView, tr("view overdue loans"));
    QString where = QStringLiteral("l.deleted = 0 AND l.patron_kind = 'student' AND ")
                    + openCondition() + QStringLiteral(" AND ") + dueExpression()
                    + QStringLiteral(" < ?");
    QVariantList bindings{today().toString(Qt::ISODate)};
    QStringList classes;
    if (m_session.limitedToOwnClasses()) {
        classes = visibleClassIds();
        if (!classId.isEmpty()) {
            if (!classes.contains(classId))
                m_session.deny(tr("the overdue loans of another class"));
            classes = {classId};
        }
    } else if (!classId.isEmpty()) {
        classes = {classId};
    }
    if (m_session.limitedToOwnClasses() || !classId.isEmpty()) {
        where += QStringLiteral(" AND s.class_id IN (%1)").arg(placeholders(classes.size()));
        for (const QString &id : std::as_const(classes))
            bindings << id;
    }
    return queryLoans(where, bindings, kByClass);
}

int Circulation::topGrade() const
{
    return m_db
        .scalar(QStringLiteral("SELECT max(c.grade) FROM classes c WHERE c.deleted = 0 AND EXISTS "
                               "(SELECT 1 FROM students s WHERE s.class_id = c.id AND s.deleted = "
                               "0 AND s.status = 'enrolled')"))
        .toInt();
}

QList<ClassChoice> Circulation::classes() const
{
    m_session.require(Permission::LibraryView, tr("view loans"));
    const QStringList own = visibleClassIds();
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, grade, name FROM classes WHERE deleted = 0 "
                                           "ORDER BY grade, length(name), name"));
    QList<ClassChoice> list;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (m_session.limitedToOwnClasses() && !own.contains(id))
            continue;
        list << ClassChoice{
            id, className(q.value(1).toInt(), q.value(2).toString()), q.value(1).toInt()};
    }
    return list;
}

QString Circulation::schoolName() const
{
    return m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'school_name'"))
        .toString();
}

bool Circulation::isCopyBarcode(const QString &barcode) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM library_copies WHERE barcode = ? AND "
                                      "deleted = 0"),
                       {barcode.trimmed()})
               .toInt()
           > 0;
}

QList<LoanInfo> Circulation::clearanceLoans(const QString &classId) const
{
    m_session.require(Permission::LibraryView, tr("view the clearance report"));
    QString where
        = QStringLiteral("l.deleted = 0 AND l.patron_kind = 'student' AND ") + openCondition();
    QVariantList bindings;
    if (!classId.isEmpty()) {
        if (m_session.limitedToOwnClasses() && !visibleClassIds().contains(classId))
            m_session.deny(tr("the clearance report of another class"));
        where += QStringLiteral(" AND s.class_id = ?");
        bindings << classId;
    } else {
        where += QStringLiteral(" AND cl.grade = ?");
        bindings << topGrade();
        if (m_session.limitedToOwnClasses()) {
            const QStringList own = visibleClassIds();
            where += QStringLiteral(" AND s.class_id IN (%1)").arg(placeholders(own.size()));
            for (const QString &id : own)
                bindings << id;
        }
    }
    return queryLoans(where, bindings, kByClass);
}

QList<DoubleLend> Circulation::doubleLends() const
{
    m_session.require(Permission::LibraryView, tr("view loans"));
    const QList<LoanInfo> loans = queryLoans(
        QStringLiteral("l.deleted = 0 AND ") + openCondition()
            + QStringLiteral(" AND l.copy_id IN (SELECT l.copy_id FROM library_loans l WHERE "
                             "l.deleted = 0 AND %1 GROUP BY l.copy_id HAVING count(*) > 1)")
                  .arg(openCondition()),
        {},
        QStringLiteral("c.barcode, l.lent_at, l.id"));
    QList<DoubleLend> list;
    for (const LoanInfo &l : loans) {
        if (list.isEmpty() || list.constLast().copyId != l.copyId)
            list << DoubleLend{l.copyId, l.barcode, l.title, {}};
        list.last().loans << l;
    }
    return list;
}

CirculationStats Circulation::stats() const
{
    m_session.require(Permission::LibraryView, tr("view library statistics"));
    CirculationStats s;
    s.titles = m_db.scalar(QStringLiteral("SELECT count(*) FROM library_titles WHERE deleted = 0"))
                   .toInt();
    s.copies = m_db.scalar(QStringLiteral("SELECT count(*) FROM library_copies WHERE deleted = 0"))
                   .toInt();
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*), coalesce(sum(due < ?), 0) FROM "
                                           "(SELECT %1 AS due FROM library_loans l WHERE "
                                           "l.deleted = 0 AND %2)")
                                .arg(dueExpression(), openCondition()),
                            {today().toString(Qt::ISODate)});
    if (q.next()) {
        s.loansOpen = q.value(0).toInt();
        s.overdue = q.value(1).toInt();
    }
    return s;
}

} // namespace SchoolSuite
