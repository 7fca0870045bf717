#include "circulationlistsdialog.h"

#include "library/circulation/circulation.h"
#include "library/circulation/circulationmodels.h"
#include "library/circulation/circulationreport.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/people/people.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace SchoolSuite {

CirculationListsDialog::CirculationListsDialog(const Session &session, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
{
    setWindowTitle(title());
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(kind == Overdue ? tr("Class:") : tr("Students of:"), this));
    m_scope = new QComboBox(this);
    const Circulation circulation(session);
    if (kind == Overdue) {
        if (!session.limitedToOwnClasses() || session.ownClassIds().size() > 1)
            m_scope->addItem(session.limitedToOwnClasses() ? tr("My classes") : tr("All classes"),
                             QString());
    } else {
        const int top = circulation.topGrade();
        if (top > 0 && !session.limitedToOwnClasses())
            m_scope->addItem(tr("The top grade (%1)").arg(Grades::name(top)), QString());
    }
    for (const ClassChoice &c : circulation.classes())
        m_scope->addItem(c.name, c.id);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CirculationListsDialog::reload);
    top->addWidget(m_scope);
    top->addStretch();
    layout->addLayout(top);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);

    m_model = new LoansModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(LoansModel::Title, 200);
    m_view->setColumnWidth(LoansModel::LentAt, 130);
    for (int c : {LoansModel::Renewals, LoansModel::Desk})
        m_view->setColumnHidden(c, true);
    if (kind == Clearance)
        m_view->setColumnHidden(LoansModel::LentAt, true);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = buttons->addButton(tr("Print preview…"), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::ActionRole);
    connect(preview, &QPushButton::clicked, this, &CirculationListsDialog::printPreview);
    connect(pdf, &QPushButton::clicked, this, &CirculationListsDialog::choosePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

QString CirculationListsDialog::title() const
{
    return m_kind == Overdue ? CirculationReport::overdueTitle()
                             : CirculationReport::clearanceTitle();
}

void CirculationListsDialog::reload()
{
    try {
        const Circulation circulation(m_session);
        const QString classId = m_scope->currentData().toString();
        const QList<LoanInfo> loans = m_kind == Overdue ? circulation.overdueLoans(classId)
                                                        : circulation.clearanceLoans(classId);
        m_model->setLoans(loans, circulation.today());
        QStringList readers;
        for (const LoanInfo &l : loans)
            if (!readers.contains(l.patronId))
                readers << l.patronId;
        m_summary->setText(
            m_kind == Overdue
                ? tr("%1 overdue loans of %2 students.").arg(loans.size()).arg(readers.size())
                : tr("%1 students have %2 books to return.").arg(readers.size()).arg(loans.size()));
    } catch (const Error &e) {
        m_model->setLoans({}, QDate::currentDate());
        m_summary->setText(e.message());
    }
}

QString CirculationListsDialog::html() const
{
    const Circulation circulation(m_session);
    const QString school = circulation.schoolName();
    const QDate today = circulation.today();
    if (m_kind == Overdue)
        return CirculationReport::overdueHtml(m_model->loans(), today, school);
    return CirculationReport::clearanceHtml(
        m_model->loans(), today, school, m_scope->currentText());
}

void CirculationListsDialog::savePdf(const QString &path)
{
    CirculationReport::writePdf(html(), title(), path);
}

void CirculationListsDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    const QString text = html();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, text](QPrinter *p) {
        CirculationReport::print(text, title(), p);
    });
    dialog.exec();
}

void CirculationListsDialog::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Save PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + title() + QStringLiteral(".pdf"),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        savePdf(path);
    } catch (const Error &e) {
        QMessageBox::warning(this, title(), e.message());
    }
}

} // namespace SchoolSuite
