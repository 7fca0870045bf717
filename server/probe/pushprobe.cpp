// TEMPORARY profiling probe (serverperf helper); removed before handing back.
#include "core/app/module.h"
#include "core/store/hlc.h"
#include "server/platform/serverdb.h"
#include "server/sync/catalogue.h"
#include "server/sync/syncservice.h"
#include "sync/syncmodule.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>
#include <cstdio>
#include <ctime>
static long long cpuMs(){ timespec ts; clock_gettime(CLOCK_PROCESS_CPUTIME_ID,&ts); return ts.tv_sec*1000LL+ts.tv_nsec/1000000; }

using namespace SchoolSuite;
using namespace SchoolSuite::Server;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    registerCoreModules();
    registerSyncModule();
    QTemporaryDir dir;
    const QString url = argc > 1 ? QString::fromUtf8(argv[1])
                                 : QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("d.db"));
    const int rounds = argc > 2 ? atoi(argv[2]) : 3;
    QElapsedTimer t;
    t.start();
    ServerDb db(url);
    db.migrate();
    Catalogue cat = Catalogue::fromRegistry();
    std::printf("catalogue+migrate %lld ms\n", (long long)t.elapsed());
    SyncService sync(db, cat);
    sync.seedDistrictTargets();
    Principal p;
    p.deviceId = QStringLiteral("dev-a");
    p.schoolId = QStringLiteral("school-1");
    qint64 hlc = HybridLogicalClock::pack(QDateTime::currentMSecsSinceEpoch(), 0);
    qint64 seq = 0;
    QStringList ids;
    for (int i = 0; i < 3000; ++i)
        ids << QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto pushBatch = [&](const QCborArray &changes) {
        QCborMap body;
        body.insert(QStringLiteral("batch_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        body.insert(QStringLiteral("epoch"), db.epoch());
        body.insert(QStringLiteral("device_cursor"), 0);
        body.insert(QStringLiteral("changes"), changes);
        const QCborMap r = sync.push(p, body);
        if (r.value(QStringLiteral("applied")).toInteger() != changes.size())
            std::printf("applied %lld of %lld\n",
                        (long long)r.value(QStringLiteral("applied")).toInteger(),
                        (long long)changes.size());
    };
    t.restart();
    for (int b = 0; b < 3; ++b) {
        QCborArray changes;
        for (int i = b * 1000; i < (b + 1) * 1000; ++i) {
            QCborMap f;
            f.insert(QStringLiteral("student_no"), QStringLiteral("2015%1").arg(i, 6, 10, QLatin1Char('0')));
            f.insert(QStringLiteral("name"), QStringLiteral("张三%1").arg(i));
            f.insert(QStringLiteral("gender"), i % 2 ? QStringLiteral("M") : QStringLiteral("F"));
            f.insert(QStringLiteral("birth_date"), QStringLiteral("2008-03-04"));
            f.insert(QStringLiteral("class_id"), QStringLiteral("0190c3a1-0000-7000-8000-%1").arg(i % 60, 12, 10, QLatin1Char('0')));
            f.insert(QStringLiteral("id_number"), QStringLiteral("110101200803041234"));
            f.insert(QStringLiteral("guardian"), QStringLiteral("李四"));
            f.insert(QStringLiteral("phone"), QStringLiteral("13800000000"));
            f.insert(QStringLiteral("status"), QStringLiteral("enrolled"));
            f.insert(QStringLiteral("deleted"), 0);
            QCborMap c;
            c.insert(QStringLiteral("seq"), ++seq);
            c.insert(QStringLiteral("table"), QStringLiteral("students"));
            c.insert(QStringLiteral("id"), ids.at(i));
            c.insert(QStringLiteral("op"), QStringLiteral("insert"));
            c.insert(QStringLiteral("hlc"), ++hlc);
            c.insert(QStringLiteral("fields"), f);
            changes.append(c);
        }
        pushBatch(changes);
    }
    std::printf("insert 3000: %lld ms\n", (long long)t.elapsed());
    const qint64 base = db.lastSequence();
    for (int r = 0; r < rounds; ++r) {
        t.restart();
        const long long c0 = cpuMs();
        int n = 0;
        for (int b = 0; b < 10; ++b) {
            QCborArray changes;
            for (int i = 0; i < 1000; ++i, ++n) {
                QCborMap f;
                f.insert(QStringLiteral("phone"), QStringLiteral("139%1").arg(r * 10000 + n, 8, 10, QLatin1Char('0')));
                QCborMap c;
                c.insert(QStringLiteral("seq"), ++seq);
                c.insert(QStringLiteral("table"), QStringLiteral("students"));
                c.insert(QStringLiteral("id"), ids.at(n % 3000));
                c.insert(QStringLiteral("op"), QStringLiteral("update"));
                c.insert(QStringLiteral("hlc"), ++hlc);
                c.insert(QStringLiteral("base"), base);
                c.insert(QStringLiteral("fields"), f);
                changes.append(c);
            }
            pushBatch(changes);
        }
        std::printf("push 10k round %d: %lld ms wall, %lld ms cpu\n", r, (long long)t.elapsed(), cpuMs() - c0);
    }
    return 0;
}
