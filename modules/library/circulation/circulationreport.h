#pragma once

#include "circulation.h"

#include <QDate>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace SchoolSuite {

// The printable lists of the desk: overdue loans per class, one class a page, for the homeroom
// teachers; the graduating-class clearance (毕业清还) with titles and barcodes per student.
namespace CirculationReport {
QString overdueTitle();
QString clearanceTitle();
QString overdueHtml(const QList<LoanInfo> &loans, const QDate &today, const QString &schoolName);
QString clearanceHtml(const QList<LoanInfo> &loans,
                      const QDate &today,
                      const QString &schoolName,
                      const QString &scope);
void print(const QString &html, const QString &title, QPagedPaintDevice *device);
void writePdf(const QString &html, const QString &title, const QString &path); // throws Error
} // namespace CirculationReport

} // namespace SchoolSuite
