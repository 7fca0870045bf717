#include "titledialog.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "library/catalog/isbn.h"
#include "library/catalog/libraryservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {

QString priceText(qint64 fen)
{
    return fen < 0 ? QString() : QString::number(double(fen) / 100.0, 'f', 2);
}

// "12.5", "12.50", "¥12.50" -> 1250; -2 when it is not a price (a problem), -1 when empty.
qint64 parsePrice(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QChar(0x00A5)).remove(QChar(0xFFE5)).remove(QLatin1Char(' '));
    if (t.isEmpty())
        return -1;
    static const QRegularExpression money(QStringLiteral("^\\d+(\\.\\d{1,2})?$"));
    if (!money.match(t).hasMatch())
        return -2;
    return qRound64(t.toDouble() * 100.0);
}

} // namespace

TitleDialog::TitleDialog(const Session &session, const BibRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_record(record)
    , m_year(new QSpinBox(this))
    , m_pages(new QSpinBox(this))
    , m_summary(new QPlainTextEdit(this))
    , m_isbnState(new QLabel(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("titleDialog"));
    setWindowTitle(record.id.isEmpty() ? tr("Add a title") : tr("Edit title"));
    auto *form = new QFormLayout;
    form->addRow(tr("&ISBN:"),
                 line(QStringLiteral("isbn"),
                      record.isbn.isEmpty() ? QString() : Isbn::display(record.isbn)));
    m_isbnState->setObjectName(QStringLiteral("isbnState"));
    m_isbnState->setWordWrap(true);
    form->addRow(QString(), m_isbnState);
    form->addRow(tr("&Title:"), line(QStringLiteral("title"), record.title));
    m_lines.value(QStringLiteral("title"))
        ->setPlaceholderText(tr("Title proper, then \" : \" and other title information"));
    form->addRow(tr("&Responsibility:"),
                 line(QStringLiteral("responsibility"), record.responsibility));
    m_lines.value(QStringLiteral("responsibility"))->setPlaceholderText(tr("鲁迅著; 苏农译"));
    form->addRow(tr("&Publisher:"), line(QStringLiteral("publisher"), record.publisher));
    form->addRow(tr("Place:"), line(QStringLiteral("place"), record.place));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(0, 2200);
    m_year->setSpecialValueText(tr("unknown"));
    m_year->setValue(record.year);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("Edition:"), line(QStringLiteral("edition"), record.edition));
    form->addRow(tr("&Class number:"), line(QStringLiteral("clc"), record.clc));
    m_lines.value(QStringLiteral("clc"))->setPlaceholderText(tr("中图法, like I247.5"));
    form->addRow(tr("Subjects:"),
                 line(QStringLiteral("subjects"), record.subjects.join(QStringLiteral("；"))));
    m_lines.value(QStringLiteral("subjects"))->setPlaceholderText(tr("separated by ；"));
    form->addRow(tr("Series:"), line(QStringLiteral("series"), record.series));
    form->addRow(tr("Price (yuan):"), line(QStringLiteral("price"), priceText(record.priceFen)));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setRange(0, 100000);
    m_pages->setSpecialValueText(tr("unknown"));
    m_pages->setValue(record.pages);
    form->addRow(tr("Pages:"), m_pages);
    form->addRow(tr("Language:"), line(QStringLiteral("language"), record.language));
    m_lines.value(QStringLiteral("language"))->setPlaceholderText(tr("chi, eng, …"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setPlainText(record.summary);
    m_summary->setFixedHeight(fontMetrics().height() * 4);
    form->addRow(tr("Summary:"), m_summary);
    form->addRow(tr("Note:"), line(QStringLiteral("note"), record.note));

    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problems->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TitleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TitleDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_lines.value(QStringLiteral("isbn")),
            &QLineEdit::textChanged,
            this,
            &TitleDialog::checkIsbn);
    checkIsbn();
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

QLineEdit *TitleDialog::line(const QString &name, const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(name);
    m_lines.insert(name, edit);
    return edit;
}

void TitleDialog::checkIsbn()
{
    const QString text = m_lines.value(QStringLiteral("isbn"))->text();
    const QString problem = Isbn::problem(text);
    if (text.trimmed().isEmpty()) {
        m_isbnState->setText(tr("No ISBN: the book is found by title, class and barcode."));
        m_isbnState->setStyleSheet(QString());
    } else if (!problem.isEmpty()) {
        m_isbnState->setText(problem);
        m_isbnState->setStyleSheet(QStringLiteral("color: #b00020"));
    } else {
        const QString isbn13 = Isbn::normalize(text);
        const QString isbn10 = Isbn::to10(isbn13);
        m_isbnState->setText(
            isbn10.isEmpty()
                ? tr("Valid: ISBN-13 %1").arg(Isbn::display(isbn13))
                : tr("Valid: ISBN-13 %1, ISBN-10 %2").arg(Isbn::display(isbn13), isbn10));
        m_isbnState->setStyleSheet(QStringLiteral("color: #1b5e20"));
    }
}

BibRecord TitleDialog::record() const
{
    BibRecord r = m_record;
    const auto text = [this](const char *name) {
        return m_lines.value(QString::fromLatin1(name))->text().trimmed();
    };
    r.isbn = text("isbn");
    r.title = text("title");
    r.responsibility = text("responsibility");
    r.publisher = text("publisher");
    r.place = text("place");
    r.year = m_year->value();
    r.edition = text("edition");
    r.clc = text("clc");
    static const QRegularExpression sep(QStringLiteral("[;；]"));
    r.subjects.clear();
    for (const QString &s : text("subjects").split(sep, Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty())
            r.subjects << s.trimmed();
    }
    const qint64 price = parsePrice(text("price"));
    r.priceFen = price < -1 ? -1 : price;
    r.pages = m_pages->value();
    r.series = text("series");
    r.language = text("language");
    r.summary = m_summary->toPlainText().trimmed();
    r.note = text("note");
    if (r.source.isEmpty())
        r.source = QStringLiteral("local");
    return r;
}

void TitleDialog::accept()
{
    const BibRecord r = record();
    QStringList problems = LibraryService::problems(r);
    if (parsePrice(m_lines.value(QStringLiteral("price"))->text()) == -2)
        problems << tr("Price: %1 is not an amount in yuan (like 29.80)")
                        .arg(m_lines.value(QStringLiteral("price"))->text().trimmed());
    if (problems.isEmpty()) {
        try {
            LibraryService service(m_session);
            if (r.id.isEmpty()) {
                m_record = r;
                m_record.id = service.addTitle(r);
            } else {
                service.updateTitle(r);
                m_record = r;
            }
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
