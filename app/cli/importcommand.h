#pragma once

#include "cliapp.h"

#include <QCommandLineParser>

#include <functional>

namespace SchoolSuite {

class Session;
struct ImportReport;
struct Table;

// What every `… import FILE [--encoding auto|utf-8|gb18030] [--dry-run]` command does (CLI.md):
// parses those options (and the caller's, already added to parser; checkOptions may refuse
// them), reads the file, runs the import as the command-line administrator, prints the report
// or the problems by row, and brings the search index up to date after a write.
using ImportRun = std::function<ImportReport(const Session &, const Table &, bool dryRun)>;
int runImportCommand(CliApp &cli,
                     QCommandLineParser &parser,
                     const QStringList &args,
                     const ImportRun &run,
                     const std::function<bool()> &checkOptions = {});

} // namespace SchoolSuite
