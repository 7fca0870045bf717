#include "cliapp.h"

namespace SchoolSuite {

// Filled by the equipment work (CLI.md).
void addEquipmentCommands(QList<CliApp::Command> &) {}

} // namespace SchoolSuite
