#include "maintenancedue.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "equipment/maintenance/maintenanceservice.h"

#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
constexpr int kMaxLines = 5; // per list: a card, not a report

// One line of the card: as much of the text as fits, "…" for the rest, the whole of it in the
// tooltip. A wrapped label has no fixed height, and when the home page is short the layout
// squeezed wrapped lines onto each other.
class CardLine : public QLabel
{
public:
    CardLine(const QString &text, QWidget *parent)
        : QLabel(text, parent)
    {
        setTextFormat(Qt::PlainText);
        setToolTip(text);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    }
    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 8, sizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(contentsRect(),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(text(), Qt::ElideRight, contentsRect().width()));
    }
};
} // namespace

MaintenanceDueWidget::MaintenanceDueWidget(LocalStore &store,
                                           const Session &session,
                                           QWidget *parent)
    : QFrame(parent)
    , m_store(store)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_lines(new QVBoxLayout)
{
    setObjectName(QStringLiteral("maintenanceDue"));
    setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(tr("Equipment maintenance"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    auto *open = new QPushButton(tr("Open maintenance"), this);
    open->setObjectName(QStringLiteral("openMaintenance"));
    open->setFlat(true);
    open->setCursor(Qt::PointingHandCursor);
    connect(open, &QPushButton::clicked, this, &MaintenanceDueWidget::openRequested);
    auto *head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_summary);
    m_lines->setSpacing(2);
    layout->addLayout(m_lines);
    layout->addStretch(1);
    // As tall as its lines, never less: the home page stacks cards.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    reload();
}

QStringList MaintenanceDueWidget::lines() const
{
    QStringList list;
    for (const QLabel *l : m_lineLabels)
        list << l->text();
    return list;
}

void MaintenanceDueWidget::clearLines()
{
    qDeleteAll(m_lineLabels);
    m_lineLabels.clear();
}

void MaintenanceDueWidget::addLine(const QString &text, bool warning)
{
    auto *label = new CardLine(text, this);
    if (warning) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        label->setPalette(p);
    }
    m_lines->addWidget(label);
    label->show(); // at once, not when the layout gets round to it
    m_lineLabels << label;
}

void MaintenanceDueWidget::reload()
{
    clearLines();
    m_overdue = m_dueSoon = m_openRepairs = 0;
    if (!m_session.can(Permission::EquipmentView)) {
        hide();
        return;
    }
    QList<MaintenanceDue> due;
    QList<RepairTicket> repairs;
    try {
        MaintenanceService service(m_session);
        due = service.dueList(QDate::currentDate(), 30);
        repairs = service.repairs(true);
    } catch (const Error &e) {
        m_summary->setText(e.message());
        return;
    }
    for (const MaintenanceDue &d : std::as_const(due))
        (d.state == MaintenanceDue::Overdue ? m_overdue : m_dueSoon)++;
    m_openRepairs = int(repairs.size());
    if (isNothingDue()) {
        m_summary->setText(tr("Nothing due: no maintenance in the next 30 days and no open "
                              "repairs."));
        return;
    }
    QStringList parts;
    if (m_overdue)
        parts << tr("%n overdue", nullptr, m_overdue);
    if (m_dueSoon)
        parts << tr("%n due within 30 days", nullptr, m_dueSoon);
    if (m_openRepairs)
        parts << tr("%n open repair(s)", nullptr, m_openRepairs);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    for (qsizetype i = 0; i < due.size() && i < kMaxLines; ++i) {
        const MaintenanceDue &d = due.at(i);
        addLine(tr("%1  %2: %3 (%4)")
                    .arg(d.nextDue.toString(Qt::ISODate), d.task, d.itemName, d.itemTag),
                d.state == MaintenanceDue::Overdue);
    }
    if (due.size() > kMaxLines)
        addLine(tr("… and %n more", nullptr, int(due.size() - kMaxLines)), false);
    for (qsizetype i = 0; i < repairs.size() && i < kMaxLines; ++i) {
        const RepairTicket &t = repairs.at(i);
        addLine(tr("Repair: %1 (%2) — %3, %4")
                    .arg(t.itemName,
                         t.itemTag,
                         t.fault,
                         MaintenanceService::repairStatusTitle(t.status)),
                false);
    }
    if (repairs.size() > kMaxLines)
        addLine(tr("… and %n more", nullptr, int(repairs.size() - kMaxLines)), false);
}

} // namespace SchoolSuite
