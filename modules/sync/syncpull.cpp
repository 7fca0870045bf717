// SyncClient: the pull half (docs/sync-protocol.md §6, §7).
#include "core/app/localstore.h"
#include "core/error.h"
#include "core/store/database.h"
#include "pullapplier.h"
#include "syncclient.h"
#include "syncclient_p.h"
#include "syncmeta.h"
#include "synctransport.h"
#include "wire.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <optional>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::SyncClient", text);
}

// One pull request on a thread of its own, with a transport made there (a
// QNetworkAccessManager belongs to the thread that made it).
class PageRequest
{
public:
    PageRequest(std::function<std::unique_ptr<SyncTransport>()> makeTransport, const QCborMap &body)
    {
        m_thread.reset(QThread::create([this, makeTransport = std::move(makeTransport), body] {
            const std::unique_ptr<SyncTransport> net = makeTransport();
            m_reply = net->post(QStringLiteral("/sync/pull"), body);
        }));
        m_thread->start();
    }
    ~PageRequest() { m_thread->wait(); }
    PageRequest(const PageRequest &) = delete;
    PageRequest &operator=(const PageRequest &) = delete;

    // Waits in a local event loop, as every request of the sync engine does, so the thread's
    // timers and queued calls go on meanwhile.
    SyncTransport::Reply reply()
    {
        QEventLoop loop;
        QObject::connect(m_thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
        if (m_thread->isFinished())
            loop.processEvents();
        else
            loop.exec();
        m_thread->wait();
        return m_reply;
    }

private:
    std::unique_ptr<QThread> m_thread;
    SyncTransport::Reply m_reply;
};

} // namespace

void SyncClient::pull(Run &run)
{
    SyncTransport &net = transport(run.userToken);
    std::optional<PullApplier> applier; // made for the first page that has rows
    run.confirmedDeletes = meta(SyncMeta::confirmDeletes()) == QLatin1String("1");
    bool heldPull = !meta(SyncMeta::heldPull()).isEmpty();
    qint64 cursor = meta(SyncMeta::cursor()).toLongLong();
    QString epoch = meta(SyncMeta::epoch());
    auto bodyFor = [&](qint64 from) {
        return QCborMap{{QStringLiteral("epoch"),
                         epoch.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(epoch)},
                        {QStringLiteral("cursor"), from},
                        {QStringLiteral("limit"), m_options.pullLimit}};
    };
    std::unique_ptr<PageRequest> ahead; // the next page, asked for while this one is applied
    for (;;) {
        SyncTransport::Reply reply;
        if (ahead)
            reply = ahead->reply();
        ahead.reset();
        // Asking early only saves time: a page that did not come that way is asked for again
        // like any other, so a failure reads the same as without it.
        if (!reply.ok())
            reply = net.post(QStringLiteral("/sync/pull"), bodyFor(cursor));
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
            epoch = meta(SyncMeta::epoch());
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
            // The server's pull only reads, so the next page may be asked for before this one
            // is stored: the server prepares and sends it while this thread applies the rows.
            if (more)
                ahead = std::make_unique<PageRequest>(transportMaker(run.userToken), bodyFor(next));
            beginHistory(run);
            // The page, its cursor and the clock moved past the server's in one transaction.
            const PullApplier::Result page = applier->applyPage(rows, next, [&] {
                if (serverHlc > 0)
                    receiveClock(serverHlc);
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

} // namespace SchoolSuite
