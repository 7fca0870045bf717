#pragma once

#include "library/catalog/libraryservice.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace SchoolSuite {

class Session;

// Adds copies of a title: how many, where they stand (location, shelf), item type, how they
// came and when. Shows the call number they will get (the title's own when a copy has one,
// else the class and the next 种次号) before anything is saved; barcodes come from this
// device's leased block, consecutive.
class AddCopiesDialog : public QDialog
{
    Q_OBJECT

public:
    AddCopiesDialog(const Session &session, const QString &titleId, QWidget *parent = nullptr);

    QStringList copyIds() const { return m_ids; } // after accept()
    QString proposedCallNumber() const;

    void accept() override;

private:
    const Session &m_session;
    QString m_titleId;
    QSpinBox *m_count;
    QComboBox *m_location;
    QLineEdit *m_shelf;
    QComboBox *m_itemType;
    QComboBox *m_source;
    QDateEdit *m_acquired;
    QLineEdit *m_price;
    QLabel *m_callNumber;
    QLabel *m_problems;
    QStringList m_ids;
};

// Edits one copy: barcode, call number, location and shelf, item type, status, note.
class CopyDialog : public QDialog
{
    Q_OBJECT

public:
    CopyDialog(const Session &session, const LibraryCopy &copy, QWidget *parent = nullptr);

    LibraryCopy copy() const; // as edited
    void accept() override;

private:
    const Session &m_session;
    LibraryCopy m_copy;
    QLineEdit *m_barcode;
    QLineEdit *m_callNo;
    QComboBox *m_location;
    QLineEdit *m_shelf;
    QComboBox *m_itemType;
    QComboBox *m_status;
    QLineEdit *m_note;
    QLabel *m_problems;
};

// Locations the catalog already uses, for the editable location boxes.
QStringList knownLocations(const Session &session);

} // namespace SchoolSuite
