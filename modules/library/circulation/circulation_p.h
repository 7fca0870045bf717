#pragma once

// Shared by the circulation source files: the SQL of a loan row and how to read it.
#include "circulation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace SchoolSuite::CirculationSql {

// The condition under which the loan l is open: no return of the same copy after it.
inline QString openCondition()
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM library_returns r WHERE r.copy_id = "
                          "l.copy_id AND r.deleted = 0 AND r.returned_at > l.lent_at)");
}

// The due date of the loan l after its last renewal.
inline QString dueExpression()
{
    return QStringLiteral("coalesce((SELECT rn.due_on FROM library_renewals rn WHERE rn.loan_id "
                          "= l.id AND rn.deleted = 0 ORDER BY rn.renewed_at DESC, rn.id DESC "
                          "LIMIT 1), l.due_on)");
}

QString loanSelect(); // SELECT … FROM library_loans l JOIN … (no WHERE)
LoanInfo readLoan(const QSqlQuery &q);
QString timestamp(const QDateTime &t);
QDateTime parseTimestamp(const QVariant &value);
QString maskedCardNo(const QString &kind, const QString &cardNo);
QString className(int grade, const QString &name);

} // namespace SchoolSuite::CirculationSql
