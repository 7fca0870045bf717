#include "syncclient.h"

#include "core/app/localstore.h"
#include "core/error.h"
#include "core/store/hlc.h"
#include "core/store/syncschema.h"
#include "credentialstore.h"
#include "pullapplier.h"
#include "syncclient_p.h"
#include "syncmeta.h"
#include "synctransport.h"
#include "wire.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::SyncClient", text);
}
QString trn(const char *text, int n)
{
    return QCoreApplication::translate("SchoolSuite::SyncClient", text, nullptr, n);
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
        return tr("The district server %1 cannot be reached (%2). Changes stay on this device "
                  "and go out with the next sync.")
            .arg(host, reply.detail);
    case SyncTransport::Reply::Outcome::Refused:
        if (reply.errorCode == QLatin1String("device_revoked"))
            return tr("The district has revoked this device. Enroll it again with a new key "
                      "from the district administrator.");
        if (reply.errorCode == QLatin1String("unauthorized"))
            return tr("The district server does not know this device (%1). Enroll it again.")
                .arg(reply.detail);
        return tr("The district server refused the request: %1 (%2).")
            .arg(reply.detail, reply.errorCode);
    case SyncTransport::Reply::Outcome::Garbage:
        return tr("The district server %1 sent an answer this program does not understand "
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
        m_transport = std::make_unique<SyncTransport>(QUrl(m_store.meta(SyncMeta::server())),
                                                      m_options.connectTimeoutMs,
                                                      m_options.requestTimeoutMs);
        m_transport->setCaCertificates(m_store.meta(SyncMeta::caCertificates()).toUtf8());
        m_transport->setDeviceCredential(QString::fromUtf8(*credential));
        m_transport->setCancelFlag(&m_cancel);
    }
    m_transport->setUserToken(userToken);
    return *m_transport;
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
        push(run);
        if (!run.stop)
            pull(run);
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
    const QSqlQuery q = db().exec(QStringLiteral("INSERT INTO sync_history (started_at, trigger, "
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
        const bool open = PullApplier::hasOpenProblems(db);
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
        run.result.message = trn("%n pulled row(s) could not be applied here; see the conflicts.",
                                 run.result.problems);
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
    const bool prune = !run.stop && m_store.meta(outboxPrunedKey()) != today;
    db.transaction([&] {
        if (run.pendingCursor >= 0)
            m_store.setMeta(SyncMeta::cursor(), QString::number(run.pendingCursor));
        if (run.pendingServerHlc > 0)
            HybridLogicalClock::receive(db.connection(), run.pendingServerHlc);
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
            db.exec(QStringLiteral("INSERT INTO sync_history (started_at, finished_at, trigger, "
                                   "status, pushed, pulled, conflicts, message) VALUES (?, %1, ?, "
                                   "?, ?, ?, ?, ?)")
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

void SyncClient::pull(Run &run)
{
    SyncTransport &net = transport(run.userToken);
    std::optional<PullApplier> applier; // made for the first page that has rows
    run.confirmedDeletes = m_store.meta(SyncMeta::confirmDeletes()) == QLatin1String("1");
    bool heldPull = !m_store.meta(SyncMeta::heldPull()).isEmpty();
    qint64 cursor = m_store.meta(SyncMeta::cursor()).toLongLong();
    QString epoch = m_store.meta(SyncMeta::epoch());
    for (;;) {
        QCborMap body{{QStringLiteral("epoch"),
                       epoch.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(epoch)},
                      {QStringLiteral("cursor"), cursor},
                      {QStringLiteral("limit"), m_options.pullLimit}};
        const SyncTransport::Reply reply = net.post(QStringLiteral("/sync/pull"), body);
        const bool reset = reply.ok() && reply.body.value(QStringLiteral("reset")).toBool();
        if (reset
            || (reply.outcome == SyncTransport::Reply::Outcome::Refused
                && reply.errorCode == QLatin1String("epoch"))) {
            if (!resetEpoch(run, reply.body.value(QStringLiteral("epoch")).toString()))
                return;
            push(run);
            if (run.stop)
                return;
            cursor = 0;
            epoch = m_store.meta(SyncMeta::epoch());
            continue;
        }
        if (!reply.ok()) {
            run.failWith(reply, net.server());
            return;
        }
        const QCborValue rowsValue = reply.body.value(QStringLiteral("rows"));
        if (!rowsValue.isArray() || !reply.body.contains(QStringLiteral("cursor")))
            throw Error(tr("The district server sent a pull answer without rows or cursor."));
        const QCborArray rows = rowsValue.toArray();
        const qint64 next
            = Wire::toInt64(reply.body.value(QStringLiteral("cursor")), QStringLiteral("cursor"));
        const bool more = reply.body.value(QStringLiteral("more")).toBool();
        const qint64 serverHlc = reply.body.contains(QStringLiteral("server_hlc"))
                                     ? Wire::toInt64(reply.body.value(QStringLiteral("server_hlc")),
                                                     QStringLiteral("server_hlc"))
                                     : 0;

        if (rows.isEmpty()) {
            if (next != cursor)
                run.pendingCursor = next;
            run.pendingServerHlc = qMax(run.pendingServerHlc, serverHlc);
        } else {
            if (!applier)
                applier.emplace(m_store);
            if (const auto hold = applier->bulkDeleteHold(rows); hold && !run.confirmedDeletes) {
                m_store.setMeta(
                    SyncMeta::heldPull(),
                    QString::fromUtf8(
                        QJsonDocument(QJsonObject{{QStringLiteral("table"), hold->table},
                                                  {QStringLiteral("deletes"), hold->deletes},
                                                  {QStringLiteral("rows"), hold->rows}})
                            .toJson(QJsonDocument::Compact)));
                run.result.status = SyncStatus::Held;
                run.result.message
                    = tr("The district deletes %1 of the %2 rows of %3 on this device. Nothing "
                         "was deleted; an administrator confirms it with \"schoolsuite-cli sync "
                         "--confirm-deletes\" or on the Sync page.")
                          .arg(hold->deletes)
                          .arg(hold->rows)
                          .arg(hold->table);
                return;
            }
            beginHistory(run);
            // The page, its cursor and the clock moved past the server's in one transaction.
            const PullApplier::Result page = applier->applyPage(rows, next, [&] {
                if (serverHlc > 0)
                    HybridLogicalClock::receive(db().connection(), serverHlc);
                if (m_beforePageCommit)
                    m_beforePageCommit();
            });
            run.pendingCursor = -1;
            run.result.pulled += page.applied;
            run.result.conflicts += page.newConflicts;
        }
        if (heldPull) {
            m_store.setMeta(SyncMeta::heldPull(), QString());
            heldPull = false;
        }
        // A server that says "more" but moves nowhere would keep us here forever.
        if (!more || (next <= cursor && rows.isEmpty()))
            break;
        cursor = next;
    }
}

bool SyncClient::resetEpoch(Run &run, const QString &announced)
{
    if (++run.epochResets > 1) {
        run.fail(SyncStatus::Error,
                 tr("The district server keeps reporting a different dataset. Ask the district "
                    "administrator to check the server."));
        return false;
    }
    QString epoch = announced;
    if (epoch.isEmpty()) {
        SyncTransport &net = transport(run.userToken);
        const SyncTransport::Reply health = net.get(QStringLiteral("/health"));
        if (!health.ok()) {
            run.failWith(health, net.server());
            return false;
        }
        epoch = health.body.value(QStringLiteral("epoch")).toString();
    }
    if (epoch.isEmpty()) {
        run.fail(SyncStatus::Error, tr("The district server did not name its dataset (epoch)."));
        return false;
    }
    beginHistory(run);
    run.pendingCursor = -1;
    // One transaction: every change goes out again under the new epoch and everything comes in
    // again; a crash half-way leaves either the old state or the complete reset.
    m_store.db().transaction([&] {
        m_store.db().exec(QStringLiteral("UPDATE outbox SET sent_at = NULL"));
        m_store.setMeta(SyncMeta::epoch(), epoch);
        m_store.setMeta(SyncMeta::cursor(), QStringLiteral("0"));
        m_store.setMeta(SyncMeta::pendingBatch(), QString());
        m_store.setMeta(SyncMeta::heldPush(), QString());
        m_store.setMeta(SyncMeta::heldPushInfo(), QString());
    });
    return true;
}

Database &SyncClient::db()
{
    return m_store.db();
}

} // namespace SchoolSuite
