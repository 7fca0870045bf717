// MARC import into a real store (issue 5, must-have 2): preview, duplicates skipped or merged,
// broken records import nothing unless skip-bad, barcodes in the catalog refused by record,
// leased barcodes and 种次号, and an export that re-imports to the same records and copies.
#include "marctestdata.h"
#include "testutil.h"

#include "core/error.h"
#include "core/search/searchindex.h"
#include "core/store/database.h"
#include "library/catalog/catalogsearch.h"
#include "library/catalog/isbn.h"
#include "library/catalog/libraryservice.h"
#include "library/librarymodule.h"
#include "library/marc/marcexport.h"
#include "library/marc/marcimport.h"
#include "library/marc/marcreader.h"

#include <QScopeGuard>
#include <QTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Test::Marc;

namespace {

MarcImportResult importData(Session &s, const QByteArray &data, MarcImportOptions options = {})
{
    return MarcImport(s).commit(MarcImport::readData(data, options.encoding), options);
}

QString errorOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestMarcImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerLibraryModule();
    }

    void cnmarcGbk()
    {
        Test::TempStore t;
        Session admin = t.admin();
        const QByteArray file = cnmarcBook(5, Text::Gb18030, QStringLiteral("7-02-000220-X"))
                                + cnmarcBook(6, Text::Gb18030, QStringLiteral("9787536692930"));
        const MarcFile read = MarcImport::readData(file, MarcEncoding::Auto);
        const MarcPreview preview = MarcImport(admin).preview(read, {});
        QCOMPARE(preview.newTitles, 2);
        QCOMPARE(preview.duplicates, 0);
        QCOMPARE(preview.broken, 0);
        QCOMPARE(preview.copies, 4);
        QCOMPARE(LibraryService(admin).titleCount(), 0); // a preview writes nothing

        const MarcImportResult r = importData(admin, file);
        QCOMPARE(r.titlesAdded, 2);
        QCOMPARE(r.copiesAdded, 4);
        LibraryService service(admin);
        const QList<BibRecord> found = service.titlesByIsbn(QStringLiteral("9787020002207"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].title, QStringLiteral("红楼梦 : 校注本"));
        QCOMPARE(found[0].publisher, QStringLiteral("人民文学出版社"));
        QCOMPARE(found[0].source, QStringLiteral("marc"));
        const QList<LibraryCopy> copies = service.copies(found[0].id);
        QCOMPARE(copies.size(), 2);
        QStringList barcodes;
        for (const LibraryCopy &c : copies) {
            barcodes << c.barcode;
            QVERIFY(c.callNo.startsWith(QLatin1String("I242.4/5")));
        }
        // The holding without a barcode got one of this device's leased block.
        QVERIFY(barcodes.contains(QStringLiteral("CN-5")));
        barcodes.removeOne(QStringLiteral("CN-5"));
        QVERIFY2(barcodes[0].startsWith(service.barcodePrefix()), qPrintable(barcodes[0]));
        // 种次号 given in the file are never handed out again.
        QVERIFY(service.nextSeq(QStringLiteral("I242.4")) > 6);

        // Written in bulk, the titles are found all the same: in the catalog tab's index (by
        // title and by a copy's barcode) and in Ctrl+K's.
        CatalogSearch(t.db()).update();
        QCOMPARE(CatalogSearch::search(t.db().connection(), QStringLiteral("红楼梦"), 20)
                     .titleIds.size(),
                 2); // both records of the file are 红楼梦
        QCOMPARE(CatalogSearch::search(t.db().connection(), QStringLiteral("CN-5"), 20).titleIds,
                 QStringList{found[0].id});
        t.store.search().update();
        bool inCtrlK = false;
        for (const SearchHit &hit : t.store.search().search(QStringLiteral("红楼梦")))
            inCtrlK = inCtrlK || hit.id == found[0].id;
        QVERIFY(inCtrlK);
        // Queued for the district once each, the fields read from the rows when pushed.
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'insert' AND "
                                            "tbl IN ('library_titles', 'library_copies')"))
                     .toInt(),
                 6);
    }

    // A file of 4 MB or more is read in parts, one per core, cut where a record starts: the
    // records, their numbers and byte offsets are those of one reading, and so are the broken
    // ones, also one whose length runs past a cut.
    void aLargeFileIsReadInPartsAsInOne()
    {
        QByteArray data;
        QList<qint64> offsets;
        for (int i = 1; data.size() < 6 * 1024 * 1024; ++i) {
            offsets << data.size();
            data += cnmarcBook(i, Text::Gb18030);
        }
        const auto restore = qScopeGuard([] { MarcImport::setReadParts(0); });
        auto readIn = [](int parts, const QByteArray &bytes) {
            MarcImport::setReadParts(parts);
            QStringList out;
            for (const MarcFileRecord &r : MarcImport::readData(bytes, MarcEncoding::Auto).records)
                out << QStringLiteral("%1 %2 %3 %4")
                           .arg(r.number)
                           .arg(r.offset)
                           .arg(r.error, r.book.bib.title);
            return out;
        };
        const QStringList whole = readIn(1, data);
        QCOMPARE(whole.size(), offsets.size());
        QCOMPARE(whole.first(), QStringLiteral("1 0  红楼梦 : 校注本"));
        QCOMPARE(whole.last(),
                 QStringLiteral("%1 %2  红楼梦 : 校注本").arg(offsets.size()).arg(offsets.last()));
        QCOMPARE(readIn(3, data), whole);

        // Broken: a directory in the first part, and the record before the second cut claiming
        // more bytes than it has (read in parts, it would run into the next part).
        QByteArray broken = data;
        const int early = int(offsets.size() / 5);
        broken[offsets[early] + 27] = 'x'; // the first entry's length
        const qsizetype cut = MarcReader::recordStartFrom(broken, broken.size() / 3 * 2);
        const int beforeCut = int(offsets.indexOf(cut)) - 1;
        QVERIFY(beforeCut > early);
        broken.replace(offsets[beforeCut], 5, "99999");
        const QStringList wholeBroken = readIn(1, broken);
        int named = 0;
        for (const QString &r : wholeBroken)
            named += r.contains(QLatin1String("bad directory"))
                     || r.contains(QLatin1String("record length mismatch"));
        QCOMPARE(named, 2);
        QCOMPARE(readIn(3, broken), wholeBroken);
        QCOMPARE(readIn(2, broken), wholeBroken);
    }

    // An import large enough for the catalog's search index to be rebuilt asks for the rebuild
    // instead of queuing every title; a small one queues its titles.
    void aLargeImportAsksForTheIndexRebuilt()
    {
        Test::TempStore t;
        Session admin = t.admin();
        QByteArray data;
        for (int i = 1; i <= 2500; ++i) {
            const QString first12 = QStringLiteral("9787%1").arg(10000000 + i);
            data += cnmarcBook(i, Text::Gb18030, first12 + Isbn::checkDigit13(first12));
        }
        QCOMPARE(importData(admin, data).titlesAdded, 2500);
        auto count = [&t](const QString &sql) { return t.db().scalar(sql).toInt(); };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM library_search_dirty")), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'library_search_rebuild'")),
            1);
        QCOMPARE(CatalogSearch(t.db()).update(), 2500);
        QCOMPARE(CatalogSearch::count(t.db().connection()), 2500);
        QCOMPARE(CatalogSearch::search(t.db().connection(), QStringLiteral("978710001777"), 20)
                     .titleIds.size(),
                 1);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'library_search_rebuild'")),
            0);
        QCOMPARE(CatalogSearch(t.db()).update(), 0);

        QCOMPARE(importData(admin, cnmarcBook(9001, Text::Gb18030, QStringLiteral("9787536692930")))
                     .titlesAdded,
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM library_search_dirty")), 1);
        QCOMPARE(CatalogSearch(t.db()).update(), 1);
        QCOMPARE(CatalogSearch::count(t.db().connection()), 2501);
    }

    // A large import: its rows are made ready on another thread, a chunk at a time, and the
    // catalog's indexes are built once at the end. A record merges into one far before it (in
    // another chunk), and the catalog answers and keeps its rules as after any import.
    void aLargeImportMergesAcrossChunksAndKeepsItsIndexes()
    {
        Test::TempStore t;
        Session admin = t.admin();
        const QString indexesSql = QStringLiteral(
            "SELECT group_concat(name || ': ' || sql, char(10)) FROM (SELECT name, sql FROM "
            "sqlite_schema WHERE type = 'index' AND tbl_name IN ('library_titles', "
            "'library_copies') ORDER BY name)");
        const QString indexes = t.db().scalar(indexesSql).toString();
        QVERIFY(indexes.contains(QLatin1String("library_copies_barcode")));
        auto isbnOf = [](int i) {
            const QString first12 = QStringLiteral("9787%1").arg(10000000 + i);
            return first12 + Isbn::checkDigit13(first12);
        };
        QByteArray data;
        for (int i = 1; i <= 6000; ++i)
            data += cnmarcBook(i, Text::Gb18030, isbnOf(i == 6000 ? 1 : i));
        MarcImportOptions merge;
        merge.duplicates = MarcImportOptions::Duplicates::Merge;
        const MarcImportResult r = importData(admin, data, merge);
        QCOMPARE(r.titlesAdded, 5999);
        QCOMPARE(r.titlesMerged, 1);
        QCOMPARE(r.copiesAdded, 12000); // each record's second copy gets a barcode of the block

        QCOMPARE(t.db().scalar(indexesSql).toString(), indexes);
        QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        LibraryService service(admin);
        const QList<BibRecord> first = service.titlesByIsbn(isbnOf(1));
        QCOMPARE(first.size(), 1);
        QStringList barcodes;
        for (const LibraryCopy &c : service.copies(first.at(0).id))
            barcodes << c.barcode;
        QCOMPARE(barcodes.size(), 4);
        QVERIFY2(barcodes.contains(QStringLiteral("CN-1"))
                     && barcodes.contains(QStringLiteral("CN-6000")),
                 qPrintable(barcodes.join(u' ')));
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT count(DISTINCT barcode) FROM library_copies"))
                     .toInt(),
                 12000);
        const LibraryCopy copy = service.copy(QStringLiteral("CN-4321"));
        QCOMPARE(copy.titleId, service.titlesByIsbn(isbnOf(4321)).at(0).id);
        QCOMPARE(copy.callNo, QStringLiteral("I242.4/4321"));
        // The barcode index built again still refuses a second copy with a barcode.
        QVERIFY_THROWS_EXCEPTION(
            Error,
            t.db().exec(QStringLiteral("INSERT INTO library_copies (title_id, barcode, call_no, "
                                       "clc) VALUES (?, 'CN-5', 'I242.4/9999', 'I242.4')"),
                        {copy.titleId}));
    }

    void brokenImportsNothing()
    {
        Test::TempStore t;
        Session admin = t.admin();
        QByteArray bad = marc21Book(2, QStringLiteral("9787536692930"));
        bad[24 + 12 + 4] = 'x';
        const QByteArray one = marc21Book(1);
        QByteArray noTitle
            = record(marc21Leader, {data("020", "  ", {{'a', QStringLiteral("9780306406157")}})});
        const QByteArray file = one + bad + noTitle;
        const QString message = errorOf([&] { importData(admin, file); });
        QVERIFY2(
            message.contains(QStringLiteral("record 2 (byte %1): bad directory").arg(one.size())),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("record 3 (byte %1): no title (245$a)")
                                      .arg(one.size() + bad.size())),
                 qPrintable(message));
        LibraryService service(admin);
        QCOMPARE(service.titleCount(), 0);
        QCOMPARE(service.copyCount(), 0);

        MarcImportOptions skip;
        skip.skipBad = true;
        const MarcImportResult r = importData(admin, file, skip);
        QCOMPARE(r.titlesAdded, 1);
        QCOMPARE(r.copiesAdded, 2);
        QCOMPARE(r.skipped.size(), 2);
        QVERIFY(r.skipped[0].startsWith(QLatin1String("record 2 (byte")));
        QCOMPARE(service.titleCount(), 1);
    }

    void barcodesAlreadyInTheCatalog()
    {
        Test::TempStore t;
        Session admin = t.admin();
        importData(admin, marc21Book(1));
        // Another title whose holding carries a barcode the catalog has: refused by record.
        const QByteArray again = marc21Book(3, QStringLiteral("9787536692930"))
                                 + cnmarcBook(1, Text::Utf8, QStringLiteral("9780306406157"));
        QByteArray clash = marc21Book(1, QStringLiteral("9787020090006"));
        const QString message = errorOf([&] { importData(admin, again + clash); });
        QVERIFY2(message.contains(QStringLiteral("record 3 (byte %1): barcode M21-1 is already in "
                                                 "the catalog")
                                      .arg(again.size())),
                 qPrintable(message));
        QCOMPARE(LibraryService(admin).titleCount(), 1);
        QCOMPARE(LibraryService(admin).copyCount(), 2);

        // The same barcode twice in one file: the second record is named with the first.
        const QByteArray twice = marc21Book(7, QStringLiteral("9787536692930"))
                                 + marc21Book(7, QStringLiteral("9787020090006"));
        const QString m2 = errorOf([&] { importData(admin, twice); });
        QVERIFY2(m2.contains(QLatin1String("record 2 (byte"))
                     && m2.contains(QLatin1String("barcode M21-7 is also in record 1")),
                 qPrintable(m2));
    }

    void duplicatesSkipOrMerge()
    {
        Test::TempStore t;
        Session admin = t.admin();
        LibraryService service(admin);
        BibRecord mine;
        mine.title = QStringLiteral("三体（馆员录入）");
        mine.isbn = QStringLiteral("9787020002207");
        const QString id = service.addTitle(mine);

        const QByteArray file = marc21Book(1) + marc21Book(2, QStringLiteral("9787536692930"));
        const MarcPreview p
            = MarcImport(admin).preview(MarcImport::readData(file, MarcEncoding::Auto), {});
        QCOMPARE(p.duplicates, 1);
        QCOMPARE(p.rows[0].kind, MarcPreview::Kind::Duplicate);
        QCOMPARE(p.rows[0].existingId, id);
        QCOMPARE(p.rows[0].existingTitle, mine.title);
        QCOMPARE(p.rows[0].copies, 0);

        MarcImportResult r = importData(admin, file);
        QCOMPARE(r.duplicatesSkipped, 1);
        QCOMPARE(r.titlesAdded, 1);
        QCOMPARE(service.copies(id).size(), 0);
        QCOMPARE(service.title(id).publisher, QString());

        MarcImportOptions merge;
        merge.duplicates = MarcImportOptions::Duplicates::Merge;
        // Record 2 is now a duplicate too; its barcodes are in the catalog: it is named.
        const QString m = errorOf([&] { importData(admin, file, merge); });
        QVERIFY2(m.contains(QLatin1String("record 2 (byte")), qPrintable(m));
        r = importData(admin, marc21Book(1), merge);
        QCOMPARE(r.titlesMerged, 1);
        QCOMPARE(r.copiesAdded, 2);
        const BibRecord merged = service.title(id);
        QCOMPARE(merged.title, mine.title); // kept: a merge only fills what is empty
        QCOMPARE(merged.publisher, QStringLiteral("重庆出版社"));
        QCOMPARE(merged.clc, QStringLiteral("I247.5"));
        QCOMPARE(service.copies(id).size(), 2);

        // Two records of one file with the same ISBN: the second merges into the first.
        Test::TempStore t2;
        Session admin2 = t2.admin();
        r = importData(admin2, marc21Book(1) + marc21Book(2), merge);
        QCOMPARE(r.titlesAdded, 1);
        QCOMPARE(r.titlesMerged, 1);
        QCOMPARE(r.copiesAdded, 4);
        QCOMPARE(LibraryService(admin2).titleCount(), 1);
    }

    // The import uses the preview the user saw only while nothing was written to the store
    // since: a title catalogued meanwhile with a record's ISBN makes the record a duplicate.
    void aPreviewMadeBeforeAChangeIsMadeAnew()
    {
        Test::TempStore t;
        Session admin = t.admin();
        LibraryService service(admin);
        const QByteArray data = marc21Book(1) + marc21Book(2, QStringLiteral("9787536692930"));
        const MarcFile file = MarcImport::readData(data, MarcEncoding::Auto);
        MarcImport import(admin);
        const MarcPreview p = import.preview(file, {});
        QCOMPARE(p.newTitles, 2);
        BibRecord mine;
        mine.title = QStringLiteral("三体（馆员录入）");
        mine.isbn = QStringLiteral("9787020002207");
        service.addTitle(mine);
        const MarcImportResult r = import.commit(file, p, {});
        QCOMPARE(r.duplicatesSkipped, 1);
        QCOMPARE(r.titlesAdded, 1);
        QCOMPARE(service.titleCount(), 2);
        // Unchanged since: the preview is the import's (the same outcome either way).
        Test::TempStore t2;
        Session admin2 = t2.admin();
        MarcImport import2(admin2);
        const MarcImportResult r2 = import2.commit(file, import2.preview(file, {}), {});
        QCOMPARE(r2.titlesAdded, 2);
        QCOMPARE(r2.copiesAdded, 4);
    }

    void exportReimports_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("cnmarc");
        QTest::newRow("MARC 21 ISO 2709") << QStringLiteral("out.mrc") << false;
        QTest::newRow("MARC 21 MARCXML") << QStringLiteral("out.xml") << false;
        QTest::newRow("CNMARC ISO 2709") << QStringLiteral("out.iso") << true;
        QTest::newRow("CNMARC MARCXML") << QStringLiteral("out.marcxml") << true;
    }

    void exportReimports()
    {
        QFETCH(QString, name);
        QFETCH(bool, cnmarc);
        Test::TempStore source;
        Session admin = source.admin();
        importData(admin,
                   cnmarcBook(3, Text::Gb18030) + marc21Book(4, QStringLiteral("9787536692930")));
        LibraryService service(admin);
        BibRecord plain;
        plain.title = QStringLiteral("没有ISBN的书");
        plain.clc = QStringLiteral("G624.23");
        const QString plainId = service.addTitle(plain);
        LibraryCopy c;
        c.titleId = plainId;
        service.addCopy(c);

        const QString path = source.dir.filePath(name);
        QCOMPARE(MarcExport(admin).write(path, cnmarc ? MarcFamily::Unimarc : MarcFamily::Marc21),
                 3);

        Test::TempStore target;
        Session admin2 = target.admin();
        const MarcImportResult r
            = MarcImport(admin2).commit(MarcImport::read(path, MarcEncoding::Auto), {});
        QCOMPARE(r.titlesAdded, 3);
        QCOMPARE(r.copiesAdded, 5);
        LibraryService back(admin2);
        auto all = [](Test::TempStore &t) {
            QMap<QString, QPair<BibRecord, QStringList>> m;
            QSqlQuery q
                = t.db().exec(QStringLiteral("SELECT id FROM library_titles WHERE deleted = 0"));
            Session s = t.admin();
            LibraryService service(s);
            while (q.next()) {
                BibRecord b = service.title(q.value(0).toString());
                QStringList copies;
                for (const LibraryCopy &c : service.copies(b.id))
                    copies << QStringList{c.barcode,
                                          c.callNo,
                                          c.clc,
                                          QString::number(c.seq),
                                          c.volume,
                                          c.location}
                                  .join(QLatin1Char('|'));
                copies.sort();
                const QString key = b.title;
                b.id.clear();
                b.source.clear();
                m.insert(key, {b, copies});
            }
            return m;
        };
        const auto before = all(source);
        const auto after = all(target);
        QCOMPARE(after.keys(), before.keys());
        for (const QString &k : before.keys()) {
            QCOMPARE(after[k].first, before[k].first);
            QCOMPARE(after[k].second, before[k].second);
        }
    }

    void cancelledReadImportsNothing()
    {
        Test::TempStore t;
        Session admin = t.admin();
        QByteArray file;
        for (int i = 0; i < 600; ++i)
            file += cnmarcBook(i, Text::Gb18030, QString());
        const MarcFile read = MarcImport::readData(
            file, MarcEncoding::Auto, [](qint64 done, qint64) { return done < 1000; });
        QVERIFY(read.cancelled);
        QVERIFY(read.records.size() < 600);
        QVERIFY(!errorOf([&] { MarcImport(admin).commit(read, {}); }).isEmpty());
        QCOMPARE(LibraryService(admin).titleCount(), 0);

        // Cancelled while writing: rolled back.
        const MarcFile whole = MarcImport::readData(file, MarcEncoding::Auto);
        QCOMPARE(whole.records.size(), 600);
        const QString m = errorOf([&] {
            MarcImport(admin).commit(whole, {}, [](qint64 done, qint64) { return done < 300; });
        });
        QVERIFY(m.contains(QLatin1String("cancelled")));
        QCOMPARE(LibraryService(admin).titleCount(), 0);
        QCOMPARE(LibraryService(admin).copyCount(), 0);
    }

    void permission()
    {
        Test::TempStore t;
        Session teacher = t.as(Role::Teacher);
        const MarcFile read = MarcImport::readData(marc21Book(1), MarcEncoding::Auto);
        QVERIFY(!errorOf([&] { MarcImport(teacher).commit(read, {}); }).isEmpty());
        Session admin = t.admin();
        QCOMPARE(LibraryService(admin).titleCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMarcImport)
#include "tst_marcimport.moc"
