#pragma once

#include "platform.h"

#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace SchoolSuite::Server {

// `schoolsuite-district admin COMMAND ...` (/work/shared/CLI.md): exit 0 done, 1 failed (message
// on stderr), 2 wrong usage.
class AdminCommands
{
public:
    enum Exit { Success = 0, Failed = 1, Usage = 2 };

    AdminCommands(QString databaseUrl, Platform::Options options);
    int run(const QStringList &args);

    // Output helpers for the commands.
    Platform &platform();
    void print(const QString &text) const;
    void printJson(const QJsonValue &value) const;
    void error(const QString &text) const;
    int usage(const QString &text) const;

    using Command = std::function<int(AdminCommands &, const QStringList &)>;

private:
    QString m_databaseUrl;
    Platform::Options m_options;
    std::unique_ptr<Platform> m_platform;
};

// The commands on stored data (backup, restore, district rows, held batches, purge).
QList<QPair<QString, AdminCommands::Command>> dataCommands();

} // namespace SchoolSuite::Server
