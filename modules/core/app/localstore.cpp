#include "localstore.h"

#include "core/error.h"
#include "core/search/searchindex.h"
#include "core/store/migrator.h"
#include "core/store/syncschema.h"
#include "core/store/uuid.h"
#include "module.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::LocalStore", text);
}
} // namespace

QString LocalStore::pathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(fileName());
}

bool LocalStore::existsIn(const QString &dataDir)
{
    return QFileInfo::exists(pathIn(dataDir));
}

LocalStore::LocalStore() = default;

LocalStore::~LocalStore()
{
    close();
}

void LocalStore::upgrade(Database &db, int upTo)
{
    Migrator migrator(db);
    QList<TableDecl> tables;
    for (const auto &module : ModuleRegistry::instance().modules()) {
        migrator.addModule(module->migrationSet());
        tables += module->syncedTables();
    }
    checkIsOurs(db);
    // WAL only once the file is known to be ours: switching mode changes a foreign file.
    Database::switchToWal(db.connection());
    migrator.setAfterEach([&] {
        SyncSchema::install(db.connection(), SyncSchema::presentTables(db.connection(), tables));
    });
    const int applied = migrator.migrate(upTo);
    // Re-creating the triggers at every start costs time and a write, so they are left alone
    // while the store holds exactly what this program would write.
    if (applied == 0 && !SyncSchema::captureProblems(db.connection(), tables).isEmpty()) {
        db.transaction([&] {
            SyncSchema::install(db.connection(),
                                SyncSchema::presentTables(db.connection(), tables));
        });
    }
}

void LocalStore::checkIsOurs(Database &db)
{
    // A SQLite file with schema objects but without our bookkeeping belongs to another program.
    const int objects
        = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name NOT "
                                   "LIKE 'sqlite_%' AND name <> 'schema_migrations'"))
              .toInt();
    const QStringList bookkeeping
        = SyncSchema::tableColumns(db.connection(), QStringLiteral("schema_migrations"));
    const bool ours
        = bookkeeping.isEmpty()
              ? objects == 0
              : bookkeeping.contains(QStringLiteral("module"))
                    && (objects == 0 || Migrator(db).appliedVersion(QStringLiteral("core")) > 0);
    if (!ours)
        throw Error(
            tr("%1 is a database of another program, not a SchoolSuite store.").arg(db.path()),
            Error::Corrupt);
}

void LocalStore::open(const QString &dataDir, bool create, bool upgradeSchema)
{
    close();
    const QString path = pathIn(dataDir);
    if (!QFileInfo::exists(path)) {
        if (!create)
            throw Error(tr("There is no school store in %1. Set one up with the setup wizard or "
                           "\"schoolsuite-cli init\".")
                            .arg(QDir::toNativeSeparators(dataDir)),
                        Error::NotFound);
        if (!QDir().mkpath(dataDir))
            throw Error(
                tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(dataDir)));
    }
    m_db.open(path);
    try {
        if (upgradeSchema) {
            upgrade(m_db);
        } else {
            checkIsOurs(m_db);
            Migrator(m_db).checkNotNewer();
        }
    } catch (...) {
        m_db.close();
        throw;
    }
    m_dataDir = dataDir;
    m_search = std::make_unique<SearchIndex>(m_db);
    for (const auto &module : ModuleRegistry::instance().modules()) {
        for (const auto &provider : module->searchProviders())
            m_search->addProvider(provider);
    }
    if (upgradeSchema)
        m_search->update();
    for (const auto &module : ModuleRegistry::instance().modules())
        module->initialize(*this);
}

void LocalStore::close()
{
    if (!m_db.isOpen())
        return;
    for (const auto &module : ModuleRegistry::instance().modules())
        module->aboutToShutdown();
    m_search.reset();
    m_db.close();
    m_dataDir.clear();
}

bool LocalStore::isInitialized() const
{
    return !meta(QStringLiteral("school_id")).isEmpty();
}

void LocalStore::initializeSchool(const QString &code, const QString &name)
{
    static const QRegularExpression validCode(QStringLiteral("^[A-Za-z0-9_-]{2,32}$"));
    if (!validCode.match(code).hasMatch())
        throw Error(tr("School code \"%1\": use 2 to 32 letters, digits, - or _.").arg(code),
                    Error::Invalid);
    if (name.trimmed().isEmpty())
        throw Error(tr("The school name is empty."), Error::Invalid);
    if (isInitialized())
        throw Error(tr("This store already belongs to school %1.").arg(schoolCode()));
    m_db.transaction([&] {
        setMeta(QStringLiteral("school_id"), Uuid::v7());
        setMeta(QStringLiteral("school_code"), code);
        setMeta(QStringLiteral("school_name"), name.trimmed());
        setMeta(QStringLiteral("device_id"), Uuid::v7());
    });
}

QString LocalStore::schoolId() const
{
    return meta(QStringLiteral("school_id"));
}

QString LocalStore::schoolCode() const
{
    return meta(QStringLiteral("school_code"));
}

QString LocalStore::schoolName() const
{
    return meta(QStringLiteral("school_name"));
}

QString LocalStore::meta(const QString &key) const
{
    return m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

void LocalStore::setMeta(const QString &key, const QString &value)
{
    m_db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO "
                             "UPDATE SET value = excluded.value"),
              {key, value});
}

} // namespace SchoolSuite
