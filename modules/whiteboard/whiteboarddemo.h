#pragma once

#include <QString>

namespace SchoolSuite {

// The demo school's boards (schoolsuite-cli demo): a Chinese lesson on 田字格 and 四线三格 with a
// teacher's handwriting, and a maths page on the dark board, written into the data folder's
// whiteboard/ folder where the whiteboard page finds them.
namespace WhiteboardDemo {
// Returns the file written. Throws Error.
QString create(const QString &dataDir, quint32 seed);
} // namespace WhiteboardDemo

} // namespace SchoolSuite
