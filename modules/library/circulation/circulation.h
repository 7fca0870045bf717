#pragma once

#include "circulationrules.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SchoolSuite {

class Database;
class Session;

// A reader: a student (card number 学籍号) or a member of staff (工号).
struct Patron
{
    QString kind; // student, staff
    QString id;   // students.id or staff.id
    QString cardNo;
    QString name;
    QString classId;   // students only
    QString className; // "七年级(2)班"; staff: their role
    int grade = 0;
    QString status; // students: enrolled, graduated, transferred, suspended; staff: active, left
    bool mayBorrow() const;
    bool isValid() const { return !id.isEmpty(); }
};

// A loan as the desk and the lists show it: open unless returned.
struct LoanInfo
{
    QString id;
    QString copyId;
    QString barcode;
    QString titleId;
    QString title;
    QString callNo;
    QString itemType;
    QString patronKind;
    QString patronId;
    QString patronCardNo;
    QString patronName;
    QString classId;
    QString className;
    int grade = 0;
    QDateTime lentAt; // UTC
    QDate dueOn;      // after the last renewal
    int renewals = 0;
    QString desk;
    bool open = true;
    int overdueDays(const QDate &today) const; // 0 when not overdue
};

// A hold (预约) on a title; position counts the waiting holds before it, from 1.
struct HoldInfo
{
    QString id;
    QString titleId;
    QString title;
    QString patronKind;
    QString patronId;
    QString patronName;
    QString patronCardNo;
    QDateTime placedAt;
    QString status; // waiting, ready, fulfilled, cancelled, expired
    QString copyId;
    QString barcode;
    QDate readyUntil;
    int position = 0;
};

struct CheckoutResult
{
    LoanInfo loan;
    Patron patron;
    bool fulfilledHold = false; // the patron's own hold on the title was served
};

struct ReturnResult
{
    QString copyId;
    QString barcode;
    QString title;
    QString callNo;
    QList<LoanInfo> closedLoans;     // the loans the return closed (two after a double lend)
    int overdueDays = 0;             // of the most overdue closed loan
    std::optional<HoldInfo> heldFor; // the copy was put aside for this hold (now ready)
    bool wasOnLoan() const { return !closedLoans.isEmpty(); }
};

// A copy with more than one open loan: two desks lent it while offline. Shown until a return.
struct DoubleLend
{
    QString copyId;
    QString barcode;
    QString title;
    QList<LoanInfo> loans; // oldest first
};

// A class the session may list (a homeroom teacher: their own).
struct ClassChoice
{
    QString id;
    QString name; // 七年级(1)班
    int grade = 0;
};

struct CirculationStats
{
    int titles = 0;
    int copies = 0;
    int loansOpen = 0;
    int overdue = 0;
};

// The circulation desk on behalf of a session (docs/user-guide/*/library.md). Loans, returns and
// renewals are facts (append-only): a loan is open while no return of the same copy is dated
// after it, so loans made on two desks offline both survive a sync and the double lend shows
// until a return closes both. LibraryCirculate to lend, return, renew and manage holds;
// LibraryView to read the lists (a homeroom teacher: their own classes).
class Circulation
{
public:
    explicit Circulation(const Session &session);

    // The clock of the desk; tests and the demo set it. Invalid: the real clock.
    void setNow(const QDateTime &now);
    QDateTime now() const;
    QDate today() const;
    void setDesk(const QString &desk) { m_desk = desk; }

    CirculationRules &rules() { return m_rules; }
    const CirculationRules &rules() const { return m_rules; }

    // The reader with this card number (学籍号 or 工号, trimmed), or none.
    std::optional<Patron> findPatron(const QString &cardNo) const;
    Patron patron(const QString &kind, const QString &id) const; // throws NotFound
    QList<LoanInfo> loansOf(const Patron &patron) const;         // open loans, due first
    QList<HoldInfo> holdsOf(const Patron &patron) const;         // waiting and ready holds

    // Lends the copy with this barcode; throws Error (nothing written) naming the scan when the
    // copy is unknown, withdrawn, reference-only, on loan, held for someone else, or the reader
    // may not borrow (left the school, at the maximum).
    CheckoutResult checkout(const Patron &patron, const QString &barcode);
    // By card number, as the CLI and the desk scan it.
    CheckoutResult checkout(const QString &cardNo, const QString &barcode);
    // Returns the copy; throws Error when no copy has the barcode. Returning a copy not on loan
    // is recorded too (it was on the shelf and is checked in), with no closed loans.
    ReturnResult giveBack(const QString &barcode);
    // Renews an open loan: the new due date, or Error when no renewal is left, the loan is
    // closed or someone waits for the title.
    QDate renew(const QString &loanId);

    // Holds on titles, in queue order. place() refuses a reader who already holds or waits.
    QString placeHold(const Patron &patron, const QString &titleId);
    void cancelHold(const QString &holdId);
    QList<HoldInfo> holdQueue(const QString &titleId) const; // waiting and ready, queue order
    // Ready holds past ready_until become expired; the copy goes to the next in the queue (or
    // back to the shelf). Returns how many expired.
    int expireHolds();

    std::optional<LoanInfo> openLoanOfCopy(const QString &copyId) const; // the newest
    LoanInfo loan(const QString &loanId) const;                          // throws NotFound
    QList<LoanInfo> openLoans() const;
    // Overdue open loans of students, by class then name; a homeroom teacher's session sees
    // their own classes only. classId empty: every class the session may see.
    QList<LoanInfo> overdueLoans(const QString &classId = {}) const;
    // 毕业清还: open loans of students of the class, or of every class of the top grade when
    // classId is empty.
    QList<LoanInfo> clearanceLoans(const QString &classId = {}) const;
    int topGrade() const;
    QList<ClassChoice> classes() const; // in grade order
    bool isCopyBarcode(const QString &barcode) const;
    QString schoolName() const; // for the headings of the printed lists
    QList<DoubleLend> doubleLends() const;
    CirculationStats stats() const;

    const Session &session() const { return m_session; }

private:
    QList<LoanInfo> queryLoans(const QString &where,
                               const QVariantList &bindings,
                               const QString &order) const;
    QList<HoldInfo> queryHolds(const QString &where, const QVariantList &bindings) const;
    QStringList visibleClassIds() const; // empty and allClasses: no limit
    void checkCanBorrow(const Patron &patron) const;
    // The first waiting hold on the title gets the copy (ready until today + hold days).
    std::optional<HoldInfo> putAsideForHold(const QString &copyId, const QString &titleId);
    QString timestamp(const QDateTime &t) const;

    const Session &m_session;
    Database &m_db;
    CirculationRules m_rules;
    QDateTime m_now;
    QString m_desk;
};

} // namespace SchoolSuite
