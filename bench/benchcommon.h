#pragma once

#include <QList>
#include <QString>

namespace SchoolSuite {

class LocalStore;

// What the benchmarks share: the large demo school they run on, and the statistics and result
// lines they print. The machine a benchmark runs on is shared and noisy, so every figure is a
// median over several runs, with the baseline measured in the same run, interleaved.
namespace Bench {

// Creates the large demo school (`schoolsuite-cli demo --size large`, default seed) in the
// empty folder dataDir, opened in store. Returns the seed.
quint32 createLargeSchool(LocalStore &store, const QString &dataDir);

// The body of every benchmark's main(): runs fn in a QCoreApplication and turns an Error into
// an "<name>: ERROR" line and exit code 1.
int runMain(int argc, char *argv[], const QString &name, int (*fn)());

double median(QList<double> values);
// p in [0, 1]: the value below which the fraction p of the values lie (nearest rank).
double percentile(QList<double> values, double p);

// Prints a line to stdout and flushes it, so run.sh shows progress as it happens.
void print(const QString &line);
// "<name>: <detail>  goal <goal>  PASS|FAIL"; returns pass.
bool goal(const QString &name, bool pass, const QString &detail, const QString &goalText);

QString ms(double nanoseconds);      // "1.234 ms"
QString seconds(double nanoseconds); // "0.456 s"
QString ratio(double value);         // "1.85x"

} // namespace Bench
} // namespace SchoolSuite
