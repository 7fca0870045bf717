// Copy cataloguing (issue 5, must-have 3) through real parts: four schools' catalogs synced to
// the real schoolsuite-district, whose union catalog one school's look-up finds; the district's
// Z39.50 and SRU target is the real yaz-ztest; unreachable and silent targets, an unreachable
// district and a computer that is not enrolled each say why, and the chain goes on.
#include "copycattest.h"
#include "ztestserver.h"

#include "library/catalog/isbn.h"
#include "library/catalog/libraryservice.h"
#include "library/copycat/copycataloguing.h"
#include "library/copycat/librarytargets.h"
#include "library/ui/copycatform.h"
#include "library/ui/isbnlookupdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

#include <QSignalSpy>
#include <QTcpServer>

using namespace SchoolSuite;
using Test::Device;
using Test::DistrictServer;

class TestCopyCatChain : public QObject
{
    Q_OBJECT

    Test::CopyCatDistrict m_district;
    Test::ZTestServer m_ztest{QStringLiteral(YAZ_ZTEST)};
    QString m_titleOnA;

    Device &a() { return *m_district.devices.at(0); }
    Device &b() { return *m_district.devices.at(1); }

    // Sets the district's target and lets school B pull it.
    void setTarget(const QStringList &args)
    {
        const auto set
            = m_district.server->admin(QStringList{QStringLiteral("set-library-target")} + args);
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(Test::outcome(b().sync()), QStringLiteral("ok"));
    }

private slots:
    void initTestCase()
    {
        // A to D catalogue or look up; E uses the dialog.
        QVERIFY(m_district.start(5));
        QVERIFY2(m_ztest.start(), "yaz-ztest did not start");
        // 《呐喊》 at schools A, C and D; D typed another page count.
        for (int i : {0, 2, 3}) {
            Device &d = *m_district.devices.at(i);
            const Session admin = Test::adminOf(d);
            LibraryService library(admin);
            BibRecord r = Test::nahan();
            if (i == 3)
                r.pages = 180;
            const QString id = library.addTitle(r);
            LibraryCopy copy;
            copy.titleId = id;
            library.addCopies(copy, 2);
            if (i == 0)
                m_titleOnA = id;
            QCOMPARE(Test::outcome(d.sync()), QStringLiteral("ok"));
        }
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            m_district.logIfFailed();
            qWarning("yaz-ztest log:\n%s", qPrintable(m_ztest.log().right(2000)));
        }
    }

    void unionCatalogFindsOtherSchoolsTitle()
    {
        const Session admin = Test::adminOf(b());
        const CopyCatResult result = CopyCataloguing(admin).lookUpNow(Test::kNahan);
        QVERIFY(result.isValid());
        QCOMPARE(result.isbn, Test::kNahan);
        QCOMPARE(Test::stepSummary(result),
                 QStringLiteral("local:not found, union:found, z3950:skipped"));
        QCOMPARE(result.records.size(), 1);
        const CopyCatRecord &found = result.records.constFirst();
        QCOMPARE(found.from, QStringLiteral("union"));
        QCOMPARE(found.schoolCount, 3);
        QCOMPARE(found.record.title, QStringLiteral("呐喊"));
        QCOMPARE(found.record.responsibility, QStringLiteral("鲁迅著"));
        QCOMPARE(found.record.publisher, QStringLiteral("人民文学出版社"));
        QCOMPARE(found.record.place, QStringLiteral("北京"));
        QCOMPARE(found.record.clc, QStringLiteral("I210.6"));
        QCOMPARE(found.record.year, 1973);
        QCOMPARE(found.record.priceFen, 2500);
        QCOMPARE(found.record.pages, 176); // two schools against one
        QCOMPARE(found.record.subjects,
                 QStringList({QStringLiteral("短篇小说"), QStringLiteral("中国")}));
        QCOMPARE(found.record.series, QStringLiteral("鲁迅作品集"));
        QCOMPARE(found.record.summary, QStringLiteral("鲁迅的第一部短篇小说集。"));
        QCOMPARE(found.record.source, QStringLiteral("union"));
        QVERIFY(found.record.id.isEmpty());
        // Nothing was written at B.
        QVERIFY(LibraryService(admin).titlesByIsbn(Test::kNahan).isEmpty());
    }

    void isbn10FindsTheIsbn13Record()
    {
        const Session admin = Test::adminOf(b());
        const CopyCatResult result
            = CopyCataloguing(admin).lookUpNow(QStringLiteral("7-02-000220-x"));
        QCOMPARE(result.isbn, Test::kNahan);
        QCOMPARE(result.records.size(), 1);
        QCOMPARE(result.records.constFirst().record.title, QStringLiteral("呐喊"));
        QCOMPARE(result.records.constFirst().record.isbn, Test::kNahan);
    }

    void localCatalogComesFirst()
    {
        const Session admin = Test::adminOf(a());
        CopyCataloguing chain(admin);
        CopyCatResult result = chain.lookUpNow(Test::kNahan);
        QCOMPARE(Test::stepSummary(result),
                 QStringLiteral("local:found, union:skipped, z3950:skipped"));
        QCOMPARE(result.records.size(), 1);
        QVERIFY(result.records.constFirst().isLocal());
        QCOMPARE(result.records.constFirst().record.id, m_titleOnA);
        QCOMPARE(result.localTitles().size(), 1);

        // Asking every source: the local record still comes first.
        CopyCataloguing::Options options;
        options.stopAtFirstFound = false;
        chain.setOptions(options);
        result = chain.lookUpNow(Test::kNahan);
        QCOMPARE(Test::stepSummary(result),
                 QStringLiteral("local:found, union:found, z3950:skipped"));
        QCOMPARE(result.records.size(), 2);
        QVERIFY(result.records.at(0).isLocal());
        QCOMPARE(result.records.at(1).from, QStringLiteral("union"));
    }

    void invalidIsbnAsksNobody()
    {
        const Session admin = Test::adminOf(b());
        const CopyCatResult result
            = CopyCataloguing(admin).lookUpNow(QStringLiteral("9787020002208"));
        QVERIFY(!result.isValid());
        QVERIFY2(result.problem.contains(QStringLiteral("7")), qPrintable(result.problem));
        QVERIFY(result.steps.isEmpty());
        QVERIFY(result.records.isEmpty());
    }

    void lookUpReportsEachStepWithoutBlocking()
    {
        const Session admin = Test::adminOf(b());
        CopyCataloguing chain(admin);
        QSignalSpy steps(&chain, &CopyCataloguing::stepFinished);
        QSignalSpy finished(&chain, &CopyCataloguing::finished);
        chain.lookUp(Test::kNahan);
        // Nothing is reported before lookUp() returned.
        QCOMPARE(steps.count(), 0);
        QVERIFY(finished.wait(30000));
        const auto result = finished.constFirst().constFirst().value<CopyCatResult>();
        QCOMPARE(Test::stepSummary(result),
                 QStringLiteral("local:not found, union:found, z3950:skipped"));
        QCOMPARE(steps.count(), 3);
        QCOMPARE(steps.at(0).constFirst().value<CopyCatStep>().source, QStringLiteral("local"));
        QCOMPARE(steps.at(1).constFirst().value<CopyCatStep>().source, QStringLiteral("union"));
        QVERIFY(!chain.isRunning());
    }

    void dialogCataloguesFromTheUnionCatalog()
    {
        Device &e = *m_district.devices.at(4);
        const Session admin = Test::adminOf(e);
        LibraryService library(admin);
        IsbnLookupDialog dialog(admin);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_VERIFY(dialog.scanField()->hasFocus());
        QSignalSpy finished(&dialog, &IsbnLookupDialog::lookUpFinished);
        // A scanner types the EAN-13 and Enter.
        QTest::keyClicks(dialog.scanField(), Test::kNahan);
        QTest::keyClick(dialog.scanField(), Qt::Key_Return);
        QVERIFY(finished.wait(30000));
        QCOMPARE(dialog.stepList()->count(), 3);
        QVERIFY2(dialog.stepList()->item(1)->text().contains(QStringLiteral("1 record")),
                 qPrintable(dialog.stepList()->item(1)->text()));
        QCOMPARE(dialog.form()->edit(QStringLiteral("title"))->text(), QStringLiteral("呐喊"));
        QCOMPARE(dialog.form()->edit(QStringLiteral("isbn"))->text(),
                 QStringLiteral("978-7-02-000220-7"));
        QCOMPARE(dialog.form()->edit(QStringLiteral("publisher"))->text(),
                 QStringLiteral("人民文学出版社"));
        QCOMPARE(dialog.form()->edit(QStringLiteral("price"))->text(), QStringLiteral("25.00"));
        QVERIFY2(dialog.recordChoice()->currentText().contains(QStringLiteral("3 school")),
                 qPrintable(dialog.recordChoice()->currentText()));
        // The class has no 种次号 on this computer yet: the call number is the class for now.
        QVERIFY2(dialog.callNumberField()->text().startsWith(QStringLiteral("I210.6")),
                 qPrintable(dialog.callNumberField()->text()));
        // Nothing is written before Save.
        QVERIFY(library.titlesByIsbn(Test::kNahan).isEmpty());

        dialog.copiesField()->setValue(2);
        dialog.locationField()->setCurrentText(QStringLiteral("书库"));
        dialog.shelfField()->setText(QStringLiteral("A-03"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        const QList<BibRecord> titles = library.titlesByIsbn(Test::kNahan);
        QCOMPARE(titles.size(), 1);
        QCOMPARE(titles.constFirst().title, QStringLiteral("呐喊"));
        QCOMPARE(titles.constFirst().source, QStringLiteral("union"));
        QCOMPARE(titles.constFirst().pages, 176);
        QCOMPARE(titles.constFirst().summary, QStringLiteral("鲁迅的第一部短篇小说集。"));
        const QList<LibraryCopy> copies = library.copies(titles.constFirst().id);
        QCOMPARE(copies.size(), 2);
        for (const LibraryCopy &c : copies) {
            QCOMPARE(c.location, QStringLiteral("书库"));
            QCOMPARE(c.shelf, QStringLiteral("A-03"));
            QCOMPARE(c.priceFen, 2500);
            QVERIFY2(dialog.messageText().contains(c.barcode), qPrintable(dialog.messageText()));
        }
        QCOMPARE(dialog.lastSavedTitleId(), titles.constFirst().id);
        // Ready for the next book.
        QVERIFY(dialog.scanField()->text().isEmpty());
        QVERIFY(dialog.form()->edit(QStringLiteral("title"))->text().isEmpty());
        QCOMPARE(dialog.locationField()->currentText(), QStringLiteral("书库"));
    }

    void z3950TargetOfTheDistrict()
    {
        setTarget({m_ztest.z3950Url(),
                   QStringLiteral("--syntax"),
                   QStringLiteral("usmarc"),
                   QStringLiteral("--encoding"),
                   QStringLiteral("marc8"),
                   QStringLiteral("--name"),
                   QStringLiteral("测试目标")});
        const QList<LibraryTarget> targets = LibraryTargets::fromStore(b().db().connection());
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.constFirst().url, m_ztest.z3950Url());
        QCOMPARE(targets.constFirst().name, QStringLiteral("测试目标"));

        // yaz-ztest answers 9780839108825 with that many hits; of the first ten records, the
        // sixth carries ISBN 0839108826 and comes first, the ones without an ISBN after it, the
        // twelfth (ISBN 0836968433) not at all.
        const Session admin = Test::adminOf(b());
        CopyCataloguing chain(admin);
        CopyCataloguing::Options options;
        options.target.maxRecords = 12;
        chain.setOptions(options);
        const CopyCatResult result = chain.lookUpNow(QStringLiteral("0839108826"));
        QCOMPARE(Test::stepSummary(result),
                 QStringLiteral("local:not found, union:not found, z3950:found"));
        QVERIFY(result.records.size() > 1);
        const CopyCatRecord &first = result.records.constFirst();
        QCOMPARE(first.from, QStringLiteral("z3950"));
        QVERIFY2(first.origin.contains(QStringLiteral("测试目标")), qPrintable(first.origin));
        QVERIFY2(first.record.title.startsWith(
                     QStringLiteral("Reconstruction tomography in diagnostic radiology")),
                 qPrintable(first.record.title));
        QCOMPARE(first.record.publisher, QStringLiteral("University Park Press"));
        QCOMPARE(first.record.place, QStringLiteral("Baltimore"));
        QCOMPARE(first.record.year, 1977);
        QCOMPARE(first.record.isbn, QStringLiteral("9780839108825"));
        QCOMPARE(first.record.source, QStringLiteral("z3950"));
        for (const CopyCatRecord &r : result.records) {
            QCOMPARE(r.record.isbn, QStringLiteral("9780839108825"));
            QVERIFY(!r.record.title.startsWith(QStringLiteral("The religious teachers")));
        }
        QCOMPARE(result.records.size(), 11); // 12 fetched, the one with another ISBN left out
        QCOMPARE(result.records.at(1).record.title, QStringLiteral("How to program a computer"));
        QCOMPARE(result.records.at(1).record.responsibility, QStringLiteral("Jack Collins"));
    }

    void sruTargetOfTheDistrict()
    {
        setTarget({m_ztest.sruUrl(), QStringLiteral("--name"), QStringLiteral("SRU 测试")});
        const Session admin = Test::adminOf(b());
        const CopyCatResult result = CopyCataloguing(admin).lookUpNow(QStringLiteral("0839108826"));
        QCOMPARE(Test::stepSummary(result),
                 QStringLiteral("local:not found, union:not found, sru:found"));
        const CopyCatRecord &first = result.records.constFirst();
        QCOMPARE(first.from, QStringLiteral("sru"));
        QCOMPARE(first.record.title, QStringLiteral("How to program a computer"));
        QCOMPARE(first.record.responsibility, QStringLiteral("Jack Collins"));
        QCOMPARE(first.record.isbn, QStringLiteral("9780839108825"));
        QVERIFY2(m_ztest.log().contains(QStringLiteral("cql: bath.isbn=9780839108825")),
                 qPrintable(m_ztest.log().right(1000)));
    }

    void unreachableTargetSaysSo()
    {
        const QString url
            = QStringLiteral("127.0.0.1:%1/Default").arg(Test::ZTestServer::freePort());
        setTarget({url});
        const Session admin = Test::adminOf(b());
        const CopyCatResult result = CopyCataloguing(admin).lookUpNow(Test::kNahan);
        QCOMPARE(Test::stepSummary(result),
                 QStringLiteral("local:not found, union:found, z3950:skipped"));
        CopyCataloguing every(admin);
        CopyCataloguing::Options options;
        options.stopAtFirstFound = false;
        every.setOptions(options);
        const CopyCatResult all = every.lookUpNow(Test::kNahan);
        QCOMPARE(Test::stepSummary(all),
                 QStringLiteral("local:not found, union:found, z3950:failed"));
        const QString message = all.steps.constLast().message;
        QVERIFY2(message.contains(QStringLiteral("cannot be reached")) && message.contains(url),
                 qPrintable(message));
        QCOMPARE(all.records.size(), 1); // the union's record is still there
    }

    void silentTargetTimesOut()
    {
        QTcpServer silent; // accepts connections and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        setTarget({QStringLiteral("127.0.0.1:%1/Default").arg(silent.serverPort()),
                   QStringLiteral("--name"),
                   QStringLiteral("沉默的目标")});
        const Session admin = Test::adminOf(b());
        CopyCataloguing chain(admin);
        CopyCataloguing::Options options;
        options.target.timeoutSeconds = 1;
        chain.setOptions(options);
        const CopyCatResult result = chain.lookUpNow(QStringLiteral("0839108826"));
        QCOMPARE(Test::stepSummary(result),
                 QStringLiteral("local:not found, union:not found, z3950:failed"));
        const QString message = result.steps.constLast().message;
        QVERIFY2(message.contains(QStringLiteral("did not answer"))
                     && message.contains(QStringLiteral("沉默的目标")),
                 qPrintable(message));
    }

    void unreachableDistrictStillAsksTheTarget()
    {
        setTarget({m_ztest.z3950Url()});
        const Session admin = Test::adminOf(b());
        CopyCataloguing chain(admin);
        DistrictLink link = UnionCatalog::linkFor(b().db());
        QVERIFY2(link.isUsable(), qPrintable(link.problem));
        link.server
            = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(Test::ZTestServer::freePort()));
        chain.setDistrictLink(link);
        const CopyCatResult result = chain.lookUpNow(QStringLiteral("0839108826"));
        QCOMPARE(Test::stepSummary(result),
                 QStringLiteral("local:not found, union:failed, z3950:found"));
        QVERIFY2(result.steps.at(1).message.contains(QStringLiteral("cannot be reached")),
                 qPrintable(result.steps.at(1).message));
    }

    void notEnrolledSaysSo()
    {
        Test::TempStore store;
        const Session admin = store.admin();
        const CopyCatResult result = CopyCataloguing(admin).lookUpNow(Test::kNahan);
        QCOMPARE(Test::stepSummary(result),
                 QStringLiteral("local:not found, union:failed, z3950:skipped"));
        QVERIFY2(result.steps.at(1).message.contains(QStringLiteral("not enrolled")),
                 qPrintable(result.steps.at(1).message));
        QVERIFY2(result.steps.at(2).message.contains(QStringLiteral("no Z39.50")),
                 qPrintable(result.steps.at(2).message));
    }

    void adminCommandChecksItsInput()
    {
        DistrictServer &server = *m_district.server;
        for (const QStringList &args :
             {QStringList{QStringLiteral("z.example.cn:210/db"),
                          QStringLiteral("--syntax"),
                          QStringLiteral("ris")},
              QStringList{QStringLiteral("z.example.cn:210/db"),
                          QStringLiteral("--encoding"),
                          QStringLiteral("big5")},
              QStringList{QStringLiteral("ftp://z.example.cn/db")},
              QStringList{QStringLiteral("z.example.cn:99999/db")},
              QStringList{},
              QStringList{QStringLiteral("--off"), QStringLiteral("z.example.cn:210/db")}}) {
            const auto r = server.admin(QStringList{QStringLiteral("set-library-target")} + args);
            QVERIFY2(r.exitCode == 2,
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" → ") + r.err));
        }
        // CNMARC in GBK: the aliases are understood.
        setTarget({QStringLiteral("z.example.cn:210/UNION"),
                   QStringLiteral("--syntax"),
                   QStringLiteral("cnmarc"),
                   QStringLiteral("--encoding"),
                   QStringLiteral("gbk")});
        QList<LibraryTarget> targets = LibraryTargets::fromStore(b().db().connection());
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.constFirst().syntax, QStringLiteral("unimarc"));
        QCOMPARE(targets.constFirst().encoding, QStringLiteral("gb18030"));
        setTarget({QStringLiteral("--off")});
        QVERIFY(LibraryTargets::fromStore(b().db().connection()).isEmpty());
    }

    void deletedTitleLeavesTheUnionCatalog()
    {
        // A second book at A alone; deleted, it is gone from B's look-up.
        const QString isbn = Test::validIsbn(QStringLiteral("978702000219"));
        const Session adminA = Test::adminOf(a());
        LibraryService library(adminA);
        BibRecord r = Test::nahan();
        r.isbn = isbn;
        r.title = QStringLiteral("彷徨");
        const QString id = library.addTitle(r);
        QCOMPARE(Test::outcome(a().sync()), QStringLiteral("ok"));
        const Session adminB = Test::adminOf(b());
        QCOMPARE(CopyCataloguing(adminB).lookUpNow(isbn).records.size(), 1);
        library.deleteTitle(id);
        QCOMPARE(Test::outcome(a().sync()), QStringLiteral("ok"));
        const CopyCatResult after = CopyCataloguing(adminB).lookUpNow(isbn);
        QCOMPARE(Test::stepSummary(after),
                 QStringLiteral("local:not found, union:not found, z3950:skipped"));
    }

    void unionCatalogOnPostgres()
    {
        if (!Test::PostgresDatabase::configured())
            QSKIP("SCHOOLSUITE_TEST_POSTGRES is not set (scripts/test.sh sets it)");
        Test::PostgresDatabase pg;
        QVERIFY2(pg.isAvailable(), qPrintable(pg.errorString()));
        Test::CopyCatDistrict district;
        QVERIFY(district.start(2, pg.url()));
        Device &first = *district.devices.at(0);
        Device &second = *district.devices.at(1);
        const Session adminFirst = Test::adminOf(first);
        LibraryService library(adminFirst);
        BibRecord record = Test::nahan();
        record.isbn = Test::validIsbn(QStringLiteral("978702000219"));
        record.id = library.addTitle(record);
        QCOMPARE(Test::outcome(first.sync()), QStringLiteral("ok"));
        const Session adminSecond = Test::adminOf(second);
        QCOMPARE(CopyCataloguing(adminSecond).lookUpNow(record.isbn).records.size(), 1);
        // The ISBN corrected at the first school: the index follows.
        record.isbn = Test::kNahan;
        library.updateTitle(record);
        QCOMPARE(Test::outcome(first.sync()), QStringLiteral("ok"));
        QVERIFY(CopyCataloguing(adminSecond)
                    .lookUpNow(Test::validIsbn(QStringLiteral("978702000219")))
                    .records.isEmpty());
        const CopyCatResult result = CopyCataloguing(adminSecond).lookUpNow(Test::kNahan);
        QCOMPARE(Test::stepSummary(result),
                 QStringLiteral("local:not found, union:found, z3950:skipped"));
        QCOMPARE(result.records.constFirst().schoolCount, 1);
        QCOMPARE(result.records.constFirst().record.title, QStringLiteral("呐喊"));
        QCOMPARE(result.records.constFirst().record.pages, 176);
    }
};

QTEST_MAIN(TestCopyCatChain)
#include "tst_copycatchain.moc"
