#pragma once

#include "whiteboard/document/boarddocument.h"

#include <functional>

namespace SchoolSuite {

// Export for paper and for other programs: vector PDF (one PDF page per board page, the page's
// size in points) and PNG images per page. Both draw with BoardRenderer.
namespace BoardExport {

// progress(done, total) after each page; false cancels (nothing is written then).
using Progress = std::function<bool(int, int)>;

// Written through a QSaveFile. Throws Error if the file cannot be written or was cancelled.
void toPdf(const BoardDocument &document, const QString &path, const Progress &progress = {});
QByteArray toPdfData(const BoardDocument &document);

// One PNG per page: path itself for a one-page document, else name-001.png, name-002.png...
// scale: pixels per page unit. Returns the files written.
QStringList toPng(const BoardDocument &document, const QString &path, qreal scale = 2);
QImage pageImage(const BoardDocument &document, int page, qreal scale);

} // namespace BoardExport

} // namespace SchoolSuite
