// The MARC import dialog driven as a librarian uses it (QTest on real widgets): a real CNMARC
// file in GBK with a broken record, read on the worker thread, previewed (the model checked by
// QAbstractItemModelTester), refused while a record is broken, imported with the broken one
// left out; and the export the page calls.
#include "marctestdata.h"
#include "testutil.h"

#include "library/catalog/libraryservice.h"
#include "library/librarymodule.h"
#include "library/marc/marcimport.h"
#include "library/marc/marcpreviewmodel.h"
#include "library/marc/marcreader.h"
#include "library/ui/marcexportdialog.h"
#include "library/ui/marcimportdialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Test::Marc;

class TestMarcImportDialog : public QObject
{
    Q_OBJECT

    QString writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return path;
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerLibraryModule();
    }

    void previewAndImport()
    {
        Test::TempStore t;
        Session admin = t.admin();
        QByteArray broken = cnmarcBook(2, Text::Gb18030, QStringLiteral("9787536692930"));
        broken.replace(0, 5, "0x999");
        const QByteArray one = cnmarcBook(1, Text::Gb18030);
        const QString path = writeFile(
            t.dir.filePath(QStringLiteral("catalog.iso")),
            one + broken + cnmarcBook(3, Text::Gb18030, QStringLiteral("9780306406157")));

        MarcImportDialog dialog(admin);
        QAbstractItemModelTester tester(dialog.previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("marcFile"));
        auto *read = dialog.findChild<QPushButton *>(QStringLiteral("marcRead"));
        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("marcImport"));
        auto *skipBad = dialog.findChild<QCheckBox *>(QStringLiteral("marcSkipBad"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("marcSummary"));
        auto *problems = dialog.findChild<QPlainTextEdit *>(QStringLiteral("marcProblems"));
        QVERIFY(file && read && import && skipBad && summary && problems);

        QTest::keyClicks(file, path);
        QTest::mouseClick(read, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isReading());
        QTRY_COMPARE(dialog.previewModel()->rowCount(), 3);
        const MarcPreviewModel *model = dialog.previewModel();
        QCOMPARE(model->index(0, MarcPreviewModel::Title).data().toString(),
                 QStringLiteral("红楼梦 : 校注本"));
        QCOMPARE(model->index(0, MarcPreviewModel::Status).data().toString(),
                 QStringLiteral("New title"));
        QCOMPARE(model->index(0, MarcPreviewModel::Copies).data().toInt(), 2);
        QCOMPARE(model->index(1, MarcPreviewModel::Status).data().toString(),
                 QStringLiteral("Broken"));
        const QString where = QStringLiteral("record 2 (byte %1): bad leader").arg(one.size());
        QVERIFY2(model->index(1, MarcPreviewModel::Detail).data().toString().startsWith(where),
                 qPrintable(model->index(1, MarcPreviewModel::Detail).data().toString()));
        QVERIFY(problems->toPlainText().startsWith(where));
        QVERIFY2(summary->text().contains(QLatin1String("1 broken")), qPrintable(summary->text()));
        QVERIFY(!import->isEnabled()); // one broken record imports nothing

        QTest::mouseClick(skipBad, Qt::LeftButton);
        QVERIFY(import->isEnabled());
        QSignalSpy done(&dialog, &MarcImportDialog::imported);
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(done.count(), 1);
        QVERIFY2(summary->text().startsWith(QLatin1String("Imported: 2 new titles")),
                 qPrintable(summary->text()));
        QVERIFY(!import->isEnabled());
        LibraryService service(admin);
        QCOMPARE(service.titleCount(), 2);
        QCOMPARE(service.copyCount(), 4);

        // Read again: now both good records are duplicates of the catalog's.
        QTest::mouseClick(read, Qt::LeftButton);
        QTRY_COMPARE(dialog.previewModel()->rowCount(), 3);
        QCOMPARE(model->index(0, MarcPreviewModel::Status).data().toString(),
                 QStringLiteral("Duplicate"));
        QCOMPARE(model->index(0, MarcPreviewModel::Detail).data().toString(),
                 QStringLiteral("In the catalog: 红楼梦 : 校注本"));
    }

    void cancelAndMissingFile()
    {
        Test::TempStore t;
        Session admin = t.admin();
        QByteArray big;
        for (int i = 0; i < 20000; ++i)
            big += cnmarcBook(i, Text::Gb18030, QString());
        const QString path = writeFile(t.dir.filePath(QStringLiteral("big.iso")), big);
        MarcImportDialog dialog(admin);
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("marcSummary"));
        dialog.setFilePath(path);
        QVERIFY(dialog.isReading());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("marcCancel")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog.isReading());
        QCOMPARE(summary->text(), QStringLiteral("Reading cancelled; nothing was imported."));
        QCOMPARE(dialog.previewModel()->rowCount(), 0);

        dialog.setFilePath(t.dir.filePath(QStringLiteral("missing.mrc")));
        QTRY_VERIFY(!dialog.isReading());
        QVERIFY2(summary->text().startsWith(QLatin1String("Could not open")),
                 qPrintable(summary->text()));
    }

    void exportFromThePage()
    {
        Test::TempStore t;
        Session admin = t.admin();
        MarcImport(admin).commit(
            MarcImport::readData(cnmarcBook(1, Text::Gb18030), MarcEncoding::Auto), {});
        const QString path = t.dir.filePath(QStringLiteral("out.marcxml"));
        QCOMPARE(MarcExportDialog::exportTo(admin, path, MarcFamily::Unimarc, nullptr, true), 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xml = f.readAll();
        QCOMPARE(MarcReader::detectFormat(xml), MarcReader::Format::MarcXml);
        QVERIFY(xml.contains("<subfield code=\"a\">红楼梦</subfield>"));
        QVERIFY(xml.contains("tag=\"905\""));
    }
};

QTEST_MAIN(TestMarcImportDialog)
#include "tst_marcimportdialog.moc"
