// Importing students and staff from CSV (UTF-8, GBK) and XLSX: all or nothing, every bad row named.
#include "core/auth/auditlog.h"
#include "core/error.h"
#include "core/io/tabularreader.h"
#include "core/io/tabularwriter.h"
#include "core/people/peopleimport.h"
#include "core/people/peopleservice.h"
#include "core/people/validators.h"
#include "core/store/outbox.h"
#include "testutil.h"

#include <QFile>
#include <QStringEncoder>
#include <QThread>

using namespace SchoolSuite;

namespace {

QString validId(const QString &birth, int seq)
{
    const QString first17
        = QStringLiteral("220502") + birth + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + Validators::idCheckCharacter(first17);
}

// A class list as a clerk saves it from Excel.
QString studentsCsv()
{
    const QString a = validId(QStringLiteral("20130304"), 11); // odd: male
    const QString b = validId(QStringLiteral("20130517"), 22); // even: female
    const QString c = validId(QStringLiteral("20121130"), 33);
    return QStringLiteral("学籍号,姓名,性别,出生日期,年级,班级,身份证号,监护人,电话\n")
           + QStringLiteral("G%1,欧阳子涵,男,2013-03-04,七年级,1班,%1,欧阳明,13800000001\n").arg(a)
           + QStringLiteral("G%1,单丽,女,2013/5/17,七年级,(1)班,%1,单国强,13800000002\n").arg(b)
           + QStringLiteral("G%1,曾小明,男,,初一,2班,%1,,\n").arg(c);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

int count(Test::TempStore &t, const QString &table)
{
    return t.db()
        .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table))
        .toInt();
}

} // namespace

class TestPeopleImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void importUtf8Csv()
    {
        Test::TempStore t;
        const QString path = t.dir.filePath(QStringLiteral("students.csv"));
        writeFile(path, studentsCsv().toUtf8());
        const Session clerk = t.as(Role::Clerk);
        const ImportReport r
            = PeopleImport(clerk).run(PersonKind::Student, TabularReader::read(path), false);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
        QVERIFY(r.written);
        QCOMPARE(r.added, 3);
        QCOMPARE(count(t, QStringLiteral("students")), 3);
        QCOMPARE(count(t, QStringLiteral("classes")), 2); // 七年级1班 and 七年级2班 created
        const Student s = PeopleService(t.admin()).student(
            QStringLiteral("G") + validId(QStringLiteral("20130517"), 22));
        QCOMPARE(s.name, QStringLiteral("单丽"));
        QCOMPARE(s.className, QStringLiteral("七年级(1)班"));
        QCOMPARE(s.birthDate, QStringLiteral("2013-05-17"));
        QCOMPARE(s.gender, QStringLiteral("F"));
        QCOMPARE(AuditLog::recent(t.db(), 10, QStringLiteral("import")).size(), 1);
    }

    void importGbkCsv()
    {
        Test::TempStore t;
        const QString path = t.dir.filePath(QStringLiteral("gbk.csv"));
        QStringEncoder gbk("GB18030");
        QVERIFY(gbk.isValid());
        const QByteArray bytes = gbk.encode(studentsCsv());
        QVERIFY(bytes.contains(QByteArray::fromHex("C5B7D1F4"))); // 欧阳 in GBK
        writeFile(path, bytes);
        const ImportReport r
            = PeopleImport(t.admin()).run(PersonKind::Student, TabularReader::read(path), false);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
        QCOMPARE(
            t.db()
                .scalar(QStringLiteral("SELECT name FROM students ORDER BY student_no LIMIT 1"))
                .toString()
                .isEmpty(),
            false);
        QCOMPARE(
            t.db()
                .scalar(QStringLiteral("SELECT count(*) FROM students WHERE name = '欧阳子涵'"))
                .toInt(),
            1);
    }

    void importXlsx()
    {
        Test::TempStore t;
        const QString csv = t.dir.filePath(QStringLiteral("s.csv"));
        writeFile(csv, studentsCsv().toUtf8());
        const QString xlsx = t.dir.filePath(QStringLiteral("students.xlsx"));
        TabularWriter::write(xlsx, TabularReader::read(csv));
        const ImportReport r
            = PeopleImport(t.admin()).run(PersonKind::Student, TabularReader::read(xlsx), false);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
        QCOMPARE(count(t, QStringLiteral("students")), 3);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT phone FROM students WHERE name = '单丽'"))
                     .toString(),
                 QStringLiteral("13800000002"));
    }

    void englishHeadersInAnyOrder()
    {
        Test::TempStore t;
        Table table;
        table.header = {QStringLiteral("phone"),
                        QStringLiteral("Name"),
                        QStringLiteral("student_no"),
                        QStringLiteral("note")};
        table.rows = {{QStringLiteral("13900000000"),
                       QStringLiteral("王芳"),
                       QStringLiteral("L220502201301010011")}};
        table.rows[0] << QStringLiteral("ignored column");
        table.sourceRows = {2};
        const ImportReport r = PeopleImport(t.admin()).run(PersonKind::Student, table, false);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT phone FROM students WHERE name = '王芳'"))
                     .toString(),
                 QStringLiteral("13900000000"));
    }

    // One bad row and nothing is written; every bad row and field is named.
    void badRowsWriteNothing()
    {
        Test::TempStore t;
        const int outboxBefore = Outbox::pendingCount(t.db().connection());
        QString csv = studentsCsv();
        csv += QStringLiteral(
            "G220502201301010019,错号,男,,七年级,1班,,,\n"); // row 5: bad check digit
        csv += QStringLiteral(
            "L220502201301010011,电话错,女,,七年级,1班,,,12345\n");        // row 6: bad phone
        csv += QStringLiteral("L220502201301010012,,女,,七年级,1班,,,\n"); // row 7: no name
        csv += QStringLiteral(
            "L220502201301010013,无班,女,,七年级,,,,\n"); // row 8: grade without class
        const QString path = t.dir.filePath(QStringLiteral("bad.csv"));
        writeFile(path, csv.toUtf8());
        const ImportReport r
            = PeopleImport(t.admin()).run(PersonKind::Student, TabularReader::read(path), false);
        QVERIFY(!r.written);
        QCOMPARE(count(t, QStringLiteral("students")), 0);
        QCOMPARE(count(t, QStringLiteral("classes")), 0);
        QCOMPARE(Outbox::pendingCount(t.db().connection()), outboxBefore);
        QList<int> rows;
        for (const ImportIssue &e : r.errors)
            rows << e.row;
        QCOMPARE(rows, (QList<int>{5, 6, 7, 8}));
        QCOMPARE(r.errors.at(0).field,
                 PeopleFields::title(PersonKind::Student, QStringLiteral("student_no")));
        QCOMPARE(r.errors.at(1).field,
                 PeopleFields::title(PersonKind::Student, QStringLiteral("phone")));
        QVERIFY(r.errorText().contains(QStringLiteral("row 6")));
    }

    void mismatchWithIdNumberIsAnError()
    {
        Test::TempStore t;
        const QString id = validId(QStringLiteral("20130304"), 11);
        Table table;
        table.header = {QStringLiteral("学籍号"),
                        QStringLiteral("姓名"),
                        QStringLiteral("性别"),
                        QStringLiteral("出生日期"),
                        QStringLiteral("身份证号")};
        table.rows = {{QStringLiteral("G") + id,
                       QStringLiteral("张三"),
                       QStringLiteral("女"),
                       QStringLiteral("2013-03-05"),
                       id}};
        table.sourceRows = {2};
        const ImportReport r = PeopleImport(t.admin()).run(PersonKind::Student, table, false);
        QCOMPARE(r.errors.size(), 2); // birth date and gender disagree with the ID number
        QCOMPARE(count(t, QStringLiteral("students")), 0);
    }

    void duplicateKeysInFile()
    {
        Test::TempStore t;
        Table table;
        table.header = {QStringLiteral("工号"), QStringLiteral("姓名")};
        table.rows = {{QStringLiteral("T01"), QStringLiteral("甲")},
                      {QStringLiteral("T02"), QStringLiteral("乙")},
                      {QStringLiteral("T01"), QStringLiteral("丙")}};
        table.sourceRows = {2, 3, 4};
        const ImportReport r = PeopleImport(t.admin()).run(PersonKind::Staff, table, false);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().row, 4);
        QVERIFY(r.errors.first().message.contains(QStringLiteral("2")));
        QCOMPARE(count(t, QStringLiteral("staff")), 0);
    }

    void missingRequiredColumn()
    {
        Test::TempStore t;
        Table table;
        table.header = {QStringLiteral("姓名"), QStringLiteral("电话")};
        table.rows = {{QStringLiteral("甲"), QStringLiteral("13800000000")}};
        table.sourceRows = {2};
        const ImportReport r = PeopleImport(t.admin()).run(PersonKind::Student, table, false);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().row, 1);
        QVERIFY(r.errors.first().message.contains(QStringLiteral("学籍号")));
    }

    void reimportUpdatesAndDryRunWritesNothing()
    {
        Test::TempStore t;
        const QString path = t.dir.filePath(QStringLiteral("s.csv"));
        writeFile(path, studentsCsv().toUtf8());
        PeopleImport(t.admin()).run(PersonKind::Student, TabularReader::read(path), false);
        QString changed = studentsCsv();
        changed.replace(QStringLiteral("13800000001"), QStringLiteral("13911112222"));
        writeFile(path, changed.toUtf8());
        const int outbox = Outbox::pendingCount(t.db().connection());
        const ImportReport dry
            = PeopleImport(t.admin()).run(PersonKind::Student, TabularReader::read(path), true);
        QCOMPARE(dry.updated, 1);
        QCOMPARE(dry.unchanged, 2);
        QVERIFY(!dry.written);
        QCOMPARE(Outbox::pendingCount(t.db().connection()), outbox);
        const ImportReport r
            = PeopleImport(t.admin()).run(PersonKind::Student, TabularReader::read(path), false);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.unchanged, 2);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT phone FROM students WHERE name = '欧阳子涵'"))
                     .toString(),
                 QStringLiteral("13911112222"));
        QCOMPARE(count(t, QStringLiteral("students")), 3);
    }

    void exportRoundTrip_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }
    void exportRoundTrip()
    {
        QFETCH(QString, extension);
        Test::TempStore t;
        const QString path = t.dir.filePath(QStringLiteral("s.csv"));
        writeFile(path, studentsCsv().toUtf8());
        PeopleImport(t.admin()).run(PersonKind::Student, TabularReader::read(path), false);
        const QString out = t.dir.filePath(QStringLiteral("out.") + extension);
        TabularWriter::write(out, PeopleImport(t.admin()).exportTable(PersonKind::Student));
        // The export reads back as an import that changes nothing.
        const ImportReport r
            = PeopleImport(t.admin()).run(PersonKind::Student, TabularReader::read(out), true);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errorText()));
        QCOMPARE(r.unchanged, 3);
        QCOMPARE(AuditLog::recent(t.db(), 10, QStringLiteral("export")).size(), 1);
    }

    // Exports run on a worker thread in the app: reads go through that thread's read connection
    // and the audit entries reach the store through its own thread.
    void exportOffTheOwnerThread()
    {
        Test::TempStore t;
        const QString path = t.dir.filePath(QStringLiteral("s.csv"));
        writeFile(path, studentsCsv().toUtf8());
        PeopleImport(t.admin()).run(PersonKind::Student, TabularReader::read(path), false);
        const Session clerk = t.as(Role::Clerk);
        // A thread of its own: QFuture::result() may run a task that has not started yet on the
        // waiting thread, which would not test anything.
        Table table;
        bool onOwnerThread = true;
        std::unique_ptr<QThread> reader(QThread::create([&] {
            onOwnerThread = t.db().isOwnerThread();
            table = PeopleImport(clerk).exportTable(PersonKind::Student);
        }));
        reader->start();
        QVERIFY(reader->wait(30000));
        QVERIFY(!onOwnerThread);
        QCOMPARE(table.rowCount(), 3);
        QVERIFY(Validators::isValidIdNumber(table.rows.first().at(6))); // a clerk exports in full
        QTRY_COMPARE(AuditLog::recent(t.db(), 10, QStringLiteral("export")).size(), 1);
        QCOMPARE(AuditLog::recent(t.db(), 10, QStringLiteral("export")).first().username,
                 clerk.username());
        // Writes from another thread fail instead of touching the owner's connection.
        bool wrote = true;
        std::unique_ptr<QThread> writer(QThread::create([&] {
            try {
                PeopleService(clerk).setStudentFields(
                    QStringLiteral("G") + validId(QStringLiteral("20130304"), 11),
                    {{QStringLiteral("name"), QStringLiteral("改名")}});
            } catch (const Error &) {
                wrote = false;
            }
        }));
        writer->start();
        QVERIFY(writer->wait(30000));
        QVERIFY(!wrote);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM students WHERE name = '改名'"))
                     .toInt(),
                 0);
    }

    void exportNeedsPermissionAndIsFullForPrincipal()
    {
        Test::TempStore t;
        const QString path = t.dir.filePath(QStringLiteral("s.csv"));
        writeFile(path, studentsCsv().toUtf8());
        PeopleImport(t.admin()).run(PersonKind::Student, TabularReader::read(path), false);
        const Table principal
            = PeopleImport(t.as(Role::Principal)).exportTable(PersonKind::Student);
        QVERIFY(!principal.rows.first().at(6).contains(QLatin1Char('*')));
        QVERIFY_THROWS_EXCEPTION(
            Error, PeopleImport(t.as(Role::Librarian)).exportTable(PersonKind::Student));
    }
};

QTEST_GUILESS_MAIN(TestPeopleImport)
#include "tst_peopleimport.moc"
