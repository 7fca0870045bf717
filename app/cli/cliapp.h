#pragma once

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <memory>

namespace SchoolSuite {

class LocalStore;
class Settings;

// schoolsuite-cli: global options, the command table, output and exit codes (CLI.md).
class CliApp
{
public:
    enum Exit { Success = 0, Failed = 1, Usage = 2 };

    struct Command
    {
        QString name;        // "people import"
        QString synopsis;    // arguments after the name
        QString description; // translated
        std::function<int(CliApp &, const QStringList &)> run;
    };

    CliApp();
    ~CliApp();
    int run(const QStringList &arguments);

    // Helpers for commands.
    // Parses the command's own options; on a usage error prints it and returns false.
    bool parse(QCommandLineParser &parser,
               const QStringList &args,
               int minPositional,
               int maxPositional);
    // The store of --data-dir; upgradeSchema false opens it as it is (check).
    LocalStore &openStore(bool create = false, bool upgradeSchema = true);
    QString dataDir() const { return m_dataDir; }
    // Closes the store and deletes its files (a store this run created and could not set up).
    void removeStore();
    Settings &settings();
    void printJson(const QJsonValue &value) const;
    void print(const QString &text) const;
    void error(const QString &text) const;
    int usage(const QString &text) const;
    static QString readPasswordFile(const QString &path);

private:
    void addCommands();
    QList<Command> m_commands;
    QString m_dataDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LocalStore> m_store;
};

void addStoreCommands(QList<CliApp::Command> &commands);
void addConfigCommands(QList<CliApp::Command> &commands);
void addPeopleCommands(QList<CliApp::Command> &commands);
void addSyncCommands(QList<CliApp::Command> &commands);
void addEquipmentCommands(QList<CliApp::Command> &commands);
void addIndicatorsCommands(QList<CliApp::Command> &commands);
void addLibraryCommands(QList<CliApp::Command> &commands);
void addLibraryMarcCommands(QList<CliApp::Command> &commands);
void addWhiteboardCommands(QList<CliApp::Command> &commands);
// True when the command line runs a whiteboard command (it needs a QGuiApplication).
bool isWhiteboardCommand(const QStringList &arguments);

} // namespace SchoolSuite
