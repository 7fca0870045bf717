// The MARC layer without a catalog: ISO 2709 and MARCXML of both families in UTF-8, GB18030 and
// MARC-8, broken records named by position and reason, and files to and from the real
// yaz-marcdump.
#include "marctestdata.h"

#include "library/marc/marcimport.h"
#include "library/marc/marcmapping.h"
#include "library/marc/marcreader.h"
#include "library/marc/marcwriter.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Test::Marc;

namespace {

QList<MarcReadItem> readAll(QByteArrayView data, MarcEncoding encoding = MarcEncoding::Auto)
{
    QList<MarcReadItem> items;
    MarcReader reader(encoding);
    reader.read(data, [&items](MarcReadItem &item) {
        items.append(item);
        return true;
    });
    return items;
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    return f.fileName();
}

} // namespace

class TestMarcReader : public QObject
{
    Q_OBJECT

private slots:
    void marc21Utf8()
    {
        const QList<MarcReadItem> items = readAll(marc21Book(7));
        QCOMPARE(items.size(), 1);
        const MarcReadItem &item = items.first();
        QCOMPARE(item.error, QString());
        QCOMPARE(item.family, MarcFamily::Marc21);
        QCOMPARE(item.encoding, MarcEncoding::Utf8);
        QCOMPARE(item.record.value(u"245", QLatin1Char('a')), QStringLiteral("三体 :"));
        QCOMPARE(item.record.field(u"245")->ind1, QLatin1Char('1'));

        const MarcBook book = MarcMapping::toBook(item.record, item.family);
        const BibRecord &b = book.bib;
        QCOMPARE(b.isbn, QStringLiteral("9787020002207"));
        QCOMPARE(b.priceFen, 3980);
        QCOMPARE(b.title, QStringLiteral("三体 : 地球往事"));
        QCOMPARE(b.responsibility, QStringLiteral("刘慈欣著"));
        QCOMPARE(b.edition, QStringLiteral("第2版"));
        QCOMPARE(b.place, QStringLiteral("重庆"));
        QCOMPARE(b.publisher, QStringLiteral("重庆出版社"));
        QCOMPARE(b.year, 2019);
        QCOMPARE(b.pages, 302);
        QCOMPARE(b.series, QStringLiteral("中国科幻基石丛书"));
        QCOMPARE(b.summary, QStringLiteral("文化大革命期间的一个秘密军事项目。"));
        QCOMPARE(b.subjects,
                 (QStringList{QStringLiteral("科学幻想小说"), QStringLiteral("长篇小说")}));
        QCOMPARE(b.clc, QStringLiteral("I247.5"));
        QCOMPARE(b.language, QStringLiteral("chi"));
        QCOMPARE(b.source, QStringLiteral("marc"));

        QCOMPARE(book.copies.size(), 2);
        QCOMPARE(book.copies[0].barcode, QStringLiteral("M21-7"));
        QCOMPARE(book.copies[0].callNo, QStringLiteral("I247.5/7"));
        QCOMPARE(book.copies[0].seq, 7);
        QCOMPARE(book.copies[0].location, QStringLiteral("书库"));
        QCOMPARE(book.copies[1].barcode, QStringLiteral("M21-7b"));
        QCOMPARE(book.copies[1].callNo, QStringLiteral("I247.5/7"));
        QCOMPARE(book.copies[1].location, QStringLiteral("阅览室"));
        QCOMPARE(book.copies[1].shelf, QStringLiteral("A-03"));
    }

    void cnmarcGbk()
    {
        // 100$a says "50" (UTF-8); the bytes are GBK, as Chinese systems write them.
        const QByteArray gbk = cnmarcBook(1, Text::Gb18030) + cnmarcBook(2, Text::Gb18030);
        QVERIFY(!MarcCharset::isValidUtf8(gbk));
        const QList<MarcReadItem> items = readAll(gbk);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[1].error, QString());
        QCOMPARE(items[1].offset, qint64(cnmarcBook(1, Text::Gb18030).size()));
        QCOMPARE(items[1].family, MarcFamily::Unimarc);
        QCOMPARE(items[1].encoding, MarcEncoding::Gb18030);

        const MarcBook book = MarcMapping::toBook(items[1].record, items[1].family);
        const BibRecord &b = book.bib;
        QCOMPARE(b.isbn, QStringLiteral("9787020002207"));
        QCOMPARE(b.priceFen, 2500);
        QCOMPARE(b.title, QStringLiteral("红楼梦 : 校注本"));
        QCOMPARE(b.responsibility, QStringLiteral("曹雪芹著 ; 高鹗续"));
        QCOMPARE(b.edition, QStringLiteral("第3版"));
        QCOMPARE(b.place, QStringLiteral("北京"));
        QCOMPARE(b.publisher, QStringLiteral("人民文学出版社"));
        QCOMPARE(b.year, 2008);
        QCOMPARE(b.pages, 1606);
        QCOMPARE(b.series, QStringLiteral("中国古典文学读本丛书"));
        QCOMPARE(b.summary, QStringLiteral("中国古典四大名著之一。"));
        QCOMPARE(b.subjects, QStringList{QStringLiteral("章回小说")});
        QCOMPARE(b.clc, QStringLiteral("I242.4"));
        QCOMPARE(b.language, QStringLiteral("chi"));
        QCOMPARE(book.copies.size(), 2);
        QCOMPARE(book.copies[0].barcode, QStringLiteral("CN-2"));
        QCOMPARE(book.copies[0].callNo, QStringLiteral("I242.4/2"));
        QCOMPARE(book.copies[0].location, QStringLiteral("书库"));
        QCOMPARE(book.copies[1].barcode, QString());
        QCOMPARE(book.copies[1].callNo, QStringLiteral("I242.4/2:2"));
        QCOMPARE(book.copies[1].volume, QStringLiteral("2"));

        // The same file in UTF-8 reads the same; forced UTF-8 on the GBK file names the field.
        const QList<MarcReadItem> utf8 = readAll(cnmarcBook(2, Text::Utf8));
        QCOMPARE(utf8[0].encoding, MarcEncoding::Utf8);
        QCOMPARE(MarcMapping::toBook(utf8[0].record, utf8[0].family).bib, b);
        const QList<MarcReadItem> forced = readAll(gbk, MarcEncoding::Utf8);
        QCOMPARE(forced.size(), 2);
        QVERIFY2(forced[0].error.contains(QLatin1String("invalid UTF-8 in field 010"))
                     || forced[0].error.contains(QLatin1String("invalid UTF-8 in field 200")),
                 qPrintable(forced[0].error));
        QCOMPARE(forced[0].position(), QStringLiteral("record 1 (byte 0)"));
    }

    void marc8ThroughYazMarcdump()
    {
        // A MARC 21 record written in MARC-8 by the real yaz-marcdump (leader/09 blank).
        QTemporaryDir dir;
        const QByteArray utf8
            = record(marc21Leader,
                     {control("001", "m8"),
                      data("245",
                           "10",
                           {{'a', QStringLiteral("Les misérables /")},
                            {'c', QStringLiteral("Victor Hugo ; traduit par José Müller.")}}),
                      data("650", " 0", {{'a', QStringLiteral("Français")}})});
        const QString in = writeTemp(dir, QStringLiteral("utf8.mrc"), utf8);
        int code = -1;
        const QByteArray marc8 = yazMarcdump({QStringLiteral("-f"),
                                              QStringLiteral("UTF-8"),
                                              QStringLiteral("-t"),
                                              QStringLiteral("MARC-8"),
                                              QStringLiteral("-l"),
                                              QStringLiteral("9=32"),
                                              QStringLiteral("-o"),
                                              QStringLiteral("marc"),
                                              in},
                                             &code);
        QCOMPARE(code, 0);
        QCOMPARE(marc8[9], ' ');
        QVERIFY(!MarcCharset::isValidUtf8(marc8)); // MARC-8 diacritics before the letter
        const QList<MarcReadItem> items = readAll(marc8);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].error, QString());
        QCOMPARE(items[0].encoding, MarcEncoding::Marc8);
        const BibRecord b = MarcMapping::toBook(items[0].record, items[0].family).bib;
        QCOMPARE(b.title, QStringLiteral("Les misérables"));
        QCOMPARE(b.responsibility, QStringLiteral("Victor Hugo ; traduit par José Müller"));
        QCOMPARE(b.subjects, QStringList{QStringLiteral("Français")});
    }

    void marcXml()
    {
        // The slim schema with a namespace prefix, as some systems write it.
        const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim">
  <marc:record>
    <marc:leader>00000nam a2200000 i 4500</marc:leader>
    <marc:controlfield tag="001">x1</marc:controlfield>
    <marc:datafield tag="020" ind1=" " ind2=" "><marc:subfield code="a">0-306-40615-2</marc:subfield></marc:datafield>
    <marc:datafield tag="245" ind1="1" ind2="0">
      <marc:subfield code="a">Harry Potter and the philosopher's stone /</marc:subfield>
      <marc:subfield code="c">J.K. Rowling.</marc:subfield>
    </marc:datafield>
  </marc:record>
  <marc:record>
    <marc:leader>00000nam0 2200000   450 </marc:leader>
    <marc:datafield tag="200" ind1="1" ind2=" "><marc:subfield code="a">西游记</marc:subfield></marc:datafield>
  </marc:record>
</marc:collection>
)";
        QCOMPARE(MarcReader::detectFormat(xml), MarcReader::Format::MarcXml);
        const QList<MarcReadItem> items = readAll(xml);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].error, QString());
        QCOMPARE(items[0].line, 3);
        const BibRecord a = MarcMapping::toBook(items[0].record, items[0].family).bib;
        QCOMPARE(a.title, QStringLiteral("Harry Potter and the philosopher's stone"));
        QCOMPARE(a.responsibility, QStringLiteral("J.K. Rowling"));
        QCOMPARE(a.isbn, QStringLiteral("9780306406157"));
        QCOMPARE(items[1].family, MarcFamily::Unimarc);
        QCOMPARE(MarcMapping::toBook(items[1].record, items[1].family).bib.title,
                 QStringLiteral("西游记"));
    }

    void marcXmlBroken()
    {
        // An invalid UTF-8 byte breaks its record only; a record without a leader is named.
        QByteArray xml = "<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n"
                         "<record><leader>00000nam a2200000 i 4500</leader>"
                         "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">A"
                         "</subfield></datafield></record>\n"
                         "<record><leader>00000nam a2200000 i 4500</leader>"
                         "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">B\xff"
                         "</subfield></datafield></record>\n"
                         "<record><datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code="
                         "\"a\">C</subfield></datafield></record>\n"
                         "<record><leader>00000nam a2200000 i 4500</leader>"
                         "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">D"
                         "</subfield></datafield></record>\n</collection>\n";
        const QList<MarcReadItem> items = readAll(xml);
        QCOMPARE(items.size(), 4);
        QCOMPARE(items[0].error, QString());
        QCOMPARE(items[1].error, QStringLiteral("invalid UTF-8 in the record"));
        QCOMPARE(items[1].position(), QStringLiteral("record 2 (line 3)"));
        QCOMPARE(items[2].error, QStringLiteral("bad leader: the record has none"));
        QCOMPARE(items[3].error, QString());

        // Not well-formed: the record it breaks in is named with the line.
        const QList<MarcReadItem> cut
            = readAll(xml.left(xml.indexOf("<record><datafield")) + "<record><leader>");
        QCOMPARE(cut.size(), 3);
        QVERIFY2(cut[2].error.startsWith(QLatin1String("not well-formed XML at line 4")),
                 qPrintable(cut[2].error));
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("number"); // the broken record
        QTest::addColumn<QString>("reason");
        const QByteArray one = marc21Book(1);
        const QByteArray three = marc21Book(3);
        const QByteArray good = marc21Book(2);
        const int base = good.mid(12, 5).toInt();
        auto middle = [&](QByteArray broken) { return one + broken + three; };

        QByteArray b = good;
        b[24 + 12 + 4] = 'x'; // the second entry's start position
        QTest::newRow("directory entry not a number")
            << middle(b) << 2 << QStringLiteral("bad directory: entry 2 (field 008) has a length");
        b = good;
        b[base - 1] = 'x';
        QTest::newRow("directory without terminator")
            << middle(b) << 2 << QStringLiteral("bad directory: it does not end with a field");
        b = good;
        b.replace(24 + 3, 4, "0999"); // the first field's length beyond the record
        QTest::newRow("field outside the record")
            << middle(b) << 2 << QStringLiteral("bad directory: field 001 (entry 1) lies outside");
        b = good;
        b.replace(24 + 3, 4, "0001");
        QTest::newRow("field without terminator")
            << middle(b) << 2
            << QStringLiteral("bad directory: field 001 (entry 1) does not end with a field");
        b = good;
        b.replace(0, 5, "0a123");
        QTest::newRow("bad leader") << middle(b) << 2
                                    << QStringLiteral("bad leader: the record "
                                                      "length");
        b = good;
        b.replace(0, 5, QByteArray::number(good.size() + 40).rightJustified(5, '0'));
        QTest::newRow("length too long")
            << middle(b) << 2
            << QStringLiteral("record length mismatch: the leader gives %1 bytes, the record "
                              "terminator comes after %2")
                   .arg(good.size() + 40)
                   .arg(good.size());
        b = good;
        b.replace(0, 5, QByteArray::number(good.size() - 10).rightJustified(5, '0'));
        QTest::newRow("length too short")
            << middle(b) << 2 << QStringLiteral("record length mismatch: the leader gives");
        b = good;
        b[b.size() - 1] = ' ';
        QTest::newRow("missing record terminator")
            << middle(b) << 2 << QStringLiteral("missing record terminator");
        QTest::newRow("missing record terminator at the end")
            << (one + b) << 2 << QStringLiteral("missing record terminator");
        b = good;
        b.replace(b.indexOf("三体"), 1, "\xff");
        QTest::newRow("invalid UTF-8")
            << middle(b) << 2 << QStringLiteral("invalid UTF-8 in field 245");
        QTest::newRow("truncated file")
            << (one + good + three.left(three.size() / 2)) << 3
            << QStringLiteral("the file ends inside the record: its leader gives %1 bytes, only %2 "
                              "are left")
                   .arg(three.size())
                   .arg(three.size() / 2);
    }

    void broken()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, number);
        QFETCH(QString, reason);
        const MarcFile read = MarcImport::readData(file, MarcEncoding::Auto);
        QVERIFY(read.records.size() >= number);
        const qint64 offset = marc21Book(1).size() * (number - 1);
        for (const MarcFileRecord &r : read.records) {
            if (r.number != number) {
                QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
                continue;
            }
            QVERIFY2(r.error.startsWith(reason), qPrintable(r.error));
            QCOMPARE(r.position(), QStringLiteral("record %1 (byte %2)").arg(number).arg(offset));
        }
    }

    void noTitle()
    {
        const QByteArray r
            = record(marc21Leader, {data("020", "  ", {{'a', QStringLiteral("9787020002207")}})});
        const MarcFile file = MarcImport::readData(r, MarcEncoding::Auto);
        QCOMPARE(file.records.size(), 1);
        QCOMPARE(file.records[0].error, QStringLiteral("no title (245$a)"));
    }

    void yazMarcdumpReadsOurFiles()
    {
        QTemporaryDir dir;
        BibRecord b;
        b.title = QStringLiteral("围城 : 小说");
        b.responsibility = QStringLiteral("钱锺书著");
        b.isbn = QStringLiteral("9787020090006");
        const QList<LibraryCopy> copies;
        for (MarcFamily family : {MarcFamily::Marc21, MarcFamily::Unimarc}) {
            const MarcRecord r = MarcMapping::fromBook(b, copies, family);
            const QString iso = writeTemp(
                dir, QStringLiteral("a.mrc"), MarcWriter::toBytes(r, MarcWriter::Format::Iso2709));
            const QString xml = writeTemp(
                dir, QStringLiteral("a.xml"), MarcWriter::toBytes(r, MarcWriter::Format::MarcXml));
            int code = -1;
            const QString line = QString::fromUtf8(yazMarcdump({iso}, &code));
            QCOMPARE(code, 0);
            QVERIFY2(line.contains(family == MarcFamily::Marc21 ? QStringLiteral("245 00 $a 围城")
                                                                : QStringLiteral("200 1  $a 围城")),
                     qPrintable(line));
            const QString fromXml = QString::fromUtf8(
                yazMarcdump({QStringLiteral("-i"), QStringLiteral("marcxml"), xml}, &code));
            QCOMPARE(code, 0);
            QVERIFY2(fromXml.contains(QStringLiteral("$b 小说"))
                         || fromXml.contains(QStringLiteral("$e 小说")),
                     qPrintable(fromXml));

            // And a file the real yaz-marcdump wrote (MARCXML to ISO 2709) reads back.
            const QByteArray theirs = yazMarcdump({QStringLiteral("-i"),
                                                   QStringLiteral("marcxml"),
                                                   QStringLiteral("-o"),
                                                   QStringLiteral("marc"),
                                                   xml},
                                                  &code);
            QCOMPARE(code, 0);
            const QList<MarcReadItem> items = readAll(theirs);
            QCOMPARE(items.size(), 1);
            QCOMPARE(items[0].error, QString());
            QCOMPARE(items[0].family, family);
            BibRecord back = MarcMapping::toBook(items[0].record, family).bib;
            back.source.clear();
            QCOMPARE(back, b);
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<int>("format");
        QTest::newRow("MARC 21 ISO 2709")
            << int(MarcFamily::Marc21) << int(MarcWriter::Format::Iso2709);
        QTest::newRow("MARC 21 MARCXML")
            << int(MarcFamily::Marc21) << int(MarcWriter::Format::MarcXml);
        QTest::newRow("CNMARC ISO 2709")
            << int(MarcFamily::Unimarc) << int(MarcWriter::Format::Iso2709);
        QTest::newRow("CNMARC MARCXML")
            << int(MarcFamily::Unimarc) << int(MarcWriter::Format::MarcXml);
    }

    void roundTrip()
    {
        QFETCH(int, family);
        QFETCH(int, format);
        BibRecord b;
        b.isbn = QStringLiteral("9787536692930");
        b.title = QStringLiteral("三体 : 地球往事");
        b.responsibility = QStringLiteral("刘慈欣著 ; 张三绘");
        b.publisher = QStringLiteral("重庆出版社");
        b.place = QStringLiteral("重庆");
        b.year = 2008;
        b.edition = QStringLiteral("第2版");
        b.clc = QStringLiteral("I247.55");
        b.subjects = {QStringLiteral("科学幻想小说"), QStringLiteral("长篇小说")};
        b.priceFen = 2300;
        b.pages = 302;
        b.series = QStringLiteral("中国科幻基石丛书");
        b.language = QStringLiteral("chi");
        b.summary = QStringLiteral("地球文明与三体文明的故事。");
        b.note = QStringLiteral("附：作者访谈");
        b.source = QStringLiteral("marc");
        LibraryCopy c1;
        c1.barcode = QStringLiteral("T001-B0000001");
        c1.callNo = QStringLiteral("I247.55/12");
        c1.clc = QStringLiteral("I247.55");
        c1.seq = 12;
        c1.location = QStringLiteral("书库");
        LibraryCopy c2 = c1;
        c2.barcode = QStringLiteral("T001-B0000002");
        c2.callNo = QStringLiteral("I247.55/12:2");
        c2.volume = QStringLiteral("2");
        const QByteArray bytes = MarcWriter::toBytes(
            MarcMapping::fromBook(b, {c1, c2}, MarcFamily(family)), MarcWriter::Format(format));
        const QList<MarcReadItem> items = readAll(bytes);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].error, QString());
        QCOMPARE(int(items[0].family), family);
        const MarcBook back = MarcMapping::toBook(items[0].record, items[0].family);
        QCOMPARE(back.bib, b);
        QCOMPARE(back.copies.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const LibraryCopy &want = i == 0 ? c1 : c2;
            QCOMPARE(back.copies[i].barcode, want.barcode);
            QCOMPARE(back.copies[i].callNo, want.callNo);
            QCOMPARE(back.copies[i].clc, want.clc);
            QCOMPARE(back.copies[i].seq, want.seq);
            QCOMPARE(back.copies[i].volume, want.volume);
            QCOMPARE(back.copies[i].location, want.location);
        }
    }

    void helpers()
    {
        QCOMPARE(MarcMapping::parsePriceFen(QStringLiteral("CNY25.00")), 2500);
        QCOMPARE(MarcMapping::parsePriceFen(QStringLiteral("￥39.8")), 3980);
        QCOMPARE(MarcMapping::parsePriceFen(QStringLiteral("25元")), 2500);
        QCOMPARE(MarcMapping::parsePriceFen(QStringLiteral("$25.00")), -1);
        QCOMPARE(MarcMapping::parsePriceFen(QString()), -1);
        QCOMPARE(MarcMapping::parsePriceFen(QStringLiteral("usd 9.99")), -1);
        QCOMPARE(MarcMapping::parsePriceFen(QStringLiteral("CNY25.123")), 2512);
        QCOMPARE(MarcMapping::parsePriceFen(QStringLiteral("25.元")), 2500);
        QCOMPARE(MarcMapping::parsePriceFen(QStringLiteral("定价：12.5 元（全2册）")), 1250);
        QCOMPARE(MarcMapping::parsePriceFen(QStringLiteral("免费")), -1);
        QCOMPARE(MarcMapping::firstNumber(QStringLiteral("xii, 256 p.")), 256);
        QCOMPARE(MarcMapping::firstNumber(QStringLiteral("plates")), 0);
        QCOMPARE(MarcMapping::firstNumber(QStringLiteral("256页")), 256);
        QCOMPARE(MarcMapping::stripIsbdPunctuation(QStringLiteral("Title /")),
                 QStringLiteral("Title"));
        QCOMPARE(MarcMapping::stripIsbdPunctuation(QStringLiteral("2nd ed."), false),
                 QStringLiteral("2nd ed."));
        MarcEncoding e = MarcEncoding::Auto;
        QVERIFY(parseMarcEncoding(QStringLiteral("GBK"), &e));
        QCOMPARE(e, MarcEncoding::Gb18030);
        QVERIFY(parseMarcEncoding(QStringLiteral("marc-8"), &e));
        QCOMPARE(e, MarcEncoding::Marc8);
        QVERIFY(!parseMarcEncoding(QStringLiteral("latin9"), &e));
    }
};

QTEST_GUILESS_MAIN(TestMarcReader)
#include "tst_marcreader.moc"
