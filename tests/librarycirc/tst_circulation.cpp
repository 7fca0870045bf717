// The circulation desk's domain: the rules matrix and the school calendar, lending, returns,
// renewals, holds, who may borrow, the messages naming the scan, the overdue and clearance
// lists, copies lent twice, the printable reports and the models.
#include "circtest.h"

#include "core/error.h"
#include "library/circulation/circulation.h"
#include "library/circulation/circulationmodels.h"
#include "library/circulation/circulationreport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace SchoolSuite;

namespace {
// A Friday in term time.
const QDateTime kFriday(QDate(2025, 3, 7), QTime(10, 0));

QString refusal(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.message();
    }
    return QStringLiteral("(not refused)");
}
} // namespace

class TestCirculation : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempStore> m_store;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<Test::Library> m_lib;
    QString m_homeroom, m_class7, m_class9a, m_class9b;
    QString m_li, m_wang, m_zhao, m_old, m_gone;
    QString m_novel, m_dict, m_magazine;

    Circulation desk()
    {
        Circulation c(*m_admin);
        c.setNow(kFriday);
        return c;
    }

private slots:
    void initTestCase() { Test::initLibraryTests(); }

    void init()
    {
        m_store = std::make_unique<Test::TempStore>();
        m_admin = std::make_unique<Session>(m_store->admin());
        m_lib = std::make_unique<Test::Library>(Test::Library{m_store->db(), *m_admin});
        m_homeroom = m_lib->addStaff(QStringLiteral("T0101"), QStringLiteral("陈老师"));
        m_lib->addStaff(QStringLiteral("T0102"), QStringLiteral("周老师"));
        m_lib->addStaff(QStringLiteral("T0199"), QStringLiteral("退休老师"), false);
        m_class7 = m_lib->addClass(7, QStringLiteral("1"), m_homeroom);
        m_class9a = m_lib->addClass(9, QStringLiteral("1"));
        m_class9b = m_lib->addClass(9, QStringLiteral("2"));
        m_li = m_lib->addStudent(QStringLiteral("S7001"), QStringLiteral("李明"), m_class7);
        m_wang = m_lib->addStudent(QStringLiteral("S9001"), QStringLiteral("王芳"), m_class9a);
        m_zhao = m_lib->addStudent(QStringLiteral("S9002"), QStringLiteral("赵强"), m_class9b);
        m_old = m_lib->addStudent(QStringLiteral("S6001"),
                                  QStringLiteral("钱毕业"),
                                  m_class9a,
                                  QStringLiteral("graduated"));
        m_gone = m_lib->addStudent(QStringLiteral("S6002"),
                                   QStringLiteral("孙转学"),
                                   m_class9a,
                                   QStringLiteral("transferred"));
        m_novel = m_lib->addTitle(QStringLiteral("平凡的世界"));
        for (int i = 1; i <= 6; ++i)
            m_lib->addCopy(m_novel, QStringLiteral("B%1").arg(i, 3, 10, QLatin1Char('0')));
        m_dict = m_lib->addTitle(QStringLiteral("现代汉语词典"), QStringLiteral("H164"));
        m_lib->addCopy(m_dict, QStringLiteral("R001"), QStringLiteral("reference"));
        m_magazine = m_lib->addTitle(QStringLiteral("少年文艺"), QStringLiteral("I287"));
        m_lib->addCopy(m_magazine, QStringLiteral("P001"), QStringLiteral("periodical"));
    }

    void rulesSeededWithTheSameIdsOnEveryDevice()
    {
        CirculationRules::ensureDefaults(m_store->db());
        CirculationRules::ensureDefaults(m_store->db());
        QCOMPARE(m_lib->count(QStringLiteral("library_rules")), 8);
        const QString id = m_store->db()
                               .scalar(QStringLiteral("SELECT id FROM library_rules WHERE "
                                                      "patron_kind = 'student' AND item_type = "
                                                      "'book'"))
                               .toString();
        QCOMPARE(id,
                 CirculationRules::derivedId(QStringLiteral("library_rules"),
                                             QStringLiteral("T001"),
                                             QStringLiteral("student:book")));
        QVERIFY(id
                != CirculationRules::derivedId(QStringLiteral("library_rules"),
                                               QStringLiteral("T002"),
                                               QStringLiteral("student:book")));
        CirculationRules rules(*m_admin);
        QCOMPARE(rules.rules(), CirculationRules::defaults());
        QCOMPARE(rules.rule(QStringLiteral("student"), QStringLiteral("book")).loanDays, 21);
        rules.setRule({QStringLiteral("student"), QStringLiteral("book"), 14, 2, 3});
        QCOMPARE(rules.rule(QStringLiteral("student"), QStringLiteral("book")),
                 (CirculationRule{QStringLiteral("student"), QStringLiteral("book"), 14, 2, 3}));
        QCOMPARE(m_lib->count(QStringLiteral("library_rules")), 8);
        QVERIFY(refusal([&] {
                    rules.setRule({QStringLiteral("alien"), QStringLiteral("book"), 1, 1, 1});
                }).contains(QStringLiteral("alien")));
        // A teacher may read the rules but not change them.
        const Session teacher = m_store->as(Role::Teacher);
        CirculationRules asTeacher(teacher);
        QCOMPARE(asTeacher.rule(QStringLiteral("student"), QStringLiteral("book")).loanDays, 14);
        QVERIFY(refusal([&] { asTeacher.setHoldDays(3); }) != QStringLiteral("(not refused)"));
    }

    void dueDatesSkipWeekendsAndHolidays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("weekdays");
        QTest::addColumn<QDate>("due");
        const QDate friday(2025, 3, 7);
        QTest::newRow("a school day")
            << friday << 7 << QStringLiteral("12345") << QDate(2025, 3, 14);
        QTest::newRow("Saturday to Monday")
            << friday << 1 << QStringLiteral("12345") << QDate(2025, 3, 10);
        QTest::newRow("Saturday opening")
            << friday << 1 << QStringLiteral("123456") << QDate(2025, 3, 8);
        QTest::newRow("holiday after weekend")
            << QDate(2025, 3, 14) << 1 << QStringLiteral("12345") << QDate(2025, 3, 20);
        QTest::newRow("summer holiday")
            << QDate(2025, 7, 1) << 21 << QStringLiteral("12345") << QDate(2025, 9, 1);
    }

    void dueDatesSkipWeekendsAndHolidays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QString, weekdays);
        QFETCH(QDate, due);
        CirculationRules rules(*m_admin);
        rules.addClosedDays(QDate(2025, 3, 17), QDate(2025, 3, 19), QStringLiteral("运动会"));
        rules.addClosedDays(QDate(2025, 7, 10), QDate(2025, 8, 31), QStringLiteral("暑假"));
        QSet<int> open;
        for (const QChar c : weekdays)
            open.insert(c.digitValue());
        rules.setOpenWeekdays(open);
        QCOMPARE(rules.dueDate(from, days), due);
        QVERIFY(rules.isOpen(due));
        // Adding the same closed days again (another desk's calendar) writes nothing new.
        const int rows = m_lib->count(QStringLiteral("library_closed_days"));
        rules.addClosedDays(QDate(2025, 3, 17), QDate(2025, 3, 19), QStringLiteral("运动会"));
        QCOMPARE(m_lib->count(QStringLiteral("library_closed_days")), rows);
    }

    void checkoutUsesTheRulesAndTheCalendar()
    {
        CirculationRules(*m_admin).addClosedDays(QDate(2025, 3, 28), QDate(2025, 3, 28));
        Circulation c = desk();
        const CheckoutResult r = c.checkout(QStringLiteral("S7001"), QStringLiteral(" B001 "));
        QCOMPARE(r.patron.name, QStringLiteral("李明"));
        QCOMPARE(r.patron.className, QStringLiteral("七年级(1)班"));
        QCOMPARE(r.loan.title, QStringLiteral("平凡的世界"));
        // 21 days is Friday 28 March, closed: then the weekend: Monday.
        QCOMPARE(r.loan.dueOn, QDate(2025, 3, 31));
        const CheckoutResult p = c.checkout(QStringLiteral("T0102"), QStringLiteral("P001"));
        QCOMPARE(p.loan.dueOn, QDate(2025, 3, 21)); // staff periodical: 14 days
        QCOMPARE(p.patron.kind, QStringLiteral("staff"));
        QCOMPARE(c.stats().loansOpen, 2);
        QCOMPARE(c.loansOf(r.patron).size(), 1);
    }

    void refusalsNameTheScanAndWriteNothing_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("barcode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown reader") << QStringLiteral("X404") << QStringLiteral("B001")
                                        << QStringLiteral("No reader has card number X404.");
        QTest::newRow("unknown copy") << QStringLiteral("S7001") << QStringLiteral("B404")
                                      << QStringLiteral("No copy has barcode B404.");
        QTest::newRow("reference only")
            << QStringLiteral("S7001") << QStringLiteral("R001")
            << QStringLiteral("现代汉语词典 (R001) is for reference only and is not lent.");
        QTest::newRow("graduated") << QStringLiteral("S6001") << QStringLiteral("B001")
                                   << QStringLiteral("钱毕业 has graduated and cannot borrow.");
        QTest::newRow("transferred")
            << QStringLiteral("S6002") << QStringLiteral("B001")
            << QStringLiteral("孙转学 has transferred to another school and cannot borrow.");
        QTest::newRow("left the school")
            << QStringLiteral("T0199") << QStringLiteral("B001")
            << QStringLiteral("退休老师 no longer works at the school and cannot borrow.");
    }

    void refusalsNameTheScanAndWriteNothing()
    {
        QFETCH(QString, card);
        QFETCH(QString, barcode);
        QFETCH(QString, message);
        const int outbox = m_lib->count(QStringLiteral("outbox"));
        Circulation c = desk();
        QCOMPARE(refusal([&] { c.checkout(card, barcode); }), message);
        QCOMPARE(m_lib->count(QStringLiteral("library_loans")), 0);
        QCOMPARE(m_lib->count(QStringLiteral("outbox")), outbox);
    }

    void withdrawnCopiesAndCopiesOnLoanAreRefused()
    {
        Circulation c = desk();
        LibraryService(*m_admin).setCopyStatus(
            LibraryService(*m_admin).copy(QStringLiteral("B006")).id, QStringLiteral("withdrawn"));
        QVERIFY(refusal([&] {
                    c.checkout(QStringLiteral("S7001"), QStringLiteral("B006"));
                }).startsWith(QStringLiteral("平凡的世界 (B006) is ")));
        c.checkout(QStringLiteral("S7001"), QStringLiteral("B001"));
        QCOMPARE(refusal([&] { c.checkout(QStringLiteral("S9001"), QStringLiteral("B001")); }),
                 QStringLiteral("平凡的世界 (B001) is on loan to 李明 (due 2025-03-28): return it "
                                "first."));
        QCOMPARE(refusal([&] { c.checkout(QStringLiteral("S7001"), QStringLiteral("B001")); }),
                 QStringLiteral("平凡的世界 (B001) is already lent to 李明, due 2025-03-28."));
        QCOMPARE(refusal([&] { c.giveBack(QStringLiteral("ZZZ")); }),
                 QStringLiteral("No copy has barcode ZZZ."));
    }

    void maximumItems()
    {
        Circulation c = desk();
        for (const char *b : {"B001", "B002", "B003"})
            c.checkout(QStringLiteral("S7001"), QString::fromLatin1(b));
        QCOMPARE(refusal([&] { c.checkout(QStringLiteral("S7001"), QStringLiteral("B004")); }),
                 QStringLiteral("李明 already has 3 items on loan, the most a %1 may borrow.")
                     .arg(LibraryKeys::patronKindTitle(QStringLiteral("student"))));
        QCOMPARE(m_lib->count(QStringLiteral("library_loans")), 3);
        // A return makes room.
        c.giveBack(QStringLiteral("B002"));
        c.checkout(QStringLiteral("S7001"), QStringLiteral("B004"));
        QCOMPARE(c.loansOf(*c.findPatron(QStringLiteral("S7001"))).size(), 3);
    }

    void returnsCloseLoansAndTellOverdue()
    {
        Circulation c = desk();
        const CheckoutResult r = c.checkout(QStringLiteral("S9001"), QStringLiteral("B001"));
        QCOMPARE(r.loan.dueOn, QDate(2025, 3, 28));
        c.setNow(QDateTime(QDate(2025, 4, 2), QTime(9, 0)));
        QCOMPARE(c.stats().overdue, 1);
        QCOMPARE(c.overdueLoans().size(), 1);
        QCOMPARE(c.overdueLoans().first().overdueDays(c.today()), 5);
        const ReturnResult back = c.giveBack(QStringLiteral("B001"));
        QCOMPARE(back.closedLoans.size(), 1);
        QCOMPARE(back.closedLoans.first().patronName, QStringLiteral("王芳"));
        QCOMPARE(back.overdueDays, 5);
        QVERIFY(!back.heldFor);
        QCOMPARE(c.stats().loansOpen, 0);
        QCOMPARE(c.stats().overdue, 0);
        QVERIFY(!c.loan(r.loan.id).open);
        // A copy returned that was not on loan is checked in, closing nothing.
        const ReturnResult again = c.giveBack(QStringLiteral("B001"));
        QVERIFY(!again.wasOnLoan());
        // Lent again straight after: the new loan is open.
        c.checkout(QStringLiteral("S9002"), QStringLiteral("B001"));
        QCOMPARE(c.stats().loansOpen, 1);
    }

    void renewals()
    {
        Circulation c = desk();
        const CheckoutResult r = c.checkout(QStringLiteral("S7001"), QStringLiteral("B001"));
        c.setNow(QDateTime(QDate(2025, 3, 26), QTime(9, 0)));
        // From today, 21 days: 16 April.
        QCOMPARE(c.renew(r.loan.id), QDate(2025, 4, 16));
        QCOMPARE(c.loan(r.loan.id).dueOn, QDate(2025, 4, 16));
        QCOMPARE(c.loan(r.loan.id).renewals, 1);
        QCOMPARE(refusal([&] { c.renew(r.loan.id); }),
                 QStringLiteral("平凡的世界 (B001) has been renewed 1 times, the most allowed."));
        const CheckoutResult p = c.checkout(QStringLiteral("S7001"), QStringLiteral("P001"));
        QCOMPARE(refusal([&] { c.renew(p.loan.id); }),
                 QStringLiteral("少年文艺 (P001) cannot be renewed."));
        // Someone waiting for the title stops a renewal.
        const CheckoutResult t = c.checkout(QStringLiteral("T0101"), QStringLiteral("B002"));
        c.placeHold(*c.findPatron(QStringLiteral("S9001")), m_novel);
        QCOMPARE(refusal([&] { c.renew(t.loan.id); }),
                 QStringLiteral("平凡的世界 (B002) cannot be renewed: 1 reader(s) wait for it."));
        c.giveBack(QStringLiteral("B001"));
        QVERIFY(refusal([&] { c.renew(r.loan.id); }).contains(QStringLiteral("has been returned")));
    }

    void holdsQueue()
    {
        Circulation c = desk();
        // Every copy out: readers queue for the title.
        for (int i = 1; i <= 6; ++i)
            c.checkout(i <= 3 ? QStringLiteral("T0101") : QStringLiteral("T0102"),
                       QStringLiteral("B%1").arg(i, 3, 10, QLatin1Char('0')));
        const Patron wang = *c.findPatron(QStringLiteral("S9001"));
        const Patron zhao = *c.findPatron(QStringLiteral("S9002"));
        const Patron li = *c.findPatron(QStringLiteral("S7001"));
        const QString first = c.placeHold(wang, m_novel);
        c.placeHold(zhao, m_novel);
        const QString third = c.placeHold(li, m_novel);
        QCOMPARE(refusal([&] { c.placeHold(wang, m_novel); }),
                 QStringLiteral("王芳 already holds \"平凡的世界\"."));
        QVERIFY(refusal([&] {
                    c.placeHold(*c.findPatron(QStringLiteral("S6001")), m_novel);
                }).contains(QStringLiteral("graduated")));
        QList<HoldInfo> queue = c.holdQueue(m_novel);
        QCOMPARE(queue.size(), 3);
        QCOMPARE(queue.at(0).patronName, QStringLiteral("王芳"));
        QCOMPARE(queue.at(1).position, 2);
        QCOMPARE(queue.at(2).patronName, QStringLiteral("李明"));
        c.cancelHold(third);
        QCOMPARE(c.holdQueue(m_novel).size(), 2);

        // A copy comes back: the first in the queue gets it, kept 7 days (to an open day).
        const ReturnResult back = c.giveBack(QStringLiteral("B003"));
        QVERIFY(back.heldFor);
        QCOMPARE(back.heldFor->id, first);
        QCOMPARE(back.heldFor->patronName, QStringLiteral("王芳"));
        QCOMPARE(back.heldFor->readyUntil, QDate(2025, 3, 14));
        QCOMPARE(c.holdsOf(wang).first().status, QStringLiteral("ready"));
        // Somebody else cannot take it: the message names the reader it waits for.
        QCOMPARE(refusal([&] { c.checkout(zhao, QStringLiteral("B003")); }),
                 QStringLiteral("平凡的世界 (B003) is held for 王芳 (S9001) until 2025-03-14."));
        // The next copy back goes to the second in the queue.
        QCOMPARE(c.giveBack(QStringLiteral("B004")).heldFor->patronName, QStringLiteral("赵强"));
        // 王芳 borrows hers: the hold is fulfilled.
        QVERIFY(c.checkout(wang, QStringLiteral("B003")).fulfilledHold);
        QVERIFY(c.holdsOf(wang).isEmpty());
        // 赵强 does not come: after the kept days the hold expires, the copy goes back.
        c.setNow(QDateTime(QDate(2025, 3, 17), QTime(9, 0)));
        QCOMPARE(c.expireHolds(), 1);
        QVERIFY(c.holdsOf(zhao).isEmpty());
        c.checkout(li, QStringLiteral("B004"));
        QCOMPARE(c.holdQueue(m_novel).size(), 0);
    }

    void overdueListsPerClassForHomeroomTeachers()
    {
        Circulation c = desk();
        c.checkout(QStringLiteral("S7001"), QStringLiteral("B001"));
        c.checkout(QStringLiteral("S9001"), QStringLiteral("B002"));
        c.checkout(QStringLiteral("S9002"), QStringLiteral("B003"));
        c.checkout(QStringLiteral("T0102"), QStringLiteral("B004"));
        c.setNow(QDateTime(QDate(2025, 4, 10), QTime(9, 0)));
        const QList<LoanInfo> all = c.overdueLoans();
        QCOMPARE(all.size(), 3); // students only: staff loans are not on class lists
        QCOMPARE(all.first().className, QStringLiteral("七年级(1)班"));
        QCOMPARE(c.overdueLoans(m_class9b).size(), 1);

        const Session homeroom = m_store->as(Role::HomeroomTeacher, m_homeroom);
        Circulation mine(homeroom);
        mine.setNow(c.now());
        const QList<LoanInfo> own = mine.overdueLoans();
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first().patronName, QStringLiteral("李明"));
        QVERIFY(refusal([&] { mine.overdueLoans(m_class9a); }) != QStringLiteral("(not refused)"));
        QVERIFY(refusal([&] { mine.checkout(QStringLiteral("S7001"), QStringLiteral("B005")); })
                != QStringLiteral("(not refused)"));

        const QString html
            = CirculationReport::overdueHtml(all, c.today(), QStringLiteral("测试学校"));
        QVERIFY(html.contains(QStringLiteral("七年级(1)班")));
        QVERIFY(html.contains(QStringLiteral("page-break-before")));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("overdue.pdf"));
        CirculationReport::writePdf(html, CirculationReport::overdueTitle(), pdf);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }

    void graduationClearance()
    {
        Circulation c = desk();
        c.checkout(QStringLiteral("S7001"), QStringLiteral("B001"));
        c.checkout(QStringLiteral("S9001"), QStringLiteral("B002"));
        c.checkout(QStringLiteral("S9002"), QStringLiteral("B003"));
        c.checkout(QStringLiteral("S9002"), QStringLiteral("P001"));
        QCOMPARE(c.topGrade(), 9);
        const QList<LoanInfo> top = c.clearanceLoans();
        QCOMPARE(top.size(), 3);
        QStringList barcodes;
        for (const LoanInfo &l : top)
            barcodes << l.barcode;
        QCOMPARE(
            barcodes,
            (QStringList{QStringLiteral("B002"), QStringLiteral("B003"), QStringLiteral("P001")}));
        QCOMPARE(c.clearanceLoans(m_class7).size(), 1);
        c.giveBack(QStringLiteral("B003"));
        QCOMPARE(c.clearanceLoans(m_class9b).size(), 1);
        const QString html = CirculationReport::clearanceHtml(
            c.clearanceLoans(), c.today(), QStringLiteral("测试学校"), QStringLiteral("九年级"));
        QVERIFY(html.contains(QStringLiteral("少年文艺")));
        QVERIFY(html.contains(QStringLiteral("B002")));
        QVERIFY(!html.contains(QStringLiteral("B003")));
    }

    void copiesLentTwiceAreShownUntilAReturn()
    {
        Circulation c = desk();
        const CheckoutResult first = c.checkout(QStringLiteral("S7001"), QStringLiteral("B001"));
        // What a sync brings in from another desk that lent the same copy while offline.
        m_store->db().exec(QStringLiteral("INSERT INTO library_loans (copy_id, patron_kind, "
                                          "patron_id, lent_at, due_on, desk) VALUES (?, "
                                          "'student', ?, ?, '2025-03-28', '阅览室')"),
                           {first.loan.copyId,
                            m_wang,
                            first.loan.lentAt.addSecs(-600).toString(Qt::ISODateWithMs)});
        const QList<DoubleLend> twice = c.doubleLends();
        QCOMPARE(twice.size(), 1);
        QCOMPARE(twice.first().barcode, QStringLiteral("B001"));
        QCOMPARE(twice.first().loans.size(), 2);
        QCOMPARE(twice.first().loans.at(0).patronName, QStringLiteral("王芳"));
        QCOMPARE(twice.first().loans.at(1).patronName, QStringLiteral("李明"));
        QCOMPARE(c.stats().loansOpen, 2);
        const ReturnResult back = c.giveBack(QStringLiteral("B001"));
        QCOMPARE(back.closedLoans.size(), 2);
        QVERIFY(c.doubleLends().isEmpty());
        QCOMPARE(c.stats().loansOpen, 0);
    }

    void models()
    {
        Circulation c = desk();
        c.checkout(QStringLiteral("S7001"), QStringLiteral("B001"));
        c.checkout(QStringLiteral("S7001"), QStringLiteral("P001"));
        LoansModel loans;
        QAbstractItemModelTester loansTester(
            &loans, QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.setNow(QDateTime(QDate(2025, 3, 20), QTime(9, 0)));
        loans.setLoans(c.loansOf(*c.findPatron(QStringLiteral("S7001"))), c.today());
        QCOMPARE(loans.rowCount(), 2);
        // Due first: the periodical, overdue, in red.
        QCOMPARE(loans.index(0, LoansModel::Barcode).data().toString(), QStringLiteral("P001"));
        QCOMPARE(loans.index(0, LoansModel::Overdue).data().toInt(), 6);
        QVERIFY(loans.index(0, LoansModel::Title).data(Qt::ForegroundRole).isValid());
        QVERIFY(!loans.index(1, LoansModel::Title).data(Qt::ForegroundRole).isValid());

        HoldsModel holds;
        QAbstractItemModelTester holdsTester(
            &holds, QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.placeHold(*c.findPatron(QStringLiteral("S9001")), m_magazine);
        holds.setHolds(c.holdsOf(*c.findPatron(QStringLiteral("S9001"))));
        QCOMPARE(holds.rowCount(), 1);
        QVERIFY(holds.index(0, HoldsModel::Status).data().toString().contains(QLatin1Char('1')));

        DeskLogModel log;
        QAbstractItemModelTester logTester(&log,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.add(DeskLogModel::Lent, QStringLiteral("B001"), QStringLiteral("ok"));
        log.add(DeskLogModel::Refused, QStringLiteral("B404"), QStringLiteral("no"));
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.index(0, DeskLogModel::Scan).data().toString(), QStringLiteral("B404"));
        QCOMPARE(log.count(DeskLogModel::Lent), 1);
    }
};

QTEST_MAIN(TestCirculation)
#include "tst_circulation.moc"
