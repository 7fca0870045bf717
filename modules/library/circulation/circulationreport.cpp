#include "circulationreport.h"

#include "equipment/value/reportdocument.h"

#include <QCoreApplication>

namespace SchoolSuite::CirculationReport {

namespace {
using ReportDocument::esc;

QString classOf(const LoanInfo &l)
{
    return l.className.isEmpty()
               ? QCoreApplication::translate("SchoolSuite::CirculationReport", "(no class)")
               : l.className;
}

QString header(const QString &title, const QString &schoolName, const QDate &today)
{
    return QStringLiteral("<h1>%1</h1><p class=\"meta\">%2 · %3</p>")
        .arg(esc(title),
             esc(schoolName),
             esc(QCoreApplication::translate("SchoolSuite::CirculationReport", "As of %1")
                     .arg(today.toString(Qt::ISODate))));
}
} // namespace

QString overdueTitle()
{
    return QCoreApplication::translate("SchoolSuite::CirculationReport", "Overdue loans by class");
}

QString clearanceTitle()
{
    return QCoreApplication::translate("SchoolSuite::CirculationReport",
                                       "Graduation clearance (毕业清还)");
}

QString overdueHtml(const QList<LoanInfo> &loans, const QDate &today, const QString &schoolName)
{
    QString html;
    if (loans.isEmpty())
        return header(overdueTitle(), schoolName, today)
               + QStringLiteral("<p>%1</p>")
                     .arg(esc(QCoreApplication::translate("SchoolSuite::CirculationReport",
                                                          "No loans are overdue.")));
    QString current;
    bool first = true;
    for (const LoanInfo &l : loans) {
        if (first || classOf(l) != current) {
            if (!first)
                html += QStringLiteral("</table>");
            current = classOf(l);
            // One class a page: each homeroom teacher gets their own sheet.
            html += QStringLiteral("<div%1>").arg(
                        first ? QString() : QStringLiteral(" style=\"page-break-before: always\""))
                    + header(overdueTitle(), schoolName, today)
                    + QStringLiteral("<h2>%1</h2></div>").arg(esc(current));
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellpadding=\"4\"><tr><th>%1"
                                   "</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th "
                                   "class=\"num\">%6</th></tr>")
                        .arg(esc(QCoreApplication::translate("SchoolSuite::CirculationReport",
                                                             "Student")),
                             esc(QCoreApplication::translate("SchoolSuite::CirculationReport",
                                                             "Title")),
                             esc(QCoreApplication::translate("SchoolSuite::CirculationReport",
                                                             "Barcode")),
                             esc(QCoreApplication::translate("SchoolSuite::CirculationReport",
                                                             "Lent")),
                             esc(QCoreApplication::translate("SchoolSuite::CirculationReport",
                                                             "Due")),
                             esc(QCoreApplication::translate("SchoolSuite::CirculationReport",
                                                             "Days overdue")));
            first = false;
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td "
                               "class=\"num\">%6</td></tr>")
                    .arg(esc(l.patronName),
                         esc(l.title),
                         esc(l.barcode),
                         l.lentAt.toLocalTime().date().toString(Qt::ISODate),
                         l.dueOn.toString(Qt::ISODate))
                    .arg(l.overdueDays(today));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString clearanceHtml(const QList<LoanInfo> &loans,
                      const QDate &today,
                      const QString &schoolName,
                      const QString &scope)
{
    QString html = header(clearanceTitle(), schoolName, today);
    if (!scope.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(scope));
    QStringList students;
    for (const LoanInfo &l : loans)
        if (!students.contains(l.patronId))
            students << l.patronId;
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(QCoreApplication::translate(
                             "SchoolSuite::CirculationReport",
                             "%1 students have %2 books to return before they leave.")
                             .arg(students.size())
                             .arg(loans.size())));
    if (loans.isEmpty())
        return html
               + QStringLiteral("<p>%1</p>")
                     .arg(esc(QCoreApplication::translate("SchoolSuite::CirculationReport",
                                                          "Every book is back.")));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellpadding=\"4\"><tr><th>%1</th>"
                           "<th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(esc(QCoreApplication::translate("SchoolSuite::CirculationReport", "Class")),
                     esc(QCoreApplication::translate("SchoolSuite::CirculationReport", "Student")),
                     esc(QCoreApplication::translate("SchoolSuite::CirculationReport", "Title")),
                     esc(QCoreApplication::translate("SchoolSuite::CirculationReport",
                                                     "Call number")),
                     esc(QCoreApplication::translate("SchoolSuite::CirculationReport", "Barcode")),
                     esc(QCoreApplication::translate("SchoolSuite::CirculationReport", "Due")));
    for (const LoanInfo &l : loans)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td></tr>")
                    .arg(esc(classOf(l)),
                         esc(l.patronName),
                         esc(l.title),
                         esc(l.callNo),
                         esc(l.barcode),
                         l.dueOn.toString(Qt::ISODate));
    return html + QStringLiteral("</table>");
}

void print(const QString &html, const QString &title, QPagedPaintDevice *device)
{
    ReportDocument::print(html, title, device);
}

void writePdf(const QString &html, const QString &title, const QString &path)
{
    ReportDocument::writePdf(html, title, path);
}

} // namespace SchoolSuite::CirculationReport
