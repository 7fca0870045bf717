// Adding, editing and deleting directory records through the people page's dialogs.
#include "core/error.h"
#include "core/people/demoschool.h"
#include "core/people/peoplefields.h"
#include "core/people/peoplemodels.h"
#include "core/people/peopleservice.h"
#include "core/people/ui/classestab.h"
#include "core/people/ui/peoplepage.h"
#include "core/people/ui/personeditdialog.h"
#include "core/people/ui/recorddialog.h"
#include "core/people/ui/roomstab.h"
#include "core/people/ui/schoolyearstab.h"
#include "core/people/ui/stafftab.h"
#include "core/people/ui/studentstab.h"
#include "core/search/searchindex.h"
#include "core/ui/listfilterproxy.h"
#include "pageuitest.h"
#include "resources/icons.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace SchoolSuite;
using namespace Qt::StringLiterals;

class TestPeopleEditUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addRoomThroughTheDialog();
    void badCapacityIsNamedAndNothingWritten();
    void editSetsTheHomeroomTeacher();
    void addClassAndDeleteIt();
    void schoolYearAddAndSetCurrent();
    void addStudentNamesTheWrongField();
    void deleteStudentAsksFirst();
    void actionsNeedPeopleEdit();

private:
    static int proxyRowOf(ListPage *page, int column, const QString &text);
    int count(const QString &sql, const QVariantList &bindings = {})
    {
        return m_store->db().scalar(sql, bindings).toInt();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TempStore> m_store;
};

void TestPeopleEditUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = Test::prepareDemoSchool(m_dir, 3);
}

int TestPeopleEditUi::proxyRowOf(ListPage *page, int column, const QString &text)
{
    const QAbstractItemModel *m = page->view()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, column).data().toString() == text)
            return r;
    }
    return -1;
}

void TestPeopleEditUi::addRoomThroughTheDialog()
{
    Session clerk = m_store->as(Role::Clerk);
    PeoplePage page(m_store->store, clerk);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCurrentIndex(PeoplePage::RoomsTabIndex);
    RoomsTab *tab = page.roomsTab();
    QVERIFY(tab->addAction()->isEnabled());
    QCOMPARE(proxyRowOf(tab, RoomsModel::Name, u"录播教室2"_s), -1);
    tab->addAction()->trigger();
    auto *dialog = tab->findChild<RecordDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"录播教室2"_s);
    auto *type = dialog->findChild<QComboBox *>(u"type"_s);
    type->setCurrentIndex(type->findData(u"multimedia"_s));
    dialog->findChild<QLineEdit *>(u"building"_s)->setText(u"实验楼"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"floor"_s), u"3"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"capacity"_s), u"48"_s);
    dialog->findChild<QCheckBox *>(u"multimedia"_s)->setChecked(true);
    dialog->accept();
    QTRY_VERIFY(!tab->findChild<RecordDialog *>());
    QCOMPARE(count(u"SELECT count(*) FROM rooms WHERE name = '录播教室2' AND type = 'multimedia' "
                   "AND floor = 3 AND capacity = 48 AND has_multimedia = 1 AND deleted = 0"_s),
             1);
    const int row = proxyRowOf(tab, RoomsModel::Name, u"录播教室2"_s);
    QVERIFY(row >= 0);
    QCOMPARE(tab->view()->model()->index(row, RoomsModel::Capacity).data().toString(), u"48"_s);
    QCOMPARE(tab->view()->model()->index(row, RoomsModel::Type).data().toString(),
             RoomTypes::title(u"multimedia"_s));
    // Global search knows the new room.
    QVERIFY(!m_store->store.search().search(u"录播教室2"_s).isEmpty());
}

void TestPeopleEditUi::badCapacityIsNamedAndNothingWritten()
{
    Session clerk = m_store->as(Role::Clerk);
    PeoplePage page(m_store->store, clerk);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCurrentIndex(PeoplePage::RoomsTabIndex);
    RoomsTab *tab = page.roomsTab();
    const int rooms = count(u"SELECT count(*) FROM rooms"_s);
    const int changes = count(u"SELECT count(*) FROM outbox"_s);
    RecordDialog *dialog = tab->addRoom();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
    auto *capacity = dialog->findChild<QLineEdit *>(u"capacity"_s);
    name->setText(u"多功能教室9"_s);
    QTest::keyClicks(capacity, u"5000"_s);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().startsWith(u"Capacity"_s), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->focusWidget(), capacity);
    // The input stays for the user to correct.
    QCOMPARE(name->text(), u"多功能教室9"_s);
    QCOMPARE(capacity->text(), u"5000"_s);
    capacity->setText(u"many"_s);
    dialog->accept();
    QVERIFY2(dialog->errorText().startsWith(u"Capacity"_s), qPrintable(dialog->errorText()));
    QCOMPARE(count(u"SELECT count(*) FROM rooms"_s), rooms);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), changes);
    dialog->reject();
}

void TestPeopleEditUi::editSetsTheHomeroomTeacher()
{
    Session clerk = m_store->as(Role::Clerk);
    PeoplePage page(m_store->store, clerk);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCurrentIndex(PeoplePage::ClassesTabIndex);
    ClassesTab *tab = page.classesTab();
    Test::clickRow(tab, 1);
    const QModelIndex index = tab->currentSourceIndex();
    QVERIFY(index.isValid());
    const SchoolClass before = tab->classesModel()->schoolClass(index.row());
    QVERIFY(tab->editAction()->isEnabled());
    tab->editAction()->trigger();
    auto *dialog = tab->findChild<RecordDialog *>();
    QVERIFY(dialog);
    auto *homeroom = dialog->findChild<QComboBox *>(u"homeroom"_s);
    QCOMPARE(homeroom->currentData().toString(), before.homeroomStaffId);
    // Pick a teacher who is not this class's; the combo lists staff by pinyin.
    int pick = -1;
    for (int i = 1; i < homeroom->count() && pick < 0; ++i) {
        if (homeroom->itemData(i).toString() != before.homeroomStaffId)
            pick = i;
    }
    QVERIFY(pick > 0);
    homeroom->setCurrentIndex(pick);
    const QString staffId = homeroom->currentData().toString();
    const QString staffName = PeopleService(m_store->admin()).staffMember(staffId).name;
    dialog->accept();
    QTRY_VERIFY(!tab->findChild<RecordDialog *>());
    QCOMPARE(m_store->db()
                 .scalar(u"SELECT homeroom_staff_id FROM classes WHERE id = ?"_s, {before.id})
                 .toString(),
             staffId);
    // The Classes tab shows the new teacher on the same, still selected row.
    const QModelIndex after = tab->currentSourceIndex();
    QCOMPARE(after.data(PeopleTableModel::IdRole).toString(), before.id);
    QCOMPARE(tab->classesModel()->index(after.row(), ClassesModel::Homeroom).data().toString(),
             staffName);
}

void TestPeopleEditUi::addClassAndDeleteIt()
{
    Session clerk = m_store->as(Role::Clerk);
    PeoplePage page(m_store->store, clerk);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ClassesTab *tab = page.classesTab();
    page.setCurrentIndex(PeoplePage::ClassesTabIndex);
    RecordDialog *dialog = tab->addClass();
    QVERIFY(dialog);
    auto *grade = dialog->findChild<QComboBox *>(u"grade"_s);
    QCOMPARE(grade->count(), 12);
    QCOMPARE(grade->itemText(9), Grades::name(10));
    grade->setCurrentIndex(grade->findData(10));
    dialog->findChild<QSpinBox *>(u"number"_s)->setValue(6);
    dialog->accept();
    QTRY_VERIFY(!tab->findChild<RecordDialog *>());
    const QString name = Grades::className(10, u"6"_s);
    const int row = proxyRowOf(tab, ClassesModel::Name, name);
    QVERIFY(row >= 0);
    // The same class again is refused with a message naming it.
    dialog = tab->addClass();
    dialog->findChild<QComboBox *>(u"grade"_s)->setCurrentIndex(9);
    dialog->findChild<QSpinBox *>(u"number"_s)->setValue(6);
    dialog->accept();
    QVERIFY2(dialog->errorText().contains(name), qPrintable(dialog->errorText()));
    dialog->reject();

    Test::clickRow(tab, row);
    QVERIFY(tab->deleteAction()->isEnabled());
    tab->deleteAction()->trigger();
    auto *confirm = tab->findChild<QMessageBox *>(u"confirm"_s);
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(name));
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(proxyRowOf(tab, ClassesModel::Name, name), -1);
    QCOMPARE(count(u"SELECT deleted FROM classes WHERE grade = 10 AND name = '6'"_s), 1);
}

void TestPeopleEditUi::schoolYearAddAndSetCurrent()
{
    Session clerk = m_store->as(Role::Clerk);
    PeoplePage page(m_store->store, clerk);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCurrentIndex(PeoplePage::SchoolYearsTabIndex);
    SchoolYearsTab *tab = page.schoolYearsTab();
    const int years = tab->schoolYearsModel()->rowCount();
    QVERIFY(years > 0);
    RecordDialog *dialog = tab->addSchoolYear();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
    auto *end = dialog->findChild<QLineEdit *>(u"end"_s);
    name->setText(u"2040-2041"_s);
    dialog->findChild<QLineEdit *>(u"start"_s)->setText(u"2040-09-01"_s);
    end->setText(u"2040-01-01"_s);
    dialog->accept();
    QVERIFY2(dialog->errorText().startsWith(u"End"_s), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->focusWidget(), end);
    end->setText(u"2041-07-10"_s);
    dialog->accept();
    QTRY_VERIFY(!tab->findChild<RecordDialog *>());
    QCOMPARE(tab->schoolYearsModel()->rowCount(), years + 1);
    const int row = proxyRowOf(tab, SchoolYearsModel::Name, u"2040-2041"_s);
    QVERIFY(row >= 0);
    Test::clickRow(tab, row);
    QVERIFY(tab->setCurrentAction()->isEnabled());
    tab->setCurrentAction()->trigger();
    QCOMPARE(count(u"SELECT count(*) FROM school_years WHERE is_current = 1"_s), 1);
    QCOMPARE(count(u"SELECT is_current FROM school_years WHERE name = '2040-2041'"_s), 1);
    const int now = proxyRowOf(tab, SchoolYearsModel::Name, u"2040-2041"_s);
    QCOMPARE(tab->view()->model()->index(now, SchoolYearsModel::Current).data().toString(),
             PeopleText::yesNo(true));
    QVERIFY(!tab->setCurrentAction()->isEnabled()); // it is current now
}

void TestPeopleEditUi::addStudentNamesTheWrongField()
{
    Session clerk = m_store->as(Role::Clerk);
    PeoplePage page(m_store->store, clerk);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StudentsTab *tab = page.studentsTab();
    const int students = count(u"SELECT count(*) FROM students"_s);
    tab->addAction()->trigger();
    auto *dialog = tab->findChild<PersonEditDialog *>();
    QVERIFY(dialog);
    auto *no = dialog->findChild<QLineEdit *>(u"student_no"_s);
    auto *phone = dialog->findChild<QLineEdit *>(u"phone"_s);
    no->setText(u"L220502201301010077"_s);
    dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"钱多多"_s);
    phone->setText(u"123"_s);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().startsWith(PeopleFields::title(PersonKind::Student, u"phone"_s)),
             qPrintable(dialog->errorText()));
    QCOMPARE(dialog->focusWidget(), phone);
    QCOMPARE(count(u"SELECT count(*) FROM students"_s), students);
    phone->setText(u"13800001111"_s);
    dialog->accept();
    QTRY_VERIFY(!tab->findChild<PersonEditDialog *>());
    QCOMPARE(count(u"SELECT count(*) FROM students WHERE student_no = 'L220502201301010077' AND "
                   "name = '钱多多' AND phone = '13800001111' AND class_id IS NOT NULL"_s),
             1);
    tab->filterEdit()->setText(u"钱多多"_s);
    QCOMPARE(tab->visibleCount(), 1);
}

void TestPeopleEditUi::deleteStudentAsksFirst()
{
    Session clerk = m_store->as(Role::Clerk);
    PeoplePage page(m_store->store, clerk);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StudentsTab *tab = page.studentsTab();
    const int shown = tab->visibleCount();
    Test::clickRow(tab, 0);
    const Student s = tab->studentsModel()->student(tab->currentSourceIndex().row());
    tab->deleteAction()->trigger();
    auto *confirm = tab->findChild<QMessageBox *>(u"confirm"_s);
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(s.name), qPrintable(confirm->text()));
    confirm->button(QMessageBox::No)->click();
    QCOMPARE(count(u"SELECT deleted FROM students WHERE id = ?"_s, {s.id}), 0);
    tab->deleteAction()->trigger();
    confirm = tab->findChild<QMessageBox *>(u"confirm"_s);
    QVERIFY(confirm);
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(tab->visibleCount(), shown - 1);
    QCOMPARE(count(u"SELECT deleted FROM students WHERE id = ?"_s, {s.id}), 1);
    QCOMPARE(tab->studentsModel()->rowOfId(s.id), -1);
}

void TestPeopleEditUi::actionsNeedPeopleEdit()
{
    Session teacher = m_store->as(Role::Teacher);
    PeoplePage page(m_store->store, teacher);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    Test::clickRow(page.classesTab(), 0);
    Test::clickRow(page.roomsTab(), 0);
    Test::clickRow(page.studentsTab(), 0);
    const QList<QAction *> actions{page.studentsTab()->addAction(),
                                   page.studentsTab()->deleteAction(),
                                   page.staffTab()->addAction(),
                                   page.staffTab()->deleteAction(),
                                   page.classesTab()->addAction(),
                                   page.classesTab()->editAction(),
                                   page.classesTab()->deleteAction(),
                                   page.roomsTab()->addAction(),
                                   page.roomsTab()->editAction(),
                                   page.roomsTab()->deleteAction(),
                                   page.schoolYearsTab()->addAction(),
                                   page.schoolYearsTab()->setCurrentAction()};
    for (QAction *a : actions)
        QVERIFY2(!a->isEnabled(), qPrintable(a->parent()->objectName() + a->objectName()));
    QVERIFY(!page.roomsTab()->addRoom());

    // A homeroom teacher edits their own class (its room) but adds no classes or rooms.
    const SchoolClass own = PeopleService(m_store->admin()).classes().at(2);
    Session homeroom = m_store->as(Role::HomeroomTeacher, own.homeroomStaffId);
    PeoplePage mine(m_store->store, homeroom);
    mine.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mine));
    ClassesTab *classes = mine.classesTab();
    QVERIFY(!classes->addAction()->isEnabled());
    QVERIFY(!mine.roomsTab()->addAction()->isEnabled());
    classes->selectSourceRow(classes->classesModel()->rowOfId(own.id));
    QVERIFY(classes->editAction()->isEnabled());
    QVERIFY(!classes->deleteAction()->isEnabled());
}

QTEST_MAIN(TestPeopleEditUi)
#include "tst_peopleeditui.moc"
