#include "cliapp.h"

namespace SchoolSuite {

// Filled by the indicators work (CLI.md).
void addIndicatorsCommands(QList<CliApp::Command> &) {}

} // namespace SchoolSuite
