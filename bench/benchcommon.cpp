#include "benchcommon.h"

#include "core/app/localstore.h"
#include "core/error.h"
#include "core/people/demoschool.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace SchoolSuite::Bench {

quint32 createLargeSchool(LocalStore &store, const QString &dataDir)
{
    constexpr quint32 seed = 2015; // the CLI's default seed
    QDir(dataDir).removeRecursively();
    QDir().mkpath(dataDir);
    store.open(dataDir, true);
    DemoSchool::create(store, DemoSchool::Size::Large, seed, DemoSchool::defaultPassword());
    return seed;
}

int runMain(int argc, char *argv[], const QString &name, int (*fn)())
{
    QCoreApplication app(argc, argv);
    try {
        return fn();
    } catch (const Error &e) {
        print(QStringLiteral("%1: ERROR %2").arg(name, e.message()));
        return 1;
    }
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

void print(const QString &line)
{
    std::fputs(qUtf8Printable(line), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool goal(const QString &name, bool pass, const QString &detail, const QString &goalText)
{
    print(QStringLiteral("%1: %2  goal %3  %4")
              .arg(name, detail, goalText, pass ? QStringLiteral("PASS") : QStringLiteral("FAIL")));
    return pass;
}

QString ms(double nanoseconds)
{
    return QStringLiteral("%1 ms").arg(nanoseconds / 1e6, 0, 'f', 3);
}

QString seconds(double nanoseconds)
{
    return QStringLiteral("%1 s").arg(nanoseconds / 1e9, 0, 'f', 3);
}

QString ratio(double value)
{
    return QStringLiteral("%1x").arg(value, 0, 'f', 2);
}

} // namespace SchoolSuite::Bench
