#include "storemaintenance.h"

#include "core/error.h"
#include "core/store/migrator.h"
#include "core/store/syncschema.h"
#include "localstore.h"
#include "module.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>

namespace SchoolSuite::StoreMaintenance {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::StoreMaintenance", text);
}

void checkDamage(Database &db, CheckResult &r);

void checkDatabase(Database &db, CheckResult &r)
{
    Migrator migrator(db);
    QList<TableDecl> tables;
    for (const auto &m : ModuleRegistry::instance().modules()) {
        migrator.addModule(m->migrationSet());
        tables += m->syncedTables();
    }
    for (const QString &module : migrator.modules()) {
        const int applied = migrator.appliedVersion(module);
        const int latest = migrator.latestVersion(module);
        r.facts << tr("schema %1: version %2 of %3").arg(module).arg(applied).arg(latest);
        if (applied != latest)
            r.problems << tr("schema %1 is at version %2, expected %3")
                              .arg(module)
                              .arg(applied)
                              .arg(latest);
    }
    checkDamage(db, r);
    r.problems += SyncSchema::captureProblems(db.connection(), tables);
    r.facts << tr("change capture: %1 synced tables").arg(tables.size());
}

// What a file itself is broken by, whatever its schema version: SQLite's integrity and the
// foreign keys.
void checkDamage(Database &db, CheckResult &r)
{
    QSqlQuery q = db.exec(QStringLiteral("PRAGMA integrity_check"));
    QStringList integrity;
    while (q.next())
        integrity << q.value(0).toString();
    if (integrity != QStringList{QStringLiteral("ok")})
        r.problems << tr("integrity: %1").arg(integrity.join(QStringLiteral("; ")));
    else
        r.facts << tr("integrity: ok");
    QSqlQuery fk = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    int fkProblems = 0;
    while (fk.next()) {
        if (++fkProblems <= 20)
            r.problems << tr("foreign key: row %1 of %2 points to a missing row of %3")
                              .arg(fk.value(1).toString(),
                                   fk.value(0).toString(),
                                   fk.value(2).toString());
    }
    if (fkProblems > 20)
        r.problems << tr("… and %1 more foreign-key problems").arg(fkProblems - 20);
    if (!fkProblems)
        r.facts << tr("foreign keys: ok");
}
} // namespace

CheckResult check(LocalStore &store)
{
    CheckResult r;
    checkDatabase(store.db(), r);
    return r;
}

void backup(LocalStore &store, const QString &file)
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target))
        throw Error(
            tr("%1 exists already; choose a new file name.").arg(QDir::toNativeSeparators(target)));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        throw Error(tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(target)));
    store.db().exec(QStringLiteral("VACUUM INTO ?"), {target});
}

void restore(const QString &dataDir, const QString &file)
{
    if (!QFileInfo::exists(file))
        throw Error(tr("The backup %1 does not exist.").arg(QDir::toNativeSeparators(file)),
                    Error::NotFound);
    // Check a copy, so neither the backup nor the current store is touched by the check.
    const QString staging = LocalStore::pathIn(dataDir) + QStringLiteral(".restoring");
    QFile::remove(staging);
    QDir().mkpath(dataDir);
    if (!QFile::copy(file, staging))
        throw Error(tr("Cannot copy %1.").arg(QDir::toNativeSeparators(file)));
    try {
        Database db;
        db.open(staging);
        Migrator migrator(db);
        for (const auto &m : ModuleRegistry::instance().modules())
            migrator.addModule(m->migrationSet());
        try {
            LocalStore::checkIsOurs(db);
        } catch (const Error &) {
            throw Error(tr("%1 is not a SchoolSuite backup.").arg(QDir::toNativeSeparators(file)),
                        Error::Corrupt);
        }
        if (migrator.appliedVersion(QStringLiteral("core")) == 0)
            throw Error(tr("%1 is not a SchoolSuite backup.").arg(QDir::toNativeSeparators(file)),
                        Error::Corrupt);
        migrator.checkNotNewer();
        // An older backup is upgraded when opened; only damage is a reason to refuse it.
        CheckResult r;
        checkDamage(db, r);
        const QStringList &damage = r.problems;
        if (!damage.isEmpty())
            throw Error(tr("The backup %1 is damaged: %2")
                            .arg(QDir::toNativeSeparators(file), damage.join(QStringLiteral("; "))),
                        Error::Corrupt);
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        db.close();
    } catch (...) {
        QFile::remove(staging);
        QFile::remove(staging + QStringLiteral("-wal"));
        QFile::remove(staging + QStringLiteral("-shm"));
        throw;
    }
    const QString current = LocalStore::pathIn(dataDir);
    const QString previous = current + QStringLiteral(".before-restore");
    auto dropStaging = [&] {
        QFile::remove(staging);
        QFile::remove(staging + QStringLiteral("-wal"));
        QFile::remove(staging + QStringLiteral("-shm"));
    };
    if (QFileInfo::exists(current)) {
        // Fold the current store's log into its file and leave WAL mode: SQLite refuses that while
        // any other program has the store open, which is how a running SchoolSuite is noticed.
        // The kept copy then holds every committed change.
        const QString inUse = tr("The school's data is in use; close SchoolSuite everywhere on "
                                 "this computer and restore again.");
        try {
            Database db;
            db.open(current);
            db.exec(QStringLiteral("PRAGMA busy_timeout = 500"));
            QString mode;
            try {
                db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                mode = db.scalar(QStringLiteral("PRAGMA journal_mode = DELETE")).toString();
            } catch (const Error &) {
                throw Error(inUse); // "database is locked"
            }
            if (mode.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
                throw Error(inUse);
        } catch (const Error &) {
            dropStaging();
            throw;
        }
        QFile::remove(previous);
        if (!QFile::copy(current, previous)) {
            dropStaging();
            throw Error(tr("Cannot keep a copy of the current store as %1.")
                            .arg(QDir::toNativeSeparators(previous)));
        }
    }
    // One rename that replaces the file: at every moment there is a whole store in place.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(staging.toStdU16String()),
                            std::filesystem::path(current.toStdU16String()),
                            error);
    if (error) {
        dropStaging();
        throw Error(tr("Cannot put the restored store in place: %1")
                        .arg(QString::fromLocal8Bit(error.message())));
    }
}

} // namespace SchoolSuite::StoreMaintenance
