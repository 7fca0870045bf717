// The hybrid logical clock and time-ordered ids.
#include "core/store/hlc.h"
#include "core/store/uuid.h"

#include <QSet>
#include <QTest>

using namespace SchoolSuite;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void tickIsMonotonicWhenWallClockGoesBack()
    {
        HybridLogicalClock c;
        const qint64 a = c.tick(1'700'000'000'000);
        const qint64 b = c.tick(1'699'999'990'000); // clock set back ten seconds
        const qint64 d = c.tick(1'699'999'990'000);
        QVERIFY(b > a);
        QVERIFY(d > b);
        QCOMPARE(HybridLogicalClock::physicalMs(d), 1'700'000'000'000);
        QCOMPARE(HybridLogicalClock::counter(d), 2u);
    }

    void tickFollowsWallClock()
    {
        HybridLogicalClock c;
        c.tick(1000);
        const qint64 later = c.tick(5000);
        QCOMPARE(HybridLogicalClock::physicalMs(later), 5000);
        QCOMPARE(HybridLogicalClock::counter(later), 0u);
    }

    void receiveMovesPastRemote()
    {
        HybridLogicalClock local;
        local.tick(1000);
        const qint64 remote = HybridLogicalClock::pack(9000, 7); // a device whose clock runs ahead
        const qint64 after = local.receive(remote, 1001);
        QVERIFY(after > remote);
        QVERIFY(local.tick(1002) > after);
    }

    // Two devices edit concurrently; the order of the merged events follows causality.
    void mergeOrdersCausally()
    {
        HybridLogicalClock a, b;
        const qint64 a1 = a.tick(1000);
        const qint64 b1 = b.receive(a1, 900); // b's clock is behind, but it saw a1
        QVERIFY(b1 > a1);
        const qint64 a2 = a.receive(b1, 1000);
        QVERIFY(a2 > b1);
    }

    void uuidsAreVersion7AndOrdered()
    {
        QStringList ids;
        QSet<QString> unique;
        for (int i = 0; i < 5000; ++i) {
            ids << Uuid::v7();
            unique.insert(ids.last());
            QVERIFY2(Uuid::isValid(ids.last()), qPrintable(ids.last()));
        }
        QCOMPARE(unique.size(), ids.size());
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(sorted, ids); // generated order is index order
    }

    void uuidCarriesTimestamp()
    {
        const QString id = Uuid::v7(1'714'000'000'123);
        QCOMPARE(Uuid::timestampMs(id), 1'714'000'000'123);
        QVERIFY(Uuid::v7(1'714'000'000'124) > id);
        QCOMPARE(Uuid::timestampMs(QStringLiteral("not-a-uuid")), -1);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
