#pragma once

// MARC files for the tests, built byte by byte here (not with the code under test) so that
// broken records can be made: ISO 2709 records of both families in UTF-8 or GB18030, MARC-8
// through the real yaz-marcdump.
#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringEncoder>

#include <utility>

namespace SchoolSuite::Test::Marc {

enum class Text { Utf8, Gb18030 };

inline QByteArray encode(const QString &s, Text text)
{
    if (text == Text::Utf8)
        return s.toUtf8();
    QStringEncoder gb("GB18030");
    return gb.encode(s);
}

struct Field
{
    QByteArray tag;
    QByteArray body; // indicators and subfields, or control data; without the terminator
};

using Subfields = QList<std::pair<char, QString>>;

inline Field data(const char *tag,
                  const char *indicators,
                  const Subfields &subfields,
                  Text text = Text::Utf8)
{
    QByteArray body(indicators);
    for (const auto &[code, value] : subfields)
        body += '\x1f' + QByteArray(1, code) + encode(value, text);
    return Field{tag, body};
}

inline Field control(const char *tag, const QByteArray &value)
{
    return Field{tag, value};
}

// leader: 24 characters; positions 0-4 and 12-16 are filled in.
inline QByteArray record(QByteArray leader, const QList<Field> &fields)
{
    QByteArray directory;
    QByteArray area;
    for (const Field &f : fields) {
        const QByteArray body = f.body + '\x1e';
        directory += f.tag + QByteArray::number(body.size()).rightJustified(4, '0')
                     + QByteArray::number(area.size()).rightJustified(5, '0');
        area += body;
    }
    directory += '\x1e';
    const int base = 24 + int(directory.size());
    const int length = base + int(area.size()) + 1;
    leader.replace(0, 5, QByteArray::number(length).rightJustified(5, '0'));
    leader.replace(12, 5, QByteArray::number(base).rightJustified(5, '0'));
    return leader + directory + area + '\x1d';
}

inline const QByteArray marc21Leader = "00000nam a2200000 i 4500";
inline const QByteArray unimarcLeader = "00000nam0 2200000   450 ";

// A MARC 21 record in UTF-8 with Koha (952) and 852 holdings.
inline QByteArray marc21Book(int i, const QString &isbn = QStringLiteral("9787020002207"))
{
    return record(
        marc21Leader,
        {control("001", QByteArray::number(i)),
         control("008", "200101s2019    cc            000 0 chi d"),
         data("020",
              "  ",
              {{'a', isbn + QStringLiteral(" (pbk.)")}, {'c', QStringLiteral("CNY39.80")}}),
         data("084", "  ", {{'a', QStringLiteral("I247.5")}, {'2', QStringLiteral("clc")}}),
         data("245",
              "10",
              {{'a', QStringLiteral("三体 :")},
               {'b', QStringLiteral("地球往事 /")},
               {'c', QStringLiteral("刘慈欣著.")}}),
         data("250", "  ", {{'a', QStringLiteral("第2版")}}),
         data("264",
              " 1",
              {{'a', QStringLiteral("重庆 :")},
               {'b', QStringLiteral("重庆出版社,")},
               {'c', QStringLiteral("2019.")}}),
         data("300", "  ", {{'a', QStringLiteral("302 p. ;")}}),
         data("490", "0 ", {{'a', QStringLiteral("中国科幻基石丛书")}}),
         data("520", "  ", {{'a', QStringLiteral("文化大革命期间的一个秘密军事项目。")}}),
         data("650", " 4", {{'a', QStringLiteral("科学幻想小说.")}}),
         data("650", " 4", {{'a', QStringLiteral("长篇小说")}}),
         data("952",
              "  ",
              {{'c', QStringLiteral("书库")},
               {'o', QStringLiteral("I247.5/%1").arg(i)},
               {'p', QStringLiteral("M21-%1").arg(i)}}),
         data("852",
              "  ",
              {{'b', QStringLiteral("阅览室")},
               {'c', QStringLiteral("A-03")},
               {'h', QStringLiteral("I247.5")},
               {'i', QString::number(i)},
               {'p', QStringLiteral("M21-%1b").arg(i)}})});
}

// A CNMARC record whose 100$a says UTF-8 ("50") but whose text is text (GBK, as Chinese systems
// write it).
inline QByteArray cnmarcBook(int i,
                             Text text,
                             const QString &isbn = QStringLiteral("7-02-000220-X"))
{
    return record(
        unimarcLeader,
        {control("001", QByteArray::number(i)),
         data("010", "  ", {{'a', isbn}, {'d', QStringLiteral("CNY25.00")}}, text),
         data("100", "  ", {{'a', QStringLiteral("20200101d2020    em y0chiy50      ea")}}, text),
         data("101", "0 ", {{'a', QStringLiteral("chi")}}, text),
         data("200",
              "1 ",
              {{'a', QStringLiteral("红楼梦")},
               {'e', QStringLiteral("校注本")},
               {'f', QStringLiteral("曹雪芹著")},
               {'g', QStringLiteral("高鹗续")}},
              text),
         data("205", "  ", {{'a', QStringLiteral("第3版")}}, text),
         data("210",
              "  ",
              {{'a', QStringLiteral("北京")},
               {'c', QStringLiteral("人民文学出版社")},
               {'d', QStringLiteral("2008")}},
              text),
         data("215", "  ", {{'a', QStringLiteral("1606页")}}, text),
         data("225", "2 ", {{'a', QStringLiteral("中国古典文学读本丛书")}}, text),
         data("330", "  ", {{'a', QStringLiteral("中国古典四大名著之一。")}}, text),
         data("606", "0 ", {{'a', QStringLiteral("章回小说")}}, text),
         data("690", "  ", {{'a', QStringLiteral("I242.4")}, {'v', QStringLiteral("5")}}, text),
         data("905",
              "  ",
              {{'b', QStringLiteral("CN-%1").arg(i)},
               {'c', QStringLiteral("书库")},
               {'d', QStringLiteral("I242.4")},
               {'e', QString::number(i)}},
              text),
         data("905",
              "  ",
              {{'d', QStringLiteral("I242.4")},
               {'e', QString::number(i)},
               {'f', QStringLiteral("2")}},
              text)});
}

// Runs the real yaz-marcdump; its stdout.
inline QByteArray yazMarcdump(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("yaz-marcdump"), args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

} // namespace SchoolSuite::Test::Marc
