#pragma once

#include "library/catalog/bibrecord.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace SchoolSuite {

// The editable bibliographic record of the "Catalogue by ISBN" dialog: title, responsibility,
// publisher, place, year, edition, ISBN, class number, price, pages, series, subjects and
// summary. Fields it does not show (language, cover, note) are kept from the record it was given.
class CopyCatForm : public QWidget
{
    Q_OBJECT

public:
    explicit CopyCatForm(QWidget *parent = nullptr);

    void setRecord(const BibRecord &record);
    // The record as edited; inputProblems() tells what could not be read (a year of letters).
    BibRecord record() const;
    QStringList inputProblems() const;
    void clear();

    // The editors by column key (title, responsibility, publisher, place, year, edition, isbn,
    // clc, price, pages, series, subjects): for tests and focus.
    QLineEdit *edit(const QString &key) const { return m_edits.value(key); }
    QPlainTextEdit *summaryEdit() const { return m_summary; }

signals:
    void classChanged(const QString &clc); // the librarian finished editing the class number

private:
    BibRecord m_base;
    QHash<QString, QLineEdit *> m_edits;
    QPlainTextEdit *m_summary;
};

} // namespace SchoolSuite
