#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace SchoolSuite {

class Database;

// Forward-only, numbered SQL migrations per module, embedded as Qt resources under
// :/migrations/<module>/NNNN_name.sql. Each file is applied in its own transaction and recorded in
// schema_migrations; a store that knows a newer migration than this program is refused untouched.
class Migrator
{
public:
    struct Migration
    {
        QString module;
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(Database &db);

    // Modules in dependency order; "core" first.
    void addModule(const QString &module);
    QList<Migration> available(const QString &module) const;
    int latestVersion(const QString &module) const;
    int appliedVersion(const QString &module) const;

    // Throws Error(TooNew) when the store has migrations this program does not know.
    void checkNotNewer() const;
    // Applies pending migrations; upTo limits each module's version (tests of upgrades).
    // Returns the number applied.
    int migrate(int upTo = -1);

    QStringList modules() const { return m_modules; }
    // Runs inside each migration's transaction, after its script: the change-capture triggers
    // follow every schema change, so data a later migration writes is captured.
    void setAfterEach(std::function<void()> fn) { m_afterEach = std::move(fn); }

private:
    void ensureTable() const;
    bool hasTable() const;
    Database &m_db;
    QStringList m_modules;
    std::function<void()> m_afterEach;
};

} // namespace SchoolSuite
