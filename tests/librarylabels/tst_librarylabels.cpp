// The library's labels (issue 5, must-have 6): spine label lines and their options, where the
// lines and labels go on the sheet, the PDF's pages, the print queue that persists and empties
// when printed, and the labels tab fed by a scanner.
#include "testutil.h"

#include "core/error.h"
#include "core/store/database.h"
#include "library/catalog/libraryservice.h"
#include "library/labels/labelqueue.h"
#include "library/labels/spinelabel.h"
#include "library/librarymodule.h"
#include "library/ui/labelqueuemodel.h"
#include "library/ui/labelstab.h"
#include "sync/syncmodule.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Library;

namespace {
int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("%PDF-"))
        return -1;
    return int(
        QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

bool inked(const QImage &image, const QRectF &rect)
{
    for (int y = int(rect.top()) + 1; y < int(rect.bottom()) - 1; ++y)
        for (int x = int(rect.left()) + 1; x < int(rect.right()) - 1; ++x)
            if (qGray(image.pixel(x, y)) < 128)
                return true;
    return false;
}
} // namespace

class TestLibraryLabels : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempStore> m_store;
    std::unique_ptr<Session> m_admin;

    QString addCopy(const QString &barcode, const QString &callNo)
    {
        LibraryService service(*m_admin);
        QString clc;
        CallNumber::split(callNo, &clc, nullptr, nullptr);
        BibRecord r;
        r.title = QStringLiteral("书 %1").arg(callNo);
        r.clc = clc;
        LibraryCopy c;
        c.titleId = service.addTitle(r);
        c.barcode = barcode;
        c.callNo = callNo;
        c.shelf = QStringLiteral("I-01");
        return service.addCopy(c);
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerSyncModule();
        registerLibraryModule();
    }

    void init()
    {
        m_store = std::make_unique<Test::TempStore>();
        m_admin = std::make_unique<Session>(m_store->admin());
    }

    void spineLines()
    {
        SpineOptions o;
        QCOMPARE(
            o.lines(QStringLiteral("I247.5/12:2")),
            QStringList({QStringLiteral("I247.5"), QStringLiteral("12"), QStringLiteral(":2")}));
        QCOMPARE(o.lines(QStringLiteral("I247.5/12")),
                 QStringList({QStringLiteral("I247.5"), QStringLiteral("12")}));
        o.libraryName = true;
        o.name = QStringLiteral("实验小学图书馆");
        o.volume = false;
        QCOMPARE(o.lines(QStringLiteral("I247.5/12:2")),
                 QStringList({QStringLiteral("实验小学图书馆"),
                              QStringLiteral("I247.5"),
                              QStringLiteral("12")}));
        o.seq = false;
        o.libraryName = false;
        QCOMPARE(o.lines(QStringLiteral("TP311.1/3")), QStringList{QStringLiteral("TP311.1")});
        QCOMPARE(o.lines(QStringLiteral("参考 12")), QStringList{QStringLiteral("参考 12")});
        o.fontPoints = 14;
        const SpineOptions back = SpineOptions::fromJson(o.toJson());
        QCOMPARE(back.seq, false);
        QCOMPARE(back.fontPoints, 14.0);
        QCOMPARE(SpineOptions::fromJson({{QStringLiteral("font_points"), 400}}).fontPoints, 12.0);
    }

    void lineGeometry()
    {
        const LabelLayout layout = LabelLayout::fromPreset(QStringLiteral("a4-5x13")); // 38.1×21.2
        const double k = 300 / 25.4;
        const QRectF rect(0, 0, 38.1 * k, 21.2 * k);
        SpineOptions o;
        const QStringList lines{
            QStringLiteral("I247.5"), QStringLiteral("12"), QStringLiteral(":2")};
        double pixels = 0;
        const QList<QRectF> rects = SpineLabelPainter(layout, o).lineRects(rect, k, lines, &pixels);
        QCOMPARE(rects.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(rect.contains(rects.at(i)));
            QCOMPARE(rects.at(i).center().x(), rect.center().x());
            if (i > 0)
                QVERIFY(rects.at(i).top() >= rects.at(i - 1).bottom() - 0.01);
        }
        // The block is centred vertically.
        QVERIFY(qAbs((rects.first().top() - rect.top()) - (rect.bottom() - rects.last().bottom()))
                < 1);
        QCOMPARE(qRound(pixels), qRound(12 * 25.4 / 72 * k)); // fits at the size asked
        o.fontPoints = 40;                                    // does not fit: made smaller
        double shrunk = 0;
        const QList<QRectF> big = SpineLabelPainter(layout, o).lineRects(rect, k, lines, &shrunk);
        QVERIFY(shrunk < 40 * 25.4 / 72 * k);
        QVERIFY(big.last().bottom() <= rect.bottom());
        QVERIFY(big.first().top() >= rect.top());
    }

    void sheetAndPdf()
    {
        LabelLayout layout = LabelLayout::fromPreset(QStringLiteral("a4-5x13"));
        layout.startPosition = 2; // two labels of the sheet used already
        const SpineLabelPainter painter(layout, SpineOptions{});
        QList<QStringList> labels;
        for (int i = 1; i <= 70; ++i)
            labels << SpineOptions{}.lines(QStringLiteral("I247.5/%1").arg(i));
        const int dpi = 100;
        const double k = dpi / 25.4;
        const QImage page = painter.renderPage(labels, 0, dpi);
        const auto slot = [&](int s) {
            const QRectF mm = layout.slotRect(s);
            return QRectF(mm.left() * k, mm.top() * k, mm.width() * k, mm.height() * k);
        };
        QVERIFY(!inked(page, slot(0)));
        QVERIFY(!inked(page, slot(1)));
        QVERIFY(inked(page, slot(2)));
        QVERIFY(inked(page, slot(64)));
        // 70 labels from the third: 63 on the first sheet, 7 on the second.
        QCOMPARE(layout.pageCount(70), 2);
        const QImage second = painter.renderPage(labels, 1, dpi);
        QVERIFY(inked(second, slot(6)));
        QVERIFY(!inked(second, slot(7)));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spine.pdf"));
        QCOMPARE(painter.writePdf(path, labels), 2);
        QCOMPARE(pdfPages(path), 2);
        QVERIFY_THROWS_EXCEPTION(Error,
                                 painter.writePdf(dir.filePath(QStringLiteral("e.pdf")), {}));
        // A label printer: one label a page.
        const SpineLabelPainter thermal(LabelLayout::fromPreset(QStringLiteral("thermal-40x30")),
                                        SpineOptions{});
        QCOMPARE(thermal.writePdf(dir.filePath(QStringLiteral("t.pdf")), labels.mid(0, 3)), 3);
        QCOMPARE(pdfPages(dir.filePath(QStringLiteral("t.pdf"))), 3);
    }

    void queue()
    {
        const QString a = addCopy(QStringLiteral("DC-B0000002"), QStringLiteral("I247.5/2"));
        const QString b = addCopy(QStringLiteral("DC-B0000001"), QStringLiteral("I247.5/1"));
        const QString c = addCopy(QStringLiteral("DC-B0000003"), QStringLiteral("I210/4:2"));
        {
            LabelQueue q(*m_admin);
            QVERIFY(q.addBarcode(QStringLiteral(" dc-b0000002 ")));
            QVERIFY(!q.addBarcode(QStringLiteral("DC-B0000002")));
            try {
                q.addBarcode(QStringLiteral("XX-1"));
                QFAIL("unknown barcode accepted");
            } catch (const Error &e) {
                QVERIFY(e.message().contains(QStringLiteral("XX-1")));
            }
            QCOMPARE(q.addCopies({c, QStringLiteral("no-such-id")}), 1);
        }
        // The queue outlives the object (and the program).
        LabelQueue q(*m_admin);
        QCOMPARE(q.count(), 2);
        QCOMPARE(q.copies().at(0).copyId, a);
        QCOMPARE(q.copies().at(1).barcode, QStringLiteral("DC-B0000003"));
        // Catalogued since today: every copy, in call-number order, those queued kept once.
        QCOMPARE(q.addCataloguedSince(QDate::currentDate()), 1);
        QCOMPARE(q.copies().at(2).copyId, b);
        QCOMPARE(q.addCataloguedSince(QDate::currentDate().addDays(1)), 0);

        QCOMPARE(q.spineLabels(q.copies()).at(1),
                 QStringList({QStringLiteral("I210"), QStringLiteral("4"), QStringLiteral(":2")}));
        const QList<LabelData> data = q.barcodeLabels(q.copies());
        QCOMPARE(data.at(0).tag, QStringLiteral("DC-B0000002"));
        QCOMPARE(data.at(0).name, QStringLiteral("书 I247.5/2"));
        QCOMPARE(data.at(0).schoolName, QStringLiteral("测试学校 Library"));

        SpineOptions o = q.spineOptions();
        o.volume = false;
        o.fontPoints = 10;
        q.setSpineOptions(o);
        QCOMPARE(LabelQueue(*m_admin).spineOptions().fontPoints, 10.0);
        QCOMPARE(q.spineLabels(q.copies()).at(1).size(), 2);

        q.remove({a});
        QCOMPARE(q.count(), 2);
        q.clear();
        QCOMPARE(q.count(), 0);

        const Session teacher = m_store->as(Role::Teacher);
        QVERIFY_THROWS_EXCEPTION(Error, LabelQueue{teacher});
    }

    void labelsTab()
    {
        for (int i = 1; i <= 12; ++i)
            addCopy(QStringLiteral("DC-B%1").arg(i, 7, 10, QLatin1Char('0')),
                    QStringLiteral("I247.5/%1").arg(i));
        LabelsTab tab(*m_admin);
        QAbstractItemModelTester tester(tab.queueModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.show();
        QApplication::setActiveWindow(&tab);
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        tab.scanEdit()->setFocus();
        // A scanner: characters and Enter, back to back.
        for (int i = 1; i <= 10; ++i) {
            QTest::keyClicks(tab.scanEdit(),
                             QStringLiteral("DC-B%1").arg(i, 7, 10, QLatin1Char('0')));
            QTest::keyClick(tab.scanEdit(), Qt::Key_Enter);
        }
        QTest::keyClicks(tab.scanEdit(), QStringLiteral("NOPE-1"));
        QTest::keyClick(tab.scanEdit(), Qt::Key_Enter);
        QVERIFY(tab.messageLabel()->text().contains(QStringLiteral("NOPE-1")));
        QCOMPARE(tab.queueModel()->rowCount(), 10);
        QCOMPARE(tab.queueModel()->index(9, LabelQueueModel::CallNo).data().toString(),
                 QStringLiteral("I247.5/10"));
        QVERIFY(tab.previewLabel()->pixmap().width() > 100);

        // Spine labels on the 65-label sheet: one page; the queue is then empty.
        tab.setPreset(QStringLiteral("a4-5x13"));
        QTemporaryDir dir;
        QCOMPARE(tab.writePdf(dir.filePath(QStringLiteral("spine.pdf"))), 1);
        QCOMPARE(pdfPages(dir.filePath(QStringLiteral("spine.pdf"))), 1);
        QCOMPARE(tab.queueModel()->rowCount(), 0);
        QCOMPARE(LabelQueue(*m_admin).count(), 0);
        QCOMPARE(tab.writePdf(dir.filePath(QStringLiteral("none.pdf"))), -1);
        QVERIFY(tab.messageLabel()->text().contains(QStringLiteral("empty")));

        // Barcode labels of every copy catalogued today on a label printer: a page each.
        QCOMPARE(tab.addCataloguedSince(QDate::currentDate()), 12);
        tab.setKind(LabelsTab::BarcodeLabels);
        tab.setPreset(QStringLiteral("thermal-50x30"));
        QCOMPARE(tab.writePdf(dir.filePath(QStringLiteral("codes.pdf"))), 12);
        QCOMPARE(pdfPages(dir.filePath(QStringLiteral("codes.pdf"))), 12);
    }
};

QTEST_MAIN(TestLibraryLabels)
#include "tst_librarylabels.moc"
