#include "server/platform/serverapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SchoolSuite"));
    QCoreApplication::setApplicationName(QStringLiteral("schoolsuite-district"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHOOLSUITE_VERSION));
    return SchoolSuite::Server::runServerApp(QCoreApplication::arguments());
}
