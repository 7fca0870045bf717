// The catalogue's row checks (the scratch store and the outcomes it remembers) and the codec of
// the per-field clocks, without a district database.
#include "core/app/module.h"
#include "server/sync/catalogue.h"
#include "server/sync/rowstate.h"
#include "sync/syncmodule.h"
#include "testutil.h"

#include <QCborArray>
#include <QTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Server;

namespace {

QCborMap student(const QString &no, const QString &gender, const QString &phone)
{
    QCborMap m;
    m.insert(QStringLiteral("student_no"), no);
    m.insert(QStringLiteral("name"), QStringLiteral("张三"));
    m.insert(QStringLiteral("gender"), gender);
    m.insert(QStringLiteral("phone"), phone);
    m.insert(QStringLiteral("status"), QStringLiteral("enrolled"));
    m.insert(QStringLiteral("deleted"), 0);
    return m;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerSyncModule();
        m_catalogue = std::make_unique<Catalogue>(Catalogue::fromRegistry());
    }

    void checkedColumns()
    {
        const Catalogue::Table *students = m_catalogue->table(QStringLiteral("students"));
        QVERIFY(students);
        QVERIFY(students->column(QStringLiteral("gender"))->checked);
        QVERIFY(students->column(QStringLiteral("status"))->checked);
        QVERIFY(!students->column(QStringLiteral("name"))->checked);
        QVERIFY(!students->column(QStringLiteral("phone"))->checked);
        QVERIFY(m_catalogue->table(QStringLiteral("classes"))
                    ->column(QStringLiteral("grade"))
                    ->checked);
    }

    // Rows that differ only in unchecked columns share an outcome; a checked value, a NOT NULL
    // column set to null or left out, and the tombstone each give their own.
    void constraintOutcomes()
    {
        const Catalogue::Table &t = *m_catalogue->table(QStringLiteral("students"));
        const Catalogue &c = *m_catalogue;
        for (int round = 0; round < 3; ++round) {
            const QString n = QString::number(round);
            QCOMPARE(c.constraintProblem(t,
                                         student(QStringLiteral("S1") + n,
                                                 QStringLiteral("M"),
                                                 QStringLiteral("138") + n)),
                     QString());
            const QString bad = c.constraintProblem(
                t,
                student(QStringLiteral("S2") + n, QStringLiteral("X"), QStringLiteral("139") + n));
            QVERIFY2(bad.contains(QStringLiteral("CHECK constraint failed")), qPrintable(bad));
            QVERIFY2(bad.contains(QStringLiteral("gender")), qPrintable(bad));

            QCborMap nullName = student(QStringLiteral("S3") + n, QStringLiteral("F"), {});
            nullName.insert(QStringLiteral("name"), QCborValue(QCborValue::Null));
            QCOMPARE(c.constraintProblem(t, nullName),
                     QStringLiteral("NOT NULL constraint failed: students.name"));
            QCborMap noNumber = student({}, QStringLiteral("F"), {});
            noNumber.remove(QStringLiteral("student_no"));
            QCOMPARE(c.constraintProblem(t, noNumber),
                     QStringLiteral("NOT NULL constraint failed: students.student_no"));
            // A column with a default may be left out.
            QCborMap noStatus = student(QStringLiteral("S4") + n, QStringLiteral("F"), {});
            noStatus.remove(QStringLiteral("status"));
            QCOMPARE(c.constraintProblem(t, noStatus), QString());

            QCborMap tombstone = student(QStringLiteral("S5") + n, QStringLiteral("M"), {});
            tombstone.insert(QStringLiteral("deleted"), 1);
            QCOMPARE(c.constraintProblem(t, tombstone), QString());
            tombstone.insert(QStringLiteral("deleted"), 2);
            QVERIFY(c.constraintProblem(t, tombstone).contains(QStringLiteral("deleted")));
        }
        const Catalogue::Table &classes = *m_catalogue->table(QStringLiteral("classes"));
        for (int grade : {7, 13, 7, 0, 12, 13}) {
            QCborMap row;
            row.insert(QStringLiteral("grade"), grade);
            row.insert(QStringLiteral("name"), QStringLiteral("1"));
            const bool valid = grade >= 1 && grade <= 12;
            QCOMPARE(c.constraintProblem(classes, row).isEmpty(), valid);
        }
    }

    void clocksRoundTrip()
    {
        RowState row;
        row.clocks.insert(
            QStringLiteral("name"),
            FieldClock{
                (qint64(1) << 60) + 7, 42, QStringLiteral("dev-a"), QStringLiteral("张老师")});
        row.clocks.insert(QStringLiteral("phone"),
                          FieldClock{123, 4000000000LL, QStringLiteral("dev-b"), {}});
        row.clocks.insert(QStringLiteral("deleted"), row.clocks.value(QStringLiteral("name")));
        row.clocks.insert(QStringLiteral("备注"),
                          FieldClock{1, -1, QStringLiteral("server"), QStringLiteral("server")});
        const QByteArray cbor = row.encodeClocks();
        const auto same
            = [](const QHash<QString, FieldClock> &a, const QHash<QString, FieldClock> &b) {
                  if (a.size() != b.size())
                      return false;
                  for (auto it = a.cbegin(); it != a.cend(); ++it) {
                      const FieldClock o = b.value(it.key(), FieldClock{-5, -5, {}, {}});
                      if (o.hlc != it->hlc || o.seq != it->seq || o.device != it->device
                          || o.user != it->user)
                          return false;
                  }
                  return true;
              };
        QVERIFY(same(RowState::decodeClocks(cbor), row.clocks));
        // Stored as {"s": [[hlc, seq, device, user], ...], "c": {column: index}}, one stamp each.
        const QCborMap map = QCborValue::fromCbor(cbor).toMap();
        QCOMPARE(map.value(QStringLiteral("s")).toArray().size(), 3);
        QCOMPARE(map.value(QStringLiteral("c")).toMap().size(), 4);

        // The form written by QCborMap before (and anything else readable) decodes the same.
        QCborMap old;
        QCborArray stamps;
        stamps.append(QCborArray{123, 4000000000LL, QStringLiteral("dev-b"), QString()});
        stamps.append(
            QCborArray{qint64(1) << 60, 42, QStringLiteral("dev-a"), QStringLiteral("张老师")});
        old.insert(QStringLiteral("s"), stamps);
        QCborMap columns;
        columns.insert(QStringLiteral("phone"), 0);
        columns.insert(QStringLiteral("name"), 1);
        old.insert(QStringLiteral("c"), columns);
        const QHash<QString, FieldClock> decoded
            = RowState::decodeClocks(old.toCborValue().toCbor());
        QCOMPARE(decoded.size(), 2);
        QCOMPARE(decoded.value(QStringLiteral("name")).user, QStringLiteral("张老师"));
        QCOMPARE(decoded.value(QStringLiteral("phone")).seq, 4000000000LL);
        // Unexpected shapes are read as far as they go, never refused.
        QVERIFY(RowState::decodeClocks(QByteArray("\xa1\x61s\x80", 4)).isEmpty());
        QVERIFY(RowState::decodeClocks(QByteArray()).isEmpty());

        const QCborMap hlcs = QCborValue::fromCbor(row.encodeHlcs()).toMap();
        QCOMPARE(hlcs.size(), 4);
        QCOMPARE(hlcs.value(QStringLiteral("name")).toInteger(), (qint64(1) << 60) + 7);
        QCOMPARE(hlcs.value(QStringLiteral("备注")).toInteger(), 1);
    }

private:
    std::unique_ptr<Catalogue> m_catalogue;
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
