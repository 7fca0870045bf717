#pragma once

#include "whiteboard/document/boarddocument.h"

namespace SchoolSuite {

// Export to IWB/CFF (.iwb), the interchange format other board programs (OpenBoard, SMART
// Notebook, ActivInspire) import: content.xml with an <svg:pageset>, media in images/, video/
// and audio/ (docs/board-format.md, "Other formats"). Ink of constant width is an
// <svg:polyline>; pressure ink is its outline, an <svg:polygon> in an <svg:g> with the ids
// OpenBoard reads back as ink; text is <svg:textarea> with its lines (<svg:tbreak/>). A page's
// colour is a background <svg:rect>; a pattern, image or PDF page behind the ink is drawn into a
// background image, since IWB has neither.
namespace IwbExport {

QByteArray writeData(const BoardDocument &document);
// Written through a QSaveFile. Throws Error if the file cannot be written.
void write(const BoardDocument &document, const QString &path);

} // namespace IwbExport

} // namespace SchoolSuite
