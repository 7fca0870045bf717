#include "syncclient.h"

#include "core/app/localstore.h"
#include "core/error.h"
#include "core/search/searchindex.h"
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
    Database &db = m_store.db();
    // A run that never finished (the process died) is not running any more.
    db.exec(QStringLiteral("UPDATE sync_history SET status = 'error', finished_at = %1, message "
                           "= ? WHERE status = 'running'")
                .arg(SyncSchema::nowSql()),
            {tr("Interrupted.")});
    db.exec(QStringLiteral("INSERT INTO sync_history (started_at, trigger, status) VALUES (%1, "
                           "?, 'running')")
                .arg(SyncSchema::nowSql()),
            {syncTriggerKey(trigger)});
    const qint64 historyId = db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
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
    finish(run, historyId);
    return run.result;
}

void SyncClient::finish(Run &run, qint64 historyId)
{
    Database &db = m_store.db();
    try {
        // Pages already committed put their rows in search_dirty.
        m_store.search().update();
        if (!run.stop) {
            PullApplier applier(m_store);
            const PullApplier::Result retried = applier.retryProblems();
            if (retried.applied > 0)
                m_store.search().update();
            db.exec(QStringLiteral("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < "
                                   "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-%1 days')")
                        .arg(kOutboxKeepDays));
            m_store.setMeta(SyncMeta::confirmDeletes(), QString());
        }
        run.result.problems
            = db.scalar(QStringLiteral("SELECT count(*) FROM sync_problems WHERE resolved_at IS "
                                       "NULL"))
                  .toInt();
    } catch (const Error &e) {
        run.fail(SyncStatus::Error, e.message());
    }
    if (run.result.status == SyncStatus::Ok && run.result.problems > 0)
        run.result.message = trn("%n pulled row(s) could not be applied here; see the conflicts.",
                                 run.result.problems);
    db.exec(QStringLiteral("UPDATE sync_history SET finished_at = %1, status = ?, pushed = ?, "
                           "pulled = ?, conflicts = ?, message = ? WHERE id = ?")
                .arg(SyncSchema::nowSql()),
            {syncStatusKey(run.result.status),
             run.result.pushed,
             run.result.pulled,
             run.result.conflicts,
             run.result.message.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(run.result.message),
             historyId});
}

void SyncClient::pull(Run &run)
{
    SyncTransport &net = transport(run.userToken);
    PullApplier applier(m_store);
    const bool confirmed = m_store.meta(SyncMeta::confirmDeletes()) == QLatin1String("1");
    qint64 cursor = m_store.meta(SyncMeta::cursor()).toLongLong();
    for (;;) {
        const QString epoch = m_store.meta(SyncMeta::epoch());
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

        if (const auto hold = applier.bulkDeleteHold(rows); hold && !confirmed) {
            m_store.setMeta(
                SyncMeta::heldPull(),
                QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("table"), hold->table},
                                              {QStringLiteral("deletes"), hold->deletes},
                                              {QStringLiteral("rows"), hold->rows}})
                        .toJson(QJsonDocument::Compact)));
            run.result.status = SyncStatus::Held;
            run.result.message
                = tr("The district deletes %1 of the %2 rows of %3 on this device. Nothing was "
                     "deleted; an administrator confirms it with \"schoolsuite-cli sync "
                     "--confirm-deletes\" or on the Sync page.")
                      .arg(hold->deletes)
                      .arg(hold->rows)
                      .arg(hold->table);
            return;
        }
        const PullApplier::Result page = applier.applyPage(rows, next, m_beforePageCommit);
        m_store.setMeta(SyncMeta::heldPull(), QString());
        run.result.pulled += page.applied;
        run.result.conflicts += page.newConflicts;
        if (reply.body.contains(QStringLiteral("server_hlc")))
            HybridLogicalClock::receive(
                db().connection(),
                Wire::toInt64(reply.body.value(QStringLiteral("server_hlc")),
                              QStringLiteral("server_hlc")));
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
