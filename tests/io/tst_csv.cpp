#include "core/error.h"
#include "core/io/tabularreader.h"
#include "core/io/tabularwriter.h"
#include "core/io/textdecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace SchoolSuite;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void detectEncoding_data();
    void detectEncoding();
    void gb18030_data();
    void gb18030();
    void systemGb18030Fallback();
    void invalidBytes_data();
    void invalidBytes();
    void unclosedQuote();
    void excelUnicodeText();
    void readFiles_data();
    void readFiles();
    void unreadableFiles();
    void writeCsv();
    void writeReplacesAtomically();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestCsv::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

void TestCsv::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("sourceRows");

    QTest::newRow("utf-8 without BOM")
        << "学号,姓名\r\n2024001,张三\r\n"_ba << QStringList{u"学号"_s, u"姓名"_s}
        << Rows{{u"2024001"_s, u"张三"_s}} << QList<int>{2};
    QTest::newRow("utf-8 with BOM")
        << "\xEF\xBB\xBF学号,姓名\r\n2024001,张三\r\n"_ba << QStringList{u"学号"_s, u"姓名"_s}
        << Rows{{u"2024001"_s, u"张三"_s}} << QList<int>{2};
    QTest::newRow("quoted separator and quotes")
        << "name,note\n\"Li, Ming\",\"He said \"\"hi\"\"\"\n"_ba
        << QStringList{u"name"_s, u"note"_s} << Rows{{u"Li, Ming"_s, u"He said \"hi\""_s}}
        << QList<int>{2};
    QTest::newRow("embedded line breaks keep row numbers")
        << "a,b\n\"line1\nline2\",x\r\n\"one\r\ntwo\",y\nlast,z"_ba << QStringList{u"a"_s, u"b"_s}
        << Rows{{u"line1\nline2"_s, u"x"_s}, {u"one\r\ntwo"_s, u"y"_s}, {u"last"_s, u"z"_s}}
        << QList<int>{2, 3, 4};
    QTest::newRow("empty quoted and unquoted cells")
        << "a,b,c\n\"\",,\"x\"\n"_ba << QStringList{u"a"_s, u"b"_s, u"c"_s}
        << Rows{{QString(), QString(), u"x"_s}} << QList<int>{2};
    QTest::newRow("semicolon detected")
        << "学号;姓名;备注\n1;张三;\"a;b\"\n"_ba << QStringList{u"学号"_s, u"姓名"_s, u"备注"_s}
        << Rows{{u"1"_s, u"张三"_s, u"a;b"_s}} << QList<int>{2};
    QTest::newRow("commas inside quotes do not outvote semicolons")
        << "\"a,b,c\";d\n1;2\n"_ba << QStringList{u"a,b,c"_s, u"d"_s} << Rows{{u"1"_s, u"2"_s}}
        << QList<int>{2};
    QTest::newRow("tab detected") << "a\tb\n1,5\t2\n"_ba << QStringList{u"a"_s, u"b"_s}
                                  << Rows{{u"1,5"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("sep= line") << "sep=;\r\na;b\r\n1,5;2\r\n"_ba << QStringList{u"a"_s, u"b"_s}
                               << Rows{{u"1,5"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("blank rows skipped, numbers kept")
        << "\n\na,b\n\n1,2\n,\n  ,\t\n3,4\n\n\n"_ba << QStringList{u"a"_s, u"b"_s}
        << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{5, 8};
    QTest::newRow("header trimmed, data kept")
        << " 学号 , 姓名\t\n 1 ,x\n"_ba << QStringList{u"学号"_s, u"姓名"_s}
        << Rows{{u" 1 "_s, u"x"_s}} << QList<int>{2};
    QTest::newRow("short and long rows padded")
        << "a,b,c\n1\n1,2,3,4\n"_ba << QStringList{u"a"_s, u"b"_s, u"c"_s, QString()}
        << Rows{{u"1"_s, QString(), QString(), QString()}, {u"1"_s, u"2"_s, u"3"_s, u"4"_s}}
        << QList<int>{2, 3};
    QTest::newRow("trailing empty columns dropped")
        << "a,b,,\r\n1,2,,\r\n"_ba << QStringList{u"a"_s, u"b"_s} << Rows{{u"1"_s, u"2"_s}}
        << QList<int>{2};
    QTest::newRow("old Mac line ends, no final newline")
        << "a,b\r1,2\r3,4"_ba << QStringList{u"a"_s, u"b"_s}
        << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{2, 3};
    QTest::newRow("text after closing quote kept")
        << "a\n\"x\"y\n"_ba << QStringList{u"a"_s} << Rows{{u"xy"_s}} << QList<int>{2};
    QTest::newRow("header only") << "a,b\r\n"_ba << QStringList{u"a"_s, u"b"_s} << Rows{}
                                 << QList<int>{};
    QTest::newRow("empty file") << QByteArray() << QStringList{} << Rows{} << QList<int>{};
}

void TestCsv::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, sourceRows);

    const Table table = TabularReader::readCsv(bytes);
    QCOMPARE(table.header, header);
    QCOMPARE(table.rows, rows);
    QCOMPARE(table.sourceRows, sourceRows);
}

void TestCsv::detectEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("expected");
    QTest::newRow("ascii") << "a,b\n1,2\n"_ba << TextEncoding::Utf8;
    QTest::newRow("utf-8") << "姓名\n张三\n"_ba << TextEncoding::Utf8;
    QTest::newRow("utf-8 BOM") << "\xEF\xBB\xBF\xD5\xC5"_ba << TextEncoding::Utf8;
    QTest::newRow("gbk 张三") << "\xD5\xC5\xC8\xFD"_ba << TextEncoding::Gb18030;
    QTest::newRow("GB18030 BOM") << "\x84\x31\x95\x33\xD5\xC5"_ba << TextEncoding::Gb18030;
}

void TestCsv::detectEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, expected);
    QCOMPARE(TabularReader::detectEncoding(bytes), expected);
}

void TestCsv::gb18030_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::newRow("auto") << TextEncoding::Auto;
    QTest::newRow("explicit") << TextEncoding::Gb18030;
}

void TestCsv::gb18030()
{
    QFETCH(TextEncoding, encoding);
    // Known GBK bytes: 张三 = D5 C5 C8 FD.
    Table table = TabularReader::readCsv("name,id\r\n\xD5\xC5\xC8\xFD,001\r\n"_ba, encoding);
    QCOMPARE(table.rows, (Rows{{u"张三"_s, u"001"_s}}));

    // Characters beyond GBK use GB18030's four-byte form (𠀀 is U+20000).
    const QString text
        = u"学号,姓名,备注\r\n2024001,李四,\"住址：北京, 海淀\"\r\n2024002,𠀀,\r\n"_s;
    QStringEncoder encoder("GB18030");
    QVERIFY(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(bytes.contains("\x95\x32\x82\x36"_ba));
    table = TabularReader::readCsv(bytes, encoding);
    QCOMPARE(table.header, (QStringList{u"学号"_s, u"姓名"_s, u"备注"_s}));
    QCOMPARE(table.rows,
             (Rows{{u"2024001"_s, u"李四"_s, u"住址：北京, 海淀"_s},
                   {u"2024002"_s, u"𠀀"_s, QString()}}));
}

void TestCsv::systemGb18030Fallback()
{
    // What Qt builds without ICU use: iconv here, code page 54936 on Windows.
    TextDecoder decoder(TextEncoding::Gb18030, TextDecoder::Backend::System);
    QVERIFY(decoder.isValid());
    QString text;
    QVERIFY(decoder.decode("\xD5\xC5\xC8\xFD \x95\x32\x82\x36"_ba, &text));
    QCOMPARE(text, u"张三 𠀀"_s);
    QVERIFY(!decoder.decode("\xD5\xFF"_ba, &text));
    QVERIFY(!decoder.decode("\xD5"_ba, &text)); // cut in the middle of a character
    QVERIFY(decoder.decode("\xC8\xFD"_ba, &text));
    QCOMPARE(text, u"三"_s);
}

void TestCsv::invalidBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("encodingName");
    QTest::newRow("gbk read as utf-8")
        << "a,b\n1,2\n\n3,\xD5\xC5\n"_ba << TextEncoding::Utf8 << u"Row 4:"_s << u"UTF-8"_s;
    QTest::newRow("0xFF in GB18030")
        << "a,b\n\xD5\xC5,\xFF\n"_ba << TextEncoding::Gb18030 << u"Row 2:"_s << u"GB18030"_s;
    QTest::newRow("auto, cut character at end")
        << "a,b\n\xD5\xC5,x\n\xD5\xC5,\xC8\n"_ba << TextEncoding::Auto << u"Row 3:"_s
        << u"GB18030"_s;
    QTest::newRow("utf-8 BOM then bad byte")
        << "\xEF\xBB\xBF\xE5\xAD\xA6\xE5\x8F\xB7\n\xC0\xAF\n"_ba << TextEncoding::Auto
        << u"Row 2:"_s << u"UTF-8"_s;
}

void TestCsv::invalidBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, where);
    QFETCH(QString, encodingName);
    try {
        TabularReader::readCsv(bytes, encoding);
        QFAIL("invalid text was accepted");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Invalid);
        QVERIFY2(error.message().startsWith(where), qPrintable(error.message()));
        QVERIFY2(error.message().contains(encodingName), qPrintable(error.message()));
    }
}

void TestCsv::unclosedQuote()
{
    const QString path = writeFile(u"quote.csv"_s, "a,b\n1,2\n3,\"open\n4,5\n"_ba);
    try {
        TabularReader::read(path);
        QFAIL("an unclosed quote was accepted");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(u"quote.csv, row 3"_s), qPrintable(error.message()));
    }
}

void TestCsv::excelUnicodeText()
{
    // Excel's "Unicode Text" export: UTF-16LE with a BOM, tab-separated.
    QByteArray bytes("\xFF\xFE");
    const QString text = u"学号\t姓名\r\n001\t张三\r\n"_s;
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const Table table = TabularReader::read(writeFile(u"unicode.txt"_s, bytes));
    QCOMPARE(table.header, (QStringList{u"学号"_s, u"姓名"_s}));
    QCOMPARE(table.rows, (Rows{{u"001"_s, u"张三"_s}}));
}

void TestCsv::readFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Rows>("rows");
    QTest::newRow("csv") << u"students.csv"_s << "a,b\n1;2,3\n"_ba << Rows{{u"1;2"_s, u"3"_s}};
    QTest::newRow("upper-case extension")
        << u"STUDENTS.CSV"_s << "a,b\n1,2\n"_ba << Rows{{u"1"_s, u"2"_s}};
    QTest::newRow("txt") << u"学生名单.txt"_s << "a;b\n1;2\n"_ba << Rows{{u"1"_s, u"2"_s}};
    // .tsv is always tab-separated, even when commas are more frequent.
    QTest::newRow("tsv") << u"list.tsv"_s << "a,b,c\td\n1,2\t3\n"_ba << Rows{{u"1,2"_s, u"3"_s}};
}

void TestCsv::readFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(Rows, rows);
    QCOMPARE(TabularReader::read(writeFile(name, bytes)).rows, rows);
}

void TestCsv::unreadableFiles()
{
    const QString missing = m_dir.filePath(u"missing.csv"_s);
    try {
        TabularReader::read(missing);
        QFAIL("a missing file was read");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::NotFound);
        QVERIFY(error.message().contains(u"missing.csv"_s));
    }
    const QString document = writeFile(u"letter.docx"_s, "PK\x03\x04"_ba);
    try {
        TabularReader::read(document);
        QFAIL("an unknown format was read");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Invalid);
        QVERIFY(error.message().contains(u"letter.docx"_s));
    }
}

void TestCsv::writeCsv()
{
    Table table;
    table.header = {u"学号"_s, u"姓名"_s, u"备注"_s};
    table.rows = {{u"001"_s, u"张三"_s, u"He said \"hi\", then left"_s},
                  {u"13800000000"_s, u" 李四"_s, u"line1\nline2"_s},
                  {u"3"_s, QString(), QString()}};
    const QString path = m_dir.filePath(u"export.csv"_s);
    TabularWriter::write(path, table);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = "\xEF\xBB\xBF"
                                "学号,姓名,备注\r\n"
                                "001,张三,\"He said \"\"hi\"\", then left\"\r\n"
                                "13800000000,\" 李四\",\"line1\nline2\"\r\n"
                                "3,,\r\n"_ba;
    QCOMPARE(file.readAll(), expected);

    const Table back = TabularReader::read(path);
    QCOMPARE(back.header, table.header);
    QCOMPARE(back.rows, table.rows);
    QCOMPARE(back.sourceRows, (QList<int>{2, 3, 4}));
}

void TestCsv::writeReplacesAtomically()
{
    const QString path = writeFile(u"replace.csv"_s, "old,content\n"_ba);
    Table table;
    table.header = {u"new"_s};
    TabularWriter::write(path, table);
    QCOMPARE(TabularReader::read(path).header, QStringList{u"new"_s});

    const QString inMissingDir = m_dir.filePath(u"no/such/dir/out.csv"_s);
    QVERIFY_THROWS_EXCEPTION(Error, TabularWriter::write(inMissingDir, table));
    QVERIFY(!QFile::exists(inMissingDir));
    QVERIFY_THROWS_EXCEPTION(Error, TabularWriter::write(m_dir.filePath(u"out.pdf"_s), table));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
