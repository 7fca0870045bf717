// SyncClient: the push half (docs/sync-protocol.md §5).
#include "core/app/localstore.h"
#include "core/error.h"
#include "core/store/database.h"
#include "core/store/hlc.h"
#include "core/store/outbox.h"
#include "credentialstore.h"
#include "syncclient.h"
#include "syncclient_p.h"
#include "syncmeta.h"
#include "synctransport.h"
#include "wire.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

#include <limits>

namespace SchoolSuite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::SyncClient", text);
}

constexpr qint64 kMaxExactDouble = qint64(1) << 53;

// The outbox keeps fields as JSON: whole numbers travel as integers, as the columns hold them.
QCborValue fieldValue(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && d <= double(kMaxExactDouble) && d >= -double(kMaxExactDouble))
            return QCborValue(qint64(d));
        return QCborValue(d);
    }
    if (v.isBool())
        return QCborValue(qint64(v.toBool() ? 1 : 0));
    if (v.isString())
        return QCborValue(v.toString());
    return QCborValue(QCborValue::Null);
}

QString textOf(const QCborValue &v)
{
    return v.isString() ? v.toString() : v.toVariant().toString();
}

QJsonObject parseMeta(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString toMeta(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QCborMap SyncClient::buildBatch(bool *hasChanges)
{
    // The outbox rows go straight into the batch: their fields are parsed from JSON once.
    QCborArray changes;
    qint64 first = 0;
    qint64 last = 0;
    OutboxFields stored(m_store.db().connection());
    auto read = [&](qint64 after, qint64 upTo, int limit) {
        QSqlQuery &q = query(QStringLiteral("SELECT seq, tbl, row_id, op, hlc, fields, base FROM "
                                            "outbox WHERE sent_at IS NULL AND seq > ? AND seq "
                                            "<= ? ORDER BY seq LIMIT ?"),
                             {after, upTo, limit});
        while (q.next()) {
            const qint64 seq = q.value(0).toLongLong();
            if (first == 0)
                first = seq;
            last = seq;
            const QByteArray text = stored.json(
                q.value(1).toString(), q.value(2).toString(), q.value(5).toByteArray());
            if (text.isEmpty())
                continue; // a row queued in bulk and purged since by a pull: nothing to send
            QCborMap fields;
            const QJsonObject json = QJsonDocument::fromJson(text).object();
            for (auto it = json.begin(); it != json.end(); ++it)
                fields.insert(it.key(), fieldValue(it.value()));
            changes.append(QCborMap{{QStringLiteral("seq"), seq},
                                    {QStringLiteral("table"), q.value(1).toString()},
                                    {QStringLiteral("id"), q.value(2).toString()},
                                    {QStringLiteral("op"), q.value(3).toString()},
                                    {QStringLiteral("hlc"), q.value(4).toLongLong()},
                                    {QStringLiteral("base"), q.value(6).toLongLong()},
                                    {QStringLiteral("fields"), fields}});
        }
        q.finish();
    };
    QString batchId;
    // A batch whose answer was lost goes out again as it was: same id, same changes, so the
    // server recognises it and applies nothing twice.
    const QString pendingText = meta(SyncMeta::pendingBatch());
    const QJsonObject pending = parseMeta(pendingText);
    if (!pending.isEmpty()) {
        read(pending.value(QStringLiteral("from")).toInteger() - 1,
             pending.value(QStringLiteral("to")).toInteger(),
             1000);
        if (!changes.isEmpty())
            batchId = pending.value(QStringLiteral("batch_id")).toString();
    }
    if (batchId.isEmpty()) {
        read(0, std::numeric_limits<qint64>::max(), m_options.pushBatchSize);
        if (changes.isEmpty()) {
            // Nothing to push: no request, and no write unless a stale batch is recorded.
            if (!pendingText.isEmpty())
                m_store.setMeta(SyncMeta::pendingBatch(), QString());
            *hasChanges = false;
            return {};
        }
        batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_store.setMeta(SyncMeta::pendingBatch(),
                        toMeta(QJsonObject{{QStringLiteral("batch_id"), batchId},
                                           {QStringLiteral("from"), first},
                                           {QStringLiteral("to"), last}}));
    }
    *hasChanges = true;
    const QString epoch = meta(SyncMeta::epoch());
    return QCborMap{{QStringLiteral("batch_id"), batchId},
                    {QStringLiteral("epoch"),
                     epoch.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(epoch)},
                    {QStringLiteral("device_cursor"), meta(SyncMeta::cursor()).toLongLong()},
                    {QStringLiteral("changes"), changes},
                    {QStringLiteral("confirm_deletes"), false}};
}

QCborMap SyncClient::nextPushBody()
{
    bool has = false;
    QCborMap body = buildBatch(&has);
    return has ? body : QCborMap();
}

// The server answered the pending batch: its entries are sent.
int SyncClient::acknowledge(const QCborMap &answer)
{
    const QJsonObject pending = parseMeta(meta(SyncMeta::pendingBatch()));
    const QString batchId = pending.value(QStringLiteral("batch_id")).toString();
    // Only the server's answer for this very batch makes its entries sent.
    const QCborValue answered = answer.value(QStringLiteral("batch_id"));
    if (textOf(answered) != batchId)
        throw Error(tr("The district server's push answer is not for batch %1.").arg(batchId));
    const qint64 to = pending.value(QStringLiteral("to")).toInteger();
    int count = 0;
    m_store.db().transaction([&] {
        count = m_store.db()
                    .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NULL AND "
                                           "seq <= ?"),
                            {to})
                    .toInt();
        Outbox::markSent(m_store.db().connection(), to);
        m_store.setMeta(SyncMeta::pendingBatch(), QString());
        m_store.setMeta(SyncMeta::heldPush(), QString());
        m_store.setMeta(SyncMeta::heldPushInfo(), QString());
    });
    if (answer.contains(QStringLiteral("server_hlc")))
        receiveClock(Wire::toInt64(answer.value(QStringLiteral("server_hlc")),
                                   QStringLiteral("server_hlc")));
    return count;
}

void SyncClient::push(Run &run)
{
    SyncTransport &net = transport(run.userToken);
    for (;;) {
        bool has = false;
        const QCborMap body = buildBatch(&has);
        if (!has)
            return;
        beginHistory(run);
        const SyncTransport::Reply reply = net.post(QStringLiteral("/sync/push"), body);
        if (reply.ok()) {
            run.result.pushed += acknowledge(reply.body);
            continue;
        }
        if (reply.outcome == SyncTransport::Reply::Outcome::Refused
            && reply.errorCode == QLatin1String("bulk_delete")) {
            held(run, reply.body);
            return; // the batch stays pending; pulling goes on
        }
        if (reply.outcome == SyncTransport::Reply::Outcome::Refused
            && reply.errorCode == QLatin1String("epoch")) {
            if (!resetEpoch(run, reply.body.value(QStringLiteral("epoch")).toString()))
                return;
            continue;
        }
        run.failWith(reply, net.server());
        return;
    }
}

void SyncClient::held(Run &run, const QCborMap &answer)
{
    const QString heldId = textOf(answer.value(QStringLiteral("held_id")));
    const QString table = answer.value(QStringLiteral("table")).toString();
    const qint64 deletes = answer.value(QStringLiteral("deletes")).toInteger();
    const qint64 rows = answer.value(QStringLiteral("rows")).toInteger();
    m_store.setMeta(SyncMeta::heldPush(), heldId);
    m_store.setMeta(SyncMeta::heldPushInfo(),
                    toMeta(QJsonObject{{QStringLiteral("held_id"), heldId},
                                       {QStringLiteral("table"), table},
                                       {QStringLiteral("deletes"), deletes},
                                       {QStringLiteral("rows"), rows}}));
    run.result.status = SyncStatus::Held;
    run.result.heldId = heldId;
    run.result.message
        = tr("The district server holds this device's changes: they delete %1 of the %2 rows of "
             "%3. The district administrator confirms them with \"schoolsuite-district admin "
             "confirm-held %4\" (or an administrator on the Sync page); until then this device "
             "only receives changes.")
              .arg(deletes)
              .arg(rows)
              .arg(table, heldId);
}

int SyncClient::pushOnly(const QString &userToken)
{
    Run run;
    run.userToken = userToken;
    push(run);
    if (run.stop)
        throw Error(run.result.message);
    return run.result.pushed;
}

SyncResult SyncClient::confirmHeldPush(const QString &userToken)
{
    const QString heldId = m_store.meta(SyncMeta::heldPush());
    if (heldId.isEmpty())
        return sync(SyncTrigger::Manual, userToken);
    SyncResult result;
    int pushed = 0;
    try {
        SyncTransport &net = transport(userToken);
        const SyncTransport::Reply reply = net.post(QStringLiteral("/sync/confirm"),
                                                    QCborMap{{QStringLiteral("held_id"), heldId}});
        if (!reply.ok()) {
            result.status = reply.outcome == SyncTransport::Reply::Outcome::Offline
                                ? SyncStatus::Offline
                                : SyncStatus::Error;
            result.message = SyncDetail::failureMessage(reply, net.server());
            result.heldId = heldId;
            return result;
        }
        pushed = acknowledge(reply.body);
    } catch (const Error &e) {
        result.status = SyncStatus::Error;
        result.message = e.message();
        return result;
    }
    result = sync(SyncTrigger::Manual, userToken);
    result.pushed += pushed;
    return result;
}

} // namespace SchoolSuite
