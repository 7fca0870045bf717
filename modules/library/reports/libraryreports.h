#pragma once

#include "core/auth/session.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SchoolSuite {
class Database;
}

namespace SchoolSuite::Library {

// The 22 main classes of the Chinese Library Classification (中图法).
namespace ClcClasses {
QStringList letters();               // A B C D E F G H I J K N O P Q R S T U V X Z
QString name(const QString &letter); // translated: 文学, Literature; "" for no main class
} // namespace ClcClasses

// Titles and copies of one main class. letter "" gathers copies without a valid class number.
struct ClassCount
{
    QString letter;
    QString name;
    int titles = 0;
    int copies = 0;
};

// 生均图书: copies in the collection per enrolled student, against the target the school set in
// the library settings (key books_per_student_target), when it set one.
struct BooksPerStudent
{
    int copies = 0;
    int students = 0;
    double value() const { return students > 0 ? double(copies) / students : 0.0; }
    std::optional<double> target;
};

// Loans per month of a period, one row per class (or grade), in the order of the grades.
struct MonthlyLoans
{
    struct Row
    {
        QString key;   // class id, grade number, or "staff"
        QString label; // 七年级(2)班, 七年级, 教职工
        int grade = 0;
        QList<int> perMonth; // as months
        int total = 0;
    };
    QList<QDate> months; // the first day of each month of the period
    QList<Row> rows;
    QList<int> totalPerMonth;
    int total = 0;
};

// A title and how often it was lent in the period.
struct TopTitle
{
    QString titleId;
    QString title;
    QString responsibility;
    QString clc;
    int loans = 0;
};

// The library's figures (docs/user-guide/*/library.md, "Reports") on behalf of a session with
// LibraryView: the collection by main class, books per student, loans per class and grade per
// month, the most borrowed titles. The collection counts copies that are not withdrawn or lost;
// loans are the library_loans facts, counted in the month they were made (local time), students
// by the class they are in now.
class LibraryReports
{
public:
    explicit LibraryReports(const Session &session); // throws PermissionDenied

    // Every main class in order (those without copies too), then the unclassified ones if any.
    QList<ClassCount> collectionByClass() const;
    BooksPerStudent booksPerStudent() const;
    enum class Grouping { Class, Grade };
    // Loans made from from to to (both days included, local dates); staff loans as a last row.
    MonthlyLoans loansPerMonth(const QDate &from, const QDate &to, Grouping grouping) const;
    // The count most lent titles of the period, most lent first (then by title).
    QList<TopTitle> mostBorrowed(const QDate &from, const QDate &to, int count) const;
    QString schoolName() const;

    // The school year a date is in: 1 September to 31 August.
    static QPair<QDate, QDate> schoolYearOf(const QDate &day);

private:
    const Session &m_session;
    Database &m_db;
};

} // namespace SchoolSuite::Library
