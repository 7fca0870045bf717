#include "core/error.h"
#include "core/io/tabularreader.h"
#include "core/people/demoschool.h"
#include "core/people/peoplefields.h"
#include "core/people/peoplemodels.h"
#include "core/people/ui/classestab.h"
#include "core/people/ui/peoplepage.h"
#include "core/people/ui/personeditdialog.h"
#include "core/people/ui/stafftab.h"
#include "core/people/ui/studentstab.h"
#include "core/people/validators.h"
#include "core/search/pinyin.h"
#include "core/search/searchindex.h"
#include "core/ui/detailpane.h"
#include "core/ui/importwizard.h"
#include "core/ui/listfilterproxy.h"
#include "pageuitest.h"
#include "resources/icons.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace SchoolSuite;
using namespace Qt::StringLiterals;

class TestPeoplePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterNarrowsTheList();
    void pinyinInitialsFindAStudent();
    void classFilterShowsOneClass();
    void selectingShowsTheDetail();
    void librarianSeesNoSensitiveData();
    void revealShowsAndAuditsTheIdNumber();
    void editNamesTheWrongField();
    void openRecordSelectsTheRow();
    void exportWritesEveryStudent();
    void importWithABadRowChangesNothing();
    void importAddsTheStudents();

private:
    static QString idNumber(const QString &first17);
    QString writeCsv(const QString &name, const QStringList &lines);
    // QTest::keyClicks takes Latin-1 only; Chinese arrives as key events carrying text.
    static void typeText(QWidget *widget, const QString &text);
    int count(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TempStore> m_store;
};

void TestPeoplePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = Test::prepareDemoSchool(m_dir, 11);
}

QString TestPeoplePage::idNumber(const QString &first17)
{
    return first17 + Validators::idCheckCharacter(first17);
}

QString TestPeoplePage::writeCsv(const QString &name, const QStringList &lines)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(lines.join(u"\r\n"_s).toUtf8());
    return path;
}

void TestPeoplePage::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

int TestPeoplePage::count(const QString &sql)
{
    return m_store->db().scalar(sql).toInt();
}

void TestPeoplePage::filterNarrowsTheList()
{
    Session admin = m_store->admin();
    PeoplePage page(m_store->store, admin);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StudentsTab *tab = page.studentsTab();
    const int total = count(u"SELECT count(*) FROM students WHERE deleted = 0"_s);
    QCOMPARE(tab->countLabel()->text(),
             QCoreApplication::translate("SchoolSuite::ListPage", "%n record(s)", nullptr, total));

    // Ctrl+F puts the cursor into the filter box.
    tab->view()->setFocus();
    QTest::keyClick(tab->view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(tab->filterEdit()->hasFocus());

    const QString name = tab->studentsModel()->index(10, StudentsModel::Name).data().toString();
    typeText(tab->filterEdit(), name);
    const int shown = tab->view()->model()->rowCount();
    QVERIFY(shown >= 1);
    QVERIFY(shown < total);
    QCOMPARE(tab->countLabel()->text(), u"%1 of %2"_s.arg(shown).arg(total));
    bool found = false;
    for (int r = 0; r < shown; ++r) {
        QStringList cells;
        for (int c = 0; c < tab->view()->model()->columnCount(); ++c)
            cells << tab->view()->model()->index(r, c).data().toString();
        QVERIFY2(cells.join(u' ').contains(name), qPrintable(cells.join(u' ')));
        found = found || cells.at(StudentsModel::Name) == name;
    }
    QVERIFY(found);

    // Escape clears the filter.
    QTest::keyClick(tab->filterEdit(), Qt::Key_Escape);
    QCOMPARE(tab->filterEdit()->text(), QString());
    QCOMPARE(tab->view()->model()->rowCount(), total);
}

void TestPeoplePage::pinyinInitialsFindAStudent()
{
    Session admin = m_store->admin();
    PeoplePage page(m_store->store, admin);
    StudentsTab *tab = page.studentsTab();
    const QString name = tab->studentsModel()->index(20, StudentsModel::Name).data().toString();
    const QString no = tab->studentsModel()->index(20, StudentsModel::StudentNo).data().toString();
    QTest::keyClicks(tab->filterEdit(), Pinyin::nameInitials(name) + u' ' + no.right(6));
    QCOMPARE(tab->view()->model()->rowCount(), 1);
    QCOMPARE(tab->view()->model()->index(0, StudentsModel::Name).data().toString(), name);
}

void TestPeoplePage::classFilterShowsOneClass()
{
    Session admin = m_store->admin();
    PeoplePage page(m_store->store, admin);
    StudentsTab *tab = page.studentsTab();
    QComboBox *classes = tab->classFilter();
    QVERIFY(classes->count() > 2);
    classes->setCurrentIndex(2);
    const QString className = classes->currentText();
    const int shown = tab->view()->model()->rowCount();
    QVERIFY(shown > 0);
    for (int r = 0; r < shown; ++r)
        QCOMPARE(tab->view()->model()->index(r, StudentsModel::Class).data().toString(), className);
    // The classes tab counts the same students.
    ListPage *classesTab = page.classesTab();
    bool matched = false;
    for (int r = 0; r < classesTab->model()->rowCount(); ++r) {
        if (classesTab->model()->index(r, ClassesModel::Name).data().toString() == className) {
            QCOMPARE(classesTab->model()->index(r, ClassesModel::Students).data().toInt(), shown);
            matched = true;
        }
    }
    QVERIFY(matched);
}

void TestPeoplePage::selectingShowsTheDetail()
{
    Session admin = m_store->admin();
    PeoplePage page(m_store->store, admin);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StudentsTab *tab = page.studentsTab();
    QVERIFY(tab->detailPane()->findChild<QLabel *>(u"placeholder"_s)->isVisible());
    Test::clickRow(tab, 3, 1);
    const QString name = tab->view()->model()->index(3, StudentsModel::Name).data().toString();
    const QString phone = tab->view()->model()->index(3, StudentsModel::Phone).data().toString();
    QCOMPARE(tab->detailPane()->findChild<QLabel *>(u"heading"_s)->text(), name);
    QVERIFY(tab->detailPane()->findChild<QLabel *>(u"heading"_s)->isVisible());
    QCOMPARE(tab->detailPane()->value(u"phone"_s), phone);
    QVERIFY(!phone.isEmpty());
    QTRY_VERIFY(tab->detailPane()->findChild<QLabel *>(u"value_phone"_s)->isVisible());
    QVERIFY(tab->revealButton()->isEnabled());
    QVERIFY(tab->editAction()->isEnabled());

    if (qEnvironmentVariableIsSet("SCHOOLSUITE_SCREENSHOT_DIR")) {
        const QString dir = qEnvironmentVariable("SCHOOLSUITE_SCREENSHOT_DIR");
        page.grab().save(dir + u"/peoplepage.png"_s);
        page.setCurrentIndex(PeoplePage::ClassesTabIndex);
        Test::clickRow(page.classesTab(), 0, 1);
        QCoreApplication::processEvents();
        page.grab().save(dir + u"/peoplepage-classes.png"_s);
    }
}

void TestPeoplePage::librarianSeesNoSensitiveData()
{
    Session librarian = m_store->as(Role::Librarian);
    PeoplePage page(m_store->store, librarian);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StudentsTab *tab = page.studentsTab();
    QVERIFY(tab->view()->model()->rowCount() > 0);
    Test::clickRow(tab, 0, 1);
    QVERIFY(!tab->detailPane()->value(u"student_no"_s).isEmpty());
    QVERIFY(!tab->revealButton()->isEnabled());
    QVERIFY(!tab->editAction()->isEnabled());
    QVERIFY(!tab->importAction()->isEnabled());
    QVERIFY(!tab->exportAction()->isEnabled());
    QCOMPARE(tab->detailPane()->value(u"phone"_s), QString());
    for (int r = 0; r < tab->view()->model()->rowCount(); ++r) {
        QCOMPARE(tab->view()->model()->index(r, StudentsModel::Phone).data().toString(), QString());
        QCOMPARE(tab->view()->model()->index(r, StudentsModel::IdNumber).data().toString(),
                 QString());
    }
}

void TestPeoplePage::revealShowsAndAuditsTheIdNumber()
{
    Session clerk = m_store->as(Role::Clerk);
    PeoplePage page(m_store->store, clerk);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StudentsTab *tab = page.studentsTab();
    Test::clickRow(tab, 5, 1);
    const QModelIndex current = tab->currentSourceIndex();
    QVERIFY(current.isValid());
    const QString id = current.data(PeopleTableModel::IdRole).toString();
    const QString real
        = m_store->db().scalar(u"SELECT id_number FROM students WHERE id = ?"_s, {id}).toString();
    QVERIFY(!real.isEmpty());
    const QString masked = tab->detailPane()->value(u"id_number"_s);
    QVERIFY(masked.startsWith(u"****"_s));
    QCOMPARE(masked.right(4), real.right(4));

    const int audits = count(u"SELECT count(*) FROM audit_log WHERE action = 'reveal'"_s);
    QVERIFY(tab->revealButton()->isEnabled());
    QTest::mouseClick(tab->revealButton(), Qt::LeftButton);
    QCOMPARE(tab->detailPane()->value(u"id_number"_s), real);
    QVERIFY(!tab->revealButton()->isEnabled());
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'reveal'"_s), audits + 1);
    // Another row goes back to the masked number.
    Test::clickRow(tab, 6, 1);
    QVERIFY(tab->detailPane()->value(u"id_number"_s).startsWith(u"****"_s));
}

void TestPeoplePage::editNamesTheWrongField()
{
    Session clerk = m_store->as(Role::Clerk);
    PeoplePage page(m_store->store, clerk);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StudentsTab *tab = page.studentsTab();
    Test::clickRow(tab, 2, 1);
    const QString id = tab->currentSourceIndex().data(PeopleTableModel::IdRole).toString();
    // Enter on the row opens the editor.
    QTest::keyClick(tab->view(), Qt::Key_Return);
    auto *dialog = tab->findChild<PersonEditDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *phone = dialog->findChild<QLineEdit *>(u"phone"_s);
    QVERIFY(phone);
    phone->setText(u"123"_s);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(PeopleFields::title(PersonKind::Student, u"phone"_s)),
             qPrintable(dialog->errorText()));
    QCOMPARE(dialog->focusWidget(), phone);

    phone->setText(u"13912345678"_s);
    dialog->accept();
    QTRY_VERIFY(!tab->findChild<PersonEditDialog *>());
    QCOMPARE(m_store->db().scalar(u"SELECT phone FROM students WHERE id = ?"_s, {id}).toString(),
             u"13912345678"_s);
    // The list was reloaded and the same student is still selected and shown.
    QCOMPARE(tab->currentSourceIndex().data(PeopleTableModel::IdRole).toString(), id);
    QCOMPARE(tab->detailPane()->value(u"phone"_s), u"13912345678"_s);
}

void TestPeoplePage::openRecordSelectsTheRow()
{
    Session admin = m_store->admin();
    PeoplePage page(m_store->store, admin);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StaffModel *staff = page.staffTab()->staffModel();
    const QString id = staff->idAt(4);
    const QString name = staff->index(4, StaffModel::Name).data().toString();
    QVERIFY(page.openRecord(u"staff"_s, id));
    QCOMPARE(page.currentWidget(), page.staffTab());
    QCOMPARE(page.staffTab()->detailPane()->findChild<QLabel *>(u"heading"_s)->text(), name);
    QVERIFY(!page.openRecord(u"student"_s, u"no-such-id"_s));
}

void TestPeoplePage::exportWritesEveryStudent()
{
    Session admin = m_store->admin();
    PeoplePage page(m_store->store, admin);
    const QString path = m_dir.filePath(u"export.csv"_s);
    const int n = page.exportTo(PersonKind::Student, path);
    const Table table = TabularReader::read(path);
    QCOMPARE(n, count(u"SELECT count(*) FROM students WHERE deleted = 0"_s));
    QCOMPARE(table.rowCount(), n);
    QVERIFY(table.header.contains(u"学籍号"_s));
}

void TestPeoplePage::importWithABadRowChangesNothing()
{
    Session clerk = m_store->as(Role::Clerk);
    PeoplePage page(m_store->store, clerk);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString good = idNumber(u"22050220120315123"_s);
    QString bad = idNumber(u"22050220120316124"_s);
    bad[17] = bad[17] == u'1' ? u'2' : u'1';
    const QString path
        = writeCsv(u"bad.csv"_s,
                   {u"学籍号,姓名,性别,年级,班级,身份证号"_s,
                    u"G%1,欧阳新生,男,七年级,1班,%1"_s.arg(good),
                    u"G%1,测试二,女,七年级,1班,%2"_s.arg(idNumber(bad.left(17)), bad)});
    const int before = count(u"SELECT count(*) FROM students"_s);

    ImportWizard *wizard = page.openImportWizard(PersonKind::Student);
    QVERIFY(wizard->isVisible());
    wizard->setFilePath(path);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(wizard->findChild<QComboBox *>(u"mapping_0"_s)->currentData().toString(),
             u"student_no"_s);
    QCOMPARE(wizard->findChild<QComboBox *>(u"mapping_5"_s)->currentData().toString(),
             u"id_number"_s);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));

    auto *issues = wizard->findChild<QTreeWidget *>(u"issues"_s);
    QVERIFY(issues->isVisible());
    QVERIFY(issues->topLevelItemCount() >= 1);
    bool named = false;
    for (int i = 0; i < issues->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = issues->topLevelItem(i);
        QCOMPARE(item->text(0), u"3"_s); // the header is row 1
        named = named || item->text(1) == PeopleFields::title(PersonKind::Student, u"id_number"_s);
    }
    QVERIFY(named);
    auto *preview = wizard->findChild<QTableWidget *>(u"preview"_s);
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->verticalHeaderItem(1)->text(), u"3"_s);
    QVERIFY(preview->item(1, 0)->background().style() != Qt::NoBrush);
    QCOMPARE(preview->item(0, 0)->background().style(), Qt::NoBrush);
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(wizard->findChild<QLabel *>(u"summary"_s)->text().contains(u"problem"_s));
    if (qEnvironmentVariableIsSet("SCHOOLSUITE_SCREENSHOT_DIR"))
        wizard->grab().save(qEnvironmentVariable("SCHOOLSUITE_SCREENSHOT_DIR")
                            + u"/importwizard.png"_s);

    wizard->reject();
    QCOMPARE(count(u"SELECT count(*) FROM students"_s), before);
}

void TestPeoplePage::importAddsTheStudents()
{
    Session clerk = m_store->as(Role::Clerk);
    PeoplePage page(m_store->store, clerk);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StudentsTab *tab = page.studentsTab();
    const int before = tab->studentsModel()->rowCount();
    const QString first = idNumber(u"22050220120315123"_s);
    const QString second = idNumber(u"22050220120316124"_s);
    // Columns in another order, with English headers and one the import does not know.
    const QString path = writeCsv(u"good.csv"_s,
                                  {u"Name,Student No,Remarks,Grade,Class,ID number"_s,
                                   u"欧阳新生,G%1,转学,七年级,1班,%1"_s.arg(first),
                                   u"司马新同学,G%1,,七年级,2班,%1"_s.arg(second)});

    ImportWizard *wizard = page.openImportWizard(PersonKind::Student);
    wizard->setFilePath(path);
    wizard->next();
    QCOMPARE(wizard->findChild<QComboBox *>(u"mapping_2"_s)->currentData().toString(), QString());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QVERIFY2(wizard->lastReport().issues.isEmpty(),
             qPrintable(wizard->lastReport().issues.value(0).message));
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(wizard->findChild<QTreeWidget *>(u"issues"_s)->isHidden());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::DonePage));
    QVERIFY(wizard->wasImported());
    QCOMPARE(wizard->findChild<QLabel *>(u"result"_s)->text(),
             u"Added: 2. Updated: 0. Unchanged: 0."_s);

    // The page reloaded: the new students are listed and found by search.
    QCOMPARE(tab->studentsModel()->rowCount(), before + 2);
    QTest::keyClicks(tab->filterEdit(), u"oyxs"_s);
    QCOMPARE(tab->view()->model()->rowCount(), 1);
    QCOMPARE(tab->view()->model()->index(0, StudentsModel::Name).data().toString(), u"欧阳新生"_s);
    const QList<SearchHit> hits = m_store->store.search().search(u"司马新"_s);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().title, u"司马新同学"_s);
    QVERIFY(page.openRecord(hits.first().kind, hits.first().id));
    QCOMPARE(tab->detailPane()->findChild<QLabel *>(u"heading"_s)->text(), u"司马新同学"_s);
    wizard->accept();
}

QTEST_MAIN(TestPeoplePage)
#include "tst_peoplepage.moc"
