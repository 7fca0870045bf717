#pragma once

#include "boarditems.h"

#include <optional>

namespace SchoolSuite {

// Shape straightening: a pen stroke held still at its end becomes the shape it was meant to be —
// a line (snapped to horizontal, vertical or 45° when close), a rectangle, a triangle or another
// polygon of up to six corners, a circle or an ellipse. Nothing when the stroke is none of them
// (handwriting stays handwriting).
namespace ShapeRecognizer {

std::optional<Shape> recognize(const QList<InkSample> &samples, const QColor &colour, float width);

} // namespace ShapeRecognizer

} // namespace SchoolSuite
