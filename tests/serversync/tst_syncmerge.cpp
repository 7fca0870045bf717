// Merging pushes (docs/sync-protocol.md §5): registers per field, facts once, retries.
#include "core/store/uuid.h"
#include "syncservicetest.h"

namespace SchoolSuite::Server {

namespace {

const QString kStudents = QStringLiteral("students");

QCborMap fieldsOf(const QCborMap &row)
{
    return row.value(QStringLiteral("fields")).toMap();
}

QList<QCborMap> conflictsIn(const QHash<QString, QCborMap> &rows)
{
    QList<QCborMap> list;
    for (const QCborMap &row : rows) {
        if (row.value(QStringLiteral("table")).toString() == QStringLiteral("sync_conflicts"))
            list << fieldsOf(row);
    }
    return list;
}

QCborMap one(const QString &key, const QCborValue &value)
{
    QCborMap m;
    m.insert(key, value);
    return m;
}

} // namespace

void SyncServiceTest::insertReachesOtherDevice()
{
    const QString id = Uuid::v7();
    const QCborMap answer = push(device(QStringLiteral("dev-a")),
                                 {change(1,
                                         kStudents,
                                         id,
                                         QStringLiteral("insert"),
                                         hlc(1),
                                         0,
                                         student(QStringLiteral("S001"), QStringLiteral("张三")))});
    QCOMPARE(answer.value(QStringLiteral("applied")).toInteger(), 1);
    QCOMPARE(answer.value(QStringLiteral("skipped")).toInteger(), 0);
    QCOMPARE(answer.value(QStringLiteral("conflicts")).toInteger(), 0);
    QVERIFY(answer.value(QStringLiteral("server_hlc")).toInteger() > hlc(1));

    qint64 end = 0;
    const QHash<QString, QCborMap> rows = pullAll(device(QStringLiteral("dev-b")), 0, &end);
    QCOMPARE(rows.size(), 1);
    const QCborMap row = rows.value(kStudents + QLatin1Char('/') + id);
    QCOMPARE(fieldsOf(row).value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
    QCOMPARE(fieldsOf(row).value(QStringLiteral("student_no")).toString(), QStringLiteral("S001"));
    QCOMPARE(row.value(QStringLiteral("scope")).toString(), QStringLiteral("school"));
    QCOMPARE(row.value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(row.value(QStringLiteral("clocks")).toMap().value(QStringLiteral("name")).toInteger(),
             hlc(1));
    QVERIFY(row.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(!row.value(QStringLiteral("updated_at")).toString().isEmpty());
    QCOMPARE(end, m_db->lastSequence());
    QCOMPARE(row.value(QStringLiteral("seq")).toInteger(), end);
    QVERIFY(pullAll(device(QStringLiteral("dev-b")), end).isEmpty());
}

// The record most cases start from: student S001 张三, inserted by device dev-a.
void SyncServiceTest::insertZhangSanFromA(const QString &id)
{
    push(device(QStringLiteral("dev-a")),
         {change(1,
                 kStudents,
                 id,
                 QStringLiteral("insert"),
                 hlc(1),
                 0,
                 student(QStringLiteral("S001"), QStringLiteral("张三")))});
}

void SyncServiceTest::concurrentSameField_data()
{
    QTest::addColumn<bool>("laterFirst");
    QTest::newRow("earlier HLC arrives first") << false;
    QTest::newRow("later HLC arrives first") << true;
}

void SyncServiceTest::concurrentSameField()
{
    QFETCH(bool, laterFirst);
    const QString id = Uuid::v7();
    insertZhangSanFromA(id);
    const qint64 base = m_db->lastSequence();
    const QCborArray fromA{change(2,
                                  kStudents,
                                  id,
                                  QStringLiteral("update"),
                                  hlc(2),
                                  base,
                                  one(QStringLiteral("name"), QStringLiteral("张三丰")))};
    const QCborArray fromB{change(7,
                                  kStudents,
                                  id,
                                  QStringLiteral("update"),
                                  hlc(3),
                                  base,
                                  one(QStringLiteral("name"), QStringLiteral("张珊")))};
    qint64 conflicts = 0;
    if (laterFirst) {
        conflicts += push(device(QStringLiteral("dev-b")), fromB)
                         .value(QStringLiteral("conflicts"))
                         .toInteger();
        conflicts += push(device(QStringLiteral("dev-a")), fromA)
                         .value(QStringLiteral("conflicts"))
                         .toInteger();
    } else {
        conflicts += push(device(QStringLiteral("dev-a")), fromA)
                         .value(QStringLiteral("conflicts"))
                         .toInteger();
        conflicts += push(device(QStringLiteral("dev-b")), fromB)
                         .value(QStringLiteral("conflicts"))
                         .toInteger();
    }
    QCOMPARE(conflicts, 1);

    const QHash<QString, QCborMap> rows = pullAll(device(QStringLiteral("dev-c")));
    QCOMPARE(fieldsOf(rows.value(kStudents + QLatin1Char('/') + id))
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("张珊"));
    const QList<QCborMap> found = conflictsIn(rows);
    QCOMPARE(found.size(), 1);
    const QCborMap c = found.first();
    QCOMPARE(c.value(QStringLiteral("tbl")).toString(), kStudents);
    QCOMPARE(c.value(QStringLiteral("row_id")).toString(), id);
    QCOMPARE(c.value(QStringLiteral("field")).toString(), QStringLiteral("name"));
    QCOMPARE(c.value(QStringLiteral("kept_value")).toString(), QStringLiteral("\"张珊\""));
    QCOMPARE(c.value(QStringLiteral("lost_value")).toString(), QStringLiteral("\"张三丰\""));
    QCOMPARE(c.value(QStringLiteral("kept_hlc")).toInteger(), hlc(3));
    QCOMPARE(c.value(QStringLiteral("lost_hlc")).toInteger(), hlc(2));
    QCOMPARE(c.value(QStringLiteral("kept_device")).toString(), QStringLiteral("dev-b"));
    QCOMPARE(c.value(QStringLiteral("lost_device")).toString(), QStringLiteral("dev-a"));
    QCOMPARE(c.value(QStringLiteral("kept_user")).toString(), QStringLiteral("device:dev-b"));
    QCOMPARE(c.value(QStringLiteral("lost_user")).toString(), QStringLiteral("device:dev-a"));
    QVERIFY(c.value(QStringLiteral("resolved_at")).isNull());
    QVERIFY(!c.value(QStringLiteral("detected_at")).toString().isEmpty());
}

void SyncServiceTest::differentFieldsBothSurvive()
{
    const QString id = Uuid::v7();
    insertZhangSanFromA(id);
    const qint64 base = m_db->lastSequence();
    const QCborMap a = push(device(QStringLiteral("dev-a")),
                            {change(2,
                                    kStudents,
                                    id,
                                    QStringLiteral("update"),
                                    hlc(3),
                                    base,
                                    one(QStringLiteral("name"), QStringLiteral("张三丰")))});
    const QCborMap b = push(device(QStringLiteral("dev-b")),
                            {change(2,
                                    kStudents,
                                    id,
                                    QStringLiteral("update"),
                                    hlc(2),
                                    base,
                                    one(QStringLiteral("phone"), QStringLiteral("13800000000")))});
    QCOMPARE(a.value(QStringLiteral("conflicts")).toInteger()
                 + b.value(QStringLiteral("conflicts")).toInteger(),
             0);
    const QHash<QString, QCborMap> rows = pullAll(device(QStringLiteral("dev-c")));
    const QCborMap f = fieldsOf(rows.value(kStudents + QLatin1Char('/') + id));
    QCOMPARE(f.value(QStringLiteral("name")).toString(), QStringLiteral("张三丰"));
    QCOMPARE(f.value(QStringLiteral("phone")).toString(), QStringLiteral("13800000000"));
    QVERIFY(conflictsIn(rows).isEmpty());
}

void SyncServiceTest::deleteVersusEdit_data()
{
    QTest::addColumn<bool>("deleteFirst");
    QTest::newRow("delete arrives first") << true;
    QTest::newRow("edit arrives first") << false;
}

void SyncServiceTest::deleteVersusEdit()
{
    QFETCH(bool, deleteFirst);
    const QString id = Uuid::v7();
    insertZhangSanFromA(id);
    const qint64 base = m_db->lastSequence();
    const QCborArray remove{change(2,
                                   kStudents,
                                   id,
                                   QStringLiteral("delete"),
                                   hlc(2),
                                   base,
                                   one(QStringLiteral("deleted"), 1))};
    const QCborArray edit{change(5,
                                 kStudents,
                                 id,
                                 QStringLiteral("update"),
                                 hlc(3),
                                 base,
                                 one(QStringLiteral("name"), QStringLiteral("张三丰")))};
    qint64 conflicts = 0;
    if (deleteFirst) {
        conflicts += push(device(QStringLiteral("dev-a")), remove)
                         .value(QStringLiteral("conflicts"))
                         .toInteger();
        conflicts += push(device(QStringLiteral("dev-b")), edit)
                         .value(QStringLiteral("conflicts"))
                         .toInteger();
    } else {
        conflicts += push(device(QStringLiteral("dev-b")), edit)
                         .value(QStringLiteral("conflicts"))
                         .toInteger();
        conflicts += push(device(QStringLiteral("dev-a")), remove)
                         .value(QStringLiteral("conflicts"))
                         .toInteger();
    }
    QCOMPARE(conflicts, 1);
    const QHash<QString, QCborMap> rows = pullAll(device(QStringLiteral("dev-c")));
    const QCborMap row = rows.value(kStudents + QLatin1Char('/') + id);
    QCOMPARE(row.value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(fieldsOf(row).value(QStringLiteral("deleted")).toInteger(), 1);
    // The edit is kept on the tombstone: restoring the row brings it back.
    QCOMPARE(fieldsOf(row).value(QStringLiteral("name")).toString(), QStringLiteral("张三丰"));
    const QList<QCborMap> found = conflictsIn(rows);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().value(QStringLiteral("field")).toString(), QStringLiteral("deleted"));
    QCOMPARE(found.first().value(QStringLiteral("kept_value")).toString(), QStringLiteral("1"));
    QCOMPARE(found.first().value(QStringLiteral("lost_value")).toString(), QStringLiteral("0"));
    QCOMPARE(found.first().value(QStringLiteral("kept_device")).toString(),
             QStringLiteral("dev-a"));
    QCOMPARE(found.first().value(QStringLiteral("lost_device")).toString(),
             QStringLiteral("dev-b"));
}

void SyncServiceTest::retriedBatchAppliedOnce()
{
    const QString id = Uuid::v7();
    const QCborMap first = body({change(1,
                                        kStudents,
                                        id,
                                        QStringLiteral("insert"),
                                        hlc(1),
                                        0,
                                        student(QStringLiteral("S001"), QStringLiteral("张三")))});
    const QCborMap answer = m_sync->push(device(QStringLiteral("dev-a")), first);
    const qint64 afterFirst = m_db->lastSequence();
    // Another device changes the row; the lost answer makes dev-a send its batch again.
    push(device(QStringLiteral("dev-b")),
         {change(1,
                 kStudents,
                 id,
                 QStringLiteral("update"),
                 hlc(5),
                 afterFirst,
                 one(QStringLiteral("name"), QStringLiteral("张珊")))});
    const qint64 afterB = m_db->lastSequence();
    const QCborMap again = m_sync->push(device(QStringLiteral("dev-a")), first);
    QCOMPARE(again, answer);
    QCOMPARE(m_db->lastSequence(), afterB);
    const QHash<QString, QCborMap> rows = pullAll(device(QStringLiteral("dev-c")));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(fieldsOf(rows.value(kStudents + QLatin1Char('/') + id))
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("张珊"));
}

void SyncServiceTest::factsInsertOnce()
{
    const QString table = QStringLiteral("audit_log");
    const QString id = Uuid::v7();
    QCborMap fields;
    fields.insert(QStringLiteral("at"), QStringLiteral("2026-11-29T08:00:00.000Z"));
    fields.insert(QStringLiteral("username"), QStringLiteral("admin"));
    fields.insert(QStringLiteral("action"), QStringLiteral("signin"));
    const QCborMap c = change(1, table, id, QStringLiteral("insert"), hlc(1), 0, fields);
    QCOMPARE(
        push(device(QStringLiteral("dev-a")), {c}).value(QStringLiteral("applied")).toInteger(), 1);
    const qint64 seq = m_db->lastSequence();
    const QCborMap repeated = push(device(QStringLiteral("dev-a")), {c});
    QCOMPARE(repeated.value(QStringLiteral("applied")).toInteger(), 0);
    QCOMPARE(repeated.value(QStringLiteral("skipped")).toInteger(), 1);
    QCOMPARE(m_db->lastSequence(), seq);

    for (const QString &op : {QStringLiteral("update"), QStringLiteral("delete")}) {
        const auto refused = refusal(device(QStringLiteral("dev-a")),
                                     {change(9,
                                             table,
                                             id,
                                             op,
                                             hlc(2),
                                             seq,
                                             one(QStringLiteral("action"), QStringLiteral("x")))});
        QVERIFY(refused);
        QCOMPARE(refused->status(), 403);
        QVERIFY2(refused->message().contains(QStringLiteral("change 9")),
                 qPrintable(refused->message()));
        QCOMPARE(refused->extra().value(QStringLiteral("seq")).toInteger(), 9);
    }
    const QHash<QString, QCborMap> rows = pullAll(device(QStringLiteral("dev-b")));
    QCOMPARE(fieldsOf(rows.value(table + QLatin1Char('/') + id))
                 .value(QStringLiteral("action"))
                 .toString(),
             QStringLiteral("signin"));
    QCOMPARE(m_db->lastSequence(), seq);
}

} // namespace SchoolSuite::Server
