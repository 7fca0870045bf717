// The library's reports (issue 5, must-have 7) on a known data set: the collection by 中图法
// main class, books per student against a target, loans per class and per grade per month, the
// most borrowed titles; the bar charts' geometry and painting; the reports tab and its PDF.
#include "testutil.h"

#include "core/error.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "library/catalog/libraryservice.h"
#include "library/librarymodule.h"
#include "library/reports/barchart.h"
#include "library/reports/libraryreports.h"
#include "library/reports/reportmodels.h"
#include "library/reports/reportsdocument.h"
#include "library/ui/reportchart.h"
#include "library/ui/reportstab.h"
#include "sync/syncmodule.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>

using namespace SchoolSuite;
using namespace SchoolSuite::Library;

class TestLibraryReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempStore> m_store;
    std::unique_ptr<Session> m_admin;
    QHash<QString, QString> m_copy; // barcode -> id

    Database &db() { return m_store->db(); }

    QString addTitle(const QString &title, const QString &clc, const QStringList &barcodes)
    {
        LibraryService service(*m_admin);
        BibRecord r;
        r.title = title;
        r.clc = clc;
        r.responsibility = QStringLiteral("作者");
        const QString id = service.addTitle(r);
        for (const QString &b : barcodes) {
            LibraryCopy c;
            c.titleId = id;
            c.barcode = b;
            m_copy.insert(b, service.addCopy(c));
        }
        return id;
    }
    QString addClass(int grade, const QString &name)
    {
        db().exec(QStringLiteral("INSERT INTO classes (grade, name) VALUES (?, ?)"), {grade, name});
        return db()
            .scalar(QStringLiteral("SELECT id FROM classes WHERE grade = ? AND name = ?"),
                    {grade, name})
            .toString();
    }
    QString addStudent(const QString &no,
                       const QString &classId,
                       const QString &status = QStringLiteral("enrolled"))
    {
        db().exec(QStringLiteral("INSERT INTO students (student_no, name, class_id, status) VALUES "
                                 "(?, ?, ?, ?)"),
                  {no, no, classId, status});
        return db()
            .scalar(QStringLiteral("SELECT id FROM students WHERE student_no = ?"), {no})
            .toString();
    }
    void lend(const QString &barcode, const QString &kind, const QString &patron, const QString &at)
    {
        db().exec(QStringLiteral("INSERT INTO library_loans (id, copy_id, patron_kind, patron_id, "
                                 "lent_at, due_on) VALUES (?, ?, ?, ?, ?, ?)"),
                  {Uuid::v7(), m_copy.value(barcode), kind, patron, at, at.left(10)});
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        registerSyncModule();
        registerLibraryModule();
    }

    void init()
    {
        m_store = std::make_unique<Test::TempStore>();
        m_admin = std::make_unique<Session>(m_store->admin());
        m_copy.clear();
        addTitle(QStringLiteral("A 红岩"),
                 QStringLiteral("I247.5"),
                 {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3")});
        addTitle(QStringLiteral("B 朝花夕拾"),
                 QStringLiteral("I210.4"),
                 {QStringLiteral("B1"), QStringLiteral("B2")});
        addTitle(QStringLiteral("C 史记选读"),
                 QStringLiteral("K204.2"),
                 {QStringLiteral("C1"), QStringLiteral("C2")});
        addTitle(QStringLiteral("D 编程入门"),
                 QStringLiteral("TP311.1"),
                 {QStringLiteral("D1"), QStringLiteral("D2")});
        LibraryService(*m_admin).setCopyStatus(m_copy.value(QStringLiteral("C2")),
                                               QStringLiteral("withdrawn"));
        const QString c71 = addClass(7, QStringLiteral("1"));
        const QString c82 = addClass(8, QStringLiteral("2"));
        const QString s1 = addStudent(QStringLiteral("S1"), c71);
        const QString s2 = addStudent(QStringLiteral("S2"), c71);
        const QString s3 = addStudent(QStringLiteral("S3"), c82);
        addStudent(QStringLiteral("S4"), c82, QStringLiteral("graduated"));
        db().exec(QStringLiteral("INSERT INTO staff (staff_no, name) VALUES ('T1', '陈老师')"));
        const QString t1 = db().scalar(QStringLiteral("SELECT id FROM staff")).toString();
        const QString student = QStringLiteral("student");
        lend(QStringLiteral("A1"), student, s1, QStringLiteral("2025-03-10T02:00:00.000Z"));
        lend(QStringLiteral("A2"), student, s2, QStringLiteral("2025-03-10T03:00:00.000Z"));
        lend(QStringLiteral("B1"), student, s3, QStringLiteral("2025-03-12T03:00:00.000Z"));
        lend(QStringLiteral("A3"), student, s1, QStringLiteral("2025-04-15T03:00:00.000Z"));
        lend(QStringLiteral("C1"), student, s3, QStringLiteral("2025-04-15T04:00:00.000Z"));
        lend(QStringLiteral("A1"),
             QStringLiteral("staff"),
             t1,
             QStringLiteral("2025-04-16T04:00:00.000Z"));
        lend(QStringLiteral("B2"), student, s1, QStringLiteral("2025-05-20T04:00:00.000Z"));
    }

    void collection()
    {
        const LibraryReports reports(*m_admin);
        const QList<ClassCount> counts = reports.collectionByClass();
        QCOMPARE(counts.size(), 22);
        QCOMPARE(ClcClasses::letters().join(QString()), QStringLiteral("ABCDEFGHIJKNOPQRSTUVXZ"));
        QCOMPARE(counts.at(8).letter, QStringLiteral("I"));
        QCOMPARE(counts.at(8).name, QStringLiteral("Literature"));
        QCOMPARE(counts.at(8).titles, 2);
        QCOMPARE(counts.at(8).copies, 5);
        QCOMPARE(counts.at(10).letter, QStringLiteral("K"));
        QCOMPARE(counts.at(10).copies, 1); // the withdrawn copy is not in the collection
        QCOMPARE(counts.at(17).letter, QStringLiteral("T"));
        QCOMPARE(counts.at(17).copies, 2);
        QCOMPARE(counts.at(0).copies, 0);

        CollectionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCounts(counts);
        QCOMPARE(model.rowCount(), 23);
        QCOMPARE(model.index(22, CollectionModel::Titles).data().toInt(), 4);
        QCOMPARE(model.index(22, CollectionModel::Copies).data().toInt(), 8);
        QCOMPARE(model.index(8, CollectionModel::Share).data(Qt::UserRole).toDouble(), 5.0 / 8);

        BooksPerStudent b = reports.booksPerStudent();
        QCOMPARE(b.copies, 8);
        QCOMPARE(b.students, 3); // the graduate does not count
        QVERIFY(!b.target);
        QVERIFY(ReportsDocument::booksPerStudentText(b).startsWith(
            QStringLiteral("2.7 copies per student")));
        db().exec(QStringLiteral("INSERT INTO library_settings (key, value) VALUES "
                                 "('books_per_student_target', '3')"));
        b = reports.booksPerStudent();
        QCOMPARE(*b.target, 3.0);
        QVERIFY2(ReportsDocument::booksPerStudentText(b).endsWith(
                     QStringLiteral("target 3.0: 1 copies short")),
                 qPrintable(ReportsDocument::booksPerStudentText(b)));
    }

    void loansPerMonth()
    {
        const LibraryReports reports(*m_admin);
        const QDate from(2025, 3, 1);
        const QDate to(2025, 4, 30);
        const MonthlyLoans byClass
            = reports.loansPerMonth(from, to, LibraryReports::Grouping::Class);
        QCOMPARE(byClass.months, QList<QDate>({QDate(2025, 3, 1), QDate(2025, 4, 1)}));
        QCOMPARE(byClass.rows.size(), 3);
        QCOMPARE(byClass.rows.at(0).label, QStringLiteral("七年级(1)班"));
        QCOMPARE(byClass.rows.at(0).perMonth, QList<int>({2, 1}));
        QCOMPARE(byClass.rows.at(1).label, QStringLiteral("八年级(2)班"));
        QCOMPARE(byClass.rows.at(1).perMonth, QList<int>({1, 1}));
        QCOMPARE(byClass.rows.at(2).key, QStringLiteral("staff"));
        QCOMPARE(byClass.rows.at(2).perMonth, QList<int>({0, 1}));
        QCOMPARE(byClass.totalPerMonth, QList<int>({3, 3}));
        QCOMPARE(byClass.total, 6);

        const MonthlyLoans byGrade
            = reports.loansPerMonth(from, QDate(2025, 5, 31), LibraryReports::Grouping::Grade);
        QCOMPARE(byGrade.months.size(), 3);
        QCOMPARE(byGrade.rows.at(0).label, QStringLiteral("七年级"));
        QCOMPARE(byGrade.rows.at(0).perMonth, QList<int>({2, 1, 1}));
        QCOMPARE(byGrade.rows.at(0).total, 4);
        QCOMPARE(byGrade.rows.at(1).total, 2);
        QCOMPARE(byGrade.total, 7);

        MonthlyLoansModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLoans(byClass);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("2025-03"));
        QCOMPARE(model.index(0, 1).data().toInt(), 2);
        QCOMPARE(model.index(3, 3).data().toInt(), 6);

        QVERIFY_THROWS_EXCEPTION(Error,
                                 reports.loansPerMonth(to, from, LibraryReports::Grouping::Class));
    }

    void mostBorrowed()
    {
        const LibraryReports reports(*m_admin);
        QList<TopTitle> top = reports.mostBorrowed(QDate(2025, 3, 1), QDate(2025, 4, 30), 2);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top.at(0).title, QStringLiteral("A 红岩"));
        QCOMPARE(top.at(0).loans, 4);
        QCOMPARE(top.at(1).title, QStringLiteral("B 朝花夕拾")); // ties by title: B before C
        QCOMPARE(top.at(1).loans, 1);
        top = reports.mostBorrowed(QDate(2025, 3, 1), QDate(2025, 5, 31), 10);
        QCOMPARE(top.size(), 3);
        QCOMPARE(top.at(1).loans, 2);

        TopTitlesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTitles(top);
        QCOMPARE(model.index(2, TopTitlesModel::Rank).data().toInt(), 3);
        QCOMPARE(model.index(0, TopTitlesModel::Loans).data().toInt(), 4);

        // Only LibraryView may read the figures (everyone has it).
        const Session teacher = m_store->as(Role::Teacher);
        QCOMPARE(LibraryReports(teacher).booksPerStudent().copies, 8);
    }

    void barChart()
    {
        BarChart chart(QString(),
                       {QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")},
                       {{QStringLiteral("x"), {10, 5, 0}, Qt::red}});
        QCOMPARE(chart.axisStep(), 2.0);
        QCOMPARE(chart.axisMax(), 10.0);
        const QRectF rect(0, 0, 400, 300);
        const auto bars = chart.bars(rect);
        QCOMPARE(bars.size(), 3);
        QVERIFY(qAbs(bars.at(0).at(0).height() - 2 * bars.at(1).at(0).height()) < 0.01);
        QCOMPARE(bars.at(0).at(0).bottom(), bars.at(1).at(0).bottom()); // standing on the axis
        QVERIFY(bars.at(2).at(0).isEmpty());
        QVERIFY(bars.at(0).at(0).left() < bars.at(1).at(0).left());

        // Painted where the geometry says.
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            chart.paint(painter, rect);
        }
        QCOMPARE(QColor(image.pixel(bars.at(0).at(0).center().toPoint())), QColor(Qt::red));
        QCOMPARE(QColor(image.pixel(bars.at(1).at(0).center().toPoint())), QColor(Qt::red));

        // Stacked and lying: the stack's parts follow one another along the value axis.
        BarChart stacked(
            QStringLiteral("t"),
            {QStringLiteral("3月"), QStringLiteral("4月")},
            {{QStringLiteral("七年级"), {2, 1}, {}}, {QStringLiteral("八年级"), {1, 1}, {}}});
        stacked.setStacked(true);
        stacked.setOrientation(BarChart::Orientation::Horizontal);
        QCOMPARE(stacked.axisMax(), 3.0);
        const auto s = stacked.bars(rect);
        QVERIFY(qAbs(s.at(0).at(1).left() - s.at(0).at(0).right()) < 0.01);
        QVERIFY(qAbs(s.at(0).at(0).width() - 2 * s.at(0).at(1).width()) < 0.01);
        QCOMPARE(s.at(0).at(0).top(), s.at(0).at(1).top());
    }

    void reportsTab()
    {
        ReportsTab tab(*m_admin);
        QAbstractItemModelTester t1(tab.collectionModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(tab.loansModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(tab.topModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.resize(1200, 800);
        tab.show();
        tab.setPeriod(QDate(2025, 3, 1), QDate(2025, 4, 30));
        QCOMPARE(tab.collectionModel()->index(22, CollectionModel::Copies).data().toInt(), 8);
        QVERIFY(tab.booksPerStudentLabel()->text().contains(QStringLiteral("2.7")));
        QCOMPARE(tab.loansModel()->rowCount(), 4); // two classes, staff, total
        tab.setByGrade(true);
        QCOMPARE(tab.loansModel()->index(0, 0).data().toString(), QStringLiteral("七年级"));
        QCOMPARE(tab.topModel()->rowCount(), 3);
        tab.setTopCount(1);
        QCOMPARE(tab.topModel()->rowCount(), 1);
        QVERIFY(tab.chart(ReportsTab::CollectionPage)->chart());
        QCOMPARE(tab.chart(ReportsTab::CollectionPage)->chart()->categories().size(), 22);
        QCOMPARE(tab.chart(ReportsTab::LoansPage)->chart()->series().size(), 3); // grades, staff

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reports.pdf"));
        QVERIFY(tab.writePdf(path));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        // Tables and three charts: more than one A4 page.
        const qsizetype pages = QString::fromLatin1(bytes).count(
            QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        QVERIFY(!tab.writePdf(dir.filePath(QStringLiteral("no/such/reports.pdf"))));
    }
};

QTEST_MAIN(TestLibraryReports)
#include "tst_libraryreports.moc"
