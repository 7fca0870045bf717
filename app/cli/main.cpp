#include "cliapp.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Whiteboard commands draw (fonts, PDF): they get a QGuiApplication, offscreen unless the
    // caller chose a platform, so they run headless on a server or in a script.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (SchoolSuite::isWhiteboardCommand(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("SchoolSuite"));
    QCoreApplication::setApplicationName(QStringLiteral("SchoolSuite"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHOOLSUITE_VERSION));
    SchoolSuite::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
