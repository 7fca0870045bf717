#pragma once

#include "core/store/syncschema.h"

#include <optional>

namespace SchoolSuite::SyncTables {

// The synced tables every registered module declares.
QList<TableDecl> all();
std::optional<TableDecl> find(const QString &name);

} // namespace SchoolSuite::SyncTables
