#include "shellapp.h"

#include <QApplication>

namespace {

// --help and --version answer without a display (QApplication would need one).
bool answersWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answersWithoutDisplay(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("SchoolSuite"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SCHOOLSUITE_VERSION));
        SchoolSuite::ShellApp::Options options;
        return SchoolSuite::ShellApp::parseArguments(app.arguments(), &options) ? 0 : 2;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SchoolSuite"));
    QApplication::setApplicationName(QStringLiteral("SchoolSuite"));
    QApplication::setApplicationDisplayName(QStringLiteral("SchoolSuite"));
    QApplication::setApplicationVersion(QStringLiteral(SCHOOLSUITE_VERSION));
    // The desktop entry's id (installer/linux): docks and Wayland find the icon by it.
    QApplication::setDesktopFileName(QStringLiteral("org.schoolsuite.SchoolSuite"));

    SchoolSuite::ShellApp::Options options;
    if (!SchoolSuite::ShellApp::parseArguments(app.arguments(), &options))
        return 2;
    SchoolSuite::ShellApp shell(options);
    const int code = shell.start();
    return code >= 0 ? code : app.exec();
}
