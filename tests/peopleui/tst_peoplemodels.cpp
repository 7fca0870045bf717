#include "core/people/demoschool.h"
#include "core/people/peoplefields.h"
#include "core/people/peoplemodels.h"
#include "core/people/peopleservice.h"
#include "core/search/pinyin.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace SchoolSuite;
using namespace Qt::StringLiterals;

class TestPeopleModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsPassTheTester();
    void headersNameTheFields();
    void idNumbersAreMasked();
    void librarianSeesNoContactData();
    void namesSortByPinyin();
    void classesSortByGradeAndNumber();
    void filterRoleHoldsPinyinInitials();
    void schoolYearsModelShowsTheCurrentYear();

private:
    QString realIdNumber(const QString &studentId);

    std::unique_ptr<Test::TempStore> m_store;
    DemoSchool::Result m_demo;
};

void TestPeopleModels::initTestCase()
{
    Test::initTestEnvironment();
    m_store = std::make_unique<Test::TempStore>(false);
    m_demo = DemoSchool::create(
        m_store->store, DemoSchool::Size::Small, 7, DemoSchool::defaultPassword());
    QCOMPARE(m_demo.students, 300);
}

QString TestPeopleModels::realIdNumber(const QString &studentId)
{
    return m_store->db()
        .scalar(u"SELECT id_number FROM students WHERE id = ?"_s, {studentId})
        .toString();
}

void TestPeopleModels::modelsPassTheTester()
{
    Session admin = m_store->admin();
    StudentsModel students(admin);
    StaffModel staff(admin);
    ClassesModel classes(admin);
    RoomsModel rooms(admin);
    const QList<QPair<PeopleTableModel *, int>> expected{{&students, m_demo.students},
                                                         {&staff, m_demo.staff},
                                                         {&classes, m_demo.classes},
                                                         {&rooms, m_demo.rooms}};
    for (const auto &[model, rows] : expected) {
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), rows);
        QVERIFY(model->lastError().isEmpty());
        model->reload(); // the tester checks the reset signals
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->rowOfId(model->idAt(rows - 1)), rows - 1);
        QCOMPARE(model->index(0, 0).data(PeopleTableModel::IdRole).toString(), model->idAt(0));
    }
    // The class sizes add up to the students.
    int sum = 0;
    for (int r = 0; r < classes.rowCount(); ++r)
        sum += classes.index(r, ClassesModel::Students).data().toInt();
    QCOMPARE(sum, m_demo.students);
}

void TestPeopleModels::headersNameTheFields()
{
    Session admin = m_store->admin();
    StudentsModel students(admin);
    QCOMPARE(students.columnCount(), 8);
    QCOMPARE(students.headerData(StudentsModel::StudentNo, Qt::Horizontal).toString(),
             PeopleFields::title(PersonKind::Student, u"student_no"_s));
    QCOMPARE(students.headerData(StudentsModel::IdNumber, Qt::Horizontal).toString(),
             PeopleFields::title(PersonKind::Student, u"id_number"_s));
    StaffModel staff(admin);
    QCOMPARE(staff.columnCount(), 7);
    QCOMPARE(staff.headerData(StaffModel::EtTrained, Qt::Horizontal).toString(),
             PeopleFields::title(PersonKind::Staff, u"et_trained"_s));
}

void TestPeopleModels::idNumbersAreMasked()
{
    Session clerk = m_store->as(Role::Clerk);
    StudentsModel students(clerk);
    int withId = 0;
    for (int r = 0; r < students.rowCount(); ++r) {
        const QString shown = students.index(r, StudentsModel::IdNumber).data().toString();
        const QString real = realIdNumber(students.idAt(r));
        if (real.isEmpty())
            continue;
        ++withId;
        QCOMPARE(shown.size(), real.size());
        QVERIFY2(shown != real, qPrintable(shown));
        QCOMPARE(shown.right(4), real.right(4));
        QCOMPARE(shown.left(real.size() - 4), QString(real.size() - 4, u'*'));
    }
    QVERIFY(withId > 250);
}

void TestPeopleModels::librarianSeesNoContactData()
{
    Session librarian = m_store->as(Role::Librarian);
    StudentsModel students(librarian);
    QCOMPARE(students.rowCount(), m_demo.students);
    for (int r = 0; r < students.rowCount(); ++r) {
        QVERIFY(!students.index(r, StudentsModel::Name).data().toString().isEmpty());
        QVERIFY(!students.index(r, StudentsModel::Class).data().toString().isEmpty());
        QCOMPARE(students.index(r, StudentsModel::Phone).data().toString(), QString());
        QCOMPARE(students.index(r, StudentsModel::Guardian).data().toString(), QString());
        QCOMPARE(students.index(r, StudentsModel::BirthDate).data().toString(), QString());
        const QString id = students.index(r, StudentsModel::IdNumber).data().toString();
        QVERIFY2(!id.contains(QRegularExpression(u"\\d{5}"_s)), qPrintable(id));
    }
    StaffModel staff(librarian);
    for (int r = 0; r < staff.rowCount(); ++r)
        QCOMPARE(staff.index(r, StaffModel::Phone).data().toString(), QString());
}

void TestPeopleModels::namesSortByPinyin()
{
    Session admin = m_store->admin();
    StudentsModel students(admin);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&students);
    proxy.setSortRole(PeopleTableModel::SortRole);
    proxy.sort(StudentsModel::Name);
    QStringList surnames;
    QStringList names;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QString name = proxy.index(r, StudentsModel::Name).data().toString();
        names << name;
        surnames << Pinyin::nameSyllables(name).value(0);
    }
    // Surname readings never go backwards: 安 … 张 … 周, not the order of the code points.
    for (int i = 1; i < surnames.size(); ++i)
        QVERIFY2(surnames.at(i - 1) <= surnames.at(i),
                 qPrintable(names.at(i - 1) + u" > "_s + names.at(i)));
    QVERIFY(surnames.first() < surnames.last());
    QStringList byCodePoint = names;
    byCodePoint.sort();
    QVERIFY(byCodePoint != names);
}

void TestPeopleModels::classesSortByGradeAndNumber()
{
    Session admin = m_store->admin();
    ClassesModel classes(admin);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&classes);
    proxy.setSortRole(PeopleTableModel::SortRole);
    proxy.sort(ClassesModel::Name, Qt::DescendingOrder);
    // Descending so the order is the proxy's, not the one the service happened to return.
    QCOMPARE(proxy.index(0, 0).data().toString(),
             classes.index(classes.rowCount() - 1, 0).data().toString());
    QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data().toString(),
             classes.index(0, 0).data().toString());
}

void TestPeopleModels::filterRoleHoldsPinyinInitials()
{
    Session admin = m_store->admin();
    StudentsModel students(admin);
    const QString name = students.index(0, StudentsModel::Name).data().toString();
    const QString filter = students.index(0, 3).data(PeopleTableModel::FilterRole).toString();
    QVERIFY(filter.contains(Pinyin::nameInitials(name)));
    QVERIFY(filter.contains(Pinyin::nameFull(name)));
    QVERIFY(filter.contains(name));
    QVERIFY(
        filter.contains(students.index(0, StudentsModel::StudentNo).data().toString().toLower()));
}

void TestPeopleModels::schoolYearsModelShowsTheCurrentYear()
{
    Test::TempStore fresh;
    Session admin = fresh.admin();
    SchoolYearsModel model(admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(SchoolYearsModel::ColumnCount));
    PeopleService people(admin);
    people.addSchoolYear(u"2025-2026"_s, u"2025-09-01"_s, u"2026-07-10"_s);
    const QString next = people.addSchoolYear(u"2026-2027"_s, u"2026-09-01"_s, u"2027-07-10"_s);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SchoolYearsModel::Name).data().toString(), u"2026-2027"_s);
    QCOMPARE(model.index(0, SchoolYearsModel::Start).data().toString(), u"2026-09-01"_s);
    QCOMPARE(model.index(0, SchoolYearsModel::End).data().toString(), u"2027-07-10"_s);
    QVERIFY(model.index(0, SchoolYearsModel::Current).data().toString().isEmpty());
    QCOMPARE(model.index(1, SchoolYearsModel::Current).data().toString(), PeopleText::yesNo(true));
    people.setCurrentSchoolYear(next);
    model.reload();
    QCOMPARE(model.index(0, SchoolYearsModel::Current).data().toString(), PeopleText::yesNo(true));
    QVERIFY(model.index(1, SchoolYearsModel::Current).data().toString().isEmpty());
    QCOMPARE(model.rowOfId(next), 0);
    QVERIFY(model.index(0, 0).data(PeopleTableModel::FilterRole).toString().contains(u"2026"_s));
    // Every role sees the years (they only read them).
    Session teacher = fresh.as(Role::Teacher);
    SchoolYearsModel viewer(teacher);
    QCOMPARE(viewer.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestPeopleModels)
#include "tst_peoplemodels.moc"
