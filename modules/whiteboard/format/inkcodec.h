#pragma once

#include "whiteboard/document/boardpage.h"

#include <QByteArray>
#include <QHash>

namespace SchoolSuite {

// The raw ink of a page, kept beside its SVG: for every stroke its samples as the device gave
// them (x, y, pressure, time), so smoothing and recognition can be redone later.
// Layout (little-endian): "SSINK1\n\0", then per stroke: u16 id length, the id in UTF-8,
// u32 sample count, and per sample f32 x, f32 y, f32 pressure, u32 milliseconds.
namespace InkCodec {

QByteArray write(const BoardPage &page);
// The strokes' samples by item id. A damaged file gives what was readable before the damage
// and ok false.
QHash<QString, QList<InkSample>> read(const QByteArray &data, bool *ok);

} // namespace InkCodec

} // namespace SchoolSuite
