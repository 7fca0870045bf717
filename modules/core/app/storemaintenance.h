#pragma once

#include <QString>
#include <QStringList>

namespace SchoolSuite {

class LocalStore;

// Health check, backup and restore of a local store.
namespace StoreMaintenance {

struct CheckResult
{
    QStringList problems; // empty when healthy
    QStringList facts;    // what was checked, for the report
    bool healthy() const { return problems.isEmpty(); }
};

// Schema version of every module, SQLite integrity, foreign keys, change-capture triggers.
CheckResult check(LocalStore &store);
// A consistent online copy (VACUUM INTO), readable while the app keeps working.
void backup(LocalStore &store, const QString &file);
// Checks that file is a healthy SchoolSuite store of this or an older version, then replaces the
// store in dataDir with it (the current one is kept as schoolsuite.db.before-restore). The store
// must be closed. Throws Error and leaves the current store as it was on any problem.
void restore(const QString &dataDir, const QString &file);

} // namespace StoreMaintenance

} // namespace SchoolSuite
