#pragma once

#include <QStringList>

namespace SchoolSuite::Server {

// schoolsuite-district: parses the command line, then serves until SIGTERM/SIGINT or runs an
// admin command. Returns the exit code (0 done, 1 failed, 2 wrong usage).
int runServerApp(const QStringList &arguments);

} // namespace SchoolSuite::Server
