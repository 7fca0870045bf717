// The random student picker (issue 6, must-have 2): every student once per round, at random.
#include "whiteboard/classroom/studentpicker.h"

#include <QSet>
#include <QtTest>

using namespace SchoolSuite;

class TestStudentPicker : public QObject
{
    Q_OBJECT

private slots:
    void everyoneOnceARound()
    {
        const QStringList names{QStringLiteral("张三"),
                                QStringLiteral("李四"),
                                QStringLiteral("王五"),
                                QStringLiteral("赵六"),
                                QStringLiteral("钱七")};
        StudentPicker picker(names, 42);
        QSet<QString> round;
        for (int i = 0; i < 5; ++i)
            round.insert(picker.next());
        QCOMPARE(round, QSet<QString>(names.cbegin(), names.cend()));
        QCOMPARE(picker.remaining(), 0);
        // The next round starts by itself.
        QVERIFY(names.contains(picker.next()));
        QCOMPARE(picker.remaining(), 4);
        QCOMPARE(picker.drawn().size(), 1);
    }

    void notAlwaysTheSameOrder()
    {
        QStringList names;
        for (int i = 0; i < 40; ++i)
            names << QStringLiteral("学生%1").arg(i);
        StudentPicker a(names, 1), b(names, 2);
        QStringList first, second;
        for (int i = 0; i < 40; ++i) {
            first << a.next();
            second << b.next();
        }
        QVERIFY(first != second);
        QVERIFY(first != names); // not the roster's order
    }

    void repeatsAllowed()
    {
        StudentPicker picker({QStringLiteral("甲"), QStringLiteral("乙")}, 7);
        for (int i = 0; i < 10; ++i)
            picker.next(true);
        QCOMPARE(picker.remaining(), 2); // repeats do not use up the round
        QCOMPARE(picker.drawn().size(), 10);
    }

    void emptyClass()
    {
        StudentPicker picker({});
        QCOMPARE(picker.next(), QString());
        QCOMPARE(picker.size(), 0);
    }
};

QTEST_MAIN(TestStudentPicker)
#include "tst_studentpicker.moc"
