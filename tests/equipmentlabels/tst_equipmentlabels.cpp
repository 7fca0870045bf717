// Asset labels: the QR and Code 128 codes painted by the label painter decode back to the tag
// (zxing-cpp reads an image rendered at a known resolution), labels land in the right row and
// column of a sheet after the start position, a label printer gets one label-sized page per
// label, the PDF has the right pages, and the labels tab takes scanned tags.
#include "testutil.h"

#include "core/error.h"
#include "equipment/equipmentmodule.h"
#include "equipment/labels/barcodematrix.h"
#include "equipment/labels/labelitemsmodel.h"
#include "equipment/labels/labellayout.h"
#include "equipment/labels/labelpainter.h"
#include "equipment/labels/labelsource.h"
#include "equipment/ui/labellayoutwidget.h"
#include "equipment/ui/labelstab.h"
#include "sync/syncmodule.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QtTest>

// zxing-cpp 1.4: text() as UTF-8 std::string (the next release's only form).
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

using namespace SchoolSuite;

namespace {

struct Decoded
{
    QString text;
    ZXing::BarcodeFormat format;
};

QList<Decoded> decode(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(),
                                gray.width(),
                                gray.height(),
                                ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::Code128);
    hints.setTryHarder(true);
    QList<Decoded> found;
    for (const ZXing::Result &r : ZXing::ReadBarcodes(view, hints))
        found.append({QString::fromStdString(r.text()), r.format()});
    return found;
}

QStringList textsOf(const QList<Decoded> &list, ZXing::BarcodeFormat format)
{
    QStringList texts;
    for (const Decoded &d : list) {
        if (d.format == format)
            texts.append(d.text);
    }
    return texts;
}

bool isBlank(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] < 200)
                return false;
        }
    }
    return true;
}

QImage crop(const QImage &page, const QRectF &mm, int dpi)
{
    const double k = dpi / 25.4;
    return page.copy(
        QRectF(mm.left() * k, mm.top() * k, mm.width() * k, mm.height() * k).toAlignedRect());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// The MediaBox of every page, in points.
QList<QSizeF> pdfMediaBoxes(const QByteArray &pdf)
{
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
    QList<QSizeF> sizes;
    auto it = box.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        const auto m = it.next();
        sizes.append(QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()));
    }
    return sizes;
}

QList<LabelData> run(int n)
{
    QList<LabelData> labels;
    for (int i = 1; i <= n; ++i)
        labels.append({QStringLiteral("T001-%1").arg(i, 6, 10, QLatin1Char('0')),
                       QStringLiteral("联想台式计算机 %1").arg(i),
                       QStringLiteral("测试学校")});
    return labels;
}

} // namespace

class TestEquipmentLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void codesDecode_data();
    void codesDecode();
    void codeIsVectorNotBitmap();
    void nothingToEncode();
    void gridGeometry();
    void startPositionSkipsUsedLabels();
    void labelsLandInTheirSlots();
    void layoutProblems();
    void layoutJsonRoundTrip();
    void pdfHasTheRightPages();
    void thermalPageSize();
    void sourceAndModel();
    void tabTakesScansAndSavesPdf();

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
};

void TestEquipmentLabels::initTestCase()
{
    Test::initTestEnvironment();
    registerSyncModule();
    registerEquipmentModule();
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("SchoolSuiteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_equipmentlabels"));
}

void TestEquipmentLabels::codesDecode_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("codes");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QString>("tag");
    const QString tag = QStringLiteral("DC0001-000123");
    for (const char *preset : {"a4-3x8", "a4-4x10", "a4-2x7", "thermal-50x30", "thermal-40x30"}) {
        for (int dpi : {203, 300}) {
            for (LabelCodes codes : {LabelCodes::Qr, LabelCodes::Code128, LabelCodes::Both}) {
                QTest::addRow("%s %s %d dpi", preset, qPrintable(LabelLayout::codesKey(codes)), dpi)
                    << QString::fromLatin1(preset) << int(codes) << dpi << tag;
            }
        }
    }
    QTest::newRow("long tag on a small sheet label")
        << QStringLiteral("a4-5x13") << int(LabelCodes::Both) << 300
        << QStringLiteral("XQ20240917-123456");
}

void TestEquipmentLabels::codesDecode()
{
    QFETCH(QString, preset);
    QFETCH(int, codes);
    QFETCH(int, dpi);
    QFETCH(QString, tag);
    LabelLayout layout = LabelLayout::fromPreset(preset);
    layout.codes = LabelCodes(codes);
    const LabelPainter painter(layout);
    const QImage image = painter.renderLabel(
        {tag, QStringLiteral("交互式电子白板"), QStringLiteral("第一小学")}, dpi);
    const QList<Decoded> found = decode(image);
    const bool wantQr = layout.codes != LabelCodes::Code128;
    const bool wantBars = layout.codes != LabelCodes::Qr;
    QCOMPARE(textsOf(found, ZXing::BarcodeFormat::QRCode),
             wantQr ? QStringList{tag} : QStringList{});
    QCOMPARE(textsOf(found, ZXing::BarcodeFormat::Code128),
             wantBars ? QStringList{tag} : QStringList{});
}

void TestEquipmentLabels::codeIsVectorNotBitmap()
{
    // Painted as rectangles into a PDF: the file holds path operators and no image.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("one.pdf"));
    LabelLayout layout = LabelLayout::fromPreset(QStringLiteral("thermal-50x30"));
    layout.codes = LabelCodes::Qr;
    QCOMPARE(LabelPainter(layout).writePdf(file, run(1)), 1);
    const QByteArray pdf = readFile(file);
    QVERIFY(!pdf.contains("/Subtype /Image"));
    QVERIFY(!pdf.contains("/Subtype/Image"));

    const BarcodeMatrix qr
        = BarcodeMatrix::encode(BarcodeMatrix::Format::Qr, QStringLiteral("DC0001-000123"));
    QCOMPARE(qr.width(), qr.height());
    QVERIFY(qr.width() >= 21);
    // The finder pattern's corner is dark, and the module next to its ring light.
    QVERIFY(qr.dark(0, 0));
    QVERIFY(!qr.dark(1, 1));
    const BarcodeMatrix bars
        = BarcodeMatrix::encode(BarcodeMatrix::Format::Code128, QStringLiteral("DC0001-000123"));
    QCOMPARE(bars.height(), 1);
    QVERIFY(bars.dark(0, 0)); // a bar code starts with a bar
    QVERIFY(bars.dark(bars.width() - 1, 0));
}

void TestEquipmentLabels::nothingToEncode()
{
    QVERIFY_THROWS_EXCEPTION(Error, BarcodeMatrix::encode(BarcodeMatrix::Format::Qr, QString()));
    QVERIFY_THROWS_EXCEPTION(
        Error, BarcodeMatrix::encode(BarcodeMatrix::Format::Code128, QStringLiteral("资产-001")));
    // A QR code holds Chinese.
    QCOMPARE(BarcodeMatrix::encode(BarcodeMatrix::Format::Qr, QStringLiteral("资产-001")).width()
                 > 0,
             true);
    QTemporaryDir dir;
    QVERIFY_THROWS_EXCEPTION(Error,
                             LabelPainter(LabelLayout::fromPreset(QStringLiteral("a4-3x8")))
                                 .writePdf(dir.filePath(QStringLiteral("empty.pdf")), {}));
}

void TestEquipmentLabels::gridGeometry()
{
    const LabelLayout l = LabelLayout::fromPreset(QStringLiteral("a4-2x7"));
    QCOMPARE(l.labelsPerPage(), 14);
    QCOMPARE(l.slotRect(0), QRectF(4.65, 15.15, 99.1, 38.1));
    // Slot 3: second row, second column, after one gap across and none down.
    QCOMPARE(l.slotRect(3), QRectF(4.65 + 99.1 + 2.5, 15.15 + 38.1, 99.1, 38.1));
    QCOMPARE(l.slotRect(13).bottom(), 15.15 + 7 * 38.1);
    QCOMPARE(l.pageOf(13), 0);
    QCOMPARE(l.pageOf(14), 1);
    QCOMPARE(l.slotOf(14), 0);
    QCOMPARE(l.pageCount(0), 0);
    QCOMPARE(l.pageCount(14), 1);
    QCOMPARE(l.pageCount(15), 2);

    const LabelLayout grid = LabelLayout::fromPreset(QStringLiteral("a4-4x10"));
    QCOMPARE(grid.labelsPerPage(), 40);
    // Label 9 of a 4-column sheet: row 2, column 1 (0-based).
    QCOMPARE(grid.slotRect(grid.slotOf(9)).topLeft(), QPointF(52.5, 2 * 29.7));
    for (const LabelLayout::Preset &preset : LabelLayout::presets())
        QVERIFY2(LabelLayout::fromPreset(preset.id).problem().isEmpty(), qPrintable(preset.id));
}

void TestEquipmentLabels::startPositionSkipsUsedLabels()
{
    LabelLayout l = LabelLayout::fromPreset(QStringLiteral("a4-3x8"));
    l.startPosition = 22; // two labels left on the sheet
    QCOMPARE(l.slotOf(0), 22);
    QCOMPARE(l.pageOf(0), 0);
    QCOMPARE(l.slotOf(1), 23);
    QCOMPARE(l.pageOf(2), 1);
    QCOMPARE(l.slotOf(2), 0);
    QCOMPARE(l.pageCount(2), 1);
    QCOMPARE(l.pageCount(3), 2);
    QCOMPARE(l.pageCount(26), 2);
    QCOMPARE(l.pageCount(27), 3);
    // A label printer has no used labels to skip.
    LabelLayout thermal = LabelLayout::fromPreset(QStringLiteral("thermal-40x30"));
    thermal.startPosition = 5;
    QCOMPARE(thermal.slotOf(0), 0);
    QCOMPARE(thermal.pageCount(3), 3);
}

void TestEquipmentLabels::labelsLandInTheirSlots()
{
    // Rendered pages, decoded slot by slot: the used labels stay blank, each label's code is
    // in its own slot.
    LabelLayout l = LabelLayout::fromPreset(QStringLiteral("a4-3x8"));
    l.codes = LabelCodes::Qr;
    l.startPosition = 4;
    const QList<LabelData> labels = run(22);
    const LabelPainter painter(l);
    constexpr int dpi = 150;
    const QImage first = painter.renderPage(labels, 0, dpi);
    const QImage second = painter.renderPage(labels, 1, dpi);
    for (int slot = 0; slot < 4; ++slot)
        QVERIFY2(isBlank(crop(first, l.slotRect(slot), dpi)), qPrintable(QString::number(slot)));
    for (int i : {0, 1, 5, 19}) {
        QCOMPARE(l.pageOf(i), 0);
        const QList<Decoded> found = decode(crop(first, l.slotRect(l.slotOf(i)), dpi));
        QCOMPARE(textsOf(found, ZXing::BarcodeFormat::QRCode), QStringList{labels.at(i).tag});
    }
    // Label 20 starts the next sheet at the top left; label 21 is next to it.
    QCOMPARE(textsOf(decode(crop(second, l.slotRect(0), dpi)), ZXing::BarcodeFormat::QRCode),
             QStringList{labels.at(20).tag});
    QCOMPARE(textsOf(decode(crop(second, l.slotRect(1), dpi)), ZXing::BarcodeFormat::QRCode),
             QStringList{labels.at(21).tag});
    QVERIFY(isBlank(crop(second, l.slotRect(2), dpi)));
}

void TestEquipmentLabels::layoutProblems()
{
    LabelLayout l = LabelLayout::fromPreset(QStringLiteral("a4-3x8"));
    QVERIFY(l.problem().isEmpty());
    l.columns = 4; // 4 × 70 mm is wider than A4
    QVERIFY(l.problem().contains(QStringLiteral("280")));
    l = LabelLayout::fromPreset(QStringLiteral("a4-3x8"));
    l.rows = 9;
    QVERIFY(!l.problem().isEmpty());
    l = LabelLayout::fromPreset(QStringLiteral("a4-3x8"));
    l.startPosition = 24;
    QVERIFY(!l.problem().isEmpty());
    l.startPosition = 23;
    QVERIFY(l.problem().isEmpty());
    l.label = QSizeF(0, 37);
    QVERIFY(!l.problem().isEmpty());
    QTemporaryDir dir;
    QVERIFY_THROWS_EXCEPTION(
        Error, LabelPainter(l).writePdf(dir.filePath(QStringLiteral("x.pdf")), run(1)));
}

void TestEquipmentLabels::layoutJsonRoundTrip()
{
    LabelLayout l = LabelLayout::fromPreset(QStringLiteral("a4-5x13"));
    l.codes = LabelCodes::Code128;
    l.startPosition = 7;
    l.gapY = 1.25;
    const LabelLayout back = LabelLayout::fromJson(l.toJson());
    QCOMPARE(back.toJson(), l.toJson());
    QCOMPARE(back.codes, LabelCodes::Code128);
    QCOMPARE(back.startPosition, 7);
    const LabelLayout thermal
        = LabelLayout::fromJson(LabelLayout::fromPreset(QStringLiteral("thermal-60x40")).toJson());
    QCOMPARE(thermal.kind, LabelLayout::Kind::Thermal);
    QCOMPARE(thermal.pageSize(), QSizeF(60, 40));
}

void TestEquipmentLabels::pdfHasTheRightPages()
{
    QTemporaryDir dir;
    LabelLayout l = LabelLayout::fromPreset(QStringLiteral("a4-3x8"));
    l.startPosition = 20;
    const QString file = dir.filePath(QStringLiteral("sheet.pdf"));
    QCOMPARE(LabelPainter(l).writePdf(file, run(30)), 3); // 4 + 24 + 2
    const QByteArray pdf = readFile(file);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 10'000);
    QCOMPARE(pdfPages(pdf), 3);
    const QList<QSizeF> boxes = pdfMediaBoxes(pdf);
    QCOMPARE(boxes.size(), 3);
    for (const QSizeF &box : boxes) {
        QVERIFY2(qAbs(box.width() - 595.3) < 1 && qAbs(box.height() - 841.9) < 1,
                 qPrintable(QStringLiteral("%1 x %2").arg(box.width()).arg(box.height())));
    }
}

void TestEquipmentLabels::thermalPageSize()
{
    QTemporaryDir dir;
    for (const QString &preset :
         {QStringLiteral("thermal-50x30"), QStringLiteral("thermal-40x30")}) {
        const LabelLayout l = LabelLayout::fromPreset(preset);
        const QString file = dir.filePath(preset + QStringLiteral(".pdf"));
        QCOMPARE(LabelPainter(l).writePdf(file, run(5)), 5);
        const QByteArray pdf = readFile(file);
        QCOMPARE(pdfPages(pdf), 5);
        const QList<QSizeF> boxes = pdfMediaBoxes(pdf);
        QCOMPARE(boxes.size(), 5);
        // Width × height of the label, landscape as it comes out of the printer.
        const QSizeF expected = l.label * 72.0 / 25.4;
        QVERIFY2(qAbs(boxes.first().width() - expected.width()) < 0.5
                     && qAbs(boxes.first().height() - expected.height()) < 0.5,
                 qPrintable(QStringLiteral("%1: %2 x %3 pt")
                                .arg(preset)
                                .arg(boxes.first().width())
                                .arg(boxes.first().height())));
    }
}

void TestEquipmentLabels::sourceAndModel()
{
    Test::TempStore t;
    Database &db = t.db();
    db.exec(QStringLiteral("INSERT INTO rooms (id, name, type) VALUES ('r1', '计算机教室', "
                           "'computer_lab')"));
    db.exec(QStringLiteral("INSERT INTO equipment_categories (id, name, kind) VALUES ('c1', "
                           "'计算机', 'computer')"));
    db.exec(QStringLiteral("INSERT INTO equipment_categories (id, name, kind, parent_id) VALUES "
                           "('c2', '笔记本', 'computer', 'c1')"));
    db.exec(QStringLiteral("INSERT INTO equipment_categories (id, name, kind) VALUES ('c3', "
                           "'家具', 'furniture')"));
    db.exec(QStringLiteral("INSERT INTO equipment_items (asset_tag, name, category_id, room_id, "
                           "serial) VALUES ('T001-000002', '联想笔记本', 'c2', 'r1', 'SN-77'), "
                           "('T001-000001', '台式机', 'c1', NULL, NULL), ('T001-000003', "
                           "'讲台椅', 'c3', NULL, NULL)"));
    const Session admin = t.admin();
    const LabelSource source(admin);
    QCOMPARE(source.schoolName(), QStringLiteral("测试学校"));
    QCOMPARE(source.items().size(), 3);
    QCOMPARE(source.items().first().tag, QStringLiteral("T001-000001"));
    LabelFilter filter;
    filter.categoryId = QStringLiteral("c1"); // with its sub-category
    QCOMPARE(source.items(filter).size(), 2);
    filter = {};
    filter.text = QStringLiteral("sn-77");
    QCOMPARE(source.items(filter).size(), 1);
    QCOMPARE(source.items(filter).first().room, QStringLiteral("计算机教室"));
    filter.text = QStringLiteral("%");
    QCOMPARE(source.items(filter).size(), 0);
    QVERIFY(source.byTag(QStringLiteral(" t001-000003 ")).has_value());
    QVERIFY(!source.byTag(QStringLiteral("X-1")).has_value());
    const QList<LabelData> data = source.labels(source.items());
    QCOMPARE(data.at(1).name, QStringLiteral("联想笔记本"));
    QCOMPARE(data.at(1).schoolName, QStringLiteral("测试学校"));
    // Teachers view equipment but do not print labels.
    const Session teacher = t.as(Role::Teacher);
    QVERIFY_THROWS_EXCEPTION(Error, LabelSource{teacher});

    LabelItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(source.items());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.add(source.items()), 0);
    model.removeRowsAt({0, 2, 2});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, LabelItemsModel::Name)).toString(),
             QStringLiteral("联想笔记本"));
    QCOMPARE(model.add(source.items()), 2);
    QCOMPARE(model.rowCount(), 3);
}

void TestEquipmentLabels::tabTakesScansAndSavesPdf()
{
    Test::TempStore t;
    Database &db = t.db();
    db.exec(QStringLiteral("INSERT INTO equipment_categories (id, name, kind) VALUES ('c1', "
                           "'投影仪', 'projector')"));
    for (int i = 1; i <= 30; ++i)
        db.exec(QStringLiteral("INSERT INTO equipment_items (asset_tag, name, category_id) VALUES "
                               "(?, ?, 'c1')"),
                {QStringLiteral("T001-%1").arg(i, 6, 10, QLatin1Char('0')),
                 QStringLiteral("投影仪 %1").arg(i)});
    const Session admin = t.admin();
    QSettings().remove(QStringLiteral("Equipment/Labels"));
    auto tab = std::make_unique<LabelsTab>(t.store, admin);
    tab->resize(1200, 700);
    tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab.get()));

    auto *scan = tab->findChild<QLineEdit *>(); // the filter comes first
    const QList<QLineEdit *> edits = tab->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->placeholderText().contains(QStringLiteral("Scan")))
            scan = edit;
    }
    QVERIFY(scan);
    auto message = [&] {
        QStringList texts;
        for (QLabel *label : tab->findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(QLatin1Char('\n'));
    };
    // A scanner types fast: tags then Enter, one unknown, one twice, one in lower case.
    for (const char *tag : {"T001-000007", "T001-000003", "NOT-OURS"}) {
        QTest::keyClicks(scan, QString::fromLatin1(tag));
        QTest::keyClick(scan, Qt::Key_Return);
    }
    QVERIFY(message().contains(QStringLiteral("NOT-OURS is not an asset tag")));
    QVERIFY(scan->text().isEmpty()); // ready for the next scan
    QTest::keyClicks(scan, QStringLiteral("T001-000007"));
    QTest::keyClick(scan, Qt::Key_Return);
    QVERIFY(message().contains(QStringLiteral("already in the list")));
    QTest::keyClicks(scan, QStringLiteral("t001-000030"));
    QTest::keyClick(scan, Qt::Key_Return);
    const QList<LabelData> labels = tab->labels();
    QCOMPARE(labels.size(), 3);
    QCOMPARE(labels.at(0).tag, QStringLiteral("T001-000007"));
    QCOMPARE(labels.at(1).tag, QStringLiteral("T001-000003"));
    QCOMPARE(labels.at(2).tag, QStringLiteral("T001-000030"));
    QCOMPARE(labels.at(2).schoolName, QStringLiteral("测试学校"));
    QVERIFY(message().contains(QStringLiteral("3 label(s) on 1 page(s)")));

    // Choose a label printer; the choice is remembered.
    auto *layoutWidget = tab->findChild<LabelLayoutWidget *>();
    QVERIFY(layoutWidget);
    LabelLayout thermal = LabelLayout::fromPreset(QStringLiteral("thermal-40x30"));
    thermal.codes = LabelCodes::Qr;
    layoutWidget->setLabelLayout(thermal);
    QCOMPARE(tab->labelLayout().toJson(), thermal.toJson());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("labels.pdf"));
    QCOMPARE(tab->savePdf(file), 3);
    QCOMPARE(pdfPages(readFile(file)), 3);

    tab.reset();
    LabelsTab again(t.store, admin);
    QCOMPARE(again.labelLayout().toJson(), thermal.toJson());
    QVERIFY(again.labels().isEmpty());
}

QTEST_MAIN(TestEquipmentLabels)
#include "tst_equipmentlabels.moc"
