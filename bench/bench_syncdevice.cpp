#include "bench_syncdevice.h"

#include "core/error.h"
#include "core/store/hlc.h"
#include "core/store/uuid.h"
#include "sync/synctransport.h"
#include "sync/wire.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QElapsedTimer>
#include <QUuid>

#include <algorithm>

namespace SchoolSuite::Bench {

namespace {

// Generous: under load a request waits behind the other devices' requests at the server.
constexpr int kConnectTimeoutMs = 60'000;
constexpr int kRequestTimeoutMs = 300'000;
constexpr int kPullLimit = 2000;

QString text(const QCborValue &v)
{
    return v.isString() ? v.toString() : v.toVariant().toString();
}

QString replyText(const SyncTransport::Reply &r)
{
    return QStringLiteral("HTTP %1 %2 %3").arg(r.httpStatus).arg(r.errorCode, r.detail);
}

} // namespace

SimulatedDevice::SimulatedDevice(int index, QString schoolCode)
    : m_index(index)
    , m_school(std::move(schoolCode))
{}

SimulatedDevice::~SimulatedDevice() = default;

void SimulatedDevice::enroll(const QUrl &server, const QString &key)
{
    SyncTransport net(server, kConnectTimeoutMs, kRequestTimeoutMs);
    const SyncTransport::Reply r = net.post(
        QStringLiteral("/enroll"),
        QCborMap{{QStringLiteral("school_code"), m_school},
                 {QStringLiteral("key"), key},
                 {QStringLiteral("device_name"), QStringLiteral("bench-%1").arg(m_index)},
                 {QStringLiteral("platform"), QStringLiteral("bench_sync_load")}});
    if (!r.ok())
        throw Error(
            QStringLiteral("enrolling device %1 failed: %2").arg(m_index).arg(replyText(r)));
    const QString deviceId = text(r.body.value(QStringLiteral("device_id")));
    m_credential = r.body.value(QStringLiteral("credential")).toString();
    m_epoch = r.body.value(QStringLiteral("epoch")).toString();
    if (deviceId.isEmpty() || m_credential.isEmpty() || m_epoch.isEmpty())
        throw Error(
            QStringLiteral("enrolling device %1: no device id, credential or epoch").arg(m_index));
    if (!m_credential.contains(QLatin1Char('.')))
        m_credential = deviceId + QLatin1Char('.') + m_credential;
}

void SimulatedDevice::connect(const QUrl &server)
{
    m_net = std::make_unique<SyncTransport>(server, kConnectTimeoutMs, kRequestTimeoutMs);
    m_net->setDeviceCredential(m_credential);
}

void SimulatedDevice::disconnect()
{
    m_net.reset();
}

void SimulatedDevice::fail(const QString &what, const QString &detail)
{
    m_errors << QStringLiteral("device %1 (%2), cycle %3, %4: %5")
                    .arg(m_index)
                    .arg(m_school)
                    .arg(m_round)
                    .arg(what, detail);
}

qint64 SimulatedDevice::nextHlc()
{
    return m_clock.tick(QDateTime::currentMSecsSinceEpoch());
}

void SimulatedDevice::receiveClock(const QCborMap &answer)
{
    if (answer.contains(QStringLiteral("server_hlc")))
        m_clock.receive(answer.value(QStringLiteral("server_hlc")).toInteger(),
                        QDateTime::currentMSecsSinceEpoch());
}

bool SimulatedDevice::catchUp()
{
    // Not part of any cycle: what it brings is not counted.
    const qint64 pulled = m_pulled;
    const bool ok = pull();
    m_pulled = pulled;
    return ok;
}

double SimulatedDevice::cycle()
{
    QElapsedTimer timer;
    timer.start();
    if (push())
        pull();
    const double ns = double(timer.nsecsElapsed());
    m_cycles << ns;
    ++m_round;
    return ns;
}

bool SimulatedDevice::push()
{
    QCborArray changes;
    auto change = [&](const QString &op, const QString &id, const QCborMap &fields) {
        changes.append(QCborMap{{QStringLiteral("seq"), ++m_seq},
                                {QStringLiteral("table"), QStringLiteral("students")},
                                {QStringLiteral("id"), id},
                                {QStringLiteral("op"), op},
                                {QStringLiteral("hlc"), nextHlc()},
                                {QStringLiteral("base"), m_cursor},
                                {QStringLiteral("fields"), fields}});
    };
    for (int k = 0; k < 2; ++k) {
        const QString id = Uuid::v7();
        m_own << id;
        const int n = m_round * 2 + k;
        change(
            QStringLiteral("insert"),
            id,
            QCborMap{{QStringLiteral("student_no"),
                      QStringLiteral("B%1%2")
                          .arg(m_index, 4, 10, QLatin1Char('0'))
                          .arg(n, 4, 10, QLatin1Char('0'))},
                     {QStringLiteral("name"), QStringLiteral("压测学生%1-%2").arg(m_index).arg(n)},
                     {QStringLiteral("gender"), n % 2 ? QStringLiteral("F") : QStringLiteral("M")},
                     {QStringLiteral("phone"),
                      QStringLiteral("1390000%1").arg(n, 4, 10, QLatin1Char('0'))},
                     {QStringLiteral("status"), QStringLiteral("enrolled")},
                     {QStringLiteral("deleted"), 0}});
    }
    if (m_round > 0)
        change(QStringLiteral("update"),
               m_own.first(),
               QCborMap{{QStringLiteral("phone"),
                         QStringLiteral("1380000%1").arg(m_round, 4, 10, QLatin1Char('0'))}});
    const qsizetype count = changes.size();
    const QCborMap body{
        {QStringLiteral("batch_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("epoch"), m_epoch},
        {QStringLiteral("device_cursor"), m_cursor},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("confirm_deletes"), false}};
    const SyncTransport::Reply r = m_net->post(QStringLiteral("/sync/push"), body);
    if (!r.ok()) {
        fail(QStringLiteral("push"), replyText(r));
        return false;
    }
    const qint64 applied = r.body.value(QStringLiteral("applied")).toInteger();
    if (applied != count) {
        fail(QStringLiteral("push"),
             QStringLiteral("%1 of %2 changes applied (%3 skipped, %4 conflicts)")
                 .arg(applied)
                 .arg(count)
                 .arg(r.body.value(QStringLiteral("skipped")).toInteger())
                 .arg(r.body.value(QStringLiteral("conflicts")).toInteger()));
        return false;
    }
    receiveClock(r.body);
    m_pushed += int(count);
    return true;
}

bool SimulatedDevice::pull()
{
    for (;;) {
        const SyncTransport::Reply r = m_net->post(QStringLiteral("/sync/pull"),
                                                   QCborMap{{QStringLiteral("epoch"), m_epoch},
                                                            {QStringLiteral("cursor"), m_cursor},
                                                            {QStringLiteral("limit"), kPullLimit}});
        if (!r.ok()) {
            fail(QStringLiteral("pull"), replyText(r));
            return false;
        }
        if (r.body.value(QStringLiteral("reset")).toBool()) {
            fail(QStringLiteral("pull"), QStringLiteral("the server asked for a reset"));
            return false;
        }
        const QCborValue rows = r.body.value(QStringLiteral("rows"));
        if (!rows.isArray() || !r.body.contains(QStringLiteral("cursor"))) {
            fail(QStringLiteral("pull"), QStringLiteral("an answer without rows or cursor"));
            return false;
        }
        qint64 next = 0;
        try {
            next = Wire::toInt64(r.body.value(QStringLiteral("cursor")), QStringLiteral("cursor"));
        } catch (const Error &e) {
            fail(QStringLiteral("pull"), e.message());
            return false;
        }
        receiveClock(r.body);
        m_pulled += rows.toArray().size();
        const bool more = r.body.value(QStringLiteral("more")).toBool();
        if (next < m_cursor) {
            fail(QStringLiteral("pull"),
                 QStringLiteral("the cursor went back from %1 to %2").arg(m_cursor).arg(next));
            return false;
        }
        m_cursor = next;
        if (!more)
            return true;
    }
}

} // namespace SchoolSuite::Bench
