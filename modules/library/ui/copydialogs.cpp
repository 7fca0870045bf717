#include "copydialogs.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/store/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problems"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

QComboBox *locationBox(const Session &session, const QString &current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("location"));
    box->setEditable(true);
    box->addItems(knownLocations(session));
    box->setCurrentText(current);
    return box;
}

QComboBox *itemTypeBox(const QString &current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("itemType"));
    for (const QString &key : LibraryKeys::itemTypes())
        box->addItem(LibraryKeys::itemTypeTitle(key), key);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

QStringList knownLocations(const Session &session)
{
    QStringList list;
    QSqlQuery q = session.database().exec(
        QStringLiteral("SELECT DISTINCT location FROM library_copies WHERE deleted = 0 AND "
                       "location IS NOT NULL AND location <> '' ORDER BY location LIMIT 200"));
    while (q.next())
        list << q.value(0).toString();
    return list;
}

AddCopiesDialog::AddCopiesDialog(const Session &session, const QString &titleId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_titleId(titleId)
    , m_count(new QSpinBox(this))
    , m_location(locationBox(session, {}, this))
    , m_shelf(new QLineEdit(this))
    , m_itemType(itemTypeBox(QStringLiteral("book"), this))
    , m_source(new QComboBox(this))
    , m_acquired(new QDateEdit(QDate::currentDate(), this))
    , m_price(new QLineEdit(this))
    , m_callNumber(new QLabel(this))
    , m_problems(problemLabel(this))
{
    setObjectName(QStringLiteral("addCopiesDialog"));
    setWindowTitle(tr("Add copies"));
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 200);
    m_shelf->setObjectName(QStringLiteral("shelf"));
    m_shelf->setPlaceholderText(tr("A-03"));
    m_source->setObjectName(QStringLiteral("source"));
    m_source->addItem(tr("unknown"), QString());
    for (const QString &key : LibraryKeys::acquisitionSources())
        m_source->addItem(LibraryKeys::acquisitionSourceTitle(key), key);
    m_acquired->setObjectName(QStringLiteral("acquiredOn"));
    m_acquired->setCalendarPopup(true);
    m_acquired->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_price->setObjectName(QStringLiteral("price"));
    m_price->setPlaceholderText(tr("the title's price"));
    m_callNumber->setObjectName(QStringLiteral("callNumber"));
    m_callNumber->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Call number:"), m_callNumber);
    form->addRow(tr("&Number of copies:"), m_count);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Shelf:"), m_shelf);
    form->addRow(tr("Item type:"), m_itemType);
    form->addRow(tr("Acquired:"), m_acquired);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Price per copy (yuan):"), m_price);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(okCancel(this));

    const QString callNo = proposedCallNumber();
    m_callNumber->setText(callNo.isEmpty() ? tr("none yet — give the title a class number first")
                                           : callNo);
}

QString AddCopiesDialog::proposedCallNumber() const
{
    try {
        return LibraryService(m_session).proposedCallNumber(m_titleId);
    } catch (const Error &) {
        return {};
    }
}

void AddCopiesDialog::accept()
{
    LibraryCopy copy;
    copy.titleId = m_titleId;
    copy.location = m_location->currentText().trimmed();
    copy.shelf = m_shelf->text().trimmed();
    copy.itemType = m_itemType->currentData().toString();
    copy.acquisitionSource = m_source->currentData().toString();
    copy.acquiredOn = m_acquired->date();
    const QString price = m_price->text().trimmed();
    if (!price.isEmpty()) {
        static const QRegularExpression money(QStringLiteral("^\\d+(\\.\\d{1,2})?$"));
        if (!money.match(price).hasMatch()) {
            m_problems->setText(tr("Price: %1 is not an amount in yuan (like 29.80)").arg(price));
            m_problems->show();
            return;
        }
        copy.priceFen = qRound64(price.toDouble() * 100.0);
    }
    try {
        m_ids = LibraryService(m_session).addCopies(copy, m_count->value());
    } catch (const Error &e) {
        m_problems->setText(e.message());
        m_problems->show();
        return;
    }
    QDialog::accept();
}

CopyDialog::CopyDialog(const Session &session, const LibraryCopy &copy, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_copy(copy)
    , m_barcode(new QLineEdit(copy.barcode, this))
    , m_callNo(new QLineEdit(copy.callNo, this))
    , m_location(locationBox(session, copy.location, this))
    , m_shelf(new QLineEdit(copy.shelf, this))
    , m_itemType(itemTypeBox(copy.itemType, this))
    , m_status(new QComboBox(this))
    , m_note(new QLineEdit(copy.note, this))
    , m_problems(problemLabel(this))
{
    setObjectName(QStringLiteral("copyDialog"));
    setWindowTitle(tr("Copy %1").arg(copy.barcode));
    m_barcode->setObjectName(QStringLiteral("barcode"));
    m_callNo->setObjectName(QStringLiteral("callNo"));
    m_shelf->setObjectName(QStringLiteral("shelf"));
    m_status->setObjectName(QStringLiteral("status"));
    for (const QString &key : LibraryKeys::copyStatuses())
        m_status->addItem(LibraryKeys::copyStatusTitle(key), key);
    m_status->setCurrentIndex(std::max(0, m_status->findData(copy.status)));
    m_note->setObjectName(QStringLiteral("note"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Barcode:"), m_barcode);
    form->addRow(tr("&Call number:"), m_callNo);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Shelf:"), m_shelf);
    form->addRow(tr("Item type:"), m_itemType);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(okCancel(this));
}

LibraryCopy CopyDialog::copy() const
{
    LibraryCopy c = m_copy;
    c.barcode = m_barcode->text().trimmed();
    c.callNo = m_callNo->text().trimmed();
    QString clc;
    int seq = 0;
    QString volume;
    if (CallNumber::split(c.callNo, &clc, &seq, &volume)) {
        c.clc = clc;
        c.seq = seq;
        c.volume = volume;
    }
    c.location = m_location->currentText().trimmed();
    c.shelf = m_shelf->text().trimmed();
    c.itemType = m_itemType->currentData().toString();
    c.status = m_status->currentData().toString();
    c.note = m_note->text().trimmed();
    return c;
}

void CopyDialog::accept()
{
    const LibraryCopy c = copy();
    QStringList problems = LibraryService::problems(c);
    if (problems.isEmpty()) {
        try {
            LibraryService(m_session).updateCopy(c);
            QDialog::accept();
            return;
        } catch (const Error &e) {
            problems << e.message();
        }
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->show();
}

} // namespace SchoolSuite
