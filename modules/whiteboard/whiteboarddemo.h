#pragma once

#include <QString>

namespace SchoolSuite {

// The demo school's boards (schoolsuite-cli demo): a Chinese lesson on 田字格 and 四线三格 with a
// teacher's handwriting, and a maths page on the dark board, written into the data folder's
// whiteboard/ folder where the whiteboard page finds them.
namespace WhiteboardDemo {
// The folder of one account's boards being worked on: whiteboard/<username>/ in the data folder
// (teachers share the e-prep room's PCs; each finds their own boards).
QString folderFor(const QString &dataDir, const QString &username);
// Writes the demo board for the demo school's teacher and administrator accounts; returns the
// teacher's file. Throws Error.
QString create(const QString &dataDir, quint32 seed);
} // namespace WhiteboardDemo

} // namespace SchoolSuite
