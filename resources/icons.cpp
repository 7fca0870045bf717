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
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/app/schoolsuite-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace SchoolSuite
