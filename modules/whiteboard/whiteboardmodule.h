#pragma once

#include "core/app/module.h"

namespace SchoolSuite {

// The classroom whiteboard (班班通): board documents teachers prepare and write on in class
// (docs/user-guide/*/whiteboard.md). Teachers, homeroom teachers, principals and administrators.
class WhiteboardModule : public Module
{
public:
    QString id() const override { return QStringLiteral("whiteboard"); }
    QString title() const override;
    QString iconName() const override { return QStringLiteral("view-presentation"); }
    Permission permission() const override { return Permission::WhiteboardUse; }
    QList<TableDecl> syncedTables() const override;
    void createDemo(LocalStore &store, bool large, quint32 seed) override;
};

// Adds the module to ModuleRegistry (once). The desktop program and the CLI call it.
void registerWhiteboardModule();

} // namespace SchoolSuite
