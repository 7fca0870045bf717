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
    // A SQLite file with tables but without our bookkeeping belongs to another program.
    const int tableCount = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE "
                                                    "type = 'table' AND name NOT LIKE 'sqlite_%' "
                                                    "AND name <> 'schema_migrations'"))
                               .toInt();
    if (tableCount > 0 && migrator.appliedVersion(QStringLiteral("core")) == 0)
        throw Error(
            tr("%1 is a database of another program, not a SchoolSuite store.").arg(db.path()),
            Error::Corrupt);
    const int applied = migrator.migrate(upTo);
    // Install triggers only for tables that exist at this schema version. Re-creating them at
    // every start costs time, so they are left alone while they are what this program would
    // write and all there.
    QList<TableDecl> present;
    QStringList sql;
    int expectedTriggers = 0;
    for (const TableDecl &t : std::as_const(tables)) {
        QStringList domain;
        for (const QString &c : SyncSchema::tableColumns(db.connection(), t.name)) {
            if (!SyncSchema::syncColumns().contains(c))
                domain << c;
        }
        if (domain.isEmpty())
            continue;
        present << t;
        sql << SyncSchema::triggerSql(t, domain);
        expectedTriggers += int(SyncSchema::triggerNames(t).size());
    }
    if (present.isEmpty())
        return;
    const QString fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(sql.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1).toHex());
    const QString key = QStringLiteral("capture_fingerprint");
    QStringList names;
    for (const TableDecl &t : std::as_const(present))
        names += SyncSchema::triggerNames(t);
    const int existing = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                                  "'trigger' AND name IN (%1)")
                                       .arg(QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                                   QVariantList(names.cbegin(), names.cend()))
                             .toInt();
    if (applied == 0 && existing == expectedTriggers
        && db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString() == fingerprint)
        return;
    db.transaction([&] {
        SyncSchema::install(db.connection(), present);
        db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO "
                               "UPDATE SET value = excluded.value"),
                {key, fingerprint});
    });
}

void LocalStore::open(const QString &dataDir, bool create)
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
        upgrade(m_db);
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
