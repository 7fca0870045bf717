// The circulation desk as a librarian uses it: a scanner types card numbers and barcodes with
// Enter at full speed, many in a row, into whatever has the focus; every scan is answered and
// none is dropped. Reader cards select the reader, books lend to them, a book alone returns.
#include "circtest.h"

#include "library/circulation/circulationmodels.h"
#include "library/ui/circulationdesk.h"
#include "library/ui/circulationlistsdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace SchoolSuite;

namespace {
QString barcode(int i)
{
    return QStringLiteral("B%1").arg(i, 4, 10, QLatin1Char('0'));
}

// What a USB scanner sends: the characters, then Enter, with no pause for the program.
void scanInto(QWidget *target, const QString &code)
{
    QTest::keyClicks(target, code);
    QTest::keyClick(target, Qt::Key_Return);
}

int loans(Database &db, const QString &where = QStringLiteral("1"))
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM library_loans l WHERE ") + where).toInt();
}
} // namespace

class TestCirculationDesk : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempStore> m_store;
    std::unique_ptr<Session> m_admin;

private slots:
    void initTestCase() { Test::initLibraryTests(); }

    void init()
    {
        m_store = std::make_unique<Test::TempStore>();
        m_admin = std::make_unique<Session>(m_store->admin());
        Test::Library lib{m_store->db(), *m_admin};
        const QString staff = lib.addStaff(QStringLiteral("T0101"), QStringLiteral("陈老师"));
        const QString cls = lib.addClass(7, QStringLiteral("2"), staff);
        for (int i = 1; i <= 30; ++i)
            lib.addStudent(QStringLiteral("S7%1").arg(i, 3, 10, QLatin1Char('0')),
                           QStringLiteral("学生%1").arg(i),
                           cls);
        lib.addStudent(
            QStringLiteral("S6999"), QStringLiteral("钱毕业"), cls, QStringLiteral("graduated"));
        const QString title = lib.addTitle(QStringLiteral("草房子"));
        for (int i = 1; i <= 80; ++i)
            lib.addCopy(title, barcode(i));
    }

    void cardThenBooksThenReturns()
    {
        CirculationDesk desk(*m_admin);
        QAbstractItemModelTester loansTester(
            desk.loansModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester logTester(desk.logModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        desk.resize(1200, 760);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        desk.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk));
        QTRY_COMPARE(QApplication::focusWidget(), desk.scanField());
        QSignalSpy processed(&desk, &CirculationDesk::scanProcessed);

        scanInto(QApplication::focusWidget(), QStringLiteral("S7001"));
        QVERIFY(desk.currentPatron());
        QCOMPARE(desk.currentPatron()->name, QStringLiteral("学生1"));
        QVERIFY2(desk.feedbackText().contains(QStringLiteral("七年级(2)班")),
                 qPrintable(desk.feedbackText()));
        for (int i = 1; i <= 3; ++i)
            scanInto(QApplication::focusWidget(), barcode(i));
        QCOMPARE(desk.loansModel()->rowCount(), 3);
        QVERIFY2(desk.feedbackText().contains(QStringLiteral("Lent 草房子 to 学生1")),
                 qPrintable(desk.feedbackText()));
        // The fourth is one too many for a student: refused in red, nothing written.
        scanInto(QApplication::focusWidget(), barcode(4));
        QVERIFY2(desk.feedbackText().contains(QStringLiteral("already has 3 items")),
                 qPrintable(desk.feedbackText()));
        QCOMPARE(processed.constLast().at(0).toBool(), false);
        QCOMPARE(loans(m_store->db()), 3);

        // The librarian clicked the reader's loans: the scanner still reaches the scan field.
        desk.loansView()->setFocus();
        scanInto(desk.loansView(), QStringLiteral("S7002"));
        QCOMPARE(desk.currentPatron()->name, QStringLiteral("学生2"));
        scanInto(QApplication::focusWidget(), barcode(5));
        QCOMPARE(loans(m_store->db()), 4);

        // Unknown scans name what was scanned.
        scanInto(QApplication::focusWidget(), QStringLiteral("X404"));
        QVERIFY2(desk.feedbackText().contains(QStringLiteral("X404")),
                 qPrintable(desk.feedbackText()));
        // A graduated student's card is refused.
        scanInto(QApplication::focusWidget(), QStringLiteral("S6999"));
        QVERIFY2(desk.feedbackText().contains(QStringLiteral("cannot borrow")),
                 qPrintable(desk.feedbackText()));

        // Next reader (Esc): books alone come back.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!desk.currentPatron());
        scanInto(QApplication::focusWidget(), barcode(1));
        QVERIFY2(desk.feedbackText().contains(QStringLiteral("Returned 草房子 from 学生1")),
                 qPrintable(desk.feedbackText()));
        // Return mode: a reader is selected, yet a book scanned comes back.
        scanInto(QApplication::focusWidget(), QStringLiteral("S7001"));
        QCOMPARE(desk.loansModel()->rowCount(), 2);
        desk.returnModeButton()->click();
        scanInto(QApplication::focusWidget(), barcode(2));
        QCOMPARE(desk.loansModel()->rowCount(), 1);
        QCOMPARE(loans(m_store->db(),
                       QStringLiteral("NOT EXISTS (SELECT 1 FROM library_returns r WHERE "
                                      "r.copy_id = l.copy_id AND r.returned_at > l.lent_at)")),
                 2);
        QCOMPARE(desk.logModel()->count(DeskLogModel::Lent), 4);
        QCOMPARE(desk.logModel()->count(DeskLogModel::Returned), 2);
        QCOMPARE(desk.logModel()->count(DeskLogModel::Refused), 3);
        QCOMPARE(processed.size(), desk.logModel()->rowCount());

        // Renew with the button: the loan's due date moves and the log says so.
        desk.returnModeButton()->click();
        desk.loansView()->selectRow(0);
        desk.renewSelected();
        QCOMPARE(desk.logModel()->count(DeskLogModel::Renewed), 1);
        QCOMPARE(desk.loansModel()->index(0, LoansModel::Renewals).data().toInt(), 1);
        QCOMPARE(QApplication::focusWidget(), desk.scanField());

        if (qEnvironmentVariableIsSet("SCHOOLSUITE_SCREENSHOTS"))
            desk.grab().save(qEnvironmentVariable("SCHOOLSUITE_SCREENSHOTS")
                             + QStringLiteral("/circulationdesk.png"));
    }

    void aBurstOfScansIsNeverDropped()
    {
        CirculationDesk desk(*m_admin);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        desk.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk));
        QTRY_COMPARE(QApplication::focusWidget(), desk.scanField());
        QSignalSpy processed(&desk, &CirculationDesk::scanProcessed);
        // Thirty readers, two books each, then every book back: 150 scans, no pause.
        QStringList scans;
        for (int s = 1; s <= 30; ++s) {
            scans << QStringLiteral("S7%1").arg(s, 3, 10, QLatin1Char('0'));
            scans << barcode(2 * s - 1) << barcode(2 * s);
        }
        scans << QStringLiteral("\x1b"); // Esc: no reader
        for (int i = 1; i <= 60; ++i)
            scans << barcode(i);
        for (const QString &code : std::as_const(scans)) {
            if (code == QStringLiteral("\x1b"))
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            else
                scanInto(QApplication::focusWidget(), code);
        }
        QCOMPARE(processed.size(), 150);
        for (const QList<QVariant> &args : std::as_const(processed))
            QVERIFY2(args.at(0).toBool(), qPrintable(args.at(1).toString()));
        QCOMPARE(desk.logModel()->count(DeskLogModel::Lent), 60);
        QCOMPARE(desk.logModel()->count(DeskLogModel::Returned), 60);
        QCOMPARE(loans(m_store->db()), 60);
        QCOMPARE(desk.circulation().stats().loansOpen, 0);
        QVERIFY(desk.scanField()->text().isEmpty());
    }

    void doubleLendsAreListed()
    {
        Circulation c(*m_admin);
        const CheckoutResult r = c.checkout(QStringLiteral("S7001"), barcode(1));
        // The loan another desk made offline, arrived by sync.
        m_store->db().exec(QStringLiteral("INSERT INTO library_loans (copy_id, patron_kind, "
                                          "patron_id, lent_at, due_on, desk) SELECT ?, "
                                          "'student', id, ?, '2099-01-01', '阅览室' FROM students "
                                          "WHERE student_no = 'S7002'"),
                           {r.loan.copyId, r.loan.lentAt.addSecs(5).toString(Qt::ISODateWithMs)});
        CirculationDesk desk(*m_admin);
        QAbstractItemModelTester tester(desk.doubleLendsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(desk.doubleLendsModel()->rowCount(), 2);
        QCOMPARE(desk.doubleLendsModel()->index(1, LoansModel::Desk).data().toString(),
                 QStringLiteral("阅览室"));
        desk.scan(barcode(1));
        QVERIFY2(desk.feedbackText().contains(QStringLiteral("lent twice")),
                 qPrintable(desk.feedbackText()));
        desk.refreshDoubleLends();
        QCOMPARE(desk.doubleLendsModel()->rowCount(), 0);
    }

    void overdueListForTheHomeroomTeacher()
    {
        Circulation c(*m_admin);
        c.setNow(QDateTime::currentDateTime().addDays(-40));
        c.checkout(QStringLiteral("S7001"), barcode(1));
        const QString homeroom
            = m_store->db()
                  .scalar(QStringLiteral("SELECT id FROM staff WHERE staff_no = 'T0101'"))
                  .toString();
        const Session teacher = m_store->as(Role::HomeroomTeacher, homeroom);
        CirculationListsDialog dialog(teacher, CirculationListsDialog::Overdue);
        QCOMPARE(dialog.scopeBox()->count(), 1); // their one class
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->index(0, LoansModel::Reader).data().toString(),
                 QStringLiteral("学生1"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("overdue.pdf"));
        dialog.savePdf(pdf);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.size() > 1000);
        if (qEnvironmentVariableIsSet("SCHOOLSUITE_SCREENSHOTS")) {
            dialog.savePdf(qEnvironmentVariable("SCHOOLSUITE_SCREENSHOTS")
                           + QStringLiteral("/overdue.pdf"));
            dialog.grab().save(qEnvironmentVariable("SCHOOLSUITE_SCREENSHOTS")
                               + QStringLiteral("/overduedialog.png"));
        }
        CirculationListsDialog clearance(*m_admin, CirculationListsDialog::Clearance);
        QVERIFY(clearance.scopeBox()->itemText(0).contains(QStringLiteral("七年级")));
        QCOMPARE(clearance.model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestCirculationDesk)
#include "tst_circulationdesk.moc"
