#pragma once

// A real process for the tests that run tools (dpkg-deb, msiinfo, ...) and programs with an
// environment of their own: its exit code and output, in the C.UTF-8 locale (English messages).
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace SchoolSuite::Test {

struct ToolRun
{
    int code = -1; // -1: it did not start, crashed or did not finish
    QString out;
    QString err;
    QString describe() const { return QStringLiteral("exit %1\n%2\n%3").arg(code).arg(out, err); }
};

inline ToolRun runTool(const QString &program,
                       const QStringList &args,
                       const QProcessEnvironment &extra = {},
                       const QString &workingDirectory = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(program, args);
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return ToolRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
}

} // namespace SchoolSuite::Test
