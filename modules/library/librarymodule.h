#pragma once

#include "core/app/module.h"

namespace SchoolSuite {

// The school library: catalog, MARC, copy cataloguing, circulation, stocktake, labels, reports
// (docs/user-guide/*/library.md).
class LibraryModule : public Module
{
public:
    QString id() const override { return QStringLiteral("library"); }
    QString title() const override;
    QString iconName() const override { return QStringLiteral("bookmarks"); }
    Permission permission() const override { return Permission::LibraryView; }
    QList<TableDecl> syncedTables() const override;
    QList<std::shared_ptr<SearchProvider>> searchProviders() const override;
    void initialize(LocalStore &store) override;
    void createDemo(LocalStore &store, bool large, quint32 seed) override;
    void afterSync(LocalStore &store) override;
};

// Adds the module to ModuleRegistry (once). Every program calls it.
void registerLibraryModule();

} // namespace SchoolSuite
