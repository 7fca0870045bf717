#pragma once

#include <QString>

namespace SchoolSuite {

class MainWindow;

// Pictures of the real app for the user guide (scripts/screenshots.sh): opens a page, waits
// until its data is shown and saves the window, with any dialog on top, to a PNG.
namespace Screenshots {
QStringList pages(); // home, people, search, import, settings, about
bool take(MainWindow *window, const QString &page, const QString &file);
} // namespace Screenshots

} // namespace SchoolSuite
