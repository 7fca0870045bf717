#pragma once

#include "core/auth/permissions.h"
#include "core/store/syncschema.h"

#include <QList>
#include <QString>

#include <memory>

namespace SchoolSuite {

class SearchProvider;
class LocalStore;

// A feature module as the platform sees it (the domain half; pages are registered by the
// module's ui target through PageRegistry). Modules are registered statically in
// ModuleRegistry and switched off per machine by the EnabledModules policy.
class Module
{
public:
    virtual ~Module() = default;
    virtual QString id() const = 0;            // "people", "equipment", ...
    virtual QString title() const = 0;         // translated
    virtual QString iconName() const = 0;      // a Breeze icon name
    virtual Permission permission() const = 0; // needed to see the module at all
    // Migrations live under :/migrations/<migrationSet()>/; several modules may share core's.
    virtual QString migrationSet() const { return id(); }
    virtual QList<TableDecl> syncedTables() const { return {}; }
    virtual QList<std::shared_ptr<SearchProvider>> searchProviders() const { return {}; }
    virtual void initialize(LocalStore &) {}
    // Adds the module's part of the demo school (DemoSchool::create calls it after the people
    // directory, in the same transaction). large: the large demo school; seed as given.
    virtual void createDemo(LocalStore &, bool /*large*/, quint32 /*seed*/) {}
    // After a sync that succeeded, on the store the sync wrote (the sync's thread): work that
    // needs what the sync brought, such as numbers leased for copies catalogued offline.
    virtual void afterSync(LocalStore &) {}
    virtual void aboutToShutdown() {}
};

// The modules compiled into this program, in navigation order.
class ModuleRegistry
{
public:
    static ModuleRegistry &instance();
    void add(std::shared_ptr<Module> module);
    QList<std::shared_ptr<Module>> modules() const { return m_modules; }
    std::shared_ptr<Module> find(const QString &id) const;
    // The modules enabled by policy (an empty list enables all).
    QList<std::shared_ptr<Module>> enabled(const QStringList &enabledIds) const;

private:
    QList<std::shared_ptr<Module>> m_modules;
};

// Registers the modules of the platform itself (people). Called once by every program.
void registerCoreModules();

} // namespace SchoolSuite
