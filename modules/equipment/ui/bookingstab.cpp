#include "bookingstab.h"

#include "bookingcalendar.h"
#include "bookingitemsdialog.h"
#include "core/app/localstore.h"
#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/peopleservice.h"
#include "core/people/ui/recorddialog.h"
#include "equipment/bookings/bookingmodels.h"
#include "equipment/bookings/bookingservice.h"
#include "equipment/bookings/timetable.h"
#include "timetabledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
constexpr int IsRoomRole = Qt::UserRole + 1;

QLabel *legendChip(const QString &text, const QColor &color)
{
    auto *label = new QLabel(text);
    label->setAutoFillBackground(true);
    QPalette p = label->palette();
    p.setColor(QPalette::Window, color);
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    label->setPalette(p);
    label->setContentsMargins(6, 2, 6, 2);
    return label;
}

QTableView *listView(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() * 2);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString dayText(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("yyyy-MM-dd dddd"));
}
} // namespace

BookingsTab::BookingsTab(LocalStore &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_week(new BookingWeekModel(session, this))
    , m_mine(new BookingListModel(false, this))
    , m_clashes(new BookingListModel(true, this))
{
    setObjectName(QStringLiteral("bookingsTab"));
    auto *top = new QHBoxLayout;
    m_resource = new QComboBox;
    m_resource->setObjectName(QStringLiteral("resource"));
    m_resource->setMinimumContentsLength(24);
    m_resource->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *resourceLabel = new QLabel(tr("&Equipment or room:"));
    resourceLabel->setBuddy(m_resource);
    top->addWidget(resourceLabel);
    top->addWidget(m_resource, 1);
    const auto button = [this](const QString &icon, const QString &text, const QString &name) {
        auto *b = new QPushButton(QIcon::fromTheme(icon), text, this);
        b->setObjectName(name);
        b->setMinimumHeight(36);
        return b;
    };
    QPushButton *previous = button(
        QStringLiteral("go-previous"), tr("Previous week"), QStringLiteral("previousWeek"));
    QPushButton *current
        = button(QStringLiteral("go-jump-today"), tr("This week"), QStringLiteral("thisWeek"));
    QPushButton *next
        = button(QStringLiteral("go-next"), tr("Next week"), QStringLiteral("nextWeek"));
    m_weekLabel = new QLabel;
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    QFont bold = m_weekLabel->font();
    bold.setBold(true);
    m_weekLabel->setFont(bold);
    m_weekend = new QCheckBox(tr("Weekend"));
    m_weekend->setObjectName(QStringLiteral("weekend"));
    top->addSpacing(12);
    top->addWidget(previous);
    top->addWidget(m_weekLabel);
    top->addWidget(next);
    top->addWidget(current);
    top->addWidget(m_weekend);
    if (m_session.can(Permission::EquipmentEdit)) {
        QPushButton *timetable = button(
            QStringLiteral("view-calendar"), tr("Timetable…"), QStringLiteral("timetable"));
        QPushButton *items = button(QStringLiteral("configure"),
                                    tr("Bookable equipment…"),
                                    QStringLiteral("bookableItems"));
        top->addWidget(timetable);
        top->addWidget(items);
        connect(timetable, &QPushButton::clicked, this, &BookingsTab::editTimetable);
        connect(items, &QPushButton::clicked, this, &BookingsTab::editBookableItems);
    }

    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("bookingViews"));
    m_views->addTab(buildCalendarPage(), tr("Calendar"));
    m_views->addTab(buildMinePage(), tr("My bookings"));
    if (m_session.can(Permission::EquipmentEdit))
        m_views->addTab(buildDoubleBookedPage(), tr("Double-booked"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_views, 1);

    connect(m_resource, &QComboBox::currentIndexChanged, this, [this] {
        m_week->setResource(m_resource->currentData().toString());
        updateActions();
    });
    connect(previous, &QPushButton::clicked, this, &BookingsTab::previousWeek);
    connect(next, &QPushButton::clicked, this, &BookingsTab::nextWeek);
    connect(current, &QPushButton::clicked, this, &BookingsTab::thisWeek);
    connect(m_weekend, &QCheckBox::toggled, this, [this](bool on) { m_week->setShowWeekend(on); });
    connect(m_week, &QAbstractItemModel::modelReset, this, [this] {
        updateWeekLabel();
        updateActions();
        if (!m_week->lastError().isEmpty())
            showMessage(m_week->lastError(), true);
    });
    reload();
}

QWidget *BookingsTab::buildCalendarPage()
{
    auto *page = new QWidget;
    m_calendar = new BookingCalendar(m_week, page);
    m_book = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Book…"), page);
    m_book->setObjectName(QStringLiteral("book"));
    m_cancel = new QPushButton(
        QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Cancel booking"), page);
    m_cancel->setObjectName(QStringLiteral("cancelBooking"));
    for (QPushButton *b : {m_book, m_cancel})
        b->setMinimumHeight(40);
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(legendChip(tr("Mine"), QColor(0xcf, 0xe3, 0xff)));
    bottom->addWidget(legendChip(tr("Booked"), QColor(0xff, 0xe8, 0xc8)));
    bottom->addWidget(legendChip(tr("Double-booked"), QColor(0xf8, 0xc0, 0xc0)));
    bottom->addWidget(legendChip(tr("Past or unavailable"), QColor(0xee, 0xee, 0xee)));
    bottom->addSpacing(12);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_book);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_calendar, 1);
    layout->addLayout(bottom);
    connect(m_calendar, &BookingCalendar::bookRequested, this, &BookingsTab::bookSelection);
    connect(m_calendar, &BookingCalendar::chosenChanged, this, &BookingsTab::updateActions);
    connect(m_book, &QPushButton::clicked, this, &BookingsTab::bookSelection);
    connect(m_cancel, &QPushButton::clicked, this, &BookingsTab::cancelCurrent);
    return page;
}

QWidget *BookingsTab::buildMinePage()
{
    auto *page = new QWidget;
    m_mineView = listView(m_mine, QStringLiteral("mine"));
    auto *show = new QPushButton(tr("Show in calendar"), page);
    show->setObjectName(QStringLiteral("showMine"));
    auto *cancel = new QPushButton(
        QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Cancel booking"), page);
    cancel->setObjectName(QStringLiteral("cancelMine"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(show);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mineView, 1);
    layout->addLayout(buttons);
    const auto current = [this]() -> const Booking * {
        const QModelIndex index = m_mineView->currentIndex();
        return index.isValid() ? &m_mine->booking(index.row()) : nullptr;
    };
    connect(show, &QPushButton::clicked, this, [this, current] {
        if (const Booking *b = current()) {
            showResource(b->resourceId(), b->day);
            m_views->setCurrentIndex(0);
        }
    });
    connect(cancel, &QPushButton::clicked, this, [this, current] {
        if (const Booking *b = current())
            cancelBooking(b->id);
    });
    connect(m_mineView, &QTableView::doubleClicked, show, &QPushButton::click);
    return page;
}

QWidget *BookingsTab::buildDoubleBookedPage()
{
    m_clashPage = new QWidget;
    auto *hint = new QLabel(tr("Two computers booked the same thing for the same time while they "
                               "were offline. Agree with the teachers, then cancel one of the two "
                               "bookings."),
                            m_clashPage);
    hint->setWordWrap(true);
    m_clashView = listView(m_clashes, QStringLiteral("doubleBooked"));
    auto *cancel = new QPushButton(
        QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Cancel this booking"), m_clashPage);
    cancel->setObjectName(QStringLiteral("cancelDouble"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(m_clashPage);
    layout->addWidget(hint);
    layout->addWidget(m_clashView, 1);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_clashView->currentIndex();
        if (index.isValid())
            cancelBooking(m_clashes->booking(index.row()).id);
    });
    return m_clashPage;
}

QString BookingsTab::message() const
{
    return m_message->text();
}

void BookingsTab::showMessage(const QString &text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText,
               error ? QColor(0xc0, 0x1c, 0x28) : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
}

void BookingsTab::reload()
{
    reloadResources();
    m_week->reload();
    reloadLists();
}

void BookingsTab::reloadResources()
{
    const QString current = m_resource->currentData().toString();
    QList<BookableResource> resources;
    try {
        resources = BookingService(m_session).resources();
    } catch (const Error &e) {
        showMessage(e.message(), true);
    }
    const QSignalBlocker block(m_resource);
    m_resource->clear();
    bool rooms = false;
    for (const BookableResource &r : std::as_const(resources)) {
        if (!r.isRoom && rooms) {
            m_resource->insertSeparator(m_resource->count());
            rooms = false;
        }
        rooms = rooms || r.isRoom;
        m_resource->addItem(QIcon::fromTheme(r.isRoom ? QStringLiteral("go-home")
                                                      : QStringLiteral("video-display")),
                            QStringLiteral("%1 — %2").arg(r.name, r.detail),
                            r.id);
        m_resource->setItemData(m_resource->count() - 1, r.isRoom, IsRoomRole);
    }
    const int index = m_resource->findData(current);
    m_resource->setCurrentIndex(index >= 0 ? index : (m_resource->count() > 0 ? 0 : -1));
    if (resources.isEmpty())
        showMessage(tr("Nothing can be booked yet: the clerk marks shared equipment as bookable, "
                       "and computer labs, multimedia rooms, labs and e-prep rooms are bookable "
                       "rooms."));
    if (m_week->resourceId() != m_resource->currentData().toString())
        m_week->setResource(m_resource->currentData().toString());
}

void BookingsTab::reloadLists()
{
    try {
        BookingService service(m_session);
        m_mine->setBookings(service.mine(QDate::currentDate()));
        if (m_clashPage) {
            const QList<DoubleBooking> pairs = service.doubleBooked(QDate::currentDate());
            m_clashes->setDoubleBookings(pairs);
            m_views->setTabText(m_views->indexOf(m_clashPage),
                                pairs.isEmpty() ? tr("Double-booked")
                                                : tr("Double-booked (%1)").arg(pairs.size()));
        }
    } catch (const Error &e) {
        showMessage(e.message(), true);
    }
    m_mineView->resizeColumnsToContents();
    if (m_clashView)
        m_clashView->resizeColumnsToContents();
}

bool BookingsTab::showResource(const QString &resourceId, const QDate &day)
{
    const int index = m_resource->findData(resourceId);
    if (index < 0)
        return false;
    m_resource->setCurrentIndex(index);
    if (day.isValid()) {
        if (day.dayOfWeek() > 5 && !m_weekend->isChecked())
            m_weekend->setChecked(true);
        m_week->setWeek(day);
    }
    return true;
}

void BookingsTab::previousWeek()
{
    m_week->setWeek(m_week->monday().addDays(-7));
}

void BookingsTab::nextWeek()
{
    m_week->setWeek(m_week->monday().addDays(7));
}

void BookingsTab::thisWeek()
{
    m_week->setWeek(QDate::currentDate());
}

void BookingsTab::updateWeekLabel()
{
    const QDate monday = m_week->monday();
    const QDate last = monday.addDays(m_week->columnCount() - 1);
    m_weekLabel->setText(QStringLiteral("%1 – %2").arg(monday.toString(Qt::ISODate),
                                                       last.toString(QStringLiteral("MM-dd"))));
}

void BookingsTab::updateActions()
{
    const bool mayBook = m_session.can(Permission::EquipmentBook)
                         && !m_resource->currentData().toString().isEmpty();
    m_book->setEnabled(mayBook);
    const std::optional<Booking> b = m_calendar->currentBooking();
    m_cancel->setEnabled(b && BookingService(m_session).mayCancel(*b));
    if (b)
        showMessage(
            tr("%1, %2: %3")
                .arg(b->holder, Timetable::rangeText(b->periodFrom, b->periodTo), b->purpose));
    else if (mayBook)
        showMessage(tr("Choose free periods of one day, then Book."));
}

RecordDialog *BookingsTab::bookSelection()
{
    if (!m_book->isEnabled())
        return nullptr;
    const std::optional<BookingCalendar::Range> range = m_calendar->selectedFreeRange();
    if (!range) {
        showMessage(tr("Choose free periods of one day first."), true);
        return nullptr;
    }
    if (range->day < QDate::currentDate()) {
        showMessage(tr("%1 is in the past.").arg(range->day.toString(Qt::ISODate)), true);
        return nullptr;
    }
    const QString resourceId = m_resource->currentData().toString();
    const bool isRoom = m_resource->currentData(IsRoomRole).toBool();
    auto *dialog = new RecordDialog(tr("Book %1").arg(m_resource->currentText()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *what = new QLabel(m_resource->currentText());
    auto *day = new QLabel(dayText(range->day));
    auto *from = new QComboBox;
    auto *to = new QComboBox;
    for (const TimetablePeriod &p : m_week->periods()) {
        const QString text = QStringLiteral("%1 (%2)").arg(p.displayName(), p.timeText());
        from->addItem(text, p.number);
        to->addItem(text, p.number);
    }
    from->setCurrentIndex(from->findData(range->periodFrom));
    to->setCurrentIndex(to->findData(range->periodTo));
    auto *purpose = new QLineEdit;
    purpose->setPlaceholderText(tr("e.g. Grade 7 (2), IT lesson"));
    dialog->addRow(tr("Equipment or room"), what, QStringLiteral("what"));
    dialog->addRow(tr("Day"), day, QStringLiteral("day"));
    dialog->addRow(tr("From"), from, QStringLiteral("from"));
    dialog->addRow(tr("To"), to, QStringLiteral("to"));
    dialog->addRow(tr("Purpose"), purpose, QStringLiteral("purpose"));
    QComboBox *teacher = nullptr;
    if (m_session.can(Permission::EquipmentEdit)) {
        // Clerks book for the teacher who phoned.
        teacher = new QComboBox;
        teacher->addItem(tr("(myself)"), QString());
        try {
            for (const StaffMember &s : PeopleService(m_session).staff()) {
                if (s.active)
                    teacher->addItem(s.name, s.id);
            }
        } catch (const Error &) {
            // Without PeopleView the clerk books for themselves.
        }
        dialog->addRow(tr("For"), teacher, QStringLiteral("teacher"));
    }
    purpose->setFocus();
    const Session &session = m_session;
    const QDate bookedDay = range->day;
    dialog->setSaver([&session, resourceId, isRoom, bookedDay, from, to, purpose, teacher] {
        BookingRequest r;
        r.resourceId = resourceId;
        r.isRoom = isRoom;
        r.day = bookedDay;
        r.periodFrom = from->currentData().toInt();
        r.periodTo = to->currentData().toInt();
        r.purpose = purpose->text();
        if (teacher)
            r.staffId = teacher->currentData().toString();
        BookingService(session).book(r);
    });
    connect(dialog, &QDialog::accepted, this, &BookingsTab::afterChange);
    dialog->open();
    return dialog;
}

void BookingsTab::cancelCurrent()
{
    const std::optional<Booking> b = m_calendar->currentBooking();
    if (b && m_cancel->isEnabled())
        cancelBooking(b->id);
}

void BookingsTab::cancelBooking(const QString &bookingId)
{
    Booking b;
    try {
        b = BookingService(m_session).booking(bookingId);
    } catch (const Error &e) {
        showWarning(this, tr("Cancel booking"), e.message());
        return;
    }
    confirmThen(this,
                tr("Cancel booking"),
                tr("Cancel the booking of %1 by %2 on %3, %4?")
                    .arg(b.resourceName,
                         b.holder,
                         dayText(b.day),
                         Timetable::rangeText(b.periodFrom, b.periodTo)),
                [this, bookingId] {
                    try {
                        BookingService(m_session).cancel(bookingId);
                        afterChange();
                    } catch (const Error &e) {
                        showWarning(this, tr("Cancel booking"), e.message());
                    }
                });
}

void BookingsTab::afterChange()
{
    m_week->reload();
    reloadLists();
    emit changed();
}

TimetableDialog *BookingsTab::editTimetable()
{
    if (!m_session.can(Permission::EquipmentEdit))
        return nullptr;
    auto *dialog = new TimetableDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { m_week->reload(); });
    dialog->open();
    return dialog;
}

BookingItemsDialog *BookingsTab::editBookableItems()
{
    if (!m_session.can(Permission::EquipmentEdit))
        return nullptr;
    auto *dialog = new BookingItemsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &BookingsTab::reload);
    dialog->open();
    return dialog;
}

} // namespace SchoolSuite
