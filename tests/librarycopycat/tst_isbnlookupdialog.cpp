// The "Catalogue by ISBN" dialog on a computer that is not enrolled: a scan of a book nobody has
// is typed in and saved; scanned again, it is found in the local catalog and Save adds copies;
// Enter in the scan field never saves; a bad scan or a bad field is named and writes nothing.
#include "testutil.h"

#include "core/store/database.h"
#include "library/catalog/libraryservice.h"
#include "library/copycat/copycataloguing.h"
#include "library/librarymodule.h"
#include "library/ui/copycatform.h"
#include "library/ui/isbnlookupdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

using namespace SchoolSuite;

namespace {
// 《挪威的森林》 978-7-5327-6568-3.
const QString kIsbn = QStringLiteral("9787532765683");

void scan(IsbnLookupDialog &dialog, const QString &text)
{
    QSignalSpy finished(&dialog, &IsbnLookupDialog::lookUpFinished);
    QSignalSpy chainFinished(dialog.chain(), &CopyCataloguing::finished);
    dialog.scanField()->clear();
    QTest::keyClicks(dialog.scanField(), text);
    QTest::keyClick(dialog.scanField(), Qt::Key_Return);
    QVERIFY(chainFinished.wait(10000));
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->clear();
    // QTest types Latin-1 only: Chinese goes in as an input method would commit it.
    bool latin1 = true;
    for (const QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
    QTest::keyClick(edit, Qt::Key_Return); // editingFinished
}

QStringList steps(const IsbnLookupDialog &dialog)
{
    QStringList list;
    for (int i = 0; i < dialog.stepList()->count(); ++i)
        list << dialog.stepList()->item(i)->data(Qt::UserRole).toString();
    return list;
}
} // namespace

class TestIsbnLookupDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempStore> m_store;
    std::unique_ptr<Session> m_session;

    int titleCount() { return LibraryService(*m_session).titleCount(); }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerLibraryModule();
        m_store = std::make_unique<Test::TempStore>();
        m_session = std::make_unique<Session>(m_store->admin());
    }

    void nothingFoundIsTypedInAndSaved()
    {
        IsbnLookupDialog dialog(*m_session);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_VERIFY(dialog.scanField()->hasFocus());
        scan(dialog, QStringLiteral("978-7-5327-6568-3"));
        QCOMPARE(steps(dialog),
                 QStringList(
                     {QStringLiteral("local"), QStringLiteral("union"), QStringLiteral("z3950")}));
        QVERIFY2(dialog.stepList()->item(1)->text().contains(QStringLiteral("not enrolled")),
                 qPrintable(dialog.stepList()->item(1)->text()));
        QCOMPARE(dialog.form()->edit(QStringLiteral("isbn"))->text(),
                 QStringLiteral("978-7-5327-6568-3"));
        QVERIFY2(dialog.messageText().contains(QStringLiteral("type the record")),
                 qPrintable(dialog.messageText()));
        QVERIFY(dialog.saveButton()->isEnabled());

        type(dialog.form()->edit(QStringLiteral("title")), QStringLiteral("挪威的森林"));
        type(dialog.form()->edit(QStringLiteral("responsibility")),
             QStringLiteral("(日) 村上春树著 ; 林少华译"));
        type(dialog.form()->edit(QStringLiteral("price")), QStringLiteral("39.00"));
        type(dialog.form()->edit(QStringLiteral("clc")), QStringLiteral("I313.45"));
        const QString proposed = dialog.callNumberField()->text();
        QVERIFY2(proposed.startsWith(QStringLiteral("I313.45/")), qPrintable(proposed));
        // Proposing took no number: the same proposal again.
        type(dialog.form()->edit(QStringLiteral("clc")), QStringLiteral("I313.45"));
        QCOMPARE(dialog.callNumberField()->text(), proposed);
        QCOMPARE(titleCount(), 0);

        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        LibraryService library(*m_session);
        const QList<BibRecord> titles = library.titlesByIsbn(kIsbn);
        QCOMPARE(titles.size(), 1);
        QCOMPARE(titles.constFirst().title, QStringLiteral("挪威的森林"));
        QCOMPARE(titles.constFirst().priceFen, 3900);
        const QList<LibraryCopy> copies = library.copies(titles.constFirst().id);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.constFirst().callNo, proposed); // the call number shown is the one given
        QVERIFY(dialog.scanField()->hasFocus());
    }

    void scannedAgainItAddsCopies()
    {
        IsbnLookupDialog dialog(*m_session);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        scan(dialog, kIsbn);
        QCOMPARE(steps(dialog),
                 QStringList(
                     {QStringLiteral("local"), QStringLiteral("union"), QStringLiteral("z3950")}));
        QCOMPARE(dialog.lastResult().localTitles().size(), 1);
        QCOMPARE(dialog.form()->edit(QStringLiteral("title"))->text(),
                 QStringLiteral("挪威的森林"));
        LibraryService library(*m_session);
        const QString titleId = library.titlesByIsbn(kIsbn).constFirst().id;
        const QString callNo = library.copies(titleId).constFirst().callNo;
        QCOMPARE(dialog.callNumberField()->text(), callNo);

        // Enter in the scan field looks up again, in a field of the form it does nothing: it
        // never saves.
        QSignalSpy chainFinished(dialog.chain(), &CopyCataloguing::finished);
        QTest::keyClick(dialog.scanField(), Qt::Key_Return);
        QVERIFY(chainFinished.wait(10000));
        type(dialog.form()->edit(QStringLiteral("pages")), QStringLiteral("384"));
        QTest::keyClick(dialog.copiesField(), Qt::Key_Return);
        QCOMPARE(library.copies(titleId).size(), 1);
        QVERIFY(dialog.messageText().isEmpty());

        dialog.copiesField()->setValue(2);
        QVERIFY(dialog.save());
        QCOMPARE(titleCount(), 1);
        const QList<LibraryCopy> copies = library.copies(titleId);
        QCOMPARE(copies.size(), 3);
        for (const LibraryCopy &c : copies)
            QCOMPARE(c.callNo, callNo);              // copies of one title stand together
        QCOMPARE(library.title(titleId).pages, 384); // the edit of the record was kept
    }

    void badScanIsNamedAndWritesNothing()
    {
        IsbnLookupDialog dialog(*m_session);
        const int before = titleCount();
        scan(dialog, QStringLiteral("9787532765684"));
        QVERIFY2(dialog.messageText().contains(QStringLiteral("3")),
                 qPrintable(dialog.messageText()));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.stepList()->count(), 0);
        QCOMPARE(titleCount(), before);
    }

    void badFieldIsNamedAndWritesNothing()
    {
        IsbnLookupDialog dialog(*m_session);
        const int before = titleCount();
        scan(dialog, QStringLiteral("9780306406157"));
        type(dialog.form()->edit(QStringLiteral("title")), QStringLiteral("Some book"));
        type(dialog.form()->edit(QStringLiteral("year")), QStringLiteral("19x7"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.messageText().contains(QStringLiteral("Year")),
                 qPrintable(dialog.messageText()));
        type(dialog.form()->edit(QStringLiteral("year")), QStringLiteral("1987"));
        type(dialog.form()->edit(QStringLiteral("clc")), QStringLiteral("not a class"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.messageText().contains(QStringLiteral("not a class")),
                 qPrintable(dialog.messageText()));
        QCOMPARE(titleCount(), before);
        // Fixed, it saves.
        type(dialog.form()->edit(QStringLiteral("clc")), QStringLiteral("TP311.1"));
        QVERIFY2(dialog.save(), qPrintable(dialog.messageText()));
        QCOMPARE(titleCount(), before + 1);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SCHOOLSUITE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SCHOOLSUITE_SCREENSHOT_DIR is not set");
        // A .qm made from the translations being written, to look at the dialog in Chinese.
        QTranslator translator;
        const QString qm = qEnvironmentVariable("SCHOOLSUITE_SCREENSHOT_QM");
        if (!qm.isEmpty()) {
            QVERIFY(translator.load(qm));
            QCoreApplication::installTranslator(&translator);
        }
        IsbnLookupDialog dialog(*m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        scan(dialog, kIsbn);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/isbnlookupdialog.png")));
        IsbnLookupDialog empty(*m_session);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        scan(empty, QStringLiteral("9787020002207"));
        QVERIFY(empty.grab().save(dir + QStringLiteral("/isbnlookupdialog-new.png")));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestIsbnLookupDialog)
#include "tst_isbnlookupdialog.moc"
