#pragma once

#include "boarditems.h"

#include <QSizeF>

namespace SchoolSuite {

// Backgrounds for Chinese classrooms: 田字格 and 米字格 for characters, 四线三格 for pinyin
// and English handwriting; an imported PDF page or image lies under the pattern.
struct BoardBackground
{
    enum class Pattern : quint8 { Plain, Grid, Tianzige, Mizige, FourLine, Ruled, Dotted };
    Pattern pattern = Pattern::Plain;
    QColor color = Qt::white;
    QColor lineColor = QColor(0xb4, 0xc8, 0xdc);
    float spacing = 30; // grid cell, character box or line group height, in page units
    QString imageAsset; // an image filling the page
    QString pdfAsset;   // a PDF of the document's assets and its page (0-based)
    int pdfPage = -1;

    static BoardBackground dark(); // chalkboard: dark green, light lines
    bool isDark() const { return color.lightnessF() < 0.4; }
    friend bool operator==(const BoardBackground &, const BoardBackground &) = default;
};

struct BoardLayer
{
    QString id;
    QString name;
    bool visible = true;
    QList<BoardItem> items;
    friend bool operator==(const BoardLayer &, const BoardLayer &) = default;
};

struct BoardPage
{
    // 16:9 at 72 units per inch: 13.33 × 7.5 in, the size of a widescreen slide.
    static constexpr QSizeF defaultSize() { return QSizeF(960, 540); }

    QString id;
    QSizeF size = defaultSize();
    bool endless = false; // an endless canvas: size is the first view, items may lie outside
    BoardBackground background;
    QList<BoardLayer> layers;

    // A page with one empty layer.
    static BoardPage blank(const QString &layerName = QString());
    int itemCount() const;
    int strokeCount() const;
    // What must be drawn: the page, or for an endless canvas the page and every item.
    QRectF extent() const;
    friend bool operator==(const BoardPage &, const BoardPage &) = default;
};

} // namespace SchoolSuite
