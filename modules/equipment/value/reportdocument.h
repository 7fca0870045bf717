#pragma once

#include <QString>

class QPagedPaintDevice;

namespace SchoolSuite::ReportDocument {

// The equipment reports are HTML laid out by QTextDocument: on an A4 QPdfWriter or a printer,
// in a CJK font, with page numbers in the footer.
void print(const QString &html, const QString &title, QPagedPaintDevice *device);
// Writes an A4 PDF; throws Error when the file cannot be written.
void writePdf(const QString &html, const QString &title, const QString &path);
// Common pieces of the reports' HTML.
QString esc(const QString &text);
QString styleSheet();

} // namespace SchoolSuite::ReportDocument
