// ID numbers, student numbers, dates, grades and classes as people type them.
#include "core/error.h"
#include "core/people/people.h"
#include "core/people/peoplefields.h"
#include "core/people/validators.h"

#include <QTest>

using namespace SchoolSuite;

class TestValidators : public QObject
{
    Q_OBJECT

private slots:
    void idNumbers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        // The GB 11643 example number and numbers built with the MOD 11-2 rule.
        QTest::newRow("standard example") << QStringLiteral("11010519491231002X") << true;
        QTest::newRow("wrong check") << QStringLiteral("110105194912310021") << false;
        QTest::newRow("lower x is not accepted as is")
            << QStringLiteral("11010519491231002x") << false;
        QTest::newRow("too short") << QStringLiteral("11010519491231002") << false;
        QTest::newRow("bad date") << QStringLiteral("110105194913310020") << false;
        QTest::newRow("feb 30") << QStringLiteral("220502201502300011") << false;
        QTest::newRow("letters") << QStringLiteral("22050220150101001A") << false;
    }
    void idNumbers()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QString why;
        QCOMPARE(Validators::isValidIdNumber(id, &why), valid);
        QCOMPARE(why.isEmpty(), valid);
    }

    void checkCharacterAndFields()
    {
        const QString first17 = QStringLiteral("22050220150612003");
        const QString id = first17 + Validators::idCheckCharacter(first17);
        QVERIFY(Validators::isValidIdNumber(id));
        QCOMPARE(Validators::birthDateFromId(id), QDate(2015, 6, 12));
        QCOMPARE(Validators::genderFromId(id), QStringLiteral("M")); // 17th digit 3 is odd
        QCOMPARE(Validators::maskIdNumber(id), QString(14, QLatin1Char('*')) + id.right(4));
    }

    void studentNumbers_data()
    {
        QTest::addColumn<QString>("no");
        QTest::addColumn<bool>("valid");
        QTest::newRow("G with ID") << QStringLiteral("G11010519491231002X") << true;
        QTest::newRow("G with bad ID") << QStringLiteral("G110105194912310021") << false;
        QTest::newRow("temporary L") << QStringLiteral("L220502201506120031") << true;
        QTest::newRow("no letter") << QStringLiteral("11010519491231002X") << false;
        QTest::newRow("short") << QStringLiteral("G1101051949") << false;
    }
    void studentNumbers()
    {
        QFETCH(QString, no);
        QFETCH(bool, valid);
        QCOMPARE(Validators::isValidStudentNo(no), valid);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << QStringLiteral("2015-09-01") << QDate(2015, 9, 1);
        QTest::newRow("slashes") << QStringLiteral("2015/9/1") << QDate(2015, 9, 1);
        QTest::newRow("dots") << QStringLiteral("2015.09.01") << QDate(2015, 9, 1);
        QTest::newRow("compact") << QStringLiteral("20150901") << QDate(2015, 9, 1);
        QTest::newRow("chinese") << QStringLiteral("2015年9月1日") << QDate(2015, 9, 1);
        QTest::newRow("not a date") << QStringLiteral("2015-02-30") << QDate();
        QTest::newRow("words") << QStringLiteral("yesterday") << QDate();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(Validators::parseDate(text), date);
    }

    void grades_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("grade");
        QTest::newRow("七年级") << QStringLiteral("七年级") << 7;
        QTest::newRow("初一") << QStringLiteral("初一") << 7;
        QTest::newRow("高三") << QStringLiteral("高三") << 12;
        QTest::newRow("一年级") << QStringLiteral("一年级") << 1;
        QTest::newRow("digits") << QStringLiteral("9") << 9;
        QTest::newRow("english") << QStringLiteral("Grade 4") << 4;
        QTest::newRow("13") << QStringLiteral("13") << 0;
        QTest::newRow("nonsense") << QStringLiteral("大班") << 0;
    }
    void grades()
    {
        QFETCH(QString, text);
        QFETCH(int, grade);
        QCOMPARE(Grades::parse(text), grade);
        if (grade)
            QCOMPARE(Grades::parse(Grades::name(grade)), grade); // names read back
    }

    void classNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::newRow("1班") << QStringLiteral("1班") << QStringLiteral("1");
        QTest::newRow("(2)班") << QStringLiteral("(2)班") << QStringLiteral("2");
        QTest::newRow("full width") << QStringLiteral("（3）班") << QStringLiteral("3");
        QTest::newRow("with grade") << QStringLiteral("七年级4班") << QStringLiteral("4");
        QTest::newRow("bare") << QStringLiteral("05") << QStringLiteral("5");
        QTest::newRow("words") << QStringLiteral("火箭班") << QString();
    }
    void classNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QCOMPARE(Grades::parseClassName(text), name);
    }

    void fieldErrorsNameTheField()
    {
        try {
            PeopleFields::normalize(
                PersonKind::Student, QStringLiteral("phone"), QStringLiteral("12345"));
            QFAIL("accepted a bad phone");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("12345")), qPrintable(e.message()));
            QVERIFY(e.message().contains(
                PeopleFields::title(PersonKind::Student, QStringLiteral("phone"))));
        }
        QCOMPARE(PeopleFields::normalize(
                     PersonKind::Student, QStringLiteral("gender"), QStringLiteral("女")),
                 QStringLiteral("F"));
        QCOMPARE(PeopleFields::keyForHeader(PersonKind::Student, QStringLiteral(" 学籍号 ")),
                 QStringLiteral("student_no"));
        QCOMPARE(PeopleFields::keyForHeader(PersonKind::Staff, QStringLiteral("Staff_No")),
                 QStringLiteral("staff_no"));
        QCOMPARE(PeopleFields::keyForHeader(PersonKind::Student, QStringLiteral("备注")),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
