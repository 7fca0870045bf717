#pragma once

#include "whiteboard/document/boardpage.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace SchoolSuite {

// One board page as SVG in the subset of SVG Tiny 1.2 that IWB/CFF uses (polyline, line, rect,
// ellipse, polygon, image, textArea, video, audio, a, g), with attributes of the namespace
// urn:schoolsuite:board for what SVG cannot say (pressure, highlighter, rich text, patterns).
// Any SVG viewer shows the page; SchoolSuite reads it back without loss, together with the
// raw ink kept beside it (InkCodec). Asset references are "assets/<key>".
namespace SvgPage {

inline constexpr auto Namespace = "urn:schoolsuite:board";

QByteArray write(const BoardPage &page);

// The raw samples of the page's strokes by item id (from InkCodec) replace the polyline points.
// Problems that leave the rest of the page readable are appended to warnings, naming the page
// (pageLabel) and the element; a page that is not SVG at all is empty with a warning.
BoardPage read(const QByteArray &svg,
               const QHash<QString, QList<InkSample>> &ink,
               const QString &pageLabel,
               QStringList *warnings);

} // namespace SvgPage

} // namespace SchoolSuite
