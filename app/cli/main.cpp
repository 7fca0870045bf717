#include "cliapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SchoolSuite"));
    QCoreApplication::setApplicationName(QStringLiteral("SchoolSuite"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHOOLSUITE_VERSION));
    SchoolSuite::CliApp cli;
    return cli.run(app.arguments());
}
