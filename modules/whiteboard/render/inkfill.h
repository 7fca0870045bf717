#pragma once

#include <QColor>
#include <QPolygonF>
#include <QRect>
#include <QTransform>

class QImage;
class QPainter;

namespace SchoolSuite {

// Fills the small polygons ink is made of (a pressure stroke's outline) straight into the
// painter's image, antialiased: the polygon's edges are accumulated as signed area per pixel and
// summed along each row (the method of font rasterizers), so a stroke costs its outline and its
// bounding box — far less than Qt's general rasterizer spends on setting up each fill, which is
// what dominates a page of thousands of strokes. Overlapping parts of one outline count once
// (non-zero winding).
//
// Only for a painter on a QImage in ARGB32_Premultiplied, source-over, full opacity, and at most
// a rectangular clip; returns false (nothing drawn) otherwise, and the caller fills with Qt.
bool fillInk(QPainter &painter, const QPolygonF &outline, const QColor &color);

// What fillInk needs of a painter, found once for many fills with the same painter state.
struct InkTarget
{
    QImage *image = nullptr; // null: fillInk cannot draw for this painter
    QRect clip;              // device pixels
    QTransform transform;    // page units to device pixels
    static InkTarget of(QPainter &painter);
};
bool fillInk(const InkTarget &target, const QPolygonF &outline, const QColor &color);

// Whether fillInk uses the processor's vector instructions (SSE2, where the build has them: the
// default) or plain code (every other processor). The two draw the same pixels up to rounding;
// switched off by the tests to check the plain one, and for diagnosis.
void setInkVectorized(bool on);
bool inkVectorized();

} // namespace SchoolSuite
