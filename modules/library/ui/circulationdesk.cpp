#include "circulationdesk.h"

#include "circulationlistsdialog.h"

#include "library/circulation/circulationmodels.h"

#include "core/auth/session.h"
#include "core/error.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
const QString kGreen = QStringLiteral("#2e7d32");
const QString kRed = QStringLiteral("#c62828");
const QString kOrange = QStringLiteral("#e65100");
const QString kBlue = QStringLiteral("#1565c0");
const QString kGrey = QStringLiteral("#616161");
} // namespace

CirculationDesk::CirculationDesk(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_circulation(std::make_unique<Circulation>(session))
{
    m_circulation->setDesk(QSysInfo::machineHostName());
    m_loans = new LoansModel(this);
    m_holds = new HoldsModel(this);
    m_log = new DeskLogModel(this);
    m_double = new LoansModel(this);
    // The copies lent twice need every open loan: refreshed when the scanning pauses, so a
    // burst of scans is answered at full speed.
    m_doubleTimer = new QTimer(this);
    m_doubleTimer->setSingleShot(true);
    m_doubleTimer->setInterval(1500);
    connect(m_doubleTimer, &QTimer::timeout, this, &CirculationDesk::refreshDoubleLends);
    buildUi();
    if (m_session.can(Permission::LibraryCirculate)) {
        // Copies kept for readers who did not come pass on to the next in the queue.
        try {
            m_circulation->expireHolds();
        } catch (const Error &) {
            // A read-only store: the holds stay as they are until a desk can write.
        }
    }
    clearPatron();
    refreshDoubleLends();
    if (!m_session.can(Permission::LibraryCirculate)) {
        m_scan->setEnabled(false);
        m_scan->setPlaceholderText(tr("Lending and returns need the librarian's permission."));
    }
}

CirculationDesk::~CirculationDesk() = default;

void CirculationDesk::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("circulationScan"));
    QFont big = m_scan->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_scan->setFont(big);
    m_scan->setClearButtonEnabled(true);
    m_scan->setPlaceholderText(
        tr("Scan a reader's card (学籍号 / 工号), then the books; a book alone is returned"));
    connect(m_scan, &QLineEdit::returnPressed, this, &CirculationDesk::onReturnPressed);
    top->addWidget(m_scan, 1);
    m_returnMode = new QPushButton(tr("Return mode"), this);
    m_returnMode->setCheckable(true);
    m_returnMode->setToolTip(tr("Every book scanned is returned, even with a reader selected."));
    connect(m_returnMode, &QPushButton::toggled, this, [this](bool on) {
        showFeedback(on ? tr("Return mode: scan the books coming back.")
                        : tr("Lending: scan a reader's card."),
                     on ? kOrange : kGrey);
        focusScan();
    });
    top->addWidget(m_returnMode);
    m_nextReader = new QPushButton(tr("Next reader (Esc)"), this);
    connect(m_nextReader, &QPushButton::clicked, this, &CirculationDesk::clearPatron);
    top->addWidget(m_nextReader);
    layout->addLayout(top);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("circulationFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setMinimumHeight(56);
    QFont feedbackFont = m_feedback->font();
    feedbackFont.setPointSizeF(feedbackFont.pointSizeF() * 1.5);
    feedbackFont.setBold(true);
    m_feedback->setFont(feedbackFont);
    layout->addWidget(m_feedback);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildPatronPanel());
    splitter->addWidget(buildSidePanel());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    for (QWidget *w : findChildren<QWidget *>())
        if (w != m_scan)
            watchKeys(w);
}

QWidget *CirculationDesk::buildPatronPanel()
{
    auto *box = new QGroupBox(tr("Reader"), this);
    auto *layout = new QVBoxLayout(box);
    m_patronName = new QLabel(box);
    QFont nameFont = m_patronName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setBold(true);
    m_patronName->setFont(nameFont);
    layout->addWidget(m_patronName);
    m_patronDetail = new QLabel(box);
    layout->addWidget(m_patronDetail);
    m_patronCounts = new QLabel(box);
    m_patronCounts->setTextFormat(Qt::RichText);
    layout->addWidget(m_patronCounts);

    m_loansView = new QTableView(box);
    m_loansView->setModel(m_loans);
    m_loansView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_loansView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_loansView->verticalHeader()->hide();
    m_loansView->horizontalHeader()->setStretchLastSection(true);
    for (int c : {LoansModel::CallNo,
                  LoansModel::Reader,
                  LoansModel::Class,
                  LoansModel::LentAt,
                  LoansModel::Desk})
        m_loansView->setColumnHidden(c, true);
    m_loansView->setWordWrap(false);
    m_loansView->setColumnWidth(LoansModel::Title, 220);
    m_loansView->setColumnWidth(LoansModel::LentAt, 130);
    m_loansView->setColumnWidth(LoansModel::Overdue, 100);
    layout->addWidget(m_loansView, 3);

    auto *buttons = new QHBoxLayout;
    m_renew = new QPushButton(tr("Renew selected"), box);
    connect(m_renew, &QPushButton::clicked, this, &CirculationDesk::renewSelected);
    buttons->addWidget(m_renew);
    buttons->addStretch();
    layout->addLayout(buttons);

    layout->addWidget(new QLabel(tr("Holds"), box));
    m_holdsView = new QTableView(box);
    m_holdsView->setModel(m_holds);
    m_holdsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holdsView->verticalHeader()->hide();
    m_holdsView->horizontalHeader()->setStretchLastSection(true);
    m_holdsView->setColumnWidth(HoldsModel::Title, 240);
    m_holdsView->setColumnWidth(HoldsModel::Status, 200);
    layout->addWidget(m_holdsView, 1);
    return box;
}

QWidget *CirculationDesk::buildSidePanel()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *logBox = new QGroupBox(tr("This session"), side);
    auto *logLayout = new QVBoxLayout(logBox);
    auto *logView = new QTableView(logBox);
    logView->setModel(m_log);
    logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    logView->verticalHeader()->hide();
    logView->horizontalHeader()->setStretchLastSection(true);
    logView->setWordWrap(false);
    logView->setColumnWidth(DeskLogModel::Time, 70);
    logView->setColumnWidth(DeskLogModel::Action, 70);
    logView->setColumnWidth(DeskLogModel::Scan, 110);
    // The whole answer in the tooltip of a row cut short.
    logView->setMouseTracking(true);
    logLayout->addWidget(logView);
    layout->addWidget(logBox, 4);

    m_doubleBox = new QGroupBox(side);
    auto *doubleLayout = new QVBoxLayout(m_doubleBox);
    m_doubleNone = new QLabel(tr("No copy is lent twice."), m_doubleBox);
    doubleLayout->addWidget(m_doubleNone);
    m_doubleView = new QTableView(m_doubleBox);
    m_doubleView->setModel(m_double);
    m_doubleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_doubleView->verticalHeader()->hide();
    m_doubleView->horizontalHeader()->setStretchLastSection(true);
    for (int c : {LoansModel::CallNo, LoansModel::Due, LoansModel::Overdue, LoansModel::Renewals})
        m_doubleView->setColumnHidden(c, true);
    m_doubleView->setToolTip(tr("Two desks lent these copies while offline. Return the copy to "
                                "close both loans, then lend it again."));
    doubleLayout->addWidget(m_doubleView);
    layout->addWidget(m_doubleBox, 1);

    auto *lists = new QHBoxLayout;
    auto *overdue = new QPushButton(tr("Overdue lists…"), side);
    connect(overdue, &QPushButton::clicked, this, [this] { openLists(false); });
    lists->addWidget(overdue);
    auto *clearance = new QPushButton(tr("Graduation clearance…"), side);
    connect(clearance, &QPushButton::clicked, this, [this] { openLists(true); });
    lists->addWidget(clearance);
    lists->addStretch();
    layout->addLayout(lists);
    return side;
}

void CirculationDesk::onReturnPressed()
{
    const QString text = m_scan->text();
    m_scan->clear();
    scan(text);
}

void CirculationDesk::scan(const QString &text)
{
    const QString code = text.trimmed();
    if (code.isEmpty())
        return;
    try {
        if (m_circulation->isCopyBarcode(code)) {
            if (m_patron && !m_returnMode->isChecked())
                lend(code);
            else
                giveBack(code);
        } else if (const std::optional<Patron> p = m_circulation->findPatron(code)) {
            if (!selectPatron(*p))
                return;
        } else {
            refuse(code, tr("No copy has barcode %1 and no reader has card number %1.").arg(code));
            return;
        }
    } catch (const Error &e) {
        refuse(code, e.message());
        return;
    }
    emit scanProcessed(true, code);
}

void CirculationDesk::lend(const QString &barcode)
{
    const CheckoutResult r = m_circulation->checkout(*m_patron, barcode);
    QString text = tr("Lent %1 to %2 — due %3")
                       .arg(r.loan.title, r.patron.name, r.loan.dueOn.toString(Qt::ISODate));
    if (r.fulfilledHold)
        text += QLatin1Char('\n') + tr("Their hold on this title is fulfilled.");
    showFeedback(QStringLiteral("✓ ") + text, kGreen);
    m_log->add(DeskLogModel::Lent, barcode, text);
    refreshPatron();
    m_doubleTimer->start();
}

void CirculationDesk::giveBack(const QString &barcode)
{
    const ReturnResult r = m_circulation->giveBack(barcode);
    QString text;
    if (!r.wasOnLoan())
        text = tr("Checked in %1 (%2): it was not on loan").arg(r.title, r.barcode);
    else
        text = tr("Returned %1 from %2").arg(r.title, r.closedLoans.constLast().patronName);
    QString color = kGreen;
    if (r.closedLoans.size() > 1) {
        QStringList names;
        for (const LoanInfo &l : r.closedLoans)
            names << l.patronName;
        text += QLatin1Char('\n')
                + tr("It had been lent twice (%1): both loans are closed.")
                      .arg(names.join(QStringLiteral(", ")));
        color = kOrange;
    }
    if (r.overdueDays > 0) {
        text += QLatin1Char('\n') + tr("%1 days overdue").arg(r.overdueDays);
        color = kOrange;
    }
    if (r.heldFor) {
        text += QLatin1Char('\n')
                + tr("Put it aside: held for %1 until %2")
                      .arg(r.heldFor->patronName, r.heldFor->readyUntil.toString(Qt::ISODate));
        color = kOrange;
    }
    showFeedback(QStringLiteral("↩ ") + text, color);
    if (color != kGreen)
        QApplication::beep();
    m_log->add(DeskLogModel::Returned, barcode, text);
    if (m_patron)
        refreshPatron();
    m_doubleTimer->start();
}

bool CirculationDesk::selectPatron(const Patron &patron)
{
    m_patron = patron;
    refreshPatron();
    const QString who = patron.className.isEmpty()
                            ? patron.name
                            : QStringLiteral("%1 · %2").arg(patron.name, patron.className);
    if (!patron.mayBorrow()) {
        refuse(patron.cardNo, tr("%1 cannot borrow (left the school).").arg(who));
        return false;
    }
    showFeedback(tr("Reader: %1 — scan the books").arg(who), kBlue);
    m_log->add(DeskLogModel::Reader, patron.cardNo, who);
    return true;
}

void CirculationDesk::clearPatron()
{
    m_patron.reset();
    refreshPatron();
    showFeedback(m_returnMode->isChecked() ? tr("Return mode: scan the books coming back.")
                                           : tr("Scan a reader's card, or a book to return it."),
                 kGrey);
    focusScan();
}

void CirculationDesk::renewSelected()
{
    if (!m_patron)
        return;
    QList<QString> ids;
    for (const QModelIndex &i : m_loansView->selectionModel()->selectedRows())
        ids << m_loans->loan(i.row()).id;
    if (ids.isEmpty() && m_loans->rowCount() == 1)
        ids << m_loans->loan(0).id;
    QStringList done;
    for (const QString &id : std::as_const(ids)) {
        const LoanInfo l = m_circulation->loan(id);
        try {
            const QDate due = m_circulation->renew(id);
            const QString text = tr("Renewed %1 — due %2").arg(l.title, due.toString(Qt::ISODate));
            m_log->add(DeskLogModel::Renewed, l.barcode, text);
            done << text;
        } catch (const Error &e) {
            refuse(l.barcode, e.message());
            refreshPatron();
            focusScan();
            return;
        }
    }
    if (!done.isEmpty())
        showFeedback(QStringLiteral("✓ ") + done.join(QLatin1Char('\n')), kGreen);
    refreshPatron();
    focusScan();
}

void CirculationDesk::refuse(const QString &scan, const QString &message)
{
    showFeedback(QStringLiteral("✗ ") + message, kRed);
    QApplication::beep();
    m_log->add(DeskLogModel::Refused, scan, message);
    emit scanProcessed(false, scan);
}

void CirculationDesk::openLists(bool clearance)
{
    CirculationListsDialog dialog(m_session,
                                  clearance ? CirculationListsDialog::Clearance
                                            : CirculationListsDialog::Overdue,
                                  this);
    dialog.exec();
    focusScan();
}

} // namespace SchoolSuite
