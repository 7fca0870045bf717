#pragma once

#include "whiteboard/document/boarddocument.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace SchoolSuite {

class ZipReader;

// One page of a foreign board file (OpenBoard's page SVG, an IWB page) translated into the
// native page SVG with its ink, then read by SvgPage::read (OpenBoardImport's pages).
namespace ForeignPage {

enum class Dialect { Ubz, Iwb };

// The files a document's pages refer to, each read once, all of them within a budget (a crafted
// file could name one huge member on every page).
struct Media
{
    QHash<QString, QString> keys; // member -> asset key
    qint64 read = 0;
};

struct Setup
{
    Dialect dialect = Dialect::Ubz;
    QSet<QString> backgroundIds; // IWB: elements named as the page's background
    BoardBackground background;  // the page's colour and pattern
};

// x stands on the page's element; reads to its end. Problems become warnings of doc.
BoardPage translate(QXmlStreamReader &x,
                    ZipReader &zip,
                    BoardDocument &doc,
                    Media &media,
                    const QString &label,
                    const Setup &setup,
                    const QSizeF &size,
                    const QPointF &offset);

// The numbers of a points list or a viewBox, empty when one is not a number within any board.
QList<qreal> numbers(QStringView text);

} // namespace ForeignPage

} // namespace SchoolSuite
