#pragma once

#include "whiteboard/document/boarddocument.h"

#include <QHash>
#include <QImage>
#include <QSet>

class QPainter;

namespace SchoolSuite {

// Draws pages with QPainter in page units: the board widget, the thumbnails, PNG and PDF
// export all draw through here, so what is exported is what was on the board. Decoded images
// and rendered PDF backgrounds are kept for the renderer's lifetime.
class BoardRenderer
{
public:
    explicit BoardRenderer(const BoardDocument &document);
    ~BoardRenderer();

    // exposed: the part to draw, in page units (empty: all of it). Items outside it are skipped,
    // and so are the items whose ids are in hidden (being erased).
    void paintPage(QPainter &painter,
                   const BoardPage &page,
                   const QRectF &exposed = {},
                   const QSet<QString> &hidden = {}) const;
    void paintBackground(QPainter &painter, const BoardPage &page, const QRectF &area) const;
    void paintItem(QPainter &painter, const BoardItem &item) const;

    // Computes what drawing page needs (stroke outlines, decoded images, the PDF background),
    // after which paintPage of that page only reads: several threads may then paint parts of it
    // at once, each with its own painter.
    void prepare(const BoardPage &page) const;

    // Backgrounds of imported PDF pages are drawn as images at this many pixels per page
    // unit (2 ≈ 144 dpi); a PDF export draws them at its own resolution.
    void setPdfBackgroundScale(qreal scale) { m_pdfScale = scale; }

    static void paintStroke(QPainter &painter, const Stroke &stroke);
    // The background's pattern: over the whole page of a size (area: the page), or over area
    // of an endless page, laid out from its origin so that parts drawn apart (bands, a redrawn
    // area) join up.
    static void paintPattern(QPainter &painter,
                             const BoardBackground &background,
                             const QRectF &area,
                             bool endless = false);

private:
    QImage image(const QString &asset) const;
    QImage pdfPage(const QString &asset, int page, const QSizeF &size) const;

    const BoardDocument &m_document;
    qreal m_pdfScale = 2;
    mutable QHash<QString, QImage> m_images;
};

} // namespace SchoolSuite
