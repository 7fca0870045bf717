// Number leases on a store that never enrolled (the school's only device) and the rules every
// store follows: numbers in use are skipped, an enrolled device without numbers says to sync.
#include "testutil.h"

#include "core/error.h"
#include "sync/numberleases.h"
#include "sync/syncmeta.h"
#include "sync/syncmodule.h"

#include <QSet>
#include <QtTest>

using namespace SchoolSuite;

namespace {
const QString kTags = QStringLiteral("asset_tag:T001");
}

class TestNumberLeases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unenrolledStoreLeasesLocally();
    void sequencesAreIndependent();
    void noteUsedSkips();
    void noteUsedAboveTheBlocksMovesTheNextBlock();
    void enrolledWithoutNumbersSaysToSync();
    void serverBlocksAreUsedInOrder();
    void shortfallKeepsTwoBlocks();
};

void TestNumberLeases::initTestCase()
{
    Test::initTestEnvironment();
    registerSyncModule();
}

void TestNumberLeases::unenrolledStoreLeasesLocally()
{
    Test::TempStore t;
    NumberLeases leases(t.db());
    QVERIFY(!leases.isEnrolled());
    QCOMPARE(leases.remaining(kTags), 0);
    QCOMPARE(leases.next(kTags), 1);
    QCOMPARE(leases.next(kTags), 2);
    QCOMPARE(leases.remaining(kTags), NumberLeases::BlockSize - 2);
    for (qint64 n = 3; n <= NumberLeases::BlockSize; ++n)
        QCOMPARE(leases.next(kTags), n);
    QCOMPARE(leases.remaining(kTags), 0);
    // The block is used up: a new local block follows the last number.
    QCOMPARE(leases.next(kTags), NumberLeases::BlockSize + 1);
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT count(*) FROM number_leases WHERE sequence = ? "
                                        "AND source = 'local'"),
                         {kTags})
                 .toInt(),
             2);
    QCOMPARE(leases.sequences(), QStringList{kTags});
    QCOMPARE(leases.usedUpTo(kTags), 2 * NumberLeases::BlockSize);

    // Another NumberLeases on the same store (another page, the CLI) continues where it was.
    NumberLeases again(t.db());
    QCOMPARE(again.next(kTags), NumberLeases::BlockSize + 2);
}

void TestNumberLeases::sequencesAreIndependent()
{
    Test::TempStore t;
    NumberLeases leases(t.db());
    const QString books = QStringLiteral("clc:I247");
    QCOMPARE(leases.next(kTags), 1);
    QCOMPARE(leases.next(books), 1);
    QCOMPARE(leases.next(kTags), 2);
    QCOMPARE(leases.next(books), 2);
    QCOMPARE(leases.sequences(), (QStringList{kTags, books})); // sorted
    QVERIFY_THROWS_EXCEPTION(Error, leases.next(QString()));
}

void TestNumberLeases::noteUsedSkips()
{
    Test::TempStore t;
    NumberLeases leases(t.db());
    QCOMPARE(leases.next(kTags), 1);
    leases.noteUsed(kTags, 2);
    leases.noteUsed(kTags, 3);
    leases.noteUsed(kTags, 5);
    leases.noteUsed(kTags, 5); // twice is once
    QCOMPARE(leases.remaining(kTags), NumberLeases::BlockSize - 1 - 3);
    QCOMPARE(leases.next(kTags), 4);
    QCOMPARE(leases.next(kTags), 6);
    QCOMPARE(leases.remaining(kTags), NumberLeases::BlockSize - 6);
    // A number already handed out that is noted again changes nothing.
    leases.noteUsed(kTags, 1);
    QCOMPARE(leases.next(kTags), 7);
    // Zero and negatives are no tag numbers.
    leases.noteUsed(kTags, 0);
    leases.noteUsed(kTags, -4);
    QCOMPARE(
        t.db().scalar(QStringLiteral("SELECT count(*) FROM number_used WHERE number <= 0")).toInt(),
        0);
}

void TestNumberLeases::noteUsedAboveTheBlocksMovesTheNextBlock()
{
    Test::TempStore t;
    NumberLeases leases(t.db());
    // An import brought tag 250 before any number was handed out here.
    leases.noteUsed(kTags, 250);
    QCOMPARE(leases.usedUpTo(kTags), 250);
    QCOMPARE(leases.next(kTags), 251);
    // The last number of a block noted as used: the block ends without handing it out.
    leases.noteUsed(kTags, 350);
    for (qint64 n = 252; n <= 349; ++n)
        QCOMPARE(leases.next(kTags), n);
    QCOMPARE(leases.remaining(kTags), 0);
    QCOMPARE(leases.next(kTags), 351);
}

void TestNumberLeases::enrolledWithoutNumbersSaysToSync()
{
    Test::TempStore t;
    t.store.setMeta(SyncMeta::server(), QStringLiteral("http://127.0.0.1:9"));
    NumberLeases leases(t.db());
    QVERIFY(leases.isEnrolled());
    try {
        // Inside a caller's transaction (adding an asset) that the error rolls back.
        t.db().transaction([&] { leases.next(kTags); });
        QFAIL("an enrolled device without blocks handed out a number");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QStringLiteral("sync")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(kTags), qPrintable(e.message()));
    }
    // Nothing was taken locally, and the next sync knows to lease the sequence.
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM number_leases")).toInt(), 0);
    QCOMPARE(leases.sequences(), QStringList{kTags});
    QCOMPARE(leases.shortfall(kTags), NumberLeases::ReserveBlocks * NumberLeases::BlockSize);
}

void TestNumberLeases::serverBlocksAreUsedInOrder()
{
    Test::TempStore t;
    t.store.setMeta(SyncMeta::server(), QStringLiteral("http://127.0.0.1:9"));
    NumberLeases leases(t.db());
    leases.addServerBlock(kTags, 301, 302);
    leases.addServerBlock(kTags, 101, 102);
    QVERIFY_THROWS_EXCEPTION(Error, leases.addServerBlock(kTags, 102, 150)); // overlaps
    QVERIFY_THROWS_EXCEPTION(Error, leases.addServerBlock(kTags, 5, 4));     // empty
    QCOMPARE(leases.remaining(kTags), 4);
    leases.noteUsed(kTags, 102);
    QCOMPARE(leases.remaining(kTags), 3);
    QCOMPARE(leases.next(kTags), 101);
    QCOMPARE(leases.next(kTags), 301);
    QCOMPARE(leases.next(kTags), 302);
    QCOMPARE(leases.remaining(kTags), 0);
    QVERIFY_THROWS_EXCEPTION(Error, leases.next(kTags));
    QCOMPARE(leases.usedUpTo(kTags), 302);
}

void TestNumberLeases::shortfallKeepsTwoBlocks()
{
    Test::TempStore t;
    t.store.setMeta(SyncMeta::server(), QStringLiteral("http://127.0.0.1:9"));
    NumberLeases leases(t.db());
    leases.declare(kTags);
    QCOMPARE(leases.shortfall(kTags), 200);
    leases.addServerBlock(kTags, 1, 150);
    QCOMPARE(leases.shortfall(kTags), 100); // 50 short, asked for in whole blocks
    leases.addServerBlock(kTags, 151, 250);
    QCOMPARE(leases.shortfall(kTags), 0);
    for (int i = 0; i < 51; ++i)
        leases.next(kTags);
    QCOMPARE(leases.remaining(kTags), 199);
    QCOMPARE(leases.shortfall(kTags), 100);
}

QTEST_GUILESS_MAIN(TestNumberLeases)
#include "tst_numberleases.moc"
