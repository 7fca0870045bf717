#include "syncclient.h"

#include "core/app/module.h"

#include "core/app/localstore.h"
#include "core/error.h"
#include "core/store/hlc.h"
#include "core/store/syncschema.h"
#include "credentialstore.h"
#include "pullapplier.h"
#include "syncclient_p.h"
#include "syncmeta.h"
#include "synctransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::SyncClient", text);
}
constexpr int kOutboxKeepDays = 90;
// The day (UTC) the sent outbox entries were last pruned.
QString outboxPrunedKey()
{
    return QStringLiteral("sync_outbox_pruned");
}
} // namespace

QString SyncDetail::failureMessage(const SyncTransport::Reply &reply, const QUrl &server)
{
    const QString host = server.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath);
    switch (reply.outcome) {
    case SyncTransport::Reply::Outcome::Ok:
        return {};
    case SyncTransport::Reply::Outcome::Offline:
        return QCoreApplication::translate(
                   "SchoolSuite::SyncDetail",
                   "The district server %1 cannot be reached (%2). Changes stay on this device "
                   "and go out with the next sync.")
            .arg(host, reply.detail);
    case SyncTransport::Reply::Outcome::Refused:
        if (reply.errorCode == QLatin1String("device_revoked"))
            return QCoreApplication::translate(
                "SchoolSuite::SyncDetail",
                "The district has revoked this device. Enroll it again with a new key "
                "from the district administrator.");
        if (reply.errorCode == QLatin1String("unauthorized"))
            return QCoreApplication::translate(
                       "SchoolSuite::SyncDetail",
                       "The district server does not know this device (%1). Enroll it again.")
                .arg(reply.detail);
        return QCoreApplication::translate("SchoolSuite::SyncDetail",
                                           "The district server refused the request: %1 (%2).")
            .arg(reply.detail, reply.errorCode);
    case SyncTransport::Reply::Outcome::Garbage:
        return QCoreApplication::translate(
                   "SchoolSuite::SyncDetail",
                   "The district server %1 sent an answer this program does not understand "
                   "(%2). Nothing was changed here.")
            .arg(host, reply.detail);
    }
    return {};
}

SyncClient::SyncClient(LocalStore &store, CredentialStore &credentials, SyncOptions options)
    : m_store(store)
    , m_credentials(credentials)
    , m_options(options)
{
    m_options.pushBatchSize = qBound(1, m_options.pushBatchSize, 1000);
    m_options.pullLimit = qMax(1, m_options.pullLimit);
}

SyncClient::~SyncClient() = default;

bool SyncClient::isEnrolled(const LocalStore &store)
{
    return !store.meta(SyncMeta::deviceId()).isEmpty() && !store.meta(SyncMeta::server()).isEmpty();
}

void SyncClient::cancel()
{
    m_cancel = true;
}

void SyncClient::setBeforePageCommit(std::function<void()> hook)
{
    m_beforePageCommit = std::move(hook);
}

void SyncClient::setDeviceCredential(const QByteArray &credential)
{
    if (credential != m_presetCredential)
        m_transport.reset();
    m_presetCredential = credential;
}

void SyncClient::allowHeldDeletes()
{
    m_store.setMeta(SyncMeta::confirmDeletes(), QStringLiteral("1"));
}

SyncTransport &SyncClient::transport(const QString &userToken)
{
    if (!m_transport) {
        if (!isEnrolled(m_store))
            throw Error(tr("This device is not enrolled with the district. Run \"schoolsuite-cli "
                           "enroll\" or use the Sync page first."));
        const std::optional<QByteArray> credential
            = !m_presetCredential.isEmpty() ? std::optional<QByteArray>(m_presetCredential)
                                            : m_credentials.read(CredentialStore::keyFor(
                                                QStringLiteral("device"), m_store.dataDir()));
        if (!credential)
            throw Error(tr("The keychain holds no credential for this device. Enroll it again."));
        m_server = QUrl(m_store.meta(SyncMeta::server()));
        m_caCertificates = m_store.meta(SyncMeta::caCertificates()).toUtf8();
        m_credential = QString::fromUtf8(*credential);
        m_transport = transportMaker({})();
    }
    m_transport->setUserToken(userToken);
    return *m_transport;
}

std::function<std::unique_ptr<SyncTransport>()> SyncClient::transportMaker(
    const QString &userToken) const
{
    // Copies: the function runs on another thread.
    return [server = m_server,
            connectTimeout = m_options.connectTimeoutMs,
            requestTimeout = m_options.requestTimeoutMs,
            ca = m_caCertificates,
            credential = m_credential,
            userToken,
            cancel = &m_cancel] {
        auto net = std::make_unique<SyncTransport>(server, connectTimeout, requestTimeout);
        net->setCaCertificates(ca);
        net->setDeviceCredential(credential);
        net->setUserToken(userToken);
        net->setCancelFlag(cancel);
        return net;
    };
}

SyncResult SyncClient::sync(SyncTrigger trigger, const QString &userToken)
{
    Run run;
    run.userToken = userToken;
    run.trigger = trigger;
    run.recordHistory = true;
    run.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    try {
        transport(userToken);
        uploadBlobs(run);
        push(run);
        if (!run.stop)
            pull(run);
        if (!run.stop)
            downloadBlobs(run);
        if (!run.stop)
            topUpLeases(run);
        if (!run.stop) {
            for (const auto &module : ModuleRegistry::instance().modules())
                module->afterSync(m_store);
        }
        reportBlobFailures(run);
    } catch (const Error &e) {
        run.fail(SyncStatus::Error, e.message());
    } catch (const std::exception &e) {
        run.fail(SyncStatus::Error, QString::fromLocal8Bit(e.what()));
    }
    finish(run);
    return run.result;
}

void SyncClient::beginHistory(Run &run)
{
    if (!run.recordHistory || run.historyId != 0)
        return;
    const QSqlQuery &q = query(QStringLiteral("INSERT INTO sync_history (started_at, trigger, "
                                              "status) VALUES (?, ?, 'running')"),
                               {run.startedAt, syncTriggerKey(run.trigger)});
    run.historyId = q.lastInsertId().toLongLong();
}

// The search index is not brought up to date here: re-indexing an initial pull's thousands of
// people costs more than applying them, and a sync runs on the GUI's worker thread, the CLI or
// a timer with nobody searching. The pulled rows wait in search_dirty; SyncWorker updates the
// index right after a sync on its own connection, the CLI's "sync" after the run, and opening
// a store (the CLI's "search", the desktop app's start) catches up with whatever is left.
void SyncClient::finish(Run &run)
{
    Database &db = m_store.db();
    try {
        QSqlQuery &check = query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_problems "
                                                "WHERE resolved_at IS NULL)"));
        const bool open = check.next() && check.value(0).toBool();
        check.finish();
        if (open && !run.stop)
            PullApplier(m_store).retryProblems();
        run.result.problems
            = !open ? 0
                    : db.scalar(QStringLiteral("SELECT count(*) FROM sync_problems WHERE "
                                               "resolved_at IS NULL"))
                          .toInt();
    } catch (const Error &e) {
        run.fail(SyncStatus::Error, e.message());
    }
    if (run.result.status == SyncStatus::Ok && run.result.problems > 0)
        run.result.message = QCoreApplication::translate(
            "SchoolSuite::SyncClient",
            "%n pulled row(s) could not be applied here; see the conflicts.",
            nullptr,
            int(run.result.problems));
    try {
        close(run);
    } catch (const Error &e) {
        run.fail(SyncStatus::Error, e.message());
    }
}

// One write transaction ends every sync, and it is the only one of a sync with nothing to do.
void SyncClient::close(Run &run)
{
    Database &db = m_store.db();
    // Sent entries are kept kOutboxKeepDays for an epoch reset (docs/sync-protocol.md §7);
    // removing the expired ones once a day is often enough.
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const bool prune = !run.stop && meta(outboxPrunedKey()) != today;
    db.transaction([&] {
        if (run.pendingCursor >= 0)
            m_store.setMeta(SyncMeta::cursor(), QString::number(run.pendingCursor));
        if (run.pendingServerHlc > 0)
            receiveClock(run.pendingServerHlc);
        if (!run.stop && run.confirmedDeletes)
            m_store.setMeta(SyncMeta::confirmDeletes(), QString());
        if (prune) {
            db.exec(QStringLiteral("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < "
                                   "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-%1 days')")
                        .arg(kOutboxKeepDays));
            m_store.setMeta(outboxPrunedKey(), today);
        }
        if (!m_staleRunsClosed) {
            // A run that never finished (the process died) is not running any more.
            db.exec(QStringLiteral("UPDATE sync_history SET status = 'error', finished_at = %1, "
                                   "message = ? WHERE status = 'running' AND id <> ?")
                        .arg(SyncSchema::nowSql()),
                    {tr("Interrupted."), run.historyId});
        }
        const QVariant message = run.result.message.isEmpty()
                                     ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(run.result.message);
        if (run.historyId != 0) {
            db.exec(QStringLiteral("UPDATE sync_history SET finished_at = %1, status = ?, pushed "
                                   "= ?, pulled = ?, conflicts = ?, message = ? WHERE id = ?")
                        .arg(SyncSchema::nowSql()),
                    {syncStatusKey(run.result.status),
                     run.result.pushed,
                     run.result.pulled,
                     run.result.conflicts,
                     message,
                     run.historyId});
        } else if (run.recordHistory) {
            query(QStringLiteral("INSERT INTO sync_history (started_at, finished_at, trigger, "
                                 "status, pushed, pulled, conflicts, message) VALUES (?, %1, ?, ?, "
                                 "?, ?, ?, ?)")
                      .arg(SyncSchema::nowSql()),
                  {run.startedAt,
                   syncTriggerKey(run.trigger),
                   syncStatusKey(run.result.status),
                   run.result.pushed,
                   run.result.pulled,
                   run.result.conflicts,
                   message});
        }
    });
    m_staleRunsClosed = true;
}

Database &SyncClient::db()
{
    return m_store.db();
}

QSqlQuery &SyncClient::query(const QString &sql, const QVariantList &bindings)
{
    std::shared_ptr<QSqlQuery> &q = m_queries[sql];
    if (!q) {
        q = std::make_shared<QSqlQuery>(db().connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            const QString why = q->lastError().text();
            m_queries.remove(sql);
            throw Error(QStringLiteral("Database error: %1 in %2").arg(why, sql));
        }
    }
    for (qsizetype i = 0; i < bindings.size(); ++i)
        q->bindValue(int(i), bindings.at(i));
    if (!q->exec()) {
        const QString why = q->lastError().text();
        q->finish();
        throw Error(QStringLiteral("Database error: %1 in %2").arg(why, sql));
    }
    return *q;
}

QString SyncClient::meta(const QString &key)
{
    QSqlQuery &q = query(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

void SyncClient::receiveClock(qint64 serverHlc)
{
    // HybridLogicalClock::receive without preparing its statements again for every sync.
    query(QStringLiteral("UPDATE sync_clock SET hlc = max(hlc, ?)"), {serverHlc});
    query(HybridLogicalClock::advanceSql());
}

} // namespace SchoolSuite
