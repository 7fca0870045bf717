#include "resources/icons.h"

#include <QStringList>

namespace SchoolSuite {

void installIconTheme()
{
    // Only our own copy: a desktop's theme must not replace some icons and leave the rest ours.
    QIcon::setThemeSearchPaths({QStringLiteral(":/icons")});
    QIcon::setThemeName(QStringLiteral("breeze"));
    // Should a later theme (a dark variant, say) be set by name, names it lacks still resolve.
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
}

QIcon appIcon()
{
    // The SVG goes through the icon engine the Breeze icons load anyway; reading the PNG sizes
    // would load every image-format plugin at start-up.
    return QIcon(QStringLiteral(":/app/schoolsuite.svg"));
}

} // namespace SchoolSuite
