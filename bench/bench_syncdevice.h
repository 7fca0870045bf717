#pragma once

#include "core/store/hlc.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace SchoolSuite {

class SyncTransport;

namespace Bench {

// A device of bench_sync_load without a local store: its own enrollment and credential, a
// cursor and a clock, and the push and pull bodies of docs/sync-protocol.md §5 and §6 built by
// hand. Used from one thread at a time (connect() on the thread that then syncs).
class SimulatedDevice
{
public:
    SimulatedDevice(int index, QString schoolCode);
    ~SimulatedDevice();

    // POST /api/v1/enroll with a one-time key; throws Error when refused.
    void enroll(const QUrl &server, const QString &key);

    // Opens a transport (its own QNetworkAccessManager) on the calling thread.
    void connect(const QUrl &server);
    void disconnect();

    // Pulls until caught up (not counted in pulledRows()); false (and an error recorded) when a
    // request failed.
    bool catchUp();
    // One sync cycle: a push of two new students of its own (and, after the first cycle, a new
    // phone number for one of them), then pulls until caught up. Returns its wall time in ns
    // and records it in cycles(); a failure is recorded in errorTexts().
    double cycle();

    QList<double> cycles() const { return m_cycles; }
    // Forgets the cycles so far and what they pushed and pulled.
    void clearCycles()
    {
        m_cycles.clear();
        m_pulled = 0;
        m_pushed = 0;
    }
    int errors() const { return int(m_errors.size()); }
    QStringList errorTexts() const { return m_errors; }
    qint64 pulledRows() const { return m_pulled; }
    int pushedChanges() const { return m_pushed; }

private:
    bool push();
    bool pull();
    qint64 nextHlc();
    void receiveClock(const QCborMap &answer);
    void fail(const QString &what, const QString &detail);

    int m_index;
    QString m_school;
    QString m_credential;
    QString m_epoch;
    qint64 m_cursor = 0;
    HybridLogicalClock m_clock;
    qint64 m_seq = 0;
    int m_round = 0;
    QStringList m_own; // ids of the students this device inserted
    QList<double> m_cycles;
    QStringList m_errors;
    qint64 m_pulled = 0;
    int m_pushed = 0;
    std::unique_ptr<SyncTransport> m_net;
};

} // namespace Bench
} // namespace SchoolSuite
