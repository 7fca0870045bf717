#pragma once

#include "library/catalog/bibrecord.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace SchoolSuite {

class Session;

// Adds or edits a bibliographic record: every field of BibRecord but the cover. The ISBN is
// checked as it is typed, with the reason shown ("the check digit should be 5") and its
// ISBN-13 form; OK checks the whole record as the catalog will and saves it through
// LibraryService, or shows the problems, each naming its field, and keeps the dialog open.
class TitleDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty record.id adds a title; otherwise the record is edited.
    TitleDialog(const Session &session, const BibRecord &record, QWidget *parent = nullptr);

    BibRecord record() const;                       // as typed
    QString titleId() const { return m_record.id; } // after accept(): the saved record's id

    void accept() override;

private:
    QLineEdit *line(const QString &name, const QString &text);
    void checkIsbn();

    const Session &m_session;
    BibRecord m_record;
    QHash<QString, QLineEdit *> m_lines;
    QSpinBox *m_year;
    QSpinBox *m_pages;
    QPlainTextEdit *m_summary;
    QLabel *m_isbnState;
    QLabel *m_problems;
};

} // namespace SchoolSuite
