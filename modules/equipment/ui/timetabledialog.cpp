#include "timetabledialog.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "equipment/bookings/timetable.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
enum Column { Number, Name, Start, End };

QTime parseTime(const QString &text)
{
    const QString t = text.trimmed().replace(QChar(0xff1a), QLatin1Char(':')); // full-width colon
    QTime time = QTime::fromString(t, QStringLiteral("H:mm"));
    if (!time.isValid())
        time = QTime::fromString(t, QStringLiteral("HH:mm"));
    return time;
}
} // namespace

TimetableDialog::TimetableDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 4, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("timetableDialog"));
    setWindowTitle(tr("Timetable periods"));
    m_table->setObjectName(QStringLiteral("periods"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Name"), tr("Start"), tr("End")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(red);
    m_error->hide();

    auto *hint = new QLabel(tr("Bookings are made by period number. Times are hh:mm; leave the "
                               "name empty for \"Period N\"."),
                            this);
    hint->setWordWrap(true);
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add period"));
    add->setObjectName(QStringLiteral("addPeriod"));
    auto *remove
        = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove period"));
    remove->setObjectName(QStringLiteral("removePeriod"));
    auto *reset = new QPushButton(tr("Default day"));
    reset->setObjectName(QStringLiteral("defaultDay"));
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(reset);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &TimetableDialog::addPeriod);
    connect(remove, &QPushButton::clicked, this, &TimetableDialog::removeCurrent);
    connect(reset, &QPushButton::clicked, this, &TimetableDialog::resetToDefault);
    connect(buttons, &QDialogButtonBox::accepted, this, &TimetableDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TimetableDialog::reject);
    resize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 30);

    try {
        setRows(Timetable(session).periods());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
    }
}

void TimetableDialog::setRows(const QList<TimetablePeriod> &periods)
{
    m_table->setRowCount(0);
    for (const TimetablePeriod &p : periods) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Number, new QTableWidgetItem(QString::number(p.number)));
        m_table->setItem(row, Name, new QTableWidgetItem(p.name));
        m_table->setItem(
            row, Start, new QTableWidgetItem(p.startsAt.toString(QStringLiteral("HH:mm"))));
        m_table->setItem(
            row, End, new QTableWidgetItem(p.endsAt.toString(QStringLiteral("HH:mm"))));
    }
}

QList<TimetablePeriod> TimetableDialog::rows() const
{
    QList<TimetablePeriod> list;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        TimetablePeriod p;
        bool ok = false;
        p.number = text(row, Number).toInt(&ok);
        if (!ok)
            throw Error(tr("Row %1: the number \"%2\" is not a whole number.")
                            .arg(row + 1)
                            .arg(text(row, Number)),
                        Error::Invalid);
        p.name = text(row, Name);
        p.startsAt = parseTime(text(row, Start));
        p.endsAt = parseTime(text(row, End));
        list << p;
    }
    return list;
}

void TimetableDialog::addPeriod()
{
    QList<TimetablePeriod> periods;
    try {
        periods = rows();
    } catch (const Error &) {
    }
    TimetablePeriod p;
    p.number = 1;
    p.startsAt = QTime(8, 0);
    for (const TimetablePeriod &o : std::as_const(periods)) {
        p.number = qMax(p.number, o.number + 1);
        if (o.endsAt.isValid() && o.endsAt.addSecs(600) > p.startsAt)
            p.startsAt = o.endsAt.addSecs(600);
    }
    p.endsAt = p.startsAt.addSecs(40 * 60);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Number, new QTableWidgetItem(QString::number(p.number)));
    m_table->setItem(row, Name, new QTableWidgetItem);
    m_table->setItem(
        row, Start, new QTableWidgetItem(p.startsAt.toString(QStringLiteral("HH:mm"))));
    m_table->setItem(row, End, new QTableWidgetItem(p.endsAt.toString(QStringLiteral("HH:mm"))));
    m_table->setCurrentCell(row, Start);
}

void TimetableDialog::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

void TimetableDialog::resetToDefault()
{
    setRows(Timetable::defaultPeriods());
}

QString TimetableDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TimetableDialog::accept()
{
    try {
        Timetable(m_session).setPeriods(rows());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace SchoolSuite
