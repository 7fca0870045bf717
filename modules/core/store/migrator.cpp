#include "migrator.h"

#include "core/error.h"
#include "database.h"
#include "syncschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::Migrator", text);
}
} // namespace

Migrator::Migrator(Database &db)
    : m_db(db)
{}

void Migrator::addModule(const QString &module)
{
    if (!m_modules.contains(module))
        m_modules << module;
}

QList<Migrator::Migration> Migrator::available(const QString &module) const
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> list;
    const QString dir = QStringLiteral(":/migrations/") + module;
    const QStringList files
        = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch m = re.match(file);
        if (!m.hasMatch())
            continue;
        list << Migration{
            module, m.captured(1).toInt(), m.captured(2), dir + QLatin1Char('/') + file};
    }
    return list;
}

int Migrator::latestVersion(const QString &module) const
{
    const QList<Migration> list = available(module);
    return list.isEmpty() ? 0 : list.last().version;
}

void Migrator::ensureTable() const
{
    m_db.exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (\n"
                       "  module TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL,\n"
                       "  applied_at TEXT NOT NULL, PRIMARY KEY (module, version))"));
}

bool Migrator::hasTable() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                      "AND name = 'schema_migrations'"))
               .toInt()
           > 0;
}

int Migrator::appliedVersion(const QString &module) const
{
    if (!hasTable())
        return 0;
    return m_db
        .scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations WHERE "
                               "module = ?"),
                {module})
        .toInt();
}

void Migrator::checkNotNewer() const
{
    if (!hasTable())
        return;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT module, max(version) FROM schema_migrations GROUP BY module"));
    while (q.next()) {
        const QString module = q.value(0).toString();
        const int version = q.value(1).toInt();
        const int known = latestVersion(module);
        if (version > known) {
            throw Error(tr("This database was written by a newer version of SchoolSuite "
                           "(module %1, schema %2; this program knows up to %3). Update "
                           "SchoolSuite; the database was left untouched.")
                            .arg(module)
                            .arg(version)
                            .arg(known),
                        Error::TooNew);
        }
    }
}

int Migrator::migrate(int upTo)
{
    checkNotNewer();
    ensureTable();
    int count = 0;
    for (const QString &module : std::as_const(m_modules)) {
        const int applied = appliedVersion(module);
        for (const Migration &m : available(module)) {
            if (m.version <= applied || (upTo >= 0 && m.version > upTo))
                continue;
            QFile file(m.resourcePath);
            if (!file.open(QIODevice::ReadOnly))
                throw Error(tr("Cannot read migration %1.").arg(m.resourcePath));
            const QString script = SyncSchema::expandMigration(QString::fromUtf8(file.readAll()));
            try {
                m_db.transaction([&] {
                    m_db.execScript(script);
                    // A script that changed a table's text in sqlite_schema itself (SQLite's
                    // procedure for changing constraints in place) moves the schema cookie on,
                    // so every connection, this one included, reads the schema again.
                    if (script.contains(QLatin1String("writable_schema"), Qt::CaseInsensitive)) {
                        const int cookie
                            = m_db.scalar(QStringLiteral("PRAGMA schema_version")).toInt();
                        m_db.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
                        m_db.exec(QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 1));
                    }
                    if (m_afterEach)
                        m_afterEach();
                    m_db.exec(QStringLiteral("INSERT INTO schema_migrations (module, version, "
                                             "name, applied_at) VALUES (?, ?, ?, %1)")
                                  .arg(SyncSchema::nowSql()),
                              {m.module, m.version, m.name});
                });
            } catch (const Error &e) {
                throw Error(tr("Migration %1 %2 (%3) failed: %4")
                                .arg(m.module)
                                .arg(m.version)
                                .arg(m.name, e.message()),
                            Error::Corrupt);
            }
            ++count;
        }
    }
    return count;
}

} // namespace SchoolSuite
