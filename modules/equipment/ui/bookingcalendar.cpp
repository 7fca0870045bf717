#include "bookingcalendar.h"

#include "equipment/bookings/bookingmodels.h"

#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace SchoolSuite {

BookingCalendar::BookingCalendar(BookingWeekModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("calendar"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setCornerButtonEnabled(false);
    // Big cells: teachers book on the e-prep room's PC and on classroom touch screens.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(90);
    // Periods share the height, but never get smaller than a finger.
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setMinimumSectionSize(qMax(44, fontMetrics().height() * 3));
    verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    connect(model, &QAbstractItemModel::modelReset, this, &BookingCalendar::updateSpans);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(BookingWeekModel::StateRole).toInt() == BookingWeekModel::Free
            && selectedFreeRange())
            emit bookRequested();
    });
    connect(selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &BookingCalendar::chosenChanged);
    connect(selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &BookingCalendar::chosenChanged);
    updateSpans();
}

void BookingCalendar::updateSpans()
{
    clearSpans();
    const QList<Booking> &bookings = m_model->bookings();
    for (const Booking &b : bookings) {
        const int column = m_model->columnOf(b.day);
        const int first = m_model->rowOf(b.periodFrom);
        const int last = m_model->rowOf(b.periodTo);
        if (column < 0 || first < 0 || last <= first)
            continue;
        // Spans may not overlap: a double booking stays cell by cell, in red.
        const bool clash = std::any_of(bookings.cbegin(), bookings.cend(), [&](const Booking &o) {
            return o.id != b.id && o.overlaps(b);
        });
        if (!clash)
            setSpan(first, column, last - first + 1, 1);
    }
}

std::optional<BookingCalendar::Range> BookingCalendar::selectedFreeRange() const
{
    const QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        return std::nullopt;
    const int column = cells.first().column();
    QList<int> rows;
    for (const QModelIndex &i : cells) {
        if (i.column() != column
            || i.data(BookingWeekModel::StateRole).toInt() != BookingWeekModel::Free)
            return std::nullopt;
        rows << i.row();
    }
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows.at(i) != rows.at(i - 1) + 1)
            return std::nullopt;
    }
    Range r;
    r.day = m_model->dayAt(column);
    r.periodFrom = m_model->periods().at(rows.first()).number;
    r.periodTo = m_model->periods().at(rows.last()).number;
    return r;
}

std::optional<Booking> BookingCalendar::currentBooking() const
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->bookingAt(index.row(), index.column());
}

void BookingCalendar::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && selectedFreeRange()) {
        emit bookRequested();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace SchoolSuite
