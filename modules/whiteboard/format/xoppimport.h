#pragma once

#include "whiteboard/document/boarddocument.h"

namespace SchoolSuite {

// Xournal++ documents (.xopp: gzip-compressed XML; .xoj of the original Xournal too): pages,
// layers, pen and highlighter strokes with their pressure widths, text, images and LaTeX
// images, solid backgrounds with their ruling, PDF and image backgrounds found beside the file.
namespace XoppImport {

// Throws Error when the file is not a Xournal++ document at all; damaged elements become
// warnings of the document and the rest is read.
BoardDocument read(const QString &path);
BoardDocument readData(const QByteArray &data, const QString &path);

// A gzip member (RFC 1952) inflated with zlib; out holds what inflated before a problem.
enum class Gunzip { Ok, Damaged, TooLarge };
Gunzip gunzip(const QByteArray &data, QByteArray *out, qint64 maxSize);

} // namespace XoppImport

} // namespace SchoolSuite
