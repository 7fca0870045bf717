#pragma once

#include "core/store/database.h"

#include <QString>

#include <memory>

namespace SchoolSuite {

class SearchIndex;

// The school's local store in a data directory: the database file, its migrations, the
// change-capture triggers and the search index, for every registered module.
class LocalStore
{
public:
    static QString fileName() { return QStringLiteral("schoolsuite.db"); }
    static QString pathIn(const QString &dataDir);
    static bool existsIn(const QString &dataDir);

    LocalStore();
    ~LocalStore();

    // Opens (creating when create is true) and upgrades the store. Throws Error: Corrupt for a
    // damaged or foreign file, TooNew for a store of a newer version (left untouched).
    // Without upgradeSchema the store is opened as it is, for `check`, which reports rather
    // than repairs.
    void open(const QString &dataDir, bool create = false, bool upgradeSchema = true);
    void close();

    Database &db() { return m_db; }
    const Database &db() const { return m_db; }
    SearchIndex &search() { return *m_search; }
    QString dataDir() const { return m_dataDir; }

    bool isInitialized() const; // a school is set up
    void initializeSchool(const QString &code, const QString &name);
    QString schoolId() const;
    QString schoolCode() const;
    QString schoolName() const;
    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    // Applies migrations and (re)installs triggers; used by open() and by upgrade tests.
    static void upgrade(Database &db, int upTo = -1);
    // Throws Error(Corrupt) when db holds another program's data.
    static void checkIsOurs(Database &db);

private:
    Database m_db;
    std::unique_ptr<SearchIndex> m_search;
    QString m_dataDir;
};

} // namespace SchoolSuite
