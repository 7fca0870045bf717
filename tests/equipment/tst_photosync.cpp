// Equipment photos through the real district server: the blob of a photo row travels with the
// row (docs/sync-protocol.md §8), and one that could not be sent is sent by a later sync.
#include "equipment/equipmentmodule.h"
#include "equipment/register/equipmentdefaults.h"
#include "equipment/register/equipmentservice.h"
#include "equipmentdistrict.h"
#include "sync/blobclient.h"
#include "sync/storeblobs.h"
#include "sync/syncfixture.h"
#include "sync/syncmodule.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

using namespace SchoolSuite;
using Test::Device;
using Test::DistrictServer;

namespace {
const QString kSchool = QStringLiteral("DC0001");

QByteArray pngOf(const QColor &color)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString cachedPath(Device &d, const QString &sha)
{
    return BlobClient::cachedPath(StoreBlobs::cacheDir(d.dir.path()), sha);
}

// What the register page does with a photo file: into the blob cache under its checksum.
void putInCache(Device &d, const QByteArray &bytes)
{
    const QString path = cachedPath(d, sha256Of(bytes));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray cachedBytes(Device &d, const QString &sha)
{
    QFile file(cachedPath(d, sha));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Session adminOf(Device &d)
{
    return Session(
        d.db(), {}, QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator);
}

QString addItem(EquipmentService &service)
{
    Asset item;
    item.name = QStringLiteral("实物展台");
    item.categoryId = service.category(QStringLiteral("computer.desktop")).id;
    return service.addAsset(item);
}
} // namespace

class TestPhotoSync : public QObject
{
    Q_OBJECT

    Test::EquipmentDistrict m_district;
    DistrictServer *m_server = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY(m_district.start(kSchool));
        m_server = m_district.server.get();
    }

    void cleanup() { m_district.logIfFailed(); }

    void photoReachesTheOtherDevice()
    {
        Device a, b;
        QVERIFY(a.enroll(*m_server, kSchool));
        QVERIFY(b.enroll(*m_server, kSchool));
        EquipmentDefaults::ensure(*a.store);
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok")); // leases asset tags
        const Session admin = adminOf(a);
        EquipmentService service(admin);
        const QString item = addItem(service);
        const QByteArray png = pngOf(Qt::darkCyan);
        QVERIFY(png.startsWith("\x89PNG"));
        const QString sha = sha256Of(png);
        putInCache(a, png);
        const QString photo
            = service.addPhoto(item, sha, QStringLiteral("image/png"), QStringLiteral("正面"));

        const SyncResult sent = a.sync();
        QCOMPARE(Test::outcome(sent), QStringLiteral("ok"));
        QVERIFY2(sent.message.isEmpty(), qPrintable(sent.message));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM blob_uploads WHERE sha256 = ? AND "
                                        "uploaded_at IS NOT NULL"),
                         {sha}),
                 1);

        QVERIFY(!QFileInfo::exists(cachedPath(b, sha)));
        const SyncResult got = b.sync();
        QCOMPARE(Test::outcome(got), QStringLiteral("ok"));
        QVERIFY2(got.message.isEmpty(), qPrintable(got.message));
        QCOMPARE(b.field(QStringLiteral("equipment_photos"), photo, QStringLiteral("sha256")), sha);
        QCOMPARE(b.field(QStringLiteral("equipment_photos"), photo, QStringLiteral("caption")),
                 QStringLiteral("正面"));
        const QByteArray arrived = cachedBytes(b, sha);
        QCOMPARE(arrived.size(), png.size());
        QCOMPARE(sha256Of(arrived), sha);
        // Pulled rows are not queued for upload on the device that pulled them.
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM blob_uploads")), 0);
    }

    // The photo row is pushed while its file is not in the cache: the other device gets the row,
    // cannot fetch the file (the sync still succeeds and says so), and both catch up once the
    // file is there.
    void missingBlobIsRetried()
    {
        Device a, b;
        QVERIFY(a.enroll(*m_server, kSchool));
        QVERIFY(b.enroll(*m_server, kSchool));
        EquipmentDefaults::ensure(*a.store);
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok")); // leases asset tags
        const Session admin = adminOf(a);
        EquipmentService service(admin);
        const QString item = addItem(service);
        const QByteArray png = pngOf(Qt::darkMagenta);
        const QString sha = sha256Of(png);
        const QString photo = service.addPhoto(item, sha, QStringLiteral("image/png"), {});

        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        QCOMPARE(a.pending(), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM blob_uploads WHERE sha256 = ? AND "
                                        "uploaded_at IS NULL"),
                         {sha}),
                 1);

        const SyncResult first = b.sync();
        QCOMPARE(Test::outcome(first), QStringLiteral("ok"));
        QCOMPARE(b.field(QStringLiteral("equipment_photos"), photo, QStringLiteral("sha256")), sha);
        QVERIFY(!QFileInfo::exists(cachedPath(b, sha)));
        QVERIFY2(first.message.contains(QStringLiteral("next sync")), qPrintable(first.message));

        // The file turns up on A: its next sync sends it though the row went out already.
        putInCache(a, png);
        const SyncResult resent = a.sync();
        QCOMPARE(Test::outcome(resent), QStringLiteral("ok"));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM blob_uploads WHERE sha256 = ? AND "
                                        "uploaded_at IS NOT NULL"),
                         {sha}),
                 1);

        // B pulls nothing new but still fetches the file it lacks.
        const SyncResult second = b.sync();
        QCOMPARE(Test::outcome(second), QStringLiteral("ok"));
        QVERIFY2(second.message.isEmpty(), qPrintable(second.message));
        QCOMPARE(sha256Of(cachedBytes(b, sha)), sha);
        // And, having all it needs, the one after does not look again.
        QCOMPARE(b.value(QStringLiteral("SELECT value FROM meta WHERE key = "
                                        "'sync_blobs_missing'"))
                     .toString(),
                 QString());
    }

    // The server is gone while A sends: the row and its file wait, and both go out next time.
    void uploadFailsWhileOffline()
    {
        Device a, b;
        QVERIFY(a.enroll(*m_server, kSchool));
        QVERIFY(b.enroll(*m_server, kSchool));
        EquipmentDefaults::ensure(*a.store);
        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok")); // leases asset tags
        const Session admin = adminOf(a);
        EquipmentService service(admin);
        const QString item = addItem(service);
        const QByteArray png = pngOf(Qt::darkYellow);
        const QString sha = sha256Of(png);
        putInCache(a, png);
        const QString photo = service.addPhoto(item, sha, QStringLiteral("image/png"), {});

        m_server->terminate();
        const SyncResult offline = a.sync();
        QVERIFY(!offline.ok());
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM blob_uploads WHERE sha256 = ? AND "
                                        "uploaded_at IS NULL AND last_error IS NOT NULL"),
                         {sha}),
                 1);
        QVERIFY2(m_server->start(), qPrintable(m_server->stderrLog()));
        a.pointTo(m_server->url());
        b.pointTo(m_server->url());

        QCOMPARE(Test::outcome(a.sync()), QStringLiteral("ok"));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM blob_uploads WHERE sha256 = ? AND "
                                        "uploaded_at IS NOT NULL"),
                         {sha}),
                 1);
        QCOMPARE(Test::outcome(b.sync()), QStringLiteral("ok"));
        QCOMPARE(b.field(QStringLiteral("equipment_photos"), photo, QStringLiteral("sha256")), sha);
        QCOMPARE(sha256Of(cachedBytes(b, sha)), sha);
    }
};

QTEST_GUILESS_MAIN(TestPhotoSync)
#include "tst_photosync.moc"
