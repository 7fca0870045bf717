// SyncClient: the number-lease step (docs/sync-protocol.md §10).
#include "core/app/localstore.h"
#include "core/error.h"
#include "numberleases.h"
#include "syncclient.h"
#include "syncclient_p.h"
#include "synctransport.h"

#include <QCborValue>
#include <QCoreApplication>

namespace SchoolSuite {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchoolSuite::SyncClient", text);
}
} // namespace

// Runs after the pull, so a device that works offline for days still has numbers: every sequence
// it has used keeps ReserveBlocks blocks in reserve.
void SyncClient::topUpLeases(Run &run)
{
    NumberLeases leases(db());
    const QStringList sequences = leases.sequences();
    if (sequences.isEmpty())
        return;
    SyncTransport &net = transport(run.userToken);
    for (const QString &sequence : sequences) {
        const qint64 count = leases.shortfall(sequence);
        if (count <= 0)
            continue;
        const QCborMap body{{QStringLiteral("sequence"), sequence},
                            {QStringLiteral("count"), count},
                            {QStringLiteral("used_up_to"), leases.usedUpTo(sequence)}};
        const SyncTransport::Reply reply = net.post(QStringLiteral("/leases"), body);
        if (!reply.ok()) {
            run.failWith(reply, m_server);
            return;
        }
        const QCborValue first = reply.body.value(QStringLiteral("first"));
        const QCborValue last = reply.body.value(QStringLiteral("last"));
        if (!first.isInteger() || !last.isInteger() || last.toInteger() < first.toInteger()) {
            run.fail(SyncStatus::Error,
                     tr("The district server answered a request for numbers of %1 with no "
                        "block of numbers.")
                         .arg(sequence));
            return;
        }
        leases.addServerBlock(sequence, first.toInteger(), last.toInteger());
    }
}

} // namespace SchoolSuite
