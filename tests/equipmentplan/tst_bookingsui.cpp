// The bookings and maintenance pages (issue 4, must-haves 3 and 4) as a user sees them: the week
// calendar (tap free periods, book, see the booking in the cell, cancel one's own), the
// double-booked list, the timetable dialog, repair tickets and the home page's due card.
#include "core/people/ui/recorddialog.h"
#include "core/ui/detailpane.h"
#include "core/ui/listpage.h"
#include "equipment/bookings/bookingmodels.h"
#include "equipment/maintenance/maintenancemodels.h"
#include "equipment/ui/bookingcalendar.h"
#include "equipment/ui/bookingitemsdialog.h"
#include "equipment/ui/bookingstab.h"
#include "equipment/ui/maintenancedue.h"
#include "equipment/ui/maintenancetab.h"
#include "equipment/ui/timetabledialog.h"
#include "plantest.h"

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <algorithm>

using namespace SchoolSuite;
using namespace SchoolSuite::Test;

namespace {
// QTest::keyClicks knows ASCII only; an input method delivers Chinese as key events with text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void clickCell(BookingCalendar *view, int row, int column, Qt::KeyboardModifiers mods = {})
{
    const QRect rect = view->visualRect(view->model()->index(row, column));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, mods, rect.center());
}

void clickSave(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

QPushButton *button(QWidget *parent, const char *name)
{
    return parent->findChild<QPushButton *>(QLatin1String(name));
}

// Opens the calendar of the laptops at next week, as a user would.
void showLaptopsNextWeek(BookingsTab &tab, const QString &laptops)
{
    QComboBox *picker = tab.resourcePicker();
    picker->setCurrentIndex(picker->findData(laptops));
    QTest::mouseClick(button(&tab, "thisWeek"), Qt::LeftButton);
    QTest::mouseClick(button(&tab, "nextWeek"), Qt::LeftButton);
    QCOMPARE(tab.weekModel()->monday(), nextMonday());
    QCOMPARE(tab.weekModel()->resourceId(), laptops);
}

// Books periods 3-4 of next Tuesday by tapping the two cells.
void bookTuesday(BookingsTab &tab, const QString &purpose)
{
    BookingCalendar *view = tab.calendar();
    clickCell(view, 2, 1);
    clickCell(view, 3, 1, Qt::ShiftModifier);
    QTest::mouseClick(button(&tab, "book"), Qt::LeftButton);
    auto *dialog = tab.findChild<RecordDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("from"))->currentData().toInt(), 3);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("to"))->currentData().toInt(), 4);
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("purpose")), purpose);
    clickSave(dialog);
    QVERIFY(dialog->errorText().isEmpty());
    QTRY_VERIFY(tab.findChild<RecordDialog *>() == nullptr); // closed and deleted
}
} // namespace

class TestBookingsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initPlanTestEnvironment(); }

    void tapToBook();
    void conflictShownInTheForm();
    void cancelOwnBookingOnly();
    void pastCellsAreNotBookable();
    void doubleBookedListForClerks();
    void timetableDialog();
    void bookableItemsDialog();
    void repairTickets();
    void dueCard();
};

void TestBookingsUi::tapToBook()
{
    PlanStore s;
    BookingsTab tab(s.store, s.teacherZhang);
    QAbstractItemModelTester tester(tab.weekModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    tab.resize(1200, 800);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    // Teachers have no timetable button and no double-booked list.
    QVERIFY(!button(&tab, "timetable"));
    QCOMPARE(tab.findChild<QTabWidget *>(QStringLiteral("bookingViews"))->count(), 2);
    showLaptopsNextWeek(tab, s.laptops);
    bookTuesday(tab, QStringLiteral("公开课"));

    BookingWeekModel *model = tab.weekModel();
    QCOMPARE(model->data(model->index(2, 1)).toString(), QStringLiteral("张伟\n公开课"));
    QCOMPARE(model->stateAt(3, 1), BookingWeekModel::Own);
    QCOMPARE(tab.calendar()->rowSpan(2, 1), 2); // one block over periods 3 and 4
    QCOMPARE(tab.mineModel()->rowCount(), 1);
    const Booking b = BookingService(s.clerk)
                          .bookings(s.laptops, nextMonday(), nextMonday().addDays(6))
                          .first();
    QCOMPARE(b.day, nextMonday().addDays(1));
    QCOMPARE(b.periodFrom, 3);
    QCOMPARE(b.periodTo, 4);
    QCOMPARE(b.purpose, QStringLiteral("公开课"));
    // Tapping the booking shows who has it.
    clickCell(tab.calendar(), 2, 1);
    QCOMPARE(tab.message(), QStringLiteral("张伟, periods 3–4: 公开课"));
}

void TestBookingsUi::conflictShownInTheForm()
{
    PlanStore s;
    {
        BookingsTab tab(s.store, s.teacherZhang);
        tab.show();
        showLaptopsNextWeek(tab, s.laptops);
        bookTuesday(tab, QStringLiteral("公开课"));
    }
    BookingsTab tab(s.store, s.teacherLi);
    tab.resize(1200, 800);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    showLaptopsNextWeek(tab, s.laptops);
    // Booked cells cannot be chosen: a hint, no form.
    clickCell(tab.calendar(), 3, 1);
    QCOMPARE(tab.bookSelection(), nullptr);
    QCOMPARE(tab.message(), QStringLiteral("Choose free periods of one day first."));
    // Period 5 is free; stretching the form back to period 4 is refused, naming Zhang.
    clickCell(tab.calendar(), 4, 1);
    RecordDialog *dialog = tab.bookSelection();
    QVERIFY(dialog);
    auto *from = dialog->findChild<QComboBox *>(QStringLiteral("from"));
    from->setCurrentIndex(from->findData(4));
    clickSave(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->errorText(), QStringLiteral("Already booked by 张伟: periods 3–4"));
    from->setCurrentIndex(from->findData(5));
    clickSave(dialog);
    QTRY_VERIFY(tab.findChild<RecordDialog *>() == nullptr);
    QCOMPARE(tab.weekModel()->data(tab.weekModel()->index(4, 1)).toString(),
             QStringLiteral("李娜"));
    QCOMPARE(tab.weekModel()->stateAt(4, 1), BookingWeekModel::Own);
    QCOMPARE(tab.weekModel()->stateAt(3, 1), BookingWeekModel::Booked);
}

void TestBookingsUi::cancelOwnBookingOnly()
{
    PlanStore s;
    BookingService(s.teacherZhang)
        .book({s.laptops, false, nextMonday().addDays(1), 3, 4, QStringLiteral("公开课"), {}});
    {
        BookingsTab tab(s.store, s.teacherLi);
        tab.show();
        showLaptopsNextWeek(tab, s.laptops);
        clickCell(tab.calendar(), 2, 1);
        QVERIFY(!button(&tab, "cancelBooking")->isEnabled());
    }
    BookingsTab tab(s.store, s.teacherZhang);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    showLaptopsNextWeek(tab, s.laptops);
    clickCell(tab.calendar(), 3, 1);
    QPushButton *cancel = button(&tab, "cancelBooking");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *ask = tab.findChild<QMessageBox *>();
    QVERIFY(ask);
    QVERIFY(ask->text().contains(QStringLiteral("张伟")));
    QTest::mouseClick(ask->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(tab.weekModel()->stateAt(2, 1), BookingWeekModel::Free);
    QVERIFY(tab.weekModel()->data(tab.weekModel()->index(2, 1)).toString().isEmpty());
    QCOMPARE(tab.mineModel()->rowCount(), 0);
}

void TestBookingsUi::pastCellsAreNotBookable()
{
    PlanStore s;
    BookingsTab tab(s.store, s.teacherZhang);
    tab.show();
    QComboBox *picker = tab.resourcePicker();
    picker->setCurrentIndex(picker->findData(s.lab));
    QTest::mouseClick(button(&tab, "previousWeek"), Qt::LeftButton);
    QCOMPARE(tab.weekModel()->stateAt(0, 0), BookingWeekModel::Past);
    clickCell(tab.calendar(), 0, 0);
    QCOMPARE(tab.bookSelection(), nullptr);
    QVERIFY(
        BookingService(s.clerk).bookings(s.lab, QDate(2000, 1, 1), QDate(2100, 1, 1)).isEmpty());
}

void TestBookingsUi::doubleBookedListForClerks()
{
    PlanStore s;
    const QDate day = nextMonday();
    BookingService(s.teacherZhang).book({s.lab, true, day, 1, 2, QStringLiteral("A"), {}});
    s.db().transaction([&] {
        s.db().exec(QStringLiteral("UPDATE sync_clock SET applying = 1"));
        s.db().exec(QStringLiteral("INSERT INTO equipment_bookings (id, school_id, hlc, "
                                   "created_at, updated_at, room_id, booked_on, period_from, "
                                   "period_to, staff_id, booked_by) VALUES (?, ?, 1, "
                                   "'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', ?, ?, 2, 2, "
                                   "?, 'li')"),
                    {Uuid::v7(), s.store.schoolId(), s.lab, day.toString(Qt::ISODate), s.li});
        s.db().exec(QStringLiteral("UPDATE sync_clock SET applying = 0"));
    });
    BookingsTab tab(s.store, s.clerk);
    tab.resize(1200, 800);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *views = tab.findChild<QTabWidget *>(QStringLiteral("bookingViews"));
    QCOMPARE(views->count(), 3);
    QCOMPARE(views->tabText(2), QStringLiteral("Double-booked (1)"));
    QCOMPARE(tab.doubleBookedModel()->rowCount(), 2);
    views->setCurrentIndex(2);
    auto *list = tab.findChild<QTableView *>(QStringLiteral("doubleBooked"));
    list->selectRow(1);
    const QString second = tab.doubleBookedModel()->booking(1).id;
    QTest::mouseClick(button(&tab, "cancelDouble"), Qt::LeftButton);
    auto *ask = tab.findChild<QMessageBox *>();
    QVERIFY(ask);
    QTest::mouseClick(ask->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(tab.doubleBookedModel()->rowCount(), 0);
    QCOMPARE(views->tabText(2), QStringLiteral("Double-booked"));
    QVERIFY(BookingService(s.clerk).booking(second).cancelled);
}

void TestBookingsUi::timetableDialog()
{
    PlanStore s;
    BookingsTab tab(s.store, s.clerk);
    tab.show();
    TimetableDialog *dialog = tab.editTimetable();
    QVERIFY(dialog);
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), 8);
    table->item(2, 2)->setText(QStringLiteral("9:20"));
    clickSave(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->errorText(),
             QStringLiteral("Period 3 (09:20–10:40) overlaps period 2 (08:50–09:30)."));
    table->item(2, 2)->setText(QStringLiteral("9:40"));
    table->item(2, 1)->setText(QStringLiteral("大课间后"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addPeriod")),
                      Qt::LeftButton);
    QCOMPARE(table->rowCount(), 9);
    QCOMPARE(table->item(8, 0)->text(), QStringLiteral("9"));
    QCOMPARE(table->item(8, 2)->text(), QStringLiteral("17:20"));
    clickSave(dialog);
    QTRY_VERIFY(tab.findChild<TimetableDialog *>() == nullptr);
    QCOMPARE(tab.weekModel()->rowCount(), 9);
    QCOMPARE(tab.weekModel()->headerData(2, Qt::Vertical).toString(),
             QStringLiteral("大课间后\n09:40–10:40"));
}

void TestBookingsUi::bookableItemsDialog()
{
    PlanStore s;
    BookingsTab tab(s.store, s.clerk);
    tab.show();
    QVERIFY(tab.resourcePicker()->findData(s.desktop) < 0);
    BookingItemsDialog *dialog = tab.editBookableItems();
    QVERIFY(dialog);
    QListWidget *list = dialog->list();
    QCOMPARE(list->count(), 4);
    // The default rule: laptops and the portable projector ticked.
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);   // T001-000001 laptops
    QCOMPARE(list->item(2)->checkState(), Qt::Unchecked); // T001-000003 desktop
    QCOMPARE(list->item(3)->checkState(), Qt::Unchecked); // T001-000004 fixed projector
    typeText(dialog->filter(), QStringLiteral("jsts"));   // 教师台式机 by its initials
    QVERIFY(!list->item(2)->isHidden());
    QVERIFY(list->item(0)->isHidden());
    list->item(2)->setCheckState(Qt::Checked);
    list->item(1)->setCheckState(Qt::Unchecked); // hidden rows keep their ticks too
    clickSave(dialog);
    QTRY_VERIFY(tab.findChild<BookingItemsDialog *>() == nullptr);
    QVERIFY(tab.resourcePicker()->findData(s.desktop) >= 0);
    QVERIFY(tab.resourcePicker()->findData(s.projector) < 0);
    QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM equipment_items WHERE bookable IS NOT "
                                    "NULL")),
             2); // only the changed items carry a decision
}

void TestBookingsUi::repairTickets()
{
    PlanStore s;
    {
        // A teacher reports by typing (or scanning) the tag.
        MaintenanceTab tab(s.store, s.teacherZhang);
        tab.show();
        RecordDialog *dialog = tab.reportFault();
        QVERIFY(dialog);
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("tag")),
                 QStringLiteral("T001-000002"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("found"))->text(),
                 QStringLiteral("便携投影仪"));
        typeText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("fault")),
                 QStringLiteral("不亮了"));
        clickSave(dialog);
        QTRY_VERIFY(tab.findChild<RecordDialog *>() == nullptr);
        QCOMPARE(tab.repairsModel()->rowCount(), 1);
        QVERIFY(
            !tab.repairsPage()->findChild<QAction *>(QStringLiteral("startRepair"))->isEnabled());
    }
    MaintenanceTab tab(s.store, s.clerk);
    QAbstractItemModelTester tester(tab.repairsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    tab.resize(1200, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QVERIFY(tab.repairsPage()->selectSourceRow(0));
    auto *detail = tab.repairsPage()->findChild<DetailPane *>();
    QCOMPARE(detail->value(QStringLiteral("fault")), QStringLiteral("不亮了"));
    RecordDialog *send = tab.startRepair();
    QVERIFY(send);
    typeText(send->findChild<QLineEdit *>(QStringLiteral("vendor")), QStringLiteral("县电教站"));
    clickSave(send);
    QTRY_VERIFY(tab.findChild<RecordDialog *>() == nullptr);
    QCOMPARE(s.status(s.projector), QStringLiteral("repair"));
    QVERIFY(tab.repairsPage()->selectSourceRow(0));
    QCOMPARE(detail->value(QStringLiteral("itemStatus")),
             AssetKeys::statusTitle(AssetStatus::Repair));
    QCOMPARE(detail->value(QStringLiteral("vendor")), QStringLiteral("县电教站"));

    RecordDialog *done = tab.finishRepair();
    QVERIFY(done);
    typeText(done->findChild<QLineEdit *>(QStringLiteral("resolution")),
             QStringLiteral("更换灯泡"));
    typeText(done->findChild<QLineEdit *>(QStringLiteral("cost")), QStringLiteral("abc"));
    clickSave(done);
    QVERIFY(done->isVisible());
    QCOMPARE(done->errorText(), QStringLiteral("Cost: \"abc\" is not an amount in yuan."));
    done->findChild<QLineEdit *>(QStringLiteral("cost"))->setText(QStringLiteral("350.5"));
    clickSave(done);
    QTRY_VERIFY(tab.findChild<RecordDialog *>() == nullptr);
    QCOMPARE(s.status(s.projector), QStringLiteral("in_use"));
    QVERIFY(tab.repairsPage()->selectSourceRow(0));
    QCOMPARE(detail->value(QStringLiteral("cost")), QStringLiteral("350.50"));
    QCOMPARE(
        tab.repairsModel()->data(tab.repairsModel()->index(0, RepairsModel::Status)).toString(),
        QStringLiteral("Done"));
}

void TestBookingsUi::dueCard()
{
    PlanStore s;
    MaintenanceDueWidget card(s.store, s.teacherLi);
    card.resize(400, 300);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QVERIFY(card.isNothingDue());
    QVERIFY(card.findChild<QLabel *>(QStringLiteral("summary"))
                ->text()
                .startsWith(QStringLiteral("Nothing due")));
    QVERIFY(card.lines().isEmpty());

    MaintenanceService clerk(s.clerk);
    const QDate today = QDate::currentDate();
    MaintenancePlan lamp;
    lamp.task = QStringLiteral("更换灯泡");
    lamp.everyMonths = 6;
    lamp.startsOn = today.addMonths(-7);
    lamp.itemId = s.projector;
    const QString planId = clerk.addPlan(lamp);
    MaintenanceService(s.teacherZhang).reportFault(s.laptops, QStringLiteral("键盘坏"));
    card.reload();
    QCOMPARE(card.overdueCount(), 1);
    QCOMPARE(card.openRepairCount(), 1);
    QCOMPARE(card.findChild<QLabel *>(QStringLiteral("summary"))->text(),
             QStringLiteral("1 overdue · 1 open repair(s)"));
    QCOMPARE(card.lines().size(), 2);
    QVERIFY(card.lines().at(0).contains(QStringLiteral("更换灯泡: 便携投影仪 (T001-000002)")));
    QVERIFY(card.lines().at(1).contains(QStringLiteral("键盘坏")));
    // Narrow, the lines stay one line each, one under the other, the whole text in the tooltip.
    card.resize(220, card.sizeHint().height());
    QTest::qWait(50);
    QList<QLabel *> shown;
    for (QLabel *l : card.findChildren<QLabel *>()) {
        if (card.lines().contains(l->text()))
            shown << l;
    }
    QCOMPARE(shown.size(), 2);
    std::sort(shown.begin(), shown.end(), [](QLabel *a, QLabel *b) { return a->y() < b->y(); });
    QVERIFY(shown.at(0)->geometry().bottom() < shown.at(1)->geometry().top());
    for (QLabel *l : std::as_const(shown)) {
        QVERIFY(l->height() >= l->fontMetrics().height());
        QCOMPARE(l->toolTip(), l->text());
        QVERIFY(l->geometry().bottom() <= card.height());
    }

    // The clerk marks it done in the maintenance tab's due list: the card empties.
    MaintenanceTab tab(s.store, s.clerk);
    tab.show();
    tab.showDueList();
    QCOMPARE(tab.dueModel()->rowCount(), 1);
    QVERIFY(tab.duePage()->selectSourceRow(0));
    RecordDialog *done = tab.markDone();
    QVERIFY(done);
    clickSave(done);
    QTRY_VERIFY(tab.findChild<RecordDialog *>() == nullptr);
    QCOMPARE(tab.dueModel()->rowCount(), 0);
    QCOMPARE(clerk.records(planId).size(), 1);
    card.reload();
    QCOMPARE(card.overdueCount(), 0);
    QSignalSpy open(&card, &MaintenanceDueWidget::openRequested);
    QTest::mouseClick(card.findChild<QPushButton *>(QStringLiteral("openMaintenance")),
                      Qt::LeftButton);
    QCOMPARE(open.count(), 1);
}

QTEST_MAIN(TestBookingsUi)
#include "tst_bookingsui.moc"
