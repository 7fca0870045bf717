#pragma once

#include "library/catalog/libraryservice.h"
#include "library/copycat/copycatresult.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace SchoolSuite {

class CopyCataloguing;
class CopyCatForm;
class Session;

// "Catalogue by ISBN" (copy cataloguing, docs/user-guide/*/library.md): the scan field has the
// focus, so a scanner's EAN-13 and Enter start a look-up in the local catalog, the district's
// union catalog and the district's Z39.50/SRU target (CopyCataloguing, off the GUI thread). The
// steps are listed as they finish, the record found is shown in an editable form with the
// proposed call number, the number of copies and where they go. Nothing is written until Save:
// then the title is added (or copies added to the catalog's title), and the dialog is ready for
// the next book, keeping the location and shelf.
class IsbnLookupDialog : public QDialog
{
    Q_OBJECT

public:
    // session: LibraryEdit; it must outlive the dialog.
    explicit IsbnLookupDialog(const Session &session, QWidget *parent = nullptr);
    ~IsbnLookupDialog() override;

    // For tests and the page.
    CopyCataloguing *chain() const { return m_chain; }
    QLineEdit *scanField() const { return m_scan; }
    CopyCatForm *form() const { return m_form; }
    QListWidget *stepList() const { return m_steps; }
    QComboBox *recordChoice() const { return m_records; }
    QLineEdit *callNumberField() const { return m_callNumber; }
    QSpinBox *copiesField() const { return m_copies; }
    QComboBox *locationField() const { return m_location; }
    QLineEdit *shelfField() const { return m_shelf; }
    QPushButton *saveButton() const { return m_save; }
    QString messageText() const;
    CopyCatResult lastResult() const { return m_result; }
    QString lastSavedTitleId() const { return m_savedTitleId; }

    // Starts a look-up of text, as a scan does.
    void lookUp(const QString &text);
    // Saves the record shown; false (with the message shown) when it could not.
    bool save();

signals:
    void lookUpFinished(const SchoolSuite::CopyCatResult &result);
    void saved(const QString &titleId);

private:
    void onStep(const CopyCatStep &step);
    void onFinished(const CopyCatResult &result);
    void showRecord(int index);
    void updateCallNumber();
    void showMessage(const QString &text, bool error);
    QString stepText(const CopyCatStep &step) const;

    LibraryService m_service;
    CopyCataloguing *m_chain;
    CopyCatResult m_result;
    QString m_proposed; // the call number shown before the librarian edited it
    QString m_savedTitleId;

    QLineEdit *m_scan;
    QPushButton *m_lookUpButton;
    QProgressBar *m_busy;
    QListWidget *m_steps;
    QComboBox *m_records;
    QLabel *m_banner;
    CopyCatForm *m_form;
    QLineEdit *m_callNumber;
    QSpinBox *m_copies;
    QComboBox *m_location;
    QLineEdit *m_shelf;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace SchoolSuite
