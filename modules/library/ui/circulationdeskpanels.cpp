// The circulation desk's panels: the reader's card, the copies lent twice, the answer to a scan,
// and keeping the scan field in focus.
#include "circulationdesk.h"

#include "library/circulation/circulationmodels.h"

#include <QCoreApplication>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace SchoolSuite {

QString CirculationDesk::feedbackText() const
{
    return m_feedback->text();
}

void CirculationDesk::refreshPatron()
{
    const bool have = m_patron.has_value();
    m_renew->setEnabled(have);
    if (!have) {
        m_patronName->setText(tr("No reader selected"));
        m_patronDetail->setText(tr("Scan a reader's card to lend books to them."));
        m_patronCounts->clear();
        m_loans->setLoans({}, m_circulation->today());
        m_holds->setHolds({});
        return;
    }
    const Patron &p = *m_patron;
    m_patronName->setText(p.name);
    QStringList detail;
    if (!p.className.isEmpty())
        detail << p.className;
    detail << p.cardNo;
    if (!p.mayBorrow())
        detail << tr("left the school: cannot borrow");
    m_patronDetail->setText(detail.join(QStringLiteral(" · ")));
    const QList<LoanInfo> loans = m_circulation->loansOf(p);
    const QList<HoldInfo> holds = m_circulation->holdsOf(p);
    const QDate today = m_circulation->today();
    int overdue = 0;
    for (const LoanInfo &l : loans)
        if (l.overdueDays(today) > 0)
            ++overdue;
    int ready = 0;
    for (const HoldInfo &h : holds)
        if (h.status == QLatin1String("ready"))
            ++ready;
    QString counts = tr("On loan: %1").arg(loans.size());
    if (overdue > 0)
        counts += QStringLiteral(" · <span style=\"color:#c62828; font-weight:bold\">%1</span>")
                      .arg(tr("Overdue: %1").arg(overdue).toHtmlEscaped());
    if (ready > 0)
        counts += QStringLiteral(" · <span style=\"color:#2e7d32; font-weight:bold\">%1</span>")
                      .arg(tr("Holds ready: %1").arg(ready).toHtmlEscaped());
    else if (!holds.isEmpty())
        counts += QStringLiteral(" · ") + tr("Holds: %1").arg(holds.size()).toHtmlEscaped();
    m_patronCounts->setText(counts);
    m_loans->setLoans(loans, today);
    m_holds->setHolds(holds);
}

void CirculationDesk::refreshDoubleLends()
{
    QList<LoanInfo> rows;
    const QList<DoubleLend> twice = m_circulation->doubleLends();
    for (const DoubleLend &d : twice)
        rows << d.loans;
    m_double->setLoans(rows, m_circulation->today());
    m_doubleBox->setTitle(tr("Copies lent twice (%1)").arg(twice.size()));
    m_doubleBox->setStyleSheet(twice.isEmpty()
                                   ? QString()
                                   : QStringLiteral("QGroupBox { color: #c62828; font-weight: "
                                                    "bold; }"));
    m_doubleNone->setVisible(twice.isEmpty());
    m_doubleView->setVisible(!twice.isEmpty());
}

void CirculationDesk::showFeedback(const QString &text, const QString &color)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                             "border-radius: 8px; padding: 12px; }")
                                  .arg(color));
}

void CirculationDesk::focusScan()
{
    if (m_scan->isEnabled())
        m_scan->setFocus(Qt::OtherFocusReason);
}

void CirculationDesk::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &CirculationDesk::focusScan);
}

void CirculationDesk::keyPressEvent(QKeyEvent *event)
{
    // The scan field and the lists leave Esc to their parent: it ends the reader's turn.
    if (event->key() == Qt::Key_Escape) {
        clearPatron();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool CirculationDesk::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched != m_scan && m_scan->isEnabled()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool printable = !key->text().isEmpty() && key->text().at(0).isPrint()
                               && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        // A scanner typing while a list or a button has the focus: the keys go to the scan
        // field, so no scan is lost to a click on the reader's loans.
        if (printable || (enter && !m_scan->text().isEmpty())) {
            m_scan->setFocus(Qt::OtherFocusReason);
            QCoreApplication::sendEvent(m_scan, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CirculationDesk::watchKeys(QWidget *widget)
{
    widget->installEventFilter(this);
}

} // namespace SchoolSuite
