#include "core/search/pinyin.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace SchoolSuite;

class TestPinyin : public QObject
{
    Q_OBJECT

private slots:
    void reading_data();
    void reading();
    void polyphonicReadings();
    void nameFull_data();
    void nameFull();
    void initials_data();
    void initials();
    void syllables();
    void surnameLength_data();
    void surnameLength();
    void sortOrder();
    void sortKeyPlainText();
};

void TestPinyin::reading_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<QString>("expected");
    QTest::newRow("张") << uint(U'张') << QStringLiteral("zhang");
    QTest::newRow("三") << uint(U'三') << QStringLiteral("san");
    QTest::newRow("欧") << uint(U'欧') << QStringLiteral("ou");
    QTest::newRow("阳") << uint(U'阳') << QStringLiteral("yang");
    QTest::newRow("中") << uint(U'中') << QStringLiteral("zhong");
    QTest::newRow("涵") << uint(U'涵') << QStringLiteral("han");
    QTest::newRow("女 (ü as v)") << uint(U'女') << QStringLiteral("nv");
    QTest::newRow("吕 (ü as v)") << uint(U'吕') << QStringLiteral("lv");
    QTest::newRow("曾 everyday reading") << uint(U'曾') << QStringLiteral("ceng");
    QTest::newRow("单 everyday reading") << uint(U'单') << QStringLiteral("dan");
    QTest::newRow("解 everyday reading") << uint(U'解') << QStringLiteral("jie");
    QTest::newRow("Extension A U+3400") << uint(0x3400) << QStringLiteral("qiu");
    QTest::newRow("Extension B U+20000") << uint(0x20000) << QStringLiteral("he");
    QTest::newRow("Latin letter") << uint(U'a') << QString();
    QTest::newRow("digit") << uint(U'7') << QString();
    QTest::newRow("ideographic comma") << uint(U'、') << QString();
}

void TestPinyin::reading()
{
    QFETCH(uint, codePoint);
    QFETCH(QString, expected);
    QCOMPARE(QString(Pinyin::reading(char32_t(codePoint))), expected);
    QCOMPARE(Pinyin::isHan(char32_t(codePoint)), !expected.isEmpty());
}

void TestPinyin::polyphonicReadings()
{
    // Other readings come from the dictionaries in Unihan (kXHC1983, kTGHZ2013).
    const QList<QLatin1String> zeng = Pinyin::readings(U'曾');
    QCOMPARE(zeng.value(0), QLatin1String("ceng"));
    QVERIFY(zeng.contains(QLatin1String("zeng")));
    const QList<QLatin1String> dan = Pinyin::readings(U'单');
    QCOMPARE(dan.value(0), QLatin1String("dan"));
    QVERIFY(dan.contains(QLatin1String("shan")));
    QVERIFY(dan.contains(QLatin1String("chan")));
    QCOMPARE(Pinyin::readings(U'欧'), QList<QLatin1String>{QLatin1String("ou")});
    QVERIFY(Pinyin::readings(U'x').isEmpty());
}

void TestPinyin::nameFull_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("asName");
    QTest::addColumn<QString>("asText");
    QTest::newRow("欧阳") << QStringLiteral("欧阳子涵") << QStringLiteral("ouyangzihan")
                          << QStringLiteral("ouyangzihan");
    QTest::newRow("单") << QStringLiteral("单丽") << QStringLiteral("shanli")
                        << QStringLiteral("danli");
    QTest::newRow("曾") << QStringLiteral("曾小明") << QStringLiteral("zengxiaoming")
                        << QStringLiteral("cengxiaoming");
    QTest::newRow("解") << QStringLiteral("解放") << QStringLiteral("xiefang")
                        << QStringLiteral("jiefang");
    QTest::newRow("仇") << QStringLiteral("仇明") << QStringLiteral("qiuming")
                        << QStringLiteral("chouming");
    QTest::newRow("长 as surname")
        << QStringLiteral("长江") << QStringLiteral("changjiang") << QStringLiteral("zhangjiang");
    QTest::newRow("长孙 compound") << QStringLiteral("长孙无忌") << QStringLiteral("zhangsunwuji")
                                   << QStringLiteral("zhangsunwuji");
    QTest::newRow("单于 compound")
        << QStringLiteral("单于明") << QStringLiteral("chanyuming") << QStringLiteral("danyuming");
    QTest::newRow("单于 two characters is 单 + 于")
        << QStringLiteral("单于") << QStringLiteral("shanyu") << QStringLiteral("danyu");
    QTest::newRow("surname only at the start")
        << QStringLiteral("李曾") << QStringLiteral("liceng") << QStringLiteral("liceng");
    QTest::newRow("mixed") << QStringLiteral("张三 Tom-2") << QStringLiteral("zhangsantom2")
                           << QStringLiteral("zhangsantom2");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestPinyin::nameFull()
{
    QFETCH(QString, name);
    QFETCH(QString, asName);
    QFETCH(QString, asText);
    QCOMPARE(Pinyin::nameFull(name), asName);
    QCOMPARE(Pinyin::full(name), asText);
}

void TestPinyin::initials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("asName");
    QTest::addColumn<QString>("asText");
    QTest::newRow("欧阳子涵") << QStringLiteral("欧阳子涵") << QStringLiteral("oyzh")
                              << QStringLiteral("oyzh");
    QTest::newRow("单丽") << QStringLiteral("单丽") << QStringLiteral("sl") << QStringLiteral("dl");
    QTest::newRow("曾小明") << QStringLiteral("曾小明") << QStringLiteral("zxm")
                            << QStringLiteral("cxm");
    QTest::newRow("class") << QStringLiteral("三年级12班") << QStringLiteral("snj12b")
                           << QStringLiteral("snj12b");
    QTest::newRow("Latin words") << QStringLiteral("Li Lei") << QStringLiteral("ll")
                                 << QStringLiteral("ll");
}

void TestPinyin::initials()
{
    QFETCH(QString, text);
    QFETCH(QString, asName);
    QFETCH(QString, asText);
    QCOMPARE(Pinyin::nameInitials(text), asName);
    QCOMPARE(Pinyin::initials(text), asText);
}

void TestPinyin::syllables()
{
    QCOMPARE(Pinyin::syllables(QStringLiteral("张三 Tom")),
             (QStringList{QStringLiteral("zhang"), QStringLiteral("san"), QStringLiteral("Tom")}));
    QCOMPARE(Pinyin::nameSyllables(QStringLiteral("欧阳子涵")),
             (QStringList{QStringLiteral("ou"),
                          QStringLiteral("yang"),
                          QStringLiteral("zi"),
                          QStringLiteral("han")}));
    QCOMPARE(Pinyin::syllables(QStringLiteral("曾经")).value(0), QStringLiteral("ceng"));
    QCOMPARE(Pinyin::nameSyllables(QStringLiteral("曾经")).value(0), QStringLiteral("zeng"));
    // A character outside the BMP is one unit, not two halves.
    const QString ext = QStringLiteral("李") + QString::fromUcs4(U"\U00020000");
    QCOMPARE(Pinyin::syllables(ext), (QStringList{QStringLiteral("li"), QStringLiteral("he")}));
    const QList<Pinyin::Unit> units = Pinyin::units(QStringLiteral("曾明"), true);
    QCOMPARE(units.size(), 2);
    QCOMPARE(units.at(0).reading, QLatin1String("zeng"));
    QVERIFY(units.at(0).others.contains(QLatin1String("ceng"))); // still found by "ceng"
}

void TestPinyin::surnameLength_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("length");
    QTest::newRow("欧阳子涵") << QStringLiteral("欧阳子涵") << 2;
    QTest::newRow("司马光") << QStringLiteral("司马光") << 2;
    QTest::newRow("欧阳 alone") << QStringLiteral("欧阳") << 1;
    QTest::newRow("张三") << QStringLiteral("张三") << 1;
    QTest::newRow("Latin") << QStringLiteral("Tom") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestPinyin::surnameLength()
{
    QFETCH(QString, name);
    QFETCH(int, length);
    QCOMPARE(Pinyin::surnameLength(name), length);
}

void TestPinyin::sortOrder()
{
    const QStringList expected = {
        QStringLiteral("阿明"),     // a ming (阿 as a surname)
        QStringLiteral("陈晨"),     // chen chen
        QStringLiteral("李四"),     // li si
        QStringLiteral("欧阳子涵"), // ou yang zi han
        QStringLiteral("单丽"),     // shan li, not dan li
        QStringLiteral("沈阳"),     // shen yang
        QStringLiteral("王五"),     // wang wu
        QStringLiteral("曾小明"),   // zeng xiao ming, not ceng
        QStringLiteral("詹姆"),     // zhan mu: zhan before zhang, syllable by syllable
        QStringLiteral("张三"),     // zhang san
        QStringLiteral("章三"),     // zhang san again: by character, 张 U+5F20 < 章 U+7AE0
        QStringLiteral("张三丰"),   // the shorter name first
        QStringLiteral("赵六"),     // zhao liu
    };
    QStringList names = expected;
    std::shuffle(names.begin(), names.end(), *QRandomGenerator::global());
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return Pinyin::sortKey(a) < Pinyin::sortKey(b);
    });
    QCOMPARE(names, expected);
}

void TestPinyin::sortKeyPlainText()
{
    // Not a person's name: 曾经 reads ceng and sorts before 陈.
    QVERIFY(Pinyin::sortKey(QStringLiteral("曾经"), false) < Pinyin::sortKey(QStringLiteral("陈")));
    QVERIFY(Pinyin::sortKey(QStringLiteral("曾经"), true) > Pinyin::sortKey(QStringLiteral("陈")));
    // Dictionary order: 西安 (xi an) before 先 (xian).
    QVERIFY(Pinyin::sortKey(QStringLiteral("西安"), false)
            < Pinyin::sortKey(QStringLiteral("先"), false));
    // Latin names sort among the pinyin, case-insensitively.
    QVERIFY(Pinyin::sortKey(QStringLiteral("Tom")) > Pinyin::sortKey(QStringLiteral("唐")));
    QVERIFY(Pinyin::sortKey(QStringLiteral("tom")) < Pinyin::sortKey(QStringLiteral("Zoe")));
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
