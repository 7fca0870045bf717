#pragma once

#include "barchart.h"
#include "libraryreports.h"

#include <QDateTime>

class QPagedPaintDevice;

namespace SchoolSuite::Library {

// The library's reports as one printable document (A4, Chinese): the collection by main class
// with its chart, books per student, loans per class and per grade per month with a chart, and
// the most borrowed titles. The charts are the ones the reports tab shows.
namespace ReportsDocument {

struct Data
{
    QString schoolName;
    QDate from;
    QDate to;
    QList<ClassCount> collection;
    BooksPerStudent booksPerStudent;
    MonthlyLoans loansByClass;
    MonthlyLoans loansByGrade;
    QList<TopTitle> mostBorrowed;
    QDateTime generatedAt; // local time
};

Data collect(const LibraryReports &reports, const QDate &from, const QDate &to, int top);

// The charts, also drawn by the reports tab.
BarChart collectionChart(const QList<ClassCount> &collection);
BarChart monthlyChart(const MonthlyLoans &loans); // a stack per month, a colour per row
BarChart topChart(const QList<TopTitle> &titles);
// "12.5 copies per student (target 15)", translated; "—" without enrolled students.
QString booksPerStudentText(const BooksPerStudent &b);

QString html(const Data &data);
void print(const Data &data, QPagedPaintDevice *device);
// Writes an A4 PDF; throws Error when the file cannot be written.
void writePdf(const Data &data, const QString &path);

} // namespace ReportsDocument
} // namespace SchoolSuite::Library
