#include "core/error.h"
#include "core/io/tabularreader.h"
#include "core/io/tabularwriter.h"
#include "core/io/xlsxreader.h"
#include "core/io/zipreader.h"

#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/zip.h>

using namespace SchoolSuite;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;
using Kind = XlsxReader::NumberKind;
using Parts = QList<std::pair<QByteArray, QByteArray>>; // member name, content

namespace {

const QByteArray ContentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>)"_ba;

const QByteArray RootRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)"_ba;

// Two sheets; the first one is not at the usual path and is listed second in the rels.
const QByteArray Workbook = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr defaultThemeVersion="124226"/><sheets><sheet name="学生" sheetId="1" r:id="rId7"/><sheet name="Sheet2" sheetId="2" r:id="rId1"/></sheets></workbook>)"_ba;

const QByteArray WorkbookRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/students.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)"_ba;

// Rich text with a phonetic guide (rPh) that must not show up in the value.
const QByteArray SharedStrings = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="8" uniqueCount="6"><si><t>学号</t></si><si><t>姓名</t></si><si><t xml:space="preserve"> 电话 </t></si><si><t>出生日期</t></si><si><r><rPr><b/><sz val="11"/></rPr><t>张</t></r><r><t>三</t></r><rPh sb="0" eb="1"><t>zhang</t></rPh></si><si><t>入学_x000D_日期</t></si></sst>)"_ba;

// cellXfs: 0 General, 1 built-in date 14, 2 custom Chinese date, 3 built-in time 20,
// 4 custom "0.00", 5 custom date and time.
const QByteArray Styles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/><numFmt numFmtId="165" formatCode="0.00"/><numFmt numFmtId="166" formatCode="yyyy/m/d\ h:mm"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="20" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="166" applyNumberFormat="1"/></cellXfs></styleSheet>)"_ba;

// Row 1 is empty (a title row left blank), the header is on row 2, row 4 is missing and
// row 5 skips columns.
const QByteArray StudentSheet = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A2:G6"/><sheetData><row r="1" spans="1:7"/><row r="2" spans="1:7"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="s"><v>3</v></c><c r="E2" t="inlineStr"><is><t>备注</t></is></c><c r="F2" t="s"><v>5</v></c><c r="G2" t="inlineStr"><is><r><t>在</t></r><r><t>校</t></r></is></c></row><row r="3" spans="1:7"><c r="A3"><v>2024001</v></c><c r="B3" t="s"><v>4</v></c><c r="C3"><v>13800000000</v></c><c r="D3" s="1"><v>45000</v></c><c r="E3" t="inlineStr"><is><t>转学生</t></is></c><c r="F3" s="2"><v>38000</v></c><c r="G3" t="b"><v>1</v></c></row><row r="5"><c r="A5" t="str"><f>"00"&amp;"7"</f><v>007</v></c><c r="C5"><v>1.39E+10</v></c><c r="G5" t="b"><v>0</v></c></row><row r="6"><c><v>3.5</v></c><c><v>0.30000000000000004</v></c><c s="4"><v>12</v></c><c s="3"><v>0.5</v></c><c s="5"><v>45000.75</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>)"_ba;

const QByteArray SecondSheet = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>only</t></is></c></row><row r="2"><c r="B2"><v>1</v></c></row></sheetData></worksheet>)"_ba;

Parts excelParts()
{
    return {{"[Content_Types].xml", ContentTypes},
            {"_rels/.rels", RootRels},
            {"xl/workbook.xml", Workbook},
            {"xl/_rels/workbook.xml.rels", WorkbookRels},
            {"xl/styles.xml", Styles},
            {"xl/sharedStrings.xml", SharedStrings},
            {"xl/worksheets/students.xml", StudentSheet},
            {"xl/worksheets/sheet2.xml", SecondSheet}};
}

// Builds a ZIP the way Excel does (deflated members) with minizip's zip API.
bool writeZip(const QString &path, const Parts &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, content] : parts) {
        zip_fileinfo info{};
        ok = ok
             && zipOpenNewFileInZip(zip,
                                    name.constData(),
                                    &info,
                                    nullptr,
                                    0,
                                    nullptr,
                                    0,
                                    nullptr,
                                    Z_DEFLATED,
                                    Z_DEFAULT_COMPRESSION)
                    == ZIP_OK
             && zipWriteInFileInZip(zip, content.constData(), unsigned(content.size())) == ZIP_OK
             && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private slots:
    void excelWorkbook();
    void otherSheets();
    void roundTrip();
    void writerLayout();
    void largeSheet();
    void classifyFormat_data();
    void classifyFormat();
    void damaged_data();
    void damaged();

private:
    QTemporaryDir m_dir;
};

void TestXlsx::excelWorkbook()
{
    const QString path = m_dir.filePath(u"学生名单.xlsx"_s);
    QVERIFY(writeZip(path, excelParts()));

    const Table table = TabularReader::read(path);
    QCOMPARE(table.header,
             (QStringList{u"学号"_s,
                          u"姓名"_s,
                          u"电话"_s,
                          u"出生日期"_s,
                          u"备注"_s,
                          u"入学\r日期"_s,
                          u"在校"_s}));
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(0),
             (QStringList{u"2024001"_s,
                          u"张三"_s,
                          u"13800000000"_s,
                          u"2023-03-15"_s,
                          u"转学生"_s,
                          u"2004-01-14"_s,
                          u"TRUE"_s}));
    QCOMPARE(
        table.rows.at(1),
        (QStringList{
            u"007"_s, QString(), u"13900000000"_s, QString(), QString(), QString(), u"FALSE"_s}));
    QCOMPARE(
        table.rows.at(2),
        (QStringList{
            u"3.5"_s, u"0.3"_s, u"12"_s, u"12:00"_s, u"2023-03-15 18:00"_s, QString(), QString()}));
    QCOMPARE(table.sourceRows, (QList<int>{3, 5, 6}));
}

void TestXlsx::otherSheets()
{
    const QString path = m_dir.filePath(u"sheets.xlsx"_s);
    QVERIFY(writeZip(path, excelParts()));
    XlsxReader reader(path, readFile(path));
    QCOMPARE(reader.sheetNames(), (QStringList{u"学生"_s, u"Sheet2"_s}));

    const Table second = TabularReader::readXlsx(path, 1);
    QCOMPARE(second.header, (QStringList{QString(), u"only"_s}));
    QCOMPARE(second.rows, (Rows{{QString(), u"1"_s}}));

    try {
        TabularReader::readXlsx(path, 2);
        QFAIL("a missing sheet was read");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::NotFound);
        QVERIFY(error.message().contains(u"sheets.xlsx"_s));
    }
}

void TestXlsx::roundTrip()
{
    Table table;
    table.header = {u"学号"_s, u"姓名"_s, u"身份证号"_s, u"电话"_s, u"备注"_s};
    table.rows
        = {{u"001"_s, u"张三"_s, u"110101200501011234"_s, u"13800000000"_s, u"=1+1"_s},
           {u"2024002"_s, u"欧阳 娜娜"_s, u"11010120050101123X"_s, QString(), u"第一行\n第二行"_s},
           {u"1.50"_s, u"TRUE"_s, u"2023-03-15"_s, u"+86 138"_s, u"<&>\"'"_s}};
    const QString path = m_dir.filePath(u"roundtrip.xlsx"_s);
    TabularWriter::write(path, table, u"学生"_s);

    const Table back = TabularReader::read(path);
    QCOMPARE(back.header, table.header);
    QCOMPARE(back.rows, table.rows);
    QCOMPARE(back.sourceRows, (QList<int>{2, 3, 4}));
    XlsxReader reader(path, readFile(path));
    QCOMPARE(reader.sheetNames(), QStringList{u"学生"_s});

    // Writing again replaces the file.
    table.rows.removeLast();
    TabularWriter::write(path, table);
    QCOMPARE(TabularReader::read(path).rows.size(), 2);
}

void TestXlsx::writerLayout()
{
    Table table;
    table.header = {u"学号"_s, u"家庭住址"_s};
    table.rows = {{u"13800000000"_s, u"北京市海淀区中关村大街一号院"_s}};
    const QString path = m_dir.filePath(u"layout.xlsx"_s);
    TabularWriter::write(path, table);

    ZipReader zip(readFile(path));
    QVERIFY(zip.isOpen());
    QByteArray sheet, styles;
    QVERIFY(zip.read(u"xl/worksheets/sheet1.xml"_s, &sheet));
    QVERIFY(zip.read(u"xl/styles.xml"_s, &styles));
    // Header frozen, IDs stored as (shared) strings rather than numbers.
    QVERIFY(sheet.contains(R"(ySplit="1")"));
    QVERIFY(sheet.contains(R"(state="frozen")"));
    QVERIFY(!sheet.contains("<v>13800000000</v>"));
    QVERIFY(sheet.contains(R"(t="s")"));
    QVERIFY(styles.contains("<b/>"));
    // The address column is wider than the ID column: 14 Chinese characters ~ 28 + margin.
    const qsizetype cols = sheet.indexOf("<cols>");
    QVERIFY(cols >= 0);
    const QByteArray colXml = sheet.mid(cols, sheet.indexOf("</cols>") - cols);
    QVERIFY2(colXml.contains(R"(min="2" max="2" width="31)"), colXml.constData());
    QVERIFY2(colXml.contains(R"(min="1" max="1" width="14)"), colXml.constData());
}

void TestXlsx::largeSheet()
{
    // The size of a large school's student list; checks content, not time.
    Table table;
    table.header = {u"学号"_s, u"姓名"_s, u"性别"_s, u"出生日期"_s, u"班级"_s, u"电话"_s};
    for (int i = 0; i < 3000; ++i) {
        table.rows.append({QString::number(2024000000 + i),
                           u"学生%1"_s.arg(i),
                           i % 2 ? u"男"_s : u"女"_s,
                           QDate(2012, 1, 1).addDays(i % 700).toString(Qt::ISODate),
                           u"%1年级%2班"_s.arg(1 + i % 6).arg(1 + i % 8),
                           QString::number(13800000000LL + i)});
    }
    const QString path = m_dir.filePath(u"large.xlsx"_s);
    TabularWriter::write(path, table);
    const Table back = TabularReader::read(path);
    QCOMPARE(back.rowCount(), 3000);
    QCOMPARE(back.rows, table.rows);
    QCOMPARE(back.sourceRows.last(), 3001);
}

void TestXlsx::classifyFormat_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("general") << 0 << QString() << Kind::Number;
    QTest::newRow("0.00") << 2 << QString() << Kind::Number;
    QTest::newRow("14 m/d/yyyy") << 14 << QString() << Kind::Date;
    QTest::newRow("22 m/d/yy h:mm") << 22 << QString() << Kind::DateTime;
    QTest::newRow("20 h:mm") << 20 << QString() << Kind::Time;
    QTest::newRow("31 yyyy年m月d日") << 31 << QString() << Kind::Date;
    QTest::newRow("32 h时mm分") << 32 << QString() << Kind::Time;
    QTest::newRow("57 yyyy年m月") << 57 << QString() << Kind::Date;
    QTest::newRow("49 text") << 49 << QString() << Kind::Number;
    QTest::newRow("iso date") << 164 << u"yyyy-mm-dd"_s << Kind::Date;
    QTest::newRow("chinese date") << 164 << u"[$-804]yyyy\"年\"m\"月\"d\"日\";@"_s << Kind::Date;
    QTest::newRow("month name") << 164 << u"mmm"_s << Kind::Date;
    QTest::newRow("weekday") << 164 << u"aaaa"_s << Kind::Date;
    QTest::newRow("date time") << 164 << u"yyyy/m/d h:mm"_s << Kind::DateTime;
    QTest::newRow("time") << 164 << u"h:mm:ss"_s << Kind::Time;
    QTest::newRow("minutes seconds") << 164 << u"mm:ss"_s << Kind::Time;
    QTest::newRow("time AM/PM") << 164 << u"h:mm AM/PM"_s << Kind::Time;
    QTest::newRow("elapsed hours") << 164 << u"[h]:mm"_s << Kind::Time;
    QTest::newRow("number") << 164 << u"#,##0.00"_s << Kind::Number;
    QTest::newRow("red negative") << 164 << u"#,##0;[Red]-#,##0"_s << Kind::Number;
    QTest::newRow("scientific") << 164 << u"0.00E+00"_s << Kind::Number;
    QTest::newRow("quoted letters") << 164 << u"\"Day \"0"_s << Kind::Number;
    QTest::newRow("escaped letters") << 164 << u"0\\d"_s << Kind::Number;
    QTest::newRow("General word") << 164 << u"General"_s << Kind::Number;
    QTest::newRow("text") << 164 << u"@"_s << Kind::Number;
}

void TestXlsx::classifyFormat()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(Kind, kind);
    QCOMPARE(XlsxReader::classifyFormat(id, code), kind);
}

void TestXlsx::damaged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Error::Kind>("kind");

    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(20240901);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << random << Error::Corrupt;
    QTest::newRow("empty file") << QByteArray() << Error::Corrupt;
    QTest::newRow("old .xls") << "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest of an OLE file"_ba
                              << Error::Invalid;

    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.xlsx"_s);
    auto zipped = [&](const Parts &parts) {
        QFile::remove(path);
        return writeZip(path, parts) ? readFile(path) : QByteArray();
    };
    const QByteArray good = zipped(excelParts());
    QTest::newRow("truncated") << good.left(good.size() / 2) << Error::Corrupt;
    // Damage the compressed sheet (after its local header), not the directory.
    QByteArray flipped = good;
    const qsizetype sheetData = good.indexOf("xl/worksheets/students.xml") + 40;
    for (qsizetype i = sheetData; i < sheetData + 60; ++i)
        flipped[i] = char(flipped.at(i) ^ 0x5A);
    QTest::newRow("damaged member") << flipped << Error::Corrupt;

    Parts parts = excelParts();
    parts.removeIf([](const auto &p) { return p.first == "xl/workbook.xml"; });
    QTest::newRow("no workbook") << zipped(parts) << Error::Corrupt;
    parts = excelParts();
    parts.removeIf([](const auto &p) { return p.first == "xl/worksheets/students.xml"; });
    QTest::newRow("sheet part missing") << zipped(parts) << Error::Corrupt;
    parts = excelParts();
    parts[6].second.chop(40);
    QTest::newRow("sheet XML cut off") << zipped(parts) << Error::Corrupt;
    parts = excelParts();
    parts[6].second.replace("<v>4</v>", "<v>99</v>");
    QTest::newRow("shared string out of range") << zipped(parts) << Error::Corrupt;
    QTest::newRow("zip of something else")
        << zipped({{"readme.txt", "not a workbook"}}) << Error::Corrupt;
}

void TestXlsx::damaged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Error::Kind, kind);
    const QString path = m_dir.filePath(u"损坏.xlsx"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    try {
        TabularReader::read(path);
        QFAIL("a damaged file was read");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), kind);
        QVERIFY2(error.message().contains(u"损坏.xlsx"_s), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
