#pragma once

#include "whiteboard/document/boarddocument.h"

namespace SchoolSuite {

// The native format (docs/board-format.md): a ZIP with manifest.json, one SVG per page
// (pages/NNNN.svg, SvgPage), the raw ink beside it (ink/NNNN.ink, InkCodec) and every asset
// embedded (assets/<sha256>.<ext>). Pages are read when first used.
namespace BoardFile {

inline constexpr int Version = 1;
inline constexpr auto Format = "schoolsuite-board";
inline constexpr auto Suffix = "ssboard";
inline constexpr auto MimeType = "application/x-schoolsuite-board";

// Throws Error when the file is not a board document, is of a newer version, or its manifest
// is unreadable; damage inside a page or a missing asset becomes a warning of the document.
BoardDocument read(const QString &path);
BoardDocument readData(const QByteArray &data, const QString &name);
// Writes through a QSaveFile: the old file stays until the new one is complete.
void write(const BoardDocument &document, const QString &path);
QByteArray writeData(const BoardDocument &document);

} // namespace BoardFile

} // namespace SchoolSuite
