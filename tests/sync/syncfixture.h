#pragma once

// Devices and a district server for the sync tests: each device is a data folder with its own
// store, enrolled with the real schoolsuite-district through the real keychain.
#include "districtserver.h"
#include "pgtestdb.h"
#include "testutil.h"

#include "core/app/localstore.h"
#include "core/store/database.h"
#include "core/store/hlc.h"
#include "core/store/outbox.h"
#include "sync/credentialstore.h"
#include "sync/syncclient.h"
#include "sync/syncmeta.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace SchoolSuite::Test {

struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
    CredentialStore credentials;
    std::unique_ptr<SyncClient> client;
    SyncOptions options;

    Device()
    {
        // Short limits: a test must not wait a minute for a server that is gone.
        options.connectTimeoutMs = 3000;
        options.requestTimeoutMs = 15000;
    }

    // Enrolls with a fresh key; false (and a test failure) when the server refused.
    bool enroll(DistrictServer &server, const QString &school)
    {
        const QString key = server.enrollmentKey(school);
        if (key.isEmpty())
            return false;
        SyncClient::enroll(dir.path(), server.url(), school, key, {}, options);
        open();
        return true;
    }
    void open()
    {
        client.reset();
        store = std::make_unique<LocalStore>();
        store->open(dir.path());
        client = std::make_unique<SyncClient>(*store, credentials, options);
    }
    // The server came back on another port.
    void pointTo(const QUrl &url)
    {
        store->setMeta(SyncMeta::server(), url.toString());
        client = std::make_unique<SyncClient>(*store, credentials, options);
    }
    SyncResult sync() { return client->sync(SyncTrigger::Manual); }

    Database &db() { return store->db(); }
    QVariant value(const QString &sql, const QVariantList &args = {})
    {
        return db().scalar(sql, args);
    }
    int count(const QString &sql, const QVariantList &args = {})
    {
        return value(sql, args).toInt();
    }
    int pending() { return Outbox::pendingCount(db().connection()); }
    int students()
    {
        return count(QStringLiteral("SELECT count(*) FROM students WHERE deleted = 0"));
    }

    QString addStudent(const QString &no, const QString &name)
    {
        db().exec(QStringLiteral("INSERT INTO students (student_no, name) VALUES (?, ?)"),
                  {no, name});
        return value(QStringLiteral("SELECT id FROM students WHERE student_no = ? AND deleted = 0"),
                     {no})
            .toString();
    }
    void addStudents(int n, const QString &prefix = QStringLiteral("S"))
    {
        db().transaction([&] {
            Statement insert(
                db().connection(),
                QStringLiteral("INSERT INTO students (student_no, name) VALUES (?, ?)"));
            for (int i = 0; i < n; ++i)
                insert.run({QStringLiteral("%1%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0')),
                            QStringLiteral("学生%1").arg(i)});
        });
    }
    QString field(const QString &table, const QString &id, const QString &column)
    {
        return value(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table), {id})
            .toString();
    }
    void set(const QString &table, const QString &id, const QString &column, const QVariant &v)
    {
        db().exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column), {v, id});
    }
    // Moves this device's clock past another's, so its next change is the later one.
    void seeClockOf(Device &other)
    {
        HybridLogicalClock::receive(db().connection(),
                                    HybridLogicalClock::current(other.db().connection()));
    }
};

// "ok", or the status and message of a run that was not, for QCOMPARE's failure text.
inline QString outcome(const SyncResult &r)
{
    return r.ok() ? QStringLiteral("ok")
                  : syncStatusKey(r.status) + QStringLiteral(": ") + r.message;
}

} // namespace SchoolSuite::Test
