#include "classroomtools.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/peopleservice.h"
#include "whiteboard/classroom/studentpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace SchoolSuite {

PickerDialog::PickerDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Random student picker"));
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("class"));
    for (const SchoolClass &c : PeopleService(session).classes())
        m_class->addItem(c.displayName, c.id);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAlignment(Qt::AlignCenter);
    m_name->setMinimumSize(520, 180);
    QFont big = m_name->font();
    big.setPixelSize(96);
    big.setBold(true);
    m_name->setFont(big);
    m_left = new QLabel(this);
    m_repeat = new QCheckBox(tr("Allow a name again before everyone is called"), this);
    m_pick = new QPushButton(
        QIcon::fromTheme(QStringLiteral("media-playlist-shuffle")), tr("Pick a student"), this);
    m_pick->setObjectName(QStringLiteral("pick"));
    m_pick->setMinimumHeight(56);
    m_drawn = new QListWidget(this);
    m_drawn->setFlow(QListView::LeftToRight);
    m_drawn->setWrapping(true);
    m_drawn->setMaximumHeight(90);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Class:"), this));
    top->addWidget(m_class, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_pick);
    layout->addWidget(m_repeat);
    layout->addWidget(m_left);
    layout->addWidget(m_drawn);
    layout->addWidget(buttons);
    m_rollTimer = new QTimer(this);
    m_rollTimer->setInterval(60);
    connect(m_rollTimer, &QTimer::timeout, this, [this] {
        // The roll: names flicker by, slowing, then the pick.
        if (--m_rollSteps > 0 && !m_names.isEmpty()) {
            m_name->setText(
                m_names.at(int(QRandomGenerator::global()->bounded(quint32(m_names.size())))));
            m_rollTimer->setInterval(m_rollTimer->interval() + 12);
            return;
        }
        m_rollTimer->stop();
        m_rollTimer->setInterval(60);
        pickNow();
        m_pick->setEnabled(true);
    });
    connect(m_class, &QComboBox::currentIndexChanged, this, &PickerDialog::loadClass);
    connect(m_pick, &QPushButton::clicked, this, &PickerDialog::roll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadClass();
}

PickerDialog::~PickerDialog() = default;

void PickerDialog::loadClass()
{
    m_names.clear();
    const QString classId = m_class->currentData().toString();
    if (!classId.isEmpty()) {
        for (const Student &s : PeopleService(m_session).students(classId))
            m_names << s.name;
    }
    m_picker = std::make_unique<StudentPicker>(m_names);
    m_drawn->clear();
    m_name->setText(m_names.isEmpty() ? tr("No students in this class") : QStringLiteral("?"));
    m_pick->setEnabled(!m_names.isEmpty());
    m_left->setText(tr("%n student(s) not called yet", nullptr, m_picker->remaining()));
}

void PickerDialog::roll()
{
    if (m_names.isEmpty())
        return;
    m_pick->setEnabled(false);
    m_rollSteps = 14;
    m_rollTimer->start();
}

QString PickerDialog::pickNow()
{
    const QString name = m_picker->next(m_repeat->isChecked());
    m_name->setText(name);
    if (!name.isEmpty())
        m_drawn->addItem(name);
    m_left->setText(tr("%n student(s) not called yet", nullptr, m_picker->remaining()));
    return name;
}

QString PickerDialog::shownName() const
{
    return m_name->text();
}

CountdownOverlay::CountdownOverlay(QWidget *board)
    : QWidget(board)
{
    setObjectName(QStringLiteral("countdown"));
    setAttribute(Qt::WA_StyledBackground);
    m_digits = new QLabel(this);
    m_digits->setObjectName(QStringLiteral("digits"));
    m_digits->setAlignment(Qt::AlignCenter);
    QFont big = m_digits->font();
    big.setPixelSize(72);
    big.setBold(true);
    m_digits->setFont(big);
    auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setMinimumSize(64, 48);
        return b;
    };
    QPushButton *less = button(tr("−1 min"), QStringLiteral("less"));
    QPushButton *more = button(tr("+1 min"), QStringLiteral("more"));
    m_startPause = button(tr("Start"), QStringLiteral("startPause"));
    QPushButton *again = button(tr("Reset"), QStringLiteral("reset"));
    QPushButton *close = button(tr("Close"), QStringLiteral("close"));
    auto *row = new QHBoxLayout;
    for (QPushButton *b : {less, more, m_startPause, again, close})
        row->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_digits);
    layout->addLayout(row);
    connect(less, &QPushButton::clicked, this, [this] { setDuration(qMax(60, m_duration - 60)); });
    connect(
        more, &QPushButton::clicked, this, [this] { setDuration(qMin(99 * 60, m_duration + 60)); });
    connect(m_startPause, &QPushButton::clicked, this, [this] { m_running ? pause() : start(); });
    connect(again, &QPushButton::clicked, this, &CountdownOverlay::reset);
    connect(close, &QPushButton::clicked, this, &QWidget::deleteLater);
    m_timer = new QTimer(this);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &CountdownOverlay::tick);
    board->installEventFilter(this);
    reset();
    adjustSize();
    place();
    show();
    raise();
}

void CountdownOverlay::place()
{
    // The board's top right corner.
    if (QWidget *board = parentWidget())
        move(board->width() - width() - 16, 16);
}

bool CountdownOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void CountdownOverlay::setDuration(int seconds)
{
    m_duration = qBound(1, seconds, 99 * 60);
    reset();
}

int CountdownOverlay::remainingSeconds() const
{
    const qint64 ran = m_elapsedBefore + (m_running ? m_clock.elapsed() : 0);
    return int(qMax<qint64>(0, (qint64(m_duration) * 1000 - ran + 999) / 1000));
}

QString CountdownOverlay::shownText() const
{
    return m_digits->text();
}

void CountdownOverlay::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_clock.start();
    m_timer->start();
    m_startPause->setText(tr("Pause"));
    tick();
}

void CountdownOverlay::pause()
{
    if (!m_running)
        return;
    m_elapsedBefore += m_clock.elapsed();
    m_running = false;
    m_timer->stop();
    m_startPause->setText(tr("Start"));
}

void CountdownOverlay::reset()
{
    m_running = false;
    m_finished = false;
    m_elapsedBefore = 0;
    m_timer->stop();
    m_startPause->setText(tr("Start"));
    tick();
}

void CountdownOverlay::tick()
{
    const int left = remainingSeconds();
    if (left == 0 && m_running) {
        m_running = false;
        m_finished = true;
        m_timer->stop();
        m_startPause->setText(tr("Start"));
    }
    m_digits->setStyleSheet(m_finished ? QStringLiteral("color: white") : QString());
    m_digits->setText(m_finished ? tr("Time's up!")
                                 : QStringLiteral("%1:%2")
                                       .arg(left / 60, 2, 10, QLatin1Char('0'))
                                       .arg(left % 60, 2, 10, QLatin1Char('0')));
    update();
}

void CountdownOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
    p.setBrush(m_finished ? QColor(0xd9, 0x2b, 0x2b, 235) : QColor(255, 255, 255, 235));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);
}

} // namespace SchoolSuite
