#pragma once

#include <QIcon>

namespace SchoolSuite {

// Makes the bundled Breeze subset (:/icons/breeze) the icon theme, so the suite looks the same
// on Windows and on any Linux desktop. Call once after the QGuiApplication exists and before the
// first QIcon::fromTheme().
void installIconTheme();

// The application icon, from the PNGs rendered from app/schoolsuite.svg (crisp at small sizes).
QIcon appIcon();

} // namespace SchoolSuite
