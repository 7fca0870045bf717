#include "copycatform.h"

#include "equipment/register/equipmentservice.h"
#include "library/catalog/isbn.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace SchoolSuite {

CopyCatForm::CopyCatForm(QWidget *parent)
    : QWidget(parent)
{
    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto add = [this](QFormLayout *form,
                      const QString &key,
                      const QString &label,
                      const QString &placeholder = {}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        m_edits.insert(key, edit);
        return edit;
    };
    add(left, QStringLiteral("title"), tr("&Title:"));
    add(left, QStringLiteral("responsibility"), tr("&Author:"));
    add(left, QStringLiteral("publisher"), tr("&Publisher:"));
    add(left, QStringLiteral("place"), tr("Pla&ce:"));
    add(left, QStringLiteral("series"), tr("Se&ries:"));
    add(left, QStringLiteral("subjects"), tr("S&ubjects:"), tr("separated by ；"));
    add(right, QStringLiteral("isbn"), tr("&ISBN:"));
    QLineEdit *clc
        = add(right, QStringLiteral("clc"), tr("C&lass number:"), tr("CLC, such as I247.5"));
    add(right, QStringLiteral("year"), tr("&Year:"));
    add(right, QStringLiteral("edition"), tr("&Edition:"));
    add(right, QStringLiteral("price"), tr("P&rice:"), tr("yuan, such as 25.00"));
    add(right, QStringLiteral("pages"), tr("Pa&ges:"));
    connect(clc, &QLineEdit::editingFinished, this, [this, clc] {
        emit classChanged(clc->text().trimmed());
    });

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    auto *summaryForm = new QFormLayout;
    summaryForm->addRow(tr("Su&mmary:"), m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);
    layout->addLayout(summaryForm);
}

void CopyCatForm::setRecord(const BibRecord &record)
{
    m_base = record;
    auto set = [this](const char *key, const QString &value) {
        m_edits.value(QLatin1String(key))->setText(value);
        m_edits.value(QLatin1String(key))->setCursorPosition(0);
    };
    set("title", record.title);
    set("responsibility", record.responsibility);
    set("publisher", record.publisher);
    set("place", record.place);
    set("series", record.series);
    set("subjects", record.subjects.join(QStringLiteral("；")));
    set("isbn", record.isbn.isEmpty() ? QString() : Isbn::display(record.isbn));
    set("clc", record.clc);
    set("year", record.year > 0 ? QString::number(record.year) : QString());
    set("edition", record.edition);
    set("price", record.priceFen >= 0 ? AssetKeys::yuan(record.priceFen) : QString());
    set("pages", record.pages > 0 ? QString::number(record.pages) : QString());
    m_summary->setPlainText(record.summary);
}

void CopyCatForm::clear()
{
    setRecord(BibRecord());
}

BibRecord CopyCatForm::record() const
{
    static const QRegularExpression subjectSeparator(QStringLiteral("[;；]"));
    BibRecord r = m_base;
    auto text
        = [this](const char *key) { return m_edits.value(QLatin1String(key))->text().trimmed(); };
    r.title = text("title");
    r.responsibility = text("responsibility");
    r.publisher = text("publisher");
    r.place = text("place");
    r.series = text("series");
    r.subjects.clear();
    for (const QString &s : text("subjects").split(subjectSeparator, Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty())
            r.subjects << s.trimmed();
    }
    const QString isbn = text("isbn");
    r.isbn = isbn.isEmpty() ? QString() : Isbn::normalize(isbn);
    if (!isbn.isEmpty() && r.isbn.isEmpty())
        r.isbn = isbn; // kept as typed, so the service names its check digit
    r.clc = text("clc");
    r.year = text("year").toInt();
    r.edition = text("edition");
    bool ok = false;
    const qint64 fen = AssetKeys::parseYuan(text("price"), &ok);
    r.priceFen = text("price").isEmpty() || !ok ? -1 : fen;
    r.pages = text("pages").toInt();
    r.summary = m_summary->toPlainText().trimmed();
    return r;
}

QStringList CopyCatForm::inputProblems() const
{
    QStringList list;
    auto text
        = [this](const char *key) { return m_edits.value(QLatin1String(key))->text().trimmed(); };
    bool ok = true;
    if (!text("year").isEmpty()) {
        const int year = text("year").toInt(&ok);
        if (!ok || year < 1000 || year > 2100)
            list << tr("Year: \"%1\" is not a year like 2015.").arg(text("year"));
    }
    if (!text("price").isEmpty()) {
        AssetKeys::parseYuan(text("price"), &ok);
        if (!ok)
            list << tr("Price: \"%1\" is not an amount in yuan.").arg(text("price"));
    }
    if (!text("pages").isEmpty()) {
        const int pages = text("pages").toInt(&ok);
        if (!ok || pages < 1)
            list << tr("Pages: \"%1\" is not a number of pages.").arg(text("pages"));
    }
    return list;
}

} // namespace SchoolSuite
