#pragma once

#include "whiteboard/document/boarddocument.h"

namespace SchoolSuite {

// Every format the whiteboard opens or writes, chosen by content and file name.
namespace BoardFormats {

enum class Kind { Unknown, Native, Xopp, Ubz, Iwb, Pdf, Image };

// By the file's first bytes, then its extension.
Kind detect(const QString &path);
QString name(Kind kind); // "ssboard", "xopp", "ubz", "iwb", "pdf", "image"

// Opens any format the whiteboard reads. Throws Error naming the file when it cannot.
BoardDocument open(const QString &path);
// Writes by the extension of path: .ssboard, .iwb, .pdf, .png (a page per file). Throws Error for an
// extension it does not write. Returns the files written.
QStringList save(const BoardDocument &document, const QString &path);

// A document of one page per page of a PDF, each PDF page the background to write on.
BoardDocument fromPdf(const QByteArray &pdf, const QString &name);
// A one-page document with the image fitted on a board page.
BoardDocument fromImage(const QByteArray &data, const QString &name);

} // namespace BoardFormats

} // namespace SchoolSuite
