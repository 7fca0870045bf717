// Board documents in the store (docs/board-format.md §9): saved versions, colleagues' boards,
// working copies, and two devices syncing through the real district server — a board prepared
// on one computer opens on another, and versions saved offline on both are both kept.
#include "core/error.h"
#include "sync/blobclient.h"
#include "sync/districtauth.h"
#include "sync/storeblobs.h"
#include "sync/syncfixture.h"
#include "sync/syncmodule.h"
#include "testutil.h"
#include "whiteboard/format/boardfile.h"
#include "whiteboard/store/boardlibrary.h"
#include "whiteboard/whiteboardmodule.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace SchoolSuite;
using Test::Device;
using Test::DistrictServer;

namespace {
const QString kSchool = QStringLiteral("DC0001");

// A board of `pages` pages; the page count is what tells versions apart below.
void writeBoard(const QString &path, const QString &id, int pages, const QString &title)
{
    BoardDocument doc;
    doc.id = id;
    doc.title = title;
    for (int i = 0; i < pages; ++i) {
        BoardPage page = BoardPage::blank();
        page.background.pattern
            = i % 2 ? BoardBackground::Pattern::Grid : BoardBackground::Pattern::Tianzige;
        doc.appendPage(page);
    }
    BoardFile::write(doc, path);
}

int pagesIn(const QString &path)
{
    return BoardFile::read(path).pageCount();
}

QVariant value(Test::TempStore &t, const QString &sql, const QVariantList &args = {})
{
    return t.db().scalar(sql, args);
}

int count(Test::TempStore &t, const QString &sql, const QVariantList &args = {})
{
    return value(t, sql, args).toInt();
}

struct Teacher
{
    QString id;
    QString name;
    QString folder;
    BoardLibrary library;
    Teacher(Database &db, const QString &dataDir, const QString &userId, const QString &displayName)
        : id(userId)
        , name(displayName)
        , folder(QDir(dataDir).filePath(QStringLiteral("whiteboard/") + userId))
        , library(db, dataDir, userId, displayName, folder)
    {
        QDir().mkpath(folder);
    }
    // What the whiteboard page does on Save: the working copy goes back into the store.
    QString save(const QString &id, int pages, const QString &title = QStringLiteral("《春晓》"))
    {
        const QString path = library.workingPath(id);
        writeBoard(path, id, pages, title);
        return library.commit(id, path, title, pages);
    }
};
} // namespace

class TestBoardStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_serverDir;
    std::unique_ptr<DistrictServer> m_server;

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerSyncModule();
        registerWhiteboardModule();
        m_server = std::make_unique<DistrictServer>(QStringLiteral(SCHOOLSUITE_DISTRICT),
                                                    DistrictServer::sqliteUrl(m_serverDir.path()));
        QVERIFY2(m_server->addSchool(kSchool, QStringLiteral("实验学校")) && m_server->start(),
                 qPrintable(m_server->stderrLog().right(4000)));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_server)
            qWarning("server log:\n%s", qPrintable(m_server->stderrLog().right(4000)));
    }

    void savedVersionsAndColleagues()
    {
        Test::TempStore d;
        Teacher wang(d.db(), d.dir.path(), QStringLiteral("u-wang"), QStringLiteral("王老师"));
        Teacher li(d.db(), d.dir.path(), QStringLiteral("u-li"), QStringLiteral("李老师"));
        const QString id = BoardDocument().id;
        const QString v1 = wang.save(id, 1);
        // Saved again unchanged: nothing new, no second version.
        QCOMPARE(
            wang.library.commit(id, wang.library.workingPath(id), QStringLiteral("《春晓》"), 1),
            v1);
        const QString v2 = wang.save(id, 2);
        QVERIFY(v1 != v2);
        QCOMPARE(count(d,
                       QStringLiteral("SELECT count(*) FROM board_versions WHERE board_id = ?"),
                       {id}),
                 2);
        QCOMPARE(value(d,
                       QStringLiteral("SELECT parent_sha256 FROM board_versions WHERE sha256 = "
                                      "?"),
                       {v2})
                     .toString(),
                 v1);
        const BoardEntry board = wang.library.board(id);
        QCOMPARE(board.sha256, v2);
        QCOMPARE(board.pages, 2);
        QVERIFY(board.mine && board.available);
        QCOMPARE(board.otherVersions, 0);
        // The document is in the store itself (backups carry it) and in the blob cache (the
        // sync sends it from there).
        QCOMPARE(BoardFile::readData(wang.library.content(v2), QStringLiteral("v2")).pageCount(),
                 2);
        QVERIFY(QFile::exists(BlobClient::cachedPath(StoreBlobs::cacheDir(d.dir.path()), v2)));

        // A colleague sees the board only once it is shared, and cannot change it.
        QCOMPARE(li.library.boards().size(), 0);
        wang.library.setShared(id, true);
        QCOMPARE(li.library.boards().size(), 1);
        QVERIFY(!li.library.boards().first().mine);
        for (const auto &change : std::initializer_list<std::function<void()>>{
                 [&] { li.library.rename(id, QStringLiteral("我的")); },
                 [&] { li.library.remove(id); },
                 [&] { li.save(id, 3); }}) {
            try {
                change();
                QFAIL("a colleague changed the board");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), Error::PermissionDenied);
                QVERIFY2(e.message().contains(QStringLiteral("王老师")), qPrintable(e.message()));
            }
        }
        QCOMPARE(wang.library.board(id).sha256, v2);
        // Opening it gives the colleague a copy of their own.
        const BoardCheckout copy = li.library.checkout(id);
        QCOMPARE(pagesIn(copy.path), 2);
        const QList<BoardEntry> lis = li.library.boards();
        QCOMPARE(lis.size(), 2);
        const auto own
            = std::find_if(lis.begin(), lis.end(), [](const BoardEntry &b) { return b.mine; });
        QVERIFY(own != lis.end());
        QCOMPARE(own->title, QStringLiteral("Copy of 《春晓》"));
        QVERIFY(own->id != id);

        wang.library.rename(id, QStringLiteral("《春晓》第二课时"));
        QCOMPARE(wang.library.board(id).title, QStringLiteral("《春晓》第二课时"));
        wang.library.remove(id);
        QVERIFY(wang.library.board(id).id.isEmpty());
        QVERIFY(!QFile::exists(wang.library.workingPath(id)));
        QCOMPARE(li.library.boards().size(), 1); // the copy stays
        // Deleted on another computer while still open here: saving it brings it back.
        wang.save(id, 2);
        QCOMPARE(wang.library.board(id).pages, 2);
        QCOMPARE(count(d,
                       QStringLiteral("SELECT count(*) FROM boards WHERE id = ? AND deleted = 0"),
                       {id}),
                 1);
    }

    void workingCopyKeepsUnsavedWork()
    {
        Test::TempStore d;
        Teacher wang(d.db(), d.dir.path(), QStringLiteral("u-wang"), QStringLiteral("王老师"));
        const QString id = BoardDocument().id;
        wang.save(id, 1);
        // The working copy was lost (another e-prep room PC): it is made from the store.
        QFile::remove(wang.library.workingPath(id));
        BoardCheckout out = wang.library.checkout(id);
        QCOMPARE(pagesIn(out.path), 1);
        QVERIFY(out.notice.isEmpty());
        // Saved in the working folder but not put back (the program was killed): kept.
        writeBoard(out.path, id, 4, QStringLiteral("《春晓》"));
        out = wang.library.checkout(id);
        QCOMPARE(pagesIn(out.path), 4);
        // Strokes in the journal are kept as well.
        writeBoard(out.path, id, 1, QStringLiteral("《春晓》"));
        wang.library.commit(id, out.path, QStringLiteral("《春晓》"), 1);
        QFile journal(QDir(wang.folder).filePath(id + QStringLiteral(".journal")));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write("strokes");
        journal.close();
        // Meanwhile a newer version came in by a sync (saved by the teacher at another computer).
        QTemporaryDir elsewhere;
        const QString newer = elsewhere.filePath(QStringLiteral("newer.ssboard"));
        writeBoard(newer, id, 6, QStringLiteral("《春晓》"));
        QFile newerFile(newer);
        QVERIFY(newerFile.open(QIODevice::ReadOnly));
        const QByteArray newerBytes = newerFile.readAll();
        const QString newerSha = QString::fromLatin1(
            QCryptographicHash::hash(newerBytes, QCryptographicHash::Sha256).toHex());
        QSqlQuery pull(d.db().connection());
        QVERIFY(pull.prepare(QStringLiteral("INSERT INTO board_content (sha256, data, stored_at) "
                                            "VALUES (?, ?, '2026-11-30T08:00:00Z')")));
        pull.addBindValue(newerSha);
        pull.addBindValue(newerBytes);
        QVERIFY(pull.exec());
        QVERIFY(pull.exec(QStringLiteral("UPDATE boards SET sha256 = '%1', pages = 6, device = "
                                         "'prep-room-3'")
                              .arg(newerSha)));
        out = wang.library.checkout(id);
        QCOMPARE(pagesIn(out.path), 1);
        QVERIFY2(out.notice.contains(QStringLiteral("Saving them keeps both versions"))
                     && out.notice.contains(QStringLiteral("prep-room-3")),
                 qPrintable(out.notice));
        // Once the journal has gone back (the board was saved and closed), the newest opens.
        journal.remove();
        // Putting back a copy unchanged since it was made never takes the board back to it.
        wang.library.commit(id, out.path, QStringLiteral("《春晓》"), 1);
        QCOMPARE(wang.library.board(id).sha256, newerSha);
        QCOMPARE(pagesIn(wang.library.checkout(id).path), 6);
        QFile::remove(wang.library.workingPath(id));
        try {
            // Without the working copy and with the document missing, nothing can be opened.
            QSqlQuery wipe(d.db().connection());
            QVERIFY(wipe.exec(QStringLiteral("DELETE FROM board_content")));
            QDir(StoreBlobs::cacheDir(d.dir.path())).removeRecursively();
            wang.library.checkout(id);
            QFAIL("a board without its document opened");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("has not reached this computer")),
                     qPrintable(e.message()));
        }
    }

    void boardTravelsToTheClassroom()
    {
        Device prep, classroom;
        QVERIFY(prep.enroll(*m_server, kSchool));
        QVERIFY(classroom.enroll(*m_server, kSchool));
        Teacher atPrep(
            prep.db(), prep.dir.path(), QStringLiteral("u-wang"), QStringLiteral("王老师"));
        Teacher inClass(classroom.db(),
                        classroom.dir.path(),
                        QStringLiteral("u-wang"),
                        QStringLiteral("王老师"));
        const QString id = BoardDocument().id;
        const QString v1 = atPrep.save(id, 3);
        QCOMPARE(Test::outcome(prep.sync()), QStringLiteral("ok"));
        const SyncResult got = classroom.sync();
        QCOMPARE(Test::outcome(got), QStringLiteral("ok"));
        QVERIFY2(got.message.isEmpty(), qPrintable(got.message));
        const BoardEntry there = inClass.library.board(id);
        QCOMPARE(there.sha256, v1);
        QVERIFY(there.available);
        QCOMPARE(there.device, prep.value(QStringLiteral("SELECT device FROM boards")).toString());
        QCOMPARE(pagesIn(inClass.library.checkout(id).path), 3);

        // Both change it before either synchronises: the later one becomes the board, the
        // other stays listed and opens as a copy on either computer.
        const QString inClassVersion = inClass.save(id, 5);
        QTest::qWait(5);
        const QString atPrepVersion = atPrep.save(id, 4);
        QCOMPARE(Test::outcome(classroom.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(prep.sync()), QStringLiteral("ok"));
        QCOMPARE(Test::outcome(classroom.sync()), QStringLiteral("ok"));
        for (Teacher *t : {&atPrep, &inClass}) {
            const BoardEntry b = t->library.board(id);
            QCOMPARE(b.sha256, atPrepVersion);
            QCOMPARE(b.pages, 4);
            const QList<BoardVersion> others = t->library.otherVersions(id);
            QCOMPARE(others.size(), 1);
            QCOMPARE(others.first().sha256, inClassVersion);
            QCOMPARE(others.first().pages, 5);
        }
        // The classroom's working copy (its version saved) follows the newest version; its own
        // version remains a copy away.
        QCOMPARE(pagesIn(inClass.library.checkout(id).path), 4);
        const QString mine = inClass.library.copyOf(id, inClassVersion, QStringLiteral("课堂版"));
        QCOMPARE(pagesIn(mine), 5);

        // At the prep room the classroom's version has not been downloaded: it is fetched
        // from the district when opened.
        QVERIFY(!atPrep.library.otherVersions(id).first().available);
        try {
            atPrep.library.copyOf(id, inClassVersion, QStringLiteral("课堂版"));
            QFAIL("a version that is not here opened without fetching it");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("has not reached this computer")),
                     qPrintable(e.message()));
        }
        const QString server = prep.store->meta(QStringLiteral("sync_server"));
        const QByteArray credential = DistrictAuth::deviceCredential(prep.dir.path());
        atPrep.library.setFetch([&](const QString &sha) {
            return StoreBlobs::fetch(prep.dir.path(), server, credential, sha);
        });
        QCOMPARE(pagesIn(atPrep.library.copyOf(id, inClassVersion, QStringLiteral("课堂版"))), 5);
    }
};

QTEST_GUILESS_MAIN(TestBoardStore)
#include "tst_boardstore.moc"
