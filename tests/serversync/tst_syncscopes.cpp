// Who may push and pull what (docs/sync-protocol.md §4, §5): schools, district data, personal
// rows, sensitive columns, homeroom teachers; and the checks that refuse a whole batch.
#include "core/store/uuid.h"
#include "syncservicetest.h"

namespace SchoolSuite::Server {

namespace {

const QString kStudents = QStringLiteral("students");
const QString kClasses = QStringLiteral("classes");

QCborMap fieldsOf(const QCborMap &row)
{
    return row.value(QStringLiteral("fields")).toMap();
}

QCborMap one(const QString &key, const QCborValue &value)
{
    QCborMap m;
    m.insert(key, value);
    return m;
}

QCborMap schoolClass(int grade, const QString &name, const QString &homeroomStaffId)
{
    QCborMap f;
    f.insert(QStringLiteral("grade"), grade);
    f.insert(QStringLiteral("name"), name);
    f.insert(QStringLiteral("homeroom_staff_id"), homeroomStaffId);
    return f;
}

QStringList tablesOf(const QHash<QString, QCborMap> &rows)
{
    QStringList tables;
    for (const QCborMap &row : rows)
        tables << row.value(QStringLiteral("table")).toString();
    tables.sort();
    return tables;
}

} // namespace

void SyncServiceTest::otherSchoolSeesNothing()
{
    push(device(QStringLiteral("dev-a")),
         {change(1,
                 kStudents,
                 Uuid::v7(),
                 QStringLiteral("insert"),
                 hlc(1),
                 0,
                 student(QStringLiteral("S001"), QStringLiteral("张三")))});
    qint64 end = 0;
    QVERIFY(
        pullAll(device(QStringLiteral("dev-x"), QStringLiteral("school-2")), 0, &end).isEmpty());
    // The other school's cursor still moves past the sequences it may not see.
    QCOMPARE(end, m_db->lastSequence());
    QCOMPARE(pullAll(device(QStringLiteral("dev-b"))).size(), 1);
}

void SyncServiceTest::foreignRowRefused()
{
    const QString id = Uuid::v7();
    push(device(QStringLiteral("dev-a")),
         {change(1,
                 kStudents,
                 id,
                 QStringLiteral("insert"),
                 hlc(1),
                 0,
                 student(QStringLiteral("S001"), QStringLiteral("张三")))});
    const qint64 seq = m_db->lastSequence();
    const Principal other = device(QStringLiteral("dev-x"), QStringLiteral("school-2"));
    const QString fresh = Uuid::v7();
    const auto refused = refusal(other,
                                 {change(1,
                                         kStudents,
                                         fresh,
                                         QStringLiteral("insert"),
                                         hlc(2),
                                         0,
                                         student(QStringLiteral("X001"), QStringLiteral("李四"))),
                                  change(2,
                                         kStudents,
                                         id,
                                         QStringLiteral("update"),
                                         hlc(3),
                                         0,
                                         one(QStringLiteral("name"), QStringLiteral("李四")))});
    QVERIFY(refused);
    QCOMPARE(refused->status(), 403);
    QCOMPARE(refused->code(), QStringLiteral("foreign_row"));
    QCOMPARE(refused->extra().value(QStringLiteral("seq")).toInteger(), 2);
    QCOMPARE(m_db->lastSequence(), seq);
    QVERIFY(pullAll(other).isEmpty());
    const QHash<QString, QCborMap> mine = pullAll(device(QStringLiteral("dev-b")));
    QCOMPARE(mine.size(), 1);
    QCOMPARE(fieldsOf(mine.value(kStudents + QLatin1Char('/') + id))
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("张三"));
}

void SyncServiceTest::invalidChangeRefusesBatch_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QCborMap>("fields");
    QTest::addColumn<QString>("named");

    QCborMap unknownColumn = student(QStringLiteral("S002"), QStringLiteral("王五"));
    unknownColumn.insert(QStringLiteral("nickname"), QStringLiteral("小五"));
    QTest::newRow("unknown column")
        << kStudents << unknownColumn << QStringLiteral("students.nickname");
    QCborMap textGrade = schoolClass(1, QStringLiteral("1"), {});
    textGrade.insert(QStringLiteral("grade"), QStringLiteral("seven"));
    QTest::newRow("text in an integer column")
        << kClasses << textGrade << QStringLiteral("classes.grade");
    QCborMap noName = student(QStringLiteral("S002"), {});
    noName.remove(QStringLiteral("name"));
    QTest::newRow("required column missing")
        << kStudents << noName << QStringLiteral("students.name");
    QTest::newRow("check constraint") << kClasses << schoolClass(13, QStringLiteral("1"), {})
                                      << QStringLiteral("CHECK constraint failed");
    QTest::newRow("unknown table")
        << QStringLiteral("lunch_menus") << one(QStringLiteral("dish"), QStringLiteral("饺子"))
        << QStringLiteral("lunch_menus");
    QCborMap map = student(QStringLiteral("S002"), QStringLiteral("王五"));
    map.insert(QStringLiteral("guardian"), one(QStringLiteral("name"), QStringLiteral("王大")));
    QTest::newRow("map value") << kStudents << map << QStringLiteral("students.guardian");
}

void SyncServiceTest::invalidChangeRefusesBatch()
{
    QFETCH(QString, table);
    QFETCH(QCborMap, fields);
    QFETCH(QString, named);
    const auto refused
        = refusal(device(QStringLiteral("dev-a")),
                  {change(1,
                          kStudents,
                          Uuid::v7(),
                          QStringLiteral("insert"),
                          hlc(1),
                          0,
                          student(QStringLiteral("S001"), QStringLiteral("张三"))),
                   change(2, table, Uuid::v7(), QStringLiteral("insert"), hlc(2), 0, fields)});
    QVERIFY(refused);
    QCOMPARE(refused->status(), 422);
    QCOMPARE(refused->code(), QStringLiteral("invalid"));
    QVERIFY2(refused->message().startsWith(QStringLiteral("change 2:")),
             qPrintable(refused->message()));
    QVERIFY2(refused->message().contains(named), qPrintable(refused->message()));
    QCOMPARE(m_db->lastSequence(), 0);
    QVERIFY(pullAll(device(QStringLiteral("dev-a"))).isEmpty());
}

void SyncServiceTest::districtTablesReadOnly()
{
    QCborMap target;
    target.insert(QStringLiteral("year"), 2030);
    const auto refused = refusal(device(QStringLiteral("dev-a")),
                                 {change(4,
                                         QStringLiteral("district_targets"),
                                         Uuid::v7(),
                                         QStringLiteral("insert"),
                                         hlc(1),
                                         0,
                                         target)});
    QVERIFY(refused);
    QCOMPARE(refused->status(), 403);
    QCOMPARE(refused->code(), QStringLiteral("read_only"));
    QCOMPARE(m_db->lastSequence(), 0);

    m_sync->seedDistrictTargets();
    const qint64 seeded = m_db->lastSequence();
    m_sync->seedDistrictTargets(); // rows exist: nothing more
    QCOMPARE(m_db->lastSequence(), seeded);
    const QHash<QString, QCborMap> rows
        = pullAll(device(QStringLiteral("dev-x"), QStringLiteral("school-2")));
    QCOMPARE(rows.size(), 4);
    QMap<qint64, QCborMap> byYear;
    for (const QCborMap &row : rows) {
        QCOMPARE(row.value(QStringLiteral("scope")).toString(), QStringLiteral("district"));
        byYear.insert(fieldsOf(row).value(QStringLiteral("year")).toInteger(), fieldsOf(row));
    }
    QCOMPARE(byYear.keys(), (QList<qint64>{2015, 2016, 2017, 2020}));
    QCOMPARE(byYear[2015].value(QStringLiteral("classroom_multimedia_rate")).toDouble(), 0.7);
    QCOMPARE(byYear[2015].value(QStringLiteral("student_computer_ratio")).toDouble(), 12.0);
    QCOMPARE(byYear[2016].value(QStringLiteral("teacher_computer_ratio")).toDouble(), 1.5);
    QCOMPARE(byYear[2017].value(QStringLiteral("student_computer_ratio")).toDouble(), 8.0);
    QCOMPARE(byYear[2020].value(QStringLiteral("classroom_multimedia_rate")).toDouble(), 1.0);
    QCOMPARE(byYear[2020].value(QStringLiteral("student_computer_ratio")).toDouble(), 7.0);

    // Admin commands write district rows; a school table or an unknown column is refused.
    const QString notice = m_sync->writeDistrictRow(
        QStringLiteral("district_notices"),
        {},
        {{QStringLiteral("title"), QStringLiteral("期末安排")},
         {QStringLiteral("published_at"), QStringLiteral("2026-11-29T08:00:00.000Z")}},
        QStringLiteral("admin"));
    m_sync->writeDistrictRow(QStringLiteral("district_notices"),
                             notice,
                             {{QStringLiteral("body"), QStringLiteral("见附件")}},
                             QStringLiteral("admin"));
    const QCborMap written = pullAll(device(QStringLiteral("dev-a")))
                                 .value(QStringLiteral("district_notices/") + notice);
    QCOMPARE(fieldsOf(written).value(QStringLiteral("title")).toString(),
             QStringLiteral("期末安排"));
    QCOMPARE(fieldsOf(written).value(QStringLiteral("body")).toString(), QStringLiteral("见附件"));
    try {
        m_sync->writeDistrictRow(kStudents,
                                 {},
                                 {{QStringLiteral("name"), QStringLiteral("x")}},
                                 QStringLiteral("admin"));
        QFAIL("a school table was written as district data");
    } catch (const ApiError &e) {
        QCOMPARE(e.code(), QStringLiteral("read_only"));
    }
    try {
        m_sync->writeDistrictRow(QStringLiteral("district_notices"),
                                 notice,
                                 {{QStringLiteral("colour"), QStringLiteral("red")}},
                                 QStringLiteral("admin"));
        QFAIL("an unknown column was written");
    } catch (const ApiError &e) {
        QCOMPARE(e.status(), 422);
        QVERIFY(e.message().contains(QStringLiteral("district_notices.colour")));
    }
}

void SyncServiceTest::personalRowsOnlyToOwner()
{
    const QString table = QStringLiteral("drafts");
    QCborMap draft;
    draft.insert(QStringLiteral("kind"), QStringLiteral("note"));
    draft.insert(QStringLiteral("title"), QStringLiteral("教案草稿"));
    const QString id = Uuid::v7();
    const auto byDevice
        = refusal(device(QStringLiteral("dev-a")),
                  {change(1, table, id, QStringLiteral("insert"), hlc(1), 0, draft)});
    QVERIFY(byDevice);
    QCOMPARE(byDevice->status(), 403);

    const Principal owner = user(Role::Teacher, QStringLiteral("u1"));
    const Principal colleague = user(Role::Teacher, QStringLiteral("u2"));
    push(owner, {change(1, table, id, QStringLiteral("insert"), hlc(1), 0, draft)});
    const QHash<QString, QCborMap> mine = pullAll(owner);
    QCOMPARE(tablesOf(mine), QStringList{table});
    const QCborMap row = mine.value(table + QLatin1Char('/') + id);
    QCOMPARE(row.value(QStringLiteral("scope")).toString(), QStringLiteral("personal"));
    QCOMPARE(fieldsOf(row).value(QStringLiteral("owner_id")).toString(), QStringLiteral("u1"));
    QVERIFY(pullAll(colleague).isEmpty());
    QVERIFY(pullAll(device(QStringLiteral("dev-a"))).isEmpty());

    const qint64 seq = m_db->lastSequence();
    const auto foreign = refusal(colleague,
                                 {change(1,
                                         table,
                                         id,
                                         QStringLiteral("update"),
                                         hlc(2),
                                         seq,
                                         one(QStringLiteral("title"), QStringLiteral("改")))});
    QVERIFY(foreign);
    QCOMPARE(foreign->status(), 403);
    QCborMap otherOwner = draft;
    otherOwner.insert(QStringLiteral("owner_id"), QStringLiteral("u2"));
    const auto spoofed = refusal(
        owner, {change(3, table, Uuid::v7(), QStringLiteral("insert"), hlc(3), seq, otherOwner)});
    QVERIFY(spoofed);
    QCOMPARE(spoofed->status(), 403);
    QCOMPARE(m_db->lastSequence(), seq);
}

void SyncServiceTest::sensitiveColumnsByRole()
{
    const QString c1 = Uuid::v7(), c2 = Uuid::v7(), s1 = Uuid::v7(), s2 = Uuid::v7();
    QCborMap first = student(
        QStringLiteral("S001"), QStringLiteral("张三"), c1, QStringLiteral("110101200001011234"));
    first.insert(QStringLiteral("phone"), QStringLiteral("13800000001"));
    push(device(QStringLiteral("dev-a")),
         {change(1,
                 kClasses,
                 c1,
                 QStringLiteral("insert"),
                 hlc(1),
                 0,
                 schoolClass(7, QStringLiteral("1"), QStringLiteral("staff-1"))),
          change(2,
                 kClasses,
                 c2,
                 QStringLiteral("insert"),
                 hlc(1),
                 0,
                 schoolClass(7, QStringLiteral("2"), QStringLiteral("staff-2"))),
          change(3, kStudents, s1, QStringLiteral("insert"), hlc(1), 0, first),
          change(4,
                 kStudents,
                 s2,
                 QStringLiteral("insert"),
                 hlc(1),
                 0,
                 student(QStringLiteral("S002"),
                         QStringLiteral("李四"),
                         c2,
                         QStringLiteral("110101200002021234")))});
    const auto idNumberSeen = [&](const Principal &p, const QString &studentId) {
        const QCborMap row = pullAll(p).value(kStudents + QLatin1Char('/') + studentId);
        [&] { QCOMPARE(fieldsOf(row).value(QStringLiteral("name")).isString(), true); }();
        const bool inFields = fieldsOf(row).contains(QStringLiteral("id_number"));
        const bool inClocks
            = row.value(QStringLiteral("clocks")).toMap().contains(QStringLiteral("id_number"));
        [&] { QCOMPARE(inClocks, inFields); }();
        return inFields;
    };
    const Principal homeroom
        = user(Role::HomeroomTeacher, QStringLiteral("u1"), QStringLiteral("staff-1"));
    const Principal teacher = user(Role::Teacher, QStringLiteral("u3"), QStringLiteral("staff-3"));
    const Principal librarian = user(Role::Librarian, QStringLiteral("u4"));
    const Principal clerk = user(Role::Clerk, QStringLiteral("u5"));
    QVERIFY(idNumberSeen(device(QStringLiteral("dev-b")), s1));
    QVERIFY(idNumberSeen(device(QStringLiteral("dev-b")), s2));
    QVERIFY(idNumberSeen(homeroom, s1));
    QVERIFY(!idNumberSeen(homeroom, s2));
    QVERIFY(!idNumberSeen(teacher, s1));
    QVERIFY(!idNumberSeen(librarian, s1));
    QVERIFY(!idNumberSeen(librarian, s2));
    QVERIFY(idNumberSeen(clerk, s1));
    QVERIFY(idNumberSeen(clerk, s2));
    QVERIFY(!fieldsOf(pullAll(librarian).value(kStudents + QLatin1Char('/') + s1))
                 .contains(QStringLiteral("phone")));
    QCOMPARE(fieldsOf(pullAll(homeroom).value(kStudents + QLatin1Char('/') + s1))
                 .value(QStringLiteral("phone"))
                 .toString(),
             QStringLiteral("13800000001"));
    QCOMPARE(fieldsOf(pullAll(homeroom).value(kStudents + QLatin1Char('/') + s1))
                 .value(QStringLiteral("id_number"))
                 .toString(),
             QStringLiteral("110101200001011234"));
}

void SyncServiceTest::homeroomTeacherWritesOwnClass()
{
    const QString c1 = Uuid::v7(), c2 = Uuid::v7(), s1 = Uuid::v7(), s2 = Uuid::v7();
    push(device(QStringLiteral("dev-a")),
         {change(1,
                 kClasses,
                 c1,
                 QStringLiteral("insert"),
                 hlc(1),
                 0,
                 schoolClass(7, QStringLiteral("1"), QStringLiteral("staff-1"))),
          change(2,
                 kClasses,
                 c2,
                 QStringLiteral("insert"),
                 hlc(1),
                 0,
                 schoolClass(7, QStringLiteral("2"), QStringLiteral("staff-2"))),
          change(3,
                 kStudents,
                 s1,
                 QStringLiteral("insert"),
                 hlc(1),
                 0,
                 student(QStringLiteral("S001"), QStringLiteral("张三"), c1)),
          change(4,
                 kStudents,
                 s2,
                 QStringLiteral("insert"),
                 hlc(1),
                 0,
                 student(QStringLiteral("S002"), QStringLiteral("李四"), c2))});
    const qint64 base = m_db->lastSequence();
    const Principal homeroom
        = user(Role::HomeroomTeacher, QStringLiteral("u1"), QStringLiteral("staff-1"));
    QCOMPARE(push(homeroom,
                  {change(1,
                          kStudents,
                          s1,
                          QStringLiteral("update"),
                          hlc(2),
                          base,
                          one(QStringLiteral("phone"), QStringLiteral("139")))})
                 .value(QStringLiteral("applied"))
                 .toInteger(),
             1);
    QCOMPARE(push(homeroom,
                  {change(2,
                          kStudents,
                          Uuid::v7(),
                          QStringLiteral("insert"),
                          hlc(3),
                          base,
                          student(QStringLiteral("S003"), QStringLiteral("王五"), c1))})
                 .value(QStringLiteral("applied"))
                 .toInteger(),
             1);
    const qint64 seq = m_db->lastSequence();
    const QList<QCborMap> refused{
        change(3,
               kStudents,
               s2,
               QStringLiteral("update"),
               hlc(4),
               base,
               one(QStringLiteral("phone"), QStringLiteral("139"))),
        change(3,
               kStudents,
               s1,
               QStringLiteral("update"),
               hlc(4),
               base,
               one(QStringLiteral("class_id"), c2)),
        change(3,
               kStudents,
               Uuid::v7(),
               QStringLiteral("insert"),
               hlc(4),
               base,
               student(QStringLiteral("S004"), QStringLiteral("赵六"), c2)),
        change(3,
               kStudents,
               Uuid::v7(),
               QStringLiteral("insert"),
               hlc(4),
               base,
               student(QStringLiteral("S005"), QStringLiteral("钱七")))};
    for (const QCborMap &c : refused) {
        const auto error = refusal(homeroom, {c});
        QVERIFY2(error, qPrintable(c.toCborValue().toDiagnosticNotation()));
        QCOMPARE(error->status(), 403);
    }
    QCOMPARE(m_db->lastSequence(), seq);
}

} // namespace SchoolSuite::Server
