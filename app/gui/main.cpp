#include "shellapp.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SchoolSuite"));
    QApplication::setApplicationName(QStringLiteral("SchoolSuite"));
    QApplication::setApplicationDisplayName(QStringLiteral("SchoolSuite"));
    QApplication::setApplicationVersion(QStringLiteral(SCHOOLSUITE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("schoolsuite"));

    SchoolSuite::ShellApp::Options options;
    if (!SchoolSuite::ShellApp::parseArguments(app.arguments(), &options))
        return 2;
    SchoolSuite::ShellApp shell(options);
    const int code = shell.start();
    return code >= 0 ? code : app.exec();
}
