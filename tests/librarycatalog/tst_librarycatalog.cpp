// The library catalog (issue 5, must-have 1): ISBN-10/13 check digits and conversion, 中图法
// class numbers and call numbers in shelf order, titles and copies with leased barcodes and
// 种次号, and refusals that name the field and change nothing.
#include "testutil.h"

#include "core/app/localstore.h"
#include "core/error.h"
#include "core/store/bulkcapture.h"
#include "core/store/database.h"
#include "library/catalog/isbn.h"
#include "library/catalog/libraryservice.h"
#include "library/librarymodule.h"
#include "sync/numberleases.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace SchoolSuite;

namespace {
BibRecord book(const QString &title, const QString &isbn, const QString &clc)
{
    BibRecord r;
    r.title = title;
    r.isbn = isbn;
    r.clc = clc;
    r.responsibility = QStringLiteral("鲁迅著");
    r.publisher = QStringLiteral("人民文学出版社");
    r.year = 2020;
    r.priceFen = 2500;
    r.pages = 176;
    r.subjects = {QStringLiteral("短篇小说"), QStringLiteral("中国")};
    return r;
}

int count(Test::TempStore &t, const QString &sql, const QVariantList &args = {})
{
    return t.db().scalar(sql, args).toInt();
}
} // namespace

class TestLibraryCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerLibraryModule();
    }

    void isbnCheckDigitsAndConversion()
    {
        // 《呐喊》 978-7-02-000220-7 is a real ISBN-13; its ISBN-10 is 7-02-000220-X.
        QVERIFY(Isbn::isValid13(QStringLiteral("9787020002207")));
        QCOMPARE(Isbn::to10(QStringLiteral("978-7-02-000220-7")), QStringLiteral("702000220X"));
        QCOMPARE(Isbn::to13(QStringLiteral("7-02-000220-x")), QStringLiteral("9787020002207"));
        QCOMPARE(Isbn::normalize(QStringLiteral("ISBN 7-02-000220-X")),
                 QStringLiteral("9787020002207"));
        QCOMPARE(Isbn::normalize(QStringLiteral("0-306-40615-2")), QStringLiteral("9780306406157"));
        QCOMPARE(Isbn::display(QStringLiteral("9787020002207")),
                 QStringLiteral("978-7-02-000220-7"));
        QCOMPARE(Isbn::display(QStringLiteral("9787532765683")),
                 QStringLiteral("978-7-5327-6568-3"));

        bool ok = true;
        QCOMPARE(Isbn::normalize(QStringLiteral("9787020002208"), &ok), QString());
        QVERIFY(!ok);
        QCOMPARE(Isbn::problem(QStringLiteral("9787020002208")),
                 QStringLiteral("the check digit should be 7"));
        QCOMPARE(Isbn::problem(QStringLiteral("7-02-000220-1")),
                 QStringLiteral("the check digit should be X"));
        QCOMPARE(Isbn::problem(QStringLiteral("12345")),
                 QStringLiteral("an ISBN has 10 or 13 digits, not 5"));
        QCOMPARE(Isbn::problem(QStringLiteral("ISBN 978-7-02-ABC")),
                 QStringLiteral("an ISBN has only digits, hyphens and a final X"));
        QCOMPARE(Isbn::problem(QString()), QString());
        // A 979 ISBN has no ISBN-10.
        QCOMPARE(Isbn::to10(QStringLiteral("9791090636071")), QString());
    }

    void classNumbersAndShelfOrder()
    {
        for (const char *good : {"I247.5",
                                 "TP311.1",
                                 "G624.23",
                                 "K82=7",
                                 "I561.45(2)",
                                 "H31-44",
                                 "i247.5",
                                 "D",
                                 "Z228.1",
                                 "O1-49",
                                 "Q96-49"})
            QVERIFY2(CallNumber::isClassNumber(QString::fromLatin1(good)), good);
        for (const char *bad : {"", "L123", "W1", "Y2", "IP311", "247.5", "I 247", "I247..5"})
            QVERIFY2(!CallNumber::isClassNumber(QString::fromLatin1(bad)), bad);
        QCOMPARE(CallNumber::mainClass(QStringLiteral("TP311")), QStringLiteral("T"));
        QCOMPARE(CallNumber::make(QStringLiteral("i247.5"), 12, QStringLiteral("2")),
                 QStringLiteral("I247.5/12:2"));

        QString clc;
        int seq = 0;
        QString volume;
        QVERIFY(CallNumber::split(QStringLiteral("I247.5/12:2"), &clc, &seq, &volume));
        QCOMPARE(clc, QStringLiteral("I247.5"));
        QCOMPARE(seq, 12);
        QCOMPARE(volume, QStringLiteral("2"));
        QVERIFY(!CallNumber::split(QStringLiteral("I247.5"), &clc, &seq, &volume));

        // The classification's order, not the text's: I247 < I247.5 < I248; 种次号 by number.
        QStringList shelf{QStringLiteral("I248/1"),
                          QStringLiteral("I247.5/10"),
                          QStringLiteral("I247/3"),
                          QStringLiteral("I247.5/9"),
                          QStringLiteral("H31/2"),
                          QStringLiteral("I247.5/9:10"),
                          QStringLiteral("I247.5/9:2")};
        std::sort(shelf.begin(), shelf.end(), [](const QString &a, const QString &b) {
            return CallNumber::compare(a, b) < 0;
        });
        QCOMPARE(shelf,
                 QStringList({QStringLiteral("H31/2"),
                              QStringLiteral("I247/3"),
                              QStringLiteral("I247.5/9"),
                              QStringLiteral("I247.5/9:2"),
                              QStringLiteral("I247.5/9:10"),
                              QStringLiteral("I247.5/10"),
                              QStringLiteral("I248/1")}));
    }

    void titleWithCopiesGetsBarcodesAndOneCallNumber()
    {
        Test::TempStore t;
        const Session admin = t.admin();
        LibraryService library(admin);
        const QString id = library.addTitle(book(
            QStringLiteral("呐喊"), QStringLiteral("7-02-000220-X"), QStringLiteral("i210.6")));
        const BibRecord stored = library.title(id);
        QCOMPARE(stored.isbn, QStringLiteral("9787020002207"));
        QCOMPARE(stored.clc, QStringLiteral("I210.6"));
        QCOMPARE(stored.subjects,
                 QStringList({QStringLiteral("短篇小说"), QStringLiteral("中国")}));
        QCOMPARE(library.titlesByIsbn(QStringLiteral("702000220x")).size(), 1);

        QCOMPARE(library.proposedCallNumber(id), QStringLiteral("I210.6/1"));
        LibraryCopy c;
        c.titleId = id;
        c.location = QStringLiteral("图书馆");
        c.shelf = QStringLiteral("I-02");
        const QStringList ids = library.addCopies(c, 3);
        QCOMPARE(ids.size(), 3);
        const QList<LibraryCopy> copies = library.copies(id);
        QCOMPARE(copies.size(), 3);
        for (const LibraryCopy &copy : copies)
            QCOMPARE(copy.callNo, QStringLiteral("I210.6/1"));
        QCOMPARE(copies.at(0).barcode, QStringLiteral("T001-B0000001"));
        QCOMPARE(copies.at(2).barcode, QStringLiteral("T001-B0000003"));

        // Another title of the class gets the next 种次号; a typed 种次号 is never handed out.
        const QString other
            = library.addTitle(book(QStringLiteral("彷徨"), QString(), QStringLiteral("I210.6")));
        LibraryCopy typed;
        typed.titleId = other;
        typed.callNo = QStringLiteral("I210.6/2");
        typed.barcode = QStringLiteral("T001-B0000004");
        library.addCopy(typed);
        const QString third = library.addTitle(
            book(QStringLiteral("故事新编"), QString(), QStringLiteral("I210.6")));
        LibraryCopy next;
        next.titleId = third;
        const QString nextId = library.addCopy(next);
        QCOMPARE(library.copy(nextId).callNo, QStringLiteral("I210.6/3"));
        QCOMPARE(library.copy(nextId).barcode, QStringLiteral("T001-B0000005"));
        QCOMPARE(library.copy(QStringLiteral(" T001-B0000004 ")).titleId, other);
        QCOMPARE(library.titleCount(), 3);
        QCOMPARE(library.copyCount(), 5);
    }

    void badInputIsRefusedNamingTheFieldAndNothingIsWritten()
    {
        Test::TempStore t;
        const Session admin = t.admin();
        LibraryService library(admin);
        try {
            library.addTitle(book(
                QStringLiteral("呐喊"), QStringLiteral("9787020002208"), QStringLiteral("L123")));
            QFAIL("a bad ISBN was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(
                         QStringLiteral("ISBN 9787020002208: the check digit should be 7")),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("Class number: L123")),
                     qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, library.addTitle(book(QString(), {}, {})));
        QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM library_titles")), 0);

        const QString id
            = library.addTitle(book(QStringLiteral("呐喊"), {}, QStringLiteral("I210.6")));
        LibraryCopy c;
        c.titleId = id;
        c.barcode = QStringLiteral("A 1");
        QVERIFY_THROWS_EXCEPTION(Error, library.addCopy(c));
        c.barcode = QStringLiteral("A1");
        library.addCopy(c);
        // A batch with a barcode already in use writes none of its copies.
        LibraryCopy again = c;
        try {
            library.addCopies(again, 3);
            QFAIL("a barcode in use was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.message(), QStringLiteral("Barcode A1 is already on another copy."));
        }
        QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM library_copies")), 1);
        // A title without a class number cannot make a call number.
        const QString noClass = library.addTitle(book(QStringLiteral("无分类"), {}, {}));
        LibraryCopy d;
        d.titleId = noClass;
        QVERIFY_THROWS_EXCEPTION(Error, library.addCopy(d));
        // A title with copies on the shelf is not deleted.
        QVERIFY_THROWS_EXCEPTION(Error, library.deleteTitle(id));
        QCOMPARE(library.titleCount(), 2);
    }

    void onlyLibraryStaffCatalog()
    {
        Test::TempStore t;
        const Session teacher = t.as(Role::Teacher);
        LibraryService asTeacher(teacher);
        QCOMPARE(asTeacher.titleCount(), 0); // teachers read the catalog
        QVERIFY_THROWS_EXCEPTION(Error, asTeacher.addTitle(book(QStringLiteral("呐喊"), {}, {})));
        const Session librarian = t.as(Role::Librarian);
        LibraryService asLibrarian(librarian);
        QVERIFY(!asLibrarian.addTitle(book(QStringLiteral("呐喊"), {}, {})).isEmpty());
    }

    void bulkWriterGivesTheTitlesCopiesOneCallNumber()
    {
        Test::TempStore t;
        const Session admin = t.admin();
        LibraryService library(admin);
        t.db().transaction([&] {
            CatalogWriter writer(library);
            for (int i = 0; i < 3; ++i) {
                const QString id = writer.addTitle(
                    book(QStringLiteral("书%1").arg(i), {}, QStringLiteral("I287.45")));
                for (int k = 0; k < 2; ++k) {
                    LibraryCopy c;
                    c.titleId = id;
                    c.clc = QStringLiteral("I287.45");
                    writer.addCopy(c);
                }
            }
        });
        QCOMPARE(count(t, QStringLiteral("SELECT count(DISTINCT call_no) FROM library_copies")), 3);
        QCOMPARE(count(t, QStringLiteral("SELECT max(seq) FROM library_copies")), 3);
        QCOMPARE(count(t, QStringLiteral("SELECT count(DISTINCT barcode) FROM library_copies")), 6);
    }

    // A copy's item type, source and status are checked by comparisons, not IN lists: SQLite
    // builds a temporary index for an IN list of constants every time an insert runs, which
    // made a copy of a MARC import cost twice its title (migration 0006). A store of the old
    // schema is changed in place: its copies stay, and the rules still hold.
    void copyRulesNeedNoTemporaryIndex()
    {
        QTemporaryDir dir;
        Database fresh;
        fresh.open(dir.filePath(QStringLiteral("fresh.db")));
        LocalStore::upgrade(fresh);
        Database old;
        old.open(dir.filePath(QStringLiteral("old.db")));
        LocalStore::upgrade(old, 5);
        old.exec(QStringLiteral("INSERT INTO library_titles (id, title) VALUES ('t1', '呐喊')"));
        old.exec(QStringLiteral("INSERT INTO library_copies (title_id, barcode, call_no, clc, "
                                "acquisition_source) VALUES ('t1', 'B1', 'I210.6/1', 'I210.6', "
                                "'donation')"));
        LocalStore::upgrade(old);
        const QString copiesSql
            = QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'library_copies'");
        QCOMPARE(old.scalar(copiesSql).toString(), fresh.scalar(copiesSql).toString());
        QVERIFY(!old.scalar(copiesSql).toString().contains(QLatin1String("status IN")));
        QCOMPARE(old.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(old.scalar(QStringLiteral("SELECT barcode FROM library_copies")).toString(),
                 QStringLiteral("B1"));
        const QString insert = QStringLiteral(
            "INSERT INTO library_copies (title_id, barcode, call_no, clc, item_type, "
            "acquisition_source, status) VALUES ('t1', ?, 'I210.6/1', 'I210.6', ?, ?, ?)");
        old.exec(insert, {QStringLiteral("B2"), u"av"_qs, u"transfer"_qs, u"damaged"_qs});
        old.exec(insert, {QStringLiteral("B3"), u"book"_qs, QVariant(), u"active"_qs});
        QVERIFY_THROWS_EXCEPTION(
            Error, old.exec(insert, {QStringLiteral("B4"), u"car"_qs, QVariant(), u"active"_qs}));
        QVERIFY_THROWS_EXCEPTION(
            Error,
            old.exec(insert, {QStringLiteral("B5"), u"book"_qs, u"stolen"_qs, u"active"_qs}));
        QVERIFY_THROWS_EXCEPTION(
            Error, old.exec(insert, {QStringLiteral("B6"), u"book"_qs, QVariant(), u"gone"_qs}));
        QCOMPARE(old.scalar(QStringLiteral("SELECT count(*) FROM library_copies")).toInt(), 3);
        // The insert of a bulk (its triggers aside) runs without a temporary index.
        old.transaction([&] {
            const BulkCapture bulk(old, {QStringLiteral("library_copies")});
            QSqlQuery plan = old.exec(QStringLiteral("EXPLAIN ") + insert,
                                      {u"B7"_qs, u"book"_qs, QVariant(), u"active"_qs});
            QStringList ops;
            while (plan.next())
                ops << plan.value(1).toString();
            QVERIFY(ops.contains(QLatin1String("Insert")));
            QVERIFY2(!ops.contains(QLatin1String("OpenEphemeral")), qPrintable(ops.join(u' ')));
        });
    }
};

QTEST_GUILESS_MAIN(TestLibraryCatalog)
#include "tst_librarycatalog.moc"
