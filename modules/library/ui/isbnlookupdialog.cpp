#include "isbnlookupdialog.h"

#include "copycatform.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "library/catalog/isbn.h"
#include "library/copycat/copycataloguing.h"
#include "library/copycat/copycatsave.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace SchoolSuite {

IsbnLookupDialog::IsbnLookupDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_service(session)
    , m_chain(new CopyCataloguing(session, this))
{
    setWindowTitle(tr("Catalogue by ISBN"));
    setObjectName(QStringLiteral("IsbnLookupDialog"));

    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("scan"));
    m_scan->setPlaceholderText(tr("Scan the barcode on the back cover, or type an ISBN"));
    m_scan->setClearButtonEnabled(true);
    m_lookUpButton = new QPushButton(tr("&Look up"), this);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto *scanRow = new QHBoxLayout;
    auto *scanLabel = new QLabel(tr("IS&BN:"), this);
    scanLabel->setBuddy(m_scan);
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(m_lookUpButton);
    scanRow->addWidget(m_busy);

    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setIconSize(QSize(16, 16));
    // Room for the three sources without scrolling.
    m_steps->setFixedHeight(qMax(18, m_steps->fontMetrics().lineSpacing() + 4) * 3 + 12);
    m_steps->setWordWrap(true);

    m_records = new QComboBox(this);
    m_records->setObjectName(QStringLiteral("records"));
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; padding: 4px; }"));
    m_banner->hide();

    auto *recordBox = new QGroupBox(tr("Record"), this);
    m_form = new CopyCatForm(recordBox);
    auto *recordLayout = new QVBoxLayout(recordBox);
    auto *choiceRow = new QFormLayout;
    choiceRow->addRow(tr("&Found:"), m_records);
    recordLayout->addLayout(choiceRow);
    recordLayout->addWidget(m_banner);
    recordLayout->addWidget(m_form);

    auto *copyBox = new QGroupBox(tr("Copies"), this);
    m_callNumber = new QLineEdit(copyBox);
    m_callNumber->setObjectName(QStringLiteral("call_no"));
    m_callNumber->setToolTip(tr("The 种次号 is given out when you save; type another call number "
                                "to keep the one on the book."));
    m_copies = new QSpinBox(copyBox);
    m_copies->setObjectName(QStringLiteral("copies"));
    m_copies->setRange(1, 1000);
    m_location = new QComboBox(copyBox);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setEditable(true);
    m_location->addItem(QString());
    try {
        m_location->addItems(CopyCatSave::knownLocations(m_service));
    } catch (const Error &) {
        // No copies table readable: the librarian types the location.
    }
    m_shelf = new QLineEdit(copyBox);
    m_shelf->setObjectName(QStringLiteral("shelf"));
    auto *copyForm = new QFormLayout(copyBox);
    copyForm->addRow(tr("Call n&umber:"), m_callNumber);
    copyForm->addRow(tr("Number of c&opies:"), m_copies);
    copyForm->addRow(tr("Locatio&n:"), m_location);
    copyForm->addRow(tr("S&helf:"), m_shelf);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    // ActionRole: a button box makes its first AcceptRole button the default when shown.
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_save->setEnabled(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    // Enter belongs to the scan field: a scanner ends every barcode with it, and it must never
    // press Save.
    for (QPushButton *b : {m_lookUpButton, m_save, close}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });

    auto *lower = new QHBoxLayout;
    lower->addWidget(recordBox, 3);
    lower->addWidget(copyBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(scanRow);
    layout->addWidget(m_steps);
    layout->addLayout(lower, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_scan, &QLineEdit::returnPressed, this, [this] { lookUp(m_scan->text()); });
    connect(m_lookUpButton, &QPushButton::clicked, this, [this] { lookUp(m_scan->text()); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_chain, &CopyCataloguing::stepFinished, this, &IsbnLookupDialog::onStep);
    connect(m_chain, &CopyCataloguing::finished, this, &IsbnLookupDialog::onFinished);
    connect(m_records, &QComboBox::currentIndexChanged, this, &IsbnLookupDialog::showRecord);
    connect(m_form, &CopyCatForm::classChanged, this, &IsbnLookupDialog::updateCallNumber);

    resize(960, 640);
    m_scan->setFocus();
}

IsbnLookupDialog::~IsbnLookupDialog() = default;

QString IsbnLookupDialog::messageText() const
{
    return m_message->text();
}

void IsbnLookupDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

QString IsbnLookupDialog::stepText(const CopyCatStep &step) const
{
    QString name = CopyCataloguing::sourceTitle(step.source);
    if (!step.where.isEmpty() && step.where != name)
        name = tr("%1 (%2)").arg(name, step.where);
    return tr("%1: %2").arg(name, step.message);
}

void IsbnLookupDialog::lookUp(const QString &text)
{
    m_steps->clear();
    m_records->blockSignals(true);
    m_records->clear();
    m_records->blockSignals(false);
    m_banner->hide();
    m_save->setEnabled(false);
    showMessage(QString(), false);
    m_busy->show();
    m_chain->lookUp(text);
    m_scan->selectAll();
}

void IsbnLookupDialog::onStep(const CopyCatStep &step)
{
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    switch (step.outcome) {
    case CopyCatStep::Outcome::Found:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case CopyCatStep::Outcome::NotFound:
        icon = QStyle::SP_DialogNoButton;
        break;
    case CopyCatStep::Outcome::Failed:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case CopyCatStep::Outcome::Skipped:
        icon = QStyle::SP_ArrowRight;
        break;
    }
    auto *item = new QListWidgetItem(style()->standardIcon(icon), stepText(step), m_steps);
    item->setData(Qt::UserRole, step.source);
    if (step.outcome == CopyCatStep::Outcome::Skipped)
        item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    m_steps->scrollToItem(item);
}

void IsbnLookupDialog::onFinished(const CopyCatResult &result)
{
    m_busy->hide();
    m_result = result;
    if (!result.isValid()) {
        showMessage(result.problem, true);
        m_scan->setFocus();
        m_scan->selectAll();
        return;
    }
    m_records->blockSignals(true);
    m_records->clear();
    for (const CopyCatRecord &r : result.records)
        m_records->addItem(tr("%1 — %2").arg(r.origin, r.record.title));
    if (result.records.isEmpty())
        m_records->addItem(tr("Nothing found: type the record"));
    m_records->blockSignals(false);
    m_records->setEnabled(result.records.size() > 1);
    m_records->setCurrentIndex(0);
    showRecord(0);
    m_save->setEnabled(true);
    emit lookUpFinished(result);
}

void IsbnLookupDialog::showRecord(int index)
{
    BibRecord record;
    bool local = false;
    if (index >= 0 && index < m_result.records.size()) {
        record = m_result.records.at(index).record;
        local = m_result.records.at(index).isLocal();
    } else {
        record.isbn = m_result.isbn;
    }
    m_form->setRecord(record);
    if (local) {
        m_banner->setText(tr("This book is in the catalog already: Save adds copies to it (and "
                             "keeps any change you make to the record)."));
        m_banner->show();
    } else {
        m_banner->hide();
        if (m_result.records.isEmpty())
            showMessage(tr("No source has a record of ISBN %1: type the record, then save.")
                            .arg(Isbn::display(m_result.isbn)),
                        false);
    }
    updateCallNumber();
}

void IsbnLookupDialog::updateCallNumber()
{
    QString proposal;
    try {
        proposal = CopyCatSave::proposedCallNumber(m_service, m_form->record());
    } catch (const Error &) {
        proposal.clear();
    }
    // A call number the librarian typed stays; the proposal follows the class number.
    if (m_callNumber->text().trimmed().isEmpty() || m_callNumber->text() == m_proposed)
        m_callNumber->setText(proposal);
    m_proposed = proposal;
}

bool IsbnLookupDialog::save()
{
    const QStringList input = m_form->inputProblems();
    if (!input.isEmpty()) {
        showMessage(input.join(QLatin1Char('\n')), true);
        return false;
    }
    CopyCatSave::Request request;
    request.record = m_form->record();
    request.copies = m_copies->value();
    request.callNumber = m_callNumber->text();
    request.proposedCallNumber = m_proposed;
    request.location = m_location->currentText();
    request.shelf = m_shelf->text();
    CopyCatSave::Saved done;
    try {
        done = CopyCatSave::save(m_service, request);
    } catch (const Error &e) {
        showMessage(e.message(), true);
        return false;
    }
    m_savedTitleId = done.titleId;
    const QString callNo = done.callNumbers.value(0);
    const QString text
        = (done.newTitle ? tr("Catalogued 《%1》: %n cop(ies), call number %2, barcodes %3.",
                              nullptr,
                              int(done.barcodes.size()))
                         : tr("Added %n cop(ies) of 《%1》, call number %2, barcodes %3.",
                              nullptr,
                              int(done.barcodes.size())))
              .arg(request.record.title, callNo, done.barcodes.join(QStringLiteral(", ")));
    if (!request.location.trimmed().isEmpty()
        && m_location->findText(request.location.trimmed()) < 0)
        m_location->addItem(request.location.trimmed());
    // Ready for the next book: same location and shelf, one copy.
    m_form->clear();
    m_steps->clear();
    m_records->blockSignals(true);
    m_records->clear();
    m_records->blockSignals(false);
    m_banner->hide();
    m_callNumber->clear();
    m_proposed.clear();
    m_copies->setValue(1);
    m_save->setEnabled(false);
    m_result = CopyCatResult();
    showMessage(text, false);
    m_scan->clear();
    m_scan->setFocus();
    emit saved(done.titleId);
    return true;
}

} // namespace SchoolSuite
