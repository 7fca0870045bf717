// The library page's catalog tab (issue 5, must-have 1): the titles model under
// QAbstractItemModelTester, the catalog search (title, Chinese bigram, pinyin initials, ISBN in
// any form, barcode, call number), the add-title dialog refusing a bad check digit and saving a
// good record, copies with consecutive barcodes and one call number, and the tabs of a
// librarian and a teacher.
#include "testutil.h"

#include "core/error.h"
#include "core/search/searchindex.h"
#include "core/store/database.h"
#include "core/ui/detailpane.h"
#include "library/catalog/catalogsearch.h"
#include "library/catalog/isbn.h"
#include "library/catalog/librarysearch.h"
#include "library/catalog/libraryservice.h"
#include "library/librarymodule.h"
#include "library/ui/catalogtab.h"
#include "library/ui/catalogtitlesmodel.h"
#include "library/ui/copydialogs.h"
#include "library/ui/librarypage.h"
#include "library/ui/titledialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace SchoolSuite;

namespace {

// A valid ISBN-13 from its first twelve digits.
QString isbn13(const QString &twelve)
{
    return twelve + Isbn::checkDigit13(twelve);
}

BibRecord book(const QString &title,
               const QString &responsibility,
               const QString &isbn,
               const QString &clc,
               const QString &publisher = QStringLiteral("人民文学出版社"))
{
    BibRecord r;
    r.title = title;
    r.responsibility = responsibility;
    r.isbn = isbn;
    r.clc = clc;
    r.publisher = publisher;
    r.year = 2019;
    return r;
}

QStringList titlesOf(const CatalogTitlesModel &model)
{
    QStringList list;
    for (int i = 0; i < model.rowCount(); ++i)
        list << model.row(i).title;
    return list;
}

} // namespace

class TestLibraryUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerLibraryModule();
    }

    void init()
    {
        m_store = std::make_unique<Test::TempStore>(false);
        m_store->store.close();
        m_store->store.open(m_store->dir.path(), true); // with the library's migrations
        m_store->store.initializeSchool(QStringLiteral("T001"), QStringLiteral("测试学校"));
        m_admin = std::make_unique<Session>(m_store->admin());
        LibraryService service(*m_admin);
        // 《呐喊》 978-7-02-000220-7, ISBN-10 7-02-000220-X.
        m_nahan = service.addTitle(book(QStringLiteral("呐喊"),
                                        QStringLiteral("鲁迅著"),
                                        QStringLiteral("9787020002207"),
                                        QStringLiteral("I210.6")));
        m_science = service.addTitle(book(QStringLiteral("科学家的故事"),
                                          QStringLiteral("张三编"),
                                          isbn13(QStringLiteral("978753248765")),
                                          QStringLiteral("K816.1"),
                                          QStringLiteral("少年儿童出版社")));
        m_harry = service.addTitle(book(QStringLiteral("Harry Potter and the Philosopher's Stone"),
                                        QStringLiteral("J.K. Rowling"),
                                        QStringLiteral("0-7475-3269-9"),
                                        QStringLiteral("I561.84"),
                                        QStringLiteral("Bloomsbury")));
        LibraryCopy copy;
        copy.titleId = m_nahan;
        copy.location = QStringLiteral("书库");
        copy.shelf = QStringLiteral("A-03");
        const QString copyId = service.addCopy(copy);
        m_nahanCopy = service.copy(copyId);
        CatalogSearch(m_store->db()).update();
    }

    void cleanup()
    {
        m_admin.reset();
        m_store.reset();
    }

    void modelUnderTester()
    {
        CatalogTitlesModel model(*m_admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.matchCount(), 3);
        // Title order is pinyin order: Harry (h), 科学家 (ke), 呐喊 (na).
        QCOMPARE(titlesOf(model),
                 (QStringList{QStringLiteral("Harry Potter and the Philosopher's Stone"),
                              QStringLiteral("科学家的故事"),
                              QStringLiteral("呐喊")}));
        const int nahan = model.rowOf(m_nahan);
        QCOMPARE(model.data(model.index(nahan, CatalogTitlesModel::Isbn)).toString(),
                 QStringLiteral("978-7-02-000220-7"));
        QCOMPARE(model.data(model.index(nahan, CatalogTitlesModel::Copies)).toInt(), 1);
        QCOMPARE(model.data(model.index(nahan, CatalogTitlesModel::Available)).toInt(), 1);
        QCOMPARE(model.data(model.index(nahan, CatalogTitlesModel::Clc)).toString(),
                 QStringLiteral("I210.6"));

        model.setQuery(QStringLiteral("鲁迅"));
        QCOMPARE(titlesOf(model), QStringList{QStringLiteral("呐喊")});
        model.setQuery(QString());
        model.sort(CatalogTitlesModel::Year, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 3);
        model.sort(CatalogTitlesModel::Title, Qt::DescendingOrder);
        QCOMPARE(model.row(0).title, QStringLiteral("呐喊"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("titles");
        const QString nahan = QStringLiteral("呐喊");
        const QString science = QStringLiteral("科学家的故事");
        const QString harry = QStringLiteral("Harry Potter and the Philosopher's Stone");
        QTest::newRow("title") << nahan << QStringList{nahan};
        QTest::newRow("one character") << QStringLiteral("喊") << QStringList{nahan};
        QTest::newRow("Chinese bigram inside") << QStringLiteral("科学") << QStringList{science};
        QTest::newRow("three characters") << QStringLiteral("家的故") << QStringList{science};
        QTest::newRow("not together") << QStringLiteral("科故事") << QStringList{};
        QTest::newRow("pinyin initials") << QStringLiteral("kxj") << QStringList{science};
        QTest::newRow("initials inside") << QStringLiteral("gs") << QStringList{science};
        QTest::newRow("full pinyin") << QStringLiteral("nahan") << QStringList{nahan};
        QTest::newRow("author pinyin") << QStringLiteral("luxun") << QStringList{nahan};
        QTest::newRow("English word") << QStringLiteral("philo") << QStringList{harry};
        QTest::newRow("ISBN-13") << QStringLiteral("9787020002207") << QStringList{nahan};
        QTest::newRow("ISBN-13 hyphens")
            << QStringLiteral("978-7-02-000220-7") << QStringList{nahan};
        QTest::newRow("ISBN-10 for ISBN-13")
            << QStringLiteral("7-02-000220-X") << QStringList{nahan};
        QTest::newRow("ISBN-10 lower x") << QStringLiteral("702000220x") << QStringList{nahan};
        QTest::newRow("ISBN-10 record by 13")
            << QStringLiteral("9780747532699") << QStringList{harry};
        QTest::newRow("ISBN prefix") << QStringLiteral("97870") << QStringList{nahan};
        QTest::newRow("class") << QStringLiteral("I210") << QStringList{nahan};
        QTest::newRow("publisher") << QStringLiteral("少年儿童") << QStringList{science};
        QTest::newRow("two terms") << QStringLiteral("人民 鲁迅") << QStringList{nahan};
        QTest::newRow("two terms, no title") << QStringLiteral("人民 张三") << QStringList{};
        QTest::newRow("nothing") << QStringLiteral("不存在") << QStringList{};
        QTest::newRow("odd input")
            << QStringLiteral("\" * ( -") << QStringList{harry, science, nahan};
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, titles);
        CatalogTitlesModel model(*m_admin);
        model.setQuery(query);
        QCOMPARE(titlesOf(model), titles);
    }

    void searchByCopy()
    {
        CatalogTitlesModel model(*m_admin);
        model.setQuery(m_nahanCopy.barcode);
        QCOMPARE(titlesOf(model), QStringList{QStringLiteral("呐喊")});
        model.setQuery(m_nahanCopy.callNo);
        QCOMPARE(titlesOf(model), QStringList{QStringLiteral("呐喊")});
        QVERIFY(m_nahanCopy.callNo.startsWith(QStringLiteral("I210.6/")));
        // A copy added later is found once the index caught up (the tab's reload does it).
        LibraryService service(*m_admin);
        LibraryCopy copy;
        copy.titleId = m_science;
        const LibraryCopy added = service.copy(service.addCopy(copy));
        model.reload();
        model.setQuery(added.barcode);
        QCOMPARE(titlesOf(model), QStringList{QStringLiteral("科学家的故事")});
    }

    // Enough titles that a broad term takes the paged path and a rare one the index.
    void searchLargeCatalog()
    {
        LibraryService service(*m_admin);
        m_store->db().transaction([&] {
            CatalogWriter writer(service);
            for (int i = 0; i < 4000; ++i) {
                BibRecord r
                    = book(QStringLiteral("数学练习%1").arg(i),
                           QStringLiteral("王%1").arg(i % 50),
                           isbn13(QStringLiteral("97870%1").arg(i, 7, 10, QLatin1Char('0'))),
                           QStringLiteral("G624.1"));
                writer.addTitle(r);
            }
            writer.finish();
        });
        CatalogSearch(m_store->db()).update();
        CatalogTitlesModel model(*m_admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("数学"));
        QCOMPARE(model.matchCount(), -1);                          // more than a page
        QVERIFY(model.rowCount() >= CatalogTitlesModel::PageSize); // the tester fetches too
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 4000);
        QCOMPARE(model.matchCount(), 4000);
        QSet<QString> ids;
        for (int i = 0; i < model.rowCount(); ++i)
            ids.insert(model.row(i).id);
        QCOMPARE(ids.size(), 4000);
        model.setQuery(QStringLiteral("数学练习1234"));
        QCOMPARE(titlesOf(model), QStringList{QStringLiteral("数学练习1234")});
        model.setQuery(QStringLiteral("9787000012"));
        QCOMPARE(model.matchCount(), 100); // 97870 + 0001200..0001299
        model.setQuery(QStringLiteral("练习 wang7"));
        QCOMPARE(model.matchCount(), 80); // 王7 and 王7x
    }

    void addTitleDialogChecksTheIsbn()
    {
        TitleDialog dialog(*m_admin, BibRecord{});
        auto *isbn = dialog.findChild<QLineEdit *>(QStringLiteral("isbn"));
        auto *state = dialog.findChild<QLabel *>(QStringLiteral("isbnState"));
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problems"));
        QVERIFY(isbn && state && problems);
        dialog.findChild<QLineEdit *>(QStringLiteral("title"))->insert(QStringLiteral("朝花夕拾"));
        QTest::keyClicks(isbn, QStringLiteral("978-7-02-000221-5"));
        QVERIFY2(state->text().contains(QStringLiteral("check digit should be 4")),
                 qPrintable(state->text()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY(problems->text().contains(QStringLiteral("check digit should be 4")));
        QCOMPARE(LibraryService(*m_admin).titleCount(), 3);

        isbn->setText(QStringLiteral("7-02-000221-8")); // its ISBN-10, valid
        QVERIFY2(state->text().contains(QStringLiteral("978-7-02-000221-4")),
                 qPrintable(state->text()));
        dialog.findChild<QLineEdit *>(QStringLiteral("responsibility"))
            ->setText(QStringLiteral("鲁迅著"));
        dialog.findChild<QLineEdit *>(QStringLiteral("clc"))->setText(QStringLiteral("i210.4"));
        dialog.findChild<QLineEdit *>(QStringLiteral("subjects"))
            ->setText(QStringLiteral("散文集；中国"));
        dialog.findChild<QLineEdit *>(QStringLiteral("price"))->setText(QStringLiteral("18.50"));
        dialog.findChild<QSpinBox *>(QStringLiteral("year"))->setValue(1979);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const BibRecord saved = LibraryService(*m_admin).title(dialog.titleId());
        QCOMPARE(saved.title, QStringLiteral("朝花夕拾"));
        QCOMPARE(saved.isbn, QStringLiteral("9787020002214"));
        QCOMPARE(saved.clc, QStringLiteral("I210.4"));
        QCOMPARE(saved.subjects, (QStringList{QStringLiteral("散文集"), QStringLiteral("中国")}));
        QCOMPARE(saved.priceFen, 1850);
        QCOMPARE(saved.year, 1979);
        QCOMPARE(saved.source, QStringLiteral("local"));
    }

    void addCopiesShareTheCallNumber()
    {
        AddCopiesDialog dialog(*m_admin, m_science);
        const QString proposed = dialog.findChild<QLabel *>(QStringLiteral("callNumber"))->text();
        QVERIFY2(proposed.startsWith(QStringLiteral("K816.1/")), qPrintable(proposed));
        dialog.findChild<QSpinBox *>(QStringLiteral("count"))->setValue(3);
        dialog.findChild<QComboBox *>(QStringLiteral("location"))
            ->setCurrentText(QStringLiteral("阅览室"));
        dialog.findChild<QLineEdit *>(QStringLiteral("shelf"))->setText(QStringLiteral("B-01"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.copyIds().size(), 3);
        const QList<LibraryCopy> copies = LibraryService(*m_admin).copies(m_science);
        QCOMPARE(copies.size(), 3);
        QStringList barcodes;
        for (const LibraryCopy &c : copies) {
            QCOMPARE(c.callNo, proposed);
            QCOMPARE(c.location, QStringLiteral("阅览室"));
            QCOMPARE(c.shelf, QStringLiteral("B-01"));
            barcodes << c.barcode;
        }
        barcodes.sort();
        const auto number = [](const QString &barcode) {
            return barcode.section(QLatin1Char('B'), -1).toLongLong();
        };
        QCOMPARE(number(barcodes.at(1)), number(barcodes.at(0)) + 1);
        QCOMPARE(number(barcodes.at(2)), number(barcodes.at(0)) + 2);
        QCOMPARE(barcodes.at(0).left(6), barcodes.at(2).left(6)); // one prefix
    }

    void tabShowsCopiesAndLoans()
    {
        CatalogTab tab(*m_admin);
        QVERIFY(tab.openRecord(m_nahan));
        QCOMPARE(tab.currentTitleId(), m_nahan);
        QCOMPARE(tab.detail()->value(QStringLiteral("isbn")),
                 QStringLiteral("978-7-02-000220-7 (702000220X)"));
        QCOMPARE(tab.copiesTable()->rowCount(), 1);
        QCOMPARE(tab.copiesTable()->item(0, 0)->text(), m_nahanCopy.barcode);
        QCOMPARE(tab.copiesTable()->item(0, 2)->text(), QStringLiteral("书库 / A-03"));
        QCOMPARE(tab.copiesTable()->item(0, 3)->text(), QStringLiteral("On the shelf"));

        // Typing narrows the list keystroke by keystroke.
        tab.searchEdit()->clear();
        QTest::keyClicks(tab.searchEdit(), QStringLiteral("harry"));
        QCOMPARE(tab.model()->rowCount(), 1);
        QCOMPARE(tab.currentTitleId(), m_harry);
        QVERIFY(tab.countLabel()->text().contains(QLatin1Char('1')));
    }

    void globalSearchFindsTitles()
    {
        SearchIndex index(m_store->db());
        for (const auto &provider : LibrarySearch::providers())
            index.addProvider(provider);
        index.rebuild();
        QList<SearchHit> hits = index.search(QStringLiteral("nh"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().module, QStringLiteral("library"));
        QCOMPARE(hits.first().kind, QStringLiteral("title"));
        QCOMPARE(hits.first().id, m_nahan);
        QVERIFY(hits.first().subtitle.contains(m_nahanCopy.callNo));
        hits = index.search(QStringLiteral("702000220"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, m_nahan);
    }

    void librarianAndTeacherSeeDifferentTabs()
    {
        LibraryPage librarian(m_store->store, *m_admin);
        QVERIFY(librarian.catalogTab());
        QVERIFY(librarian.deskTab());
        // Catalog, desk, stocktake, reports, labels.
        QCOMPARE(librarian.count(), 5);
        QVERIFY(librarian.findChild<QWidget *>(QStringLiteral("libraryStocktake")));
        QVERIFY(librarian.findChild<QWidget *>(QStringLiteral("libraryLabels")));
        QVERIFY(librarian.pageAction(QStringLiteral("isbnLookup")));
        QVERIFY(librarian.pageAction(QStringLiteral("marcImport")));
        QVERIFY(librarian.catalogTab()->action(QStringLiteral("addTitle")));

        const Session teacher = m_store->as(Role::Teacher);
        LibraryPage page(m_store->store, teacher);
        // Catalog and reports.
        QCOMPARE(page.count(), 2);
        QCOMPARE(page.tabText(0), librarian.tabText(0));
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("libraryReports")));
        QVERIFY(!page.findChild<QWidget *>(QStringLiteral("libraryStocktake")));
        QVERIFY(page.pageAction(QStringLiteral("marcExport")));
        QVERIFY(!page.deskTab());
        QVERIFY(!page.pageAction(QStringLiteral("isbnLookup")));
        QVERIFY(!page.pageAction(QStringLiteral("marcImport")));
        QVERIFY(!page.catalogTab()->action(QStringLiteral("addTitle")));
        // The teacher still searches the catalog.
        page.catalogTab()->searchEdit()->insert(QStringLiteral("科学")); // as an IME commits
        QCOMPARE(page.catalogTab()->model()->rowCount(), 1);
        QVERIFY(page.openRecord(QStringLiteral("title"), m_harry));
        QCOMPARE(page.catalogTab()->currentTitleId(), m_harry);
    }

private:
    std::unique_ptr<Test::TempStore> m_store;
    std::unique_ptr<Session> m_admin;
    QString m_nahan, m_science, m_harry;
    LibraryCopy m_nahanCopy;
};

QTEST_MAIN(TestLibraryUi)
#include "tst_libraryui.moc"
