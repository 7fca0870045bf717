#pragma once

#include "whiteboard/document/boarddocument.h"

namespace SchoolSuite {

// Documents of OpenBoard and of the IWB/CFF interchange format (docs/board-format.md, "Other
// formats"). Both are ZIP files of SVG pages with media beside them:
// - OpenBoard .ubz: metadata.rdf, page000.svg, page001.svg, … in scene units with the origin at
//   the page centre (ub:nominal-size), ink as a <g> of a <polyline> (constant width) or of one
//   <polygon> per segment (pressure), text as Qt rich text in a foreignObject, images/,
//   videos/, audios/, PDF pages (objects/) as backgrounds;
// - IWB .iwb: content.xml with <iwb>, an <svg:svg> of <svg:page>s (or one page) and
//   <iwb:element ref background="true"> naming background elements; media in images/, video/,
//   audio/ (OpenBoard's exporter writes audio as an <svg:a> around a speaker image).
// Each page is translated into the native page SVG and read by SvgPage::read, so what the
// native reader accepts (and its limits against crafted files) holds here too. OpenBoard's
// pressure segments become one stroke with the pressure each segment's width gives.
namespace OpenBoardImport {

// Throw Error when the file is not such a document at all; damaged pages, missing media and
// elements without an equivalent (widgets, tools) become warnings of the document.
BoardDocument readUbz(const QByteArray &data, const QString &name);
BoardDocument readIwb(const QByteArray &data, const QString &name);

} // namespace OpenBoardImport

} // namespace SchoolSuite
