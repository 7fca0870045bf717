#pragma once

#include <QString>

namespace SchoolSuite {

class Database;

// The demo school's boards (schoolsuite-cli demo): a Chinese lesson on 田字格 and 四线三格 with a
// teacher's handwriting, and a maths page on the dark board.
namespace WhiteboardDemo {
// The folder of one account's boards being worked on: whiteboard/<username>/ in the data folder
// (teachers share the e-prep room's PCs; each finds their own boards).
QString folderFor(const QString &dataDir, const QString &username);
// Writes the demo board for the demo school's teacher (shared with colleagues) and administrator
// accounts into the store, with their working copies; returns the teacher's. Throws Error.
QString create(Database &db, const QString &dataDir, quint32 seed);
} // namespace WhiteboardDemo

} // namespace SchoolSuite
